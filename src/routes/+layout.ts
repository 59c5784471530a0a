import { locale } from '$lib/i18n/index.svelte';

// Every route is the same client-rendered shell, so deep links and unknown URLs render offline
// from the one precached page (the `200.html` fallback in svelte.config.js).
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/** Nothing renders before the messages of the user's language are there. */
export async function load(): Promise<void> {
	await locale.ready;
}
