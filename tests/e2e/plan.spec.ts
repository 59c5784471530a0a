import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { makeJpeg } from '../fixtures/images';
import { expect, test, useLanguage, waitForOfflineReady } from './fixtures';
import { CheckPages } from './pages/check';

/** A small check with two hazards, a note and a photo; ends on the plan. */
async function smallCheck(page: Page, label: string): Promise<void> {
	const check = new CheckPages(page);
	await check.create({ label, rooms: { stairs: 1, bathroom: 1 } });
	await check.answer(/handrail on both sides/i, 'No');
	await check.note(/handrail on both sides/i, 'Only on the left; Jan can fit one');
	await check.saved();
	await page.getByRole('link', { name: /Next room/ }).click();
	await check.answer(/grab rail/i, 'No');
	await check
		.item(/grab rail/i)
		.first()
		.getByLabel('Add a photo')
		.setInputFiles({
			name: 'bath.jpg',
			mimeType: 'image/jpeg',
			buffer: makeJpeg(1600, 1200, 5)
		});
	await expect(
		check
			.item(/grab rail/i)
			.first()
			.getByRole('img')
	).toBeVisible();
	await page.getByRole('link', { name: /To the summary/ }).click();
	await page.getByRole('link', { name: 'Go to the action plan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
}

/** Click a PDF button and read the downloaded file's text back. */
async function downloadPdf(page: Page, button: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const bytes = new Uint8Array(await readFile((await download.path())!));
	return { name: download.suggestedFilename(), pdf: await readPdf(bytes), bytes };
}

test('the plan lists every hazard with its fix; done and edits are saved; the PDF has them', async ({
	page
}) => {
	await smallCheck(page, 'Mrs Jansen, Dorpsstraat');
	const rail = page.getByRole('listitem').filter({ hasText: /handrail on both sides/i });
	await expect(page.getByRole('heading', { name: 'High priority' })).toBeVisible();
	await expect(rail.getByLabel('What to do')).not.toHaveValue('');
	await rail.getByLabel('Who acts').selectOption({ label: 'Family or carer' });
	await rail.getByLabel('Do by').fill('2027-01-15');
	await rail.getByRole('checkbox', { name: 'Done' }).check();
	await expect(page.getByText('1 of 2 actions done')).toBeVisible();
	await page.reload();
	await expect(rail.getByRole('checkbox', { name: 'Done' })).toBeChecked();
	await expect(rail.getByLabel('Who acts')).toHaveValue('family');

	const { name, pdf, bytes } = await downloadPdf(page, 'Download PDF');
	expect(name).toBe(`footing-mrs-jansen-dorpsstraat-${name.slice(-14, -4)}.pdf`);
	expect(pdf.text).toContain('Mrs Jansen, Dorpsstraat');
	expect(pdf.text).toMatch(/handrail on both sides/i);
	expect(pdf.text).toMatch(/grab rail/i);
	expect(pdf.text).toContain('Only on the left; Jan can fit one');
	expect(pdf.text).toMatch(/Page 1 of \d/);
	expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
	await expect(page.getByText(`The PDF is ready: ${name}`)).toBeVisible();
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
	const { name, pdf, bytes } = await downloadPdf(page, 'Download PDF');
	expect(name).toMatch(/^footing-plan-.*\.pdf$/);
	expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
	expect(pdf.pages).toBeGreaterThan(0);
	expect(pdf.text).toContain('Offline home');
	expect(pdf.text).toMatch(/handrail on both sides/i);
	expect(pdf.text).toContain('Only on the left; Jan can fit one');
	await expect(page.getByText(`The PDF is ready: ${name}`)).toBeVisible();
	expect(scripts.length).toBeGreaterThan(before); // the PDF maker came in only now
});

test('in Dutch, the plan and its PDF are Dutch', async ({ page }) => {
	await smallCheck(page, 'Mevrouw Jansen');
	await useLanguage(page, 'nl');
	await page.evaluate(() => localStorage.setItem('footing.language', 'nl'));
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actieplan');
	const { pdf } = await downloadPdf(page, 'Pdf downloaden');
	expect(pdf.text).toContain('Actieplan');
	expect(pdf.text).toMatch(/Pagina 1 van \d/);
	expect(pdf.text).toMatch(/leuning/i);
});

test('a follow-up visit shows which actions are resolved and which hazards are new', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Again', rooms: { stairs: 1 } });
	await check.answer(/handrail on both sides/i, 'No');
	await check.saved();
	await check.followUp('Again');
	await page.getByRole('link', { name: /Carry on/ }).click();
	await check.answer(/handrail on both sides/i, 'Yes');
	await check.answer(/free of things|stairs free/i, 'No');
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	const compare = page.getByRole('region', { name: /Compared with the visit on/ });
	await expect(
		compare.getByRole('heading', { name: 'Solved since the last visit (1)' })
	).toBeVisible();
	await expect(compare.getByRole('heading', { name: 'New hazards (1)' })).toBeVisible();
	await expect(compare).toContainText(/handrail on both sides/i);
});
