import { CheckPages, MESSAGES } from './pages/check';
import { expect, expectNoAxeViolations, test, useLanguage, waitForOfflineReady } from './fixtures';

test('the start page says what Footing does', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Make a home safer, room by room'
	);
	await expect(page.getByRole('link', { name: 'Footing, start page' })).toBeVisible();
});

test('after the first visit, the start page, a deep link and an unknown URL load offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Make a home safer, room by room'
	);

	await page.goto('/settings');
	await expect(page.getByRole('link', { name: 'Footing, start page' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByTestId('offline')).toHaveText('✓ Footing now works without internet.');

	await page.goto('/no/such/page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Footing, start page' })).toBeVisible();
});

test('switching to Dutch changes the text and <html lang>, and survives a reload', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const pages = new CheckPages(page);
	await pages.switchLanguage('nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.nl.start.title);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.nl.start.title);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a browser that prefers Dutch starts in Dutch', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'nl-NL' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.nl.start.title);
	await context.close();
});

for (const language of ['en', 'nl'] as const) {
	test(`axe finds nothing on the start page and the not-found page (${language})`, async ({
		page
	}) => {
		await useLanguage(page, language);
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		await expectNoAxeViolations(page, `start page (${language})`);
		await page.goto('/no/such/page');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page, `not-found page (${language})`);
	});
}
