/**
 * `npx tsx bench/pdf.ts`: only the PDF maker's rows of the benchmark, in Node, without building
 * the app or starting a browser (a few seconds): the full home without and with the appendix,
 * time, size and pages. `npm run bench` measures the same rows among all the others. BENCH_RUNS
 * sets the runs per timing (default 5). See bench/lib/pdf.ts.
 */
import { pdfMakerRows } from './lib/pdf';
import { markdownTable } from './lib/report';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

const rows = await pdfMakerRows(RUNS);
console.log(`\n${markdownTable(rows)}\n`);
for (const row of rows.filter((r) => r.note || r.error))
	console.log(
		`- ${row.measure}: ${row.error ? `NOT MEASURED: ${row.error.split('\n')[0]}` : row.note}`
	);
process.exit(rows.some((row) => row.status === 'not measured') ? 1 : 0);
