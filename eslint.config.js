import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const IDB = { name: 'idb', message: 'Only src/lib/db talks to IndexedDB.' };
const JSPDF = { name: 'jspdf', message: 'Only src/lib/pdf draws PDFs.' };
const DB = {
	group: ['$lib/db', '$lib/db/*'],
	message: 'Pages reach the data through the state classes in src/lib/state.'
};

/** Files that may not import some modules (one block per layer, so no block undoes another). */
function layer(files, ignores, paths, patterns = []) {
	const rules = { 'no-restricted-imports': ['error', { paths, patterns }] };
	if (patterns.length > 0) {
		// import() too: a page must not load the data layer on demand either.
		rules['no-restricted-syntax'] = [
			'error',
			...patterns.map((pattern) => ({
				// esquery's regex cannot hold '/' or '$': '.' stands in for them.
				selector: `ImportExpression[source.value=/^${pattern.group[0].replace(/[$/]/g, '.')}/]`,
				message: pattern.message
			}))
		];
	}
	return { files, ignores, rules };
}

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'bench/results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with type information.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// User text is never rendered as HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	// The layers, held as rules: only src/lib/db talks to IndexedDB, only src/lib/pdf draws
	// PDFs, and pages reach the data through the state classes in src/lib/state.
	layer(
		['src/**/*.ts', 'src/**/*.svelte'],
		['src/lib/db/**', 'src/lib/pdf/**', 'src/routes/**'],
		[IDB, JSPDF]
	),
	layer(['src/lib/db/**'], [], [JSPDF]),
	layer(['src/lib/pdf/**'], [], [IDB]),
	layer(['src/routes/**'], [], [IDB, JSPDF], [DB]),
	{
		// Playwright reads a fixture's dependencies from its first parameter, which must be an
		// object pattern even when the fixture needs none: `async ({}, use) => ...`.
		files: ['tests/e2e/**'],
		rules: { 'no-empty-pattern': 'off' }
	},
	{
		// State classes keep private bookkeeping (pending saves, loaded rooms) in plain Maps and
		// Sets on purpose: nothing renders from them, so making them reactive would only cost.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
