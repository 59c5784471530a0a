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
import { atOnce, kill } from './windows';

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

test('2b. the start page open in another tab counts an answer as soon as it is saved', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Counted elsewhere', rooms: { stairs: 1 } });
	const start = await context.newPage();
	await start.goto('/');
	const card = start.locator('main li.card', { hasText: 'Counted elsewhere' });
	await expect(card).toContainText('No actions open');

	await check.answer(RAIL, 'No');
	await check.saved();
	await expect(card).toContainText('1 action still open');
	await check.answer(RAIL, 'Yes');
	await check.saved();
	await expect(card).toContainText('No actions open');
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
		await expect(page.getByText('1 action still open')).toBeVisible();
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

// Issue #17: the ways an attack on the production build lost data or misled the user.

const YEAR = 365.25 * 24 * 3600 * 1000;
/** Asked once the stairs have a rail (or not). */
const BOTH = 'stairs.rail-both-sides';

/** The overview of the check whose room page is open. */
const overviewOf = (url: string) => url.replace(/\/rooms\/.*$/, '');

/** The check's id and the room's id, from the URL of a room page. */
function idsOf(url: string): { checkId: string; roomId: string } {
	const [, checkId, roomId] = /\/checks\/([^/]+)\/rooms\/([^/?#]+)/.exec(url)!;
	return { checkId: checkId!, roomId: roomId! };
}

test('9. the later answer wins wherever the device clock is set: ten years ahead, back, ten years behind', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Clock', rooms: { stairs: 1 } });
	const now = Date.now();
	await check.answer(RAIL, 'No');
	await check.saved();

	await page.clock.setFixedTime(now + 10 * YEAR);
	await page.reload();
	await check.answer(RAIL, 'Yes');
	await check.saved();

	// The clock is put right again: the next answer still wins, also after a reload.
	await page.clock.setFixedTime(now + 60_000);
	await page.reload();
	await check.answer(RAIL, 'No');
	await check.saved();
	await page.reload();
	await check.expectAnswer(RAIL, 'No');

	await page.clock.setFixedTime(now - 10 * YEAR);
	await page.reload();
	await check.answer(RAIL, 'Yes');
	await check.note(RAIL, 'Typed ten years back');
	await check.saved();
	await page.reload();
	await check.expectAnswer(RAIL, 'Yes');
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('Typed ten years back');
});

test('10. a details form left open never undoes a rename made in another window; untouched fields follow it', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Mrs Jansen', rooms: { stairs: 1 } });
	const overview = overviewOf(page.url());
	const other = await context.newPage();
	for (const tab of [page, other]) {
		await tab.goto(overview);
		await tab.getByText('Details of the check').click();
	}
	await other.getByLabel('Name or address').fill('Mrs Jansen-de Vries, Dorpsstraat 1');
	await other.getByRole('button', { name: 'Save details' }).click();
	await new CheckPages(other).saved();

	// The first window's form follows the rename, since its name field was not touched there.
	await expect(page.getByLabel('Name or address')).toHaveValue(
		'Mrs Jansen-de Vries, Dorpsstraat 1',
		{ timeout: 1000 }
	);
	await page.getByLabel('Date of the visit').fill('2027-01-14');
	await page.getByRole('button', { name: 'Save details' }).click();
	await check.saved();
	for (const tab of [page, other]) {
		await tab.reload();
		await expect(tab.getByRole('heading', { level: 1 })).toHaveText(
			'Mrs Jansen-de Vries, Dorpsstraat 1'
		);
		await expect(tab.getByText(/14 January 2027/).first()).toBeVisible();
	}
});

test('11. rooms changed in two windows within 20 ms are both kept; a room with answers asks first and comes back with Undo', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Two editors', rooms: { stairs: 1 } });
	await check.answer(RAIL, 'No');
	await check.saved();
	const overview = overviewOf(page.url());
	const other = await context.newPage();
	for (const tab of [page, other]) {
		await tab.goto(overview);
		await tab.getByText('Change rooms').click();
	}
	await page.getByLabel('Name of Hall and stairs').fill('Attic stairs');
	await other.getByLabel('Kind of room').selectOption({ label: 'Toilet' });
	const skew = await atOnce(
		page.getByLabel('Name of Hall and stairs'),
		{ kind: 'change' },
		other.getByRole('button', { name: 'Add a room' }),
		{ kind: 'click' }
	);
	test.info().annotations.push({ type: 'ms between the two changes', description: String(skew) });
	for (const tab of [page, other]) {
		await expect(tab.getByLabel('Name of Attic stairs')).toHaveValue('Attic stairs');
		await expect(tab.getByLabel('Name of Toilet')).toBeVisible();
		await tab.reload();
		await tab.getByText('Change rooms').click();
		await expect(tab.getByLabel('Name of Attic stairs')).toHaveValue('Attic stairs');
		await expect(tab.getByLabel('Name of Toilet')).toBeVisible();
	}

	// A room without answers goes at once, with Undo; one with answers asks first.
	await page.getByRole('button', { name: 'Remove: Toilet' }).click();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: '“Toilet” was removed' })).toBeVisible();
	await page.getByRole('button', { name: 'Remove: Attic stairs' }).click();
	const dialog = page.getByRole('dialog', { name: 'Remove “Attic stairs” and its answers?' });
	await dialog.getByRole('button', { name: 'Remove' }).click();
	await expect(page.getByLabel('Name of Attic stairs')).toHaveCount(0);
	await expect(other.getByLabel('Name of Attic stairs')).toHaveCount(0, { timeout: 1000 });
	const removed = page.getByRole('status').filter({ hasText: '“Attic stairs” was removed' });
	await removed.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('“Attic stairs” is back.')).toBeVisible();
	await expect(other.getByLabel('Name of Attic stairs')).toBeVisible({ timeout: 1000 });
	await page.getByRole('link', { name: /Carry on/ }).click();
	await check.expectAnswer(RAIL, 'No');
});

