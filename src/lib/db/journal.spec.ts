import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { answersOf, deleteCheck, getCheck, purgeDeleted, saveAnswer, type Db } from '.';
import { journalChange, journalSaved } from './journal';
import { replayJournal, validChange } from './replay';
import { newCheck, storedCheck } from '../../../tests/fixtures/checks';
import { freshDB, MemoryStorage } from './testing';

let db: Db;
beforeEach(async () => {
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
	db = await freshDB();
});
afterEach(() => db.close());

const RAIL = 'stairs.rail-any';

/** A new check with one room, the stairs. */
async function checkWithStairs() {
	const check = await storedCheck(
		db,
		newCheck({ label: 'Journal', checkedBy: 'self', rooms: ['stairs', 'home'] })
	);
	return { check, roomId: check.rooms[0]!.id };
}

/** What a page that went away left in its journal entry. */
function leftByAnotherPage(entries: unknown[], key = 'footing.journal.gone-tab'): void {
	localStorage.setItem(key, JSON.stringify(entries));
}

const journalKeys = () => {
	const keys: string[] = [];
	for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i)!);
	return keys.filter((key) => key.startsWith('footing.'));
};

const storedAnswer = async (checkId: string, roomId: string, itemId = RAIL) =>
	(await answersOf(db, checkId)).get(answerKey(roomId, itemId));

describe('the journal of changes not saved yet', () => {
	it('saves what a page that went away left, the next time the database opens, then forgets it', async () => {
		const { check, roomId } = await checkWithStairs();
		const at = Date.UTC(2026, 10, 25, 11);
		leftByAnotherPage([
			{ checkId: check.id, roomId, itemId: RAIL, field: 'note', value: 'typed', at, base: 0 },
			{ checkId: check.id, roomId, itemId: RAIL, field: 'value', value: 'no', at }
		]);
		expect(await replayJournal(db, checkSummary)).toBe(2);
		const answer = await storedAnswer(check.id, roomId);
		expect(answer?.note).toBe('typed');
		expect(answer?.value).toBe('no');
		// The list's counts include the replayed answer.
		expect((await getCheck(db, check.id))?.summary.hazards).toBe(1);
		expect(journalKeys()).toEqual([]);
		expect(await replayJournal(db)).toBe(0);
	});

	it('still replays the journal of earlier versions', async () => {
		const { check, roomId } = await checkWithStairs();
		localStorage.setItem(
			'footing.pending-changes',
			JSON.stringify([
				{ checkId: check.id, roomId, itemId: RAIL, field: 'note', value: 'old', at: 10 }
			])
		);
		expect(await replayJournal(db)).toBe(1);
		expect((await storedAnswer(check.id, roomId))?.note).toBe('old');
		expect(journalKeys()).toEqual([]);
	});

	it('never lets a journalled change overwrite a newer one saved since', async () => {
		const { check, roomId } = await checkWithStairs();
		const base = { checkId: check.id, roomId, itemId: RAIL, field: 'value' as const };
		leftByAnotherPage([{ ...base, value: 'no', at: 10 }]);
		await saveAnswer(db, { ...base, value: 'yes', at: 20 });
		await replayJournal(db);
		expect((await storedAnswer(check.id, roomId))?.value).toBe('yes');
	});

	it('keeps each change of this tab at once, the latest of each field, until it is saved', async () => {
		const { check, roomId } = await checkWithStairs();
		const typed = (value: string, at: number) =>
			({ checkId: check.id, roomId, itemId: RAIL, field: 'note', value, at, base: 0 }) as const;
		const first = typed('Sho', 1);
		const last = typed('Shoes', 2);
		journalChange(first);
		journalChange(last);
		const [key] = journalKeys();
		expect(JSON.parse(localStorage.getItem(key!)!)).toEqual([last]);
		journalSaved([first]); // an earlier save committing does not forget a later change
		expect(JSON.parse(localStorage.getItem(key!)!)).toEqual([last]);
		journalSaved([last]);
		expect(journalKeys()).toEqual([]);
	});

	it('drops a change into a check deleted for good, and keeps one whose check can still come back', async () => {
		const { check, roomId } = await checkWithStairs();
		const change = { checkId: check.id, roomId, itemId: RAIL, field: 'value', value: 'no', at: 10 };
		await deleteCheck(db, check.id, 1000);
		leftByAnotherPage([change]);
		expect(await replayJournal(db)).toBe(0);
		expect(journalKeys()).toHaveLength(1); // its Undo may still be pressed
		await purgeDeleted(db, 2000);
		expect(await replayJournal(db)).toBe(0);
		expect(journalKeys()).toEqual([]);
	});

	it('saves a rewritten fix, and leaves the answer and the list summary as they were', async () => {
		const { check, roomId } = await checkWithStairs();
		await saveAnswer(
			db,
			{ checkId: check.id, roomId, itemId: 'stairs.rail-any', field: 'value', value: 'no', at: 5 },
			checkSummary
		);
		const summary = (await getCheck(db, check.id))!.summary;
		leftByAnotherPage([
			{
				checkId: check.id,
				roomId,
				itemId: RAIL,
				field: 'fix',
				value: 'Piet fits a rail on Saturday',
				at: 10,
				base: 0
			}
		]);
		expect(await replayJournal(db, checkSummary)).toBe(1);
		expect((await answersOf(db, check.id)).get(answerKey(roomId, 'stairs.rail-any'))).toMatchObject(
			{
				value: 'no',
				fix: 'Piet fits a rail on Saturday'
			}
		);
		expect((await getCheck(db, check.id))!.summary).toEqual(summary);
	});

	it('counts the list again for a replayed action marked done', async () => {
		const { check, roomId } = await checkWithStairs();
		const base = { checkId: check.id, roomId, itemId: RAIL };
		await saveAnswer(db, { ...base, field: 'value', value: 'no', at: 5 }, checkSummary);
		expect((await getCheck(db, check.id))!.summary.openActions).toBe(1);
		leftByAnotherPage([{ ...base, field: 'done', value: true, at: 10 }]);
		expect(await replayJournal(db, checkSummary)).toBe(1);
		expect((await getCheck(db, check.id))!.summary.openActions).toBe(0);
	});

	it('ignores a damaged journal', async () => {
		localStorage.setItem('footing.journal.x', '{not json');
		expect(await replayJournal(db)).toBe(0);
		localStorage.setItem('footing.journal.x', JSON.stringify({ not: 'a list' }));
		expect(await replayJournal(db)).toBe(0);
	});
});

