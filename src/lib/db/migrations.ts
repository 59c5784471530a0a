/**
 * One step per database version; step N (index N - 1) upgrades version N - 1 to N. Steps run
 * inside the upgrade transaction and await nothing but its requests; openFootingDB aborts the
 * upgrade when a step throws, so the database keeps its old version and data.
 * Never change a released step: add a new one. See docs/data.md.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FootingDB } from './schema';
import { testMigrations } from './test-migrations';
import { withWholeHome } from './whole-home';

export type UpgradeTransaction = IDBPTransaction<
	FootingDB,
	StoreNames<FootingDB>[],
	'versionchange'
>;
export type Migration = (
	db: IDBPDatabase<FootingDB>,
	tx: UpgradeTransaction
) => void | Promise<void>;

const RELEASED: readonly Migration[] = [
	// 1: checks, their answers, photos of items, and facts about this device.
	(db) => {
		const checks = db.createObjectStore('checks', { keyPath: 'id' });
		checks.createIndex('by-updated', 'updatedAt');
		const answers = db.createObjectStore('answers', { keyPath: ['checkId', 'roomId', 'itemId'] });
		answers.createIndex('by-check', 'checkId');
		const photos = db.createObjectStore('photos', { keyPath: 'id' });
		photos.createIndex('by-check', 'checkId');
		photos.createIndex('by-room', ['checkId', 'roomId']);
		db.createObjectStore('facts');
	},
	// 2: find the follow-up visits of a check ("later visit on ...").
	(_db, tx) => {
		tx.objectStore('checks').createIndex('by-previous', 'previousId');
	},
	// 3: the whole home is asked once per check, in a room of its own (before the persons); a
	// check is a full walk unless made a quick check. The answers of retired items move to the
	// items that keep their meaning after the database opens (./content-upgrade.ts), since that
	// needs the checklist, which the database layer does not load.
	async (_db, tx) => {
		const checks = tx.objectStore('checks');
		let cursor = await checks.openCursor();
		while (cursor) {
			const check = cursor.value as unknown as LooseCheck;
			// The same function the backup reader uses for a check of a file made before then.
			const rooms = withWholeHome(Array.isArray(check.rooms) ? check.rooms : []);
			await cursor.update({ ...check, rooms, mode: check.mode ?? 'full' } as never);
			cursor = await cursor.continue();
		}
		await tx.objectStore('facts').put(1 as never, 'contentVersion' as never);
	},
	// 4: sending checks to the care record: where each stands, and the access token.
	(db) => {
		db.createObjectStore('sendings', { keyPath: 'checkId' });
		db.createObjectStore('secrets', { keyPath: 'name' });
	}
];

/** A check record of version 2, as far as version 3 reads it. */
interface LooseCheck {
	id: string;
	rooms?: { id: string; type: string; name: string }[];
	mode?: string;
}

/**
 * A test build (tests/e2e/builds.ts) adds the versions of ./test-migrations.ts. In every real
 * build `__FOOTING_VARIANT__` is '', the condition is decided at build time and the test steps
 * are left out of the bundle (a build test checks that).
 */
export const MIGRATIONS: readonly Migration[] = __FOOTING_VARIANT__
	? [...RELEASED, ...testMigrations(__FOOTING_VARIANT__)]
	: RELEASED;
