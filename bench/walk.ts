/**
 * `npx tsx bench/walk.ts`: only the walk-through rows of the benchmark (questions shown, the
 * longest page, scrolling, taps in full and quick), against the production build in
 * build-bench/ (built first when it is missing, or always with BENCH_BUILD=1), in headless
 * Chromium; about a minute. Writes the rows to bench/results/walk.json. `npm run bench` measures the same rows among all the others.
 * See bench/lib/walk.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/serve.mjs';
import { launchBrowser } from './lib/browser';
import { buildApp, buildPaths } from './lib/build';
import { failedRow, markdownTable, measuredRow, type Row } from './lib/report';
import { walkRows, type RowMeasurer } from './lib/walk';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** A port of the benchmark's range (4400–4499) that bench/run.ts does not take first. */
const PORT = Number(process.env.BENCH_WALK_PORT ?? 4480);

const { app } = buildPaths(ROOT);
if (process.env.BENCH_BUILD === '1' || !existsSync(join(app, 'sw.js'))) buildApp(ROOT);
const server = await startServer(app, PORT);
const browser = await launchBrowser();
const measure: RowMeasurer = async (spec, run) => {
	console.log(`Measuring: ${spec.measure} …`);
	try {
		return measuredRow(spec, await run());
	} catch (error) {
		console.error(error);
		return failedRow(spec, error);
	}
};
/** The rows, the browser and the server closed afterwards. */
async function measureAll(): Promise<Row[]> {
	try {
		return await walkRows({ browser, app: server.url }, measure);
	} finally {
		await browser.close();
		await server.close();
	}
}
const rows = await measureAll();
const results = join(ROOT, 'bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(
	join(results, 'walk.json'),
	`${JSON.stringify({ date: new Date().toISOString(), rows }, null, '\t')}\n`
);
console.log(`\n${markdownTable(rows)}\n`);
for (const row of rows.filter((r) => r.note || r.error))
	console.log(
		`- ${row.measure}: ${row.error ? `NOT MEASURED: ${row.error.split('\n')[0]}` : row.note}`
	);
process.exit(rows.some((row) => row.status === 'not measured') ? 1 : 0);
