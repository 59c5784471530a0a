/**
 * Helpers of the tests that lose a window on purpose or race two: a crash, and two actions
 * timed to the same instant.
 */
import type { Locator, Page } from '@playwright/test';

/** What a window does at the agreed moment, done the way the user's input does it. */
export type Act = { kind: 'click' } | { kind: 'change' } | { kind: 'type'; text: string };

/**
 * Do one thing in one window and another in a second window at the same moment: both are
 * timed to the same instant of the shared clock (a few ms apart at most, however slow the
 * test's messages to the browser). Resolves with how many ms apart they ran.
 */
export async function atOnce(first: Locator, a: Act, second: Locator, b: Act): Promise<number> {
	const at = Date.now() + 100;
	const run = (locator: Locator, act: Act) =>
		locator.evaluate(
			(element, [when, act]) =>
				new Promise<number>((resolve) =>
					setTimeout(
						() => {
							if (act.kind === 'click') (element as HTMLElement).click();
							else if (act.kind === 'change')
								element.dispatchEvent(new Event('change', { bubbles: true }));
							else {
								(element as HTMLTextAreaElement).value = act.text;
								element.dispatchEvent(new Event('input', { bubbles: true }));
							}
							resolve(performance.timeOrigin + performance.now());
						},
						Math.max(0, when - (performance.timeOrigin + performance.now()))
					)
				),
			[at, act] as const
		);
	const [ranA, ranB] = await Promise.all([run(first, a), run(second, b)]);
	return Math.abs(ranA - ranB);
}

/**
 * Kill a page as a crash would: its renderer stops at once, with no pagehide, no
 * visibilitychange and no beforeunload (closing a tab still lets those run).
 */
export async function kill(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	void cdp.send('Page.crash').catch(() => undefined); // the reply never comes: it crashed
	await crashed;
	await page.close().catch(() => undefined);
}
