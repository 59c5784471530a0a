import { checkSummary } from '$lib/checklist/rules';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import {
	addPhoto,
	answersOf,
	createCheck,
	deleteCheck,
	followUp,
	getCheck,
	listChecks,
	openCheck,
	photosOfCheck,
	photosOfRoom,
	purgeDeleted,
	removePhoto,
	restoreCheck,
	saveAnswer,
	setRooms,
	updateCheck,
	addRoom,
	CheckDeletedError,
	moveRoom,
	removeRoom,
	renameRoom,
	restoreRoom,
	saveAnswers,
	type Db,
	type NewCheck
} from '.';
import { change, newCheck } from '../../../tests/fixtures/checks';
import { V1 } from './fixtures/v1';
import { openFootingDB } from './open';
import { closedAfterEach, fakePhoto, freshDB, freshName, openDBWithData } from './testing';

const home: NewCheck = newCheck({
	rooms: [
		'stairs',
		{ type: 'bathroom', name: 'Upstairs bathroom' },
		{ type: 'personal', name: 'Mrs Jansen' }
	]
});

const keep = closedAfterEach();
/** A new, empty database, closed after the test. */
const db = (): Promise<Db> => keep(freshDB());

describe('checks', () => {
	it('creates a check that the list shows with nothing answered yet', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const list = await listChecks(store);
		expect(list.map((c) => c.label)).toEqual(['Mrs Jansen, Dorpsstraat 1']);
		expect(list[0]!.rooms.map((room) => room.type)).toEqual(['stairs', 'bathroom', 'personal']);
		expect(list[0]!.summary.answered).toBe(0);
		expect(list[0]!.summary.total).toBeGreaterThan(30);
		expect(new Set(check.rooms.map((room) => room.id)).size).toBe(3);
	});

	it('lists the most recently changed check first', async () => {
		const store = await db();
		const first = await createCheck(store, { ...home, label: 'First' }, checkSummary, 1000);
		await createCheck(store, { ...home, label: 'Second' }, checkSummary, 2000);
		await saveAnswer(
			store,
			change(first.id, first.rooms[0]!.id, 'stairs.rail-any', 'value', 'yes', 3000),
			checkSummary
		);
		expect((await listChecks(store)).map((c) => c.label)).toEqual(['First', 'Second']);
	});

	it('saves an answer with the hazard counted in the list summary', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const stairs = check.rooms[0]!.id;
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-both-sides', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'yes'),
			checkSummary
		);
		const [listed] = await listChecks(store);
		expect(listed!.summary).toMatchObject({ answered: 2, hazards: 1 });
		const answers = await answersOf(store, check.id);
		expect(answers.get(answerKey(stairs, 'stairs.rail-both-sides'))?.value).toBe('no');
	});

	it('never lets an older change overwrite a newer one (a stale second tab)', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const stairs = check.rooms[0]!.id;
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'no', 2000),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'yes', 1000),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'note', 'Shoes on step 3', 1500),
			checkSummary
		);
		const answer = (await answersOf(store, check.id)).get(answerKey(stairs, 'stairs.rail-any'));
		expect(answer).toMatchObject({ value: 'no', note: 'Shoes on step 3' });
	});

	it('keeps notes with markup, emoji and 2,000 characters exactly as typed', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const note = `<script>alert("x")</script> 🏠 ) >> /JS \\ ${'x'.repeat(2000)}`;
		await saveAnswer(
			store,
			change(check.id, check.rooms[0]!.id, 'stairs.rail-any', 'note', note),
			checkSummary
		);
		const found = await openCheck(store, check.id);
		expect(found!.answers.get(answerKey(check.rooms[0]!.id, 'stairs.rail-any'))?.note).toBe(note);
	});

	it('changes details without losing answers, and remembers the room last open', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		await saveAnswer(
			store,
			change(check.id, check.rooms[0]!.id, 'stairs.rail-any', 'value', 'yes'),
			checkSummary
		);
		await updateCheck(store, check.id, { label: 'Mr Jansen', lastRoomId: check.rooms[1]!.id });
		const found = await openCheck(store, check.id);
		expect(found!.check).toMatchObject({ label: 'Mr Jansen', lastRoomId: check.rooms[1]!.id });
		expect(found!.answers.size).toBe(1);
	});

	it('removing a room deletes its answers and photos and counts the summary again', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const [stairs, bathroom] = check.rooms;
		await saveAnswer(
			store,
			change(check.id, stairs!.id, 'stairs.rail-any', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, bathroom!.id, 'bathroom.grab-rail', 'value', 'no'),
			checkSummary
		);
		await addPhoto(store, {
			checkId: check.id,
			roomId: bathroom!.id,
			itemId: 'bathroom.grab-rail',
			blob: fakePhoto(),
			width: 4,
			height: 3
		});
		const updated = await setRooms(
			store,
			check.id,
			check.rooms.filter((room) => room.id !== bathroom!.id),
			checkSummary
		);
		expect(updated!.summary.hazards).toBe(1);
		expect((await answersOf(store, check.id)).size).toBe(1);
		expect(await photosOfCheck(store, check.id)).toEqual([]);
	});

	it('makes a follow-up visit: same rooms and answers, linked, marked to check again', async () => {
		const store = await db();
		const earlier = await createCheck(store, home, checkSummary, 1000);
		const stairs = earlier.rooms[0]!.id;
		await saveAnswer(store, change(earlier.id, stairs, 'stairs.rail-any', 'value', 'yes'));
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-both-sides', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-both-sides', 'note', 'Left only'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-both-sides', 'done', true),
			checkSummary
		);
		const next = await followUp(store, earlier.id, '2027-02-01', 5000);
		expect(next).toMatchObject({
			previousId: earlier.id,
			visitDate: '2027-02-01',
			label: home.label
		});
		expect(next!.rooms).toEqual(earlier.rooms);
		const copied = (await answersOf(store, next!.id)).get(
			answerKey(stairs, 'stairs.rail-both-sides')
		);
		expect(copied).toMatchObject({ value: 'no', note: 'Left only', fromPrevious: true });
		expect(copied!.done).toBeUndefined();
		expect(next!.summary.hazards).toBe(1);
		// The earlier check is untouched.
		const before = (await answersOf(store, earlier.id)).get(
			answerKey(stairs, 'stairs.rail-both-sides')
		);
		expect(before).toMatchObject({ done: true });
		expect(before!.fromPrevious).toBeUndefined();
	});

	it('answering a copied item again clears "from the last visit"', async () => {
		const store = await db();
		const earlier = await createCheck(store, home, checkSummary, 1000);
		const stairs = earlier.rooms[0]!.id;
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-any', 'value', 'no', 1000),
			checkSummary
		);
		const next = await followUp(store, earlier.id, '2027-02-01', 2000);
		await saveAnswer(
			store,
			change(next!.id, stairs, 'stairs.rail-any', 'value', 'yes', 3000),
			checkSummary
		);
		const answer = (await answersOf(store, next!.id)).get(answerKey(stairs, 'stairs.rail-any'));
		expect(answer).toMatchObject({ value: 'yes' });
		expect(answer!.fromPrevious).toBeUndefined();
	});

	it('deletes a check so that undo brings it back, and purging removes it for good', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		await saveAnswer(
			store,
			change(check.id, check.rooms[0]!.id, 'stairs.rail-any', 'value', 'no'),
			checkSummary
		);
		await deleteCheck(store, check.id, 1000);
		expect(await listChecks(store)).toEqual([]);
		expect(await getCheck(store, check.id)).toBeUndefined();
		await restoreCheck(store, check.id);
		expect((await listChecks(store)).map((c) => c.id)).toEqual([check.id]);
		await deleteCheck(store, check.id, 1000);
		expect(await purgeDeleted(store, 2000)).toBe(1);
		expect(await store.count('answers')).toBe(0);
		await restoreCheck(store, check.id);
		expect(await listChecks(store)).toEqual([]);
	});

	it('does not purge a check deleted a moment ago (its undo may still be pressed)', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		await deleteCheck(store, check.id, 5000);
		expect(await purgeDeleted(store, 4000)).toBe(0);
		await restoreCheck(store, check.id);
		expect(await listChecks(store)).toHaveLength(1);
	});
});

