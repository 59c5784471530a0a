import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { careRecordServer } from './scripts/care-record.js';

/**
 * Tests build variants of the app beside the real one (tests/e2e/builds.ts): FOOTING_VARIANT
 * names the variant, and each is written to its own folder.
 */
const variant = process.env.FOOTING_VARIANT;
const pages = variant ? `build-${variant}` : 'build';

/**
 * The hashes of the inline scripts in src/app.html: SvelteKit hashes only the scripts it writes.
 * The one there is Footing's default Trusted Types policy. A string reaches a script sink only
 * through a policy; the service worker's URL is the one string Footing hands over unwrapped
 * (vite-plugin-pwa's registerSW calls navigator.serviceWorker.register with it), so the
 * default policy lets exactly that URL through and refuses every other (it returns null). It
 * has no createHTML: HTML still needs Svelte's policy. It runs after the CSP meta tag
 * (%sveltekit.head%), so the policy names are already restricted when it is created.
 */
/** The organisation's FHIR server, when this deployment sends checks to one (scripts/care-record.js). */
const careRecord = careRecordServer(process.env);

const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const appHtmlScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(match) =>
		/** @type {const} */ (`sha256-${createHash('sha256').update(match[1]).digest('base64')}`)
);

/**
 * SvelteKit's generated root component gives its route announcer a style="…" attribute, which a
 * strict style-src blocks: Svelte puts static attributes in the template it parses as HTML.
 * Written as style: directives instead, the same styles are set through the CSSOM, which CSP
 * allows. (tests/build/security.spec.ts fails on any style attribute left in the build.)
 * @type {import('svelte/compiler').PreprocessorGroup}
 */
const announcerStyle = {
	name: 'footing:announcer-style',
	markup({ content, filename }) {
		if (!filename?.replaceAll('\\', '/').endsWith('.svelte-kit/generated/root.svelte')) return;
		const code = content.replace(/ style="([^"{}]*)"/g, (_attribute, css) =>
			css
				.split(';')
				.map((declaration) => declaration.trim())
				.filter(Boolean)
				.map((declaration) => {
					const colon = declaration.indexOf(':');
					const property = declaration.slice(0, colon).trim();
					return ` style:${property}="${declaration.slice(colon + 1).trim()}"`;
				})
				.join('')
		);
		return { code };
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: [announcerStyle, vitePreprocess()],
	kit: {
		adapter: adapter({ pages, assets: pages, fallback: '200.html' }),
		// Absolute asset paths: a deep link served from the offline fallback must still find /_app/.
		paths: { relative: false },
		// The PWA plugin registers its own worker (see src/lib/state/update.svelte.ts).
		serviceWorker: { register: false },
		// Each prerendered page carries its stylesheets in its HTML (the start page's are about
		// 9 KB, 3 KiB gzip), so its first paint waits for no other request; the CSP allows them
		// by their hash.
		inlineStyleThreshold: 8192,
		// Strict, and sent in each page (a static host's headers add frame-ancestors: static/_headers).
		// SvelteKit adds the hash of each inline script it writes to script-src.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScripts],
				// No inline style but the prerendered page's own stylesheets, which SvelteKit adds
				// here by their hash. Svelte's style: directives set styles through the CSSOM, and
				// Footing uses no transitions (they would insert <style> elements).
				'style-src': ['self'],
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				// Nothing leaves the device, but to the care record a deployment configured.
				'connect-src': careRecord ? ['self', careRecord.origin] : ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// HTML and script URLs reach the DOM only through these policies: Svelte's, for the
				// templates it parses, and the default one in src/app.html for the service worker.
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'default']
			}
		}
	}
};

export default config;
