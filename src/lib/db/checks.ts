/**
 * Checks: create, list, change, follow up, delete and restore. Each function is one
 * transaction; the list reads only the check records (with their summaries), never answers.
 */
import {
	answerKey,
	type Answer,
	type Check,
	type Checker,
	type CheckMode,
	type Room
} from '$lib/checklist/check';
import type { Region } from '$lib/checklist/types';
import type { Summarize } from './answers';
import { cleanAnswer, cleanCheck, liveCheck } from './records';
import { openReadable, rawOf, type Unreadable } from './sealed';
import { write, type Db } from './write';

/** A new id for a check or a room. */
export function newId(): string {
	return crypto.randomUUID();
}

/** The check records that open; one changed or damaged is left out (and counted). */
function readable(records: Check[], unreadable?: Unreadable): Check[] {
	return records.flatMap((record) => openReadable('checks', record, unreadable) ?? []);
}

/**
 * Every check on this device that is not deleted, the most recently changed first. A record
 * that cannot be opened (changed or damaged) is left out and counted in `unreadable`.
 */
export async function listChecks(db: Db, unreadable?: Unreadable): Promise<Check[]> {
	const records = readable(await rawOf(db).getAllFromIndex('checks', 'by-updated'), unreadable);
	const checks: Check[] = [];
	for (let i = records.length - 1; i >= 0; i--) {
		if (!records[i]!.deletedAt) checks.push(cleanCheck(records[i]!));
	}
	return checks;
}

/**
 * The `count` most recently changed checks that are not deleted, read with a cursor so a long
 * list shows its first screen without reading every check.
 */
export async function recentChecks(
	db: Db,
	count: number,
	unreadable?: Unreadable
): Promise<Check[]> {
	const checks: Check[] = [];
	const store = rawOf(db).transaction('checks').store;
	let cursor = await store.index('by-updated').openCursor(null, 'prev');
	while (cursor && checks.length < count) {
		const record = openReadable('checks', cursor.value, unreadable);
		if (record && !record.deletedAt) checks.push(cleanCheck(record));
		cursor = await cursor.continue();
	}
	return checks;
}

/**
 * When the oldest change after `since` was made to a check that is not deleted, or undefined
 * when there is none: what the backup reminder asks, read from the index without reading
 * every check.
 */
export async function oldestChangeSince(db: Db, since: number): Promise<number | undefined> {
	const index = rawOf(db).transaction('checks').store.index('by-updated');
	let cursor = await index.openCursor(IDBKeyRange.lowerBound(since, true));
	while (cursor) {
		const record = openReadable('checks', cursor.value);
		if (record && !record.deletedAt) return record.updatedAt;
		cursor = await cursor.continue();
	}
	return undefined;
}

/**
 * One check as the list shows it: undefined when there is none, it was deleted, or it cannot
 * be opened (changed or damaged; counted in `unreadable`), as `listChecks` leaves it out.
 */
export async function listedCheck(
	db: Db,
	id: string,
	unreadable?: Unreadable
): Promise<Check | undefined> {
	const raw = await rawOf(db).get('checks', id);
	const record = raw && openReadable('checks', raw, unreadable);
	return record && !record.deletedAt ? cleanCheck(record) : undefined;
}

/** One check, or undefined when there is none (or it was deleted). */
export async function getCheck(db: Db, id: string): Promise<Check | undefined> {
	const raw = await db.get('checks', id);
	return raw && !raw.deletedAt ? cleanCheck(raw) : undefined;
}

/** A check with all its answers, as a screen opens it. */
export async function openCheck(
	db: Db,
	id: string
): Promise<{ check: Check; answers: Map<string, Answer> } | undefined> {
	const tx = db.transaction(['checks', 'answers'], 'readonly');
	const [raw, records] = await Promise.all([
		tx.objectStore('checks').get(id),
		tx.objectStore('answers').index('by-check').getAll(id)
	]);
	if (!raw || raw.deletedAt) return undefined;
	const answers = new Map(
		records.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)] as const)
	);
	return { check: cleanCheck(raw), answers };
}

/**
 * The checks deleted since `since` (their Undo may still be pressed), the last deleted first.
 */
export async function deletedSince(db: Db, since: number): Promise<Check[]> {
	const records = readable(await rawOf(db).getAll('checks'));
	return records
		.filter((record) => record.deletedAt !== undefined && record.deletedAt >= since)
		.sort((a, b) => b.deletedAt! - a.deletedAt!)
		.map((record) => ({ ...cleanCheck(record), deletedAt: record.deletedAt }));
}

/** The follow-up visits made of a check, oldest first. */
export async function laterVisits(db: Db, id: string): Promise<Check[]> {
	const records = readable(await rawOf(db).getAllFromIndex('checks', 'by-previous', id));
	return records
		.filter((record) => !record.deletedAt)
		.map(cleanCheck)
		.sort((a, b) => a.createdAt - b.createdAt);
}

export interface NewCheck {
	label: string;
	checkedBy: Checker;
	visitDate: string;
	rooms: Omit<Room, 'id'>[];
	region: Region;
	mode: CheckMode;
}

