import type { Language } from '$lib/checklist/types';

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };

/** One long-date formatter per language, made once: making one costs more than using it. */
const LONG_DATES = new Map<Language, Intl.DateTimeFormat>();

/** A date (YYYY-MM-DD, read in the device's time zone) written out for the language. */
export function formatDate(date: string, language: Language): string {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day) return date;
	let format = LONG_DATES.get(language);
	if (!format)
		LONG_DATES.set(
			language,
			(format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }))
		);
	return format.format(new Date(year, month - 1, day));
}

/**
 * The ways a date may be typed in a search: written out in either language ("1 december 2026",
 * "1 December 2026") and in figures, day first ("1-12-2026", "01-12-2026", "1/12/2026").
 */
export function dateSearchTexts(date: string): string[] {
	const [year, month, day] = date.split('-');
	if (!year || !month || !day) return [date];
	const d = String(Number(day));
	const m = String(Number(month));
	return [
		formatDate(date, 'en'),
		formatDate(date, 'nl'),
		`${d}-${m}-${year}`,
		`${day}-${month}-${year}`,
		`${d}/${m}/${year}`,
		`${day}/${month}/${year}`
	];
}

/** A moment (ms since 1970) as date and time for the language. */
export function formatMoment(ms: number, language: Language): string {
	return new Intl.DateTimeFormat(LOCALES[language], {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(ms));
}

/** A number of bytes, rounded, with its unit: "1.4 MB" / "1,4 MB". */
export function formatBytes(bytes: number, language: Language): string {
	const units = ['bytes', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** A number as the language writes it, with at most one decimal ("12,5" in Dutch). */
export function formatNumber(value: number, language: Language): string {
	return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
		maximumFractionDigits: 1
	}).format(value);
}