test('12. a check deleted in another window: said at once with Undo, nothing "saved" into it, Undo keeps the change', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Deleted elsewhere', rooms: { stairs: 1 } });
	const start = await context.newPage();
	await start.goto('/');
	const card = start.getByRole('listitem').filter({ hasText: 'Deleted elsewhere' });
	await card.getByRole('button', { name: 'Delete' }).click();
	await start.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();

	const notice = page
		.getByRole('alert')
		.filter({ hasText: 'This check was deleted in another window.' });
	await expect(notice).toBeVisible({ timeout: 1000 });
	await check.answer(RAIL, 'No');
	const status = page.locator('[data-state]');
	await expect(status).toHaveText(
		/This check was deleted in another window, so the last change was not saved\./
	);
	await expect(page.getByText('Saved on this device')).toHaveCount(0);

	await check.switchLanguage('nl');
	await expect(
		page.getByRole('alert').filter({ hasText: 'Deze check is in een ander venster verwijderd.' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByText('De check is terug. Uw wijzigingen zijn opgeslagen.')).toBeVisible();
	await expect(page.getByText('Opgeslagen op dit apparaat')).toBeVisible();
	await page.reload();
	await new CheckPages(page, 'nl').expectAnswer(RAIL, 'Nee');
	await expect(start.getByRole('heading', { name: 'Deleted elsewhere' })).toBeVisible({
		timeout: 1000
	});
});

test('13. a note is kept when the page is killed 0–300 ms after the last key, before the typing pause', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Killed', rooms: { stairs: 1 } });
	const url = page.url();
	let tab = page;
	for (const [i, wait] of [0, 60, 150, 300].entries()) {
		const text = `Note ${i}, typed as the page died`;
		const note = new CheckPages(tab);
		await note.note(RAIL, '');
		await note.item(RAIL).getByRole('textbox').pressSequentially(text);
		await tab.waitForTimeout(wait);
		await kill(tab);
		tab = await context.newPage();
		await tab.goto(url);
		await expect(new CheckPages(tab).item(RAIL).getByRole('textbox')).toHaveValue(text);
	}
});

test('14. the same note typed in two windows: the other text shows as it arrives; both typed, both kept and said', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'One note, two windows', rooms: { stairs: 1 } });
	const other = await context.newPage();
	await other.goto(page.url());
	const there = new CheckPages(other);
	await there.note(RAIL, 'Typed in the second window');
	await there.saved();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('Typed in the second window', {
		timeout: 1000
	});

	await atOnce(
		check.item(RAIL).getByRole('textbox'),
		{ kind: 'type', text: 'Rail loose at the top' },
		there.item(RAIL).getByRole('textbox'),
		{ kind: 'type', text: 'Rail missing on the left' }
	);
	for (const tab of [check, there]) {
		const box = tab.item(RAIL).getByRole('textbox');
		await expect(box).toHaveValue(/Rail loose at the top/, { timeout: 2000 });
		await expect(box).toHaveValue(/Rail missing on the left/);
		await expect(tab.item(RAIL)).toContainText(
			'This note was typed in two windows at the same time. Both texts are kept, one under the other.'
		);
	}
	await page.reload();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue(
		/Rail loose at the top\n———\nRail missing on the left|Rail missing on the left\n———\nRail loose at the top/
	);
});

