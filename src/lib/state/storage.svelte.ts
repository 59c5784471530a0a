/**
 * Whether this device keeps Footing's data, and how much it uses. Browsers may delete the data
 * of sites that are not installed when space runs low (Safari after a week unused), so after
 * the first saved change Footing asks for persistent storage and shows the answer in Settings.
 */
import { database, eraseEverything } from '$lib/db/database';
import { getFact, setFact } from '$lib/db/facts';

class DeviceStorage {
	/** Whether the browser promised to keep the data; undefined until known. */
	persisted = $state<boolean | undefined>();
	/** Bytes used and available, when the browser tells. */
	usage = $state<number | undefined>();
	quota = $state<number | undefined>();
	/** Whether Footing runs as an installed app. */
	installed = $state(false);
	#asked = false;

	/** Read the current state from the browser. */
	async refresh(): Promise<void> {
		const [, estimate] = await Promise.all([this.refreshKept(), navigator.storage?.estimate?.()]);
		this.usage = estimate?.usage;
		this.quota = estimate?.quota;
	}

	/** Whether the data is kept and whether Footing is installed: all the start page shows. */
	async refreshKept(): Promise<void> {
		this.installed =
			typeof matchMedia !== 'undefined' && matchMedia('(display-mode: standalone)').matches;
		if (!navigator.storage) return;
		this.persisted = (await navigator.storage.persisted?.().catch(() => false)) ?? false;
	}

	/**
	 * Delete everything Footing keeps on this device: the database, the offline caches, local
	 * storage and the service worker. Other tabs let go and are told to reload.
	 */
	erase(): Promise<void> {
		return eraseEverything();
	}

	/** Called after each saved change: the first one asks for persistent storage. */
	checkSaved(): void {
		if (this.#asked) return;
		this.#asked = true;
		void this.#ask();
	}

	async #ask(): Promise<void> {
		if (!navigator.storage?.persist) return;
		try {
			const already = await navigator.storage.persisted();
			const granted = already || (await navigator.storage.persist());
			this.persisted = granted;
			const db = await database();
			const before = await getFact(db, 'persisted');
			if (before?.granted !== granted) await setFact(db, 'persisted', { granted, at: Date.now() });
		} catch {
			// Not knowing is shown as "not kept"; nothing else depends on it.
		}
	}
}

export const storage = new DeviceStorage();
