/**
 * A follow-up visit: what it carries from the visit before. Every answer comes along with its
 * action (owner, due date, rewritten fix, note, done tick) and is marked "from the last visit"
 * until it is confirmed ("Still the same") or changed at this visit. The latest photos of each
 * hazard come along too, marked as earlier, so the visit shows them before and after. Pure: the
 * database writes what this returns.
 */
import { answerKey, ANSWER_FIELDS, type Answer, type Check } from './check';
import { itemById } from './catalogue';
import { isHazard, type Answers } from './rules';

/** The copies of the earlier visit's answers for the follow-up `checkId`, made at `now`. */
export function carriedAnswers(earlier: Iterable<Answer>, checkId: string, now: number): Answer[] {
	const copies: Answer[] = [];
	for (const answer of earlier) {
		const copy: Answer = {
			checkId,
			roomId: answer.roomId,
			itemId: answer.itemId,
			changedAt: {},
			fromPrevious: true
		};
		for (const field of ANSWER_FIELDS) {
			if (answer[field] === undefined) continue;
			(copy as unknown as Record<string, unknown>)[field] = answer[field];
			copy.changedAt[field] = now;
		}
		// An answer with nothing in it (every field cleared) is not worth carrying.
		if (Object.keys(copy.changedAt).length > 0) copies.push(copy);
	}
	return copies;
}

/** What a photo must say for it to be carried: where it belongs and whether it was carried. */
export interface CarriedPhoto {
	roomId: string;
	itemId: string;
	/** Carried from the visit before, not taken at this one. */
	fromPrevious?: boolean;
}

/**
 * The photos a follow-up carries: for each hazard of the earlier visit still open there, the
 * photos taken at that visit, or, when none was, the ones it carried itself (so a chain of
 * visits keeps the latest picture of each open hazard, never every picture ever taken). A hazard
 * fixed at the earlier visit had its before and after there; its photos stay there.
 */
export function photosToCarry<P extends CarriedPhoto>(photos: readonly P[], answers: Answers): P[] {
	const byKey = new Map<string, P[]>();
	for (const photo of photos) {
		const key = answerKey(photo.roomId, photo.itemId);
		byKey.set(key, [...(byKey.get(key) ?? []), photo]);
	}
	const carried: P[] = [];
	for (const [key, list] of byKey) {
		const answer = answers.get(key);
		const item = answer && itemById(answer.itemId);
		if (!item || !isHazard(item, answer.value) || answer.done) continue;
		const taken = list.filter((photo) => !photo.fromPrevious);
		carried.push(...(taken.length > 0 ? taken : list));
	}
	return carried;
}

/**
 * The new visit of a follow-up: the same home, rooms, region and mode, and the same client
 * (`clientId`: see clientIdOf), so the visits stay together when an earlier one is deleted.
 */
export function followUpCheck(
	earlier: Check,
	ids: { id: string; clientId: string },
	visitDate: string,
	now: number
): Check {
	const { id, clientId } = ids;
	return {
		id,
		label: earlier.label,
		checkedBy: earlier.checkedBy,
		visitDate,
		createdAt: now,
		updatedAt: now,
		rooms: earlier.rooms.map((room) => ({ id: room.id, type: room.type, name: room.name })),
		region: earlier.region,
		mode: earlier.mode,
		previousId: earlier.id,
		clientId,
		// The same people: the care record knows them by the same numbers.
		...(earlier.identifiers ? { identifiers: structuredClone(earlier.identifiers) } : {}),
		// Nothing is re-checked yet: the counts say so from the first second.
		summary: { ...earlier.summary, answered: 0 }
	};
}