describe('a journal entry read back', () => {
	const good = {
		checkId: 'b1c2d3e4-0000-4000-8000-000000000001',
		roomId: 'room-1',
		itemId: RAIL,
		field: 'value',
		value: 'no',
		at: Date.UTC(2026, 10, 25)
	};
	const bad: [string, Record<string, unknown>][] = [
		['an unknown field of an answer', { field: 'evil' }],
		['a key the journal never writes', { extra: 1 }],
		['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
		['an answer that is no answer', { value: 'maybe' }],
		['an answer as a number', { value: 1 }],
		['a note as a number', { field: 'note', value: 42 }],
		['a note longer than the screens allow', { field: 'note', value: 'x'.repeat(4001) }],
		['a fix as an object', { field: 'fix', value: { text: 'x' } }],
		['a priority not on the list', { field: 'priority', value: 'urgent' }],
		['an owner not on the list', { field: 'owner', value: 'neighbour' }],
		['a due date that is no date', { field: 'due', value: '2026-02-30' }],
		['a due date in year 0202', { field: 'due', value: '0202-01-01' }],
		['done as text', { field: 'done', value: 'yes' }],
		['a negative measure', { field: 'measured', value: -1 }],
		['a measure that is no number', { field: 'measured', value: null }],
		['a time as text', { at: '2026-11-25' }],
		['a time before 1970', { at: -5 }],
		['a time in parts of a millisecond', { at: 1.5 }],
		['a time after 2100', { at: Date.UTC(2150, 0, 1) }],
		['markup as an id', { itemId: '<img src=x onerror=alert(1)>' }],
		['a path as an id', { roomId: '../../etc' }],
		['an empty id', { checkId: '' }],
		['an id of 101 characters', { roomId: 'r'.repeat(101) }],
		['an id as a number', { checkId: 7 }],
		['a way of answering with a note', { field: 'note', value: 'x', given: 'rest-fine' }],
		['an unknown way of answering', { given: 'guessed' }],
		['"carried over" with a note', { field: 'note', value: 'x', carried: true }],
		['"carried over" as a word', { carried: 'yes' }],
		['"carried over" and a way of answering', { carried: true, given: 'still-same' }],
		['a base with a tap', { base: 5 }],
		['a base that is no stamp', { field: 'note', value: 'x', base: 'then' }]
	];

	it('takes a change as the app writes it', () => {
		expect(validChange(good)).toEqual(good);
		expect(validChange({ ...good, field: 'note', value: 'Shoes', base: 0 })).toBeDefined();
		expect(validChange({ ...good, value: undefined })).toBeDefined(); // clearing an answer
		expect(validChange({ ...good, given: 'rest-fine' })).toBeDefined();
		expect(validChange({ ...good, carried: true })).toEqual({ ...good, carried: true });
		expect(validChange({ ...good, field: 'due', value: '2026-12-01' })).toBeDefined();
		expect(validChange({ ...good, field: 'measured', value: 12.5 })).toBeDefined();
	});

	for (const [what, damage] of bad) {
		it(`drops ${what}, and replays the good entries beside it`, async () => {
			const { check, roomId } = await checkWithStairs();
			const entry = { ...good, checkId: check.id, roomId, ...damage };
			expect(validChange(entry)).toBeUndefined();
			leftByAnotherPage(
				[entry, { ...good, checkId: check.id, roomId, itemId: 'stairs.light', value: 'no' }],
				'footing.pending-changes'
			);
			expect(await replayJournal(db)).toBe(1);
			const answers = await answersOf(db, check.id);
			expect([...answers.keys()]).toEqual([answerKey(roomId, 'stairs.light')]);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	}
});
