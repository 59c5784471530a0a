/**
 * Driving Chromium for the benchmark: contexts, restoring a backup through Settings, waiting
 * for the service worker, reading User Timing and Event Timing entries, tapping answers.
 */
import {
	chromium,
	type Browser,
	type BrowserContext,
	type CDPSession,
	type Locator,
	type Page
} from '@playwright/test';
import { ITEMS } from '../../src/lib/checklist/catalogue';
import type { Item } from '../../src/lib/checklist/types';
import { en } from '../../src/lib/i18n/en';
import { TIMINGS } from '../../src/lib/timing';
import { browserLaunchOptions } from '../../tests/browser';

/**
 * The pause after each answer tap has committed, before the next: a person reads the next
 * question first, so taps never pile onto the work the last one left (re-render, broadcast).
 */
export const TAP_PAUSE_MS = 100;

/** One interaction seen by Event Timing: its id and the duration of one of its events. */
export interface EventSeen {
	id: number;
	name: string;
	duration: number;
}

declare global {
	interface Window {
		/** Event Timing entries of interactions, collected from the start of the document. */
		__benchEvents?: EventSeen[];
	}
}

/** Launch headless Chromium with the tests' options (tests/browser.ts). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ ...browserLaunchOptions(), headless: true });
}

/** The window of every measurement: the tests' desktop size. */
export const DESKTOP = { width: 1280, height: 720 } as const;

/** A fresh browser profile (its own storage and service workers), in English. */
export function newContext(
	browser: Browser,
	baseURL: string,
	viewport: { width: number; height: number } = DESKTOP
): Promise<BrowserContext> {
	return browser.newContext({ baseURL, locale: 'en-GB', viewport, acceptDownloads: true });
}

/** Restore a backup file through Settings → "Choose a backup file" → Restore. */
export async function restoreBackup(page: Page, file: string, checks: number): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	await page.getByText(/^This backup holds/).waitFor({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	const done = checks === 1 ? '1 check restored.' : `${checks} checks restored.`;
	await page.getByText(done, { exact: true }).waitFor({ timeout: 180_000 });
}

/** Wait until a service worker controls the page, so it can start offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise<void>((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
				once: true
			})
		);
	});
}

/**
 * Wait until the page has at least `count` User Timing entries of this name. Waits for the
 * entries to be reported instead of polling every frame, so the wait adds no work to the page.
 */
export async function waitForEntries(page: Page, name: string, count = 1): Promise<void> {
	await page.evaluate(
		({ name, count, timeout }) =>
			new Promise<void>((resolve, reject) => {
				if (performance.getEntriesByName(name).length >= count) return resolve();
				const timer = setTimeout(() => reject(new Error(`No ${count} × ${name}`)), timeout);
				const observer = new PerformanceObserver(() => {
					if (performance.getEntriesByName(name).length < count) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				observer.observe({ entryTypes: ['mark', 'measure'] });
			}),
		{ name, count, timeout: 60_000 }
	);
}

/** The durations of a page's User Timing measures of this name, in order. */
export function durations(page: Page, name: string): Promise<number[]> {
	return page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);
}

/** The start time of a page's first mark of this name (ms from navigation start). */
export async function markTime(page: Page, name: string): Promise<number> {
	await waitForEntries(page, name);
	return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, name);
}

/** Where a page load spent its time: milestones of its navigation, in ms from its start. */
export interface NavigationPhases {
	/** The first byte of the page arrived (from the service worker or the server). */
	responseStart: number;
	/** The HTML was parsed. */
	domInteractive: number;
	/** The module scripts ran (SvelteKit starts the app from here). */
	domContentLoaded: number;
}

/** The navigation milestones of the page's document. */
export function navigationPhases(page: Page): Promise<NavigationPhases> {
	return page.evaluate(() => {
		const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			responseStart: entry.responseStart,
			domInteractive: entry.domInteractive,
			domContentLoaded: entry.domContentLoadedEventEnd
		};
	});
}

/**
 * Collect Event Timing entries of interactions (interactionId > 0) from the start of every
 * document of the context, into `window.__benchEvents`. Event Timing reports only events of
 * 16 ms or more (its smallest threshold); durations are rounded to 8 ms.
 */
export async function observeInteractions(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		window.__benchEvents = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as PerformanceEventTiming[]) {
				if (entry.interactionId > 0) {
					window.__benchEvents!.push({
						id: entry.interactionId,
						name: entry.name,
						duration: entry.duration
					});
				}
			}
		}).observe({
			type: 'event',
			buffered: true,
			durationThreshold: 16
		} as PerformanceObserverInit & { durationThreshold: number });
	});
}

