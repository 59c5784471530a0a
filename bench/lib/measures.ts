/**
 * The benchmark's measurements in the browser, each in fresh browser profiles, against the
 * production build and against the baseline (an empty SvelteKit page) where a baseline makes
 * sense. Every timing is made `runs` times; rows report the median of the runs.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { TIMINGS } from '../../src/lib/timing';
import type { FixtureFiles } from '../fixtures';
import {
	durations,
	interactionDurations,
	markTime,
	navigationPhases,
	type NavigationPhases,
	newContext,
	nextPaint,
	observeInteractions,
	openRoom,
	restoreBackup,
	setPasscode,
	tapAndSaveBaseline,
	tapAnswers,
	tapBaseline,
	throttleCpu,
	waitForServiceWorker
} from './browser';
import type { Measurement } from './report';
import { median, percentile, round } from './stats';

/** What every measurement needs. */
export interface Setup {
	browser: Browser;
	/** Where Footing's production build is served. */
	app: string;
	/** Where the baseline is served. */
	baseline: string;
	fixtures: FixtureFiles;
	/** How many times each timing is made. */
	runs: number;
}

/** Answer taps per run of the tap-to-commit measure. */
export const TAPS = 100;
/** Answer taps per run of the interaction measure (CPU slowed 4x). */
export const THROTTLED_TAPS = 30;
/** How much the CPU is slowed for the interaction measure. */
export const CPU_SLOWDOWN = 4;
/** Event Timing's smallest threshold: an interaction under it is never reported. */
const EVENT_THRESHOLD_MS = 16;
/** The mark the baseline page sets when it is up (bench/baseline/src/routes/+page.svelte). */
const BASELINE_SHOWN = 'baseline:shown';

/** Run `use` with a fresh browser profile on `baseURL`, closing it afterwards. */
export async function inContext<T>(
	setup: Setup,
	baseURL: string,
	use: (context: BrowserContext, page: Page) => Promise<T>
): Promise<T> {
	const context = await newContext(setup.browser, baseURL);
	try {
		return await use(context, await context.newPage());
	} finally {
		await context.close();
	}
}

/** The median and p95 of each run, and the medians of those over the runs. */
export function perRun(samples: readonly number[][]) {
	const medians = samples.map((values) => median(values));
	const p95s = samples.map((values) => percentile(values, 95));
	return {
		median: round(median(medians), 2),
		p95: round(median(p95s), 2),
		medians: medians.map((v) => round(v, 2)),
		p95s: p95s.map((v) => round(v, 2))
	};
}

/** How long one IndexedDB write transaction takes to commit here: `count` puts, one by one. */
function rawTransactions(page: Page, count: number): Promise<number[]> {
	return page.evaluate(async (count) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('bench-baseline', 1);
			request.onupgradeneeded = () => request.result.createObjectStore('answers');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const times: number[] = [];
		for (let i = 0; i < count; i++) {
			const start = performance.now();
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('answers', 'readwrite');
				tx.objectStore('answers').put({ value: i % 2 ? 'yes' : 'no', at: Date.now() }, i % 14);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			times.push(performance.now() - start);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		db.close();
		return times;
	}, count);
}

/**
 * Tap on an answer until its IndexedDB transaction has committed: p95 of 100 taps, per run.
 * With `passcode`, a passcode is set after the restore (so every answer is sealed before it is
 * written), and each run's page load is unlocked before the room shows.
 */
