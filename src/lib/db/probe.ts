/** Whether the device still has room: a small probe write, only after an unexplained failure. */
import { isQuotaError } from './errors';

const PROBE = 'footing-probe';

/**
 * Whether a small write still fits on the device: a throwaway database, written and deleted.
 * Resolves false only when the write is refused for lack of space.
 */
export function probeFits(): Promise<boolean> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		const refused = (error: unknown) => resolve(!isQuotaError(error));
		const tidy = () => {
			try {
				indexedDB.deleteDatabase(PROBE);
			} catch {
				// Nothing to tidy.
			}
		};
		try {
			request = indexedDB.open(PROBE, 1);
		} catch (error) {
			refused(error);
			return;
		}
		request.onupgradeneeded = () => request.result.createObjectStore('probe');
		request.onerror = () => {
			refused(request.error);
			tidy();
		};
		request.onsuccess = () => {
			const db = request.result;
			try {
				const tx = db.transaction('probe', 'readwrite');
				tx.objectStore('probe').put(new Uint8Array(16 * 1024), 1);
				tx.oncomplete = () => resolve(true);
				tx.onabort = () => refused(tx.error);
				tx.onerror = () => refused(tx.error);
			} catch (error) {
				refused(error);
			}
			// Closing waits for the write to end; the deletion waits for the close.
			db.close();
			tidy();
		};
	});
}
