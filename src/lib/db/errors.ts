/**
 * The ways storing can fail that the user must hear about, each with a class of its own, and
 * `storageProblemOf`: the one place that says which problem an error is. The session, the
 * restore screen and the data-problem banner all ask it, and say the problem in the user's
 * language.
 */

/** The device is out of space for Footing (QuotaExceededError, or Chrome's quota AbortError). */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
}

/** Another Footing tab, running an older version, keeps the database from opening. */
export class DatabaseBlockedError extends Error {
	override name = 'DatabaseBlockedError';
}

/** A newer version of Footing opened in another tab; this tab must reload before saving more. */
export class DatabaseClosedError extends Error {
	override name = 'DatabaseClosedError';
}

/** Updating the stored data to this version failed; the data was left as it was. */
export class UpgradeFailedError extends Error {
	override name = 'UpgradeFailedError';
}

/** Whether an error from IndexedDB means the storage quota was hit. */
export function isQuotaError(error: unknown): boolean {
	if (error instanceof StorageFullError) return true;
	if (!(error instanceof Error || error instanceof DOMException)) return false;
	if (error.name === 'QuotaExceededError') return true;
	// Chrome sometimes reports a quota failure as an AbortError on the transaction.
	return error.name === 'AbortError' && /quota/i.test(error.message);
}

/** Turn a quota failure into a StorageFullError; other errors pass unchanged. */
export function explain(error: unknown): unknown {
	if (error instanceof StorageFullError) return error;
	return isQuotaError(error) ? new StorageFullError(String((error as Error).message)) : error;
}

/**
 * What went wrong with the stored data, in the user's terms:
 * - `storage-full`: the device has no room left for Footing;
 * - `closed`: a newer Footing in another tab took the database over (or the browser closed it):
 *   reload;
 * - `blocked`: an older Footing in another tab keeps the database from opening;
 * - `upgrade-failed`: updating the stored data failed, and it was left as it was;
 * - `other`: anything else.
 */
export type StorageProblem = 'storage-full' | 'closed' | 'blocked' | 'upgrade-failed' | 'other';

/** Which problem an error from the data layer (or from IndexedDB itself) is. */
export function storageProblemOf(error: unknown): StorageProblem {
	if (isQuotaError(error)) return 'storage-full';
	if (error instanceof DatabaseClosedError) return 'closed';
	// IndexedDB's own error for a connection the browser closed under us.
	if (error instanceof DOMException && error.name === 'InvalidStateError') return 'closed';
	if (error instanceof DatabaseBlockedError) return 'blocked';
	if (error instanceof UpgradeFailedError) return 'upgrade-failed';
	return 'other';
}
