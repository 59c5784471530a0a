import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { AREAS } from '../../src/lib/checklist/areas';
import { itemById } from '../../src/lib/checklist/catalogue';
import { makeJpeg } from '../fixtures/images';
import { expect, test, useLanguage } from './fixtures';
import { caseloadFile, restoreInSettings } from './caseload';
import { CheckPages, MESSAGES } from './pages/check';

/** The first stairs question: answered "no" it is a hazard, with a fix, a note and photos. */
const RAIL = 'stairs.rail-any';

/** Click a button that downloads a file; the file's path and name. */
async function download(page: Page, button: string | RegExp) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { path: (await file.path())!, name: file.suggestedFilename() };
}

/** A check with an answer, a note and a photo; returns the backup file of all checks. */
async function checkWithBackup(page: Page) {
	const check = new CheckPages(page);
	await check.create({ label: 'Mrs Jansen, Dorpsstraat', rooms: { stairs: 1 } });
	await check.answer(RAIL, 'No');
	await check.note(RAIL, 'Alleen links een leuning – <b>niet</b> vergeten');
	await check
		.item(RAIL)
		.getByLabel('Add a photo')
		.setInputFiles({
			name: 'stairs.jpg',
			mimeType: 'image/jpeg',
			buffer: makeJpeg(1200, 900, 9)
		});
	await expect(check.item(RAIL).getByRole('img')).toBeVisible();
	await check.saved();
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Make a backup of all checks' }).click();
	await expect(
		page.getByText(/^The backup holds 1 check and 1 photo: [\d.,]+ (KB|MB)\.$/)
	).toBeVisible();
	const file = await download(page, 'Save the backup file');
	expect(file.name).toMatch(/^footing-backup-\d{4}-\d{2}-\d{2}\.zip$/);
	await expect(page.getByText(/^Last backup: /)).toBeVisible();
	return file;
}

test('a backup made here restores in a fresh browser profile with everything in it', async ({
	page,
	browser,
	baseURL
}) => {
	const file = await checkWithBackup(page);

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto('/settings');
	await other.getByLabel('Choose a backup file').setInputFiles(file.path);
	await expect(other.getByText(/^This backup holds 1 check, made on/)).toBeVisible();
	await other.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(other.getByText('1 check restored.')).toBeVisible();
	await other.goto('/');
	await other.getByRole('link', { name: 'Open' }).click();
	await other.getByRole('link', { name: /Carry on/ }).click();
	const check = new CheckPages(other);
	await expect(new CheckPages(other).choice(RAIL, 'No')).toBeChecked();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue(
		'Alleen links een leuning – <b>niet</b> vergeten'
	);
	await expect(check.item(RAIL).getByRole('img')).toBeVisible();
	await fresh.close();
});

test('restoring the same file again asks, and leaving it out changes nothing', async ({ page }) => {
	const file = await checkWithBackup(page);
	await page.getByLabel('Choose a backup file').setInputFiles(file.path);
	await expect(page.getByText('The same as on this device.')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Leave it out' })).toBeChecked();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByText('Nothing was restored.')).toBeVisible();

	await page.getByLabel('Choose a backup file').setInputFiles(file.path);
	await page.getByRole('radio', { name: 'Keep both' }).check();
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByText('1 check restored.')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Mrs Jansen, Dorpsstraat' })).toHaveCount(2);
});

test('a broken backup file gets a clear message in the user’s language and changes nothing', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Keep me safe', rooms: { toilet: 1 } });
	await useLanguage(page, 'nl');
	await page.evaluate(() => localStorage.setItem('footing.language', 'nl'));
	await page.goto('/settings');
	const input = page.getByLabel('Kies een reservekopie');
	await input.setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"broken"')
	});
	await expect(page.getByRole('alert')).toHaveText(
		'Dit bestand is geen reservekopie van Footing, of het is beschadigd.'
	);
	const hostile = JSON.stringify({
		format: 'footing-backup',
		version: 1,
		__proto__: { admin: true }
	});
	await input.setInputFiles({
		name: 'y.json',
		mimeType: 'application/json',
		buffer: Buffer.from(hostile.replace('"version":1', '"version":1,"__proto__":{"admin":true}'))
	});
	await expect(page.getByRole('alert')).toContainText('Er is niets veranderd.');
	await input.setInputFiles({
		name: 'z.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'footing-backup', version: 7, checks: [] }))
	});
	await expect(page.getByRole('alert')).toContainText('nieuwere versie van Footing');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Keep me safe' })).toHaveCount(1);
});

