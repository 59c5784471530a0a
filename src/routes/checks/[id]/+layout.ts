import { dataProblemOf } from '$lib/components/data-problem';
import { CheckSession } from '$lib/state/check-session.svelte';
import type { LayoutLoad } from './$types';

// A check's pages exist only on this device: they are served by the offline shell.
export const prerender = false;

export const load: LayoutLoad = async ({ params }) => {
	try {
		return { session: await CheckSession.open(params.id), problem: undefined };
	} catch (error) {
		return { session: undefined, problem: dataProblemOf(error) };
	}
};
