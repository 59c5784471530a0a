/**
 * The ways a change was lost or misreported in issue #17, each as the open check meets it:
 * rooms changed in two windows at once, a check deleted in another window, a note typed in two
 * windows at once, a backup restored over the open check, the journal between two keys.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerKey, JOIN_LINE } from '$lib/checklist/check';
import {
	addPhoto,
	answersOf,
	database,
	deleteCheck,
	getCheck,
	photosOfCheck,
	saveAnswer,
	type Db
} from '$lib/db';
import { fakePhoto } from '$lib/db/testing';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { CheckSession } from './check-session.svelte';
import { ChecksList } from './checks-list.svelte';
import type { SyncMessage } from './sync';
import { UNDO_MS } from './undo';

const RAIL = 'stairs.rail-any';
const LIGHT = 'stairs.light';

afterEach(() => vi.useRealTimers());

/** Another tab: its own channel, so this tab's session hears what it says. */
function otherTab() {
	const channel = new BroadcastChannel('footing');
	const heard: SyncMessage[] = [];
	channel.onmessage = (event: MessageEvent<SyncMessage>) => heard.push(event.data);
	return {
		heard,
		say: (message: SyncMessage) => channel.postMessage(message),
		close: () => channel.close()
	};
}

/** A check on the device with the stairs and a bathroom, opened as its pages open it. */
async function opened(): Promise<{ db: Db; session: CheckSession; stairs: string; id: string }> {
	const db = await database();
	const check = await storedCheck(db, newCheck({ rooms: ['stairs', 'bathroom'] }));
	const session = (await CheckSession.open(check.id))!;
	return { db, session, stairs: roomOf(check, 'stairs'), id: check.id };
}

const storedOf = async (db: Db, checkId: string, roomId: string, itemId = RAIL) =>
	(await answersOf(db, checkId)).get(answerKey(roomId, itemId));

describe('rooms changed in two windows at once', () => {
	it('keeps a rename in one window and a room added in the other', async () => {
		const { db, session: a, stairs, id } = await opened();
		const b = (await CheckSession.open(id))!; // opened before the rename: a stale list
		await Promise.all([a.renameRoom(stairs, 'Stairs to the attic'), b.addRoom('toilet')]);
		const rooms = (await getCheck(db, id))!.rooms;
		expect(rooms.map((room) => room.type)).toEqual(['stairs', 'bathroom', 'toilet']);
		expect(rooms[0]!.name).toBe('Stairs to the attic');
		await Promise.all([a.close(), b.close()]);
	});

	it('keeps a move in one window and a removal in the other', async () => {
		const { db, session: a, id } = await opened();
		const b = (await CheckSession.open(id))!;
		const toilet = (await a.addRoom('toilet'))!;
		const bathroom = a.check.rooms.find((room) => room.type === 'bathroom')!;
		await Promise.all([a.moveRoom(toilet.id, -1), b.removeRoom(bathroom.id)]);
		expect((await getCheck(db, id))!.rooms.map((room) => room.type)).toEqual(['stairs', 'toilet']);
		await Promise.all([a.close(), b.close()]);
	});

	it('brings back a removed room with its answers and photos, with Undo', async () => {
		const { db, session, stairs, id } = await opened();
		session.change(stairs, RAIL, 'value', 'no');
		session.change(stairs, RAIL, 'note', 'Loose rail');
		await session.flush();
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		await addPhoto(db, {
			checkId: id,
			roomId: stairs,
			itemId: RAIL,
			blob: fakePhoto(),
			width: 4,
			height: 3
		});
		expect(session.roomHasAnswers(stairs)).toBe(true);
		const hazards = session.summary.hazards;

		await session.removeRoom(stairs);
		expect(session.check.rooms.map((room) => room.type)).toEqual(['bathroom']);
		expect(await storedOf(db, id, stairs)).toBeUndefined();
		expect(await photosOfCheck(db, id)).toHaveLength(0);
		expect(session.removedRoom?.room.id).toBe(stairs);

		expect((await session.undoRemoveRoom())?.id).toBe(stairs);
		expect(session.check.rooms.map((room) => room.type)).toEqual(['stairs', 'bathroom']);
		expect((await storedOf(db, id, stairs))?.note).toBe('Loose rail');
		expect(session.answerOf(stairs, RAIL)?.value).toBe('no');
		expect(session.summary.hazards).toBe(hazards);
		expect((await getCheck(db, id))!.summary.hazards).toBe(hazards);
		expect(await photosOfCheck(db, id)).toHaveLength(1);
		expect(session.removedRoom).toBeUndefined();
		await session.close();
	});

	it('offers Undo only for a while', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { session, stairs } = await opened();
		await session.removeRoom(stairs);
		expect(session.removedRoom).toBeDefined();
		vi.advanceTimersByTime(UNDO_MS + 1);
		expect(session.removedRoom).toBeUndefined();
		vi.useRealTimers();
		await session.close();
	});
});

