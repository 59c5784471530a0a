import { deleteDB } from 'idb';
import { DB_NAME } from './schema';

/**
 * Delete everything Footing keeps on this device: the database, the offline caches, local
 * storage, and the service worker (so the next visit caches the app afresh). Other open tabs
 * are asked to let go of the database first; they tell their user to reload.
 */
export async function eraseDevice(close: () => void): Promise<void> {
	close();
	await deleteDB(DB_NAME, { blocked: () => undefined });
	// The worker goes first, so that nothing it does can fill a cache again.
	if ('serviceWorker' in navigator) {
		for (const registration of await navigator.serviceWorker.getRegistrations()) {
			await registration.unregister();
		}
	}
	if ('caches' in globalThis) {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	localStorage.clear();
	sessionStorage.clear();
}
