/**
 * Starting a follow-up visit, in its own module: it needs the checklist (which answers are
 * hazards, whose photos come along), which the start page loads only when a follow-up starts.
 */
import { answerKey } from '$lib/checklist/check';
import { clientIdOf } from '$lib/checklist/clients';
import { carriedAnswers, followUpCheck, photosToCarry } from '$lib/checklist/follow-up';
import type { Check } from '$lib/checklist/check';
import { newId } from './checks';
import { cleanAnswer, cleanCheck, liveCheck } from './records';
import { write, type Db } from './write';

/**
 * Start a follow-up visit (see checklist/follow-up.ts): a new check of the same home and client
 * with the same rooms, every answer and action of the earlier visit carried over (marked "from
 * the last visit" until confirmed or changed), and the latest photos of each hazard carried as
 * its "before". One transaction: the follow-up is there whole, or not at all. Fails with
 * CheckDeletedError when the earlier visit is deleted.
 */
export function followUp(
	db: Db,
	earlierId: string,
	visitDate: string,
	now = Date.now()
): Promise<Check> {
	return write(db, ['checks', 'answers', 'photos'], async (tx) => {
		const checks = tx.objectStore('checks');
		const earlier = liveCheck(await checks.get(earlierId), earlierId);
		// The visits before, as far as they go, to find the client they belong to.
		const chain = new Map([[earlier.id, earlier]]);
		for (let at = earlier; at.previousId && !at.clientId && !chain.has(at.previousId);) {
			const raw = await checks.get(at.previousId);
			if (!raw) break;
			at = cleanCheck(raw);
			chain.set(at.id, at);
		}
		const check = followUpCheck(
			earlier,
			{ id: newId(), clientId: clientIdOf(earlier, chain) },
			visitDate,
			now
		);
		const answers = (await tx.objectStore('answers').index('by-check').getAll(earlierId)).map(
			cleanAnswer
		);
		const byKey = new Map(answers.map((a) => [answerKey(a.roomId, a.itemId), a]));
		const photos = tx.objectStore('photos');
		const carried = photosToCarry(await photos.index('by-check').getAll(earlierId), byKey);
		await checks.add(check);
		await Promise.all([
			...carriedAnswers(answers, check.id, now).map((copy) => tx.objectStore('answers').add(copy)),
			...carried.map((photo) =>
				photos.add({ ...photo, id: newId(), checkId: check.id, fromPrevious: true })
			)
		]);
		return check;
	});
}
