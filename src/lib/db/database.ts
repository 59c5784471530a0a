/**
 * The connection to Footing's database: opened once per tab on first use, and after a passcode
 * is set only once this tab is unlocked. Kept apart from the barrel (./index.ts) so that the
 * start page, which imports this and the modules it reads, does not carry the code of every
 * screen's storage (rooms, answers, photos, the care record) in its first load.
 */
import { contentUpgradeDue, upgradeContent } from './content-upgrade';
import { eraseDevice } from './erase';
import { DatabaseClosedError } from './errors';
import { journalWaiting } from './journal';
import { forgetKey, untilUnlocked } from './keyring';
import { openFootingDB } from './open';
import type { Db } from './write';

let connecting: Promise<Db> | undefined;
let opening: Promise<Db> | undefined;
let closedForUpgrade = false;
const versionChangeListeners = new Set<(db: Db) => void>();

function connection(): Promise<Db> {
	if (closedForUpgrade) {
		return Promise.reject(new DatabaseClosedError('A newer Footing opened in another tab.'));
	}
	if (!connecting) {
		connecting = openFootingDB({
			onVersionChange(db) {
				closedForUpgrade = true;
				for (const listener of versionChangeListeners) listener(db);
			},
			onTerminated() {
				connecting = undefined;
				opening = undefined;
			}
		});
		connecting.catch(() => (connecting = undefined)); // let the next call try again
	}
	return connecting;
}

/**
 * The connection before it is unlocked: only for the passcode itself (./lock.ts), which
 * reads nothing of a person.
 */
export function databaseWhileLocked(): Promise<Db> {
	return connection();
}

/**
 * The app's connection to its database, opened on first use; with a passcode set, it waits
 * until this tab is unlocked.
 */
export function database(): Promise<Db> {
	if (closedForUpgrade) {
		return Promise.reject(new DatabaseClosedError('A newer Footing opened in another tab.'));
	}
	if (!opening) {
		opening = connection().then(async (db) => {
			await untilUnlocked(db);
			// What a page that went away had not saved yet is saved before anything is read
			// (with the checklist's counts, loaded only then, for the list's summary).
			if (journalWaiting()) {
				const [{ replayJournal }, { checkSummary }] = await Promise.all([
					import('./replay'),
					import('$lib/checklist/rules')
				]);
				await replayJournal(db, checkSummary).catch((error: unknown) => console.error(error));
			}
			// Answers of retired items move to the new ones once (the checklist loads only then).
			// If that fails (a full device), nothing moved, and the app opens all the same: it is
			// tried again at the next start, and an answer given meanwhile is merged with the
			// moved one then (the finding wins, notes are both kept).
			if (await contentUpgradeDue(db)) {
				try {
					const [tools, { deviceRegion }] = await Promise.all([
						import('$lib/checklist/content-tools'),
						import('$lib/i18n/region')
					]);
					await upgradeContent(db, { ...tools, region: deviceRegion() });
				} catch (error) {
					console.error(error);
				}
			}
			return db;
		});
		opening.catch(() => (opening = undefined)); // let the next call try again
	}
	return opening;
}

/**
 * Run `listener` when a newer version of Footing in another tab needs the database: it gets
 * the connection, still open, to start its last writes synchronously before it closes.
 */
export function onVersionChange(listener: (db: Db) => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}

/**
 * Delete everything Footing keeps on this device (database, offline caches, local storage, the
 * service worker). Other tabs are asked to let go of the database and told to reload.
 */
export async function eraseEverything(): Promise<void> {
	const open = connecting;
	connecting = opening = undefined;
	forgetKey();
	await eraseDevice(() => {
		void open?.then((db) => db.close()).catch(() => undefined);
	});
}

/**
 * Close the connection and forget it: the next `database()` opens afresh. For tests, which
 * start each case on an empty database.
 */
export async function closeDatabase(): Promise<void> {
	const open = connecting;
	connecting = opening = undefined;
	closedForUpgrade = false;
	forgetKey(); // as a reload does
	(await open?.catch(() => undefined))?.close();
}

/** Whether this tab gave up its connection to a newer version and must reload. */
export function isClosedForUpgrade(): boolean {
	return closedForUpgrade;
}
