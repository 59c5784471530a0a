import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { itemById } from '../../src/lib/checklist/catalogue';
import type { HazardItem, Language } from '../../src/lib/checklist/types';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { makeJpeg } from '../fixtures/images';
import { expect, test, useLanguage, waitForOfflineReady } from './fixtures';
import { CheckPages, MESSAGES } from './pages/check';

/** An item's finding, as the plan heads its action. */
const finding = (id: string, language: Language = 'en') =>
	(itemById(id) as HazardItem).finding[language];

/** A small check with three hazards (one the family's), a note and a photo; ends on the plan. */
async function smallCheck(page: Page, label: string, language: Language = 'en') {
	const check = new CheckPages(page, language);
	const t = MESSAGES[language];
	await check.create({ label, rooms: { stairs: 1, bathroom: 1 } });
	await check.answer('stairs.rail-any', t.room.no);
	await check.note('stairs.rail-any', 'Only a rope on the left; Jan can fit one');
	await check.next();
	await check.answer('bathroom.grab-rail', t.room.no);
	await check.tick('general.loose-rug');
	await check
		.item('bathroom.grab-rail')
		.getByLabel(t.room.addPhoto)
		.setInputFiles({ name: 'bath.jpg', mimeType: 'image/jpeg', buffer: makeJpeg(1600, 1200, 5) });
	await expect(check.item('bathroom.grab-rail').getByRole('img')).toBeVisible();
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.plan.title);
	return check;
}

/** Click a button that saves a file, and the file: its name and bytes. */
async function saved(page: Page, button: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return {
		name: download.suggestedFilename(),
		bytes: new Uint8Array(await readFile((await download.path())!))
	};
}

test('actions are headed by their finding; the fix reads as text and changes only on "Change"', async ({
	page
}) => {
	await smallCheck(page, 'Mrs Jansen');
	const t = MESSAGES.en;
	const rail = page.getByRole('listitem').filter({ hasText: finding('stairs.rail-any') });
	await expect(rail.getByRole('heading', { level: 4 })).toHaveText(finding('stairs.rail-any'));
	await expect(page.locator('main .finding').filter({ hasText: /\?$/ })).toHaveCount(0);
	await expect(rail).toContainText((itemById('stairs.rail-any') as HazardItem).fix.en);
	await expect(rail.locator('textarea')).toHaveCount(0);
	await expect(rail).toContainText('Only a rope on the left; Jan can fit one');

	await rail.getByRole('button', { name: t.plan.changeFix }).click();
	const box = rail.getByRole('textbox', { name: t.plan.fix });
	await expect(box).toBeFocused();
	await box.fill('');
	await expect(box).toHaveValue(''); // emptying does not refill it
	await box.fill('Jan fits a rail on the right in May');
	await rail.getByRole('button', { name: t.plan.fixDone }).click();
	await expect(rail).toContainText('Jan fits a rail on the right in May');
	await page.reload();
	await expect(rail).toContainText('Jan fits a rail on the right in May');
	await rail.getByRole('button', { name: t.plan.changeFix }).click();
	await rail.getByRole('button', { name: t.plan.resetFix }).click();
	await rail.getByRole('button', { name: t.plan.fixDone }).click();
	await expect(rail).toContainText((itemById('stairs.rail-any') as HazardItem).fix.en);
});

test('done actions fold away, "Due soonest" lists by date, and the filter shows one part', async ({
	page
}) => {
	await smallCheck(page, 'Folding');
	const t = MESSAGES.en;
	const action = (id: string) => page.getByRole('listitem').filter({ hasText: finding(id) });
	// Ticked done, it moves at once into the closed "Done (1)".
	await action('general.loose-rug').getByRole('checkbox', { name: t.plan.markDone }).click();
	await expect(page.getByText(t.plan.doneFolded(1))).toBeVisible();
	await expect(action('general.loose-rug')).toBeHidden(); // inside the closed "Done (1)"
	await page.getByText(t.plan.doneFolded(1)).click();
	await expect(action('general.loose-rug')).toBeVisible();
	await expect(
		action('general.loose-rug').getByRole('checkbox', { name: t.plan.markDone })
	).toBeChecked();

	await action('bathroom.grab-rail').getByLabel(t.plan.due).fill('2027-01-20');
	await action('stairs.rail-any').getByLabel(t.plan.due).fill('2026-12-15');
	await page.getByRole('radio', { name: t.plan.viewSoonest }).check();
	const soonest = page
		.getByRole('region', { name: t.plan.viewSoonest })
		.getByRole('heading', { level: 3 });
	await expect(soonest).toHaveText([finding('stairs.rail-any'), finding('bathroom.grab-rail')]);

	await page.getByRole('radio', { name: t.plan.viewByPriority }).check();
	const who = page.getByLabel(t.plan.showFor);
	const family = (await who.locator('option').allTextContents()).find((o) =>
		o.startsWith('Family')
	)!;
	await who.selectOption({ label: family });
	await expect(page.getByText(t.plan.partPdf('Family or carer'))).toBeVisible();
	const headings = (await page.locator('main .finding').allTextContents()).map((h) => h.trim());
	for (const id of ['stairs.rail-any', 'bathroom.grab-rail'])
		expect(headings).not.toContain(finding(id)); // not the family's jobs
	const pdf = await saved(page, t.plan.downloadPdf);
	expect(pdf.name).toMatch(/family\.pdf$/);
	const read = await readPdf(pdf.bytes);
	expect(read.text).toContain('Family or carer');
	expect(read.text).not.toContain(finding('stairs.rail-any'));
});

