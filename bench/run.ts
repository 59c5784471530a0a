/**
 * `npm run bench`: Footing's benchmark. Builds the app (into build-bench/) and the baseline (an
 * empty SvelteKit page), makes the fixtures, measures every row of the performance issue in
 * headless Chromium and with Lighthouse, prints a table and writes bench/results/latest.json.
 *
 * Exits 0 when every row could be measured, whether or not it is within target; exits 1 when
 * a measurement could not be made at all. See docs/performance.md.
 *
 * Environment: BENCH_RUNS (runs per timing, default 5), BENCH_LIGHTHOUSE_RUNS (default 3),
 * BENCH_SKIP_BUILD=1 (reuse build-bench/ and the baseline when they exist; for working on the
 * benchmark itself).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/serve.mjs';
import { writeFixtures, type FixtureFiles } from './fixtures';
import { launchBrowser } from './lib/browser';
import { passcodeOnCaseload, PASSCODE } from './lib/passcode';
import { pdfMakerRows } from './lib/pdf';
import { walkRows } from './lib/walk';
import {
	baselinePrecache,
	buildApp,
	buildBaseline,
	buildPaths,
	firstLoad,
	precache,
	unusedHelpers
} from './lib/build';
import { CATEGORIES, runLighthouse, type Category, type LighthouseRun } from './lib/lighthouse';
import {
	clientsList,
	listOf,
	offlineColdStart,
	pdfOfFullHome,
	tapInteraction,
	tapToCommit,
	type Setup
} from './lib/measures';
import {
	failedRow,
	markdownTable,
	measuredRow,
	type Measurement,
	type Row,
	type RowSpec
} from './lib/report';
import { median, round } from './lib/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
/**
 * `BENCH_ONLY=client` measures only the browser rows whose id holds that text (no Node rows, no
 * Lighthouse), written to latest-only.json: for working on one row; a full run is what counts.
 */
const ONLY = process.env.BENCH_ONLY;
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
/** The benchmark's servers and debugging ports stay in this range (other runs use others). */
const PORTS = { first: 4400, last: 4499 } as const;
/** The longest any one measurement may take before it counts as failed. */
const MEASURE_TIMEOUT_MS = 5 * 60_000;

/** Every row of the issue, in its order. */
const SPECS = {
	firstLoad: {
		id: 'first-load-gzip',
		measure: 'First-load JS + CSS of the start page, gzip',
		unit: 'KiB',
		target: '<= 45 KiB',
		max: 45,
		judged: 'median'
	},
	precache: {
		id: 'precache-raw',
		measure: 'Everything precached, raw bytes',
		unit: 'KiB',
		target: '<= 600 KiB',
		max: 600,
		judged: 'median'
	},
	tapCommit: {
		id: 'tap-to-commit',
		measure: 'Answer tap until its IndexedDB transaction committed (100 taps)',
		unit: 'ms',
		target: 'p95 <= 25 ms',
		max: 25,
		judged: 'p95'
	},
	tapCommitPasscode: {
		id: 'passcode-tap-to-commit',
		measure: 'Answer tap until its IndexedDB transaction committed (100 taps), passcode set',
		unit: 'ms',
		target: 'p95 <= 25 ms',
		max: 25,
		judged: 'p95'
	},
	interaction: {
		id: 'tap-inp-cpu4x',
		measure: 'Interaction to next paint of an answer tap, CPU 4x slower (30 taps)',
		unit: 'ms',
		target: 'p95 <= 50 ms',
		max: 50,
		judged: 'p95'
	},
	pdfTime: {
		id: 'pdf-time',
		measure: 'PDF of a full home (10 rooms, 40 hazards, 10 photos), no appendix: time',
		unit: 'ms',
		target: '<= 1.0 s',
		max: 1000,
		judged: 'median'
	},
	pdfSize: {
		id: 'pdf-size',
		measure: 'PDF of a full home: file size',
		unit: 'MB',
		target: '<= 2 MB',
		max: 2,
		judged: 'median'
	},
	pdfPages: {
		id: 'pdf-pages',
		measure: 'PDF of a full home, no appendix: pages',
		unit: 'pages',
		target: 'reported',
		judged: 'median'
	},
	list: {
		id: 'list-1000',
		measure: 'Start page with 1,000 checks: navigation to list shown',
		unit: 'ms',
		target: '<= 300 ms',
		max: 300,
		judged: 'median'
	},
	manyChecks: {
		id: 'list-10000',
		measure: 'Start page with 10,000 checks: navigation to the first screen of the list shown',
		unit: 'ms',
		target: '<= 300 ms',
		max: 300,
		judged: 'median'
	},
	clientsList: {
		id: 'clients-500x4',
		measure: 'Start page with 500 clients of 4 visits: navigation to list shown',
		unit: 'ms',
		target: '<= 300 ms',
		max: 300,
		judged: 'median'
	},
	clientSearch: {
		id: 'client-search',
		measure: 'Search among 500 clients: query typed to matches drawn, p95',
		unit: 'ms',
		target: '<= 100 ms',
		max: 100,
		judged: 'p95'
	},
	coldStart: {
		id: 'offline-cold-start',
		measure: 'Offline cold start (service worker serving) to start page interactive',
		unit: 'ms',
		target: '<= 1 s',
		max: 1000,
		judged: 'median'
	},
	passcodeTurnOn: {
		id: 'passcode-turn-on-200',
		measure: 'Turning the passcode on over 200 checks with 100 photos: press to done',
		unit: 'ms',
		target: '<= 20 s',
		max: 20_000,
		judged: 'median'
	},
	passcodeUnlock: {
		id: 'passcode-unlock',
		measure: 'Unlock (200 checks sealed): Unlock pressed to the start page list shown',
		unit: 'ms',
		target: '<= 1.5 s',
		max: 1500,
		judged: 'median'
	}
} satisfies Record<string, RowSpec>;

