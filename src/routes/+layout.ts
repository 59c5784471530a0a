import { locale } from '$lib/i18n/index.svelte';

// Every route is the same client-rendered shell, so deep links and unknown URLs render offline
// from the one precached page (the `200.html` fallback in svelte.config.js).
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/**
 * Nothing renders before the messages of the user's language are there: on the start page
 * the part it shows, on every other page all of them (src/lib/i18n/parts.ts).
 */
export async function load({ url }): Promise<void> {
	await (url.pathname === '/' ? locale.ready : locale.complete);
}
