/**
 * A second visit: the plan carried forward, confirmed in a tap, before and after, what changed,
 * and the clients on the start page (issue #16).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { itemById } from '../../src/lib/checklist/catalogue';
import type { HazardItem } from '../../src/lib/checklist/types';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { makeJpeg } from '../fixtures/images';
import { expect, test } from './fixtures';
import { CheckPages, MESSAGES } from './pages/check';

const t = MESSAGES.en;
const finding = (id: string) => (itemById(id) as HazardItem).finding.en;
/** An action on the plan, by its finding. */
const action = (page: Page, id: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: finding(id) }) });

/** The start page's card of a client, by the home's name. */
const clientCard = (page: Page, label: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label }) });

/** Start a follow-up from the start page: the dialog asks first and takes the date. */
async function startFollowUp(page: Page, label: string, date?: string) {
	await page.goto('/');
	await clientCard(page, label).getByRole('button', { name: t.start.followUp }).click();
	const dialog = page.getByRole('dialog', { name: t.start.followUpTitle(label) });
	await expect(dialog).toBeVisible();
	if (date) await dialog.getByLabel(t.start.followUpDate).fill(date);
	await dialog.getByRole('button', { name: t.start.followUpStart }).click();
	await expect(page).toHaveURL(/\/checks\/[^/]+$/);
}

/**
 * A first visit of a bathroom and stairs: three hazards, one with a due date, a rewritten fix,
 * a note and a photo, one ticked done. Ends on the plan.
 */
async function firstVisit(page: Page, label: string): Promise<CheckPages> {
	const check = new CheckPages(page);
	await check.create({ label, rooms: { stairs: 1, bathroom: 1 } });
	await check.answer('stairs.rail-any', t.room.no);
	await check.next();
	await check.answer('bathroom.grab-rail', t.room.no);
	await check.note('bathroom.grab-rail', 'Tiles are hollow by the bath');
	await check
		.item('bathroom.grab-rail')
		.getByLabel(t.room.addPhoto)
		.setInputFiles({ name: 'bath.jpg', mimeType: 'image/jpeg', buffer: makeJpeg(800, 600, 3) });
	await expect(check.item('bathroom.grab-rail').getByRole('img')).toBeVisible();
	await check.answer('bathroom.bath-mat', t.room.no);
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	const rail = action(page, 'bathroom.grab-rail');
	await rail.getByLabel(t.plan.due).fill('2027-01-20');
	await rail.getByRole('button', { name: t.plan.changeFix }).click();
	await rail.getByRole('textbox', { name: t.plan.fix }).fill('Jan fits a rail by the bath');
	await rail.getByRole('button', { name: t.plan.fixDone }).click();
	await action(page, 'bathroom.bath-mat').getByRole('checkbox', { name: t.plan.markDone }).click();
	await check.saved();
	return check;
}

test('a follow-up carries the plan: due date, fix, note, done tick and photo', async ({ page }) => {
	await firstVisit(page, 'Carried home');
	await startFollowUp(page, 'Carried home', '2027-02-01');
	await page.goto(page.url() + '/plan');

	const rail = action(page, 'bathroom.grab-rail');
	await expect(rail.getByLabel(t.plan.due)).toHaveValue('2027-01-20');
	await expect(rail).toContainText('Jan fits a rail by the bath');
	await expect(rail).toContainText('Tiles are hollow by the bath');
	await expect(rail).toContainText(t.followUp.carried);

	// Done last time: not shown as an open hazard, but asked once whether it still holds.
	const mat = action(page, 'bathroom.bath-mat');
	await expect(mat).toContainText(t.followUp.doneBefore);
	await expect(mat.getByRole('checkbox', { name: t.plan.markDone })).toBeChecked();
	await mat.getByRole('button', { name: new RegExp(`^${t.followUp.stillFine}`) }).click();
	await expect(page.getByText(t.followUp.doneBefore)).toHaveCount(0);
	await expect(page.getByText(t.plan.done(1, 3))).toBeVisible();

	// The photo came along as "before".
	await page.goto(page.url().replace(/\/plan$/, ''));
	await page
		.getByRole('link', { name: /Bathroom/ })
		.first()
		.click();
	const card = new CheckPages(page).item('bathroom.grab-rail');
	const before = card.getByRole('group', { name: /^Before: photo taken on/ });
	await expect(before.getByRole('img')).toHaveCount(1);
});

