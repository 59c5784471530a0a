import { describe, expect, it } from 'vitest';
import { calendarText } from './calendar';

/** The events of an iCalendar text, unfolded, as maps of their properties. */
function events(text: string): Map<string, string>[] {
	const lines = text.replace(/\r\n /g, '').split('\r\n');
	const found: Map<string, string>[] = [];
	let current: Map<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = new Map();
		else if (line === 'END:VEVENT') {
			found.push(current!);
			current = undefined;
		} else if (current) {
			const colon = line.indexOf(':');
			current.set(line.slice(0, colon).split(';')[0]!, line.slice(colon + 1));
		}
	}
	return found;
}

const NOW = new Date(Date.UTC(2026, 11, 1, 9, 30, 0));

describe('the calendar file', () => {
	it('has one all-day event per date, the end the day after (also across a month and a year)', () => {
		const text = calendarText(
			[
				{ uid: 'a@footing', date: '2026-12-31', summary: 'Fit a rail' },
				{ uid: 'b@footing', date: '2027-02-28', summary: 'Next visit' }
			],
			NOW,
			'en'
		);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const [rail, visit] = events(text);
		expect(rail!.get('DTSTART')).toBe('20261231');
		expect(rail!.get('DTEND')).toBe('20270101');
		expect(visit!.get('DTEND')).toBe('20270301');
		expect(rail!.get('UID')).toBe('a@footing');
		expect(rail!.get('DTSTAMP')).toBe('20261201T093000Z');
	});

	it('escapes text, folds long lines at 75 octets without splitting a character, and skips bad dates', () => {
		const summary = 'Leuning laten plaatsen; één kant, “rechts”, door Piet\nmet 🪜 — '.repeat(3);
		const text = calendarText(
			[
				{ uid: 'x', date: '2026-12-05', summary },
				{ uid: 'y', date: '2026-02-30', summary: 'No such day' }
			],
			NOW,
			'nl'
		);
		for (const line of text.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const [only, ...rest] = events(text);
		expect(rest).toEqual([]);
		expect(only!.get('SUMMARY')).toBe(
			summary.replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n')
		);
		expect(text).toContain('SUMMARY;LANGUAGE=nl:');
	});
});
