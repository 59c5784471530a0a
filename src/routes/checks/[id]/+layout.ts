import { openCheckPages } from '$lib/state/open-check';
import type { LayoutLoad } from './$types';

// A check's pages exist only on this device: they are served by the offline shell.
export const prerender = false;

export const load: LayoutLoad = ({ params }) => openCheckPages(params.id);
