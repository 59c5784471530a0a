import { openDB, type IDBPDatabase } from 'idb';
import { DatabaseBlockedError, UpgradeFailedError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';
import { DB_NAME, type FootingDB } from './schema';
import { sealedDatabase } from './sealed';

export interface OpenOptions {
	name?: string;
	migrations?: readonly Migration[];
	/** Give up (DatabaseBlockedError) when opening takes longer than this. */
	timeoutMs?: number;
	/**
	 * A newer version wants the database: this connection is about to close. Runs before the
	 * close; writes started synchronously here (pending notes) still complete.
	 */
	onVersionChange?: (db: IDBPDatabase<FootingDB>) => void;
	/** The browser closed the connection abnormally (e.g. storage cleared). */
	onTerminated?: () => void;
}

/**
 * Open Footing's database at the version of the newest migration, upgrading it step by step.
 * Never waits forever: an old tab that does not let go makes it fail with DatabaseBlockedError
 * (idb #148: openDB hangs while another tab holds an older version). A failing migration aborts
 * the upgrade (idb #281) and fails with UpgradeFailedError, leaving version and data as they were.
 */
export async function openFootingDB(options: OpenOptions = {}): Promise<IDBPDatabase<FootingDB>> {
	const { name = DB_NAME, migrations = MIGRATIONS, timeoutMs = 8000 } = options;
	const version = migrations.length;
	let upgradeError: unknown;
	let connection: IDBPDatabase<FootingDB> | undefined;
	let gaveUp = false;

	const opening = openDB<FootingDB>(name, version, {
		upgrade(db, oldVersion, _newVersion, tx) {
			tx.done.catch(() => {}); // an aborted upgrade is reported through the open request
			const run = async () => {
				for (let step = oldVersion; step < version; step++) await migrations[step]!(db, tx);
			};
			run().catch((error: unknown) => {
				upgradeError = error;
				try {
					tx.abort();
				} catch {
					// Already finished or aborted: the open request reports it.
				}
			});
		},
		blocking() {
			options.onVersionChange?.(connection!);
			connection?.close();
		},
		terminated() {
			options.onTerminated?.();
		}
	}).then(
		(opened) => {
			// Every record of a person is sealed on its way in while the passcode is on (sealed.ts).
			const db = sealedDatabase(opened);
			connection = db;
			if (gaveUp) db.close();
			return db;
		},
		(error: unknown) => {
			if (upgradeError !== undefined) {
				throw new UpgradeFailedError(`Upgrading the stored data failed: ${String(upgradeError)}`, {
					cause: upgradeError
				});
			}
			throw error;
		}
	);

	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			gaveUp = true;
			reject(new DatabaseBlockedError('Another Footing tab keeps the stored data from opening.'));
		}, timeoutMs);
	});
	try {
		return await Promise.race([opening, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
