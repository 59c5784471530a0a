/**
 * A write-ahead journal of the changes not yet saved. Each change reaches localStorage the
 * moment it is made (a tap, every key typed), before its IndexedDB write begins, and leaves the
 * journal once that write has committed. So a page killed at any moment (closed, crashed, the
 * phone out of battery) loses nothing: the next time the database opens, what is left in the
 * journal is saved properly. A page that is closing cannot finish an IndexedDB read-then-write
 * (the read's answer never comes back), but localStorage writes at once.
 *
 * Each tab writes only its own entry (`footing.journal.<tab>`), holding the one latest change of
 * each field it has not saved yet: one small JSON write per key typed, no read. Replaying a
 * change twice does no harm: each one carries its stamp, an older change never overwrites a
 * newer one, and a typed text that meets another keeps both (`applyChange`).
 *
 * With a passcode set, each entry is sealed like the records (./sealed.ts).
 *
 * Replaying (./replay.ts, loaded only when there is something to replay) checks what is read
 * back field by field: a damaged or forged entry is dropped, never replayed.
 */
import type { AnswerChange } from '$lib/checklist/check';
import { journalText } from './sealed';

/** This tab's entry is `PREFIX + tab`. */
export const PREFIX = 'footing.journal.';
/** Where earlier versions kept the notes typed as a page closed (still replayed). */
export const LEGACY_KEY = 'footing.pending-changes';

const TAB =
	typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : `${Math.random()}`;
export const OWN_KEY = PREFIX + TAB;

/** This tab's changes not yet saved, one per field (the latest), by `fieldKey`. */
const pending = new Map<string, AnswerChange>();

const fieldKey = (change: AnswerChange) =>
	`${change.checkId}/${change.roomId}/${change.itemId}#${change.field}`;

export function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // access denied (some private modes)
	}
}

function writeOwn(): void {
	const store = storage();
	if (!store) return;
	try {
		if (pending.size === 0) store.removeItem(OWN_KEY);
		else store.setItem(OWN_KEY, journalText([...pending.values()]));
	} catch {
		// Local storage full or refused: the IndexedDB write started alongside still runs.
	}
}

/** Keep a change safe at once, synchronously, until `journalSaved` says it is stored. */
export function journalChange(change: AnswerChange): void {
	pending.set(fieldKey(change), change);
	writeOwn();
}

/** Keep several changes safe at once (see `journalChange`). */
export function journalChanges(changes: readonly AnswerChange[]): void {
	if (changes.length === 0) return;
	for (const change of changes) pending.set(fieldKey(change), change);
	writeOwn();
}

/**
 * A change was stored (or will never be: the user was told it failed and saw it undone): it
 * leaves the journal, unless a later change of the same field has replaced it meanwhile.
 */
export function journalSaved(changes: readonly AnswerChange[]): void {
	let changed = false;
	for (const change of changes) {
		const key = fieldKey(change);
		if (pending.get(key) === change) {
			pending.delete(key);
			changed = true;
		}
	}
	if (changed) writeOwn();
}

/** Write this tab's entry again (sealed once the passcode is turned on, plain once it is off). */
export function journalRewritten(): void {
	writeOwn();
}

/** The journal keys of every tab (and of older versions), this tab's own left out. */
export function journalKeys(store: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key && key !== OWN_KEY && (key.startsWith(PREFIX) || key === LEGACY_KEY)) keys.push(key);
	}
	return keys;
}

/** Whether the journal holds anything to replay (so the caller loads what replaying needs). */
export function journalWaiting(): boolean {
	const store = storage();
	return !!store && journalKeys(store).length > 0;
}
