/**
 * Replaying the journal (./journal.ts): what pages that went away had not saved yet is saved
 * the next time the database opens. Loaded only when the journal holds something.
 *
 * What is read back is checked field by field (known fields only, values of the right type and
 * range, ids as ids): a damaged or forged entry is dropped, never replayed.
 */
import {
	ANSWER_FIELDS,
	GIVEN_WAYS,
	TYPED_FIELDS,
	type AnswerChange,
	type AnswerField
} from '$lib/checklist/check';
import { isStamp } from '$lib/checklist/clock';
import { lengthOf, LIMITS } from '$lib/checklist/limits';
import { OWNERS, PRIORITIES } from '$lib/checklist/types';
import { saveChange, type Summarize } from './answers';
import { CheckDeletedError } from './errors';
import { journalKeys, storage } from './journal';
import { journalText, journalValue } from './sealed';
import type { Db } from './write';

/** More entries than any tab can have pending: a journal longer than this is not Footing's. */
const MAX_ENTRIES = 2000;

/** The ids Footing makes (UUIDs, `room-1`, `stairs.rail-both-sides`): never markup or paths. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const KEYS: ReadonlySet<string> = new Set([
	'checkId',
	'roomId',
	'itemId',
	'field',
	'value',
	'at',
	'given',
	'carried',
	'base'
]);

/** Whether a text is a real calendar date written YYYY-MM-DD (1900 to 2199). */
function isDay(text: unknown): boolean {
	if (typeof text !== 'string') return false;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || year > 2199) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a value is one the field can hold (`undefined` clears any field). */
function fitsField(field: AnswerField, value: unknown): boolean {
	if (value === undefined) return true;
	switch (field) {
		case 'value':
			return value === 'yes' || value === 'no' || value === 'na';
		case 'note':
		case 'fix':
			return typeof value === 'string' && lengthOf(value) <= LIMITS[field];
		case 'priority':
			return (PRIORITIES as readonly unknown[]).includes(value);
		case 'owner':
			return (OWNERS as readonly unknown[]).includes(value);
		case 'due':
			return isDay(value);
		case 'done':
			return typeof value === 'boolean';
		case 'measured':
			return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e6;
	}
}

/** A journal entry as read back, checked field by field; undefined for anything else. */
export function validChange(entry: unknown): AnswerChange | undefined {
	if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
	const record = entry as Record<string, unknown>;
	if (Object.keys(record).some((key) => !KEYS.has(key))) return undefined;
	const { checkId, roomId, itemId, field, value, at, given, carried, base } = record;
	for (const id of [checkId, roomId, itemId]) if (typeof id !== 'string' || !ID.test(id)) return;
	if (!(ANSWER_FIELDS as readonly unknown[]).includes(field)) return undefined;
	if (!fitsField(field as AnswerField, value) || !isStamp(at)) return undefined;
	if (
		given !== undefined &&
		(field !== 'value' || !(GIVEN_WAYS as readonly unknown[]).includes(given))
	)
		return undefined;
	if (carried !== undefined && (carried !== true || field !== 'value' || given !== undefined))
		return undefined;
	if (base !== undefined && (!TYPED_FIELDS.includes(field as AnswerField) || !isStamp(base)))
		return undefined;
	const change: AnswerChange = {
		checkId: checkId as string,
		roomId: roomId as string,
		itemId: itemId as string,
		field: field as AnswerField,
		value: value as never,
		at
	};
	if (given !== undefined) change.given = given as AnswerChange['given'];
	if (carried === true) change.carried = true;
	if (base !== undefined) change.base = base as number;
	return change;
}

/** The entries of one journal key, valid ones only. */
function entriesOf(text: string | null): AnswerChange[] {
	if (!text) return [];
	try {
		const parsed: unknown = journalValue(text);
		if (!Array.isArray(parsed)) return [];
		return parsed.slice(0, MAX_ENTRIES).flatMap((entry) => validChange(entry) ?? []);
	} catch {
		return [];
	}
}

/**
 * Save what the journal holds (left by pages that went away, this tab's own excepted) to the
 * database, oldest first, then forget it. A change into a check deleted for good, or into a
 * room no longer in its check, is dropped; one into a check that can still be brought back
 * stays for the next time. Returns how many changes were saved.
 */
export async function replayJournal(db: Db, summarize?: Summarize): Promise<number> {
	const store = storage();
	if (!store) return 0;
	let saved = 0;
	for (const key of journalKeys(store)) {
		const text = store.getItem(key);
		const changes = entriesOf(text).sort((a, b) => a.at - b.at);
		const left: AnswerChange[] = [];
		for (const [i, change] of changes.entries()) {
			try {
				// Counted again whatever the field: a done action or a measured time changes the list's counts.
				await saveChange(db, change, summarize);
				saved += 1;
			} catch (error) {
				if (error instanceof CheckDeletedError) {
					if (error.deletedAt !== undefined) left.push(change);
					continue;
				}
				// A full disk or a closed database: keep the rest for the next start.
				left.push(...changes.slice(i));
				break;
			}
		}
		// A tab still open rewrites its own entry with its next change: leave a changed one be.
		if (store.getItem(key) !== text) continue;
		try {
			if (left.length === 0) store.removeItem(key);
			else store.setItem(key, journalText(left));
		} catch {
			// Left as it was: replayed again next time, which does no harm.
		}
	}
	return saved;
}
