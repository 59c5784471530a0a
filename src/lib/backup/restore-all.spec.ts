/**
 * Every check the app can make restores: each kind of check and answer, odd dates the date
 * field lets through, very many checks, big photos and very many rooms. Built through the data
 * layer, backed up and restored as Settings does it, and compared record by record.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerChange, Check } from '$lib/checklist/check';
import { checkSummary, itemsFor } from '$lib/checklist/rules';
import { ROOM_TYPES, type RoomKind } from '$lib/checklist/types';
import { addPhoto, createCheck, saveAnswer, saveAnswers, updateCheck, type Db } from '$lib/db';
import { followUp } from '$lib/db/follow-up';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { change, newCheck } from '../../../tests/fixtures/checks';
import { importBackup } from '$lib/db/backup';
import {
	backupAndRestore,
	dumpRecords,
	exportAll,
	jpegBlob,
	paddedJpeg,
	readFile,
	T
} from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

/** Every record but the facts, with each check's summary apart (restoring counts it again). */
async function content(store: Db) {
	const { checks, answers, photos } = await dumpRecords(store);
	return { checks: checks.map(({ summary: _summary, ...check }) => check), answers, photos };
}

/**
 * Restore everything of `source` on an empty device: it must hold the same records after.
 * With `asVersion1`, from a file of the format earlier Footings wrote (JSON) as well.
 */
async function expectRestoredWhole(source: Db, asVersion1 = false): Promise<Db> {
	const target = await db();
	await backupAndRestore(source, target);
	const want = await content(source);
	expect(await content(target)).toEqual(want);
	if (asVersion1) {
		const old = await db();
		const file = new Blob([await exportAll(source)], { type: 'application/json' });
		await importBackup(old, await readFile(file));
		expect(await content(old)).toEqual(want);
	}
	return target;
}

/** Answers for every item of a room, each field of an action used, as the screens save them. */
function answerEveryItem(check: Check, roomIndex: number, at: number): AnswerChange[] {
	const room = check.rooms[roomIndex]!;
	const changes: AnswerChange[] = [];
	for (const [i, item] of itemsFor(room.type).entries()) {
		const time = at + i * 10;
		const one = <F extends AnswerChange['field']>(
			field: F,
			value: AnswerChange<F>['value'],
			n = 0
		) => changes.push(change(check.id, room.id, item.id, field, value as never, time + n));
		if (item.kind === 'measure') {
			one('measured', item.range.min + 0.5);
			continue;
		}
		const hazardous = item.kind === 'hazard' || item.kind === 'risk-factor';
		const value = hazardous && i % 3 !== 2 ? item.hazardWhen : i % 5 === 4 ? 'na' : 'yes';
		changes.push({
			...change(check.id, room.id, item.id, 'value', value, time),
			...(i % 4 === 1 ? { given: 'rest-fine' as const } : {})
		});
		if (item.kind !== 'hazard' || value !== item.hazardWhen) continue;
		one('note', `Gezien in ${room.type} – “${item.id}” 👵🏼`, 1);
		if (i % 2) one('fix', `Eigen oplossing voor ${item.id}`, 2);
		one('owner', 'family', 3);
		one('priority', 'high', 4);
		one('due', `2027-0${(i % 9) + 1}-1${i % 10}`, 5);
		if (i % 3 === 0) one('done', true, 6);
	}
	return changes;
}

