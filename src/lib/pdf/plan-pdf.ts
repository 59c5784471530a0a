/**
 * The action plan as a PDF to print or share: A4, black on white, body text at 11 pt (14 pt in
 * large print). The only module that imports jsPDF; the app loads it with `import()` when the
 * user asks for the PDF. Text only ever goes in as text (no HTML, forms, links or scripts),
 * through pdfSafe. See docs/pdf.md.
 *
 * The whole plan: the overview (page 1), what changed since the last visit (a follow-up), one
 * part per who acts (each from a page of its own), the sources, and the appendix when chosen.
 * One part alone: that part and its sources.
 */
import { jsPDF } from 'jspdf';
import { today } from '$lib/checklist/check';
import { makePlan, type Action } from '$lib/checklist/plan';
import type { PartId } from '$lib/checklist/parts';
import { SOURCES, type Language, type Source } from '$lib/checklist/types';
import { formatDate } from '$lib/i18n/format';
import { drawAppendix } from './appendix';
import { drawComparison } from './comparison';
import { LARGE_FONTS, NORMAL_FONTS, Writer, drawFooters } from './layout';
import { COMPACT_LEVELS, drawOverview, type Compact } from './overview';
import { HazardPhotos } from './photos';
import { drawPart, partContents, type PartContent } from './plan-parts';
import { pdfSafeLine } from './safe-text';
import { SourceList } from './sources';
import { PDF_TEXT } from './text';
import type { PdfContext, PlanPdfInput } from './types';

import { pdfFileName } from './file-name';
import { planPdfInput, type PlanSource } from './input';

export { pdfFileName } from './file-name';
export type { PlanSource, StoredPhoto } from './input';
export { DEFAULT_PDF_OPTIONS } from './types';
export type { PdfOptions, PdfPhoto, PlanPdfInput } from './types';

/** The action plan of a stored check as a PDF file: its bytes and a file name. */
export async function makePlanPdf(
	source: PlanSource
): Promise<{ bytes: Uint8Array; name: string }> {
	const input = await planPdfInput(source);
	const bytes = await buildPlanPdf(input);
	return {
		bytes,
		name: pdfFileName(source.check.label, source.check.visitDate, {
			...input.options,
			language: input.language
		})
	};
}

/**
 * The document's language. jsPDF 4.2.1 knows "en-GB" but not "nl-NL" (it silently ignores
 * codes it does not list), so Dutch is marked "nl".
 */
const PDF_LANGUAGE = { en: 'en-GB', nl: 'nl' } as const satisfies Record<Language, string>;

/** The sources every overview and letter cites: the fall-risk level, the self-test, the medicines. */
const FALL_RISK_SOURCES: readonly Source[] = ['WFG', 'SI', 'STOPPFall'];

/** The sources cited by what is drawn: the actions, and the fall-risk sources when a person is. */
function citedSources(parts: readonly PartContent[], personal: boolean): Set<Source> {
	const cited = new Set<Source>(personal ? FALL_RISK_SOURCES : []);
	const actions: Action[] = parts.flatMap((content) => content.actions);
	for (const action of actions) for (const source of action.item.sources) cited.add(source);
	return new Set(SOURCES.filter((source) => cited.has(source)));
}

/** The action plan of a check as the bytes of a PDF file. */
export async function buildPlanPdf(input: PlanPdfInput): Promise<Uint8Array> {
	const { check, answers, language, options } = input;
	const text = PDF_TEXT[language];
	const plan = makePlan(check, answers);
	const doc = new jsPDF({
		orientation: 'portrait',
		unit: 'mm',
		format: 'a4',
		compress: true,
		putOnlyUsedFonts: true
	});
	const fonts = options.largePrint ? LARGE_FONTS : NORMAL_FONTS;
	const writer = new Writer(doc, fonts);
	const contents = partContents({ check, answers, plan });
	const alone: PartId | undefined = options.part;
	const drawn = alone ? contents.filter((content) => content.part === alone) : contents;
	const personal = alone
		? drawn.some((content) => content.persons.length > 0 || content.letters.length > 0)
		: plan.personal.length > 0;
	const context: PdfContext = {
		writer,
		text,
		language,
		region: check.region,
		check,
		answers,
		plan,
		photos: new HazardPhotos(input.photos, plan.actions, input.comparison?.resolved),
		sources: new SourceList(citedSources(drawn, personal))
	};
	const shown = contents.map((content) => content.part);

	if (alone) {
		const [content] = drawn;
		if (content) drawPart(context, content, true);
		else {
			writer.heading(text.partTitle(alone, check.region), fonts.h1, 0);
			writer.paragraph(text.nothingForPart);
		}
		if (content && alone === 'gp') writer.freshPage();
		context.sources.draw(context);
	} else {
		// The overview comes first but is drawn last, when the parts' pages are known: dry runs say
		// how much it must leave out to fit on page 1 (in large print it may not), and how many
		// pages to keep for it.
		const pagesOf = (compact: Compact) => {
			const dry = new Writer(doc, fonts, true);
			drawOverview({ ...context, writer: dry }, shown, undefined, compact);
			return dry.page;
		};
		const compact = COMPACT_LEVELS.find((level) => pagesOf(level) === 1) ?? 0;
		for (let page = 2; page <= pagesOf(compact); page++) doc.addPage();
		writer.newPage();
		if (input.comparison) drawComparison(context, input.comparison);
		const partPages = new Map<PartId, number>();
		for (const content of drawn) {
			writer.freshPage();
			partPages.set(content.part, writer.page);
			drawPart(context, content);
		}
		if (drawn.at(-1)?.part === 'gp') writer.freshPage();
		context.sources.draw(context);
		if (options.appendix) drawAppendix(context);
		const overview = new Writer(doc, fonts);
		doc.setPage(1);
		drawOverview({ ...context, writer: overview }, shown, partPages, compact);
	}
	drawFooters(writer, check.label, text.madeOn(formatDate(today(input.now), language)), text.page);

	doc.setProperties({
		title: pdfSafeLine(
			`${alone ? text.partTitle(alone, check.region) : text.title}: ${check.label}`
		),
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
