/**
 * A calendar file (iCalendar, RFC 5545) of the plan's dates: one all-day event per action due
 * and one for the next visit, so reminders live in the calendar people already use. Made on the
 * device; nothing is sent anywhere.
 */

/** One all-day event. */
export interface CalendarEvent {
	/** Stable, so importing the file again updates the event instead of doubling it. */
	uid: string;
	/** YYYY-MM-DD. */
	date: string;
	summary: string;
	description?: string;
}

/** Text as an iCalendar value: backslashes, semicolons, commas and new lines escaped. */
function escape(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const ch of line) {
		const bytes = encoder.encode(ch).length;
		if (size + bytes > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += ch;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** YYYYMMDD of a date, and of the day after it. */
function days(date: string): { start: string; end: string } {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(y, m - 1, d + 1));
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		start: `${y}${pad(m)}${pad(d)}`,
		end: `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`
	};
}

/** Whether a text is a real date written YYYY-MM-DD. */
function isDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The iCalendar text of some events (events without a real date are left out). */
export function calendarText(
	events: readonly CalendarEvent[],
	now: Date,
	language: string
): string {
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Footing//Action plan//' + language.toUpperCase(),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	for (const event of events) {
		if (!isDate(event.date)) continue;
		const { start, end } = days(event.date);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escape(event.uid)}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${start}`,
			`DTEND;VALUE=DATE:${end}`,
			`SUMMARY;LANGUAGE=${language}:${escape(event.summary)}`,
			...(event.description
				? [`DESCRIPTION;LANGUAGE=${language}:${escape(event.description)}`]
				: []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
