import { describe, expect, it } from 'vitest';
import { applyChange, type AnswerChange } from './check';

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