describe('a check deleted in another window', () => {
	it('is known at once, with Undo; a change is never "saved" into it; Undo saves it after all', async () => {
		const { db, session, stairs, id } = await opened();
		const tab = otherTab();
		const at = Date.now();
		await deleteCheck(db, id, at);
		tab.say({ type: 'deleted', checkId: id, at });
		await vi.waitFor(() => expect(session.deleted).toEqual({ at, canUndo: true }));

		session.change(stairs, RAIL, 'value', 'no');
		const states: string[] = [];
		await vi.waitFor(() => {
			states.push(session.saves.state);
			expect(session.saves.problem).toBe('deleted');
		});
		expect(session.saves.state).toBe('failed');
		expect(states).not.toContain('saved');
		expect(await storedOf(db, id, stairs)).toBeUndefined();
		// What was changed stays on screen, for the Undo.
		expect(session.answerOf(stairs, RAIL)?.value).toBe('no');

		expect(await session.undoDelete()).toBe(true);
		expect(session.deleted).toBeUndefined();
		expect(await getCheck(db, id)).toBeDefined();
		await vi.waitFor(async () => expect((await storedOf(db, id, stairs))?.value).toBe('no'));
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		expect(tab.heard).toContainEqual({ type: 'restored', checkId: id });
		tab.close();
		await session.close();
	});

	it('learns it from a refused save when no message came, and says when Undo is gone', async () => {
		const { db, session, stairs, id } = await opened();
		await deleteCheck(db, id, Date.now() - UNDO_MS - 1);
		session.change(stairs, RAIL, 'note', 'typed after');
		await session.flush();
		expect(session.saves.problem).toBe('deleted');
		expect(session.deleted?.canUndo).toBe(false);
		expect(await session.undoDelete()).toBe(false);
		await session.close();
	});

	it('is announced by the start page, and the list hears the Undo given in the check', async () => {
		const { session, id } = await opened();
		const tab = otherTab();
		const list = new ChecksList();
		const stop = list.start();
		await vi.waitFor(() => expect(list.checks?.length).toBeGreaterThan(0));
		await list.delete(list.checks!.find((check) => check.id === id)!);
		expect(tab.heard).toContainEqual(expect.objectContaining({ type: 'deleted', checkId: id }));
		tab.say({ type: 'restored', checkId: id }); // the check's window pressed Undo
		await vi.waitFor(() => expect(list.notice?.kind).toBe('restored'));
		stop();
		tab.close();
		await session.close();
	});
});

