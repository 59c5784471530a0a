/**
 * The passcode rows (issue #18), in the browser on the production build: turning the passcode
 * on over a caseload of 200 checks with 100 photos (from "Turn on the passcode" pressed to the
 * progress bar gone and Settings saying it is on), and unlocking that caseload (from "Unlock"
 * pressed to the start page's list shown). The tap-to-commit row with a passcode set is
 * `tapToCommit(setup, PASSCODE)` (./measures.ts).
 *
 * Each run is a fresh browser profile: the caseload restored through Settings, the passcode
 * set, Footing locked with "Lock Footing now" on the start page, and unlocked. Times are taken
 * in the page, from the press's click event (capture, before the app's handler) to the first
 * frame that shows the result.
 */
import type { Locator, Page } from '@playwright/test';
import { ITERATIONS } from '../../src/lib/crypto/keys';
import { en } from '../../src/lib/i18n/en';
import { TIMINGS } from '../../src/lib/timing';
import { lockScreen, nextPaint, preparePasscode, restoreBackup, typePasscode } from './browser';
import { FIXTURE_SIZES } from '../fixtures';
import { inContext, type Setup } from './measures';
import type { Measurement } from './report';
import { median, round } from './stats';

/** The passcode the rows set (six digits, not too simple for the app's rule). */
export const PASSCODE = '583920';
/** The longest a sealing or an unlock may take in the page before the run fails. */
const WAIT_MS = 180_000;

declare global {
	interface Window {
		/** When the press being timed happened (performance.now()), set by `timePress`. */
		__benchPressedAt?: number;
	}
}

/**
 * Press `button` and note in the page when its click event came (a capturing listener on the
 * document, so before the app's own handler runs).
 */
async function timePress(page: Page, button: Locator): Promise<void> {
	await page.evaluate(() => {
		window.__benchPressedAt = undefined;
		document.addEventListener(
			'click',
			() => {
				window.__benchPressedAt ??= performance.now();
			},
			{ capture: true, once: true }
		);
	});
	await button.click();
}

/** What turning the passcode on took: ms from the press, and the records it sealed. */
interface Sealing {
	ms: number;
	/** The progress bar's total: checks, answers and photos to seal. */
	records: number;
	/** Frames in which the progress bar was seen. */
	framesWithProgress: number;
}

/**
 * Press "Turn on the passcode" and wait, frame by frame, until no progress bar shows and the
 * passcode's section says it is on.
 */
