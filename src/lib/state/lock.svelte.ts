/**
 * Footing's passcode, for the screens: whether this tab is locked or open, how far sealing or
 * opening the stored records has come, and the actions (unlock, lock, set, change, turn off),
 * whose code (./lock-actions.ts and the data layer's) loads only when a passcode is used.
 * Locking saves what is pending, then reloads the page, so nothing decrypted stays in memory;
 * the page comes back on the lock screen.
 */
import { databaseWhileLocked } from '$lib/db/database';
import { DEFAULT_IDLE_MINUTES, lockOf, onWaitForUnlock } from '$lib/db/keyring';
import type { NewLock, Progress } from '$lib/db/lock';
import { announce, listen } from './sync';
import { appUpdate } from './update.svelte';

export { IDLE_MINUTES } from '$lib/db/keyring';
export type { NewLock } from '$lib/db/lock';

export type LockStatus = 'unknown' | 'none' | 'locked' | 'open';
export type UnlockOutcome = 'open' | 'wrong' | 'wait' | 'damaged';

const actions = () => import('./lock-actions');

class AppLock {
	status = $state<LockStatus>('unknown');
	idleMinutes = $state(DEFAULT_IDLE_MINUTES);
	/** Records being sealed or opened: how far it has come. */
	progress = $state<Progress | undefined>();
	/** Whether the records are being sealed (turning on) or opened (turning off). */
	converting = $state<'sealing' | 'opening'>('sealing');
	/** Wrong passcodes in a row, and until when the next try must wait (ms). */
	wrongTries = $state(0);
	waitUntil = $state(0);
	#starting: Promise<void> | undefined;
	#listening = false;

	constructor() {
		// A page waits for the database to be unlocked: if the layout does not know Footing is
		// locked (its first look failed when the database did not open), it looks again, so the
		// lock screen shows instead of a page that waits for ever.
		onWaitForUnlock(() => {
			if (this.status === 'locked' || this.status === 'open') return;
			if (this.status === 'unknown' && this.#starting) return; // the first look is under way
			this.#starting = undefined;
			void this.start();
		});
	}

	/** Whether a passcode is set (known once started). */
	get isSet(): boolean {
		return this.status === 'locked' || this.status === 'open';
	}

	/** Find out whether a passcode is set, once; the root layout waits for it. */
	start(): Promise<void> {
		this.#starting ??= this.#start().catch((error: unknown) => {
			// The database does not open (a full device, a failed upgrade): the pages say why when
			// they try it themselves, and no record can be read meanwhile. Asked again next time.
			console.error(error);
			this.#starting = undefined;
		});
		return this.#starting;
	}

	async #start(): Promise<void> {
		if (typeof indexedDB === 'undefined') return; // prerendering
		if (!this.#listening) {
			this.#listening = true;
			listen((message) => {
				if (message.type !== 'lock') return;
				if (message.what === 'changed' || this.status === 'open') location.reload();
			});
		}
		const lock = await lockOf(await databaseWhileLocked());
		if (!lock) {
			this.status = 'none';
			return;
		}
		this.idleMinutes = lock.idleMinutes;
		(await actions()).restoreTries(this);
		this.status = 'locked';
	}

	/** Lock now: what is pending is saved, every tab locks, the page reloads on the lock screen. */
	async lock(): Promise<void> {
		if (this.status !== 'open') return;
		await appUpdate.savePending();
		announce({ type: 'lock', what: 'locked' });
		location.reload();
	}

	/** Try a passcode (a growing wait after wrong ones). */
	async unlock(passcode: string): Promise<UnlockOutcome> {
		return (await actions()).unlock(this, passcode);
	}

	/** Set a new passcode with the recovery code, and unlock. */
	async reset(recoveryCode: string, passcode: string): Promise<UnlockOutcome> {
		return (await actions()).reset(this, recoveryCode, passcode);
	}

	/** Make the keys of a new passcode; its recovery code is shown before anything is stored. */
	async prepare(passcode: string): Promise<NewLock> {
		return (await actions()).prepare(passcode);
	}

	/** Set the passcode made by `prepare` and seal everything stored (with the progress bar). */
	async turnOn(prepared: NewLock): Promise<void> {
		return (await actions()).turnOn(this, prepared);
	}

	/** Turn the passcode off: 'wrong' when it is not the one. */
	async turnOff(passcode: string): Promise<'off' | 'wrong'> {
		return (await actions()).turnOff(this, passcode);
	}

	/** A new passcode in place of the current one. */
	async change(current: string, next: string): Promise<'changed' | 'wrong'> {
		return (await actions()).change(current, next);
	}

	/** How long without use before Footing locks. */
	async setIdle(minutes: number): Promise<void> {
		return (await actions()).setIdle(this, minutes);
	}

	/** "Forgot both": everything Footing keeps on this device deleted; the page starts afresh. */
	async eraseAll(): Promise<void> {
		return (await actions()).eraseAll();
	}
}

export type { AppLock };
export const appLock = new AppLock();