test('the checklist and a check download as FHIR R4 resources', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'FHIR home', rooms: { stairs: 1 } });
	await check.answer(RAIL, 'No');
	await check.saved();
	await page.getByRole('link', { name: 'FHIR home' }).click();
	await page.getByText('Save or share this check').click();
	const record = await download(page, 'Download this check for care records (FHIR)');
	const bundle = JSON.parse(await readFile(record.path, 'utf8'));
	expect(bundle.resourceType).toBe('Bundle');
	expect(bundle.type).toBe('collection');
	const resources = bundle.entry.map(
		(entry: { resource: { resourceType: string; language?: string } }) => entry.resource
	);
	const types = resources.map((resource: { resourceType: string }) => resource.resourceType);
	expect(types).toEqual(expect.arrayContaining(['Patient', 'QuestionnaireResponse', 'CarePlan']));
	for (const resource of resources) expect(resource.language, resource.resourceType).toBe('en');
	// The response's subject refers to the Patient in the same Bundle.
	const entries = bundle.entry as { fullUrl: string; resource: { resourceType: string } }[];
	const response = entries.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!
		.resource as unknown as { subject: { reference: string } };
	const patient = entries.find((e) => e.resource.resourceType === 'Patient')!;
	expect(response.subject.reference).toBe(patient.fullUrl);

	await page.goto('/settings');
	const questionnaire = await download(page, 'Download the checklist (FHIR Questionnaire)');
	const resource = JSON.parse(await readFile(questionnaire.path, 'utf8'));
	expect(resource.resourceType).toBe('Questionnaire');
	expect(JSON.stringify(resource)).toContain('"linkId":"stairs.rail-both-sides"');
	expect(JSON.stringify(resource)).toContain('calculatedExpression');
});

test('a caseload backs up in Settings and restores in a fresh browser profile, photos and all', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const photos = Array.from({ length: 10 }, (_, i) => makeJpeg(800, 600, i + 1));
	// 100 clients, 400 visits, 50 photos: put on this device from a file of an older Footing.
	await restoreInSettings(page, caseloadFile(100, 4, photos), 400);
	await page.getByText('Choose which clients go in the backup').click();
	await expect(
		page.getByText(/^Chosen: 400 checks and 50 photos, about [\d.,]+ MB\.$/)
	).toBeVisible();
	// A box per client, and one for all of them.
	const clients = page.getByRole('group', { name: MESSAGES.en.backup.chooseClients });
	await expect(clients.getByRole('checkbox')).toHaveCount(101);

	const started = Date.now();
	await page.getByRole('button', { name: 'Make a backup of all checks' }).click();
	await expect(
		page.getByText(/^The backup holds 400 checks and 50 photos: [\d.,]+ (KB|MB)\.$/)
	).toBeVisible({ timeout: 60_000 });
	const made = Date.now() - started;
	const file = await download(page, 'Save the backup file');
	expect(file.name).toMatch(/^footing-backup-\d{4}-\d{2}-\d{2}\.zip$/);
	const bytes = await readFile(file.path);
	expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	const restoring = Date.now();
	await restoreInSettings(other, file.path, 400);
	const restored = Date.now() - restoring;
	console.info(
		'browser caseload',
		JSON.stringify({
			checks: 400,
			photos: 50,
			fileKB: Math.round(bytes.length / 1024),
			makeMs: made,
			readAndRestoreMs: restored
		})
	);
	await other.getByText('Choose which clients go in the backup').click();
	await expect(other.getByText(/^Chosen: 400 checks and 50 photos/)).toBeVisible();
	// A check of the caseload, with its answer, note and photo.
	await other.goto('/');
	await other.getByRole('searchbox').fill('Client 42,');
	// The client's page lists the visits newest first: the last is the first visit, its photo.
	await other.getByRole('link', { name: /^All \d+ visits$/ }).click();
	await other.getByRole('link', { name: /^Open/ }).last().click();
	await other.getByRole('link', { name: /Carry on/ }).click();
	const check = new CheckPages(other);
	await expect(check.choice(RAIL, 'No')).toBeChecked();
	await expect(check.item(RAIL).getByRole('textbox')).toHaveValue(
		'Client 42: alleen links een leuning'
	);
	await expect(check.item(RAIL).getByRole('img')).toBeVisible();
	await fresh.close();
});

