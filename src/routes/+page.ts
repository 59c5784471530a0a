import { readFirstScreen } from '$lib/state/checks-list.svelte';

/** The list's first screen is read while the page's messages load (the layout's load). */
export function load(): void {
	readFirstScreen();
}