/** Start a check of a home; `summarize` counts its questions for the list. */
export async function createCheck(
	db: Db,
	input: NewCheck,
	summarize: Summarize,
	now = Date.now()
): Promise<Check> {
	const rooms = input.rooms.map((room) => ({ ...room, id: newId() }));
	const check: Check = {
		id: newId(),
		label: input.label,
		checkedBy: input.checkedBy,
		visitDate: input.visitDate,
		createdAt: now,
		updatedAt: now,
		rooms,
		region: input.region,
		mode: input.mode,
		summary: summarize({ rooms, region: input.region, mode: input.mode }, new Map())
	};
	await write(db, ['checks'], (tx) => tx.objectStore('checks').add(check));
	return check;
}

export type CheckDetails = Partial<
	Pick<
		Check,
		| 'label'
		| 'checkedBy'
		| 'visitDate'
		| 'lastRoomId'
		| 'nextVisitDate'
		| 'region'
		| 'mode'
		| 'identifiers'
	>
>;

/**
 * Change some of a check's details (label, checker, date, the room last open, its mode or
 * region): only the fields given are written, over what is stored now, so a field changed
 * meanwhile in another window keeps its change. A new mode or region asks other questions: with
 * `summarize` the list's counts are counted again. Fails with CheckDeletedError when the check
 * is deleted.
 */
export function updateCheck(
	db: Db,
	id: string,
	details: CheckDetails,
	summarize?: Summarize,
	now = Date.now()
): Promise<Check> {
	return write(db, summarize ? ['checks', 'answers'] : ['checks'], async (tx) => {
		const raw = await tx.objectStore('checks').get(id);
		const stored = liveCheck(raw, id);
		const movedOnly = Object.keys(details).every((key) => key === 'lastRoomId');
		const check: Check = {
			...stored,
			...details,
			// Opening another room is not a change worth moving the check up the list for.
			updatedAt: movedOnly ? stored.updatedAt : now
		};
		if (summarize && ('mode' in details || 'region' in details)) {
			const answers = await tx.objectStore('answers').index('by-check').getAll(id);
			const byKey = new Map(answers.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)]));
			check.summary = summarize(check, byKey);
		}
		await tx.objectStore('checks').put(check);
		return check;
	});
}

/**
 * Replace a check's rooms (added, renamed, reordered or removed). The answers and photos of
 * removed rooms are deleted in the same transaction, and the summary is counted again.
 * Screens change one room at a time with the room operations below, which apply the change to
 * what is stored: this one writes the whole list (a restore, tests).
 */
export function setRooms(
	db: Db,
	id: string,
	rooms: Room[],
	summarize: Summarize
): Promise<Check | undefined> {
	return write(db, ['checks', 'answers', 'photos'], async (tx) => {
		const raw = await tx.objectStore('checks').get(id);
		if (!raw) return undefined;
		const kept = new Set(rooms.map((room) => room.id));
		const answers = await tx.objectStore('answers').index('by-check').getAll(id);
		const remaining = new Map<string, Answer>();
		for (const answer of answers) {
			if (kept.has(answer.roomId)) remaining.set(answerKey(answer.roomId, answer.itemId), answer);
			else void tx.objectStore('answers').delete([id, answer.roomId, answer.itemId]);
		}
		// Photo values hold Blob handles only; reading them does not load the images.
		const photos = await tx.objectStore('photos').index('by-check').getAll(id);
		for (const photo of photos) {
			if (!kept.has(photo.roomId)) void tx.objectStore('photos').delete(photo.id);
		}
		const check: Check = {
			...cleanCheck(raw),
			rooms,
			summary: summarize({ ...cleanCheck(raw), rooms }, remaining),
			updatedAt: Date.now()
		};
		await tx.objectStore('checks').put(check);
		return check;
	});
}

/** Delete a check, so that it can still be restored until `purgeDeleted` runs. */
export function deleteCheck(db: Db, id: string, now = Date.now()): Promise<void> {
	return write(db, ['checks'], async (tx) => {
		const raw = await tx.objectStore('checks').get(id);
		if (raw && raw.deletedAt === undefined)
			await tx.objectStore('checks').put({ ...raw, deletedAt: now });
	});
}

/** Undo a deletion. */
export function restoreCheck(db: Db, id: string): Promise<void> {
	return write(db, ['checks'], async (tx) => {
		const raw = await tx.objectStore('checks').get(id);
		if (!raw) return;
		delete raw.deletedAt;
		await tx.objectStore('checks').put(raw);
	});
}

/** Remove for good the checks deleted before `before`, with their answers, photos and sending. */
export function purgeDeleted(db: Db, before: number): Promise<number> {
	return write(db, ['checks', 'answers', 'photos', 'sendings'], async (tx) => {
		const checks = readable(await rawOf(tx).objectStore('checks').getAll());
		const gone = checks.filter(
			(check) => check.deletedAt !== undefined && check.deletedAt < before
		);
		for (const check of gone) {
			void tx.objectStore('checks').delete(check.id);
			const answerKeys = await tx.objectStore('answers').index('by-check').getAllKeys(check.id);
			for (const key of answerKeys) void tx.objectStore('answers').delete(key);
			const photoKeys = await tx.objectStore('photos').index('by-check').getAllKeys(check.id);
			for (const key of photoKeys) void tx.objectStore('photos').delete(key);
			void tx.objectStore('sendings').delete(check.id);
		}
		return gone.length;
	});
}