describe('the same note typed in two windows', () => {
	it('shows the other window’s text as it arrives while this one is not typing', async () => {
		const { db, session, stairs, id } = await opened();
		const tab = otherTab();
		await saveAnswer(db, { ...change(id, stairs, RAIL, 'note', 'From the other window'), base: 0 });
		tab.say({ type: 'answer', checkId: id, roomId: stairs, itemId: RAIL });
		await vi.waitFor(() =>
			expect(session.answerOf(stairs, RAIL)?.note).toBe('From the other window')
		);
		expect(session.wasJoined(stairs, RAIL, 'note')).toBe(false);
		tab.close();
		await session.close();
	});

	it('keeps both texts when both typed, and says so here and there', async () => {
		const { db, session, stairs, id } = await opened();
		const tab = otherTab();
		session.change(stairs, RAIL, 'note', 'Typed here');
		// Meanwhile the other window saved its own text, typed over the same (empty) note.
		await saveAnswer(db, { ...change(id, stairs, RAIL, 'note', 'Typed there'), base: 0 });
		tab.say({ type: 'answer', checkId: id, roomId: stairs, itemId: RAIL });
		await vi.waitFor(() => expect(tab.heard).toHaveLength(0));
		// While typing here, this window's text stays as typed.
		expect(session.answerOf(stairs, RAIL)?.note).toBe('Typed here');
		await session.flush();
		const both = `Typed there${JOIN_LINE}Typed here`;
		expect((await storedOf(db, id, stairs))?.note).toBe(both);
		expect(session.answerOf(stairs, RAIL)?.note).toBe(both);
		expect(session.wasJoined(stairs, RAIL, 'note')).toBe(true);
		await vi.waitFor(() =>
			expect(tab.heard).toContainEqual({
				type: 'answer',
				checkId: id,
				roomId: stairs,
				itemId: RAIL,
				joined: 'note'
			})
		);
		tab.close();
		await session.close();
	});

	it('takes the joined text, and says so, when the other window kept both', async () => {
		const { db, session, stairs, id } = await opened();
		const tab = otherTab();
		await saveAnswer(db, { ...change(id, stairs, RAIL, 'note', 'Both'), base: 0 });
		tab.say({ type: 'answer', checkId: id, roomId: stairs, itemId: RAIL, joined: 'note' });
		await vi.waitFor(() => expect(session.wasJoined(stairs, RAIL, 'note')).toBe(true));
		tab.close();
		await session.close();
	});
});

describe('a backup restored over the open check in another window', () => {
	it('is read again whole: rooms, answers, answers no longer there gone', async () => {
		const { db, session, stairs, id } = await opened();
		session.change(stairs, RAIL, 'value', 'no');
		session.change(stairs, LIGHT, 'value', 'no');
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		const tab = otherTab();
		// What "Replace" writes: the file's check and answers instead of these.
		await db.delete('answers', [id, stairs, LIGHT]);
		await saveAnswer(db, change(id, stairs, RAIL, 'value', 'yes', Date.UTC(2099, 0, 1)));
		tab.say({ type: 'replaced', checkId: id });
		await vi.waitFor(() => expect(session.answerOf(stairs, RAIL)?.value).toBe('yes'));
		expect(session.answerOf(stairs, LIGHT)).toBeUndefined();
		// A stamp from a clock that ran ahead never blocks the next edit here.
		session.change(stairs, RAIL, 'value', 'na');
		await vi.waitFor(async () => expect((await storedOf(db, id, stairs))?.value).toBe('na'));
		tab.close();
		await session.close();
	});
});

describe('the journal while typing', () => {
	it('holds every key typed at once, before the typing pause, and forgets it once saved', async () => {
		const { session, stairs, id } = await opened();
		const journal = () => {
			let text = '';
			for (let i = 0; i < localStorage.length; i++) {
				const key = localStorage.key(i)!;
				if (key.startsWith('footing.journal.')) text += localStorage.getItem(key);
			}
			return text;
		};
		session.change(stairs, RAIL, 'note', 'S');
		expect(journal()).toContain('"S"');
		session.change(stairs, RAIL, 'note', 'Shoes on the stairs');
		expect(journal()).toContain('Shoes on the stairs');
		expect(journal()).not.toContain('"S"');
		session.change(stairs, LIGHT, 'value', 'no'); // a tap, too, until it is committed
		expect(journal()).toContain(LIGHT);
		await session.flush();
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		expect(journal()).not.toContain(id);
		await session.close();
	});
});