export async function tapToCommit(setup: Setup, passcode?: string): Promise<Measurement> {
	const { fixtures, runs } = setup;
	const samples = await inContext(setup, setup.app, async (_context, page) => {
		await restoreBackup(page, fixtures.tap, 1);
		if (passcode !== undefined) await setPasscode(page, passcode);
		const all: number[][] = [];
		for (let run = 0; run < runs; run++) {
			await openRoom(page, fixtures.tapCheckId, fixtures.tapRoomId, passcode);
			await tapAnswers(page, TAPS);
			all.push((await durations(page, TIMINGS.answerSaved)).slice(-TAPS));
		}
		return all;
	});
	const base = await inContext(setup, setup.baseline, async (_context, page) => {
		await page.goto('/');
		const all: number[][] = [];
		for (let run = 0; run < runs; run++) all.push(await rawTransactions(page, TAPS));
		return all;
	});
	// The floor of a tap that paints and saves: the same taps on a radio group whose handler
	// reads and writes one record in one transaction (the repaint comes in between).
	const tapped = await inContext(setup, setup.baseline, async (_context, page) => {
		await page.goto('/tap-save');
		await page.locator('fieldset[data-ready="true"]').waitFor(); // the database is open
		await tapAndSaveBaseline(page, 5); // the database is open and warm
		const all: number[][] = [];
		for (let run = 0; run < runs; run++) all.push(await tapAndSaveBaseline(page, TAPS));
		return all;
	});
	const app = perRun(samples);
	const baseline = perRun(base);
	const floor = perRun(tapped);
	return {
		median: app.median,
		p95: app.p95,
		baseline: baseline.p95,
		runs: app.p95s,
		detail: {
			tapsPerRun: TAPS,
			runMedians: app.medians,
			max: round(Math.max(...samples.flat()), 2),
			baselineRunP95s: baseline.p95s,
			baselineMedian: baseline.median,
			tapAndSaveP95: floor.p95,
			tapAndSaveMedian: floor.median,
			tapAndSaveRunP95s: floor.p95s,
			ratioToTapAndSave: round(app.p95 / floor.p95, 2)
		},
		note:
			passcode === undefined
				? `Baseline: one IndexedDB readwrite transaction (one put) on its own, same browser. A radio tap on the empty page whose handler reads and writes one record (its repaint in between): p95 ${floor.p95} ms, so Footing's is ${round(app.p95 / floor.p95, 2)}x that.`
				: 'With a passcode set and unlocked: each answer sealed (AES-GCM) before it is written. Baseline: one IndexedDB readwrite transaction (one put, in clear) on its own, same browser.'
	};
}

/**
 * The interactions of `taps` taps under a slowed CPU: the longest event of each interaction
 * that Event Timing reported; taps it did not report (under 16 ms) count as 16 ms.
 */
async function throttledInteractions(
	context: BrowserContext,
	page: Page,
	taps: number,
	tap: () => Promise<unknown>
): Promise<{ values: number[]; reported: number }> {
	const cdp = await context.newCDPSession(page);
	await throttleCpu(cdp, CPU_SLOWDOWN);
	try {
		await tap();
		await nextPaint(page);
		await page.waitForTimeout(500); // Event Timing reports after the next paint
	} finally {
		await throttleCpu(cdp, 1);
		await cdp.detach();
	}
	const seen = await interactionDurations(page);
	const missing = Math.max(0, taps - seen.length);
	return {
		values: [...seen, ...Array<number>(missing).fill(EVENT_THRESHOLD_MS)],
		reported: seen.length
	};
}

/** Interaction to next paint of an answer tap with the CPU slowed 4x: p95 of 30 taps, per run. */
export async function tapInteraction(setup: Setup): Promise<Measurement> {
	const { fixtures, runs } = setup;
	const app = await inContext(setup, setup.app, async (context, page) => {
		await observeInteractions(context);
		await restoreBackup(page, fixtures.tap, 1);
		const all: { values: number[]; reported: number }[] = [];
		for (let run = 0; run < runs; run++) {
			await openRoom(page, fixtures.tapCheckId, fixtures.tapRoomId);
			all.push(
				await throttledInteractions(context, page, THROTTLED_TAPS, () =>
					tapAnswers(page, THROTTLED_TAPS)
				)
			);
		}
		return all;
	});
	const base = await inContext(setup, setup.baseline, async (context, page) => {
		await observeInteractions(context);
		const all: { values: number[]; reported: number }[] = [];
		for (let run = 0; run < runs; run++) {
			await page.goto('/tap');
			await page.locator('input[value="yes"]').waitFor();
			all.push(
				await throttledInteractions(context, page, THROTTLED_TAPS, () =>
					tapBaseline(page, THROTTLED_TAPS)
				)
			);
		}
		return all;
	});
	const found = perRun(app.map((run) => run.values));
	const baseline = perRun(base.map((run) => run.values));
	return {
		median: found.median,
		p95: found.p95,
		baseline: baseline.p95,
		runs: found.p95s,
		detail: {
			tapsPerRun: THROTTLED_TAPS,
			cpuSlowdown: CPU_SLOWDOWN,
			reportedPerRun: app.map((run) => run.reported),
			runMedians: found.medians,
			baselineRunP95s: baseline.p95s,
			baselineReportedPerRun: base.map((run) => run.reported)
		},
		note: 'Event Timing reports only interactions of 16 ms or more (rounded to 8 ms); taps it did not report count as 16 ms. Baseline: a radio group bound to state on an empty SvelteKit page, same slowdown.'
	};
}

