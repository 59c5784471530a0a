import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckPages } from './pages/check';

/** The first stairs question: answered "no" it is a hazard, with a note. */
const RAIL = 'stairs.rail-any';
const LABEL = 'Mrs Jansen, Dorpsstraat';
const NOTE = 'Alleen links een leuning';
const PASSWORD = 'paard batterij nietje';

/** Click a button that downloads a file; the file's path. */
async function download(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return (await file.path())!;
}

test('a backup made with a password holds nothing readable and restores only with its password', async ({
	page,
	browser,
	baseURL
}) => {
	const check = new CheckPages(page);
	await check.create({ label: LABEL, rooms: { stairs: 1 } });
	await check.answer(RAIL, 'No');
	await check.note(RAIL, NOTE);
	await check.saved();
	await page.getByRole('link', { name: 'Settings' }).click();

	await page.getByRole('checkbox', { name: 'Protect with a password' }).check();
	const password = page.getByLabel('Password', { exact: true });
	const repeat = page.getByLabel('Repeat the password');
	const make = page.getByRole('button', { name: 'Make a backup of all checks' });
	await password.fill('kort');
	await repeat.fill('kort');
	await make.click();
	await expect(page.getByRole('alert')).toHaveText('Use at least 8 characters for the password.');
	await password.fill(PASSWORD);
	await repeat.fill(`${PASSWORD}!`);
	await make.click();
	await expect(page.getByRole('alert')).toHaveText(
		'The two passwords are not the same. Please type them again.'
	);
	await repeat.fill(PASSWORD);
	await make.click();
	await expect(page.getByText('The file is protected with a password.')).toBeVisible();
	const path = await download(page, 'Save the backup file');

	const bytes = await readFile(path);
	const files = unzipSync(new Uint8Array(bytes));
	const manifest = JSON.parse(new TextDecoder().decode(files['footing-backup.json']));
	expect(manifest).toMatchObject({ version: 3, encryption: { iterations: 600_000 } });
	for (const [name, content] of Object.entries(files)) {
		if (name === 'footing-backup.json') continue;
		const text = Buffer.from(content).toString('latin1');
		expect(text).not.toContain('Jansen');
		expect(text).not.toContain('leuning');
		expect(text).not.toContain(RAIL);
	}

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto('/settings');
	await other.getByLabel('Choose a backup file').setInputFiles(path);
	await expect(
		other.getByText('This backup is protected with a password. Type the password to open it.')
	).toBeVisible();
	const filePassword = other.getByLabel('Password of the backup');
	await expect(filePassword).toBeFocused();
	await filePassword.fill('paard batterij nietjes');
	await other.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(other.getByRole('alert')).toHaveText(
		'This is not the password of this backup. Check it and try again. Nothing was changed.'
	);
	await expect(filePassword).toHaveAttribute('aria-invalid', 'true');
	await filePassword.fill(PASSWORD);
	await filePassword.press('Enter');
	await expect(other.getByText(/^This backup holds 1 check, made on/)).toBeVisible();
	await other.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(other.getByText('1 check restored.')).toBeVisible();

	await other.goto('/');
	await other.getByRole('link', { name: 'Open' }).click();
	await other.getByRole('link', { name: /Carry on/ }).click();
	const restored = new CheckPages(other);
	await expect(restored.choice(RAIL, 'No')).toBeChecked();
	await expect(restored.item(RAIL).getByRole('textbox')).toHaveValue(NOTE);
	await fresh.close();
});