test('the PDF: page 1 stands alone; the care file has every answer, the client copy not', async ({
	page
}) => {
	await smallCheck(page, 'Mrs de Vries');
	const t = MESSAGES.en;
	const client = await readPdf((await saved(page, t.plan.downloadPdf)).bytes);
	const first = client.pieces
		.filter((piece) => piece.page === 1)
		.map((piece) => piece.text)
		.join(' ');
	expect(first).toContain('Mrs de Vries');
	expect(first).toContain(finding('stairs.rail-any'));
	expect(first).toContain('Footing helps find and fix hazards');
	expect(client.text).not.toContain('Appendix: all answers');
	expect(client.text).toContain('Only a rope on the left; Jan can fit one');
	for (const piece of client.pieces)
		if (piece.text.length > 20) expect(piece.size, piece.text).toBeGreaterThanOrEqual(9);

	await page.getByRole('radio', { name: t.plan.careFile }).check();
	const care = await saved(page, t.plan.downloadPdf);
	expect(care.name).toMatch(/all-answers\.pdf$/);
	expect((await readPdf(care.bytes)).text).toContain('Appendix: all answers');

	await page.getByRole('radio', { name: t.plan.clientCopy }).check();
	await page.getByRole('checkbox', { name: t.plan.largePrint }).check();
	const large = await readPdf((await saved(page, t.plan.downloadPdf)).bytes);
	// The note, as any body text, is printed at 14 pt or more in large print.
	const body = large.pieces.filter((piece) => /rope/.test(piece.text));
	expect(body.length, large.text.slice(0, 300)).toBeGreaterThan(0);
	for (const piece of body) expect(piece.size).toBeGreaterThanOrEqual(14);
});

test('the PDF button shares where the device can share files, and says so; else it downloads', async ({
	browser
}) => {
	const context = await browser.newContext();
	await context.addInitScript(() => {
		const shared: string[] = [];
		(window as unknown as { shared: string[] }).shared = shared;
		Object.assign(navigator, {
			canShare: (data: { files?: File[] }) => !!data.files,
			share: async (data: { files: File[] }) => {
				shared.push(...data.files.map((file) => `${file.name} ${file.type}`));
			}
		});
	});
	const page = await context.newPage();
	await smallCheck(page, 'Share me');
	const t = MESSAGES.en;
	await expect(page.getByText(t.plan.shareHint)).toBeVisible();
	await page.getByRole('button', { name: t.plan.sharePdf }).click();
	await expect(page.getByText(/The PDF is ready: /)).toBeVisible();
	const shared = await page.evaluate(() => (window as unknown as { shared: string[] }).shared);
	expect(shared).toEqual([expect.stringMatching(/^footing-.*\.pdf application\/pdf$/)]);
	await context.close();
});

test('the plan’s dates go into a calendar file: one event per action due, and the next visit', async ({
	page
}) => {
	await smallCheck(page, 'Calendar home');
	const t = MESSAGES.en;
	await page.getByRole('button', { name: t.plan.calendar }).click();
	await expect(page.getByText(t.plan.calendarEmpty)).toBeVisible();
	const action = (id: string) => page.getByRole('listitem').filter({ hasText: finding(id) });
	await action('bathroom.grab-rail').getByLabel(t.plan.due).fill('2027-01-20');
	await action('stairs.rail-any').getByLabel(t.plan.due).fill('2026-12-31');
	await page.getByLabel(t.plan.nextVisit).fill('2027-03-01');
	await new CheckPages(page).saved();
	const file = await saved(page, t.plan.calendar);
	expect(file.name).toMatch(/\.ics$/);
	const text = new TextDecoder().decode(file.bytes).replace(/\r\n /g, '');
	const events = text.split('BEGIN:VEVENT').slice(1);
	expect(events).toHaveLength(3);
	const starts = events.map((event) => /DTSTART;VALUE=DATE:(\d{8})/.exec(event)![1]).sort();
	expect(starts).toEqual(['20261231', '20270120', '20270301']);
	for (const event of events) {
		const start = /DTSTART;VALUE=DATE:(\d{8})/.exec(event)![1]!;
		const end = /DTEND;VALUE=DATE:(\d{8})/.exec(event)![1]!;
		const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6));
		expect(day(end) - day(start)).toBe(24 * 3600 * 1000);
	}
	expect(text).toContain(`SUMMARY;LANGUAGE=en:To do: ${finding('stairs.rail-any')}`);
	expect(text).toContain('Next Footing visit: Calendar home');
});

