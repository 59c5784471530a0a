import { writeFile } from 'node:fs/promises';
import { makeJpeg } from '../fixtures/images';
import { expect, expectNoAxeViolations, test, useLanguage, waitForOfflineReady } from './fixtures';
import { CheckPages } from './pages/check';

test('a full check of a small home, with a reload in the middle, keeps every answer and note', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Mrs Jansen, Dorpsstraat', rooms: { living: 1, bathroom: 1 } });
	await expect(check.heading()).toHaveText('Living room');

	const livingCount = await check.answerAll(0);
	await check.answer(/loose rugs|rugs and mats/i, 'No');
	await check.note(/rugs and mats/i, 'Runner by the sofa slides');
	await check
		.item(/rugs and mats/i)
		.getByLabel('Priority')
		.selectOption({ label: 'Medium' });
	await check.saved();
	await expect(page.getByText(`${livingCount} of ${livingCount} answered`)).toBeVisible();
	await expect(page.getByText('1 hazard found')).toBeVisible();

	await page.reload();
	await expect(check.heading()).toHaveText('Living room');
	await expect(
		page
			.getByRole('group', { name: /rugs and mats/i })
			.getByRole('radio', { name: 'No', exact: true })
	).toBeChecked();
	await expect(check.item(/rugs and mats/i).getByRole('textbox')).toHaveValue(
		'Runner by the sofa slides'
	);
	await expect(page.getByText(`${livingCount} of ${livingCount} answered`)).toBeVisible();

	await page.getByRole('link', { name: /Next room/ }).click();
	await expect(check.heading()).toHaveText('Bathroom');
	const bathroomCount = await check.answerAll(1);
	await check.saved();
	await page.getByRole('link', { name: /To the summary/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary');
	await expect(page.getByText('Every question is answered.')).toBeVisible();
	const hazards = page.getByRole('row');
	await expect(hazards.filter({ hasText: 'Living room' }).getByRole('cell')).toHaveText('1');
	expect(bathroomCount).toBeGreaterThan(3);

	// Closing and reopening the check comes back to the room last open.
	await page.goto('/');
	await page.getByRole('link', { name: 'Open' }).click();
	await expect(page.getByRole('link', { name: 'Carry on: Bathroom' })).toBeVisible();
});

test('a photo is made small on the device and is still there after a reload', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Photo home', rooms: { bathroom: 1 } });
	const card = check.item(/grab rail/i).first();
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'bath.jpg',
		mimeType: 'image/jpeg',
		buffer: makeJpeg(2400, 1800)
	});
	const photo = card.getByRole('img', { name: /Photo 1 for/ });
	await expect(photo).toBeVisible();
	await page.reload();
	await expect(photo).toBeVisible();
	const size = await photo.evaluate((img: HTMLImageElement) => [
		img.naturalWidth,
		img.naturalHeight
	]);
	expect(size).toEqual([1600, 1200]);
	await card.getByRole('button', { name: 'Remove photo 1' }).click();
	await expect(photo).toHaveCount(0);
	await page.reload();
	await expect(card.getByRole('img')).toHaveCount(0);
});

