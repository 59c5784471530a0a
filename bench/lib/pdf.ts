/**
 * The PDF maker's own rows, measured in Node: the full home of src/lib/pdf/fixture.ts (every
 * room type, the whole home and a person, 40 hazards, 10 photos of 1000 x 750 px, the size the
 * app makes them for print before it calls the maker) made with `buildPlanPdf`, without and with the appendix: the time to make it, its
 * size and its pages. The browser rows (bench/lib/measures.ts) time the same from the tap on
 * "Download the PDF", loading jsPDF included, for the PDF without the appendix.
 *
 * Node runs the whole jsPDF package (the app ships it trimmed, scripts/trim-jspdf.ts), on the
 * bench machine's CPU: a guide to the maker's own cost, not to a phone's.
 */
import { buildPlanPdf, DEFAULT_PDF_OPTIONS } from '../../src/lib/pdf/plan-pdf';
import {
	PHOTO_SIZES,
	fixtureAnswersWithHazards,
	fixtureCheck,
	fixturePhotos
} from '../../src/lib/pdf/fixture';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import { failedRow, measuredRow, type Measurement, type Row, type RowSpec } from './report';
import { median, round } from './stats';

/** The rows of the PDF maker, without the appendix and with it. */
export const PDF_MAKER_SPECS = {
	time: {
		id: 'pdf-maker-time',
		measure: 'PDF maker in Node, full home (40 hazards, 10 photos), no appendix: time',
		unit: 'ms',
		target: '<= 1.0 s',
		max: 1000,
		judged: 'median'
	},
	size: {
		id: 'pdf-maker-size',
		measure: 'PDF maker in Node, full home, no appendix: file size',
		unit: 'MB',
		target: '<= 2 MB',
		max: 2,
		judged: 'median'
	},
	pages: {
		id: 'pdf-maker-pages',
		measure: 'PDF maker in Node, full home, no appendix: pages',
		unit: 'pages',
		target: 'reported',
		judged: 'median'
	},
	appendixTime: {
		id: 'pdf-maker-appendix-time',
		measure: 'PDF maker in Node, full home with the appendix of all answers: time',
		unit: 'ms',
		target: '<= 1.0 s',
		max: 1000,
		judged: 'median'
	},
	appendixSize: {
		id: 'pdf-maker-appendix-size',
		measure: 'PDF maker in Node, full home with the appendix: file size',
		unit: 'MB',
		target: '<= 2 MB',
		max: 2,
		judged: 'median'
	},
	appendixPages: {
		id: 'pdf-maker-appendix-pages',
		measure: 'PDF maker in Node, full home with the appendix: pages',
		unit: 'pages',
		target: 'reported',
		judged: 'median'
	}
} satisfies Record<string, RowSpec>;

/** What one variant measured. */
export interface PdfMakerResult {
	time: Measurement;
	size: Measurement;
	pages: Measurement;
}

/** Make the full home's PDF `runs` times (after one unmeasured warm-up run) and read it back. */
export async function pdfMaker(runs: number, appendix: boolean): Promise<PdfMakerResult> {
	const check = fixtureCheck(undefined, 'nl');
	const answers = fixtureAnswersWithHazards(check);
	const photos = fixturePhotos(PHOTO_SIZES.print);
	const make = () =>
		buildPlanPdf({
			check,
			answers,
			language: 'nl',
			photos,
			now: new Date(Date.UTC(2026, 10, 25, 9)),
			options: { ...DEFAULT_PDF_OPTIONS, appendix }
		});
	await make();
	const times: number[] = [];
	let bytes: Uint8Array = new Uint8Array();
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		bytes = await make();
		times.push(performance.now() - started);
	}
	const pages = (await readPdf(bytes)).pages;
	const mb = round(bytes.length / 1_000_000, 3);
	const photoBytes = photos.reduce((sum, photo) => sum + photo.jpeg.length, 0);
	return {
		time: {
			median: round(median(times), 1),
			runs: times.map((t) => round(t, 1)),
			detail: { slowest: round(Math.max(...times), 1) },
			note: 'buildPlanPdf in Node with the whole jsPDF package, after one warm-up run; photos already made small for print (in the app that is part of the browser row).'
		},
		size: {
			median: mb,
			runs: [mb],
			detail: { bytes: bytes.length, photoBytes },
			note: `1 MB = 1,000,000 bytes; ${round(photoBytes / 1_000_000, 2)} MB of it are the 10 photos.`
		},
		pages: { median: pages, runs: [pages], detail: { appendix } }
	};
}

/** The six rows: without the appendix, then with it; a variant that fails gives rows that say so. */
export async function pdfMakerRows(runs: number): Promise<Row[]> {
	const rows: Row[] = [];
	const variants = [
		[false, [PDF_MAKER_SPECS.time, PDF_MAKER_SPECS.size, PDF_MAKER_SPECS.pages]],
		[
			true,
			[PDF_MAKER_SPECS.appendixTime, PDF_MAKER_SPECS.appendixSize, PDF_MAKER_SPECS.appendixPages]
		]
	] as const;
	for (const [appendix, specs] of variants) {
		try {
			const found = await pdfMaker(runs, appendix);
			rows.push(
				measuredRow(specs[0], found.time),
				measuredRow(specs[1], found.size),
				measuredRow(specs[2], found.pages)
			);
		} catch (error) {
			rows.push(...specs.map((spec) => failedRow(spec, error)));
		}
	}
	return rows;
}
