// Every route is the same client-rendered shell, so deep links and unknown URLs render offline
// from the one precached page (see ../shared/STACK.md and docs/offline.md).
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
