/**
 * A write-ahead journal for what the user was typing when the page went away. A page that is
 * closing cannot finish an IndexedDB read-then-write transaction (the read's answer never comes
 * back), but localStorage writes at once. So on `pagehide` (and when the tab is hidden, since
 * mobile browsers kill hidden tabs) the pending changes are written here too, and the next time
 * the database opens they are saved properly. Replaying a change twice does no harm: each one
 * carries its time, and an older change never overwrites a newer one.
 */
import { ANSWER_FIELDS, type AnswerChange } from '$lib/checklist/check';
import { saveAnswer } from './answers';
import type { Db } from './write';

const KEY = 'footing.pending-changes';

function isChange(value: unknown): value is AnswerChange {
	const change = value as AnswerChange;
	return (
		typeof change === 'object' &&
		change !== null &&
		typeof change.checkId === 'string' &&
		typeof change.roomId === 'string' &&
		typeof change.itemId === 'string' &&
		ANSWER_FIELDS.includes(change.field) &&
		typeof change.at === 'number'
	);
}

function read(): AnswerChange[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter(isChange) : [];
	} catch {
		return [];
	}
}

/** Keep changes safe at once, synchronously, for the next time the database opens. */
export function journalChanges(changes: readonly AnswerChange[]): void {
	if (changes.length === 0) return;
	try {
		localStorage.setItem(KEY, JSON.stringify([...read(), ...changes]));
	} catch {
		// No local storage (private mode, full): the IndexedDB write started alongside still runs.
	}
}

/** Save the journal's changes to the database, then forget them. Returns how many there were. */
export async function replayJournal(db: Db): Promise<number> {
	const changes = read();
	for (const change of changes) await saveAnswer(db, change);
	if (changes.length > 0) {
		const done = new Set(changes.map((change) => JSON.stringify(change)));
		const left = read().filter((change) => !done.has(JSON.stringify(change)));
		if (left.length > 0) localStorage.setItem(KEY, JSON.stringify(left));
		else localStorage.removeItem(KEY);
	}
	return changes.length;
}
