import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer } from '../serve.mjs';
import { buildFolder } from './builds';

declare global {
	interface Window {
		__footingReport?: (kind: string, detail: string) => void;
	}
}

/** The WCAG rule sets every screen must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every e2e test runs with a guard that fails it on a request to another origin (but those in
 * `allowedOrigins`: a deployment's care record), a Content-Security-Policy violation, or an
 * uncaught error in the page.
 */
export const test = base.extend<{ guard: void; allowedOrigins: string[] }>({
	allowedOrigins: [[], { option: true }],
	guard: [
		async ({ context, baseURL, allowedOrigins }, use) => {
			const origins = [new URL(baseURL!).origin, ...allowedOrigins];
			const problems: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (!origins.includes(new URL(url).origin))
					problems.push(`request to another origin: ${url}`);
			});
			await context.exposeBinding('__footingReport', (_source, kind: string, detail: string) => {
				problems.push(`${kind}: ${detail}`);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					window.__footingReport?.(
						'CSP violation',
						`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`
					);
				});
			});
			context.on('page', (page) => {
				page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
			});
			await use();
			expect(problems, 'requests, CSP violations and errors seen in the test').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export type AppServer = Awaited<ReturnType<typeof startServer>>;

/**
 * Tests that serve the app themselves, each on its own server (and so its own origin and
 * storage), which can switch to another build of the app (tests/e2e/builds.ts) mid-test.
 */
export const testWithServer = test.extend<{ app: AppServer }>({
	app: async ({}, use) => {
		const server = await startServer(buildFolder());
		await use(server);
		await server.close();
	},
	baseURL: async ({ app }, use) => use(app.url)
});

/** Wait until the service worker controls the page, so it can reload offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
		);
	});
}

/**
 * Run axe with Footing's WCAG tags and expect no violation. `only` limits it to some rules
 * (e.g. colour contrast again in the dark theme, where nothing else differs).
 */
export async function expectNoAxeViolations(
	page: Page,
	state: string,
	only?: string[]
): Promise<void> {
	const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	const results = await (only ? builder.withRules(only) : builder).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${state}`).toEqual([]);
}

/** Open the app in the given language (set as if chosen before on this device). */
export async function useLanguage(page: Page, language: 'en' | 'nl'): Promise<void> {
	await page.addInitScript((lang) => {
		if (!localStorage.getItem('footing.language')) localStorage.setItem('footing.language', lang);
	}, language);
}