test('a room loads its photos once: a change to the check in another tab does not reload them', async ({
	page,
	context
}) => {
	// Count the object URLs the page makes for photos, and its reads of a room's photos.
	await context.addInitScript(() => {
		const make = URL.createObjectURL.bind(URL);
		const counted = window as unknown as { photoUrls: number; photoReads: number };
		counted.photoUrls = 0;
		counted.photoReads = 0;
		URL.createObjectURL = (blob: Blob | MediaSource) => {
			if (blob instanceof Blob && blob.type === 'image/jpeg') counted.photoUrls += 1;
			return make(blob);
		};
		const getAll = IDBIndex.prototype.getAll;
		IDBIndex.prototype.getAll = function (this: IDBIndex, ...args) {
			if (this.name === 'by-room') counted.photoReads += 1;
			return getAll.apply(this, args);
		};
	});
	const check = new CheckPages(page);
	await check.create({ label: 'Photo home', rooms: { bathroom: 1 } });
	const card = check.item(/grab rail/i).first();
	await card.getByLabel(check.t.room.addPhoto).setInputFiles({
		name: 'bath.jpg',
		mimeType: 'image/jpeg',
		buffer: makeJpeg(800, 600)
	});
	const photo = card.getByRole('img', { name: /Photo 1 for/ });
	await expect(photo).toBeVisible();
	await page.reload();
	await expect(photo).toBeVisible();
	const src = await photo.getAttribute('src');
	const counts = () =>
		page.evaluate(() => {
			const counted = window as unknown as { photoUrls: number; photoReads: number };
			return { urls: counted.photoUrls, reads: counted.photoReads };
		});
	// Entering the room read its photos once and made one URL for its one photo.
	expect(await counts()).toEqual({ urls: 1, reads: 1 });

	const other = await context.newPage();
	await other.goto(page.url().replace(/\/rooms\/.*$/, ''));
	await other.getByText(check.t.check.editDetails).click();
	await other.getByLabel(check.t.newCheck.label).fill('Photo home, renamed');
	await other.getByRole('button', { name: check.t.check.saveDetails }).click();
	await expect(page.getByRole('link', { name: 'Photo home, renamed' })).toBeVisible();

	await expect(photo).toHaveAttribute('src', src!);
	expect(await counts()).toEqual({ urls: 1, reads: 1 });
	await other.close();
});

test('a file that is not a photo gets a clear message and changes nothing', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Bad files', rooms: { bathroom: 1 } });
	await check.answer(/grab rail/i, 'No');
	const card = check.item(/grab rail/i).first();
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('not a photo')
	});
	await expect(page.getByText('This file is not a photo. Please choose a photo.')).toBeVisible();
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'broken.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('JFIF but broken')
	});
	await expect(
		page.getByText('This photo could not be read. Please try another one.')
	).toBeVisible();
	await expect(card.getByRole('img')).toHaveCount(0);
	await page.reload();
	await expect(
		page.getByRole('group', { name: /grab rail/i }).getByRole('radio', { name: 'No', exact: true })
	).toBeChecked();
});

test('a 45 MB photo is made small and stored', async ({ page }, testInfo) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Big photo', rooms: { kitchen: 1 } });
	// A real JPEG followed by 45 MB of padding, as a camera's huge file; passed by path.
	const path = testInfo.outputPath('huge.jpg');
	await writeFile(path, Buffer.concat([makeJpeg(3200, 2400, 7), Buffer.alloc(45 * 1024 * 1024)]));
	const card = page.getByRole('article').first();
	await card.getByLabel('Add a photo').setInputFiles(path);
	const photo = card.getByRole('img', { name: /Photo 1 for/ });
	await expect(photo).toBeVisible({ timeout: 20_000 });
	expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
});

test('a label with markup, emoji, no text or 500 characters is handled', async ({ page }) => {
	await page.goto('/new');
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page.getByRole('alert')).toContainText('Please fill in a name for the home.');
	await page.getByLabel('Name of the home').fill('x'.repeat(500));
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page.getByRole('alert')).toContainText('120 characters or fewer');
	await expect(page).toHaveURL(/\/new$/);

	const hostile = '<img src=x onerror=alert(1)> 🏠 <script>alert(2)</script>';
	await page.getByLabel('Name of the home').fill(hostile);
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page).toHaveURL(/\/rooms\//);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 3, name: hostile })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a follow-up visit keeps the earlier answers and links to the earlier check', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Follow me', rooms: { stairs: 1 } });
	await check.answer(/handrail on both sides/i, 'No');
	await check.saved();
	await check.followUp('Follow me');
	await expect(page.getByText(/This is a follow-up visit/)).toBeVisible();
	await page.getByRole('link', { name: /Carry on/ }).click();
	await check.expectAnswer(/handrail on both sides/i, check.t.room.no);
	await expect(check.item(/handrail on both sides/i)).toContainText('From the last visit');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Follow me' })).toHaveCount(2);
	await expect(page.getByText(/^Follow-up of the visit on \d{1,2} \w+ \d{4}$/)).toHaveCount(1);
});

