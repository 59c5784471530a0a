/**
 * What the passcode does, loaded only when one is used (./lock.svelte.ts holds the state the
 * screens show): unlocking with a growing wait after wrong tries, locking after an idle time
 * and after the app was hidden a while, and setting, changing or turning off the passcode
 * while the stored records are sealed or opened.
 */
import { database, databaseWhileLocked, eraseEverything, type NewLock } from '$lib/db';
import {
	changePasscode,
	finishLock,
	lockOf,
	prepareLock,
	resetWithRecoveryCode,
	setIdleMinutes,
	turnOffLock,
	turnOnLock,
	unlockWithPasscode,
	type UnlockResult
} from '$lib/db/lock';
import type { AppLock, UnlockOutcome } from './lock.svelte';
import { announce } from './sync';

/** Locked again after the app was hidden this long. */
export const HIDDEN_LOCK_MS = 60_000;
const TRIES_KEY = 'footing.lock.tries';

/** Seconds to wait after `wrongTries` wrong passcodes in a row: none for two, then doubling. */
export function waitAfter(wrongTries: number): number {
	if (wrongTries < 3) return 0;
	return Math.min(300, 5 * 2 ** (wrongTries - 3));
}

/** The wrong tries so far, kept in localStorage so that a reload does not start them afresh. */
export function restoreTries(lock: AppLock): void {
	try {
		const parsed = JSON.parse(localStorage.getItem(TRIES_KEY) ?? '') as {
			count?: unknown;
			until?: unknown;
		};
		if (Number.isInteger(parsed.count) && typeof parsed.until === 'number') {
			lock.wrongTries = parsed.count as number;
			lock.waitUntil = parsed.until;
		}
	} catch {
		// None yet, or not ours.
	}
}

function keepTries(lock: AppLock): void {
	try {
		if (lock.wrongTries === 0) localStorage.removeItem(TRIES_KEY);
		else
			localStorage.setItem(
				TRIES_KEY,
				JSON.stringify({ count: lock.wrongTries, until: lock.waitUntil })
			);
	} catch {
		// Storage refused: the wait holds in this page only.
	}
}

/** What an unlock came to, with the wait and the opened tab seen to. */
function outcome(lock: AppLock, result: UnlockResult): UnlockOutcome {
	if (result === 'damaged' || result === 'no-lock') return 'damaged';
	if (result === 'wrong') {
		lock.wrongTries += 1;
		lock.waitUntil = Date.now() + waitAfter(lock.wrongTries) * 1000;
		keepTries(lock);
		return 'wrong';
	}
	lock.wrongTries = 0;
	lock.waitUntil = 0;
	keepTries(lock);
	lock.status = 'open';
	watch(lock);
	void finish(lock);
	return 'open';
}

export async function unlock(lock: AppLock, passcode: string): Promise<UnlockOutcome> {
	if (Date.now() < lock.waitUntil) return 'wait';
	return outcome(lock, await unlockWithPasscode(await databaseWhileLocked(), passcode));
}

export async function reset(lock: AppLock, code: string, passcode: string): Promise<UnlockOutcome> {
	if (Date.now() < lock.waitUntil) return 'wait';
	return outcome(lock, await resetWithRecoveryCode(await databaseWhileLocked(), code, passcode));
}

async function converting(
	lock: AppLock,
	kind: 'sealing' | 'opening',
	work: (onProgress: (p: { done: number; total: number }) => void) => Promise<unknown>
): Promise<void> {
	lock.converting = kind;
	lock.progress = { done: 0, total: 0 };
	try {
		await work((p) => (lock.progress = p));
	} finally {
		lock.progress = undefined;
	}
}

/** Finish sealing or opening what a page killed half-way left (with the progress bar). */
async function finish(lock: AppLock): Promise<void> {
	const db = await databaseWhileLocked();
	const stored = await lockOf(db);
	if (!stored || stored.state === 'on') return;
	const kind = stored.state === 'opening' ? 'opening' : 'sealing';
	await converting(lock, kind, (onProgress) => finishLock(db, onProgress));
	if (kind === 'opening') lock.status = 'none';
}

export function prepare(passcode: string): Promise<NewLock> {
	return prepareLock(passcode);
}

export async function turnOn(lock: AppLock, prepared: NewLock): Promise<void> {
	const db = await database();
	// Other tabs reload (locked) as soon as the lock is stored, before the records are sealed.
	const tell = () => announce({ type: 'lock', what: 'changed' });
	await converting(lock, 'sealing', (onProgress) => turnOnLock(db, prepared, onProgress, tell));
	lock.status = 'open';
	lock.idleMinutes = prepared.lock.idleMinutes;
	watch(lock);
}

export async function turnOff(lock: AppLock, passcode: string): Promise<'off' | 'wrong'> {
	const db = await database();
	let result: 'off' | 'wrong' | 'no-lock' = 'wrong';
	await converting(lock, 'opening', async (onProgress) => {
		result = await turnOffLock(db, passcode, onProgress, () =>
			announce({ type: 'lock', what: 'changed' })
		);
	});
	if (result === 'wrong') return 'wrong';
	lock.status = 'none';
	unwatch();
	announce({ type: 'lock', what: 'changed' }); // again, now it is off
	return 'off';
}

export async function change(current: string, next: string): Promise<'changed' | 'wrong'> {
	const result = await changePasscode(await database(), current, next);
	return result === 'changed' ? 'changed' : 'wrong';
}

export async function setIdle(lock: AppLock, minutes: number): Promise<void> {
	lock.idleMinutes = minutes;
	schedule(lock); // at once; the choice is stored for the next unlock
	await setIdleMinutes(await database(), minutes);
}

export async function eraseAll(): Promise<void> {
	await eraseEverything();
	location.reload();
}

// Idle and hidden. A tap, a key or a scroll counts as use.

const USE = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'];
let lastActive = Date.now();
let hiddenAt: number | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let watched: AppLock | undefined;

const onUse = () => {
	lastActive = Date.now();
};

const onVisibility = () => {
	const lock = watched;
	if (!lock) return;
	if (document.visibilityState === 'hidden') {
		hiddenAt = Date.now();
		return;
	}
	const hidden = hiddenAt === undefined ? 0 : Date.now() - hiddenAt;
	hiddenAt = undefined;
	if (hidden >= HIDDEN_LOCK_MS) void lock.lock();
	else check();
};

function check(): void {
	const lock = watched;
	if (!lock || lock.status !== 'open') return;
	if (Date.now() - lastActive >= lock.idleMinutes * 60_000) void lock.lock();
	else schedule(lock);
}

function schedule(lock: AppLock): void {
	clearTimeout(timer);
	if (lock.status !== 'open') return;
	const left = lastActive + lock.idleMinutes * 60_000 - Date.now();
	timer = setTimeout(check, Math.max(1000, left));
}

function watch(lock: AppLock): void {
	lastActive = Date.now();
	if (!watched) {
		for (const type of USE) window.addEventListener(type, onUse, { passive: true, capture: true });
		document.addEventListener('visibilitychange', onVisibility);
	}
	watched = lock;
	schedule(lock);
}

function unwatch(): void {
	clearTimeout(timer);
	watched = undefined;
	for (const type of USE) window.removeEventListener(type, onUse, { capture: true });
	document.removeEventListener('visibilitychange', onVisibility);
}
