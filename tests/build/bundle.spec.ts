import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, precachedFiles } from './build-files';

const BUILD = 'build';

describe('what the start page loads', () => {
	const files = firstLoadFiles(BUILD);

	it('does not include jsPDF or its helpers: the PDF maker loads only when asked for', () => {
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			expect(code, file).not.toMatch(/jsPDF|html2canvas|canvg|DOMPurify/);
		}
	});

	it('ships jsPDF in a chunk of its own, precached for offline use', () => {
		const pdfChunks = precachedFiles(BUILD).filter((file) =>
			readFileSync(join(BUILD, file), 'utf8').includes('jsPDF')
		);
		expect(pdfChunks.length).toBeGreaterThan(0);
		expect(pdfChunks.some((file) => files.includes(file))).toBe(false);
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
