/**
 * A deployment with a care record (the 'care-record' build: FOOTING_FHIR_BASE set) sending
 * checks to a real FHIR server started here (Medplum's router in memory, tests/fhir-server.ts):
 * read back with FHIR searches, sent again without duplicates, queued offline and sent when
 * back, a 500 retried by itself, a 401 held until a new token.
 */
import type { Page } from '@playwright/test';
import { startServer } from '../serve.mjs';
import { startFhirServer, type TestFhirServer } from '../fhir-server';
import { buildFolder, CARE_RECORD_BASE, CARE_RECORD_PORT } from './builds';
import { expect, expectNoAxeViolations, test, useLanguage, waitForOfflineReady } from './fixtures';
import { CheckPages, MESSAGES } from './pages/check';

const TOKEN = 'nurse-token-4471';
const SYSTEM = `${CARE_RECORD_BASE}/sid/client-number`;
const t = MESSAGES.en;
const c = t.careRecord;

let fhir: TestFhirServer;
test.beforeAll(async () => {
	fhir = await startFhirServer({ port: CARE_RECORD_PORT, token: TOKEN });
});
test.afterAll(() => fhir.close());

const appTest = test.extend<{ app: Awaited<ReturnType<typeof startServer>> }>({
	app: async ({}, use) => {
		const server = await startServer(buildFolder('care-record'));
		await use(server);
		await server.close();
	},
	baseURL: async ({ app }, use) => use(app.url),
	allowedOrigins: [new URL(CARE_RECORD_BASE).origin]
});

type Searchset = { entry?: { resource: { id: string; [key: string]: unknown } }[] };

/** The Patients filed under a client number, and the responses about the first of them. */
async function filedUnder(number: string) {
	const patients = await fhir.get<Searchset>(
		`Patient?identifier=${encodeURIComponent(SYSTEM)}|${number}`
	);
	const id = patients.entry?.[0]?.resource.id;
	const responses = id
		? ((await fhir.get<Searchset>(`QuestionnaireResponse?subject=Patient/${id}`)).entry ?? [])
		: [];
	return { patients: patients.entry?.length ?? 0, responses };
}

async function saveToken(page: Page, token: string) {
	await page.goto('/settings');
	await page.getByLabel(c.token, { exact: true }).fill(token);
	await page.getByRole('button', { name: c.saveToken }).click();
	await expect(page.getByText(c.tokenStored)).toBeVisible();
	await expect(page.getByText(c.tokenSaved)).toBeVisible();
}

/** A check of a home and one person with a hazard; ends on the check's page. */
async function checkOf(page: Page, person: string, clientNumber: string) {
	const check = new CheckPages(page, 'en');
	await check.create({
		label: `${person}, Dorpsstraat`,
		rooms: { stairs: 1 },
		personal: true,
		person
	});
	await check.answer('stairs.rail-any', t.room.no);
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, ''));
	const number = page.getByLabel(c.clientNumber(person));
	await number.fill(clientNumber);
	await number.blur();
	await expect(page.getByText(c.notSent)).toBeVisible();
	return check;
}

const sendButton = (page: Page) =>
	page.getByRole('button', { name: new RegExp(`^(${c.send}|${c.sendAgain})$`) });
const posts = () => fhir.requests.filter((request) => request.method === 'POST').length;