/**
 * The PDF of the full home (the plan screen's default: the whole plan, the client's copy without
 * the appendix, normal print): time from the "Download the PDF" tap to the file, its size, and
 * its pages.
 */
export async function pdfOfFullHome(
	setup: Setup
): Promise<{ time: Measurement; size: Measurement; pages: Measurement }> {
	const { fixtures, runs } = setup;
	const made = await inContext(setup, setup.app, async (_context, page) => {
		await restoreBackup(page, fixtures.home, 1);
		const times: number[] = [];
		const sizes: number[] = [];
		let pages = 0;
		for (let run = 0; run < runs; run++) {
			await page.goto(`/checks/${fixtures.homeCheckId}/plan`);
			// The plan's PDF button says "Download the PDF" where the browser cannot share files.
			const button = page.getByRole('button', { name: en.plan.downloadPdf, exact: true });
			await button.waitFor();
			await nextPaint(page);
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 120_000 }),
				button.click()
			]);
			const file = await download.path();
			sizes.push(statSync(file).size);
			if (run === 0) pages = (await readPdf(new Uint8Array(readFileSync(file)))).pages;
			await download.delete();
			const measures = await durations(page, TIMINGS.pdfMade);
			if (measures.length !== 1) throw new Error(`${measures.length} PDF measures, not 1`);
			times.push(measures[0]!);
		}
		return { times, sizes, pages };
	});
	const mb = made.sizes.map((bytes) => round(bytes / 1_000_000, 3));
	return {
		time: {
			median: round(median(made.times), 1),
			runs: made.times.map((t) => round(t, 1)),
			detail: { slowest: round(Math.max(...made.times), 1) },
			note: 'Each run opens the plan afresh, so jsPDF is loaded (from the offline cache) every time.'
		},
		size: {
			median: median(mb),
			runs: mb,
			detail: { bytes: made.sizes },
			note: '1 MB = 1,000,000 bytes.'
		},
		pages: { median: made.pages, runs: [made.pages], detail: { appendix: false } }
	};
}

/** The times of some page loads, and the median of each milestone. */
interface Loads {
	times: number[];
	phases: NavigationPhases[];
}

/** The median of each milestone of some page loads, rounded. */
function medianPhases(phases: readonly NavigationPhases[]): Record<string, number> {
	const keys = ['responseStart', 'domInteractive', 'domContentLoaded'] as const;
	return Object.fromEntries(keys.map((key) => [key, round(median(phases.map((p) => p[key])), 1)]));
}

/** Navigation start to `mark`, `runs` times, after a first visit that installs the worker. */
async function shownTimes(page: Page, mark: string, runs: number): Promise<Loads> {
	await page.goto('/');
	await markTime(page, mark);
	await waitForServiceWorker(page);
	const loads: Loads = { times: [], phases: [] };
	for (let run = 0; run < runs; run++) {
		await page.goto('/');
		loads.times.push(await markTime(page, mark));
		loads.phases.push(await navigationPhases(page));
	}
	return loads;
}

/** Search queries a nurse types: a family name, a person's name without its accent, a date. */
const CLIENT_QUERIES = ['jansen', 'de vries', 'bakker', 'mulder', 'smit', 'visser'];

/**
 * The start page with 500 clients of 4 visits stored (2,000 checks): navigation to the list of
 * clients shown; and a search typed, from the input to the next frame with the matches drawn.
 */
export async function clientsList(
	setup: Setup
): Promise<{ shown: Measurement; search: Measurement }> {
	const { fixtures, runs } = setup;
	return inContext(setup, setup.app, async (_context, page) => {
		await restoreBackup(page, fixtures.clients, 2000);
		const loads = await shownTimes(page, TIMINGS.listShown, runs);
		const cards = await page.locator('main ul.checks > li').count();
		const search = page.getByLabel(en.start.search);
		await search.waitFor();
		const times: number[] = [];
		const found: number[] = [];
		for (let run = 0; run < runs; run++) {
			for (const query of CLIENT_QUERIES) {
				await search.fill('');
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
				times.push(
					await search.evaluate(async (input: HTMLInputElement, text) => {
						const start = performance.now();
						input.value = text;
						input.dispatchEvent(new Event('input', { bubbles: true }));
						await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
						return performance.now() - start;
					}, query)
				);
				found.push(await page.locator('main ul.checks > li').count());
			}
		}
		return {
			shown: {
				median: round(median(loads.times), 1),
				runs: loads.times.map((t) => round(t, 1)),
				detail: { clientCardsShown: cards, phases: medianPhases(loads.phases) },
				note: '500 clients of 4 visits (2,000 checks), online, the service worker in control.'
			},
			search: {
				median: round(median(times), 1),
				p95: round(percentile(times, 95), 1),
				runs: times.map((t) => round(t, 1)),
				detail: { queries: CLIENT_QUERIES, cardsFound: found.slice(0, CLIENT_QUERIES.length) },
				note: 'From the typed query to the next frame with the matching clients drawn.'
			}
		};
	});
}