/** A device with a check of every kind the app makes, every field of every record used. */
async function everyKindOfCheck(store: Db): Promise<Check[]> {
	// A full check in the Netherlands: every kind of room, two bathrooms, the whole home, two persons.
	const rooms: (RoomKind | { type: RoomKind; name: string })[] = [
		...ROOM_TYPES,
		{ type: 'bathroom', name: 'Badkamer boven' },
		'home',
		{ type: 'personal', name: 'Mevr. de Vries' },
		{ type: 'personal', name: 'Dhr. de Vries' }
	];
	const full = await createCheck(
		store,
		newCheck({ label: 'Mevr. de Vries, Kerkstraat 3', rooms, region: 'nl', mode: 'full' }),
		checkSummary,
		T
	);
	for (const index of full.rooms.keys()) {
		await saveAnswers(store, answerEveryItem(full, index, T + 1000 * (index + 1)), checkSummary);
	}
	await updateCheck(store, full.id, { nextVisitDate: '2027-05-20', lastRoomId: full.rooms[2]!.id });
	for (const [i, room] of full.rooms.slice(0, 3).entries()) {
		const item = itemsFor(room.type)[0]!;
		await addPhoto(
			store,
			{
				checkId: full.id,
				roomId: room.id,
				itemId: item.id,
				blob: jpegBlob(64, 48, i),
				width: 64,
				height: 48
			},
			T + 90_000 + i
		);
	}
	// Its follow-up visit: answers copied "from the last visit", one confirmed still the same.
	const later = (await followUp(store, full.id, '2027-05-20', T + 1e8))!;
	const first = later.rooms[0]!;
	const firstItem = itemsFor(first.type)[0]!;
	await saveAnswer(store, {
		...change(later.id, first.id, firstItem.id, 'value', 'no', T + 1e8 + 1),
		given: 'still-same'
	});
	// A quick self-check of the general advice, with years a slip of the keyboard gives.
	const quick = await createCheck(
		store,
		newCheck({
			label: 'Ik zelf',
			checkedBy: 'self',
			region: 'general',
			mode: 'quick',
			visitDate: '0202-11-25',
			rooms: ['bathroom', 'home', 'personal']
		}),
		checkSummary,
		T + 2e8
	);
	const bath = quick.rooms[0]!.id;
	const rail = itemsFor('bathroom').find((item) => item.kind === 'hazard')!;
	await saveAnswer(
		store,
		change(quick.id, bath, rail.id, 'value', rail.hazardWhen, T + 2e8 + 1),
		checkSummary
	);
	await saveAnswer(store, change(quick.id, bath, rail.id, 'due', '2250-01-01', T + 2e8 + 2));
	for (const visitDate of ['2250-01-01', '1850-06-30', '1900-01-01', '2100-12-31']) {
		await createCheck(
			store,
			newCheck({ label: `Visit of ${visitDate}`, visitDate, rooms: ['toilet', 'home'] }),
			checkSummary,
			T + 3e8
		);
	}
	return [full, later, quick];
}

describe('every check the app can make restores', () => {
	it('every kind of check, room and answer, every field, odd years in dates', async () => {
		const source = await db();
		const [full] = await everyKindOfCheck(source);
		const target = await expectRestoredWhole(source, true);
		const stored = (await dumpRecords(target)).answers;
		// The fields of the newer Footing are all there.
		expect(stored.some((a) => a.given === 'rest-fine')).toBe(true);
		expect(stored.some((a) => a.given === 'still-same')).toBe(true);
		expect(stored.some((a) => a.fromPrevious === true)).toBe(true);
		expect(stored.some((a) => typeof a.measured === 'number')).toBe(true);
		const checks = (await dumpRecords(target)).checks;
		expect(checks.find((c) => c.id === full!.id)).toMatchObject({
			region: 'nl',
			mode: 'full',
			nextVisitDate: '2027-05-20'
		});
		expect(checks.map((c) => c.visitDate)).toEqual(
			expect.arrayContaining(['0202-11-25', '2250-01-01', '1850-06-30'])
		);
		expect(checks.some((c) => c.mode === 'quick' && c.region === 'general')).toBe(true);
	});

	it('102 rooms in one check', async () => {
		const source = await db();
		const rooms: RoomKind[] = [
			...Array.from({ length: 100 }, () => 'other' as const),
			'home',
			'personal'
		];
		const check = await createCheck(
			source,
			newCheck({ label: 'Een groot huis', rooms }),
			checkSummary,
			T
		);
		const changes = check.rooms.map((room, i) =>
			change(check.id, room.id, itemsFor(room.type)[0]!.id, 'value', 'yes', T + i + 1)
		);
		await saveAnswers(source, changes, checkSummary);
		expect(check.rooms).toHaveLength(102);
		await expectRestoredWhole(source, true);
	});

	it('2,002 checks', async () => {
		const source = await db();
		for (let i = 0; i < 2002; i++) {
			const check = await createCheck(
				source,
				newCheck({ label: `Client ${i}`, rooms: ['stairs', 'home'] }),
				checkSummary,
				T + i
			);
			await saveAnswer(
				source,
				change(check.id, check.rooms[0]!.id, 'stairs.rail-any', 'value', 'no', T + i + 1),
				checkSummary
			);
		}
		await expectRestoredWhole(source, true);
	}, 120_000);

	it('121 photos of 204 MB in all', async () => {
		const source = await db();
		const check = await createCheck(
			source,
			newCheck({ label: 'Veel foto’s', rooms: ['stairs', 'home'] }),
			checkSummary,
			T
		);
		const photo = paddedJpeg(1_690_000, 3);
		for (let i = 0; i < 121; i++) {
			await addPhoto(
				source,
				{
					checkId: check.id,
					roomId: check.rooms[0]!.id,
					itemId: 'stairs.rail-any',
					blob: new Blob([photo], { type: 'image/jpeg' }),
					width: 32,
					height: 24
				},
				T + i
			);
		}
		expect(121 * photo.length).toBeGreaterThan(204 * 1000 * 1000);
		await expectRestoredWhole(source);
	}, 120_000);
});
