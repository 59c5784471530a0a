/**
 * The page and the drawing tools of the action plan PDF: A4 portrait in millimetres, Helvetica,
 * black on white, in two print sizes. A Writer keeps the cursor and starts new pages; a block of
 * bands (the lines of an action, say) stays together on one page when it fits, and breaks
 * between bands when not. Everything is drawn in reading order, as jsPDF cannot tag a PDF.
 *
 * A Writer can run dry: it then lays out and counts pages without drawing (to know how many
 * pages the overview takes before the parts are drawn after it).
 */
import type { jsPDF } from 'jspdf';
import { pdfSafe } from './safe-text';

/** A4 portrait, in mm: the page, the area text may use, and where the footer sits. */
export const PAGE = {
	width: 210,
	height: 297,
	left: 20,
	right: 190,
	top: 20,
	bottom: 274,
	footer: 280
} as const;

/** The width text may use, in mm. */
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export interface Font {
	style: 'normal' | 'bold' | 'italic';
	size: number;
}

/** The fonts of one print size. Body text, table cells and notes are all at `body` size. */
export interface Fonts {
	title: Font;
	label: Font;
	h1: Font;
	h2: Font;
	h3: Font;
	body: Font;
	bold: Font;
	italic: Font;
	footer: Font;
}

/** Normal print: body text at 11 pt, headings larger. */
export const NORMAL_FONTS: Fonts = {
	title: { style: 'bold', size: 24 },
	label: { style: 'bold', size: 16 },
	h1: { style: 'bold', size: 18 },
	h2: { style: 'bold', size: 14 },
	h3: { style: 'bold', size: 12.5 },
	body: { style: 'normal', size: 11 },
	bold: { style: 'bold', size: 11 },
	italic: { style: 'italic', size: 11 },
	footer: { style: 'normal', size: 9 }
};

/** Large print: body text at 14 pt. */
export const LARGE_FONTS: Fonts = {
	title: { style: 'bold', size: 28 },
	label: { style: 'bold', size: 19 },
	h1: { style: 'bold', size: 22 },
	h2: { style: 'bold', size: 18 },
	h3: { style: 'bold', size: 16 },
	body: { style: 'normal', size: 14 },
	bold: { style: 'bold', size: 14 },
	italic: { style: 'italic', size: 14 },
	footer: { style: 'normal', size: 11 }
};

const MM_PER_PT = 25.4 / 72;

/** The height of one line of text in this font, in mm. */
export function lineHeight(font: Font): number {
	return font.size * MM_PER_PT * 1.3;
}

/** A slice of a block, drawn with its top at the cursor; the cursor then moves down by its height. */
export interface Band {
	height: number;
	draw: (top: number) => void;
	/** Only space (above a heading, say): left out at the top of a page. */
	space?: boolean;
}

/** A band of empty space, left out at the top of a page. */
export function spaceBand(height: number): Band {
	return { height, draw: () => {}, space: true };
}

/** The height of bands put together, in mm. */
export function heightOf(bands: readonly Band[]): number {
	return bands.reduce((sum, band) => sum + band.height, 0);
}

/** The room a block may use on a page that starts with a repeated header, in mm. */
const ROOM_AFTER_HEADER = PAGE.bottom - PAGE.top - 25;

/** Draws on the pages of one document, keeping the cursor. */
export class Writer {
	/** The cursor: where the next thing goes, in mm from the top of the page. */
	y: number = PAGE.top;
	/** Pages laid out by a dry Writer (a drawing Writer asks the document). */
	private dryPages = 1;
	/** Where the cursor stood when this page started (after a repeated header). */
	private pageStart: number = PAGE.top;
	/** Bands held back to go on the same page as what comes next (headings, say). */
	private held: Band[] = [];

	/**
	 * @param fonts the print size
	 * @param dry lay out and count pages only: nothing is drawn and no page is added
	 */
	constructor(
		readonly doc: jsPDF,
		public fonts: Fonts,
		readonly dry = false
	) {}

	/** The number of the page drawn on now (for a dry Writer: pages laid out so far). */
	get page(): number {
		return this.dry ? this.dryPages : this.doc.getCurrentPageInfo().pageNumber;
	}

