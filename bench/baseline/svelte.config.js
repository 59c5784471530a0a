/**
 * The baseline for the benchmark (bench/run.ts): an empty SvelteKit page, built with the same
 * versions and the same adapter settings as Footing, with SvelteKit's own small service worker.
 * Built from this folder; everything it writes goes to bench/results/baseline/ (git-ignored).
 */
import adapter from '@sveltejs/adapter-static';

const out = '../results/baseline';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: `${out}/build`, assets: `${out}/build`, fallback: '200.html' }),
		outDir: `${out}/.svelte-kit`,
		paths: { relative: false }
	}
};

export default config;
