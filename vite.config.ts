import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { careRecordServer } from './scripts/care-record.js';
import { splitMessages } from './scripts/split-messages.ts';
import { startChunk } from './scripts/start-chunk.ts';
import { trimmedJsPdf } from './scripts/trim-jspdf.ts';

export default defineConfig({
	plugins: [
		// jsPDF without the plugins Footing never calls (forms, HTML, SVG, PNG, TrueType, ...).
		trimmedJsPdf(),
		// Each language's messages in two parts: the start page's, and the rest.
		splitMessages(),
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			manifest: {
				name: 'Footing',
				short_name: 'Footing',
				description:
					'Find and fix fall hazards in a home, room by room, with a printable action plan. Works offline; answers stay on this device.',
				lang: 'en',
				start_url: '/',
				scope: '/',
				id: '/',
				display: 'standalone',
				theme_color: '#0f5c55',
				background_color: '#fbf8f3',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: '/icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					},
					{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' }
				]
			},
			workbox: {
				// The install icons (PNG) are left out: the browser fetches them itself when the app
				// is installed, and no page shows them. The header's icon.svg is the one image a page uses.
				globPatterns: [
					'client/**/*.{js,css,html,webmanifest,woff,woff2,txt}',
					'client/icons/icon.svg',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				clientsClaim: true,
				ignoreURLParametersMatching: [/^x-sveltekit-/]
			}
		})
	],
	build: {
		target: 'es2022',
		rollupOptions: { output: { codeSplitting: { groups: [startChunk()] } } }
	},
	define: {
		// Names a test build (tests/e2e/builds.ts); empty in every real build.
		__FOOTING_VARIANT__: JSON.stringify(process.env.FOOTING_VARIANT ?? ''),
		// The care record this deployment sends checks to, or null: then no code for it is built.
		__FOOTING_CARE_RECORD__: JSON.stringify(careRecordServer(process.env) ?? null)
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					environment: 'node',
					// The unit tests make PDFs with the same trimmed jsPDF the browser gets.
					server: { deps: { inline: ['jspdf'] } }
				}
			},
			{
				// The state classes (rune classes), compiled as the browser gets them, on fake-indexeddb.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'state',
					include: ['src/**/*.svelte.spec.ts'],
					environment: 'node',
					setupFiles: ['tests/unit/state-setup.ts']
				}
			},
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.spec.ts'], environment: 'node' }
			}
		]
	}
});
