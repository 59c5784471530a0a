import {
	applyChangeJoined,
	answerKey,
	type Answer,
	type AnswerChange,
	type Check,
	type CheckSummary
} from '$lib/checklist/check';
import { cleanAnswer, liveCheck } from './records';
import { write, type Db } from './write';

/** Whether a room is (still) in the check: a change in a room removed meanwhile is dropped. */
function hasRoom(check: Check, roomId: string): boolean {
	return check.rooms.some((room) => room.id === roomId);
}

/** Every answer of a check, by `answerKey(roomId, itemId)`. */
export async function answersOf(db: Db, checkId: string): Promise<Map<string, Answer>> {
	const records = await db.getAllFromIndex('answers', 'by-check', checkId);
	return new Map(records.map((raw) => [answerKey(raw.roomId, raw.itemId), cleanAnswer(raw)]));
}

/** One stored answer, as it is now in the database. */
export async function storedAnswer(
	db: Db,
	checkId: string,
	roomId: string,
	itemId: string
): Promise<Answer | undefined> {
	const raw = await db.get('answers', [checkId, roomId, itemId]);
	return raw && cleanAnswer(raw);
}

/**
 * Counts a check's progress and hazards from its rooms and answers (`checkSummary` in
 * $lib/checklist/rules). Passed in by the caller, so this storage layer, and the start page
 * that only lists checks, never load the checklist itself.
 */
export type Summarize = (
	check: Pick<Check, 'rooms' | 'region' | 'mode'>,
	answers: ReadonlyMap<string, Answer>
) => CheckSummary;

/** A change as stored: the answer now, and whether two texts typed at once were both kept. */
export interface SavedChange {
	answer: Answer | undefined;
	joined: boolean;
}

/**
 * Save one change (an answer, a note, a priority, a field of the action) in one transaction.
 * With `summarize`, the check's summary for the list is counted again in the same transaction
 * (needed when an answer's value changes). A change older than what is stored for the same
 * field is ignored, so a stale tab never overwrites a newer answer; a typed text meeting one
 * typed meanwhile in another window keeps both (`applyChange`). A change into a deleted check
 * fails with CheckDeletedError; one in a room no longer in the check is dropped.
 * Resolves with the stored answer once committed.
 */
export async function saveAnswer(
	db: Db,
	change: AnswerChange,
	summarize?: Summarize,
	now = Date.now()
): Promise<Answer | undefined> {
	return (await saveChange(db, change, summarize, now)).answer;
}

/** `saveAnswer`, saying also whether two typed texts were joined. */
export function saveChange(
	db: Db,
	change: AnswerChange,
	summarize?: Summarize,
	now = Date.now()
): Promise<SavedChange> {
	return write(db, ['answers', 'checks'], async (tx) => {
		const answers = tx.objectStore('answers');
		const checks = tx.objectStore('checks');
		// Every read at once, so a tap waits for one round trip to the database before it writes:
		// with `summarize`, all the check's answers (this one among them), else only this one.
		const [rawCheck, rawAnswers] = await Promise.all([
			checks.get(change.checkId),
			summarize
				? answers.index('by-check').getAll(change.checkId)
				: answers
						.get([change.checkId, change.roomId, change.itemId])
						.then((raw) => (raw ? [raw] : []))
		]);
		const check = liveCheck(rawCheck, change.checkId);
		if (!hasRoom(check, change.roomId)) return { answer: undefined, joined: false };
		const byKey = new Map(rawAnswers.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)]));
		const key = answerKey(change.roomId, change.itemId);
		const current = byKey.get(key);
		const applied = applyChangeJoined(current, change);
		if (!applied) return { answer: current, joined: false };
		void answers.put(applied.answer);
		byKey.set(key, applied.answer);
		const summary = summarize ? summarize(check, byKey) : check.summary;
		// The wall clock, for the list's order and the backup reminder (stamps order changes).
		void checks.put({ ...check, summary, updatedAt: now });
		return applied;
	});
}

/**
 * Save several changes of one check in one transaction: all of them or none (a tick list
 * answered at once, "Everything else here is fine", and their undo). Each change follows the
 * same rule as `saveAnswer`: an older change of a field never overwrites a newer one.
 * Resolves with the stored answers, by `answerKey`, once committed.
 */
export function saveAnswers(
	db: Db,
	changes: readonly AnswerChange[],
	summarize?: Summarize,
	now = Date.now()
): Promise<Map<string, Answer>> {
	return write(db, ['answers', 'checks'], async (tx) => {
		const stored = new Map<string, Answer>();
		const checkId = changes[0]?.checkId;
		if (!checkId) return stored;
		if (changes.some((change) => change.checkId !== checkId))
			throw new Error('saveAnswers: changes of one check only');
		const answers = tx.objectStore('answers');
		const checks = tx.objectStore('checks');
		const check = liveCheck(await checks.get(checkId), checkId);
		const all = new Map(
			(await answers.index('by-check').getAll(checkId)).map((a) => {
				const clean = cleanAnswer(a);
				return [answerKey(clean.roomId, clean.itemId), clean] as const;
			})
		);
		for (const change of changes) {
			if (!hasRoom(check, change.roomId)) continue;
			const key = answerKey(change.roomId, change.itemId);
			const next = applyChangeJoined(all.get(key), change)?.answer;
			if (!next) continue;
			all.set(key, next);
			stored.set(key, next);
		}
		for (const answer of stored.values()) void answers.put(answer);
		const summary = summarize ? summarize(check, all) : check.summary;
		void checks.put({ ...check, summary, updatedAt: now });
		// Changes older than what is stored leave it as it is: report that, too.
		for (const change of changes) {
			const key = answerKey(change.roomId, change.itemId);
			const answer = all.get(key);
			if (answer && !stored.has(key)) stored.set(key, answer);
		}
		return stored;
	});
}
