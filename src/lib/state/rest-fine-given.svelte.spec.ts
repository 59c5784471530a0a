import { describe, expect, it, vi } from 'vitest';
import type { AnswerEdit, CheckSession } from './check-session.svelte';
import { restFineGiven, type GivenFine } from './rest-fine-given.svelte';

const kitchen = { roomId: 'r1', topic: 'kitchen' };
const bathroom = { roomId: 'r2', topic: 'bathroom' };
const undo: AnswerEdit[] = [
	{ roomId: 'r1', itemId: 'kitchen.reach', field: 'value', value: undefined }
];

/** "Everything else here is fine" given on the kitchen, gone on to the bathroom. */
function givenOnKitchen(shownOn = bathroom): GivenFine {
	const fine: GivenFine = {
		checkId: 'c1',
		from: kitchen,
		place: 'Kitchen',
		questions: 5,
		personal: false,
		shownOn,
		undo
	};
	restFineGiven.given(fine);
	return fine;
}

/** A session whose saves succeed (or fail), recording what it was asked to save. */
function session(saves = true) {
	const changeMany = vi.fn(async (edits: readonly AnswerEdit[]) => saves && edits.length > 0);
	return { session: { changeMany } as unknown as CheckSession, changeMany };
}

describe('"Everything else here is fine" given, kept for the next screen', () => {
	it('is shown on the screen it went on to, of that check only', () => {
		const fine = givenOnKitchen();
		expect(restFineGiven.on('c1', bathroom)).toBe(fine);
		expect(restFineGiven.on('c1', kitchen)).toBeUndefined();
		expect(restFineGiven.on('c2', bathroom)).toBeUndefined();
		expect(restFineGiven.stayed(fine)).toBe(false);
	});

	it('on the last screen stays where it was given', () => {
		const fine = givenOnKitchen(kitchen);
		expect(restFineGiven.on('c1', kitchen)).toBe(fine);
		expect(restFineGiven.stayed(fine)).toBe(true);
	});

	it('ends when the screen it is shown on is left, not when the one it came from is', () => {
		givenOnKitchen();
		restFineGiven.left('c1', kitchen);
		expect(restFineGiven.on('c1', bathroom)).toBeDefined();
		restFineGiven.left('c1', bathroom);
		expect(restFineGiven.on('c1', bathroom)).toBeUndefined();
	});

	it('Undo saves the edits that take it back, once, and keeps saying what was taken back', async () => {
		const fine = givenOnKitchen();
		const { session: open, changeMany } = session();
		expect(await restFineGiven.undo(open, fine)).toBe(true);
		expect(changeMany).toHaveBeenCalledWith(undo);
		const after = restFineGiven.on('c1', bathroom);
		expect(after?.place).toBe('Kitchen');
		expect(after?.undo).toBeUndefined();
		expect(await restFineGiven.undo(open, after!)).toBe(false);
		expect(changeMany).toHaveBeenCalledTimes(1);
	});

	it('an Undo that could not be saved can be tried again', async () => {
		const fine = givenOnKitchen();
		expect(await restFineGiven.undo(session(false).session, fine)).toBe(false);
		expect(restFineGiven.on('c1', bathroom)?.undo).toBe(undo);
	});
});
