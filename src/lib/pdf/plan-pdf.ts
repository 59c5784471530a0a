/**
 * The action plan as a PDF to print or share: A4, black on white, body text at 11 pt. The only
 * module that imports jsPDF; the app loads it with `import()` when the user asks for the PDF.
 * Text only ever goes in as text (no HTML, forms, links or scripts), through pdfSafe.
 */
import { jsPDF } from 'jspdf';
import { today } from '$lib/checklist/check';
import { makePlan } from '$lib/checklist/plan';
import type { Language } from '$lib/checklist/types';
import { formatDate } from '$lib/i18n/format';
import { drawAppendix } from './appendix';
import { drawComparison, drawCover } from './cover';
import { Writer, drawFooters } from './layout';
import { HazardPhotos } from './photos';
import { drawHomeActions, drawPersonalAdvice } from './plan-sections';
import { pdfSafeLine } from './safe-text';
import { PDF_TEXT } from './text';
import type { PdfContext, PlanPdfInput } from './types';

import { pdfFileName } from './file-name';
import { planPdfInput, type PlanSource } from './input';

export { pdfFileName } from './file-name';
export type { PlanSource, StoredPhoto } from './input';
export type { PdfPhoto, PlanPdfInput } from './types';

/** The action plan of a stored check as a PDF file: its bytes and a file name. */
export async function makePlanPdf(
	source: PlanSource
): Promise<{ bytes: Uint8Array; name: string }> {
	const bytes = await buildPlanPdf(await planPdfInput(source));
	return { bytes, name: pdfFileName(source.check.label, source.check.visitDate) };
}

/**
 * The document's language. jsPDF 4.2.1 knows "en-GB" but not "nl-NL" (it silently ignores
 * codes it does not list), so Dutch is marked "nl".
 */
const PDF_LANGUAGE = { en: 'en-GB', nl: 'nl' } as const satisfies Record<Language, string>;

/** The action plan of a check as the bytes of a PDF file. */
export async function buildPlanPdf(input: PlanPdfInput): Promise<Uint8Array> {
	const { check, answers, language } = input;
	const text = PDF_TEXT[language];
	const plan = makePlan(check, answers);
	const doc = new jsPDF({
		orientation: 'portrait',
		unit: 'mm',
		format: 'a4',
		compress: true,
		putOnlyUsedFonts: true
	});
	const writer = new Writer(doc);
	const photos = new HazardPhotos(input.photos, plan.actions);
	const context: PdfContext = { writer, text, language, check, answers, plan, photos };

	drawCover(context);
	if (input.comparison) drawComparison(context, input.comparison);
	drawHomeActions(context);
	drawPersonalAdvice(context);
	drawAppendix(context);
	drawFooters(writer, check.label, text.madeOn(formatDate(today(input.now), language)), text.page);

	doc.setProperties({
		title: pdfSafeLine(`${text.title}: ${check.label}`),
		subject: pdfSafeLine(text.subject),
		author: 'Footing',
		creator: 'Footing',
		keywords: pdfSafeLine(text.keywords)
	});
	doc.setLanguage(PDF_LANGUAGE[language]);
	doc.setCreationDate(input.now);
	return withoutOpenAction(new Uint8Array(doc.output('arraybuffer')));
}

/**
 * jsPDF always writes an `/OpenAction` into the catalog, only to set the zoom on opening. The
 * plan needs no action of any kind, so the entry is blanked with spaces of the same length:
 * every byte offset in the file stays right, and viewers open it at their own zoom.
 */
function withoutOpenAction(pdf: Uint8Array): Uint8Array {
	const latin1 = new TextDecoder('latin1').decode(pdf);
	const catalog = latin1.lastIndexOf('/Type /Catalog');
	if (catalog < 0) return pdf;
	const match = /\/OpenAction \[[^\]\n]*\]/.exec(latin1.slice(catalog));
	if (!match) return pdf;
	pdf.fill(0x20, catalog + match.index, catalog + match.index + match[0].length);
	return pdf;
}
