import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { makeJpeg } from '../fixtures/images';
import { expect, test, useLanguage } from './fixtures';
import { CheckPages } from './pages/check';

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
	expect(file.name).toMatch(/^footing-backup-\d{4}-\d{2}-\d{2}\.json$/);
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