test('15. a full device: "Start the check" says so; a tap that fails shows the answer really stored', async ({
	page,
	context,
	app
}) => {
	// No room at all for this origin, set before Footing first stores anything (Chromium's
	// quota override does not reach a database that already exists).
	const origin = new URL(app.url).origin;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
	await page.goto('/new');
	await page.getByLabel('Name or address').fill('No room left');
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/This device is full, so Footing cannot save anything new\./
	);
	await expect(page).toHaveURL(/\/new$/);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await cdp.detach();

	const fresh = await context.newPage();
	await page.close();
	const check = new CheckPages(fresh);
	await check.create({ label: 'Full later', rooms: { stairs: 1 } });
	await check.answer(RAIL, 'Yes');
	await check.saved();
	// From now on the disk is full for answers (see test 5 on why the refusal is simulated).
	await fresh.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
			if (this.name === 'answers')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		} as typeof put;
	});
	await check.choice(RAIL, 'No').click(); // not check(): it goes back at once
	await expect(fresh.locator('[data-state]')).toHaveText(
		/This device is full, so the last change was not saved\./
	);
	await check.expectAnswer(RAIL, 'Yes');
	await expect(check.item(RAIL)).not.toContainText('Hazard: ');
	await fresh.reload();
	await check.expectAnswer(RAIL, 'Yes');
});

test('16. a backup restored with "Replace" in another window: the window showing that check reads it again', async ({
	page,
	context
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Replaced', rooms: { stairs: 1 } });
	const url = page.url();
	await check.answer(RAIL, 'No');
	await check.saved();
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Make a backup of all checks' }).click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save the backup file' }).click()
	]);
	const path = (await file.path())!;
	await page.goto(url);
	await check.answer(RAIL, 'Yes');
	await check.saved();

	const settings = await context.newPage();
	await settings.goto('/settings');
	await settings.getByLabel('Choose a backup file').setInputFiles(path);
	await settings.getByRole('radio', { name: 'Replace the one on this device' }).check();
	await settings.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(settings.getByText('1 check restored.')).toBeVisible();
	await expect(check.choice(RAIL, 'No')).toBeChecked({ timeout: 1000 });
	await check.answer(RAIL, 'Yes'); // and the next answer saves over it as usual
	await check.saved();
	await page.reload();
	await check.expectAnswer(RAIL, 'Yes');
});

test('17. Back to the start page after a delete keeps its Undo', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Kept', rooms: { toilet: 1 } });
	await check.create({ label: 'Deleted, then Back', rooms: { toilet: 1 } });
	await page.goto('/');
	const card = page.getByRole('listitem').filter({ hasText: 'Deleted, then Back' });
	await card.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByText('“Deleted, then Back” was deleted.')).toBeVisible();
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Kept' })
		.getByRole('link', { name: 'Open' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kept');
	await page.goBack();
	await expect(page.getByText('“Deleted, then Back” was deleted.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('“Deleted, then Back” is back.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Deleted, then Back' })).toBeVisible();
});

test('18. the journal is checked field by field when replayed: a bad entry is dropped, a good one saved', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Journal', rooms: { stairs: 1 } });
	const { checkId, roomId } = idsOf(page.url());
	const at = Date.now();
	await page.evaluate(
		(entries) => localStorage.setItem('footing.pending-changes', JSON.stringify(entries)),
		[
			{ checkId, roomId, itemId: BOTH, field: 'note', value: 'x'.repeat(5000), at },
			{ checkId, roomId, itemId: BOTH, field: 'value', value: 'maybe', at },
			{ checkId, roomId, itemId: '<img src=x onerror=alert(1)>', field: 'note', value: 'x', at },
			{ checkId, roomId, itemId: RAIL, field: 'value', value: 'yes', at },
			{ checkId, roomId, itemId: RAIL, field: 'note', value: 'From the journal', at }
		]
	);
	await page.reload();
	await check.expectAnswer(RAIL, 'Yes');
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue('From the journal');
	await expect(check.item(BOTH).locator('input:checked')).toHaveCount(0);
	await expect(check.item(BOTH).getByRole('textbox')).toBeHidden();
	expect(await page.evaluate(() => localStorage.getItem('footing.pending-changes'))).toBeNull();
});
