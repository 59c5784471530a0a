/** The benchmark's rows: what each measure is, its target, and how a result is judged. */
import { round } from './stats';

/** What a row measures and the target it must meet. */
export interface RowSpec {
	/** A stable key, the same in every results file. */
	id: string;
	/** What is measured, as printed. */
	measure: string;
	/** The unit of median, p95 and baseline. */
	unit: 'KiB' | 'ms' | 'MB' | 'score' | 'pages' | 'questions' | 'screens' | 'taps';
	/** The target as printed in the issue. */
	target: string;
	/** The limit: the judged value must be at most `max`, or at least `min`. */
	max?: number;
	min?: number;
	/** Which value is judged against the target. */
	judged: 'median' | 'p95';
}

/** What one measurement found. */
export interface Measurement {
	median: number;
	/** The 95th percentile where it applies: the median of each run's p95. */
	p95?: number;
	/** The same measure of the baseline, made in the same run, where one makes sense. */
	baseline?: number;
	/** Every run's value (for timings: each run's median, or p95 where the p95 is judged). */
	runs?: number[];
	/** Anything else worth keeping: counts, files, raw figures. */
	detail?: Record<string, unknown>;
	note?: string;
}

/** A row of the results: its spec, what was found, and whether it is within target. */
export interface Row extends RowSpec {
	median: number | null;
	p95: number | null;
	baseline: number | null;
	/** The judged value divided by the baseline's. */
	ratio: number | null;
	status: 'within' | 'over' | 'not measured';
	/** How far over the target, in the row's unit (0 when within). */
	overBy: number | null;
	runs: number[];
	detail: Record<string, unknown>;
	note?: string;
	error?: string;
}

/** Whether a value meets a spec's target. */
function withinTarget(spec: RowSpec, value: number): boolean {
	if (spec.max !== undefined && value > spec.max) return false;
	if (spec.min !== undefined && value < spec.min) return false;
	return true;
}

/** A row made from a measurement. */
export function measuredRow(spec: RowSpec, found: Measurement): Row {
	const judged = spec.judged === 'p95' ? (found.p95 ?? found.median) : found.median;
	const within = withinTarget(spec, judged);
	const overBy = within ? 0 : Math.abs(judged - (spec.max ?? spec.min ?? judged));
	return {
		...spec,
		median: found.median,
		p95: found.p95 ?? null,
		baseline: found.baseline ?? null,
		ratio: found.baseline ? round(judged / found.baseline, 2) : null,
		status: within ? 'within' : 'over',
		overBy: round(overBy, 2),
		runs: found.runs ?? [],
		detail: found.detail ?? {},
		note: found.note
	};
}

/** A row whose measurement could not be made. */
export function failedRow(spec: RowSpec, error: unknown): Row {
	return {
		...spec,
		median: null,
		p95: null,
		baseline: null,
		ratio: null,
		status: 'not measured',
		overBy: null,
		runs: [],
		detail: {},
		error: error instanceof Error ? (error.stack ?? error.message) : String(error)
	};
}

/** Units that count whole things, shown without decimals. */
const WHOLE_UNITS = new Set<RowSpec['unit']>(['score', 'pages', 'questions', 'taps']);

/** A value with its unit, for the table. */
function shown(value: number | null, unit: RowSpec['unit']): string {
	if (value === null) return '–';
	const digits = unit === 'MB' ? 2 : WHOLE_UNITS.has(unit) ? 0 : 1;
	const number = round(value, digits).toFixed(digits);
	return unit === 'score' ? number : `${number} ${unit}`;
}

/** The rows as a Markdown table: measure, median, p95, target, ratio to baseline, within/over. */
export function markdownTable(rows: readonly Row[]): string {
	const header = ['measure', 'median', 'p95', 'target', 'ratio to baseline', 'within/over'];
	const lines = rows.map((row) => [
		row.measure,
		shown(row.median, row.unit),
		shown(row.p95, row.unit),
		row.target,
		row.ratio === null ? '–' : `${row.ratio.toFixed(2)}×`,
		row.status === 'over' ? `over by ${shown(row.overBy, row.unit)}` : row.status
	]);
	const widths = header.map((title, i) =>
		Math.max(title.length, ...lines.map((l) => l[i]!.length))
	);
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