/** The interactions seen so far on the page: the longest event of each, by interaction. */
export async function interactionDurations(page: Page): Promise<number[]> {
	const seen = await page.evaluate(() => window.__benchEvents ?? []);
	const longest = new Map<number, number>();
	for (const { id, duration } of seen) longest.set(id, Math.max(longest.get(id) ?? 0, duration));
	return [...longest.values()];
}

/** Slow the page's CPU down by `rate` (1 is full speed), through the DevTools Protocol. */
export async function throttleCpu(cdp: CDPSession, rate: number): Promise<void> {
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Wait for the next frame to be painted (and a task after it). */
export function nextPaint(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 0)))
	);
}

/**
 * The yes/no questions of a screen: a card's radio group (a tick list has boxes, a timed test a
 * timer and a field; neither is an answer tap of these rows).
 */
const RADIO_GROUPS = 'article fieldset:has(input[type="radio"])';

/**
 * Settings → "Lock Footing with a passcode": the passcode typed twice, Next, the recovery code
 * shown and "I have written down the recovery code" ticked. Returns the "Turn on the passcode"
 * button, ready to press (nothing is sealed before it is).
 */
export async function preparePasscode(page: Page, passcode: string): Promise<Locator> {
	await page.goto('/settings');
	await page.getByRole('button', { name: en.passcode.turnOn, exact: true }).click();
	await page.getByRole('textbox', { name: en.passcode.passcode, exact: true }).fill(passcode);
	await page.getByRole('textbox', { name: en.passcode.repeat, exact: true }).fill(passcode);
	await page.getByRole('button', { name: en.passcode.next, exact: true }).click();
	await page.getByTestId('recovery-code').waitFor();
	await page.getByRole('checkbox', { name: en.passcode.wroteDown }).check();
	const turnOn = page.getByRole('button', { name: en.passcode.confirm, exact: true });
	await turnOn.waitFor();
	return turnOn;
}

/** The passcode's section in Settings says it is on, and no progress bar shows any more. */
export async function passcodeIsOn(page: Page, timeout = 120_000): Promise<void> {
	await page.getByText(en.passcode.on, { exact: true }).first().waitFor({ timeout });
	await page.locator('main progress').waitFor({ state: 'detached', timeout });
}

/** Set a passcode in Settings and wait until what is stored is sealed. */
export async function setPasscode(page: Page, passcode: string): Promise<void> {
	await (await preparePasscode(page, passcode)).click();
	await passcodeIsOn(page);
}

/** Wait for the lock screen. */
export async function lockScreen(page: Page): Promise<void> {
	await page.getByRole('heading', { name: en.lock.title, exact: true }).waitFor();
}

/** The lock screen's passcode typed in; returns its Unlock button, ready to press. */
export async function typePasscode(page: Page, passcode: string): Promise<Locator> {
	await lockScreen(page);
	await page.getByRole('textbox', { name: en.lock.passcode, exact: true }).fill(passcode);
	return page.getByRole('button', { name: en.lock.unlock, exact: true });
}

/** Unlock on the lock screen and wait until it is gone. */
export async function unlock(page: Page, passcode: string): Promise<void> {
	await (await typePasscode(page, passcode)).click();
	await page
		.getByRole('heading', { name: en.lock.title, exact: true })
		.waitFor({ state: 'detached', timeout: 30_000 });
}

/**
 * Open a room of a check (its address opens its first screen) and wait until its questions are
 * there. Returns how many yes/no questions it shows.
 *
 * With a passcode set, the start page is loaded (on the lock screen), unlocked, and the room
 * reached from there by the links a nurse taps: the check's card, then "Continue in …". Not by
 * loading the room's address: a check's page loaded with a passcode set can stay blank (its
 * load, openCheckPages, may run before the root layout knows Footing is locked, and then waits
 * for the unlock, so the lock screen never shows).
 */
export async function openRoom(
	page: Page,
	checkId: string,
	roomId: string,
	passcode?: string
): Promise<number> {
	if (passcode === undefined) await page.goto(`/checks/${checkId}/rooms/${roomId}`);
	else {
		await page.goto('/');
		await unlock(page, passcode);
		await page.locator(`main a[href="/checks/${checkId}"]`).first().click();
		await page.locator(`main a[href="/checks/${checkId}/rooms/${roomId}"]`).first().click();
		await page.waitForURL(`**/checks/${checkId}/rooms/${roomId}**`);
	}
	const groups = page.locator(RADIO_GROUPS);
	await groups.first().waitFor();
	await nextPaint(page);
	return groups.count();
}

