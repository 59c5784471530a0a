import { locale } from '$lib/i18n/index.svelte';
import { appLock } from '$lib/state/lock.svelte';

// Every route is the same client-rendered shell, so deep links and unknown URLs render offline
// from the one precached page (the `200.html` fallback in svelte.config.js).
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/**
 * Nothing renders before the messages of the user's language are there: on the start page
 * the part it shows, on every other page all of them (src/lib/i18n/parts.ts); nor before it is
 * known whether Footing is locked (then the lock screen shows, and no page).
 */
export async function load({ url }): Promise<void> {
	await Promise.all([url.pathname === '/' ? locale.ready : locale.complete, appLock.start()]);
}
