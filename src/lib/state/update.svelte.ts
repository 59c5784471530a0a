/**
 * The service worker and its updates. Footing never reloads under the user's hands: when a new
 * version is waiting, `waiting` turns true and the page shows a banner; only `reload()` (the
 * user pressing "Reload") activates it. Unsaved notes are flushed before the reload.
 */
class AppUpdate {
	/** A new version is installed and waiting for the user's go-ahead. */
	waiting = $state(false);
	/** The app is cached and works without internet (a service worker controls the page). */
	offlineReady = $state(false);
	#activate: ((reload?: boolean) => Promise<void>) | undefined;
	#beforeReload: Array<() => Promise<void> | void> = [];

	/** Register the service worker; call once from the root layout. */
	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#activate = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.waiting = true),
			onOfflineReady: () => (this.offlineReady = true)
		});
		if (navigator.serviceWorker.controller) this.offlineReady = true;
	}

	/** Run `task` (e.g. flush unsaved notes) before an accepted update reloads the page. */
	beforeReload(task: () => Promise<void> | void): () => void {
		this.#beforeReload.push(task);
		return () => (this.#beforeReload = this.#beforeReload.filter((t) => t !== task));
	}

	/** The user accepted the update: save what is pending, then activate and reload. */
	async reload(): Promise<void> {
		await this.savePending();
		await this.#activate?.(true);
	}

	/** Save what open pages have not saved yet (before a reload, or before Footing locks). */
	async savePending(): Promise<void> {
		await Promise.allSettled(this.#beforeReload.map((task) => task()));
	}

	/** The user chose "Later": hide the banner; the update applies on the next start. */
	dismiss(): void {
		this.waiting = false;
	}
}

export const appUpdate = new AppUpdate();
