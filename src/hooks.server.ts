import type { Handle } from '@sveltejs/kit';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { SHELL_MARKER, startShell } from '$lib/start-shell';

/**
 * Runs only when the pages are prerendered (the build): the start page gets its static shell,
 * which paints before JavaScript; every other page (and the offline fallback) gets none.
 * Every page asks for its scripts at low priority: it paints from its HTML alone (the
 * stylesheets are in it), so on a slow line the scripts should not take the HTML's bandwidth.
 * Lighthouse's simulation counts a high-priority script asked for before the first paint as
 * blocking it (docs/performance.md).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(SHELL_MARKER, event.url.pathname === '/' ? startShell({ en, nl }) : '')
				.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">')
	});
