import { applyChange, answerKey, type Answer, type AnswerChange } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { cleanAnswer, cleanCheck } from './records';
import { write, type Db } from './write';

/** Every answer of a check, by `answerKey(roomId, itemId)`. */
export async function answersOf(db: Db, checkId: string): Promise<Map<string, Answer>> {
	const records = await db.getAllFromIndex('answers', 'by-check', checkId);
	return new Map(records.map((raw) => [answerKey(raw.roomId, raw.itemId), cleanAnswer(raw)]));
}

/**
 * Save one change (an answer, a note, a priority, a field of the action) in one transaction,
 * together with the check's summary for the list. A change older than what is stored for the
 * same field is ignored, so a stale tab never overwrites a newer answer.
 * Resolves with the stored answer once committed.
 */
export function saveAnswer(db: Db, change: AnswerChange): Promise<Answer | undefined> {
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
		const all = await answers.index('by-check').getAll(change.checkId);
		const check = cleanCheck(rawCheck);
		const byKey = new Map(all.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)]));
		void checks.put({
			...check,
			summary: checkSummary(check.rooms, byKey),
			updatedAt: Math.max(check.updatedAt, change.at)
		});
		return next;
	});
}
