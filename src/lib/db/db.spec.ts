import { checkSummary } from '$lib/checklist/rules';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { answerKey, type AnswerChange } from '$lib/checklist/check';
import {
	addPhoto,
	answersOf,
	createCheck,
	deleteCheck,
	getCheck,
	listChecks,
	oldestChangeSince,
	openCheck,
	photosOfCheck,
	photosOfRoom,
	purgeDeleted,
	removePhoto,
	restoreCheck,
	saveAnswer,
	saveAnswers,
	setRooms,
	updateCheck,
	addRoom,
	CheckDeletedError,
	moveRoom,
	removeRoom,
	renameRoom,
	restoreRoom,
	type Db,
	type NewCheck
} from '.';
import { change, newCheck, roomOf } from '../../../tests/fixtures/checks';
import { V1 } from './fixtures/v1';
import { openFootingDB } from './open';
import { closedAfterEach, fakePhoto, freshDB, freshName, openDBWithData } from './testing';
import { followUp } from './follow-up';

const home: NewCheck = newCheck({
	rooms: [
		'stairs',
		{ type: 'bathroom', name: 'Upstairs bathroom' },
		'home',
		{ type: 'personal', name: 'Mrs Jansen' }
	]
});

const keep = closedAfterEach();
/** A new, empty database, closed after the test. */
const db = (): Promise<Db> => keep(freshDB());

/** A stored check of the home above: its rooms' ids by kind. */
async function started(store: Db, input: NewCheck = home, at?: number) {
	const check = await createCheck(store, input, checkSummary, at);
	return {
		check,
		stairs: roomOf(check, 'stairs'),
		bathroom: roomOf(check, 'bathroom'),
		whole: roomOf(check, 'home'),
		person: roomOf(check, 'personal')
	};
}

/** The summary the list shows for a check. */
async function listed(store: Db, id: string) {
	return (await listChecks(store)).find((c) => c.id === id)!.summary;
}

