/**
 * Footing's passcode, for the screens: whether this tab is locked, unlocking (with a growing
 * wait after wrong tries), locking on demand, after an idle time and after the app was hidden
 * a while, and setting, changing or turning off the passcode with a progress bar while the
 * stored records are sealed or opened. Locking saves what is pending, then reloads the page,
 * so nothing decrypted stays in memory; the page comes back on the lock screen.
 */
import {
	changePasscode,
	database,
	databaseWhileLocked,
	DEFAULT_IDLE_MINUTES,
	eraseEverything,
	finishLock,
	lockOf,
	prepareLock,
	resetWithRecoveryCode,
	setIdleMinutes,
	turnOffLock,
	turnOnLock,
	unlockWithPasscode,
	type NewLock,
	type Progress
} from '$lib/db';
import { announce, listen } from './sync';
import { appUpdate } from './update.svelte';

export type LockStatus = 'unknown' | 'none' | 'locked' | 'open';

/** Locked again after the app was hidden this long. */
export const HIDDEN_LOCK_MS = 60_000;
const TRIES_KEY = 'footing.lock.tries';

/** Seconds to wait after `wrongTries` wrong passcodes in a row: none for two, then doubling. */
export function waitAfter(wrongTries: number): number {
	if (wrongTries < 3) return 0;
	return Math.min(300, 5 * 2 ** (wrongTries - 3));
}

interface Tries {
	count: number;
	/** No new try before this time (ms). */
	until: number;
}

function readTries(): Tries {
	try {
		const parsed = JSON.parse(localStorage.getItem(TRIES_KEY) ?? '') as Partial<Tries>;
		if (Number.isInteger(parsed.count) && typeof parsed.until === 'number') {
			return { count: parsed.count!, until: parsed.until };
		}
	} catch {
		// None yet, or not ours.
	}
	return { count: 0, until: 0 };
}

function writeTries(tries: Tries): void {
	try {
		if (tries.count === 0) localStorage.removeItem(TRIES_KEY);
		else localStorage.setItem(TRIES_KEY, JSON.stringify(tries));
	} catch {
		// Storage refused: the wait holds in this page only.
	}
}

export type UnlockOutcome = 'open' | 'wrong' | 'wait' | 'damaged';

class AppLock {
	status = $state<LockStatus>('unknown');
	idleMinutes = $state(DEFAULT_IDLE_MINUTES);
	/** Records being sealed or opened: how far it has come. */
	progress = $state<Progress | undefined>();
	/** Wrong passcodes in a row, and until when the next try must wait. */
	wrongTries = $state(0);
	waitUntil = $state(0);
	#lastActive = Date.now();
	#hiddenAt: number | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#started = false;

	/** Whether a passcode is set (known once started). */
	get isSet(): boolean {
		return this.status === 'locked' || this.status === 'open';
	}

