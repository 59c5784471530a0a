import { describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { answersOf, database, followUp, getCheck, saveAnswer, updateCheck } from '$lib/db';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { CheckSession, TYPING_PAUSE_MS } from './check-session.svelte';

/** A check on the device, opened as its pages open it. */
async function opened() {
	const check = await storedCheck(
		await database(),
		newCheck({ rooms: ['stairs', 'home', 'personal'] })
	);
	const session = (await CheckSession.open(check.id))!;
	return { check, session, stairs: roomOf(check, 'stairs') };
}

/** The seven boxes of the floor tick list. */
const FLOOR = [
	'general.loose-rug',
	'general.cord',
	'general.things-on-floor',
	'general.furniture-in-way',
	'general.floor-damaged',
	'general.slippery-floor',
	'general.dim-light'
];

/** The floor tick list of a room as one change of several: `ticked` yes, the rest no. */
const floorEdits = (roomId: string, ticked: readonly string[]) =>
	FLOOR.map((itemId) => ({
		roomId,
		itemId,
		field: 'value' as const,
		value: ticked.includes(itemId) ? ('yes' as const) : ('no' as const)
	}));

/** Resolve once `condition` holds (polling), failing after a second. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
	const start = Date.now();
	while (!(await condition())) {
		if (Date.now() - start > 1000) throw new Error('waited a second in vain');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Everything the journal in local storage holds, as text. */
function journalled(): string {
	let text = '';
	for (let i = 0; i < localStorage.length; i++) {
		const key = localStorage.key(i)!;
		if (key.startsWith('footing.journal.')) text += localStorage.getItem(key);
	}
	return text;
}

const stored = async (checkId: string, roomId: string, itemId: string) =>
	(await answersOf(await database(), checkId)).get(answerKey(roomId, itemId));

describe('the open check', () => {
	it('shows an answer at once and saves it, with the counts of the list', async () => {
		const { check, session, stairs } = await opened();
		const before = session.summary;
		session.change(stairs, 'stairs.rail-any', 'value', 'no');
		expect(session.answerOf(stairs, 'stairs.rail-any')?.value).toBe('no');
		expect(session.summary).toMatchObject({ answered: 1, hazards: 1, openActions: 1 });
		// "There are stairs": the rest of the stairs is asked now.
		expect(session.summary.total).toBeGreaterThan(before.total);
		expect(session.saves.state).toBe('saving');
		await until(() => session.saves.state === 'saved');
		expect((await stored(check.id, stairs, 'stairs.rail-any'))?.value).toBe('no');
		expect((await getCheck(await database(), check.id))!.summary).toEqual(session.summary);
		await session.close();
	});

	it('answers a tick list in one go: shown at once, saved together, counted as one question', async () => {
		const { check, session, stairs } = await opened();
		const saving = session.changeMany(floorEdits(stairs, ['general.cord']));
		// On screen before the database has it.
		expect(FLOOR.map((id) => session.answerOf(stairs, id)?.value)).toEqual([
			'no',
			'yes',
			'no',
			'no',
			'no',
			'no',
			'no'
		]);
		expect(session.summary).toMatchObject({ answered: 1, hazards: 1 });
		expect(await saving).toBe(true);
		const saved = await Promise.all(FLOOR.map((id) => stored(check.id, stairs, id)));
		expect(saved.map((answer) => answer?.value)).toEqual([
			'no',
			'yes',
			'no',
			'no',
			'no',
			'no',
			'no'
		]);
		// One change: the same moment for every box.
		expect(new Set(saved.map((answer) => answer?.changedAt.value)).size).toBe(1);
		expect(session.saves.state).toBe('saved');
		expect((await getCheck(await database(), check.id))!.summary).toMatchObject({
			answered: 1,
			hazards: 1,
			openActions: 1
		});
		await session.close();
	});

	it('keeps how a change of several was given, until a box is tapped on its own', async () => {
		const { check, session, stairs } = await opened();
		expect(await session.changeMany(floorEdits(stairs, []), 'rest-fine')).toBe(true);
		for (const id of FLOOR) {
			expect(session.answerOf(stairs, id)?.given, id).toBe('rest-fine');
			expect((await stored(check.id, stairs, id))?.given, id).toBe('rest-fine');
		}
		// A note does not change how the value was given; a tap on the box does.
		session.change(stairs, 'general.cord', 'note', 'Cord behind the chair');
		await session.flush();
		expect((await stored(check.id, stairs, 'general.cord'))?.given).toBe('rest-fine');
		session.change(stairs, 'general.cord', 'value', 'yes');
		expect(session.answerOf(stairs, 'general.cord')).toMatchObject({
			value: 'yes',
			note: 'Cord behind the chair'
		});
		expect(session.answerOf(stairs, 'general.cord')).not.toHaveProperty('given');
		await until(() => session.saves.state === 'saved');
		const tapped = await stored(check.id, stairs, 'general.cord');
		expect(tapped).toMatchObject({ value: 'yes' });
		expect(tapped).not.toHaveProperty('given');
		expect((await stored(check.id, stairs, 'general.loose-rug'))?.given).toBe('rest-fine');
		// An undo given without a way: the values go back, and so does `given`.
		expect(
			await session.changeMany(
				FLOOR.map((itemId) => ({
					roomId: stairs,
					itemId,
					field: 'value' as const,
					value: undefined
				}))
			)
		).toBe(true);
		expect((await stored(check.id, stairs, 'general.loose-rug'))?.value).toBeUndefined();
		expect((await stored(check.id, stairs, 'general.loose-rug'))?.given).toBeUndefined();
		await session.close();
	});

	it('never lets a change of several overwrite an answer saved later in another tab', async () => {
		const { check, session, stairs } = await opened();
		await saveAnswer(
			await database(),
			change(check.id, stairs, 'general.loose-rug', 'value', 'yes', Date.now() + 60_000)
		);
		expect(await session.changeMany(floorEdits(stairs, []))).toBe(true);
		// The screen takes what is stored: the other tab's newer answer.
		expect(session.answerOf(stairs, 'general.loose-rug')?.value).toBe('yes');
		expect((await stored(check.id, stairs, 'general.loose-rug'))?.value).toBe('yes');
		expect((await stored(check.id, stairs, 'general.cord'))?.value).toBe('no');
		await session.close();
	});

	it('saves a note after a pause in typing, not on every key', async () => {
		const { check, session, stairs } = await opened();
		session.change(stairs, 'stairs.rail-any', 'note', 'Sho');
		session.change(stairs, 'stairs.rail-any', 'note', 'Shoes on the stairs');
		expect(session.saves.state).toBe('saving');
		await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS / 2));
		expect(await stored(check.id, stairs, 'stairs.rail-any')).toBeUndefined();
		await until(
			async () => (await stored(check.id, stairs, 'stairs.rail-any'))?.note !== undefined
		);
		expect((await stored(check.id, stairs, 'stairs.rail-any'))?.note).toBe('Shoes on the stairs');
		await until(() => session.saves.state === 'saved');
		await session.close();
	});

	it('saves what is typed at once when asked to flush, and when the page is hidden', async () => {
		const { check, session, stairs } = await opened();
		session.change(stairs, 'stairs.rail-any', 'note', 'flushed');
		await session.flush();
		expect((await stored(check.id, stairs, 'stairs.rail-any'))?.note).toBe('flushed');

		session.change(stairs, 'general.cord', 'note', 'hidden');
		(document as unknown as { visibilityState: string }).visibilityState = 'hidden';
		document.dispatchEvent(new Event('visibilitychange'));
		(document as unknown as { visibilityState: string }).visibilityState = 'visible';
		// Journalled synchronously, before the database write commits.
		expect(journalled()).toContain('hidden');
		await until(async () => (await stored(check.id, stairs, 'general.cord'))?.note === 'hidden');
		await session.close();
	});

	it('takes an answer another tab saved, keeping what is being typed here', async () => {
		const { check, session, stairs } = await opened();
		session.change(stairs, 'stairs.rail-any', 'note', 'typing here');
		await saveAnswer(await database(), change(check.id, stairs, 'stairs.rail-any', 'value', 'yes'));
		const otherTab = new BroadcastChannel('footing');
		otherTab.postMessage({
			type: 'answer',
			checkId: check.id,
			roomId: stairs,
			itemId: 'stairs.rail-any'
		});
		await until(() => session.answerOf(stairs, 'stairs.rail-any')?.value === 'yes');
		expect(session.answerOf(stairs, 'stairs.rail-any')?.note).toBe('typing here');
		otherTab.close();
		await session.close();
	});

	it('takes the details another tab changed', async () => {
		const { check, session } = await opened();
		await updateCheck(await database(), check.id, { label: 'Mr Smit, Laan 4' });
		const otherTab = new BroadcastChannel('footing');
		otherTab.postMessage({ type: 'check', checkId: check.id });
		await until(() => session.check.label === 'Mr Smit, Laan 4');
		otherTab.close();
		await session.close();
	});

	it('reads the earlier visit once, however often it is asked for', async () => {
		const { check, session } = await opened();
		expect(await session.earlierVisit()).toBeUndefined();
		const next = await followUp(await database(), check.id, '2026-12-20');
		const later = (await CheckSession.open(next!.id))!;
		const [first, second] = await Promise.all([later.earlierVisit(), later.earlierVisit()]);
		expect(first?.check.id).toBe(check.id);
		expect(second).toBe(first);
		await later.close();
		await session.close();
	});

	it('makes a full walk a quick check and back, keeping every answer', async () => {
		const { check, session, stairs } = await opened();
		session.change(stairs, 'stairs.rail-any', 'value', 'no');
		session.change(stairs, 'stairs.carrying', 'value', 'yes');
		await until(() => session.saves.state === 'saved');
		const full = session.summary;
		expect(full).toMatchObject({ answered: 2, hazards: 2 });
		await session.setMode('quick');
		expect((await getCheck(await database(), check.id))!.mode).toBe('quick');
		// Carrying things on the stairs is not one of the essentials.
		expect(session.summary.total).toBeLessThan(full.total);
		expect(session.summary).toMatchObject({ answered: 1, hazards: 1 });
		await session.setMode('full');
		expect(session.summary).toEqual(full);
		expect(session.answerOf(stairs, 'stairs.carrying')?.value).toBe('yes');
		await session.close();
	});

	it('adds a room with its kind in the walk, not after the personal factors', async () => {
		const { session } = await opened();
		const added = await session.addRoom('bathroom');
		expect(session.check.rooms.map((room) => room.type)).toEqual([
			'stairs',
			'bathroom',
			'home',
			'personal'
		]);
		expect(session.check.rooms[1]!.id).toBe(added!.id);
		await session.close();
	});
});