describe('checks', () => {
	it('counts the list summary again when a check turns quick or full', async () => {
		const store = await db();
		const check = await createCheck(store, newCheck({ rooms: ['bathroom'] }), checkSummary);
		const bath = check.rooms[0]!.id;
		await saveAnswer(
			store,
			change(check.id, bath, 'bathroom.step-in', 'value', 'no'),
			checkSummary
		);
		const full = (await getCheck(store, check.id))!.summary;
		const quick = await updateCheck(store, check.id, { mode: 'quick' }, checkSummary);
		expect(quick!.summary.total).toBeLessThan(full.total);
		expect(quick!.summary.hazards).toBe(0); // the question answered is not one of the essentials
		expect((await getCheck(store, check.id))!.summary).toEqual(quick!.summary);
	});

	it('creates a check that the list shows with nothing answered yet, in its region and mode', async () => {
		const store = await db();
		const check = await createCheck(store, home, checkSummary);
		const list = await listChecks(store);
		expect(list.map((c) => c.label)).toEqual(['Mrs Jansen, Dorpsstraat 1']);
		expect(list[0]!.rooms.map((room) => room.type)).toEqual([
			'stairs',
			'bathroom',
			'home',
			'personal'
		]);
		expect(list[0]).toMatchObject({ region: 'nl', mode: 'full' });
		expect(list[0]!.summary).toEqual({
			answered: 0,
			total: checkSummary(check, new Map()).total,
			hazards: 0,
			openActions: 0
		});
		expect(list[0]!.summary.total).toBeGreaterThan(30);
		expect(new Set(check.rooms.map((room) => room.id)).size).toBe(4);
		// The quick check of the same home asks far fewer questions.
		const quick = await createCheck(
			store,
			{ ...home, mode: 'quick', region: 'general' },
			checkSummary
		);
		expect(await getCheck(store, quick.id)).toMatchObject({ region: 'general', mode: 'quick' });
		expect(quick.summary.total).toBeLessThan(list[0]!.summary.total / 2);
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

	it('saves an answer with the hazard and the open action counted in the list summary', async () => {
		const store = await db();
		const { check, stairs } = await started(store);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'yes'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-both-sides', 'value', 'no'),
			checkSummary
		);
		expect(await listed(store, check.id)).toMatchObject({
			answered: 2,
			hazards: 1,
			openActions: 1
		});
		const answers = await answersOf(store, check.id);
		expect(answers.get(answerKey(stairs, 'stairs.rail-both-sides'))?.value).toBe('no');
		// Done: still a hazard, no longer an open action.
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-both-sides', 'done', true),
			checkSummary
		);
		expect(await listed(store, check.id)).toMatchObject({ hazards: 1, openActions: 0 });
	});

	it('counts the fall-risk level of the person in the list summary', async () => {
		const store = await db();
		const { check, person } = await started(store);
		for (const [itemId, value] of [
			['balance.fallen', 'yes'],
			['falls.injured', 'yes']
		] as const)
			await saveAnswer(store, change(check.id, person, itemId, 'value', value), checkSummary);
		// Risk factors: a level, but no hazard.
		expect(await listed(store, check.id)).toMatchObject({ hazards: 0, riskLevel: 'high' });
	});

	it('keeps a timed test’s measure and how an answer was given', async () => {
		const store = await db();
		const { check, person } = await started(store);
		await saveAnswer(
			store,
			change(check.id, person, 'balance.unsteady', 'value', 'yes'),
			checkSummary
		);
		await saveAnswer(store, change(check.id, person, 'falls.tug', 'measured', 17.4), checkSummary);
		await saveAnswer(
			store,
			{ ...change(check.id, person, 'balance.worried', 'value', 'no'), given: 'still-same' },
			checkSummary
		);
		const answers = await answersOf(store, check.id);
		expect(answers.get(answerKey(person, 'falls.tug'))).toMatchObject({ measured: 17.4 });
		expect(answers.get(answerKey(person, 'balance.worried'))).toMatchObject({
			value: 'no',
			given: 'still-same'
		});
	});

	it('never lets an older change overwrite a newer one (a stale second tab)', async () => {
		const store = await db();
		const { check, stairs } = await started(store);
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
			change(check.id, stairs, 'stairs.rail-any', 'note', 'Rail came loose', 1500),
			checkSummary
		);
		const answer = (await answersOf(store, check.id)).get(answerKey(stairs, 'stairs.rail-any'));
		expect(answer).toMatchObject({ value: 'no', note: 'Rail came loose' });
		expect(await listed(store, check.id)).toMatchObject({ hazards: 1 });
	});

	it('keeps notes with markup, emoji and 2,000 characters exactly as typed', async () => {
		const store = await db();
		const { check, stairs } = await started(store);
		const note = `<script>alert("x")</script> 🏠 ) >> /JS \\ ${'x'.repeat(2000)}`;
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'note', note),
			checkSummary
		);
		const found = await openCheck(store, check.id);
		expect(found!.answers.get(answerKey(stairs, 'stairs.rail-any'))?.note).toBe(note);
	});

	it('changes details without losing answers, and remembers the room last open', async () => {
		const store = await db();
		const { check, stairs, bathroom } = await started(store);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'yes'),
			checkSummary
		);
		await updateCheck(store, check.id, {
			label: 'Mr Jansen',
			lastRoomId: bathroom,
			nextVisitDate: '2027-05-01',
			region: 'general'
		});
		const found = await openCheck(store, check.id);
		expect(found!.check).toMatchObject({
			label: 'Mr Jansen',
			lastRoomId: bathroom,
			nextVisitDate: '2027-05-01',
			region: 'general'
		});
		expect(found!.answers.size).toBe(1);
	});

	it('removing a room deletes its answers and photos and counts the summary again', async () => {
		const store = await db();
		const { check, stairs, bathroom } = await started(store);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(check.id, bathroom, 'bathroom.grab-rail', 'value', 'no'),
			checkSummary
		);
		await addPhoto(store, {
			checkId: check.id,
			roomId: bathroom,
			itemId: 'bathroom.grab-rail',
			blob: fakePhoto(),
			width: 4,
			height: 3
		});
		expect(await listed(store, check.id)).toMatchObject({ hazards: 2, openActions: 2 });
		const updated = await setRooms(
			store,
			check.id,
			check.rooms.filter((room) => room.id !== bathroom),
			checkSummary
		);
		expect(updated!.summary).toMatchObject({ answered: 1, hazards: 1, openActions: 1 });
		expect(updated!.summary.total).toBeLessThan(check.summary.total);
		expect((await answersOf(store, check.id)).size).toBe(1);
		expect(await photosOfCheck(store, check.id)).toEqual([]);
	});

	it('makes a follow-up visit: same rooms, region, mode and answers, linked, marked to check again', async () => {
		const store = await db();
		const { check: earlier, stairs } = await started(
			store,
			{ ...home, region: 'general', mode: 'quick' },
			1000
		);
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-any', 'value', 'no'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-any', 'note', 'No rail at all'),
			checkSummary
		);
		await saveAnswer(
			store,
			change(earlier.id, stairs, 'stairs.rail-any', 'done', true),
			checkSummary
		);
		const next = await followUp(store, earlier.id, '2027-02-01', 5000);
		expect(next).toMatchObject({
			previousId: earlier.id,
			visitDate: '2027-02-01',
			label: home.label,
			region: 'general',
			mode: 'quick'
		});
		expect(next!.rooms).toEqual(earlier.rooms);
		const copied = (await answersOf(store, next!.id)).get(answerKey(stairs, 'stairs.rail-any'));
		// The whole action comes along, the done tick too: it is asked again as "still fine?".
		expect(copied).toMatchObject({
			value: 'no',
			note: 'No rail at all',
			done: true,
			fromPrevious: true
		});
		// Nothing re-checked yet; the hazard and its action as they were.
		expect(next!.summary).toMatchObject({ answered: 0, hazards: 1 });
		expect(next!.clientId).toBe(earlier.id);
		// The earlier check is untouched.
		const before = (await answersOf(store, earlier.id)).get(answerKey(stairs, 'stairs.rail-any'));
		expect(before).toMatchObject({ done: true });
		expect(before!.fromPrevious).toBeUndefined();
	});

	it('carries the latest photos of each open hazard, as the "before", and keeps the client over ten visits', async () => {
		const store = await db();
		const { check: first, stairs, bathroom } = await started(store, home, 1000);
		const hazard = (checkId: string, roomId: string, itemId: string, at: number) =>
			saveAnswer(store, change(checkId, roomId, itemId, 'value', 'no', at), checkSummary);
		await hazard(first.id, stairs, 'stairs.rail-any', 1001);
		await hazard(first.id, bathroom, 'bathroom.grab-rail', 1002);
		const photo = (checkId: string, roomId: string, itemId: string, at: number) =>
			addPhoto(store, { checkId, roomId, itemId, blob: fakePhoto(), width: 4, height: 3 }, at);
		const rail = await photo(first.id, stairs, 'stairs.rail-any', 1100);
		await photo(first.id, bathroom, 'bathroom.grab-rail', 1101);
		// The grab rail is fitted at the first visit already: its photos stay there.
		await saveAnswer(
			store,
			change(first.id, bathroom, 'bathroom.grab-rail', 'done', true, 1200),
			checkSummary
		);
		let visit = first;
		const visits = [first];
		for (let n = 1; n <= 10; n++) {
			visit = await followUp(
				store,
				visit.id,
				`2027-01-${String(n + 1).padStart(2, '0')}`,
				2000 * n
			);
			visits.push(visit);
			const photos = await photosOfCheck(store, visit.id);
			// One photo each time, the first visit's picture of the stairs, never piling up.
			expect(photos).toHaveLength(1);
			expect(photos[0]).toMatchObject({
				roomId: stairs,
				itemId: 'stairs.rail-any',
				createdAt: rail.createdAt,
				fromPrevious: true
			});
			expect(visit.clientId).toBe(first.id);
		}
		// A new photo at visit 5 is the one carried from then on.
		const fifth = visits[5]!;
		const newer = await photo(fifth.id, stairs, 'stairs.rail-any', 20_000);
		const sixthAgain = await followUp(store, fifth.id, '2027-02-01', 30_000);
		expect((await photosOfCheck(store, sixthAgain.id)).map((p) => p.createdAt)).toEqual([
			newer.createdAt
		]);
		// Deleting visits in the middle leaves the rest with their client and their photos.
		await deleteCheck(store, visits[1]!.id, 40_000);
		await purgeDeleted(store, 50_000);
		expect((await getCheck(store, visits[10]!.id))!.clientId).toBe(first.id);
		expect(await photosOfCheck(store, visits[10]!.id)).toHaveLength(1);
		expect(await photosOfCheck(store, first.id)).toHaveLength(2);
	});

	it('answering a copied item again clears "from the last visit"', async () => {
		const store = await db();
		const { check: earlier, stairs } = await started(store, home, 1000);
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
		expect(await listed(store, next!.id)).toMatchObject({ hazards: 0 });
	});

	it('deletes a check so that undo brings it back, and purging removes it for good', async () => {
		const store = await db();
		const { check, stairs } = await started(store);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'no'),
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

/**
 * The database with a handler on every put, so that the test sees only the failure the save
 * reports: saveAnswers leaves its puts unawaited, and an aborted transaction rejects each one.
 */
function watched(store: Db): Db {
	const bound = (target: object, key: PropertyKey): unknown => {
		const value: unknown = Reflect.get(target, key);
		return typeof value === 'function' ? value.bind(target) : value;
	};
	const objectStore = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'put'
					? bound(target, key)
					: (...args: unknown[]) => {
							const request = (target as { put: (...a: unknown[]) => Promise<unknown> }).put(
								...args
							);
							request.catch(() => {});
							return request;
						}
		});
	const transaction = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'objectStore'
					? bound(target, key)
					: (name: string) =>
							objectStore((target as { objectStore: (n: string) => object }).objectStore(name))
		});
	return new Proxy(store, {
		get: (target, key) =>
			key !== 'transaction'
				? bound(target, key)
				: (...args: unknown[]) =>
						transaction((target.transaction as (...a: unknown[]) => object)(...args))
	});
}

