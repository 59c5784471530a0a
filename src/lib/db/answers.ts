import {
	applyChange,
	answerKey,
	type Answer,
	type AnswerChange,
	type Check,
	type CheckSummary
} from '$lib/checklist/check';
import { cleanAnswer, cleanCheck } from './records';
import { write, type Db } from './write';

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

/**
 * Save one change (an answer, a note, a priority, a field of the action) in one transaction.
 * With `summarize`, the check's summary for the list is counted again in the same transaction
 * (needed when an answer's value changes). A change older than what is stored for the same
 * field is ignored, so a stale tab never overwrites a newer answer.
 * Resolves with the stored answer once committed.
 */
export function saveAnswer(
	db: Db,
	change: AnswerChange,
	summarize?: Summarize
): Promise<Answer | undefined> {
	return write(db, ['answers', 'checks'], async (tx) => {
		const answers = tx.objectStore('answers');
		const checks = tx.objectStore('checks');
		const [raw, rawCheck] = await Promise.all([
			answers.get([change.checkId, change.roomId, change.itemId]),
			checks.get(change.checkId)
		]);
		if (!rawCheck) return undefined; // deleted meanwhile: nothing to attach the answer to
		const current = raw && cleanAnswer(raw);
		const next = applyChange(current, change);
		if (!next) return current;
		void answers.put(next);
		const check = cleanCheck(rawCheck);
		let summary = check.summary;
		if (summarize) {
			const all = await answers.index('by-check').getAll(change.checkId);
			const byKey = new Map(all.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)]));
			summary = summarize(check, byKey);
		}
		void checks.put({ ...check, summary, updatedAt: Math.max(check.updatedAt, change.at) });
		return next;
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
	summarize?: Summarize
): Promise<Map<string, Answer>> {
	return write(db, ['answers', 'checks'], async (tx) => {
		const stored = new Map<string, Answer>();
		const checkId = changes[0]?.checkId;
		if (!checkId) return stored;
		if (changes.some((change) => change.checkId !== checkId))
			throw new Error('saveAnswers: changes of one check only');
		const answers = tx.objectStore('answers');
		const checks = tx.objectStore('checks');
		const rawCheck = await checks.get(checkId);
		if (!rawCheck) return stored;
		const all = new Map(
			(await answers.index('by-check').getAll(checkId)).map((a) => {
				const clean = cleanAnswer(a);
				return [answerKey(clean.roomId, clean.itemId), clean] as const;
			})
		);
		let latest = 0;
		for (const change of changes) {
			const key = answerKey(change.roomId, change.itemId);
			const next = applyChange(all.get(key), change);
			latest = Math.max(latest, change.at);
			if (!next) continue;
			all.set(key, next);
			stored.set(key, next);
		}
		for (const answer of stored.values()) void answers.put(answer);
		const check = cleanCheck(rawCheck);
		const summary = summarize ? summarize(check, all) : check.summary;
		void checks.put({ ...check, summary, updatedAt: Math.max(check.updatedAt, latest) });
		// Changes older than what is stored leave it as it is: report that, too.
		for (const change of changes) {
			const key = answerKey(change.roomId, change.itemId);
			const answer = all.get(key);
			if (answer && !stored.has(key)) stored.set(key, answer);
		}
		return stored;
	});
}