describe('rooms, one change at a time', () => {
	it('applies each change to the rooms as stored: a rename and an added room both kept', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const [stairs] = check.rooms;
		await Promise.all([
			renameRoom(store, check.id, stairs!.id, 'Attic stairs'),
			addRoom(store, check.id, { id: 'room-toilet', type: 'toilet', name: '' }, checkSummary),
			moveRoom(store, check.id, check.rooms[2]!.id, -1)
		]);
		const rooms = (await getCheck(store, check.id))!.rooms;
		// In the order they were asked: renamed, the toilet added before the person, who moves up.
		expect(rooms.map((room) => room.name || room.type)).toEqual([
			'Attic stairs',
			'Upstairs bathroom',
			'Mrs Jansen',
			'toilet'
		]);
	});

	it('removes one room with its answers and photos, and brings it all back', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const [stairs, bathroom] = check.rooms;
		await saveAnswer(
			store,
			change(check.id, stairs!.id, 'stairs.rail-any', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, bathroom!.id, 'bathroom.grab-rail', 'value', 'no'),
			checkSummary
		);
		await addPhoto(store, {
			checkId: check.id,
			roomId: bathroom!.id,
			itemId: 'bathroom.grab-rail',
			blob: fakePhoto(),
			width: 4,
			height: 3
		});
		const { check: without, removed } = await removeRoom(
			store,
			check.id,
			bathroom!.id,
			checkSummary
		);
		expect(without.rooms.map((room) => room.id)).not.toContain(bathroom!.id);
		expect(without.summary.hazards).toBe(1);
		expect(removed).toMatchObject({
			index: 1,
			room: bathroom,
			answers: [{ itemId: 'bathroom.grab-rail' }]
		});
		expect(await photosOfCheck(store, check.id)).toEqual([]);

		const back = await restoreRoom(store, removed!, checkSummary);
		expect(back.rooms.map((room) => room.id)).toEqual(check.rooms.map((room) => room.id));
		expect(back.summary.hazards).toBe(2);
		expect((await answersOf(store, check.id)).size).toBe(2);
		expect(await photosOfCheck(store, check.id)).toHaveLength(1);
		// Removing a room that is gone already changes nothing.
		expect(
			(await removeRoom(store, check.id, 'no-such-room', checkSummary)).removed
		).toBeUndefined();
	});

	it('drops an answer given in a room removed meanwhile (a stale window)', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const bathroom = check.rooms[1]!.id;
		await removeRoom(store, check.id, bathroom, checkSummary);
		await saveAnswer(
			store,
			change(check.id, bathroom, 'bathroom.grab-rail', 'value', 'no'),
			checkSummary
		);
		expect((await answersOf(store, check.id)).size).toBe(0);
	});
});

