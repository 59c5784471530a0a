/**
 * Usable by everyone: every screen and state in both languages passes axe, has targets of at
 * least 44 x 44 px, reflows at 320 px and at 200% text, can be used by keyboard alone with a
 * visible focus, and a Dutch screen shows no English.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ITEMS } from '../../src/lib/checklist/catalogue';
import { en } from '../../src/lib/i18n/en';
import { nl } from '../../src/lib/i18n/nl';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { buildFolder } from './builds';
import {
	expect,
	expectNoAxeViolations,
	test,
	testWithServer,
	useLanguage,
	waitForOfflineReady
} from './fixtures';
import { CheckPages } from './pages/check';
import {
	doubleTextSize,
	expectVisibleFocus,
	headingProblems,
	reflowProblems,
	scrollToEnd,
	smallTargets,
	tabTo
} from './pages/a11y';
import { tourOfTheApp, type Screen } from './pages/tour';

/** The contrast of two CSS colours (rgb() or rgba() as computed styles give them), WCAG's way. */
function contrastRatio(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, bl] = colour
			.match(/[\d.]+/g)!
			.map(Number)
			.slice(0, 3) as [number, number, number];
		const linear = (c: number) =>
			(c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

/** Visit each screen in the given language, bring it into its state, and run `look`. */
async function everyScreen(
	page: Page,
	language: 'en' | 'nl',
	look: (screen: Screen) => Promise<void>
): Promise<void> {
	const screens = await tourOfTheApp(page);
	await page.evaluate((lang) => localStorage.setItem('footing.language', lang), language);
	for (const screen of screens) {
		await page.goto(screen.url);
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.evaluate(() => document.fonts.ready);
		await screen.prepare?.(page);
		await look(screen);
	}
}

for (const language of ['en', 'nl'] as const) {
	test(`axe finds nothing on any screen or state, light and dark (${language})`, async ({
		page
	}) => {
		test.setTimeout(360_000);
		await everyScreen(page, language, async (screen) => {
			await scrollToEnd(page);
			await expectNoAxeViolations(page, `${screen.name} (${language}, light)`);
			expect(await headingProblems(page), `headings of ${screen.name}`).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			await expectNoAxeViolations(page, `${screen.name} (${language}, dark)`, ['color-contrast']);
			await page.emulateMedia({ colorScheme: 'light' });
		});
	});
}

test('every interactive element is at least 44 x 44 px, on a phone and a desktop', async ({
	page
}) => {
	test.setTimeout(360_000);
	for (const width of [360, 1024]) {
		await page.setViewportSize({ width, height: 800 });
		await everyScreen(page, 'en', async (screen) => {
			expect(await smallTargets(page), `${screen.name} at ${width} px`).toEqual([]);
		});
	}
});

test('at 320 px wide nothing scrolls sideways or is cut off', async ({ page }) => {
	test.setTimeout(360_000);
	await page.setViewportSize({ width: 320, height: 640 });
	await everyScreen(page, 'nl', async (screen) => {
		expect(await reflowProblems(page), `${screen.name} at 320 px`).toEqual([]);
	});
});

test('at 360 px with text at 200%, nothing scrolls sideways or is cut off', async ({ page }) => {
	test.setTimeout(360_000);
	await page.setViewportSize({ width: 360, height: 740 });
	await everyScreen(page, 'nl', async (screen) => {
		await doubleTextSize(page);
		expect(await reflowProblems(page), `${screen.name} at 360 px with 200% text`).toEqual([]);
	});
});

test('no English shows on a Dutch screen, and dates are written the Dutch way', async ({
	page
}) => {
	test.setTimeout(360_000);
	const english = englishOnly();
	await everyScreen(page, 'nl', async (screen) => {
		const text = await page.locator('body').innerText();
		const found = english.filter((phrase) => text.includes(phrase));
		expect(found, `English on the Dutch ${screen.name}`).toEqual([]);
		if (screen.name === 'start page') expect(text).toMatch(/\d{1,2} [a-z]+ \d{4}/);
	});
});

test('dark mode, forced colours and reduced motion are followed', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto('/');
	// Measure the app, not the prerendered shell it replaces (an element of the shell read just
	// as the app takes over is detached, with no computed style).
	await expect(page.locator('.start-shell')).toHaveCount(0);
	// The page is dark, and every named element keeps its contrast on what is behind it.
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(contrastRatio(dark, 'rgb(255, 255, 255)')).toBeGreaterThan(10);
	const named = {
		heading: page.getByRole('heading', { level: 1 }),
		'intro text': page.locator('main p').first(),
		'New check button': page.getByRole('link', { name: en.start.newCheck }),
		'Settings link': page.getByRole('link', { name: en.settings.link }),
		'language button': page.getByRole('button', { name: 'Nederlands' })
	};
	for (const [name, locator] of Object.entries(named)) {
		const { color, background } = await locator.evaluate((element) => {
			let node: Element | null = element;
			let background = 'rgba(0, 0, 0, 0)';
			while (node && /rgba\(.*, 0\)|transparent/.test(background)) {
				background = getComputedStyle(node).backgroundColor;
				node = node.parentElement;
			}
			return { color: getComputedStyle(element).color, background };
		});
		expect(
			contrastRatio(color, background),
			`${name}: ${color} on ${background}`
		).toBeGreaterThanOrEqual(4.5);
	}
	const moving = await page.evaluate(
		() =>
			[...document.querySelectorAll('*')].filter((element) => {
				const style = getComputedStyle(element);
				const long = (value: string) => value.split(',').some((part) => parseFloat(part) > 0.01);
				return long(style.transitionDuration) || long(style.animationDuration);
			}).length
	);
	expect(moving).toBe(0);

	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/new');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.keyboard.press('Tab');
	await expectVisibleFocus(page);
	await expectNoAxeViolations(page, 'new check in forced colours');
});

