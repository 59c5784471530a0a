/**
 * Checks made before the checklist changed, read from a backup: they must come out exactly as
 * the database upgrades the same records (migration 3 and content-upgrade.ts), once, and a
 * check made since must come out as it went in, however often it is backed up and restored.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/checklist/check';
import * as contentTools from '$lib/checklist/content-tools';
import { compareVisits } from '$lib/checklist/plan';
import { checkSummary } from '$lib/checklist/rules';
import { listChecks, openCheck, photosOfCheck, removeRoom, type Db } from '$lib/db';
import { findConflicts, importBackup } from '$lib/db/backup';
import { upgradeContent } from '$lib/db/content-upgrade';
import { V2 } from '$lib/db/fixtures/v2';
import { openFootingDB } from '$lib/db/open';
import { closedAfterEach, freshDB, freshName, openDBWithData } from '$lib/db/testing';
import { makeJpeg } from '../../../tests/fixtures/images';
import { bytesToBase64 } from './format';
import {
	backupAndRestore,
	entriesOf,
	exportAll,
	makeArchive,
	parsed,
	readFile,
	seedDevice
} from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

const JPEG = new Uint8Array(makeJpeg(4, 3, 7));

/**
 * The photos of the version-2 records, and one more: a photo of "Has anyone looked into the
 * fall?", an item the checklist dropped with nothing in its place.
 */
const PHOTOS = [
	...V2.photos,
	{
		id: 'photo-v2-fall',
		checkId: 'check-v2',
		roomId: 'room-smit',
		itemId: 'balance.fall-checked',
		width: 4,
		height: 3,
		createdAt: 1_780_000_710_000
	}
];

/** The backup (format 1) a Footing of database version 2 made of these records. */
function oldBackup(): string {
	const live = V2.checks.filter((check) => !('deletedAt' in check));
	return JSON.stringify({
		format: 'footing-backup',
		version: 1,
		exportedAt: new Date(V2.facts.lastBackupAt).toISOString(),
		app: { version: '0.1.0' },
		checks: live.map((check) => ({
			check,
			answers: V2.answers.filter((a) => a.checkId === check.id),
			photos: PHOTOS.filter((p) => p.checkId === check.id).map(({ checkId: _c, ...photo }) => ({
				...photo,
				type: 'image/jpeg',
				data: bytesToBase64(JPEG)
			}))
		}))
	});
}

/** A device that stored the same records in database version 2, then opened this version. */
async function upgradedDevice(): Promise<Db> {
	const name = freshName();
	await openDBWithData(name, { ...V2, photos: PHOTOS });
	const store = await keep(openFootingDB({ name }));
	await upgradeContent(store, { ...contentTools, region: 'nl' });
	// The same photo bytes as in the file, so "already here" can hold.
	for (const photo of await store.getAll('photos'))
		await store.put('photos', { ...photo, blob: new Blob([JPEG], { type: 'image/jpeg' }) });
	return store;
}

const byKey = (answers: readonly Answer[]) =>
	[...answers].sort((a, b) => `${a.roomId}/${a.itemId}`.localeCompare(`${b.roomId}/${b.itemId}`));
const photoRows = (photos: readonly { id: string; roomId: string; itemId: string }[]) =>
	photos.map((p) => [p.id, p.roomId, p.itemId]).sort();

describe('a backup made before the checklist changed', () => {
	it('reads as the database upgrades the same visits: one whole home of the same id, the same answers and photos, "already here"', async () => {
		const device = await upgradedDevice();
		const backup = parsed(oldBackup(), 'nl');
		const entries = await entriesOf(backup);
		expect(entries.map((e) => e.check.id)).toEqual(['check-v2', 'check-v2-later']);
		for (const entry of entries) {
			const stored = (await openCheck(device, entry.check.id))!;
			const id = entry.check.id;
			expect(
				entry.check.rooms.filter((room) => room.type === 'home'),
				id
			).toHaveLength(1);
			expect(entry.check.rooms, id).toEqual(stored.check.rooms);
			expect([entry.check.region, entry.check.mode], id).toEqual(['nl', 'full']);
			expect(byKey(entry.answers), id).toEqual(byKey([...stored.answers.values()]));
			expect(photoRows(entry.photos), id).toEqual(
				photoRows(await photosOfCheck(device, entry.check.id))
			);
		}
		// Restoring it on the device that upgraded the same visits changes nothing.
		expect((await findConflicts(device, backup)).map((c) => [c.checkId, c.identical])).toEqual([
			['check-v2', true],
			['check-v2-later', true]
		]);
	});

	it('compares its follow-up visit with the first: a whole-home hazard of both is still open, not new', async () => {
		const entries = await entriesOf(parsed(oldBackup(), 'nl'));
		const [first, later] = entries.map((entry) => ({
			check: entry.check,
			answers: new Map(entry.answers.map((a) => [`${a.roomId}/${a.itemId}`, a]))
		}));
		const changes = compareVisits(first!, later!);
		const items = (actions: typeof changes.added) => actions.map((a) => a.item.id).sort();
		// A light switch too far from the door, then and now; the dark way to the toilet lit since.
		expect(items(changes.remaining)).toContain('home.switch-far');
		expect(items(changes.added)).not.toContain('home.switch-far');
		expect(items(changes.resolved)).toContain('home.night-route-lit');
	});

	it('does not call a photo of an item the checklist dropped an answer from a newer Footing', async () => {
		const backup = parsed(oldBackup(), 'nl');
		expect(backup.unknownItemIds).toEqual([]);
		// Kept where it was, as the database's upgrade keeps it.
		const [entry] = await entriesOf(backup);
		expect(photoRows(entry!.photos)).toContainEqual([
			'photo-v2-fall',
			'room-smit',
			'balance.fall-checked'
		]);
		// Nor does any later backup of a device that upgraded the same visits.
		const device = await upgradedDevice();
		expect((await readFile(await makeArchive(device))).unknownItemIds).toEqual([]);
	});
});

describe('the room for the whole home, backed up and restored again and again', () => {
	it('stays as the user left it: one where a check has one, none where it was removed', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const home = b.rooms.find((room) => room.type === 'home')!;
		await removeRoom(source, b.id, home.id, checkSummary);
		await importBackup(source, parsed(oldBackup(), 'nl'));
		const roomsOf = async (store: Db) =>
			Object.fromEntries((await listChecks(store)).map((c) => [c.id, c.rooms]));
		const expected = await roomsOf(source);
		expect(expected[b.id]!.map((room) => room.type)).toEqual(['kitchen']);
		expect(expected[a.id]!.filter((room) => room.type === 'home')).toHaveLength(1);
		expect(expected['check-v2']!.filter((room) => room.type === 'home')).toHaveLength(1);

		// Read from either format, each check has the rooms it had.
		for (const entry of await entriesOf(parsed(await exportAll(source), 'nl')))
			expect(entry.check.rooms, entry.check.id).toEqual(expected[entry.check.id]);
		let from = source;
		for (let round = 1; round <= 2; round++) {
			const target = await db();
			await backupAndRestore(from, target);
			expect(await roomsOf(target), `round ${round}`).toEqual(expected);
			from = target;
		}
	});
});