test('the PDF is made offline too, with jsPDF loaded only when asked for', async ({
	page,
	context
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await smallCheck(page, 'Offline home');
	const before = scripts.length;
	const { name, bytes } = await saved(page, MESSAGES.en.plan.downloadPdf);
	expect(name).toMatch(/^footing-.*\.pdf$/);
	expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
	const pdf = await readPdf(bytes);
	expect(pdf.pages).toBeGreaterThan(0);
	expect(pdf.text).toContain('Offline home');
	expect(pdf.text).toContain(finding('stairs.rail-any'));
	await expect(page.getByText(`The PDF is ready: ${name}`)).toBeVisible();
	expect(scripts.length).toBeGreaterThan(before); // the PDF maker came in only now
});

for (const { language, region, answers, level, words, absent } of [
	{
		language: 'nl' as const,
		region: 'nl' as const,
		answers: 'fall with injury',
		level: 'Hoog valrisico',
		words: ['valanalyse'],
		absent: ['NHS']
	},
	{
		language: 'en' as const,
		region: 'general' as const,
		answers: 'unsteady, TUG 16 s',
		level: 'Intermediate fall risk',
		words: ['strength-and-balance'],
		absent: ['In Balans', 'Wmo', 'thuiszorgwinkel', 'eigen risico']
	}
]) {
	test(`the fall-risk level from the first question to the PDF (${language}, ${region}: ${answers})`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await useLanguage(page, language);
		await page.goto('/settings');
		const t = MESSAGES[language];
		await page.getByRole('radio', { name: t.region[region] }).check();
		const check = new CheckPages(page, language);
		await check.create({ label: 'Risico', rooms: {}, personal: true, person: 'Jan de Vries' });
		if (language === 'nl') {
			await check.answer('balance.fallen', t.room.yes);
			await check.answer('balance.unsteady', t.room.no);
			await check.answer('balance.worried', t.room.no);
			await check.tick('falls.injured');
		} else {
			await check.answer('balance.fallen', t.room.no);
			await check.answer('balance.unsteady', t.room.yes);
			await check.answer('balance.worried', t.room.no);
			const tug = page.getByRole('article').filter({ hasText: itemById('falls.tug')!.question.en });
			await tug.getByLabel(t.measure.typeSeconds).fill('16');
			await tug.getByRole('button', { name: t.measure.use }).click();
		}
		await expect(page.getByRole('complementary', { name: t.fallRisk.title })).toContainText(level);
		await check.saved();
		await page.goto(page.url().replace(/\/rooms\/.*$/, '/summary'));
		await expect(page.getByText(level)).toBeVisible();
		await page.goto(page.url().replace(/\/summary$/, '/plan'));
		await expect(page.getByText(level).first()).toBeVisible();
		const pdf = await readPdf((await saved(page, t.plan.downloadPdf)).bytes);
		const first = pdf.pieces
			.filter((piece) => piece.page === 1)
			.map((p) => p.text)
			.join(' ');
		expect(first).toContain(level);
		for (const word of words) expect(pdf.text).toContain(word);
		for (const word of absent) expect(pdf.text).not.toContain(word);
	});
}

test('a follow-up visit shows which actions are resolved and which hazards are new', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Again', rooms: { stairs: 1 } });
	await check.answer('stairs.rail-any', 'No');
	await check.saved();
	await check.followUp('Again');
	await page.getByRole('link', { name: /Carry on/ }).click();
	await check.answer('stairs.rail-any', 'Yes');
	await check.tick('stairs.things-on-steps');
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	const compare = page.getByRole('region', { name: /Compared with the visit on/ });
	await expect(
		compare.getByRole('heading', { name: 'Solved since the last visit (1)' })
	).toBeVisible();
	await expect(compare.getByRole('heading', { name: 'New hazards (1)' })).toBeVisible();
});