	/** The room left below the cursor on this page, in mm. */
	get spaceLeft(): number {
		return PAGE.bottom - this.y;
	}

	/** Whether nothing has been drawn on this page yet, apart from a repeated header. */
	get atPageStart(): boolean {
		return this.y <= this.pageStart && this.held.length === 0;
	}

	/**
	 * Go on to the next page, drawing `header` (a part's name and "(continued)", say) at its top:
	 * the next page of the document when there is one (the overview is drawn last, on pages kept
	 * for it), else a new one.
	 */
	newPage(header?: () => void): void {
		if (this.dry) this.dryPages += 1;
		else if (this.page < this.doc.getNumberOfPages()) this.doc.setPage(this.page + 1);
		else this.doc.addPage();
		this.y = PAGE.top;
		this.pageStart = PAGE.top;
		header?.();
		this.pageStart = this.y;
	}

	/** Start on a fresh page unless this one is still empty. */
	freshPage(): void {
		if (this.y > PAGE.top || this.held.length > 0) this.newPage();
		this.pageStart = PAGE.top;
	}

	/** Hold bands back to be drawn on one page with the next block (a heading with its text). */
	hold(bands: Band[]): void {
		this.held.push(...bands);
	}

	/** Start a new page when `height` mm do not fit below the cursor (and this page has something). */
	private breakUnlessFits(height: number, header?: () => void): void {
		if (height > this.spaceLeft && this.y > this.pageStart) this.newPage(header);
	}

	/** Set the font for what is drawn or measured next. */
	use(font: Font): void {
		this.doc.setFont('helvetica', font.style);
		this.doc.setFontSize(font.size);
	}

	/**
	 * Text made safe for the font and wrapped to lines at most `width` mm wide; a word longer
	 * than a line is broken inside, so nothing runs off the page.
	 */
	wrap(text: string, width: number, font: Font): string[] {
		this.use(font);
		const lines = this.doc.splitTextToSize(pdfSafe(text), width) as string[];
		return lines.length > 0 ? lines : [''];
	}

	/** The width of one line of text, in mm. */
	width(text: string, font: Font): number {
		this.use(font);
		return this.doc.getTextWidth(pdfSafe(text));
	}

	/** Text cut to fit on one line of `width` mm, with "…" when it was cut (footers only). */
	fit(text: string, width: number, font: Font): string {
		const [first = '', ...rest] = this.wrap(text.replace(/\s+/g, ' '), width - 4, font);
		return rest.length > 0 ? `${first}…` : first;
	}

	/** Draw one line of text with its top at `top`: every text reaches the PDF through here. */
	text(line: string, x: number, top: number, font: Font, align: 'left' | 'right' = 'left'): void {
		if (this.dry || line === '') return;
		this.use(font);
		this.doc.text(pdfSafe(line).replace(/\n/g, ' '), x, top, { baseline: 'top', align });
	}

	/** Bands that draw wrapped lines of text at `x`, one band per line. */
	lineBands(lines: string[], x: number, font: Font): Band[] {
		return lines.map((line) => ({
			height: lineHeight(font),
			draw: (top) => this.text(line, x, top, font)
		}));
	}

	/** Bands of text wrapped from `x` to `right`. */
	textBands(text: string, font: Font, x: number = PAGE.left, right: number = PAGE.right): Band[] {
		return this.lineBands(this.wrap(text, right - x, font), x, font);
	}

	/** Wrapped text at the cursor, from `x` to the right margin, then a small gap. */
	paragraph(text: string, font: Font = this.fonts.body, x: number = PAGE.left, after = 2): void {
		this.block(this.textBands(text, font, x));
		this.y += after;
	}

	/** A heading, kept on one page with what comes after it. */
	heading(text: string, font: Font, before: number, after = 1.5): void {
		this.hold([spaceBand(before), ...this.textBands(text, font), spaceBand(after)]);
	}

