import { describe, expect, it } from 'vitest';
import { isCalendarDate, TYPED_DATES, typedDateProblem } from './dates';

describe('a date as typed in a date field', () => {
	it('is saved from 2000 to 2100', () => {
		for (const date of ['2000-01-01', '2026-11-25', '2028-02-29', '2100-12-31', TYPED_DATES.max])
			expect(typedDateProblem(date), date).toBeUndefined();
	});

	it('is refused with a reason for a year a slip of the keyboard gives', () => {
		for (const date of ['0202-11-25', '1850-06-30', '1999-12-31', '2101-01-01', '2250-01-01'])
			expect(typedDateProblem(date), date).toBe('out-of-range');
		expect(typedDateProblem('20255-11-25')).toBe('out-of-range');
		expect(typedDateProblem('275760-09-13')).toBe('out-of-range');
	});

	it('says a date the browser reports half typed is not complete, and an empty field is fine', () => {
		expect(typedDateProblem('', true)).toBe('incomplete');
		expect(typedDateProblem('2026-02-30')).toBe('incomplete');
		expect(typedDateProblem('')).toBeUndefined();
	});
});

describe('a date Footing can have stored', () => {
	it('is every real calendar date a date field allows, any year', () => {
		for (const date of [
			'0001-01-01',
			'0202-11-25',
			'1850-06-30',
			'2250-01-01',
			'2024-02-29',
			'9999-12-31',
			'20255-11-25',
			'275760-09-13'
		])
			expect(isCalendarDate(date), date).toBe(true);
	});

	it('is never a date that does not exist or is not written YYYY-MM-DD', () => {
		for (const date of [
			'0000-01-01',
			'2023-02-29',
			'2026-02-30',
			'2026-13-01',
			'2026-2-3',
			'+02026-11-25',
			'02026-11-25',
			'275760-09-14',
			'300000-01-01',
			'2026-11-25 ',
			'2026-11-25T10:00:00Z',
			'２０２６-11-25',
			''
		])
			expect(isCalendarDate(date), date).toBe(false);
	});
});