test('delete asks first, and undo brings the check back', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Delete me', rooms: { toilet: 1 } });
	await page.goto('/');
	await page.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete the check “Delete me”?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete' }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('“Delete me” was deleted.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();
});

test('search finds checks by label', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Mrs Jansen, Dorpsstraat', rooms: { toilet: 1 } });
	await check.create({ label: 'Mr de Vries, Kerkweg', rooms: { toilet: 1 } });
	await page.goto('/');
	await page.getByLabel('Search by name or address').fill('kerkweg');
	const list = page.getByRole('region', { name: 'Checks on this device' });
	await expect(list.getByRole('heading', { level: 3 })).toHaveText(['Mr de Vries, Kerkweg']);
	await page.getByLabel('Search by name or address').fill('nobody');
	await expect(page.getByText('No check matches “nobody”.')).toBeVisible();
});

test('rooms can be added, renamed and removed after the start', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Rooms', rooms: { bathroom: 2 } });
	await expect(check.heading()).toHaveText('Bathroom 1');
	await page.getByRole('link', { name: 'Rooms', exact: true }).click();
	await page.getByText('Change rooms').click();
	await page.getByLabel('Name of Bathroom 2').fill('Upstairs bathroom');
	await page.getByLabel('Name of Bathroom 2').press('Enter');
	await page.getByLabel('Kind of room').selectOption({ label: 'Kitchen' });
	await page.getByRole('button', { name: 'Add a room' }).click();
	const rooms = page.getByRole('list', { name: 'Rooms' });
	await expect(rooms.getByRole('link')).toHaveCount(3);
	await page.getByRole('button', { name: 'Remove: Bathroom' }).first().click();
	await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
	await page.reload();
	await expect(rooms.getByRole('link')).toHaveCount(2);
	await expect(rooms.getByRole('link', { name: /^Upstairs bathroom/ })).toBeVisible();
	await expect(rooms.getByRole('link', { name: /^Kitchen/ })).toBeVisible();
});

test('the personal factors show the fall-risk score as answers come in', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Personal', rooms: {}, personal: true });
	await expect(check.heading()).toHaveText('Personal factors');
	await check.answer(/fallen.*past year|past year.*fall/i, 'Yes');
	await expect(page.getByText('2 of 14 points')).toBeVisible();
	await check.answer(/walking stick|walker|cane/i, 'Yes');
	await expect(page.getByText('4 of 14 points')).toBeVisible();
	await expect(page.getByText(/Higher risk of falling/)).toBeVisible();
});

test('the whole journey works offline after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	const check = new CheckPages(page);
	await check.create({ label: 'No signal', rooms: { toilet: 1 } });
	await check.answerAll(1);
	await check.saved();
	await page.reload();
	await expect(check.heading()).toHaveText('Toilet');
	await page.getByRole('link', { name: /To the summary/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'No signal' })).toBeVisible();
});

for (const language of ['en', 'nl'] as const) {
	test(`axe finds nothing on any screen of a check (${language})`, async ({ page }) => {
		test.setTimeout(180_000);
		const check = new CheckPages(page);
		await check.create({ label: 'Axe home', rooms: { bathroom: 1 }, personal: true });
		await check.answer(/grab rail/i, 'No');
		await check.note(/grab rail/i, 'Only a towel rail');
		await useLanguage(page, language);
		await page.evaluate((lang) => localStorage.setItem('footing.language', lang), language);
		const room = page.url();
		const base = room.replace(/\/rooms\/.*$/, '');
		for (const [name, url] of [
			['start page', '/'],
			['new check', '/new'],
			['room', room],
			['overview', base],
			['summary', `${base}/summary`],
			['settings', '/settings']
		] as const) {
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page, `${name} (${language})`);
		}
		await page.goto(base);
		await page.getByRole('link', { name: /Personal factors|Persoonlijke factoren/ }).click();
		await expectNoAxeViolations(page, `personal factors (${language})`);
	});
}