test('"Still the same" and the room\'s own confirm count as checked again, with Undo', async ({
	page
}) => {
	await firstVisit(page, 'Recheck home');
	await startFollowUp(page, 'Recheck home');
	await page.getByRole('link', { name: /Carry on/ }).click();
	const walk = page.getByRole('navigation', { name: t.walk.label });
	const check = new CheckPages(page);
	// The stairs: nothing checked again yet, though every answer came along.
	await expect(walk).toContainText(/re-checked 0 of \d+/);
	const rail = check.item('stairs.rail-any');
	await expect(rail).toContainText(t.followUp.carried);
	await rail.getByRole('button', { name: new RegExp(`^${t.followUp.stillSame}`) }).click();
	await expect(rail).not.toContainText(t.followUp.carried);
	await check.expectAnswer('stairs.rail-any', t.room.no);
	await expect(walk).toContainText(/re-checked 1 of \d+/);

	// Tapping the answer already given confirms it too.
	await check.next();
	await check.choice('bathroom.grab-rail', t.room.no).click();
	await expect(check.item('bathroom.grab-rail')).not.toContainText(t.followUp.carried);

	// "Everything else here is still the same", after a list, and undone.
	await page.getByRole('button', { name: t.followUp.restSame }).click();
	const dialog = page.getByRole('dialog', { name: t.followUp.restSameTitle });
	await expect(dialog.getByRole('listitem').first()).toBeVisible();
	const listed = await dialog.getByRole('listitem').count();
	await dialog.getByRole('button', { name: t.followUp.restSameConfirm }).click();
	await expect(page.getByText(t.followUp.restSameDone(listed))).toBeVisible();
	// The grab rail and every answer listed: checked again. Questions never answered stay open.
	const rechecked = new RegExp(`re-checked ${1 + listed} of \\d+`);
	await expect(walk).toContainText(rechecked);
	await expect(page.getByRole('button', { name: t.followUp.restSame })).toHaveCount(0);
	// Undo: carried again, not checked.
	await page.getByRole('button', { name: t.restFine.undo }).click();
	await expect(walk).toContainText(/re-checked 1 of \d+/);
	await page.getByRole('button', { name: t.followUp.restSame }).click();
	await dialog.getByRole('button', { name: t.followUp.restSameConfirm }).click();
	await expect(walk).toContainText(rechecked);
	await page.reload();
	await expect(walk).toContainText(rechecked);
	await expect(page.getByRole('button', { name: t.followUp.restSame })).toHaveCount(0);
});

test('before and after: the photo of the last visit beside the one taken now, in the PDF too', async ({
	page
}) => {
	await firstVisit(page, 'Photo home');
	await startFollowUp(page, 'Photo home');
	await page.goto(page.url() + '/rooms/' + (await bathroomId(page)));
	const check = new CheckPages(page);
	const card = check.item('bathroom.grab-rail');
	await card
		.getByLabel(t.room.addPhoto)
		.setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: makeJpeg(800, 600, 9) });
	await expect(card.getByRole('group', { name: /^Before/ }).getByRole('img')).toHaveCount(1);
	await expect(card.getByRole('group', { name: t.room.photosNow }).getByRole('img')).toHaveCount(1);
	const [beforeBox, afterBox] = await Promise.all([
		card.getByRole('img', { name: /before/ }).boundingBox(),
		card.getByRole('img', { name: /^Photo 1 for/ }).boundingBox()
	]);
	expect(beforeBox && afterBox).toBeTruthy();
	await check.saved();

	await page.goto(page.url().replace(/\/rooms\/.*$/, '/plan'));
	const pdf = await download(page, t.plan.downloadPdf);
	const read = await readPdf(pdf);
	expect(read.text).toMatch(/What changed since the visit on/);
	expect(read.text).toContain('Before (');
	expect(read.text).toContain(finding('bathroom.grab-rail'));
});

