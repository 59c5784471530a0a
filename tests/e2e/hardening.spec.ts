/**
 * What the hardening holds for a user: the headers a static host sends (tests/serve.mjs sends
 * the build's _headers), no other site framing Footing, Trusted Types refusing HTML and script
 * URLs that no policy made, and names that cannot be reversed on screen.
 */
import { test as unguarded, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { CheckPages, MESSAGES } from './pages/check';
import { expect, test } from './fixtures';

const { en } = MESSAGES;

test('the start page comes with the security headers, and the page still works', async ({
	page
}) => {
	const response = await page.goto('/');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=(self)');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.start.title);

	// The page's own policy (a meta tag) is there too, with Trusted Types.
	const meta = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(meta).toContain("require-trusted-types-for 'script'");
	// Styles from Footing itself, and the page's own stylesheets by their hash: no other inline style.
	expect(meta).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')*;/);
	expect(meta).not.toContain('unsafe-inline');
});

test('only the camera and sharing are allowed: no location, microphone, payment or USB', async ({
	page
}) => {
	await page.goto('/');
	const allowed = await page.evaluate(() => {
		// Chromium's view of the Permissions-Policy the page runs under.
		const policy = (
			document as Document & { featurePolicy: { allowsFeature(name: string): boolean } }
		).featurePolicy;
		const names = ['camera', 'geolocation', 'microphone', 'payment', 'usb', 'fullscreen'];
		return Object.fromEntries(names.map((name) => [name, policy.allowsFeature(name)]));
	});
	expect(allowed).toEqual({
		camera: true,
		geolocation: false,
		microphone: false,
		payment: false,
		usb: false,
		fullscreen: false
	});
});

test('the page announcer stays out of sight with no inline style allowed', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: en.start.newCheck }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.newCheck.title);
	// SvelteKit tells screen readers the new page's title; on screen it is a 1 × 1 pixel box.
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).toContainText(en.newCheck.title);
	const box = await announcer.boundingBox();
	expect(box && box.width <= 1 && box.height <= 1).toBe(true);
});

/** Where "gnp" and "exe" show on screen, left to right, in the element `locator` finds. */
async function leftOf(page: Page, selector: string, first: string, second: string) {
	return page.locator(selector).evaluate(
		(element, [a, b]) => {
			const text = element.firstChild as Text;
			const x = (word: string) => {
				const range = document.createRange();
				const at = text.data.indexOf(word);
				range.setStart(text, at);
				range.setEnd(text, at + word.length);
				return range.getBoundingClientRect().left;
			};
			return x(a!) < x(b!);
		},
		[first, second]
	);
}

test('a label with a right-to-left override shows as typed, not reversed', async ({ page }) => {
	const pages = new CheckPages(page);
	// "Mrs ‮gnp.exe‬ Jansen" would show as "Mrs exe.png Jansen": a photo that is a program.
	await pages.create({ label: 'Mrs \u202Egnp.exe\u202C Jansen', rooms: { bedroom: 1 } });
	await page.goto('/');
	const heading = page.getByRole('heading', { level: 3, name: /Jansen/ });
	await expect(heading).toHaveText('Mrs gnp.exe Jansen');
	expect(await heading.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
	expect(await leftOf(page, 'h3:has-text("Jansen")', 'gnp', 'exe')).toBe(true);
});

test('a label of invisible characters only is refused as an empty one', async ({ page }) => {
	await page.goto('/new');
	await page.getByLabel(en.newCheck.label).fill('\u200B\u0007\u202E');
	await page.getByRole('button', { name: en.newCheck.start }).click();
	await expect(page.getByText(en.newCheck.labelMissing).first()).toBeVisible();
	await expect(page).toHaveURL(/\/new$/);
});

// These two provoke refusals on purpose (a framing and Trusted Types violations), so they run
// without the guard that fails a test on any violation or request to another origin.
unguarded('no other site can show Footing in a frame', async ({ page, baseURL }) => {
	// Another origin (127.0.0.1 is not localhost) whose page frames Footing's start page.
	const framer = createServer((_request, response) =>
		response
			.writeHead(200, { 'content-type': 'text/html' })
			.end(`<iframe src="${baseURL}/" title="Footing"></iframe>`)
	);
	await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
	try {
		const refusals: string[] = [];
		page.on('console', (message) => {
			if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
		});
		const address = framer.address();
		await page.goto(`http://127.0.0.1:${typeof address === 'object' && address?.port}/`);
		await expect.poll(() => refusals.length).toBeGreaterThan(0);
		const frame = page.frames().find((one) => one !== page.mainFrame());
		expect(frame?.url()).not.toContain(baseURL!);
		await expect(page.frameLocator('iframe').getByText(en.start.title)).toHaveCount(0);
	} finally {
		await new Promise((done) => framer.close(done));
	}
});

unguarded(
	'Trusted Types refuse HTML and script URLs that no allowed policy made',
	async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.start.title);
		const outcomes = await page.evaluate(() => {
			const attempt = (action: () => unknown) => {
				try {
					action();
					return 'allowed';
				} catch (error) {
					return (error as Error).name;
				}
			};
			const tt = (
				window as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }
			).trustedTypes;
			return {
				innerHTML: attempt(() => {
					document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="alert(1)">');
				}),
				worker: attempt(() => new Worker('/evil.js')),
				newPolicy: attempt(() => tt.createPolicy('mine', { createHTML: (s: string) => s })),
				svelteAgain: attempt(() =>
					tt.createPolicy('svelte-trusted-html', { createHTML: (s: string) => s })
				),
				defaultAgain: attempt(() => tt.createPolicy('default', {}))
			};
		});
		expect(outcomes).toEqual({
			innerHTML: 'TypeError',
			worker: 'TypeError',
			newPolicy: 'TypeError',
			svelteAgain: 'TypeError',
			defaultAgain: 'TypeError'
		});
		// The app still works after the refusals.
		await page.getByRole('link', { name: en.start.newCheck }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.newCheck.title);
	}
);

test('with site data blocked the start page still shows, in the browser’s language', async ({
	page
}) => {
	// What a browser does when its user blocks site data: reading localStorage throws.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.start.title);
});