/** The Lighthouse rows, one per category. */
const LIGHTHOUSE_SPECS: Record<Category, RowSpec> = {
	performance: lighthouseSpec('performance', 'Performance'),
	accessibility: lighthouseSpec('accessibility', 'Accessibility'),
	'best-practices': lighthouseSpec('best-practices', 'Best practices')
};

/** The row of one Lighthouse category. */
function lighthouseSpec(id: Category, name: string): RowSpec {
	return {
		id: `lighthouse-${id}`,
		measure: `Lighthouse 12 (mobile) ${name.toLowerCase()}`,
		unit: 'score',
		target: '100',
		min: 100,
		judged: 'median'
	};
}

const started = Date.now();
const loadAtStart = loadavg();

/** Print a step of the benchmark with the time since it started. */
function step(text: string): void {
	console.log(`[${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${text}`);
}

/** Fail with `what` when `promise` takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** Whether nothing listens on this port of localhost. */
function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, 'localhost', () => probe.close(() => resolve(true)));
	});
}

/** The first free port of the benchmark's range from `from` on. */
async function freePort(from: number): Promise<number> {
	for (let port = from; port <= PORTS.last; port++) if (await isFree(port)) return port;
	throw new Error(`No free port in ${from}–${PORTS.last}`);
}

/** The output of a command, or '' when it fails (for the environment record only). */
function commandOutput(command: string, args: string[]): string {
	try {
		return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

/** Build the app and the baseline, unless told to reuse builds that exist. */
function buildAll(): { app: string; baseline: string } {
	const paths = buildPaths(ROOT);
	const reuse = process.env.BENCH_SKIP_BUILD === '1';
	if (reuse && existsSync(join(paths.app, 'sw.js')))
		step('Reusing build-bench/ (BENCH_SKIP_BUILD)');
	else {
		step('Building Footing for production into build-bench/ …');
		buildApp(ROOT);
	}
	if (reuse && existsSync(join(paths.baseline, 'index.html'))) step('Reusing the baseline');
	else {
		step('Building the baseline (an empty SvelteKit page) …');
		buildBaseline(ROOT);
	}
	return { app: paths.app, baseline: paths.baseline };
}

/** The size rows: first load (gzip) and precache (raw), each against the baseline. */
function sizeRows(app: string, baseline: string): Row[] {
	const rows: Row[] = [];
	try {
		const first = firstLoad(app);
		const base = firstLoad(baseline);
		rows.push(
			measuredRow(SPECS.firstLoad, {
				median: round(first.gzip / 1024, 1),
				baseline: round(base.gzip / 1024, 1),
				detail: {
					gzipBytes: first.gzip,
					rawBytes: first.raw,
					files: first.files,
					baselineGzipBytes: base.gzip
				},
				note: 'Each file gzip-compressed on its own (zlib, default level 6), as a server sends it.'
			})
		);
	} catch (error) {
		rows.push(failedRow(SPECS.firstLoad, error));
	}
	try {
		const cached = precache(app);
		const base = baselinePrecache(baseline);
		const helpers = unusedHelpers(app);
		rows.push(
			measuredRow(SPECS.precache, {
				median: round(cached.raw / 1024, 1),
				baseline: round(base.raw / 1024, 1),
				detail: {
					rawBytes: cached.raw,
					gzipBytes: cached.gzip,
					fileCount: cached.files.length,
					files: cached.files,
					baselineRawBytes: base.raw,
					unusedJsPdfHelpers: helpers
				},
				note:
					helpers.shipped.length === 0
						? 'html2canvas, canvg and dompurify are not shipped at all.'
						: `Shipped: ${helpers.shipped.join(', ')}; precached: ${helpers.precached.join(', ') || 'none'}.`
			})
		);
	} catch (error) {
		rows.push(failedRow(SPECS.precache, error));
	}
	return rows;
}

/** Measure one row in the browser; a failure becomes a row that says so. */
async function browserRow(spec: RowSpec, measure: () => Promise<Measurement>): Promise<Row> {
	if (ONLY && !spec.id.includes(ONLY))
		return failedRow(spec, new Error(`left out: BENCH_ONLY=${ONLY}`));
	step(`Measuring: ${spec.measure} …`);
	try {
		return measuredRow(spec, await withTimeout(measure(), MEASURE_TIMEOUT_MS, spec.measure));
	} catch (error) {
		console.error(error);
		return failedRow(spec, error);
	}
}

/** Every browser row, one after the other (the machine has few cores). */
async function browserRows(setup: Setup): Promise<Row[]> {
	const rows: Row[] = [];
	rows.push(await browserRow(SPECS.tapCommit, () => tapToCommit(setup)));
	rows.push(await browserRow(SPECS.tapCommitPasscode, () => tapToCommit(setup, PASSCODE)));
	rows.push(await browserRow(SPECS.interaction, () => tapInteraction(setup)));
	let pdf: Promise<{ time: Measurement; size: Measurement; pages: Measurement }> | undefined;
	const pdfPart = (part: 'time' | 'size' | 'pages') => async () => {
		pdf ??= pdfOfFullHome(setup);
		return (await pdf)[part];
	};
	rows.push(await browserRow(SPECS.pdfTime, pdfPart('time')));
	rows.push(await browserRow(SPECS.pdfSize, pdfPart('size')));
	rows.push(await browserRow(SPECS.pdfPages, pdfPart('pages')));
	rows.push(await browserRow(SPECS.list, () => listOf(setup, 1000)));
	rows.push(await browserRow(SPECS.manyChecks, () => listOf(setup, 10_000)));
	let clients: ReturnType<typeof clientsList> | undefined;
	rows.push(
		await browserRow(SPECS.clientsList, async () => (await (clients ??= clientsList(setup))).shown)
	);
	rows.push(
		await browserRow(
			SPECS.clientSearch,
			async () => (await (clients ??= clientsList(setup))).search
		)
	);
	rows.push(await browserRow(SPECS.coldStart, () => offlineColdStart(setup)));
	let caseload: ReturnType<typeof passcodeOnCaseload> | undefined;
	rows.push(
		await browserRow(
			SPECS.passcodeTurnOn,
			async () => (await (caseload ??= passcodeOnCaseload(setup))).turnOn
		)
	);
	rows.push(
		await browserRow(
			SPECS.passcodeUnlock,
			async () => (await (caseload ??= passcodeOnCaseload(setup))).unlock
		)
	);
	rows.push(...(await walkRows(setup, browserRow)));
	return rows;
}

/** Lighthouse `LIGHTHOUSE_RUNS` times; a row per category with the median score. */
async function lighthouseRows(url: string): Promise<{ rows: Row[]; runs: LighthouseRun[] }> {
	const runs: LighthouseRun[] = [];
	try {
		for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
			step(`Lighthouse run ${run + 1} of ${LIGHTHOUSE_RUNS} …`);
			const port = await freePort(PORTS.first + 90);
			runs.push(await withTimeout(runLighthouse(url, port), MEASURE_TIMEOUT_MS, 'Lighthouse'));
		}
	} catch (error) {
		console.error(error);
		return { rows: CATEGORIES.map((id) => failedRow(LIGHTHOUSE_SPECS[id], error)), runs };
	}
	const rows = CATEGORIES.map((id) => {
		const scores = runs.map((run) => run.scores[id]);
		const lost = [...new Set(runs.flatMap((run) => run.failed[id].map((audit) => audit.id)))];
		return measuredRow(LIGHTHOUSE_SPECS[id], {
			median: median(scores),
			runs: scores,
			detail: { auditsUnder1: lost },
			note: id === 'performance' ? metricsNote(runs) : undefined
		});
	});
	return { rows, runs };
}

/** The median Lighthouse metrics, in words. */
function metricsNote(runs: readonly LighthouseRun[]): string {
	const of = (key: string) => median(runs.map((run) => run.metrics[key] ?? Number.NaN));
	return `Median FCP ${Math.round(of('fcp'))} ms, LCP ${Math.round(of('lcp'))} ms, TBT ${Math.round(of('tbt'))} ms, CLS ${round(of('cls'), 3)} (simulated slow 4G, 4x CPU).`;
}

/** What the results were measured on. */
function environment(chromium: string) {
	return {
		node: process.version,
		chromium,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? '',
		memoryGiB: round(totalmem() / 2 ** 30, 1),
		os: `${process.platform} ${release()}`,
		loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
		commit: commandOutput('git', ['rev-parse', '--short', 'HEAD']),
		uncommittedChanges: commandOutput('git', ['status', '--porcelain']).split('\n').filter(Boolean)
			.length
	};
}

/** Make the fixtures, reporting their sizes. */
function fixtures(): FixtureFiles {
	step('Making the fixtures (fixed seed) …');
	return writeFixtures(join(RESULTS, 'fixtures'));
}

/** A server of tests/serve.mjs. */
type Server = Awaited<ReturnType<typeof startServer>>;

/** The browser rows, then Lighthouse; the servers are closed afterwards. */
async function measureInBrowsers(
	appServer: Server,
	baseServer: Server,
	files: FixtureFiles
): Promise<{ rows: Row[]; chromium: string; lighthouse: LighthouseRun[] }> {
	try {
		const browser = await launchBrowser();
		const chromium = browser.version();
		const rows: Row[] = [];
		try {
			const setup = {
				browser,
				app: appServer.url,
				baseline: baseServer.url,
				fixtures: files,
				runs: RUNS
			};
			rows.push(...(await browserRows(setup)));
		} finally {
			await browser.close();
		}
		if (ONLY)
			return { rows: rows.filter((row) => row.id.includes(ONLY)), chromium, lighthouse: [] };
		const found = await lighthouseRows(`${appServer.url}/`);
		return { rows: [...rows, ...found.rows], chromium, lighthouse: found.runs };
	} finally {
		await appServer.close();
		await baseServer.close();
	}
}

/** The whole benchmark. Returns the exit code. */
async function main(): Promise<number> {
	mkdirSync(RESULTS, { recursive: true });
	if (RUNS < 5) step(`BENCH_RUNS=${RUNS}: fewer than the 5 runs per timing the issue asks for`);
	const builds = buildAll();
	const files = fixtures();
	const rows = sizeRows(builds.app, builds.baseline);
	step('Measuring the PDF maker in Node (without and with the appendix) …');
	if (!ONLY) rows.push(...(await pdfMakerRows(RUNS)));
	const appServer = await startServer(builds.app, await freePort(PORTS.first));
	const baseServer = await startServer(builds.baseline, await freePort(PORTS.first + 1));
	step(`Serving Footing at ${appServer.url}, the baseline at ${baseServer.url}`);
	const measured = await measureInBrowsers(appServer, baseServer, files);
	rows.push(...measured.rows);
	const env = {
		...environment(measured.chromium),
		loadAverageAtEnd: loadavg().map((l) => round(l, 2))
	};
	const results = {
		date: new Date().toISOString(),
		durationSeconds: Math.round((Date.now() - started) / 1000),
		runsPerTiming: RUNS,
		lighthouseRuns: LIGHTHOUSE_RUNS,
		environment: env,
		fixtures: files.bytes,
		rows,
		lighthouse: measured.lighthouse
	};
	const name = ONLY ? 'latest-only.json' : 'latest.json';
	writeFileSync(join(RESULTS, name), `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\n${markdownTable(rows)}\n`);
	for (const row of rows.filter((r) => r.note || r.error)) {
		console.log(
			`- ${row.measure}: ${row.error ? `NOT MEASURED: ${row.error.split('\n')[0]}` : row.note}`
		);
	}
	console.log(`\nWritten to bench/results/${name} in ${results.durationSeconds} s.`);
	const failed = rows.filter((row) => row.status === 'not measured');
	if (failed.length > 0) console.error(`${failed.length} measurement(s) could not be made.`);
	return failed.length > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
