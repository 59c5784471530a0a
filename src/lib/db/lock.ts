/**
 * The passcode: setting it, unlocking, changing or resetting it, turning it off, and sealing
 * or opening every stored record when it is turned on or off (docs/security.md).
 *
 * Turning it on writes the wrapped keys first (state `sealing`), then seals the records a
 * batch per transaction, then says `on`. Each record is at every moment either sealed or
 * clear, and both read (sealed.ts), so a page killed half-way loses nothing and leaves
 * nothing unreadable: the next unlock finishes the job. Turning it off runs the same the
 * other way (state `opening`), and forgets the keys last.
 */
import {
	isWrappedKey,
	newDataKey,
	newRecoveryCode,
	normalizeRecoveryCode,
	unwrapKey,
	wrapKey
} from '$lib/crypto/keys';
import { setFact } from './facts';
import { DEFAULT_IDLE_MINUTES, isUnlocked, lockOf, opened, sealerOf } from './keyring';
import type { LockFacts, Photo } from './schema';
import {
	isSealed,
	openReadable,
	photoReady,
	rawOf,
	sealRecord,
	sealsWrites,
	SEALED_STORES,
	type SealedStore
} from './sealed';
import { write, type Db } from './write';

export type { LockFacts };
export { lockOf };

/** How far sealing or opening the stored records has come. */
export interface Progress {
	done: number;
	total: number;
}
export type OnProgress = (progress: Progress) => void;

export type UnlockResult = 'open' | 'wrong' | 'no-lock' | 'damaged';

/** Unlock with the passcode: 'wrong' when it is not the one. */
export async function unlockWithPasscode(db: Db, passcode: string): Promise<UnlockResult> {
	const lock = await lockOf(db);
	if (!lock) return 'no-lock';
	if (!isWrappedKey(lock.passcode)) return 'damaged';
	const key = await unwrapKey(lock.passcode, passcode, 'passcode');
	if (!key) return 'wrong';
	opened(await sealerOf(key), lock);
	return 'open';
}

/** Set a new passcode with the recovery code (which stays the same), and unlock. */
export async function resetWithRecoveryCode(
	db: Db,
	typedCode: string,
	newPasscode: string,
	iterations?: number
): Promise<UnlockResult> {
	const lock = await lockOf(db);
	if (!lock) return 'no-lock';
	const code = normalizeRecoveryCode(typedCode);
	if (!isWrappedKey(lock.recovery)) return 'damaged';
	const key = code ? await unwrapKey(lock.recovery, code, 'recovery') : undefined;
	if (!key) return 'wrong';
	const passcode = await wrapKey(key, newPasscode, 'passcode', iterations);
	await setFact(db, 'lock', { ...lock, passcode });
	opened(await sealerOf(key), lock);
	return 'open';
}

/** A new passcode in place of the current one: only the key's wrap changes. */
export async function changePasscode(
	db: Db,
	current: string,
	next: string,
	iterations?: number
): Promise<'changed' | 'wrong' | 'no-lock'> {
	const lock = await lockOf(db);
	if (!lock) return 'no-lock';
	const key = await unwrapKey(lock.passcode, current, 'passcode');
	if (!key) return 'wrong';
	const passcode = await wrapKey(key, next, 'passcode', iterations);
	key.fill(0);
	await setFact(db, 'lock', { ...(await lockOf(db))!, passcode });
	return 'changed';
}

/** How long Footing waits without a tap or a key before it locks. */
export async function setIdleMinutes(db: Db, idleMinutes: number): Promise<void> {
	const lock = await lockOf(db);
	if (lock) await setFact(db, 'lock', { ...lock, idleMinutes });
}

/** A passcode about to be set: its keys made, its recovery code to show; nothing stored yet. */
export interface NewLock {
	recoveryCode: string;
	lock: LockFacts;
	key: Uint8Array<ArrayBuffer>;
}

/** Make the keys for a new passcode (about a second: two wraps of 600,000 iterations). */
export async function prepareLock(passcode: string, iterations?: number): Promise<NewLock> {
	const key = newDataKey();
	const recoveryCode = newRecoveryCode();
	const [passcodeWrap, recovery] = await Promise.all([
		wrapKey(key, passcode, 'passcode', iterations),
		wrapKey(key, recoveryCode, 'recovery', iterations)
	]);
	return {
		recoveryCode,
		key,
		lock: {
			state: 'sealing',
			passcode: passcodeWrap,
			recovery,
			idleMinutes: DEFAULT_IDLE_MINUTES,
			setAt: Date.now()
		}
	};
}

/**
 * Set the passcode (the user has seen the recovery code) and seal everything stored.
 * `onStored` runs once the lock is stored, before sealing begins: the moment to tell other
 * tabs, which must reload (locked) before they write another record in clear.
 */
export async function turnOnLock(
	db: Db,
	prepared: NewLock,
	onProgress?: OnProgress,
	onStored?: () => void
): Promise<void> {
	// This tab seals from now on, before the lock is stored: no record is written in clear after.
	opened(await sealerOf(prepared.key.slice()), prepared.lock);
	prepared.key.fill(0);
	await setFact(db, 'lock', prepared.lock);
	onStored?.();
	await finishLock(db, onProgress);
}

