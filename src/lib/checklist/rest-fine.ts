/**
 * "Everything else here is fine" (on a room or the whole home) and "No other problems here" (on
 * a person's topic): what one tap answers on a screen. Every question still open gets its safe
 * answer (nothing found), and so do the follow-ups that answer opens, so the list shown before
 * confirming is exactly what will be answered. A tick list is left with no box ticked, as "None
 * of these" does. Questions only the user can answer (a timed test, a gate without a safe side
 * such as living alone) are left open and listed apart. Pure.
 */
import { answerKey, type Answer } from './check';
import {
	isAnswered,
	itemsOf,
	questionId,
	safeAnswer,
	stepQuestions,
	type Answers,
	type Asking,
	type Question,
	type Step
} from './rules';
import type { AnswerValue } from './types';

/** One answer that "Everything else here is fine" gives. */
export interface SafeAnswer {
	itemId: string;
	value: AnswerValue;
}

export interface RestFine {
	/** The questions it answers, in order. */
	questions: Question[];
	/** The answers it gives (every box of a tick list: unticked). */
	answers: SafeAnswer[];
	/** The open questions it cannot answer. */
	left: Question[];
}

/** What "Everything else here is fine" would answer on this screen now. */
export function restFine(step: Step, answers: Answers, asking: Asking): RestFine {
	const roomId = step.room.id;
	const scratch = new Map<string, Answer>(answers);
	const given: SafeAnswer[] = [];
	const questions: Question[] = [];
	const left = new Map<string, Question>();
	for (let round = 0; round < 10; round++) {
		let changed = false;
		for (const question of stepQuestions(step, scratch, asking)) {
			const open = itemsOf(question).filter(
				(item) => !isAnswered(item, scratch.get(answerKey(roomId, item.id)))
			);
			if (open.length === 0) continue;
			// A box of a tick list is left unticked, even one that only steers (dark skin).
			const safe = open.map((item) => ({
				item,
				value: question.kind === 'group' ? ('no' as const) : safeAnswer(item)
			}));
			if (safe.some((one) => one.value === undefined)) {
				left.set(questionId(question), question);
				continue;
			}
			for (const { item, value } of safe) {
				given.push({ itemId: item.id, value: value! });
				scratch.set(answerKey(roomId, item.id), {
					checkId: '',
					roomId,
					itemId: item.id,
					value,
					changedAt: {}
				});
			}
			questions.push(question);
			changed = true;
		}
		if (!changed) break;
	}
	return { questions, answers: given, left: [...left.values()] };
}