	/** Find out whether a passcode is set; call once from the root layout. */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		const tries = readTries();
		this.wrongTries = tries.count;
		this.waitUntil = tries.until;
		listen((message) => {
			if (message.type !== 'lock') return;
			if (message.what === 'changed' || this.status === 'open') location.reload();
		});
		const lock = await lockOf(await databaseWhileLocked());
		this.status = lock ? 'locked' : 'none';
		if (lock) this.idleMinutes = lock.idleMinutes;
	}

	/** Try a passcode. */
	async unlock(passcode: string): Promise<UnlockOutcome> {
		if (Date.now() < this.waitUntil) return 'wait';
		const result = await unlockWithPasscode(await databaseWhileLocked(), passcode);
		if (result === 'damaged') return 'damaged';
		if (result === 'wrong') {
			this.#wrong();
			return 'wrong';
		}
		this.#opened();
		return 'open';
	}

	/** Set a new passcode with the recovery code, and unlock. */
	async reset(recoveryCode: string, passcode: string): Promise<UnlockOutcome> {
		if (Date.now() < this.waitUntil) return 'wait';
		const db = await databaseWhileLocked();
		const result = await resetWithRecoveryCode(db, recoveryCode, passcode);
		if (result === 'damaged') return 'damaged';
		if (result === 'wrong') {
			this.#wrong();
			return 'wrong';
		}
		this.#opened();
		return 'open';
	}

	#wrong(): void {
		this.wrongTries += 1;
		this.waitUntil = Date.now() + waitAfter(this.wrongTries) * 1000;
		writeTries({ count: this.wrongTries, until: this.waitUntil });
	}

	#opened(): void {
		this.wrongTries = 0;
		this.waitUntil = 0;
		writeTries({ count: 0, until: 0 });
		this.status = 'open';
		this.#watch();
		void this.#finish();
	}

	/** Finish sealing or opening what a page killed half-way left (with the progress bar). */
	async #finish(): Promise<void> {
		const db = await databaseWhileLocked();
		const lock = await lockOf(db);
		if (!lock || lock.state === 'on') return;
		await this.#converting(() => finishLock(db, (p) => (this.progress = p)));
		if (lock.state === 'opening') this.status = 'none';
	}

	async #converting(work: () => Promise<unknown>): Promise<void> {
		this.progress = { done: 0, total: 0 };
		try {
			await work();
		} finally {
			this.progress = undefined;
		}
	}

	/** Lock now: what is pending is saved, every tab locks, the page reloads on the lock screen. */
	async lock(): Promise<void> {
		if (this.status !== 'open') return;
		await appUpdate.savePending();
		announce({ type: 'lock', what: 'locked' });
		location.reload();
	}

	/** Make the keys of a new passcode; its recovery code is shown before anything is stored. */
	prepare(passcode: string): Promise<NewLock> {
		return prepareLock(passcode);
	}

	/** Set the passcode made by `prepare` and seal everything stored. */
	async turnOn(prepared: NewLock): Promise<void> {
		const db = await database();
		await this.#converting(() => turnOnLock(db, prepared, (p) => (this.progress = p)));
		this.status = 'open';
		this.idleMinutes = prepared.lock.idleMinutes;
		announce({ type: 'lock', what: 'changed' });
		this.#watch();
	}

	/** Turn the passcode off: 'wrong' when it is not the one. */
	async turnOff(passcode: string): Promise<'off' | 'wrong'> {
		const db = await database();
		let result: 'off' | 'wrong' | 'no-lock' = 'wrong';
		await this.#converting(async () => {
			result = await turnOffLock(db, passcode, (p) => (this.progress = p));
		});
		if (result === 'wrong') return 'wrong';
		this.status = 'none';
		this.#unwatch();
		announce({ type: 'lock', what: 'changed' });
		return 'off';
	}

	/** A new passcode in place of the current one. */
	async change(current: string, next: string): Promise<'changed' | 'wrong'> {
		const result = await changePasscode(await database(), current, next);
		return result === 'changed' ? 'changed' : 'wrong';
	}

	async setIdle(minutes: number): Promise<void> {
		this.idleMinutes = minutes;
		await setIdleMinutes(await database(), minutes);
		this.#schedule();
	}

	/** "Forgot both": everything Footing keeps on this device deleted; the page starts afresh. */
	async eraseAll(): Promise<void> {
		await eraseEverything();
		location.reload();
	}

	// Idle and hidden: a tap, a key or a scroll counts as use.
	#onUse = () => {
		this.#lastActive = Date.now();
	};

	#onVisibility = () => {
		if (document.visibilityState === 'hidden') {
			this.#hiddenAt = Date.now();
			return;
		}
		const hidden = this.#hiddenAt === undefined ? 0 : Date.now() - this.#hiddenAt;
		this.#hiddenAt = undefined;
		if (hidden >= HIDDEN_LOCK_MS) void this.lock();
		else this.#check();
	};

	#check = () => {
		if (this.status !== 'open') return;
		if (Date.now() - this.#lastActive >= this.idleMinutes * 60_000) void this.lock();
		else this.#schedule();
	};

	#schedule(): void {
		clearTimeout(this.#timer);
		if (this.status !== 'open') return;
		const left = this.#lastActive + this.idleMinutes * 60_000 - Date.now();
		this.#timer = setTimeout(this.#check, Math.max(1000, left));
	}

	#watch(): void {
		this.#lastActive = Date.now();
		for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll']) {
			window.addEventListener(type, this.#onUse, { passive: true, capture: true });
		}
		document.addEventListener('visibilitychange', this.#onVisibility);
		this.#schedule();
	}

	#unwatch(): void {
		clearTimeout(this.#timer);
		for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll']) {
			window.removeEventListener(type, this.#onUse, { capture: true });
		}
		document.removeEventListener('visibilitychange', this.#onVisibility);
	}
}

export const appLock = new AppLock();