/**
 * Finish what turning the passcode on or off began (after a page was killed half-way), or
 * nothing when it is done. The tab must be unlocked.
 */
export async function finishLock(db: Db, onProgress?: OnProgress): Promise<void> {
	const lock = await lockOf(db);
	if (!lock || lock.state === 'on') return;
	if (!isUnlocked()) throw new Error('Unlock before the records are sealed or opened.');
	await convertAll(db, onProgress);
	if (lock.state === 'sealing') {
		await setFact(db, 'lock', { ...(await lockOf(db))!, state: 'on' });
	} else {
		await write(db, ['facts'], (tx) => tx.objectStore('facts').delete('lock'));
	}
}

/** Turn the passcode off: every record opened again, then the keys forgotten (`onStored`: as above). */
export async function turnOffLock(
	db: Db,
	passcode: string,
	onProgress?: OnProgress,
	onStored?: () => void
): Promise<'off' | 'wrong' | 'no-lock'> {
	const lock = await lockOf(db);
	if (!lock) return 'no-lock';
	const key = await unwrapKey(lock.passcode, passcode, 'passcode');
	if (!key) return 'wrong';
	const opening: LockFacts = { ...lock, state: 'opening' };
	opened(await sealerOf(key), opening);
	await setFact(db, 'lock', opening);
	onStored?.();
	await finishLock(db, onProgress);
	return 'off';
}

/** Records per transaction: small ones, and photos (each up to a few hundred kB). */
const BATCH = {
	checks: 200,
	answers: 500,
	photos: 8,
	sendings: 200,
	secrets: 10
} satisfies Record<SealedStore, number>;

/**
 * Bring every stored record to the form writes have now (sealed or clear), a batch per
 * transaction, until a pass finds none left (a record another tab wrote meanwhile included).
 */
async function convertAll(db: Db, onProgress?: OnProgress): Promise<void> {
	const keys = await Promise.all(SEALED_STORES.map((store) => db.getAllKeys(store)));
	const progress: Progress = { done: 0, total: keys.reduce((sum, list) => sum + list.length, 0) };
	onProgress?.({ ...progress });
	for (let pass = 0; pass < 3; pass++) {
		let changed = 0;
		for (const [i, store] of SEALED_STORES.entries()) {
			const storeKeys = pass === 0 ? keys[i]! : await db.getAllKeys(store);
			for (let at = 0; at < storeKeys.length; at += BATCH[store]) {
				const batch = storeKeys.slice(at, at + BATCH[store]);
				changed += await convertBatch(db, store, batch);
				if (pass === 0) {
					progress.done += batch.length;
					onProgress?.({ ...progress });
				}
			}
		}
		if (changed === 0 && pass > 0) return;
	}
}

/** One batch of records brought to the form of writes now; how many changed. */
async function convertBatch(db: Db, store: SealedStore, keys: IDBValidKey[]): Promise<number> {
	const sealing = sealsWrites();
	const due = (row: unknown) => row !== undefined && isSealed(row) !== sealing;
	if (store !== 'photos') {
		return write(db, [store], async (tx) => {
			const raw = rawOf(tx).objectStore(store);
			const rows = await Promise.all(keys.map((key) => raw.get(key as never)));
			let changed = 0;
			for (const row of rows.filter(due)) {
				// One that cannot be opened (changed or damaged) stays as it is: it can be read no way.
				const value = openReadable(store, row);
				if (value === undefined) continue;
				void raw.put(sealRecord(store, value) as never);
				changed += 1;
			}
			return changed;
		});
	}
	// A photo's bytes are read between two transactions (a transaction cannot wait for them).
	const read = db.transaction('photos').store;
	const rows: unknown[] = [];
	const photos: Photo[] = [];
	for (const row of await Promise.all(keys.map((key) => rawOf(read).get(key as never)))) {
		const photo = due(row) ? openReadable('photos', row as Photo) : undefined;
		if (photo) {
			rows.push(row);
			photos.push(photo);
		}
	}
	await Promise.all(photos.map((photo) => photoReady(photo.blob)));
	return write(db, ['photos'], async (tx) => {
		const raw = rawOf(tx).objectStore('photos');
		let changed = 0;
		for (const [i, photo] of photos.entries()) {
			// Removed meanwhile, or changed by another tab: left as it is now.
			const now = await raw.get(photo.id);
			if (!now || isSealed(now) !== isSealed(rows[i])) continue;
			void raw.put(sealRecord('photos', photo));
			changed += 1;
		}
		return changed;
	});
}

/**
 * Seal photos a transaction had to store in clear (read in clear half-way through turning the
 * passcode on, and stored again before their bytes could be read).
 */
export async function sealStrayPhotos(db: Db, ids: string[]): Promise<void> {
	if (sealsWrites()) await convertBatch(db, 'photos', ids);
}
