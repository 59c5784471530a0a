/**
 * Dates as the user types them (the visit date, an action's due date) and as Footing stores
 * them: `YYYY-MM-DD`. Pure.
 *
 * A date field takes any year a browser allows (Chromium: 0001 to 275760), so a slip of the
 * keyboard (0202 for 2026, 2250, 20255) would be saved. The fields refuse a date outside
 * TYPED_DATES and say so; the backup file accepts every real calendar date, so a check saved
 * before this rule (or by another version) still backs up and restores.
 */

/**
 * The dates a user may type: 2000 to 2100. Footing did not exist before 2000, so a visit or a
 * due date before it is a typing slip, and no visit or action of a living client is due after
 * 2100. Fixed years, not "today plus or minus": a date accepted once is accepted by every later
 * version and on every device, whatever its clock says.
 */
export const TYPED_DATES = { min: '2000-01-01', max: '2100-12-31' } as const;

/** The first and the last year of TYPED_DATES, for the messages. */
export const TYPED_YEARS = { min: 2000, max: 2100 } as const;

/** Why a typed date is not saved. */
export type TypedDateProblem = 'incomplete' | 'out-of-range';

/** The latest day a JavaScript date can hold (and Chromium's date field allows). */
const LAST_DAY = '275760-09-13';

/**
 * Whether a text is a real calendar date written as a date field writes it: `YYYY-MM-DD`, the
 * year four to six digits from 0001 to 275760 (no 30 February, no sign, no spaces).
 */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1 || (match[1]!.length > 4 && match[1]!.startsWith('0'))) return false;
	if (year > 275_760 || (year === 275_760 && text > LAST_DAY)) return false;
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0-99 as 1900-1999
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with a date as typed in a date field, or undefined when it may be saved. An
 * empty field is fine (the visit date falls back to what it was; a due date is cleared);
 * `incomplete` is a field whose browser reports a date not fully typed (`validity.badInput`).
 */
export function typedDateProblem(text: string, incomplete = false): TypedDateProblem | undefined {
	if (incomplete) return 'incomplete';
	if (text === '') return undefined;
	if (!isCalendarDate(text)) return 'incomplete';
	// Four-digit years compare as text; longer ones are after 2100 anyway.
	if (text.length !== 10 || text < TYPED_DATES.min || text > TYPED_DATES.max) return 'out-of-range';
	return undefined;
}