/**
 * The start page with 1,000 (or 10,000) checks stored: from navigation start to its first
 * screen of the list shown.
 */
export async function listOf(setup: Setup, checks: 1000 | 10_000): Promise<Measurement> {
	const { fixtures, runs } = setup;
	const found = await inContext(setup, setup.app, async (_context, page) => {
		await restoreBackup(page, checks === 1000 ? fixtures.list : fixtures.manyChecks, checks);
		const loads = await shownTimes(page, TIMINGS.listShown, runs);
		const shown = await page.locator('main ul.checks > li').count();
		return { ...loads, shown };
	});
	const base = await inContext(setup, setup.baseline, (_context, page) =>
		shownTimes(page, BASELINE_SHOWN, runs)
	);
	return {
		median: round(median(found.times), 1),
		baseline: round(median(base.times), 1),
		runs: found.times.map((t) => round(t, 1)),
		detail: {
			checksShown: found.shown,
			phases: medianPhases(found.phases),
			baselineRuns: base.times.map((t) => round(t, 1)),
			baselinePhases: medianPhases(base.phases)
		},
		note: 'Online, with the service worker in control. Baseline: an empty SvelteKit page to its onMount.'
	};
}

/**
 * Cold starts offline: after a first visit installs the worker, each run stops every service
 * worker, opens a new tab in a browser that is offline and goes to the start page.
 */
async function coldStarts(setup: Setup, baseURL: string, mark: string, path = '/'): Promise<Loads> {
	return inContext(setup, baseURL, async (context, first) => {
		await first.goto(path);
		await markTime(first, mark);
		await waitForServiceWorker(first);
		await first.close();
		await context.setOffline(true);
		const loads: Loads = { times: [], phases: [] };
		for (let run = 0; run < setup.runs; run++) {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('ServiceWorker.enable');
			await cdp.send('ServiceWorker.stopAllWorkers');
			const response = await page.goto(path);
			if (!response?.fromServiceWorker())
				throw new Error(`The service worker did not serve ${path}`);
			loads.times.push(await markTime(page, mark));
			loads.phases.push(await navigationPhases(page));
			await cdp.detach();
			await page.close();
		}
		return loads;
	});
}

/** Offline cold start (service worker serving, stopped before each run) to the list shown. */
export async function offlineColdStart(setup: Setup): Promise<Measurement> {
	const app = await coldStarts(setup, setup.app, TIMINGS.listShown);
	const base = await coldStarts(setup, setup.baseline, BASELINE_SHOWN);
	// The floor of a start page that shows what is stored: the empty page that opens IndexedDB
	// and draws its 30 newest records (bench/baseline/src/routes/read-start).
	const floor = await coldStarts(setup, setup.baseline, 'baseline:read-shown', '/read-start');
	const appMedian = round(median(app.times), 1);
	const floorMedian = round(median(floor.times), 1);
	return {
		median: appMedian,
		baseline: round(median(base.times), 1),
		runs: app.times.map((t) => round(t, 1)),
		detail: {
			phases: medianPhases(app.phases),
			baselineRuns: base.times.map((t) => round(t, 1)),
			baselinePhases: medianPhases(base.phases),
			readAndShowMedian: floorMedian,
			readAndShowRuns: floor.times.map((t) => round(t, 1)),
			ratioToReadAndShow: round(appMedian / floorMedian, 2)
		},
		note: `Offline; every service worker stopped before each run; time to the list shown (the page is up and its data read). Baseline: the empty SvelteKit page with its own small worker. The empty page that opens IndexedDB and draws 30 stored records (/read-start): ${floorMedian} ms, so Footing's is ${round(appMedian / floorMedian, 2)}x that.`
	};
}
