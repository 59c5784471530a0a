/**
 * Whether this tab holds the data key: the gate that keeps everything from reading the
 * database before it is unlocked (`untilUnlocked`), in the first load. Setting, unlocking and
 * converting (./lock.ts) load only when a passcode is used.
 */
import type { Sealer } from '$lib/crypto/seal';
import { getFact } from './facts';
import { journalRewritten } from './journal';
import type { LockFacts } from './schema';
import { useSealer } from './sealed';
import type { Db } from './write';

export const IDLE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;

let unlocked = false;
const waiting: (() => void)[] = [];
const waitListeners = new Set<() => void>();

/**
 * Run `listener` each time a read has to wait for this tab to be unlocked: the lock screen
 * must then be shown, even when the first look at the lock failed.
 */
export function onWaitForUnlock(listener: () => void): () => void {
	waitListeners.add(listener);
	return () => waitListeners.delete(listener);
}

export async function sealerOf(key: Uint8Array): Promise<Sealer> {
	const { Sealer } = await import('$lib/crypto/seal');
	try {
		return new Sealer(key);
	} finally {
		key.fill(0);
	}
}

/** This tab holds the key now: reads open, writes seal (unless the passcode is being turned off). */
export function opened(sealer: Sealer, lock: LockFacts): void {
	useSealer(sealer, lock.state !== 'opening');
	unlocked = true;
	for (const resolve of waiting.splice(0)) resolve();
	journalRewritten();
}

/** The passcode as stored, or undefined when none is set. */
export async function lockOf(db: Db): Promise<LockFacts | undefined> {
	return getFact(db, 'lock');
}

/** Whether this tab holds the key (or there is no passcode). */
export function isUnlocked(): boolean {
	return unlocked;
}

/**
 * Resolve once the stored records can be read: at once without a passcode, else when this
 * tab is unlocked. Nothing reads the database before (the journal's replay included).
 */
export async function untilUnlocked(db: Db): Promise<void> {
	if (unlocked) return;
	if (!(await lockOf(db))) {
		useSealer(undefined, false);
		return;
	}
	if (unlocked) return;
	const opened = new Promise<void>((resolve) => waiting.push(resolve));
	for (const listener of waitListeners) listener();
	await opened;
}

/** For tests: forget this tab's key, as a reload does. */
export function forgetKey(): void {
	unlocked = false;
	useSealer(undefined, false);
}