	/**
	 * Draw the bands held back and these at the cursor as one block: on this page if it fits,
	 * else on the next one. A block taller than a page breaks between bands. `header` is drawn
	 * atop each new page.
	 */
	block(bands: Band[], header?: () => void): void {
		const all = [...this.held.splice(0), ...bands];
		const height = heightOf(all);
		if (height <= ROOM_AFTER_HEADER) this.breakUnlessFits(height, header);
		for (const band of all) {
			if (band.space && this.y <= this.pageStart) continue;
			this.breakUnlessFits(band.height, header);
			if (!this.dry) band.draw(this.y);
			this.y += band.height;
		}
	}

	/** A group's name (a room, a person, who acts) across the page on a light band; it wraps. */
	groupBand(name: string): Band {
		const font = this.fonts.bold;
		const lines = this.wrap(name, CONTENT_WIDTH - 3, font);
		const height = lines.length * lineHeight(font) + 2.4;
		return {
			height,
			draw: (top) => {
				this.shade(PAGE.left, top, CONTENT_WIDTH, height);
				lines.forEach((line, index) =>
					this.text(line, PAGE.left + 1.5, top + 1.2 + index * lineHeight(font), font)
				);
			}
		};
	}

	/** Make a band the end of a row: `pad` mm more below it, and a line under that. */
	endRow(band: Band, pad: number): void {
		const draw = band.draw;
		band.height += pad;
		band.draw = (top) => {
			draw(top);
			this.rule(top + band.height);
		};
	}

	/** A horizontal line at `y` from `x1` to `x2`. */
	rule(y: number, x1: number = PAGE.left, x2: number = PAGE.right, weight = 0.2): void {
		if (this.dry) return;
		this.doc.setDrawColor(0);
		this.doc.setLineWidth(weight);
		this.doc.line(x1, y, x2, y);
	}

	/** A rectangle's outline. */
	frame(x: number, top: number, width: number, height: number, weight = 0.3): void {
		if (this.dry) return;
		this.doc.setDrawColor(0);
		this.doc.setLineWidth(weight);
		this.doc.rect(x, top, width, height, 'S');
	}

	/** A light grey area behind a group's name (it reads the same without the grey). */
	shade(x: number, top: number, width: number, height: number): void {
		if (this.dry) return;
		this.doc.setFillColor(235, 235, 235);
		this.doc.rect(x, top, width, height, 'F');
	}

	/** A square to tick on paper; when the action is done, a tick drawn with lines. */
	checkbox(x: number, top: number, size: number, ticked: boolean): void {
		if (this.dry) return;
		this.frame(x, top, size, size, 0.4);
		if (!ticked) return;
		this.doc.setLineWidth(0.7);
		this.doc.lines(
			[
				[size * 0.25, size * 0.3],
				[size * 0.45, -size * 0.65]
			],
			x + size * 0.18,
			top + size * 0.5
		);
	}

	/** A JPEG, embedded once per `alias` however often it is drawn. */
	photo(
		jpeg: Uint8Array,
		x: number,
		top: number,
		width: number,
		height: number,
		alias: string
	): void {
		if (this.dry) return;
		try {
			this.doc.addImage(jpeg, 'JPEG', x, top, width, height, alias, 'NONE');
		} catch {
			// A photo jsPDF cannot read leaves an empty frame: the plan itself still gets made.
		}
		this.frame(x, top, width, height, 0.2);
	}
}

/** The footer of every page: the home's label, when the PDF was made, and "Page n of m". */
export function drawFooters(
	writer: Writer,
	label: string,
	madeOn: string,
	page: (page: number, pages: number) => string
): void {
	const pages = writer.doc.getNumberOfPages();
	const font = writer.fonts.footer;
	for (let number = 1; number <= pages; number++) {
		writer.doc.setPage(number);
		writer.rule(PAGE.footer, PAGE.left, PAGE.right, 0.3);
		const pageText = page(number, pages);
		const room = CONTENT_WIDTH - writer.width(pageText, font) - 6;
		writer.text(writer.fit(label, room, font), PAGE.left, PAGE.footer + 2, font);
		writer.text(pageText, PAGE.right, PAGE.footer + 2, font, 'right');
		writer.text(
			writer.fit(madeOn, room, font),
			PAGE.left,
			PAGE.footer + 2 + lineHeight(font),
			font
		);
	}
}