/**
 * The yes/no questions shown now, each by the name of its radio group, with the answer checked
 * ('yes', 'no', 'na'), or '' for none, and its words (its group's legend).
 */
function radioQuestions(
	page: Page
): Promise<{ name: string; checked: string; question: string }[]> {
	return page.evaluate(
		(selector) =>
			Array.from(document.querySelectorAll(selector)).map((group) => ({
				name: group.querySelector<HTMLInputElement>('input[type="radio"]')!.name,
				checked: group.querySelector<HTMLInputElement>('input:checked')?.value ?? '',
				question: group.querySelector('legend')?.textContent?.trim() ?? ''
			})),
		RADIO_GROUPS
	);
}

/** The item of the checklist asking these words (in English, the bench's language). */
function itemAsking(question: string): Item {
	const item = ITEMS.find((one) => one.question.en === question);
	if (!item) throw new Error(`No item asks “${question}”`);
	return item;
}

/**
 * Bring a control into reach before a tap, as a person scrolls to what they tap: when it is near
 * the top or under the walk's bar (which sticks to the bottom of the window), scroll it to the
 * middle. A control already in reach is left where it is, so taps there add no scrolling.
 */
export async function intoReach(control: Locator): Promise<void> {
	await control.evaluate((element) => {
		const box = element.getBoundingClientRect();
		if (box.top < 80 || box.bottom > window.innerHeight - 160)
			element.scrollIntoView({ block: 'center' });
	});
}

/**
 * Tap answers in the open room `count` times, each a real change: its yes/no questions that are
 * not follow-ups, one after the other, "Yes" and "No" alternating, and each tap waiting until
 * its answer is committed, then `pauseMs` more (as a person reads the next question). A
 * follow-up that an answer shows or hides stays unanswered. An answer out of reach is scrolled
 * to first (`intoReach`). A tap that does not land times out waiting for its save. Returns how
 * many answer measures the page holds afterwards.
 */
export async function tapAnswers(
	page: Page,
	count: number,
	pauseMs = TAP_PAUSE_MS
): Promise<number> {
	// Not the follow-ups: an answer shows or hides them, so they are not always there to tap.
	const questions = (await radioQuestions(page)).filter(
		(question) => !itemAsking(question.question).askWhen
	);
	if (questions.length === 0) throw new Error('No yes/no question to tap on this screen');
	let saved = (await durations(page, TIMINGS.answerSaved)).length;
	for (let tap = 0; tap < count; tap++) {
		const item = tap % questions.length;
		const question = questions[item]!;
		const preferred = (Math.floor(tap / questions.length) + item) % 2 === 0 ? 'yes' : 'no';
		const value = question.checked === preferred ? (preferred === 'yes' ? 'no' : 'yes') : preferred;
		const radio = page.locator(`input[type="radio"][name="${question.name}"][value="${value}"]`);
		await intoReach(radio);
		await radio.click();
		question.checked = value;
		saved += 1;
		await waitForEntries(page, TIMINGS.answerSaved, saved);
		if (pauseMs > 0) await page.waitForTimeout(pauseMs);
	}
	return saved;
}

/** Tap the baseline's radio buttons `count` times, alternating, each followed by a paint. */
export async function tapBaseline(page: Page, count: number): Promise<void> {
	for (let tap = 0; tap < count; tap++) {
		await page.locator(`input[value="${tap % 2 === 0 ? 'yes' : 'no'}"]`).click();
		await nextPaint(page);
		await page.waitForTimeout(TAP_PAUSE_MS);
	}
}

/** The measure the baseline's tap-and-save page makes (bench/baseline/src/routes/tap-save). */
export const BASELINE_TAP_SAVED = 'baseline:tap-saved';

/**
 * Tap the baseline's saving radio group `count` times, alternating, as `tapAnswers` taps
 * Footing's: each tap waits for its transaction's commit, then the same pause.
 */
export async function tapAndSaveBaseline(page: Page, count: number): Promise<number[]> {
	let saved = (await durations(page, BASELINE_TAP_SAVED)).length;
	for (let tap = 0; tap < count; tap++) {
		// The other answer than the one given, so that each tap is a change.
		const yes = await page.locator('input[value="yes"]').isChecked();
		await page.locator(`input[value="${yes ? 'no' : 'yes'}"]`).click();
		saved += 1;
		await waitForEntries(page, BASELINE_TAP_SAVED, saved);
		await page.waitForTimeout(TAP_PAUSE_MS);
	}
	return (await durations(page, BASELINE_TAP_SAVED)).slice(-count);
}
