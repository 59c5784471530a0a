/**
 * Building what the benchmark measures: Footing's production build in a folder of its own
 * (build-bench/, so a test run serving build/ at the same time is never disturbed), and the
 * baseline (bench/baseline/, an empty SvelteKit page). Then the sizes of both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadFiles, precachedFiles } from '../../tests/build/build-files';

/** The variant name that makes the real app build into build-bench/ (see svelte.config.js). */
export const BENCH_VARIANT = 'bench';

/** The folders the benchmark builds into, and the vite binary that builds them. */
export function buildPaths(root: string) {
	return {
		app: join(root, `build-${BENCH_VARIANT}`),
		baselineSource: join(root, 'bench/baseline'),
		baselineOut: join(root, 'bench/results/baseline'),
		baseline: join(root, 'bench/results/baseline/build'),
		vite: join(root, 'node_modules/.bin/vite')
	};
}

/** Build Footing for production into build-bench/ (the real app; only the folder differs). */
export function buildApp(root: string): string {
	const paths = buildPaths(root);
	execFileSync(paths.vite, ['build', '--logLevel', 'error'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, FOOTING_VARIANT: BENCH_VARIANT }
	});
	for (const file of ['index.html', 'sw.js']) {
		if (!existsSync(join(paths.app, file))) throw new Error(`The build has no ${file}`);
	}
	return paths.app;
}

/** Build the baseline (an empty SvelteKit page with the same versions) from scratch. */
export function buildBaseline(root: string): string {
	const paths = buildPaths(root);
	rmSync(paths.baselineOut, { recursive: true, force: true });
	execFileSync(paths.vite, ['build', '--logLevel', 'error'], {
		cwd: paths.baselineSource,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (!existsSync(join(paths.baseline, 'index.html')))
		throw new Error('The baseline has no index.html');
	return paths.baseline;
}

/** A file of a build with its size, raw and gzip-compressed (zlib's default level, 6). */
export interface SizedFile {
	file: string;
	raw: number;
	gzip: number;
}

/** Sizes of some files of a build, and their sums. */
export interface Sizes {
	files: SizedFile[];
	raw: number;
	gzip: number;
}

/** The sizes of these files (paths inside the build folder); each is compressed on its own. */
export function sizesOf(build: string, files: readonly string[]): Sizes {
	const sized = files.map((file) => {
		const bytes = readFileSync(join(build, file));
		return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
	});
	return {
		files: sized,
		raw: sized.reduce((sum, f) => sum + f.raw, 0),
		gzip: sized.reduce((sum, f) => sum + f.gzip, 0)
	};
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(folder, file)).isFile())
		.map((file) => relative(folder, join(folder, file)));
}

/** The start page's first-load JS and CSS (its static imports and its messages). */
export function firstLoad(build: string): Sizes {
	return sizesOf(build, firstLoadFiles(build));
}

/** Everything Footing's service worker precaches. */
export function precache(build: string): Sizes {
	return sizesOf(build, precachedFiles(build));
}

/** Everything the baseline's service worker caches: its whole build but the worker itself. */
export function baselinePrecache(build: string): Sizes {
	return sizesOf(
		build,
		filesUnder(build).filter((file) => file !== 'service-worker.js')
	);
}

/** Markers of jsPDF's optional helpers, which Footing must not ship (see vite.config.ts). */
const UNUSED_HELPERS: Record<string, RegExp> = {
	html2canvas: /html2canvas\.hertzen|html2canvas-container/,
	canvg: /canvg\b.*RenderingContext2D|["']missing-glyph["']/,
	dompurify: /DOMPurify\.sanitize|uponSanitizeElement/
};

/** Which of jsPDF's unused helpers are in the build at all, and which are precached. */
export function unusedHelpers(build: string): { shipped: string[]; precached: string[] } {
	const scripts = filesUnder(build).filter((file) => file.endsWith('.js'));
	const cached = new Set(precachedFiles(build));
	const shipped = new Set<string>();
	const precached = new Set<string>();
	for (const file of scripts) {
		const code = readFileSync(join(build, file), 'utf8');
		for (const [name, marker] of Object.entries(UNUSED_HELPERS)) {
			if (!marker.test(code)) continue;
			shipped.add(name);
			if (cached.has(file)) precached.add(name);
		}
	}
	return { shipped: [...shipped], precached: [...precached] };
}
