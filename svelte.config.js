import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Tests build variants of the app beside the real one (tests/e2e/builds.ts): FOOTING_VARIANT
 * names the variant, and each is written to its own folder.
 */
const variant = process.env.FOOTING_VARIANT;
const pages = variant ? `build-${variant}` : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages, assets: pages, fallback: '200.html' }),
		// Absolute asset paths: a deep link served from the offline fallback must still find /_app/.
		paths: { relative: false },
		// The PWA plugin registers its own worker (see src/lib/state/update.svelte.ts).
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte transitions and style: directives write inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
