/// <reference lib="webworker" />
/**
 * The baseline's offline worker: precache the build and the prerendered page on install, then
 * answer every GET from the cache first. The smallest worker that starts an app offline.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const CACHE = `baseline-${version}`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...build, ...files, ...prerendered]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim());
});

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	const key = event.request.mode === 'navigate' ? `${url.pathname}` : event.request;
	event.respondWith(caches.match(key).then((hit) => hit ?? fetch(event.request)));
});
