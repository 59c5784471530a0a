import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { answersOf, deleteCheck, getCheck, purgeDeleted, saveAnswer, type Db } from '.';
import { journalChanges, replayJournal } from './journal';
import { newCheck, storedCheck } from '../../../tests/fixtures/checks';
import { freshDB } from './testing';

/** localStorage as a browser has it, for Node. */
class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, String(value));
	removeItem = (key: string) => void this.#items.delete(key);
}

let db: Db;
beforeEach(async () => {
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
	db = await freshDB();
});
afterEach(() => db.close());

/** A new check with the stairs and the whole home. */
async function checkWithStairs() {
	const check = await storedCheck(
		db,
		newCheck({ label: 'Journal', checkedBy: 'self', rooms: ['stairs', 'home'] })
	);
	return { check, roomId: check.rooms[0]!.id };
}

describe('the journal of changes typed as a page closed', () => {
	it('saves the journalled note the next time the database opens, then forgets it', async () => {
		const { check, roomId } = await checkWithStairs();
		journalChanges([
			{
				checkId: check.id,
				roomId,
				itemId: 'stairs.rail-any',
				field: 'note',
				value: 'typed',
				at: 10
			}
		]);
		expect(await replayJournal(db)).toBe(1);
		expect((await answersOf(db, check.id)).get(answerKey(roomId, 'stairs.rail-any'))?.note).toBe(
			'typed'
		);
		expect(await replayJournal(db)).toBe(0);
	});

	it('never lets a journalled change overwrite a newer one saved since', async () => {
		const { check, roomId } = await checkWithStairs();
		const base = { checkId: check.id, roomId, itemId: 'stairs.rail-any', field: 'note' as const };
		journalChanges([{ ...base, value: 'older', at: 10 }]);
		await saveAnswer(db, { ...base, value: 'newer', at: 20 });
		await replayJournal(db);
		expect((await answersOf(db, check.id)).get(answerKey(roomId, 'stairs.rail-any'))?.note).toBe(
			'newer'
		);
	});

	it('saves a rewritten fix, and leaves the answer and the list summary as they were', async () => {
		const { check, roomId } = await checkWithStairs();
		await saveAnswer(
			db,
			{ checkId: check.id, roomId, itemId: 'stairs.rail-any', field: 'value', value: 'no', at: 5 },
			checkSummary
		);
		const summary = (await getCheck(db, check.id))!.summary;
		journalChanges([
			{
				checkId: check.id,
				roomId,
				itemId: 'stairs.rail-any',
				field: 'fix',
				value: 'Piet fits a rail on Saturday',
				at: 10
			}
		]);
		await replayJournal(db);
		expect((await answersOf(db, check.id)).get(answerKey(roomId, 'stairs.rail-any'))).toMatchObject(
			{
				value: 'no',
				fix: 'Piet fits a rail on Saturday'
			}
		);
		expect((await getCheck(db, check.id))!.summary).toEqual(summary);
	});

	it('forgets a journalled note of a check removed for good meanwhile', async () => {
		const { check, roomId } = await checkWithStairs();
		await deleteCheck(db, check.id, 1);
		await purgeDeleted(db, 2);
		journalChanges([
			{ checkId: check.id, roomId, itemId: 'stairs.rail-any', field: 'note', value: 'late', at: 10 }
		]);
		expect(await replayJournal(db)).toBe(1);
		expect(await db.count('answers')).toBe(0);
		expect(await replayJournal(db)).toBe(0);
	});

	it('ignores a damaged journal', async () => {
		localStorage.setItem('footing.pending-changes', '{not json');
		expect(await replayJournal(db)).toBe(0);
		localStorage.setItem('footing.pending-changes', JSON.stringify([{ field: 'evil' }, 42]));
		expect(await replayJournal(db)).toBe(0);
	});
});
