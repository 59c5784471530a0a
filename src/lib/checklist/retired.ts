/**
 * Items whose meaning changed got new ids; this says what becomes of the answers stored against
 * the old ones. The database migration applies it once (src/lib/db/migrations.ts), and a backup
 * made before the change is read through it too. Never remove a line: a backup of any age may
 * still hold the old id.
 */
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
export const ANSWER_MOVES: readonly AnswerMove[] = [...RETIRED_ROOM_ITEMS, ...RETIRED_PERSONAL_ITEMS];