test('the whole journey works by keyboard alone, with a visible focus at every step', async ({
	page
}) => {
	test.setTimeout(360_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The journey starts in the app, not in the prerendered shell it replaces: a Tab in the
	// shell as the app takes over leaves the focus on the main area, between two stops
	// (first-paint.spec.ts tests that hand-over).
	await expect(page.locator('.start-shell')).toHaveCount(0);
	await tabTo(page, /^New check$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New check');
	await tabTo(page, /^Name or address/);
	await page.keyboard.type('Keyboard home');
	// Only a toilet and a kitchen: one less of the others.
	for (const room of [
		'Entrance and outside paths',
		'Hall and stairs',
		'Living room',
		'Bathroom',
		'Bedroom'
	]) {
		await tabTo(page, new RegExp(`^One less: ${room}`));
		await page.keyboard.press('Enter');
	}
	await tabTo(page, /^Also check personal factors/);
	await page.keyboard.press('Space');
	await tabTo(page, /^Start the check$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kitchen');

	// Answer every question of the room: "None of these" for a tick list, Space picks the first
	// answer, an arrow the second; a note is written on the way.
	const bar = page.getByRole('navigation', { name: 'Walk through the check' });
	let noteWritten = false;
	let moveOn = true;
	for (let stop = 0; stop < 200; stop++) {
		if (/(\d+) of \1 answered/.test((await bar.textContent()) ?? '') && noteWritten) break;
		// "None of these" moves the focus on to the next question itself: look there first.
		if (moveOn) await page.keyboard.press('Tab');
		moveOn = true;
		const name = await expectVisibleFocus(page);
		const kind = await page.evaluate(() => {
			const element = document.activeElement as HTMLInputElement;
			if (element.type === 'radio') return element.checked ? 'answered' : 'radio';
			return element.tagName;
		});
		if (kind === 'radio') {
			const checked = await page.evaluate(
				() =>
					!!(document.activeElement as HTMLInputElement)
						.closest('fieldset')
						?.querySelector('input:checked')
			);
			if (!checked) await page.keyboard.press(noteWritten ? 'Space' : 'ArrowRight');
		} else if (kind === 'BUTTON' && name === 'None of these') {
			await page.keyboard.press('Enter');
			moveOn = false;
		} else if (kind === 'SUMMARY' && name === 'Note' && !noteWritten) {
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await page.keyboard.type('Typed with the keyboard');
			noteWritten = true;
		}
	}
	await expect(bar).toContainText(/Kitchen · (\d+) of \1 answered/);
	await expect(page.getByText('Saved on this device')).toBeVisible();

	await tabTo(page, /^Next/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toilet');
	await tabTo(page, /^Everything else here is fine$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toBeVisible();
	await tabTo(page, /^Yes, all fine — on to The whole home$/);
	await page.keyboard.press('Enter');
	// On to the next screen, its heading focused, with the Undo offered there.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The whole home');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByText(/^Toilet: \d+ questions? answered as fine/)).toBeVisible();
	await tabTo(page, /^To the summary/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary');
	await tabTo(page, /^Go to the action plan$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
	await tabTo(page, /^Done$/);
	await page.keyboard.press('Space');
	await expect(page.getByText(/1 of \d+ actions done/)).toBeVisible();
	await tabTo(page, /^Download the PDF$/, { backwards: true });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
	expect(pdf.text).toContain('Keyboard home');
	expect(pdf.text).toContain('Typed with the keyboard');
});

/** English texts of the UI and the checklist that differ from their Dutch twin. */
function englishOnly(): string[] {
	const strings = (tree: object): string[] =>
		Object.values(tree).flatMap((value) =>
			typeof value === 'string' ? [value] : typeof value === 'object' && value ? strings(value) : []
		);
	const dutch = new Set([
		...strings(nl),
		...ITEMS.flatMap((item) => [
			item.question.nl,
			item.why.nl,
			...('fix' in item ? [item.fix.nl] : [])
		])
	]);
	const english = [
		...strings(en),
		...ITEMS.flatMap((item) => [
			item.question.en,
			item.why.en,
			...('fix' in item ? [item.fix.en] : [])
		])
	];
	return [...new Set(english)].filter((text) => text.length >= 8 && !dutch.has(text));
}

for (const language of ['en', 'nl'] as const) {
	testWithServer(
		`axe finds nothing on empty screens, error messages and the update banner (${language})`,
		async ({ page, app }) => {
			test.setTimeout(120_000);
			await useLanguage(page, language);
			await page.goto('/');
			await waitForOfflineReady(page);
			await expectNoAxeViolations(page, `empty start page (${language})`);

			// A photo that is not a photo, and a backup that is not a backup: their messages.
			await page.evaluate(() => localStorage.setItem('footing.language', 'en'));
			const check = new CheckPages(page);
			await check.create({ label: 'Errors', rooms: { toilet: 1 } });
			await check.answer('toilet.rail', 'No'); // a hazard: its card offers a photo
			await check.saved();
			const room = page.url();
			await page.evaluate((lang) => localStorage.setItem('footing.language', lang), language);
			await page.goto(room);
			await page
				.locator('input[type="file"]')
				.first()
				.setInputFiles({
					name: 'a.txt',
					mimeType: 'text/plain',
					buffer: Buffer.from('text')
				});
			await expect(page.getByRole('status').filter({ hasText: /⚠/ })).toBeVisible();
			await expectNoAxeViolations(page, `photo refused (${language})`);
			await page.goto('/settings');
			await page.locator('#restore-file').setInputFiles({
				name: 'b.json',
				mimeType: 'application/json',
				buffer: Buffer.from('not json')
			});
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page, `backup refused (${language})`);

			// A new version is waiting: the banner.
			await page.goto(room);
			app.serve(buildFolder('next'));
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect(page.getByRole('button', { name: /^(Reload|Opnieuw laden)$/ })).toBeVisible({
				timeout: 15_000
			});
			await expectNoAxeViolations(page, `update banner (${language})`);
			expect(await smallTargets(page)).toEqual([]);
		}
	);
}