async function timedTurnOn(page: Page, turnOn: Locator): Promise<Sealing> {
	await timePress(page, turnOn);
	// No named functions inside: tsx would wrap them in a helper the page does not have.
	return page.evaluate(
		async ({ on, timeout }): Promise<Sealing> => {
			const until = performance.now() + timeout;
			let records = 0;
			let framesWithProgress = 0;
			for (;;) {
				const progress = document.querySelector<HTMLProgressElement>('main progress');
				if (progress) {
					framesWithProgress += 1;
					records = Math.max(records, progress.max);
				}
				const said = Array.from(document.querySelectorAll('main p')).some(
					(p) => p.textContent?.trim() === on
				);
				const pressed = window.__benchPressedAt;
				if (!progress && said && pressed !== undefined)
					return { ms: performance.now() - pressed, records, framesWithProgress };
				if (performance.now() > until) throw new Error('Sealing did not end');
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
		},
		{ on: en.passcode.on, timeout: WAIT_MS }
	);
}

/** What an unlock took: ms from the press to the list's mark, and to its cards drawn. */
interface Unlocking {
	/** To the start page's `footing:list-shown` mark. */
	ms: number;
	/** To the first frame with the list's cards in the page. */
	drawnMs: number;
	cards: number;
}

/**
 * Press Unlock and wait for the start page's list: its `footing:list-shown` mark (the first one
 * after the press) and the first frame that has its cards.
 */
async function timedUnlock(page: Page, button: Locator): Promise<Unlocking> {
	await timePress(page, button);
	return page.evaluate(
		async ({ mark, timeout }): Promise<Unlocking> => {
			const until = performance.now() + timeout;
			let drawnAt: number | undefined;
			for (;;) {
				const pressed = window.__benchPressedAt;
				const cards = document.querySelectorAll('main ul.checks > li').length;
				if (pressed !== undefined && drawnAt === undefined && cards > 0)
					drawnAt = performance.now();
				const shown = performance
					.getEntriesByName(mark)
					.find((entry) => pressed !== undefined && entry.startTime >= pressed);
				if (pressed !== undefined && drawnAt !== undefined && shown)
					return { ms: shown.startTime - pressed, drawnMs: drawnAt - pressed, cards };
				if (performance.now() > until) throw new Error('The list did not show');
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
		},
		{ mark: TIMINGS.listShown, timeout: WAIT_MS }
	);
}

/** The PBKDF2 iterations of the stored passcode's wrap, read raw from IndexedDB. */
function storedIterations(page: Page): Promise<number | undefined> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('footing');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const lock = await new Promise<unknown>((resolve, reject) => {
			const request = db.transaction('facts').objectStore('facts').get('lock');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return (lock as { passcode?: { iterations?: number } } | undefined)?.passcode?.iterations;
	});
}

/** One run: a fresh profile, the caseload restored, the passcode turned on, locked, unlocked. */
async function caseloadRun(
	setup: Setup
): Promise<{ sealing: Sealing; unlocking: Unlocking; iterations: number | undefined }> {
	return inContext(setup, setup.app, async (_context, page) => {
		await restoreBackup(page, setup.fixtures.caseload, FIXTURE_SIZES.caseloadChecks);
		const turnOn = await preparePasscode(page, PASSCODE);
		await nextPaint(page);
		const sealing = await timedTurnOn(page, turnOn);
		// To the start page as a nurse goes there, then "Lock Footing now" (the page reloads).
		await page.getByRole('link', { name: en.app.home }).click();
		await page.locator('main ul.checks > li').first().waitFor();
		await page.getByRole('button', { name: en.lock.lockNowLabel, exact: true }).click();
		await lockScreen(page);
		const button = await typePasscode(page, PASSCODE);
		await nextPaint(page);
		await page.waitForTimeout(500); // the reload's own work done before the press
		const unlocking = await timedUnlock(page, button);
		return { sealing, unlocking, iterations: await storedIterations(page) };
	});
}

/** PBKDF2-SHA-256 of a six-digit passcode with the app's iterations, in the baseline's page. */
function pbkdf2Time(page: Page): Promise<number> {
	return page.evaluate(async (iterations) => {
		const start = performance.now();
		const material = await crypto.subtle.importKey(
			'raw',
			new TextEncoder().encode('583920'),
			'PBKDF2',
			false,
			['deriveBits']
		);
		await crypto.subtle.deriveBits(
			{
				name: 'PBKDF2',
				hash: 'SHA-256',
				salt: crypto.getRandomValues(new Uint8Array(16)),
				iterations
			},
			material,
			256
		);
		return performance.now() - start;
	}, ITERATIONS);
}

/**
 * Turning the passcode on over 200 checks with 100 photos, and unlocking them: `runs` runs,
 * each in a fresh profile. Baseline of the unlock: one PBKDF2 of the passcode with the app's
 * iterations on the empty page (the least an unlock can cost).
 */
export async function passcodeOnCaseload(
	setup: Setup
): Promise<{ turnOn: Measurement; unlock: Measurement }> {
	const found: Awaited<ReturnType<typeof caseloadRun>>[] = [];
	for (let run = 0; run < setup.runs; run++) found.push(await caseloadRun(setup));
	const kdf = await inContext(setup, setup.baseline, async (_context, page) => {
		const times: number[] = [];
		for (let run = 0; run < setup.runs; run++) {
			await page.goto('/'); // each in a page of its own, as each unlock is
			times.push(await pbkdf2Time(page));
		}
		return times;
	});
	const sealed = found.map((run) => round(run.sealing.ms, 1));
	const unlocked = found.map((run) => round(run.unlocking.ms, 1));
	const { caseloadChecks, caseloadPhotos } = FIXTURE_SIZES;
	return {
		turnOn: {
			median: round(median(sealed), 1),
			runs: sealed,
			detail: {
				checks: caseloadChecks,
				photos: caseloadPhotos,
				photoBytes: setup.fixtures.bytes.caseloadPhotos,
				recordsSealed: found.map((run) => run.sealing.records),
				framesWithProgress: found.map((run) => run.sealing.framesWithProgress),
				slowest: round(Math.max(...sealed), 1)
			},
			note: `From the press on "Turn on the passcode" to the first frame without the progress bar, with Settings saying it is on; ${caseloadChecks} checks and ${caseloadPhotos} photos of 1600 x 1200 px (about 190 KB each) restored first, in a fresh profile each run.`
		},
		unlock: {
			median: round(median(unlocked), 1),
			baseline: round(median(kdf), 1),
			runs: unlocked,
			detail: {
				toCardsDrawn: found.map((run) => round(run.unlocking.drawnMs, 1)),
				cardsShown: found.map((run) => run.unlocking.cards),
				baselineRuns: kdf.map((t) => round(t, 1)),
				iterations: ITERATIONS,
				iterationsStored: found.map((run) => run.iterations)
			},
			note: `From the press on Unlock (the page loaded on the lock screen by "Lock Footing now") to the start page's footing:list-shown mark (the first 30 cards are drawn a frame or two later: toCardsDrawn), with the same ${caseloadChecks} checks sealed. Baseline: one PBKDF2-SHA-256 of ${ITERATIONS.toLocaleString('en-GB')} iterations in the empty page, same browser.`
		}
	};
}