describe('several changes saved together', () => {
	const FLOOR = [
		'general.loose-rug',
		'general.cord',
		'general.things-on-floor',
		'general.furniture-in-way',
		'general.floor-damaged',
		'general.slippery-floor',
		'general.dim-light'
	];

	/** The floor tick list of a room answered in one go: the rug and the cord ticked. */
	function floorList(checkId: string, roomId: string, at: number): AnswerChange[] {
		return FLOOR.map((itemId) =>
			change(
				checkId,
				roomId,
				itemId,
				'value',
				itemId === 'general.loose-rug' || itemId === 'general.cord' ? 'yes' : 'no',
				at
			)
		);
	}

	it('stores a whole tick list at once and counts it as one question answered', async () => {
		const store = await db();
		const { check, bathroom } = await started(store, home, 1000);
		const stored = await saveAnswers(
			store,
			floorList(check.id, bathroom, 5000),
			checkSummary,
			5000
		);
		expect([...stored.keys()]).toEqual(FLOOR.map((id) => answerKey(bathroom, id)));
		const answers = await answersOf(store, check.id);
		expect(FLOOR.map((id) => answers.get(answerKey(bathroom, id))?.value)).toEqual([
			'yes',
			'yes',
			'no',
			'no',
			'no',
			'no',
			'no'
		]);
		expect(await listed(store, check.id)).toMatchObject({
			answered: 1,
			hazards: 2,
			openActions: 2
		});
		expect((await getCheck(store, check.id))!.updatedAt).toBe(5000);
	});

	it('keeps how the answers were given', async () => {
		const store = await db();
		const { check, bathroom } = await started(store);
		const changes = floorList(check.id, bathroom, 5000).map((one) => ({
			...one,
			value: 'no' as const,
			given: 'rest-fine' as const
		}));
		await saveAnswers(store, changes, checkSummary);
		const answers = await answersOf(store, check.id);
		for (const id of FLOOR)
			expect(answers.get(answerKey(bathroom, id))).toMatchObject({
				value: 'no',
				given: 'rest-fine'
			});
	});

	it('stores all of them or none: a change that cannot be stored leaves everything as it was', async () => {
		const store = await db();
		const { check, bathroom, stairs } = await started(store);
		await saveAnswer(
			store,
			change(check.id, stairs, 'stairs.rail-any', 'value', 'no', 100),
			checkSummary
		);
		const before = await openCheck(store, check.id);
		const changes = floorList(check.id, bathroom, 5000);
		// The last one holds something IndexedDB cannot store, after the seven boxes were put.
		changes.push({
			...change(check.id, bathroom, 'bathroom.grab-rail', 'value', 'no', 5000),
			value: (() => 'no') as never
		});
		await expect(saveAnswers(watched(store), changes, checkSummary)).rejects.toMatchObject({
			name: 'DataCloneError'
		});
		expect(await openCheck(store, check.id)).toEqual(before);
		// Counting that fails after every answer was put undoes them too.
		const failing = vi.fn((): never => {
			throw new Error('counting failed');
		});
		await expect(
			saveAnswers(watched(store), floorList(check.id, bathroom, 6000), failing)
		).rejects.toThrow('counting failed');
		expect(failing).toHaveBeenCalledTimes(1);
		expect(await openCheck(store, check.id)).toEqual(before);
	});

	it('refuses changes of two checks at once, writing nothing', async () => {
		const store = await db();
		const a = await started(store);
		const b = await started(store);
		const before = await Promise.all([openCheck(store, a.check.id), openCheck(store, b.check.id)]);
		await expect(
			saveAnswers(
				store,
				[
					change(a.check.id, a.stairs, 'stairs.rail-any', 'value', 'no'),
					change(b.check.id, b.stairs, 'stairs.rail-any', 'value', 'no')
				],
				checkSummary
			)
		).rejects.toThrow(/one check/);
		expect(await Promise.all([openCheck(store, a.check.id), openCheck(store, b.check.id)])).toEqual(
			before
		);
	});

	it('ignores an older change of a field and applies the rest, reporting what is stored', async () => {
		const store = await db();
		const { check, bathroom } = await started(store, home, 1000);
		const rug = answerKey(bathroom, 'general.loose-rug');
		await saveAnswer(
			store,
			change(check.id, bathroom, 'general.loose-rug', 'value', 'no', 9000),
			checkSummary
		);
		const stored = await saveAnswers(store, floorList(check.id, bathroom, 5000), checkSummary);
		// The rug was answered later elsewhere: that answer stays, and is what comes back.
		expect(stored.get(rug)).toMatchObject({ value: 'no', changedAt: { value: 9000 } });
		const answers = await answersOf(store, check.id);
		expect(answers.get(rug)?.value).toBe('no');
		expect(answers.get(answerKey(bathroom, 'general.cord'))?.value).toBe('yes');
		expect(await listed(store, check.id)).toMatchObject({ answered: 1, hazards: 1 });
	});

	it('counts the summary once, with every change in it', async () => {
		const store = await db();
		const { check, bathroom, stairs } = await started(store);
		const summarize = vi.fn(checkSummary);
		await saveAnswers(
			store,
			[
				...floorList(check.id, bathroom, 5000),
				change(check.id, stairs, 'stairs.rail-any', 'value', 'no', 5000)
			],
			summarize
		);
		expect(summarize).toHaveBeenCalledTimes(1);
		expect(summarize.mock.calls[0]![1].size).toBe(FLOOR.length + 1);
		expect(await listed(store, check.id)).toMatchObject({
			answered: 2,
			hazards: 3,
			openActions: 3
		});
	});

	it('does nothing for no changes, and refuses changes of a check deleted for good meanwhile', async () => {
		const store = await db();
		const { check, bathroom } = await started(store);
		const summarize = vi.fn(checkSummary);
		expect((await saveAnswers(store, [], summarize)).size).toBe(0);
		await deleteCheck(store, check.id, 1);
		await purgeDeleted(store, 2);
		await expect(
			saveAnswers(store, floorList(check.id, bathroom, 5000), summarize)
		).rejects.toBeInstanceOf(CheckDeletedError);
		expect(await store.count('answers')).toBe(0);
		expect(summarize).not.toHaveBeenCalled();
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
			moveRoom(store, check.id, check.rooms[1]!.id, -1)
		]);
		const rooms = (await getCheck(store, check.id))!.rooms;
		// All three kept: the stairs renamed, the bathroom moved up, the toilet added before the
		// whole home's and the person's screens.
		expect(rooms.map((room) => room.name || room.type)).toEqual([
			'Upstairs bathroom',
			'Attic stairs',
			'toilet',
			'home',
			'Mrs Jansen'
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

describe('the oldest change not backed up', () => {
	it('is the oldest change after the given time to a check still on the list', async () => {
		const store = await db();
		const old = await createCheck(store, home, checkSummary, 1000);
		await createCheck(store, home, checkSummary, 3000);
		await createCheck(store, home, checkSummary, 5000);
		expect(await oldestChangeSince(store, 0)).toBe(1000);
		expect(await oldestChangeSince(store, 1000)).toBe(3000);
		expect(await oldestChangeSince(store, 5000)).toBeUndefined();
		// A deleted check needs no backup.
		await deleteCheck(store, old.id, 6000);
		expect(await oldestChangeSince(store, 0)).toBe(3000);
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
		expect(found!.check).toMatchObject({
			label: V1.checks[0].label,
			lastRoomId: 'room-hall',
			mode: 'full'
		});
		// The whole home gets a room of its own, before the person.
		expect(found!.check.rooms.map((room) => [room.id, room.type])).toEqual([
			['room-hall', 'stairs'],
			['home', 'home'],
			['room-person', 'personal']
		]);
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
			region: 'general',
			mode: 'full',
			summary: { answered: 0, total: 0, hazards: 0, openActions: 0 },
			futureField: 42
		});
		// A summary from before open actions were counted: every hazard is open.
		await store.put('checks', {
			id: 'old',
			label: 'Old',
			summary: { answered: 3, total: 40, hazards: 2 }
		} as never);
		expect((await openCheck(store, 'old'))!.check.summary).toEqual({
			answered: 3,
			total: 40,
			hazards: 2,
			openActions: 2
		});
	});

	it('reads a name saved before names were cleaned without the characters that reorder it', async () => {
		const store = await keep(openFootingDB({ name: freshName() }));
		await store.put('checks', {
			id: 'spoofed',
			label: 'Invoice\u202Egnp.exe',
			rooms: [{ id: 'p', type: 'personal', name: '\u200BJan\u0007' }]
		} as never);
		const { check } = (await openCheck(store, 'spoofed'))!;
		expect(check.label).toBe('Invoicegnp.exe');
		expect(check.rooms[0]!.name).toBe('Jan');
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