test('the follow-up summary and PDF list what was fixed, what is still open and what is new', async ({
	page
}) => {
	await firstVisit(page, 'Changes home');
	await startFollowUp(page, 'Changes home');
	const overview = page.url();
	await page.goto(overview + '/rooms/' + (await bathroomId(page)));
	const check = new CheckPages(page);
	await check.answer('bathroom.grab-rail', t.room.yes); // fitted since: fixed
	await check.answer('bathroom.shower-grip', t.room.no); // new
	await check.saved();
	await page.goto(overview + '/summary');
	const changes = page.getByRole('region', { name: /Compared with the visit on/ });
	const bathroom = changes.getByRole('heading', { name: 'Bathroom' });
	await expect(bathroom).toBeVisible();
	await expect(changes.getByText(t.client.changes(1, 1, 1))).toBeVisible();
	const fixed = changes.locator('.column.fixed').filter({ hasText: finding('bathroom.grab-rail') });
	await expect(fixed).toBeVisible();
	await expect(
		changes.locator('.column.added').filter({ hasText: finding('bathroom.shower-grip') })
	).toBeVisible();
	await expect(
		changes.locator('.column.open').filter({ hasText: finding('stairs.rail-any') })
	).toBeVisible();

	await page.goto(overview + '/plan');
	const read = await readPdf(await download(page, t.plan.downloadPdf));
	expect(read.text).toContain('Fixed: 1. New: 1. Still open: 1.');
	expect(read.text).toContain(finding('bathroom.shower-grip'));
});

test('the start page groups visits by client and finds them without diacritics', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Mevrouw Jänsen, Dorpsstraat', rooms: { toilet: 1 } });
	await check.saved();
	await check.create({ label: 'Meneer Smit, Laan 4', rooms: { toilet: 1 } });
	await check.saved();
	await startFollowUp(page, 'Mevrouw Jänsen, Dorpsstraat', '2027-03-01');
	await page.goto('/');
	const jansen = clientCard(page, 'Mevrouw Jänsen, Dorpsstraat');
	await expect(jansen).toHaveCount(1);
	await expect(jansen).toContainText(t.start.visits(2));
	await expect(jansen).toContainText('Last visit: 1 March 2027');

	const search = page.getByLabel(t.start.search);
	const listed = page
		.getByRole('region', { name: t.start.listTitle })
		.getByRole('heading', { level: 3 });
	await search.fill('jansen');
	await expect(listed).toHaveText(['Mevrouw Jänsen, Dorpsstraat']);
	await search.fill('1 march 2027');
	await expect(listed).toHaveText(['Mevrouw Jänsen, Dorpsstraat']);
	await search.fill('SMIT');
	await expect(listed).toHaveText(['Meneer Smit, Laan 4']);

	// The client's page lists both visits, newest first.
	await search.fill('');
	await jansen.getByRole('link', { name: t.start.allVisits(2) }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mevrouw Jänsen, Dorpsstraat');
	const visits = page.getByRole('heading', { level: 2 });
	await expect(visits).toHaveCount(2);
	await expect(visits.first()).toHaveText('1 March 2027');
});

test('starting a follow-up asks first: Cancel makes nothing', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'One tap home', rooms: { toilet: 1 } });
	await check.saved();
	await page.goto('/');
	await clientCard(page, 'One tap home').getByRole('button', { name: t.start.followUp }).click();
	const dialog = page.getByRole('dialog', { name: t.start.followUpTitle('One tap home') });
	await expect(dialog.getByLabel(t.start.followUpDate)).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
	await dialog.getByRole('button', { name: t.check.cancel }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.reload();
	await expect(clientCard(page, 'One tap home')).toContainText(t.start.visits(1));
});

test('deleting the first visit leaves the second whole', async ({ page }) => {
	await firstVisit(page, 'Two visits');
	await startFollowUp(page, 'Two visits');
	const second = page.url();
	await page.goto('/');
	await clientCard(page, 'Two visits')
		.getByRole('link', { name: t.start.allVisits(2) })
		.click();
	const visits = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 2 }) });
	await visits
		.last()
		.getByRole('button', { name: new RegExp(`^${t.client.deleteVisit}`) })
		.click();
	await page.getByRole('dialog').getByRole('button', { name: t.client.deleteVisit }).click();
	await expect(visits).toHaveCount(1);
	await expect(page.getByText(t.client.earlierGone)).toBeVisible();

	await page.goto(second + '/plan');
	await expect(action(page, 'bathroom.grab-rail')).toContainText('Jan fits a rail by the bath');
	await expect(action(page, 'stairs.rail-any')).toBeVisible();
	await page.goto('/');
	await expect(clientCard(page, 'Two visits')).toContainText(t.start.visits(1));
});

/** The id of the bathroom of the open check, from its overview's room list. */
async function bathroomId(page: Page): Promise<string> {
	const href = await page
		.getByRole('list', { name: 'Rooms' })
		.getByRole('link', { name: /Bathroom/ })
		.getAttribute('href');
	return /\/rooms\/([^/]+)/.exec(href!)![1]!;
}

/** Click a button that saves a file; its bytes. */
async function download(page: Page, button: string): Promise<Uint8Array> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return new Uint8Array(await readFile((await file.path())!));
}
