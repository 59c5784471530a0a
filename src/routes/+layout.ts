import { locale } from '$lib/i18n/index.svelte';

// Every route is the same client-rendered shell, so deep links and unknown URLs render offline
// from the one precached page (see docs/data.md and ../shared/STACK.md).
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/** Nothing renders before the messages of the user's language are there. */
export async function load(): Promise<void> {
	await locale.ready;
}
