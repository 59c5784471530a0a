/**
 * Sending checks to the care record: where each check's sending stands, and the access token
 * (a deployment with a FHIR server only; src/lib/state/care-record.svelte.ts sends). Both
 * stores are sealed with a passcode set (./sealed.ts), like a client's records.
 */
import type { Secret, Sending } from './schema';
import { write, type Db } from './write';

/** Every check's sending, by check id. */
export async function listSendings(db: Db): Promise<Map<string, Sending>> {
	const all = await db.getAll('sendings');
	return new Map(all.map((sending) => [sending.checkId, sending]));
}

/** One check's sending, if it was ever asked for. */
export function getSending(db: Db, checkId: string): Promise<Sending | undefined> {
	return db.get('sendings', checkId);
}

/** Queue a check to be sent (again): tried at once, keeping when it was last sent. */
export function queueSending(db: Db, checkId: string, now = Date.now()): Promise<Sending> {
	return write(db, ['sendings'], async (tx) => {
		const store = tx.objectStore('sendings');
		const before = await store.get(checkId);
		const sending: Sending = { checkId, state: 'queued', queuedAt: now, tries: 0 };
		if (before?.sentAt !== undefined) {
			sending.sentAt = before.sentAt;
			sending.sentVersion = before.sentVersion;
		}
		await store.put(sending);
		return sending;
	});
}

/**
 * Record how a try went, unless the sending was asked for again meanwhile (its `queuedAt`
 * changed): then the newer request stands. Returns what is stored now.
 */
export function recordTry(db: Db, outcome: Sending): Promise<Sending | undefined> {
	return write(db, ['sendings'], async (tx) => {
		const store = tx.objectStore('sendings');
		const now = await store.get(outcome.checkId);
		if (!now || now.queuedAt !== outcome.queuedAt) return now;
		await store.put(outcome);
		return outcome;
	});
}

/** Forget a check's sending (the check was deleted for good). */
export function forgetSending(db: Db, checkId: string): Promise<void> {
	return write(db, ['sendings'], (tx) => tx.objectStore('sendings').delete(checkId));
}

/** A secret of this device, if it is set. */
export async function getSecret(db: Db, name: Secret['name']): Promise<string | undefined> {
	return (await db.get('secrets', name))?.value;
}

/** Set a secret, or forget it with `undefined`. */
export function setSecret(db: Db, name: Secret['name'], value: string | undefined): Promise<void> {
	return write(db, ['secrets'], async (tx) => {
		const store = tx.objectStore('secrets');
		if (value === undefined) await store.delete(name);
		else await store.put({ name, value });
	});
}
