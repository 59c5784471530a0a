import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerKey, type Answer } from '$lib/checklist/check';
import * as contentTools from '$lib/checklist/content-tools';
import { checkSummary } from '$lib/checklist/rules';
import { forgetKey, openCheck, photosOfCheck, type Db } from '.';
import {
	CONTENT_VERSION,
	contentUpgradeDue,
	upgradeContent,
	type ContentTools
} from './content-upgrade';
import { FIXTURES } from './fixtures';
import { V1 } from './fixtures/v1';
import { V2 } from './fixtures/v2';
import { prepareLock, turnOnLock } from './lock';
import { openFootingDB } from './open';
import {
	closedAfterEach,
	freshDB,
	freshName,
	MemoryStorage,
	openDBWithData,
	type Fixture
} from './testing';

const keep = closedAfterEach();
afterEach(() => forgetKey());

/** The checklist's own tools, as the app passes them, for a device in the Netherlands. */
const TOOLS: ContentTools = { ...contentTools, region: 'nl' };

/** A database stored by an earlier version, opened (migrated) by this one. */
async function opened(fixture: Fixture): Promise<Db> {
	const name = freshName();
	await openDBWithData(name, fixture);
	return keep(openFootingDB({ name }));
}

/** Every record of the database, photos without their bytes: to prove nothing changed. */
async function dump(db: Db): Promise<string> {
	const [checks, answers, photos, keys, facts] = await Promise.all([
		db.getAll('checks'),
		db.getAll('answers'),
		db.getAll('photos'),
		db.getAllKeys('facts'),
		db.getAll('facts')
	]);
	return JSON.stringify({
		checks,
		answers,
		photos: photos.map(({ blob, ...photo }) => ({ ...photo, size: blob.size })),
		facts: keys.map((key, i) => [key, facts[i]])
	});
}

/** The answers of a check as [room/item, value] pairs, sorted. */
function values(answers: ReadonlyMap<string, Answer>): [string, string | undefined][] {
	return [...answers.entries()]
		.map(([key, a]) => [key, a.value] as [string, string | undefined])
		.sort();
}

