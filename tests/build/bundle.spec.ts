import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, precachedFiles } from './build-files';

const BUILD = 'build';
const KIB = 1024;

/**
 * Size budgets, so that growth fails a test: each is the size measured on 1 December 2026 with
 * about 3% of room. First load 53.3 KiB gzip (the target, 45 KiB, is missed: Svelte's and
 * SvelteKit's runtime alone are 31.7 KiB; the clients list of issue #16 added 1.3 KiB, its
 * follow-up dialog loads on first use), precache 803.1 KiB (the benchmark's old target, 600
 * KiB, is missed: the checklist's content in two languages is 196 KiB, jsPDF 142 KiB; a
 * client's history and the follow-up added 34 KiB). What was tried, and what stands in the
 * way: docs/performance.md. The passcode (issue #18) then added 3.3 KiB to the first load (the
 * seal every record passes through, which cannot wait, and the lock state the layout shows;
 * the rest loads only with a passcode) and 52 KiB to the precache (AES-GCM, the lock screen,
 * its settings, password-protected backups, their messages): now 56.6 and 855.2 KiB. The
 * prerendered pages then took their stylesheets into their HTML (issue #19: the first paint
 * waits for no request), 8 KB more in each of the four: 57.3 and 895.0 KiB. Knowing the hint
 * and the backup reminder with the first screen (so they do not push the list down), and
 * leaving damaged records out of a backup: 57.6 and 897.8 KiB. The start page's state then
 * imported the storage modules it reads instead of the barrel, which had put every screen's
 * storage (rooms, answers, photos) in its chunk: 56.4 and 898.1 KiB; reading one check again
 * for another tab's answer, and a content upgrade that skips damaged records: 56.7 and 899.1.
 */
const FIRST_LOAD_GZIP_BUDGET = 57 * KIB;
const PRECACHE_BUDGET = 900 * KIB;
/** jsPDF trimmed to what the plan uses (scripts/trim-jspdf.ts); the whole of it is 345 KiB. */
const PDF_MAKER_BUDGET = 160 * KIB;

describe('what a real build holds', () => {
	it('has no test-only migrations: only tests build the variants that use them', () => {
		const shipped = precachedFiles(BUILD).filter((file) => /\.js$/.test(file));
		expect(shipped.length).toBeGreaterThan(3);
		for (const file of shipped) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			expect(code, file).not.toMatch(/test migration|on purpose|by-visit/);
		}
	});
});

describe('what the start page loads', () => {
	const files = firstLoadFiles(BUILD);
	/** The precached chunks that hold jsPDF: the PDF maker. */
	const pdfChunks = precachedFiles(BUILD).filter((file) =>
		readFileSync(join(BUILD, file), 'utf8').includes('jsPDF')
	);

	it('does not include jsPDF or its helpers: the PDF maker loads only when asked for', () => {
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			expect(code, file).not.toMatch(/jsPDF|html2canvas|canvg|DOMPurify/);
		}
	});

	it('ships jsPDF in a chunk of its own, precached for offline use', () => {
		expect(pdfChunks.length).toBeGreaterThan(0);
		expect(pdfChunks.some((file) => files.includes(file))).toBe(false);
	});

	it(`ships jsPDF without the parts the plan never uses, in at most ${PDF_MAKER_BUDGET / KIB} KiB`, () => {
		expect(pdfChunks.length).toBeGreaterThan(0);
		for (const file of pdfChunks) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			expect(code, file).toContain('processJPEG');
			expect(code, file).not.toMatch(/AcroForm|context2d|TTFFont|processPNG/);
			expect(statSync(join(BUILD, file)).size, file).toBeLessThanOrEqual(PDF_MAKER_BUDGET);
		}
	});
});

describe('the start page before JavaScript', () => {
	it('is prerendered with its static shell; no other page has one', () => {
		expect(readFileSync(join(BUILD, 'index.html'), 'utf8')).toContain('<div class="start-shell">');
		for (const page of ['200.html', 'new.html', 'settings.html']) {
			const html = readFileSync(join(BUILD, page), 'utf8');
			expect(html, page).not.toContain('<div class="start-shell">');
			expect(html, page).not.toContain('footing:start-shell');
		}
	});

	it('asks for its scripts at low priority, so the page’s own HTML is fetched and painted first', () => {
		for (const page of ['index.html', '200.html']) {
			const html = readFileSync(join(BUILD, page), 'utf8');
			const preloads = [...html.matchAll(/<link [^>]*rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
			expect(preloads.length, page).toBeGreaterThan(0);
			for (const link of preloads) expect(link, page).toContain('fetchpriority="low"');
		}
	});
});

describe('size budgets', () => {
	it(`the start page loads at most ${FIRST_LOAD_GZIP_BUDGET / KIB} KiB of JS and CSS, gzipped`, () => {
		const gzipped = firstLoadFiles(BUILD)
			.filter((file) => /\.(js|css)$/.test(file))
			.reduce((sum, file) => sum + gzipSync(readFileSync(join(BUILD, file))).length, 0);
		expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET);
	});

	it(`everything precached is at most ${PRECACHE_BUDGET / KIB} KiB`, () => {
		const total = precachedFiles(BUILD).reduce(
			(sum, file) => sum + statSync(join(BUILD, file)).size,
			0
		);
		expect(total).toBeLessThanOrEqual(PRECACHE_BUDGET);
	});
});

describe('the offline cache', () => {
	it('leaves out jsPDF’s HTML and SVG helpers (never used)', () => {
		for (const file of precachedFiles(BUILD).filter((f) => f.endsWith('.js'))) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			expect(code, file).not.toMatch(
				/html2canvas\.hertzen|canvg\b.*RenderingContext2D|DOMPurify\.sanitize/
			);
		}
	});
});
