// The same rendering as Footing: every route is a prerendered SPA shell.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