describe('the content upgrade after the checklist changed', () => {
	it('is not due on a new database: a first visit does not load the checklist to move nothing', async () => {
		const db = await keep(freshDB());
		expect(await contentUpgradeDue(db)).toBe(false);
	});

	it('is due after opening a database of every version before the new checklist, and not once it ran', async () => {
		// Version 3 and later store the answers of the new checklist already.
		const before = Object.values(FIXTURES).filter((fixture) => fixture.version < 3);
		expect(before.length).toBeGreaterThan(0);
		for (const fixture of Object.values(FIXTURES).filter((f) => f.version >= 3)) {
			expect(await contentUpgradeDue(await opened(fixture)), `version ${fixture.version}`).toBe(
				false
			);
		}
		for (const fixture of before) {
			const db = await opened(fixture);
			expect(await contentUpgradeDue(db)).toBe(true);
			expect(await upgradeContent(db, TOOLS)).toBe(fixture.checks.length);
			expect(await db.get('facts', 'contentVersion')).toBe(CONTENT_VERSION);
			expect(await contentUpgradeDue(db)).toBe(false);
		}
	});

	it('moves the answers of version 2 to the new items: boxes turned round, rooms merged into the home', async () => {
		const db = await opened(V2);
		await upgradeContent(db, TOOLS);
		const { check, answers } = (await openCheck(db, 'check-v2'))!;
		const home = 'home';
		expect(check.rooms.map((room) => room.id)).toEqual([
			'room-living',
			'room-kitchen',
			'room-toilet',
			'room-hall',
			home,
			'room-smit'
		]);
		expect(values(answers)).toEqual([
			[`${home}/home.night-route-lit`, 'no'],
			[`${home}/home.switch-far`, 'yes'],
			['room-hall/stairs.rail-any', 'no'],
			['room-hall/stairs.rail-both-sides', 'no'],
			['room-living/general.loose-rug', 'yes'],
			['room-smit/bones.age', 'yes'],
			['room-toilet/toilet.rail', 'no']
		]);
		// "Are the rugs fixed?" no: a loose rug, with everything the user added to it.
		expect(answers.get('room-living/general.loose-rug')).toMatchObject({
			value: 'yes',
			note: 'Loose runner by the sofa',
			priority: 'high',
			owner: 'family',
			due: '2026-07-01',
			changedAt: { value: 1_780_000_100_000 }
		});
		// The switch is by the door in the kitchen, not in the living room: the home has a switch
		// too far away. The kitchen's note comes along.
		expect(answers.get(`${home}/home.switch-far`)).toMatchObject({
			roomId: home,
			value: 'yes',
			note: 'Switch right by the door'
		});
		expect(answers.get(`${home}/home.night-route-lit`)).toMatchObject({
			value: 'no',
			note: 'Dark landing at night'
		});
		// A rail that is not firm: no sturdy rail. "Has anyone looked into the fall?" is gone.
		expect(answers.has('room-smit/balance.fall-checked')).toBe(false);
		expect(answers.get('room-toilet/toilet.rail')).toMatchObject({ value: 'no', done: true });
	});

	it('moves the answers of every check it can open: one damaged check stops neither the rest nor the app', async () => {
		(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
		const name = freshName();
		await openDBWithData(name, V2);
		const db = await keep(openFootingDB({ name }));
		await turnOnLock(db, await prepareLock('483920', 1000)); // sealed: a changed byte shows
		// One byte changed in the follow-up's record.
		const raw = await openDB(name);
		const record = (await raw.get('checks', 'check-v2-later')) as { sealed: Uint8Array };
		record.sealed[30]! ^= 1;
		await raw.put('checks', record);
		const damaged = JSON.stringify(record);

		expect(await upgradeContent(db, TOOLS)).toBe(V2.checks.length - 1);
		const { answers } = (await openCheck(db, 'check-v2'))!;
		expect(answers.get('room-living/general.loose-rug')).toMatchObject({
			value: 'yes',
			note: 'Loose runner by the sofa'
		});
		expect(await db.get('facts', 'contentVersion')).toBe(CONTENT_VERSION);
		// The damaged check and its answers are left as they were, for a backup to count.
		expect(JSON.stringify(await raw.get('checks', 'check-v2-later'))).toBe(damaged);
		expect(await raw.countFromIndex('answers', 'by-check', 'check-v2-later')).toBeGreaterThan(0);
		raw.close();
	});

	it('moves the answers of the follow-up and of a deleted check too, keeping "from the last visit"', async () => {
		const db = await opened(V2);
		await upgradeContent(db, TOOLS);
		const later = (await openCheck(db, 'check-v2-later'))!;
		expect(values(later.answers)).toEqual([
			['home/home.night-route-lit', 'yes'],
			['home/home.switch-far', 'yes']
		]);
		expect(later.answers.get('home/home.switch-far')?.fromPrevious).toBe(true);
		const deleted = await db.get('checks', 'check-v2-deleted');
		expect(deleted).toMatchObject({ deletedAt: V2.checks[2].deletedAt, region: 'nl' });
		// A person only: no room for the whole home.
		expect(deleted!.rooms.map((room) => room.type)).toEqual(['personal']);
		const answers = await db.getAllFromIndex('answers', 'by-check', 'check-v2-deleted');
		expect(answers.map((a) => [a.itemId, a.value])).toEqual([['footwear.stand-to-dress', 'no']]);
	});

	it('moves photos with their item, into the whole home where the item went', async () => {
		const db = await opened(V2);
		await upgradeContent(db, TOOLS);
		const photos = await photosOfCheck(db, 'check-v2');
		expect(photos.map((p) => [p.id, p.roomId, p.itemId])).toEqual([
			['photo-v2-rug', 'room-living', 'general.loose-rug'],
			['photo-v2-switch', 'home', 'home.switch-far'],
			['photo-v2-rail', 'room-hall', 'stairs.rail-both-sides']
		]);
		expect(photos.map((p) => [p.width, p.height, p.createdAt, p.blob.type])).toEqual(
			V2.photos.map((p) => [p.width, p.height, p.createdAt, 'image/jpeg'])
		);
	});

	it('counts every summary again for the list, with the region of the device', async () => {
		const db = await opened(V2);
		await upgradeContent(db, TOOLS);
		for (const id of ['check-v2', 'check-v2-later']) {
			const { check, answers } = (await openCheck(db, id))!;
			expect(check.region, id).toBe('nl');
			expect(check.summary, id).toEqual(checkSummary(check, answers));
		}
		const { check } = (await openCheck(db, 'check-v2'))!;
		// A loose rug, a switch too far, a dark way at night, no toilet rail (done), no sturdy rail.
		expect(check.summary).toMatchObject({ hazards: 5, openActions: 4 });
		expect(check.summary.total).not.toBe(V2.checks[0].summary.total);
		expect((await openCheck(db, 'check-v2-later'))!.check.summary).toMatchObject({
			hazards: 1,
			openActions: 1
		});
	});

	it('keeps the answers of version 1 that still mean the same, and counts it again', async () => {
		const db = await opened(V1);
		await upgradeContent(db, { ...TOOLS, region: 'general' });
		const { check, answers } = (await openCheck(db, 'check-v1'))!;
		expect(check.rooms.map((room) => room.type)).toEqual(['stairs', 'home', 'personal']);
		expect(check.region).toBe('general');
		expect(values(answers)).toEqual([
			['room-hall/stairs.rail-both-sides', 'no'],
			['room-person/balance.fallen', 'no']
		]);
		expect(answers.get(answerKey('room-hall', 'stairs.rail-both-sides'))?.note).toBe(
			'Rail only on the left'
		);
		expect(check.summary).toEqual(checkSummary(check, answers));
		expect(check.summary.openActions).toBe(check.summary.hazards);
		expect((await photosOfCheck(db, 'check-v1')).map((p) => p.itemId)).toEqual([
			'stairs.rail-both-sides'
		]);
		expect(await db.get('facts', 'lastBackupAt')).toBe(V1.facts.lastBackupAt);
	});

	it('does nothing when it runs a second time, whatever region is passed then', async () => {
		for (const fixture of Object.values(FIXTURES)) {
			const db = await opened(fixture);
			await upgradeContent(db, TOOLS);
			const once = await dump(db);
			const moveRetiredAnswers = vi.fn(contentTools.moveRetiredAnswers);
			await upgradeContent(db, { ...TOOLS, moveRetiredAnswers, region: 'general' });
			expect(moveRetiredAnswers).toHaveBeenCalled();
			expect(await dump(db)).toBe(once);
		}
	});

	it('moves everything or nothing: a failure half-way leaves the data as it was, to try again', async () => {
		const db = await opened(V2);
		const before = await dump(db);
		let counted = 0;
		const failing: ContentTools = {
			...TOOLS,
			summarize: (check, answers) => {
				counted += 1;
				if (counted === 2) throw new Error('counting failed');
				return checkSummary(check, answers);
			}
		};
		await expect(upgradeContent(db, failing)).rejects.toThrow('counting failed');
		expect(await dump(db)).toBe(before);
		expect(await contentUpgradeDue(db)).toBe(true);
		// The next opening tries again, and succeeds.
		await upgradeContent(db, TOOLS);
		expect(await contentUpgradeDue(db)).toBe(false);
		expect((await openCheck(db, 'check-v2'))!.answers.has('room-living/general.loose-rug')).toBe(
			true
		);
	});

	it('has nothing to move on a new device', async () => {
		const db = await keep(freshDB());
		expect(await upgradeContent(db, TOOLS)).toBe(0);
		expect(await contentUpgradeDue(db)).toBe(false);
		expect(await db.count('answers')).toBe(0);
	});
});
