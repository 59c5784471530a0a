import { checkSummary } from '$lib/checklist/rules';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { newCheck } from '../../../tests/fixtures/checks';
import { createCheck, laterVisits, openCheck, saveAnswer } from '.';
import { followUp } from './follow-up';
import { contentUpgradeDue } from './content-upgrade';
import { FIXTURES } from './fixtures';
import { MIGRATIONS, type Migration } from './migrations';
import { openFootingDB } from './open';
import { closedAfterEach, freshName, openDBWithData } from './testing';

const keep = closedAfterEach();

/** The version a database is at now, read without upgrading it. */
async function versionOf(name: string): Promise<number> {
	const db = await openDB(name);
	const version = db.version;
	db.close();
	return version;
}

const failing: Migration = (_db, tx) => {
	tx.objectStore('checks').createIndex('by-visit' as never, 'visitDate');
	throw new Error('half-way failure');
};

/** Fails after awaiting a request, the way a data-converting step would. */
const failingLater: Migration = async (_db, tx) => {
	const checks = await tx.objectStore('checks').getAll();
	for (const check of checks) await tx.objectStore('checks').put({ ...check, label: 'CHANGED' });
	throw new Error('failure after converting records');
};

describe('migrations', () => {
	it('has a stored fixture of every earlier version', () => {
		for (let version = 1; version < MIGRATIONS.length; version++) {
			expect(FIXTURES[version], `fixture of version ${version}`).toBeDefined();
		}
	});

	for (const [version, fixture] of Object.entries(FIXTURES)) {
		it(`upgrades version ${version} to version ${MIGRATIONS.length} with every record intact`, async () => {
			const name = freshName();
			await openDBWithData(name, fixture);
			const db = await keep(openFootingDB({ name }));
			expect(db.version).toBe(MIGRATIONS.length);
			expect(await db.count('checks')).toBe(fixture.checks.length);
			expect(await db.count('answers')).toBe(fixture.answers.length);
			expect(await db.count('photos')).toBe(fixture.photos.length);
			for (const [key, value] of Object.entries(fixture.facts))
				expect(await db.get('facts', key as never), key).toEqual(value);
			for (const old of fixture.checks as { id: string; deletedAt?: number }[]) {
				const raw = await db.get('checks', old.id);
				expect(raw, old.id).toBeDefined();
				if (!old.deletedAt) expect(await openCheck(db, old.id), old.id).toBeDefined();
			}
		});
	}

	it('version 3 gives every check with a room of the home a room for the whole home, before the persons', async () => {
		for (const fixture of Object.values(FIXTURES).filter((f) => f.version < 3)) {
			const name = freshName();
			await openDBWithData(name, fixture);
			const db = await keep(openFootingDB({ name }));
			for (const old of fixture.checks as { id: string; rooms: { id: string; type: string }[] }[]) {
				const check = await db.get('checks', old.id);
				const hasHomeRooms = old.rooms.some((room) => room.type !== 'personal');
				const expected = old.rooms.map((room) => [room.id, room.type]);
				if (hasHomeRooms) {
					const at = old.rooms.findIndex((room) => room.type === 'personal');
					expected.splice(at < 0 ? expected.length : at, 0, ['home', 'home']);
				}
				expect(
					check!.rooms.map((room) => [room.id, room.type]),
					old.id
				).toEqual(expected);
				// Every check made before the quick check is a full walk.
				expect(check!.mode, old.id).toBe('full');
			}
			// The answers still use the old item ids: the content upgrade moves them.
			expect(await db.get('facts', 'contentVersion')).toBe(1);
			expect(await contentUpgradeDue(db)).toBe(true);
		}
	});

	it('version 4 adds where sending to the care record stands, and the token, empty', async () => {
		for (const fixture of Object.values(FIXTURES)) {
			const name = freshName();
			await openDBWithData(name, fixture);
			const db = await keep(openFootingDB({ name }));
			expect(await db.count('sendings')).toBe(0);
			expect(await db.count('secrets')).toBe(0);
			// The check of version 3 keeps its every field, and nothing is added to it.
			if (fixture.version === 3)
				expect(await db.get('checks', 'check-v3')).toEqual(fixture.checks[0]);
		}
	});

	it('version 2 finds the follow-up visits of a check', async () => {
		const name = freshName();
		await openDBWithData(name, FIXTURES[1]!);
		const db = await keep(openFootingDB({ name }));
		const later = await followUp(db, 'check-v1', '2027-01-10');
		expect((await laterVisits(db, 'check-v1')).map((c) => c.id)).toEqual([later!.id]);

		// A follow-up stored by version 2 is found too.
		const v2 = freshName();
		await openDBWithData(v2, FIXTURES[2]!);
		const db2 = await keep(openFootingDB({ name: v2 }));
		expect((await laterVisits(db2, 'check-v2')).map((c) => c.id)).toEqual(['check-v2-later']);
	});

	for (const [what, step] of [
		['throws part-way', failing],
		['fails after converting records', failingLater]
	] as const) {
		it(`a migration that ${what} leaves version and data as they were; the fixed build then opens`, async () => {
			const name = freshName();
			await openDBWithData(name, FIXTURES[1]!);
			await expect(
				openFootingDB({ name, migrations: [...MIGRATIONS, step] })
			).rejects.toMatchObject({
				name: 'UpgradeFailedError'
			});
			expect(await versionOf(name)).toBe(1);
			const raw = await openDB(name);
			expect(raw.objectStoreNames.contains('checks')).toBe(true);
			expect((await raw.get('checks', 'check-v1')).label).toBe('Mrs Jansen, Dorpsstraat 1');
			raw.close();

			const fixed = await keep(openFootingDB({ name }));
			expect(fixed.version).toBe(MIGRATIONS.length);
			const found = await openCheck(fixed, 'check-v1');
			expect(found!.answers.get(answerKey('room-hall', 'stairs.rail-both-sides'))?.note).toBe(
				'Rail only on the left'
			);
		});
	}

	it('an old tab lets go when a newer version opens, after starting its last write', async () => {
		const name = freshName();
		let told = false;
		const old = await openFootingDB({
			name,
			onVersionChange(db) {
				told = true;
				// The old tab's pending note: started synchronously, before its connection closes.
				void saveAnswer(db, {
					checkId: check.id,
					roomId: check.rooms[0]!.id,
					itemId: 'stairs.rail-any',
					field: 'note',
					value: 'typed just before the update',
					at: Date.now()
				});
			}
		});
		const check = await createCheck(
			old,
			newCheck({ label: 'Two tabs', rooms: ['stairs', 'home'] }),
			checkSummary
		);
		const newer = await keep(
			openFootingDB({ name, migrations: [...MIGRATIONS, () => {}], timeoutMs: 2000 })
		);
		expect(told).toBe(true);
		expect(newer.version).toBe(MIGRATIONS.length + 1);
		const found = await openCheck(newer, check.id);
		expect(found!.answers.get(answerKey(check.rooms[0]!.id, 'stairs.rail-any'))?.note).toBe(
			'typed just before the update'
		);
	});
});
