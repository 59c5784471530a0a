/**
 * Reading a PDF back in tests, with pdfjs-dist: the text of each page with where it stands,
 * the document's properties, and whether it has any action or script.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Millimetres in PDF points. */
export const MM = 72 / 25.4;

/** One piece of text on a page, with its position in points from the bottom-left corner. */
export interface PdfTextPiece {
	page: number;
	text: string;
	x: number;
	y: number;
	width: number;
	/** The font size in points, from the text's transform. */
	size: number;
}

/** What a test needs to know of a PDF. */
export interface ReadPdf {
	pages: number;
	pieces: PdfTextPiece[];
	/** All text, pieces joined with a space, runs of white space as one space. */
	text: string;
	title: string;
	author: string;
	openAction: unknown;
	scripts: unknown;
}

/** Runs of white space as one space, trimmed. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Read a PDF with pdfjs-dist (which takes over the buffer it is given, so it gets a copy). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	const document = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
	const pieces: PdfTextPiece[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		for (const item of content.items) {
			if (!('str' in item) || item.str === '') continue;
			const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
			const size = Math.round(Math.hypot(c, d) * 100) / 100;
			pieces.push({ page: number, text: item.str, x, y, width: item.width, size });
		}
	}
	const info = (await document.getMetadata()).info as Record<string, unknown>;
	const read: ReadPdf = {
		pages: document.numPages,
		pieces,
		text: squash(pieces.map((piece) => piece.text).join(' ')),
		title: String(info['Title'] ?? ''),
		author: String(info['Author'] ?? ''),
		openAction: await document.getOpenAction(),
		scripts: await document.getJSActions()
	};
	await document.destroy();
	return read;
}

/** The text of one column: the pieces that start where `heading` starts, in reading order. */
export function column(read: ReadPdf, heading: string): string {
	const head = read.pieces.find((piece) => piece.text === heading);
	if (!head) return '';
	return squash(
		read.pieces
			.filter((piece) => Math.abs(piece.x - head.x) < 0.5)
			.map((piece) => piece.text)
			.join(' ')
	);
}

/** The text of each page (index 0: page 1), pieces joined with a space. */
export function pageTexts(read: ReadPdf): string[] {
	return Array.from({ length: read.pages }, (_, index) =>
		squash(
			read.pieces
				.filter((piece) => piece.page === index + 1)
				.map((piece) => piece.text)
				.join(' ')
		)
	);
}

/** Where each text first occurs in `text` after `from`, in order: -1 for one not found after the one before. */
export function positions(text: string, wanted: readonly string[], from = 0): number[] {
	let at = from;
	return wanted.map((value) => {
		const found = at < 0 ? -1 : text.indexOf(squash(value), at);
		at = found < 0 ? -1 : found + 1;
		return found;
	});
}
