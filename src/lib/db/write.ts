import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { explain } from './errors';
import { takeStrayPhotos } from './sealed';
import type { FootingDB } from './schema';

export type Db = IDBPDatabase<FootingDB>;
export type WriteTx<S extends StoreNames<FootingDB>[]> = IDBPTransaction<FootingDB, S, 'readwrite'>;

/**
 * Run `work` in one read-write transaction and resolve once it has committed. `work` must await
 * nothing but requests of `tx`. Failures (a full disk among them) abort the whole transaction,
 * so no half-written change is left, and come back as Footing's named errors.
 */
export async function write<S extends StoreNames<FootingDB>[], T>(
	db: Db,
	stores: S,
	work: (tx: WriteTx<S>) => Promise<T> | T,
	durability: IDBTransactionDurability = 'relaxed'
): Promise<T> {
	const tx = db.transaction(stores, 'readwrite', { durability });
	const done = tx.done;
	done.catch(() => {}); // reported below, through `work` or `await done`
	try {
		const result = await work(tx);
		await done;
		const strays = takeStrayPhotos();
		if (strays.length > 0) {
			void import('./lock')
				.then(({ sealStrayPhotos }) => sealStrayPhotos(db, strays))
				.catch((e: unknown) => console.error(e));
		}
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted by the failure itself.
		}
		// The transaction's own error says why (QuotaExceededError), where a request only says "aborted".
		throw explain(tx.error ?? error);
	}
}
