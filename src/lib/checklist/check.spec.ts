import { describe, expect, it } from 'vitest';
import { applyChange, applyChangeJoined, JOIN_LINE, type AnswerChange } from './check';

const change = (field: AnswerChange['field'], value: AnswerChange['value'], at: number) =>
	({ checkId: 'c', roomId: 'r', itemId: 'stairs.clear', field, value, at }) as AnswerChange;

describe('a change to an answer', () => {
	it('keeps a fix the user emptied: clearing the box is not going back to the checklist', () => {
		const rewritten = applyChange(undefined, change('fix', 'Ask Piet to fix it', 1))!;
		const emptied = applyChange(rewritten, change('fix', '', 2))!;
		expect(emptied.fix).toBe('');
		const back = applyChange(emptied, change('fix', undefined, 3))!;
		expect(back.fix).toBeUndefined();
	});

	it('forgets a note the user emptied', () => {
		const noted = applyChange(undefined, change('note', 'Loose at the top', 1))!;
		expect(applyChange(noted, change('note', '', 2))!.note).toBeUndefined();
	});

	it('never lets an older change of a field win over a newer one', () => {
		const newer = applyChange(undefined, change('value', 'no', 5))!;
		expect(applyChange(newer, change('value', 'yes', 4))).toBeUndefined();
	});
});

describe('a note typed in two windows at once', () => {
	const typed = (value: string, at: number, base: number) =>
		({ ...change('note', value, at), base }) as AnswerChange;
	const stored = applyChange(undefined, change('note', 'Rug', 10))!;

	it('keeps both texts, the one stored first on top, and says so', () => {
		const first = applyChange(stored, typed('Rug loose at the door', 20, 10))!;
		const both = applyChangeJoined(first, typed('Rug torn', 15, 10))!;
		expect(both.joined).toBe(true);
		expect(both.answer.note).toBe(`Rug loose at the door${JOIN_LINE}Rug torn`);
		// Later than both: every window takes it as the newest.
		expect(both.answer.changedAt.note).toBeGreaterThan(20);
	});

	it('keeps both whichever was typed later, and whichever is saved first', () => {
		const first = applyChange(stored, typed('Rug torn', 15, 10))!;
		const both = applyChangeJoined(first, typed('Rug loose at the door', 20, 10))!;
		expect(both.answer.note).toBe(`Rug torn${JOIN_LINE}Rug loose at the door`);
	});

	it('takes a text typed over the last one stored, as before', () => {
		const next = applyChangeJoined(stored, typed('Rug loose', 20, 10))!;
		expect(next).toEqual({
			answer: { ...stored, note: 'Rug loose', changedAt: { note: 20 } },
			joined: false
		});
	});

	it('adds nothing twice: a text that holds the other wins, and a journal replaying the first letters changes nothing', () => {
		const more = applyChange(stored, typed('Rug loose at the door', 20, 10))!;
		expect(applyChange(more, typed('Rug loose', 18, 10))).toBeUndefined();
		const longer = applyChangeJoined(more, typed('Rug loose at the door, and torn', 19, 10))!;
		expect(longer.joined).toBe(false);
		expect(longer.answer.note).toBe('Rug loose at the door, and torn');
		expect(longer.answer.changedAt.note).toBe(21);
	});

	it('never empties a note another window typed meanwhile', () => {
		const other = applyChange(stored, typed('Rug loose', 20, 10))!;
		expect(applyChange(other, typed('', 30, 10))).toBeUndefined();
	});

	it('keeps a change without a base (a tap) to the newer-wins rule', () => {
		const other = applyChange(stored, typed('Rug loose', 20, 10))!;
		expect(applyChange(other, change('note', 'Stale', 15))).toBeUndefined();
	});
});
