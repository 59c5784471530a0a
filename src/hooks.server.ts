import type { Handle } from '@sveltejs/kit';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { SHELL_MARKER, startShell } from '$lib/start-shell';

/**
 * Runs only when the pages are prerendered (the build): the start page gets its static shell,
 * which paints before JavaScript; every other page (and the offline fallback) gets none.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(SHELL_MARKER, event.url.pathname === '/' ? startShell({ en, nl }) : '')
	});
