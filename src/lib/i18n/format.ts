import type { Language } from '$lib/checklist/types';

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };

/** A date (YYYY-MM-DD, read in the device's time zone) written out for the language. */
export function formatDate(date: string, language: Language): string {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day) return date;
	return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(
		new Date(year, month - 1, day)
	);
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
