/**
 * The ways saving can fail that the user must hear about, each with a name of its own so the
 * screens can say what happened in the user's language (see `saveErrorMessage` in the UI).
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
	if (!(error instanceof Error || error instanceof DOMException)) return false;
	if (error.name === 'QuotaExceededError') return true;
	// Chrome sometimes reports a quota failure as an AbortError on the transaction.
	return error.name === 'AbortError' && /quota/i.test(error.message);
}

/** Turn a quota failure into a StorageFullError; other errors pass unchanged. */
export function explain(error: unknown): unknown {
	return isQuotaError(error) ? new StorageFullError(String((error as Error).message)) : error;
}
