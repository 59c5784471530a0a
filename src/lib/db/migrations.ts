/**
 * One step per database version; step N (index N - 1) upgrades version N - 1 to N. Steps run
 * inside the upgrade transaction and await nothing but its requests; openFootingDB aborts the
 * upgrade when a step throws, so the database keeps its old version and data.
 * Never change a released step: add a new one. See docs/data.md.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FootingDB } from './schema';

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
	}
];

/**
 * Extra versions for tests only (tests/e2e/builds.ts builds them as separate apps): 'next' is
 * a later version that changes nothing, 'broken' one whose migration fails part-way. Real
 * builds have no variant, and these steps are left out of them entirely.
 */
const TEST_VERSIONS: Record<string, readonly Migration[]> = {
	next: [() => {}],
	broken: [
		(_db, tx) => {
			tx.objectStore('checks').createIndex('by-visit' as never, 'visitDate');
			throw new Error('This test migration fails part-way, on purpose.');
		}
	]
};

const variant = typeof __FOOTING_VARIANT__ === 'string' ? __FOOTING_VARIANT__ : '';

export const MIGRATIONS: readonly Migration[] = [...RELEASED, ...(TEST_VERSIONS[variant] ?? [])];
