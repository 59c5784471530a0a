/**
 * The file name of an action plan PDF: `footing-<home label>-<visit date>.pdf`, in lower-case
 * ASCII only, so it is safe on every file system and in every mail program; one part alone, the
 * appendix and large print add their words: `…-2026-11-25-handyman.pdf`.
 */
import type { Language } from '$lib/checklist/types';
import { PDF_TEXT } from './text';
import type { PdfOptions } from './types';

/** The longest the home label's part of the name may be. */
const MAX_LABEL_PART = 60;

/** Letters that taking accents off does not make ASCII. */
const LETTERS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ŋ: 'ng'
};

/** Text as a slug: lower-case ASCII letters and digits joined by single hyphens. */
function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^ -~]/g, (char) => LETTERS[char] ?? '-')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A slug cut to at most `max` characters, at a hyphen where one is near the end. */
function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/**
 * The file name for a check's action plan, e.g. "Mevrouw Jansen, Dorpsstraat 1" on 2026-11-25
 * gives "footing-mevrouw-jansen-dorpsstraat-1-2026-11-25.pdf". A label with nothing usable gives
 * "footing-plan-…". The "footing-" prefix keeps it clear of reserved names such as CON or NUL.
 */
export function pdfFileName(
	label: string,
	visitDate: string,
	options: Partial<PdfOptions> & { language?: Language } = {}
): string {
	const labelPart = shorten(slug(label), MAX_LABEL_PART) || 'plan';
	const datePart = /^\d{4}-\d{2}-\d{2}$/.test(visitDate) ? visitDate : '';
	const words = PDF_TEXT[options.language ?? 'en'].fileWords;
	const choices = [
		options.part && words[options.part],
		!options.part && options.appendix && words.appendix,
		options.largePrint && words.large
	];
	return ['footing', labelPart, datePart, ...choices].filter(Boolean).join('-') + '.pdf';
}
