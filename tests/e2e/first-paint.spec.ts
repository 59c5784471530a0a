import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { CheckPages, MESSAGES } from './pages/check';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './pages/a11y';

/**
 * The start page paints before JavaScript: its prerendered shell (src/lib/start-shell.ts) shows
 * the heading and "New check" in the user's language, picked before the first paint by the
 * small inline script in src/app.html, and gives way to the app when it mounts.
 */

async function open(
	browser: Browser,
	options: BrowserContextOptions & { storedLanguage?: 'en' | 'nl'; withoutApp?: boolean },
	path = '/'
): Promise<Page> {
	const { storedLanguage, withoutApp, ...contextOptions } = options;
	const context = await browser.newContext(contextOptions);
	if (storedLanguage) {
		await context.addInitScript((language) => {
			localStorage.setItem('footing.language', language);
		}, storedLanguage);
	}
	// The app's own scripts never arrive: what shows is what the HTML and CSS paint on their own.
	if (withoutApp) await context.route('**/_app/**/*.js', (route) => route.abort());
	const page = await context.newPage();
	await page.goto(path);
	return page;
}

async function expectShellIn(page: Page, language: 'en' | 'nl'): Promise<void> {
	const t = MESSAGES[language].start;
	const other = MESSAGES[language === 'en' ? 'nl' : 'en'].start;
	await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
	await expect(page.getByRole('link', { name: t.newCheck })).toBeVisible();
	await expect(page.getByRole('link', { name: t.newCheck })).toHaveAttribute('href', '/new');
	await expect(page.getByText(other.title)).toBeHidden();
	await expect(page.getByText(other.newCheck)).toBeHidden();
}

test('with JavaScript off, the start page shows its heading and “New check”', async ({
	browser
}) => {
	const page = await open(browser, { javaScriptEnabled: false });
	await expectShellIn(page, 'en');
	await expect(page.getByText(MESSAGES.en.start.intro)).toBeVisible();
	await page.context().close();
});

test('before the app’s scripts arrive, a browser that prefers Dutch sees Dutch', async ({
	browser
}) => {
	const page = await open(browser, { locale: 'nl-NL', withoutApp: true });
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expectShellIn(page, 'nl');
	await expectNoAxeViolations(page, 'the start page before its scripts (nl)');
	await page.context().close();
});

test('before the app’s scripts arrive, the language chosen on this device wins', async ({
	browser
}) => {
	const dutch = await open(browser, { locale: 'en-GB', storedLanguage: 'nl', withoutApp: true });
	await expectShellIn(dutch, 'nl');
	await dutch.context().close();
	const english = await open(browser, { locale: 'nl-NL', storedLanguage: 'en', withoutApp: true });
	await expectShellIn(english, 'en');
	await english.context().close();
});

test('the start page paints styled from its HTML alone: no stylesheet or script is waited for', async ({
	browser
}) => {
	const context = await browser.newContext();
	const asked: string[] = [];
	await context.route('**/_app/**', (route) => {
		asked.push(new URL(route.request().url()).pathname);
		return route.abort();
	});
	const page = await context.newPage();
	await page.goto('/');
	await expectShellIn(page, 'en');
	// Styled as the app draws it: "New check" is a button of the app's tap height.
	const newCheck = page.getByRole('link', { name: MESSAGES.en.start.newCheck });
	const box = await newCheck.boundingBox();
	expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
	expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
	expect(await newCheck.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
	// Its styles are in the HTML: it asks for no stylesheet at all (only the app's scripts).
	expect(asked.filter((path) => path.endsWith('.css'))).toEqual([]);
	expect(asked.some((path) => path.endsWith('.js'))).toBe(true);
	await context.close();
});

test('a deep link served the start page (as offline) shows no start page before the app', async ({
	browser
}) => {
	const context = await browser.newContext();
	const startPage = await (await context.request.get('/')).text();
	await context.route('**/checks/some-check', (route) =>
		route.fulfill({ body: startPage, contentType: 'text/html' })
	);
	await context.route('**/_app/**/*.js', (route) => route.abort());
	const page = await context.newPage();
	await page.goto('/checks/some-check');
	await expect(page.locator('.start-shell')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
	await context.close();
});

test('the shell gives way to the app: one heading, one “New check”, no policy broken', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: MESSAGES.en.start.listTitle })).toBeVisible();
	await expect(page.locator('.start-shell')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('link', { name: MESSAGES.en.start.newCheck })).toHaveCount(1);
});

test('the focus in the shell goes to the main area when the app takes over, and Tab goes on there', async ({
	page
}) => {
	// The app's scripts wait until the keyboard user has tabbed to the shell's "New check".
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	const shellLink = page
		.locator('.start-shell')
		.getByRole('link', { name: MESSAGES.en.start.newCheck });
	await shellLink.focus();
	await expect(shellLink).toBeFocused();
	release();
	await expect(page.locator('.start-shell')).toHaveCount(0);
	await expect(page.locator('#main')).toBeFocused();
	await expect(page.getByRole('link', { name: MESSAGES.en.start.newCheck })).toBeVisible();
	await tabTo(page, /^New check$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.en.newCheck.title);
});

/** Record every layout shift the page makes, as Chromium reports it (Layout Instability API). */
async function recordShifts(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				shifts.push((entry as unknown as { value: number }).value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts so far, once the next frame is painted. */
async function shiftsOf(page: Page): Promise<number[]> {
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
	);
	return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

const PHONE = { width: 412, height: 823 };

test('the start page does not jump as it loads: what is on screen stays where it is', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE });
	await recordShifts(context);
	await context.addInitScript(() => {
		// A slow device: the list of checks (the newest first, read with a cursor on the
		// by-updated index) arrives half a second late, after the rest of the page is ready.
		const openCursor = IDBIndex.prototype.openCursor;
		IDBIndex.prototype.openCursor = function (...args: Parameters<IDBIndex['openCursor']>) {
			const request = openCursor.apply(this, args);
			if (this.name !== 'by-updated') return request;
			const listen = request.addEventListener.bind(request);
			request.addEventListener = ((type: string, listener: EventListener, options?: unknown) =>
				listen(
					type,
					type === 'success' ? (event) => setTimeout(() => listener(event), 500) : listener,
					options as AddEventListenerOptions
				)) as typeof request.addEventListener;
			return request;
		};
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByText(MESSAGES.en.start.empty)).toBeVisible();
	await expect(page.getByRole('heading', { name: MESSAGES.en.start.areasTitle })).toBeVisible();
	expect(await shiftsOf(page)).toEqual([]);
	await context.close();
});

test('with checks on the device, the list does not move under a finger as the page loads', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE });
	const setUp = await context.newPage();
	await new CheckPages(setUp).create({ label: 'Mrs Jansen, Dorpsstraat 1', rooms: { living: 1 } });
	await setUp.close();
	await recordShifts(context);
	await context.addInitScript(() => {
		// The browser is slow to say whether it keeps the data (not here: the hint shows).
		const storage = navigator.storage;
		const persisted = storage.persisted.bind(storage);
		storage.persisted = () => new Promise((resolve) => setTimeout(() => resolve(persisted()), 300));
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(
		page.getByRole('link', { name: MESSAGES.en.settings.storageHintLink })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Mrs Jansen, Dorpsstraat 1' })).toBeVisible();
	expect(await shiftsOf(page)).toEqual([]);
	await context.close();
});
