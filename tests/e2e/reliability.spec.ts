/**
 * Never lose an answer: the ways offline apps are known to lose data (crashes, two tabs,
 * updates, failed migrations, full disks), each made impossible and proved here.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserLaunchOptions } from '../browser';
import { makeJpeg } from '../fixtures/images';
import { buildFolder } from './builds';
import { expect, testWithServer, useLanguage, waitForOfflineReady } from './fixtures';
import { CheckPages } from './pages/check';

/** Each test serves the app itself, so it can put a newer build online. */
const test = testWithServer;

/** The first stairs question: answered "no" it is a hazard, with a fix, a note and photos. */
const RAIL = 'stairs.rail-any';

/** The version of Footing's database in this page's origin. */
function databaseVersion(page: Page): Promise<number | undefined> {
	return page.evaluate(async () => {
		const all = await indexedDB.databases();
		return all.find((db) => db.name === 'footing')?.version;
	});
}

test('1. an answer tapped just before the browser closes is there when it starts again', async ({
	app
}) => {
	const profile = mkdtempSync(join(tmpdir(), 'footing-profile-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, { ...browserLaunchOptions(), baseURL: app.url });
	try {
		const first = await launch();
		const page = first.pages()[0] ?? (await first.newPage());
		const check = new CheckPages(page);
		await check.create({ label: 'Crash test', rooms: { stairs: 1 } });
		const url = page.url();
		await check.answer(RAIL, 'No');
		await check.saved();
		await first.close(); // right after the UI said "saved"

		const second = await launch();
		const again = second.pages()[0] ?? (await second.newPage());
		await again.goto(url);
		await expect(new CheckPages(again).choice(RAIL, 'No')).toBeChecked();
		await second.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('1. a note being typed is saved when the tab is hidden, and when it is closed', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Notes', rooms: { stairs: 1 } });
	const url = page.url();
	// Stop the clock: the typing pause never ends, so only hiding or closing can save the note.
	await page.clock.install();
	await page.reload();
	await check.note(RAIL, 'Hidden while typing');
	await expect(page.getByText('Saving…')).toBeVisible();
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await check.saved();

	await page.reload();
	await check.note(RAIL, 'Closed while typing');
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await again.goto(url);
	await expect(new CheckPages(again).item(RAIL).getByRole('textbox')).toHaveValue(
		'Closed while typing'
	);
});

test('2. the same check open in two tabs: a change in one shows in the other within a second', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Two tabs', rooms: { stairs: 1 } });
	const other = await context.newPage();
	await other.goto(page.url());
	const otherCheck = new CheckPages(other);
	await expect(otherCheck.heading()).toHaveText('Hall and stairs');

	await check.answer(RAIL, 'No');
	await expect(new CheckPages(other).choice(RAIL, 'No')).toBeChecked({ timeout: 1000 });
	await expect(otherCheck.item(RAIL)).toContainText('Hazard: ', { timeout: 1000 });

	// Different fields of one answer changed in each tab: neither overwrites the other.
	await otherCheck.note(RAIL, 'Note from the second tab');
	await otherCheck.saved();
	await check.answer(RAIL, 'Yes');
	await check.saved();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('Note from the second tab', {
		timeout: 1000
	});
	for (const tab of [page, other]) {
		await tab.reload();
		await expect(new CheckPages(tab).choice(RAIL, 'Yes')).toBeChecked();
		await expect(new CheckPages(tab).item(RAIL).getByRole('textbox')).toHaveValue(
			'Note from the second tab'
		);
	}
});

test.describe('updates', () => {
	// The page must load each build from the server, not from the offline cache.
	test.use({ serviceWorkers: 'block' });

	test('3. an old tab saves, lets go and asks to reload when a newer version opens', async ({
		page,
		context,
		app
	}) => {
		const check = new CheckPages(page);
		await check.create({ label: 'Upgrade', rooms: { stairs: 1 } });
		const url = page.url();
		await check.answer(RAIL, 'No');
		await check.saved();
		const before = await databaseVersion(page);
		await page.clock.install(); // hold the typing pause: the note is still unsaved
		await check.note(RAIL, 'Typed in the old tab');

		app.serve(buildFolder('next'));
		const newer = await context.newPage();
		const opened = Date.now();
		await newer.goto(url);
		await expect(new CheckPages(newer).heading()).toHaveText('Hall and stairs', { timeout: 5000 });
		expect(Date.now() - opened).toBeLessThan(5000);
		expect(await databaseVersion(newer)).toBe(before! + 1);
		await expect(new CheckPages(newer).item(RAIL).getByRole('textbox')).toHaveValue(
			'Typed in the old tab'
		);
		await expect(new CheckPages(newer).choice(RAIL, 'No')).toBeChecked();
		await expect(page.getByRole('alert').filter({ hasText: 'Reload this page' })).toBeVisible();
	});

	test('4. a migration that fails leaves the data as it was, says so, and the fixed version opens', async ({
		page,
		app
	}) => {
		const check = new CheckPages(page);
		await check.create({ label: 'Migration', rooms: { stairs: 1 } });
		await check.answer(RAIL, 'No');
		await check.saved();
		const before = await databaseVersion(page);

		app.serve(buildFolder('broken'));
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText(
			'Footing could not update the stored data to this new version. Nothing was changed or lost.'
		);
		expect(await databaseVersion(page)).toBe(before);

		app.serve(buildFolder('next'));
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Migration' })).toBeVisible();
		await expect(page.getByText('1 hazard found')).toBeVisible();
		expect(await databaseVersion(page)).toBe(before! + 1);
	});
});

test('5. a photo that does not fit on the device: a clear message, the answer kept', async ({
	page
}) => {
	await useLanguage(page, 'nl');
	await page.goto('/');
	await page.getByRole('link', { name: 'Nieuwe check' }).click();
	await page.getByLabel('Naam of adres').fill('Vol apparaat');
	await page.getByRole('button', { name: 'Begin de check' }).click();
	await expect(page).toHaveURL(/\/rooms\//);
	const dutch = new CheckPages(page, 'nl');
	await dutch.answer('entrance.steps-rail', 'Nee');
	await expect(page.getByText('Opgeslagen op dit apparaat')).toBeVisible();

	// The disk fills up: from now on the browser refuses to store photos, as Chromium does when
	// the origin's quota is used up (its QuotaExceededError). (DevTools' quota override does not
	// reach an IndexedDB connection that already holds data, so the refusal is simulated.)
	await page.evaluate(() => {
		const add = IDBObjectStore.prototype.add;
		IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
			if (this.name === 'photos')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		} as typeof add;
	});
	const card = dutch.item('entrance.steps-rail');
	await card.getByLabel('Foto toevoegen').setInputFiles({
		name: 'big.jpg',
		mimeType: 'image/jpeg',
		buffer: makeJpeg(1600, 1200, 3, 95)
	});
	await expect(page.getByRole('status').filter({ hasText: 'Dit apparaat is vol' })).toBeVisible();
	await expect(card.getByRole('img')).toHaveCount(0);

	await page.reload();
	await dutch.expectAnswer('entrance.steps-rail', 'Nee');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Vol apparaat' })).toBeVisible();
});

test('6. a new version while a note is being typed: a banner, no reload until accepted, the note kept', async ({
	page,
	app
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const check = new CheckPages(page);
	await check.create({ label: 'New version', rooms: { stairs: 1 } });
	const before = await databaseVersion(page);
	await page.clock.install();
	await page.reload();
	await check.note(RAIL, 'Still typing');
	await page.evaluate(() => ((window as Window & { stayed?: boolean }).stayed = true));

	app.serve(buildFolder('next'));
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const banner = page.getByRole('status').filter({ hasText: 'A new version of Footing is ready.' });
	await expect(banner).toBeVisible({ timeout: 15_000 });
	await page.clock.runFor(5000); // time passes: still no reload under the user's hands
	expect(await page.evaluate(() => (window as Window & { stayed?: boolean }).stayed)).toBe(true);
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('Still typing');

	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	expect(
		await page.evaluate(() => (window as Window & { stayed?: boolean }).stayed)
	).toBeUndefined();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('Still typing');
	expect(await databaseVersion(page)).toBe(before! + 1);
});

test('7. persistent storage is asked for after the first saved check, and shown in Settings', async ({
	page
}) => {
	await page.addInitScript(() => {
		const persist = navigator.storage.persist.bind(navigator.storage);
		(window as Window & { persistCalls?: number }).persistCalls = 0;
		navigator.storage.persist = () => {
			(window as Window & { persistCalls?: number }).persistCalls! += 1;
			return persist();
		};
	});
	const calls = () =>
		page.evaluate(() => (window as Window & { persistCalls?: number }).persistCalls);
	await page.goto('/');
	await page.goto('/settings');
	expect(await calls()).toBe(0);

	const check = new CheckPages(page);
	await check.create({ label: 'Keep me', rooms: { toilet: 1 } });
	await expect.poll(calls).toBeGreaterThan(0);
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByTestId('persisted')).toHaveText(
		/promised to keep Footing’s data|may delete Footing’s data/
	);
	await expect(page.getByTestId('usage')).toHaveText(
		/^Footing uses [\d.,]+ (bytes|KB|MB) on this device\.$/
	);
});

test('8. "Delete all data" empties IndexedDB, the caches and local storage, and starts fresh', async ({
	page
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const check = new CheckPages(page);
	await check.create({ label: 'Forget me', rooms: { toilet: 1 } });
	await check.answer('toilet.rail', 'No');
	await check.saved();
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Delete all data' }).click();
	const dialog = page.getByRole('dialog', {
		name: 'Delete everything Footing keeps on this device?'
	});
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Forget me' })).toBeVisible();

	await page.goto('/settings');
	await page.getByRole('button', { name: 'Delete all data' }).click();
	await dialog.getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByText('Everything Footing kept on this device is deleted.')).toBeVisible();
	const left = await page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((db) => db.name),
		caches: await caches.keys(),
		localStorage: localStorage.length,
		workers: (await navigator.serviceWorker.getRegistrations()).length
	}));
	expect(left).toEqual({ databases: [], caches: [], localStorage: 0, workers: 0 });

	await page.getByRole('link', { name: 'Start again' }).click();
	await expect(page.getByText('No checks yet.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Forget me' })).toHaveCount(0);
});
