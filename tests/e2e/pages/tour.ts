import { expect, type Page } from '@playwright/test';
import { makeJpeg } from '../../fixtures/images';
import { CheckPages } from './check';

export interface Screen {
	name: string;
	url: string;
	/** Bring the screen into the state to look at (open a dialog, fill a form…). */
	prepare?: (page: Page) => Promise<void>;
}

/**
 * Set up a check with a bit of everything (hazards, a note, a photo, a person at risk, a
 * follow-up visit) and return every screen of the app, each with its states.
 */
export async function tourOfTheApp(page: Page): Promise<Screen[]> {
	// The set-up speaks English, whatever the screens are looked at in afterwards.
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('footing.language', 'en'));
	const check = new CheckPages(page);
	await check.create({
		label: 'Mrs Jansen, Dorpsstraat 1',
		rooms: { stairs: 1, bathroom: 1 },
		personal: true
	});
	const stairs = page.url();
	await check.answer('stairs.rail-any', 'No');
	await check.note('stairs.rail-any', 'Only on the left');
	await check
		.item('stairs.rail-any')
		.getByLabel('Add a photo')
		.setInputFiles({
			name: 'stairs.jpg',
			mimeType: 'image/jpeg',
			buffer: makeJpeg(800, 600, 2)
		});
	await expect(check.item('stairs.rail-any').getByRole('img')).toBeVisible();
	await check.next();
	const bathroom = page.url();
	await check.tick('general.loose-rug');
	await check.answer('bathroom.grab-rail', 'No');
	await check.next();
	const home = page.url();
	await check.saved();
	const base = stairs.replace(/\/rooms\/.*$/, '');
	await page.goto(base);
	await page.getByRole('link', { name: /^Personal factors: Falls/ }).click();
	const person = page.url();
	await check.answer('balance.fallen', 'Yes');
	await check.answer('balance.unsteady', 'Yes');
	await check.answer('balance.worried', 'No');
	await check.tick('falls.lay-long');
	await check.saved();
	const selftest = person.replace(/\/falls$/, '/selftest');
	const medicines = person.replace(/\/falls$/, '/medicines');
	await page.goto('/');
	await page.getByRole('button', { name: 'Follow-up visit' }).first().click();
	await page.getByRole('dialog').getByRole('button', { name: 'Start the follow-up visit' }).click();
	await expect(page.getByText(/This is a follow-up visit/)).toBeVisible();
	const followUp = page.url();
	await page.goto('/');
	await page.getByRole('link', { name: 'All 2 visits' }).first().click();
	await expect(page).toHaveURL(/\/clients\//);
	const client = new URL(page.url()).pathname;

	// Each summary brought to the middle of the window first: the walk's bar, fixed at the bottom,
	// would be in the way of a click at the very bottom.
	const openAll = async (p: Page) => {
		for (const summary of await p.locator('details > summary').all()) {
			await summary.evaluate((element) => element.scrollIntoView({ block: 'center' }));
			await summary.click();
		}
	};
	return [
		{ name: 'start page', url: '/' },
		{
			name: 'start page, follow-up dialog',
			url: '/',
			prepare: async (p) => {
				await p
					.getByRole('button', { name: /^Follow-up visit$|^Vervolgbezoek$/ })
					.first()
					.click();
				await expect(p.getByRole('dialog')).toBeVisible();
			}
		},
		{ name: 'a client’s visits', url: client },
		{
			name: 'a client’s visits, delete dialog',
			url: client,
			prepare: async (p) => {
				await p
					.getByRole('button', { name: /^Delete this visit|^Dit bezoek verwijderen/ })
					.first()
					.click();
				await expect(p.getByRole('dialog')).toBeVisible();
			}
		},
		{ name: 'new check', url: '/new' },
		{
			name: 'new check, with errors',
			url: '/new',
			prepare: async (p) => {
				await p.getByRole('button', { name: /Start the check|Begin de check/ }).click();
				await expect(p.getByRole('alert')).toBeVisible();
			}
		},
		{ name: 'room with a hazard, a note and a photo', url: stairs, prepare: openAll },
		{ name: 'room with a tick list ticked', url: bathroom },
		{
			name: 'room, everything else is fine asked',
			url: bathroom,
			prepare: async (p) => {
				await p
					.getByRole('button', {
						name: /Everything else here is fine|Al het andere is hier in orde/
					})
					.click();
				await expect(p.getByRole('dialog')).toBeVisible();
			}
		},
		{ name: 'the whole home', url: home },
		{
			name: 'personal factors: falls, at high risk, with timed tests',
			url: person,
			prepare: openAll
		},
		{ name: 'personal factors: the 12-question self-test', url: selftest },
		{ name: 'personal factors: medicines, a tick list', url: medicines },
		{ name: 'overview, everything open', url: base, prepare: openAll },
		{ name: 'summary', url: `${base}/summary` },
		{ name: 'action plan', url: `${base}/plan` },
		{
			name: 'action plan, a fix being changed and done folded open',
			url: `${base}/plan`,
			prepare: async (p) => {
				await p
					.getByRole('button', { name: /^Change$|^Wijzigen$/ })
					.first()
					.click();
				await p.getByRole('radio', { name: /Due soonest|Eerst te doen/ }).check();
			}
		},
		{ name: 'follow-up plan', url: `${followUp}/plan` },
		{ name: 'settings', url: '/settings' },
		{
			name: 'settings, backup ready',
			url: '/settings',
			prepare: async (p) => {
				await p
					.getByRole('button', { name: /backup of all checks|reservekopie van alle checks/ })
					.click();
				await expect(
					p.getByRole('button', { name: /Save the backup file|Reservekopie opslaan/ })
				).toBeVisible();
			}
		},
		{ name: 'page not found', url: '/no/such/page' }
	];
}