describe('a deleted check', () => {
	it('takes no more changes: answers, details, rooms and photos are refused with a named error', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const stairs = check.rooms[0]!.id;
		await deleteCheck(store, check.id, 1234);
		const refused = (promise: Promise<unknown>) =>
			expect(promise).rejects.toMatchObject({
				name: 'CheckDeletedError',
				checkId: check.id,
				deletedAt: 1234
			});
		await refused(saveAnswer(store, change(check.id, stairs, 'stairs.rail-any', 'value', 'no')));
		await refused(saveAnswers(store, [change(check.id, stairs, 'stairs.rail-any', 'note', 'x')]));
		await refused(updateCheck(store, check.id, { label: 'Renamed' }));
		await refused(renameRoom(store, check.id, stairs, 'Attic stairs'));
		await refused(
			addPhoto(store, {
				checkId: check.id,
				roomId: stairs,
				itemId: 'stairs.rail-any',
				blob: fakePhoto(),
				width: 4,
				height: 3
			})
		);
		expect(await store.count('answers')).toBe(0);
		expect(await store.count('photos')).toBe(0);
		await purgeDeleted(store, 2000);
		await expect(
			saveAnswer(store, change(check.id, stairs, 'stairs.rail-any', 'value', 'no'))
		).rejects.toBeInstanceOf(CheckDeletedError);
	});
});

describe('photos', () => {
	it('stores photos per room apart from the answers, and removes them', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const [stairs, bathroom] = check.rooms;
		const photo = await addPhoto(store, {
			checkId: check.id,
			roomId: stairs!.id,
			itemId: 'stairs.rail-any',
			blob: fakePhoto(),
			width: 1600,
			height: 1200
		});
		expect((await photosOfRoom(store, check.id, stairs!.id)).map((p) => p.id)).toEqual([photo.id]);
		expect(await photosOfRoom(store, check.id, bathroom!.id)).toEqual([]);
		expect(await store.count('answers')).toBe(0);
		const stored = (await photosOfRoom(store, check.id, stairs!.id))[0]!;
		expect(stored.blob.type).toBe('image/jpeg');
		await removePhoto(store, photo.id);
		expect(await photosOfCheck(store, check.id)).toEqual([]);
	});
});

describe('stored data from version 1', () => {
	it('reads the version-1 fixture with every record intact', async () => {
		const name = freshName();
		await openDBWithData(name, V1);
		const store = await keep(openFootingDB({ name }));
		const found = await openCheck(store, 'check-v1');
		expect(found!.check).toMatchObject({ label: V1.checks[0].label, lastRoomId: 'room-hall' });
		expect(found!.answers.get(answerKey('room-hall', 'stairs.rail-both-sides'))).toMatchObject({
			value: 'no',
			note: 'Rail only on the left'
		});
		expect((await photosOfCheck(store, 'check-v1')).map((p) => p.id)).toEqual(['photo-v1']);
		expect(await store.get('facts', 'lastBackupAt')).toBe(V1.facts.lastBackupAt);
	});

	it('fills defaults of old records as they load and keeps fields it does not know', async () => {
		const store = await keep(openFootingDB({ name: freshName() }));
		await store.put('checks', { id: 'bare', label: 'Bare', futureField: 42 } as never);
		const found = await openCheck(store, 'bare');
		expect(found!.check).toMatchObject({
			label: 'Bare',
			rooms: [],
			summary: { answered: 0, total: 0, hazards: 0 },
			futureField: 42
		});
	});
});

describe('opening the database', () => {
	it('gives up with a clear error instead of waiting forever for a tab that does not let go', async () => {
		const { freshName } = await import('./testing');
		const { openFootingDB } = await import('./open');
		const { MIGRATIONS } = await import('./migrations');
		const name = freshName();
		// An old tab holding version 1, with no handler to let go when a newer version asks.
		const stubborn = await openDB(name, 1, {
			upgrade: (database) => {
				database.createObjectStore('checks');
			}
		});
		const started = Date.now();
		await expect(
			openFootingDB({ name, migrations: [...MIGRATIONS, () => {}], timeoutMs: 300 })
		).rejects.toMatchObject({ name: 'DatabaseBlockedError' });
		expect(Date.now() - started).toBeLessThan(3000);
		stubborn.close();
	});
});