appTest(
	'a check reaches the care record under its client number, once, and offline it waits',
	async ({ page, context }) => {
		await saveToken(page, TOKEN);
		await waitForOfflineReady(page);
		await checkOf(page, 'Mrs Visser', 'C-5501');
		// This organisation allows the BSN: one that fails the eleven test is refused at once.
		const bsn = page.getByLabel(c.bsn('Mrs Visser'));
		await bsn.fill('123456789');
		await bsn.blur();
		await expect(page.getByRole('alert')).toHaveText(c.bsnInvalid);
		await bsn.fill('111222333');
		await bsn.blur();
		await expect(page.getByText(c.bsnInvalid)).toHaveCount(0);

		await sendButton(page).click();
		await expect(page.getByText(/^Sent on /)).toBeVisible();
		const first = await filedUnder('C-5501');
		expect(first.patients).toBe(1);
		expect(first.responses).toHaveLength(1);
		expect(JSON.stringify(first.responses[0]!.resource)).toContain('stairs.rail-any');
		expect(fhir.requests.at(-1)!.authorization).toBe(`Bearer ${TOKEN}`);
		const byBsn = await fhir.get<Searchset>(
			`Patient?identifier=${encodeURIComponent('http://fhir.nl/fhir/NamingSystem/bsn')}|111222333`
		);
		expect(byBsn.entry).toHaveLength(1);
		const risk = await fhir.get<Searchset>(
			`CarePlan?subject=Patient/${(await fhir.get<Searchset>(`Patient?identifier=${encodeURIComponent(SYSTEM)}|C-5501`)).entry![0]!.resource.id}`
		);
		expect(risk.entry).toHaveLength(1);

		// Sent again: nothing is made twice.
		await page.getByRole('button', { name: c.sendAgain }).click();
		await expect(page.getByText(/^Sent on /)).toBeVisible();
		const again = await filedUnder('C-5501');
		expect(again.patients).toBe(1);
		expect(again.responses).toHaveLength(1);

		// Offline, it waits on the device, across a reload, and goes as soon as it is online.
		const before = posts();
		await context.setOffline(true);
		await page.getByRole('button', { name: c.sendAgain }).click();
		await expect(page.getByText(c.queuedOffline)).toBeVisible();
		await page.reload();
		await expect(page.getByText(c.queuedOffline)).toBeVisible();
		expect(posts()).toBe(before);
		await context.setOffline(false);
		await expect(page.getByText(/^Sent on /)).toBeVisible();
		expect(posts()).toBe(before + 1);
		const after = await filedUnder('C-5501');
		expect(after.patients).toBe(1);
		expect(after.responses).toHaveLength(1);
	}
);

appTest(
	'a failing server is tried again by itself; a refused token waits for a new one',
	async ({ page }) => {
		await page.clock.install();
		await saveToken(page, TOKEN);
		await checkOf(page, 'Mr Bos', 'C-7702');

		fhir.failNext(500);
		await sendButton(page).click();
		await expect(page.getByText(/^The care record had a problem/)).toBeVisible();
		await expect(page.getByText(c.serverSaid('Test failure 500'))).toBeVisible();
		await expect(page.getByText(c.nothingLost)).toBeVisible();
		expect((await filedUnder('C-7702')).patients).toBe(0);
		// The first wait is 30 s, give or take a fifth.
		await page.clock.fastForward(37_000);
		await expect(page.getByText(/^Sent on /)).toBeVisible();
		expect((await filedUnder('C-7702')).responses).toHaveLength(1);

		fhir.failNext(401);
		await page.getByRole('button', { name: c.sendAgain }).click();
		await expect(page.getByText(c.tokenProblem)).toBeVisible();
		// It is not tried again with the same token…
		const before = posts();
		await page.clock.fastForward(10 * 60_000);
		await expect(page.getByText(c.tokenProblem)).toBeVisible();
		expect(posts()).toBe(before);
		// …but as soon as a new one is saved.
		const checkPage = page.url();
		await saveToken(page, TOKEN);
		await page.goto(checkPage);
		await expect(page.getByText(/^Sent on /)).toBeVisible();
		expect(posts()).toBe(before + 1);
		expect((await filedUnder('C-7702')).responses).toHaveLength(1);
	}
);

appTest('the care record’s screens pass axe in both languages', async ({ page }) => {
	await useLanguage(page, 'nl');
	await page.goto('/settings');
	const nl = MESSAGES.nl.careRecord;
	await expect(page.getByRole('heading', { name: nl.settingsTitle, exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'care record settings (nl)');
	await page.getByRole('button', { name: 'English' }).first().click();
	await expect(page.getByRole('heading', { name: c.settingsTitle, exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'care record settings (en)');
	await checkOf(page, 'Mrs Smit', 'C-9903');
	await expectNoAxeViolations(page, 'send to the care record (en)');
	for (const control of [sendButton(page), page.getByLabel(c.clientNumber('Mrs Smit'))]) {
		const box = (await control.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
});

test('a default build shows nothing of a care record', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { name: t.settings.title, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: c.settingsTitle, exact: true })).toHaveCount(0);
});
