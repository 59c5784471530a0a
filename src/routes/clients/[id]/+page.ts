import type { PageLoad } from './$types';

// A client's visits exist only on this device: the page is served by the offline shell.
export const prerender = false;

export const load: PageLoad = ({ params }) => ({ clientId: params.id });
