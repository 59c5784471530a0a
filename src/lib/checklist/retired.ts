/**
 * Items whose meaning changed got new ids; this says what becomes of the answers stored against
 * the old ones. The database migration applies it once (src/lib/db/migrations.ts), and a backup
 * made before the change is read through it too. Never remove a line: a backup of any age may
 * still hold the old id.
 */
import { itemById } from './catalogue';
import { answerKey, type Answer } from './check';
import type { AnswerValue } from './types';
import { RETIRED_ROOM_ITEMS } from './items/retired-rooms';
import { RETIRED_PERSONAL_ITEMS } from './items/retired-personal';

/** What happens to the answers of one retired item. */
export interface AnswerMove {
	/** The retired item id. */
	from: string;
	/**
	 * The item that keeps the old question's meaning, or undefined when the meaning is not kept
	 * and the old answers are dropped (`why` then says so).
	 */
	to?: string;
	/**
	 * How old values become new ones, where the new question is asked the other way round
	 * ("Are all rugs fixed down?" no -> "A loose rug or mat" yes). A value not listed is kept.
	 * Map a value to null to drop answers with that value.
	 */
	values?: Partial<Record<AnswerValue, AnswerValue | null>>;
	/**
	 * The new item is asked once for the whole home: the answers of every room of the old item
	 * are merged into the one of the home (a finding in any room makes it a finding).
	 */
	toHome?: true;
	/** One line (English, for reviewers and docs/checklist.md): why this mapping. */
	why: string;
}

/** Every retired item, and what became of its answers. */
export const ANSWER_MOVES: readonly AnswerMove[] = [
	...RETIRED_ROOM_ITEMS,
	...RETIRED_PERSONAL_ITEMS
];

const MOVES = new Map(ANSWER_MOVES.map((move) => [move.from, move]));

/** The move of a retired item id, if it is one. */
export function retiredMove(itemId: string): AnswerMove | undefined {
	return MOVES.get(itemId);
}

/** Where the answer (or photo) of a retired item goes now: its new item and room, or nowhere. */
export function movedTo(
	itemId: string,
	roomId: string,
	homeRoomId: string | undefined
): { itemId: string; roomId: string } | undefined {
	const move = MOVES.get(itemId);
	if (!move) return { itemId, roomId };
	if (!move.to) return undefined;
	if (move.toHome) return homeRoomId ? { itemId: move.to, roomId: homeRoomId } : undefined;
	return { itemId: move.to, roomId };
}

/**
 * A check's answers with every retired item's answers moved to the items that keep their
 * meaning: values turned round where the question was, several rooms' answers merged into the
 * whole home's where it is now asked once, and a finding winning over "fine" when several old
 * answers fill one new item. Answers of items this version knows, or that no version retired
 * (a newer Footing's), are kept as they are. Pure: the database migration and the backup
 * reader both use it.
 */
export function moveRetiredAnswers(
	answers: readonly Answer[],
	homeRoomId: string | undefined
): Answer[] {
	const kept = new Map<string, Answer>();
	const moved: Answer[] = [];
	for (const answer of answers) {
		const move = MOVES.get(answer.itemId);
		if (!move) kept.set(answerKey(answer.roomId, answer.itemId), answer);
		else moved.push(answer);
	}
	for (const answer of moved) {
		const target = movedTo(answer.itemId, answer.roomId, homeRoomId);
		const move = MOVES.get(answer.itemId)!;
		if (!target) continue;
		let value = answer.value;
		if (value !== undefined && move.values && value in move.values) {
			const mapped = move.values[value];
			if (mapped === null) value = undefined;
			else if (mapped !== undefined) value = mapped;
		}
		const copy: Answer = {
			...answer,
			itemId: target.itemId,
			roomId: target.roomId,
			changedAt: { ...answer.changedAt }
		};
		if (value === undefined) {
			delete copy.value;
			delete copy.changedAt.value;
		} else copy.value = value;
		if (copy.value === undefined && copy.note === undefined) continue;
		const key = answerKey(target.roomId, target.itemId);
		const there = kept.get(key);
		kept.set(key, there ? merged(there, copy) : copy);
	}
	return [...kept.values()];
}

/** Two answers for one item: the finding wins (else the newer value); notes are both kept. */
function merged(a: Answer, b: Answer): Answer {
	const item = itemById(a.itemId);
	const finding = (answer: Answer) =>
		item !== undefined && 'hazardWhen' in item && answer.value === item.hazardWhen;
	const newer = (b.changedAt.value ?? 0) > (a.changedAt.value ?? 0);
	const [winner, other] =
		finding(a) && !finding(b)
			? [a, b]
			: finding(b) && !finding(a)
				? [b, a]
				: a.value === undefined || (newer && b.value !== undefined)
					? [b, a]
					: [a, b];
	// Notes line by line, each once (a third merged answer may repeat one already joined).
	const lines = [winner.note, other.note].flatMap((note) => note?.split('\n') ?? []);
	const notes = lines.filter((line, i) => line && lines.indexOf(line) === i);
	const result: Answer = { ...winner, changedAt: { ...winner.changedAt } };
	if (notes.length > 0) {
		result.note = notes.join('\n');
		result.changedAt.note = Math.max(a.changedAt.note ?? 0, b.changedAt.note ?? 0);
	}
	return result;
}
