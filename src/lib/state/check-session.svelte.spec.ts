import { describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { answersOf, database, followUp, saveAnswer, updateCheck } from '$lib/db';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { CheckSession, TYPING_PAUSE_MS } from './check-session.svelte';

/** A check on the device, opened as its pages open it. */
async function opened() {
	const check = await storedCheck(await database(), newCheck({ rooms: ['stairs', 'personal'] }));
	const session = (await CheckSession.open(check.id))!;
	return { check, session, stairs: roomOf(check, 'stairs') };
}

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
		session.change(stairs, 'stairs.rail-any', 'value', 'no');
		expect(session.answerOf(stairs, 'stairs.rail-any')?.value).toBe('no');
		expect(session.saves.state).toBe('saving');
		await until(() => session.saves.state === 'saved');
		expect((await stored(check.id, stairs, 'stairs.rail-any'))?.value).toBe('no');
		expect(session.summary.hazards).toBe(1);
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

		session.change(stairs, 'stairs.light', 'note', 'hidden');
		(document as unknown as { visibilityState: string }).visibilityState = 'hidden';
		document.dispatchEvent(new Event('visibilitychange'));
		(document as unknown as { visibilityState: string }).visibilityState = 'visible';
		// Journalled synchronously, before the database write commits.
		expect(journalled()).toContain('hidden');
		await until(async () => (await stored(check.id, stairs, 'stairs.light'))?.note === 'hidden');
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

	it('adds a room with its kind in the walk, not after the personal factors', async () => {
		const { session } = await opened();
		const added = await session.addRoom('bathroom');
		expect(session.check.rooms.map((room) => room.type)).toEqual([
			'stairs',
			'bathroom',
			'personal'
		]);
		expect(session.check.rooms[1]!.id).toBe(added!.id);
		await session.close();
	});
});
