import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { JSPDF_CUTS, trimJsPdf } from './trim-jspdf';

const require = createRequire(import.meta.url);
const esBuild = readFileSync(require.resolve('jspdf/dist/jspdf.es.js'), 'utf8');

describe('trimming jsPDF', () => {
	it('finds every cut in the installed jsPDF and leaves out about two thirds of it', () => {
		const trimmed = trimJsPdf(esBuild);
		expect(trimmed.length).toBeLessThan(esBuild.length * 0.4);
		for (const unused of ['html2canvas', 'canvg', 'dompurify', 'fast-png', 'AcroFormField']) {
			expect(trimmed, unused).not.toContain(unused);
		}
	});

	it('keeps what Footing’s PDF uses, in the jsPDF the tests and the app get', () => {
		const api = jsPDF.API as unknown as Record<string, unknown>;
		for (const used of [
			'addImage',
			'getTextWidth',
			'processJPEG',
			'processDataByFilters',
			'setLanguage',
			'splitTextToSize',
			'getStringUnitWidth'
		]) {
			expect(api[used], used).toBeTypeOf('function');
		}
		for (const cut of ['html', 'addSvgAsImage', 'addField', 'outline', 'processPNG', 'cell']) {
			expect(api[cut], cut).toBeUndefined();
		}
	});

	it('stops the build, naming the cut, when a newer jsPDF moved a marker', () => {
		const moved = esBuild.replace(JSPDF_CUTS[2]!.from, '(function (jsPDFAPI) { /* moved */');
		expect(() => trimJsPdf(moved)).toThrow(/Arabic shaping/);
		const noEnd = esBuild.replace(JSPDF_CUTS[3]!.until!, ' * something else');
		expect(() => trimJsPdf(noEnd)).toThrow(/end of “file loading/);
	});
});
