/**
 * When an item is asked: its `askWhen` read against the answers given so far in the same room
 * or for the same person. Pure; the rules and the FHIR export build on it.
 */
import type { AnswerCondition, AnswerValue, AskWhen } from './types';

/** The answer given to an item of the same room or person, if any. */
export type ValueLookup = (itemId: string) => AnswerValue | undefined;

/** The conditions an `askWhen` is made of, whatever its form. */
export function conditionsOf(askWhen: AskWhen): readonly AnswerCondition[] {
	if ('any' in askWhen) return askWhen.any;
	if ('all' in askWhen) return askWhen.all;
	return [askWhen];
}

/** Whether one condition holds. */
export function holds(condition: AnswerCondition, valueOf: ValueLookup): boolean {
	const value = valueOf(condition.item);
	if (value === undefined) return false;
	return typeof condition.answer === 'string'
		? value === condition.answer
		: condition.answer.includes(value);
}

/** Whether an item with this `askWhen` is asked now (always, without one). */
export function askWhenHolds(askWhen: AskWhen | undefined, valueOf: ValueLookup): boolean {
	if (!askWhen) return true;
	if ('all' in askWhen) return askWhen.all.every((c) => holds(c, valueOf));
	return conditionsOf(askWhen).some((c) => holds(c, valueOf));
}
