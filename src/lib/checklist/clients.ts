/**
 * Clients: the visits of one home and the people living there, grouped. A follow-up visit
 * belongs to the client of the visit it follows; a first visit starts a client. The start page
 * lists clients with their latest visit, and finds them by the home's name, a person's name or
 * a visit date, in any case and without diacritics ("jansen" finds "Jänsen"). Pure.
 */
import type { Check } from './check';

/** One client: a home with its people, and every visit to it, newest first. */
export interface Client {
	/** The id of the first visit of the chain (kept when that visit is deleted). */
	id: string;
	/** The visits, newest first (by visit date, then by when they were made). */
	visits: Check[];
	/** The newest visit: its label, people, risk level and open actions stand for the client. */
	latest: Check;
}

/** The people checked in a visit, by the names given. */
export function peopleOf(check: Pick<Check, 'rooms'>): string[] {
	return check.rooms
		.filter((room) => room.type === 'personal' && room.name.trim())
		.map((room) => room.name.trim());
}

/**
 * The client a visit belongs to: its own `clientId` if it has one, else the first visit found
 * by following `previousId` (a visit whose earlier one is gone starts from itself).
 */
export function clientIdOf(check: Check, byId: ReadonlyMap<string, Check>): string {
	if (check.clientId) return check.clientId;
	let current = check;
	const seen = new Set<string>();
	while (current.previousId && !seen.has(current.id)) {
		seen.add(current.id);
		const earlier = byId.get(current.previousId);
		if (!earlier) return current.previousId; // the first visit was deleted: keep its id
		if (earlier.clientId) return earlier.clientId;
		current = earlier;
	}
	return current.id;
}

/** Newest first: the later visit date, then the later made. */
function newestFirst(a: Check, b: Check): number {
	return b.visitDate.localeCompare(a.visitDate) || b.createdAt - a.createdAt;
}

/** The checks as clients, the client with the most recent change first. */
export function clientsOf(checks: readonly Check[]): Client[] {
	const byId = new Map(checks.map((check) => [check.id, check]));
	const groups = new Map<string, Check[]>();
	for (const check of checks) {
		const id = clientIdOf(check, byId);
		groups.set(id, [...(groups.get(id) ?? []), check]);
	}
	const clients = [...groups].map(([id, visits]) => {
		visits.sort(newestFirst);
		return { id, visits, latest: visits[0]! };
	});
	const changed = (client: Client) => Math.max(...client.visits.map((v) => v.updatedAt));
	return clients.sort((a, b) => changed(b) - changed(a));
}

/** A text folded for search: lower case, without diacritics, runs of space as one. */
export function folded(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLocaleLowerCase('en')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * What a client can be found by: every visit's label and people, and its visit dates as ISO
 * and as the caller writes them (`dates`, e.g. "1 december 2026"), all folded.
 */
export function searchText(client: Client, dates: (visitDate: string) => string[]): string {
	const parts = client.visits.flatMap((visit) => [
		visit.label,
		...peopleOf(visit),
		visit.visitDate,
		...dates(visit.visitDate)
	]);
	return folded([...new Set(parts)].join(' \u0001 '));
}

/** Whether every word of a query is found in a client's search text. */
export function matches(text: string, query: string): boolean {
	const words = folded(query).split(' ').filter(Boolean);
	return words.every((word) => text.includes(word));
}