test('an unreadable photo in a backup is left out and named; everything else restores', async ({
	page
}) => {
	await useLanguage(page, 'nl');
	const photos = [makeJpeg(64, 48, 3)];
	await page.goto('/settings');
	await page.getByLabel('Kies een reservekopie').setInputFiles(caseloadFile(4, 1, photos, 1));
	await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(page.getByText('4 checks teruggezet.')).toBeVisible();
	const question = itemById(RAIL)!.question.nl;
	const nl = MESSAGES.nl.backup;
	await expect(page.getByRole('alert')).toContainText(nl.photosLeftOut(1));
	await expect(page.getByRole('alert')).toContainText(
		nl.photoLeftOut(question, 'Gang en trap', 'Client 0, Dorpsstraat 0', '15 januari 2026')
	);
	// The other photo came back, and shows.
	await page.goto('/');
	await page.getByRole('searchbox').fill('Client 2,');
	await page.getByRole('link', { name: 'Openen' }).last().click();
	await page.getByRole('link', { name: /^Verder met:/ }).click();
	const check = new CheckPages(page, 'nl');
	await expect(check.item(RAIL).getByRole('img')).toBeVisible();
});

test('a backup that would not restore is warned of before it is made, and clients can be left out', async ({
	page
}) => {
	await restoreInSettings(page, caseloadFile(3, 1, [makeJpeg(64, 48, 1)]), 3);
	// A check of 1,001 rooms, put straight into the database (the screens have no room limit).
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('footing');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('checks', 'readwrite');
		tx.objectStore('checks').put({
			id: 'huge-house',
			label: 'A very large house',
			checkedBy: 'nurse',
			visitDate: '2026-11-25',
			createdAt: 1,
			updatedAt: Date.now(),
			rooms: Array.from({ length: 1001 }, (_, i) => ({ id: `room-${i}`, type: 'other', name: '' })),
			region: 'nl',
			mode: 'full',
			summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.reload();
	await page.getByRole('button', { name: 'Make a backup of all checks' }).click();
	await expect(page.getByRole('alert')).toContainText('“A very large house”');
	await expect(page.getByRole('button', { name: 'Make a backup of all checks' })).toBeDisabled();
	await page.getByRole('checkbox', { name: /A very large house/ }).uncheck();
	await expect(page.getByText(/^Chosen: 3 checks and 2 photos/)).toBeVisible();
	await page.getByRole('button', { name: 'Make a backup of the chosen clients' }).click();
	await expect(page.getByText(/^The backup holds 3 checks and 2 photos/)).toBeVisible();
	await download(page, 'Save the backup file');
	// Not every check went in: it does not count as the backup of all.
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
});

test('a visit date or due date outside 2000-2100 is said at the field and not saved', async ({
	page
}) => {
	const check = new CheckPages(page);
	await page.goto('/new');
	await page.getByLabel(check.t.newCheck.label).fill('Mrs Jansen, Dorpsstraat');
	const date = page.getByLabel(check.t.newCheck.date);
	await date.fill('0202-11-25');
	await date.blur();
	const outOfRange = check.t.dateField.outOfRange(2000, 2100);
	await expect(page.getByText(outOfRange)).toBeVisible();
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('button', { name: check.t.newCheck.start }).click();
	await expect(page).toHaveURL(/\/new$/);
	await expect(date).toBeFocused();
	await date.fill('2026-11-25');
	await expect(page.getByText(outOfRange)).toHaveCount(0);
	for (const area of AREAS.filter((a) => a.kind === 'room')) {
		const name = area.name.en;
		const count = page.getByRole('status', { name, exact: true });
		const want = area.id === 'stairs' ? 1 : 0;
		for (let have = Number(await count.textContent()); have > want; have--)
			await page.getByRole('button', { name: check.t.newCheck.fewer(name) }).click();
		await expect(count).toHaveText(String(want));
	}
	await page.getByRole('button', { name: check.t.newCheck.start }).click();
	await expect(page).toHaveURL(/\/checks\/[^/]+\/rooms\//);

	// The due date of an action, in Dutch.
	await check.answer(RAIL, 'No');
	await check.saved();
	await page.evaluate(() => localStorage.setItem('footing.language', 'nl'));
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	const due = page.getByLabel(MESSAGES.nl.plan.due).first();
	await due.fill('2250-01-01');
	await due.blur();
	await expect(page.getByText(MESSAGES.nl.dateField.outOfRange(2000, 2100))).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(MESSAGES.nl.plan.due).first()).toHaveValue('');
	await page.getByLabel(MESSAGES.nl.plan.due).first().fill('2027-01-15');
	await page.getByLabel(MESSAGES.nl.plan.due).first().blur();
	await page.reload();
	await expect(page.getByLabel(MESSAGES.nl.plan.due).first()).toHaveValue('2027-01-15');
});
