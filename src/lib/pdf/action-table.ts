/**
 * The table of actions: per row a box to tick, the hazard, what to do, who helps and by when,
 * the user's note, and the photos of the hazard. Rows stay whole on a page when they fit; on
 * every new page the table's title, column headings and current group come back.
 */
import { answerKey } from '$lib/checklist/check';
import { OWNER_NAMES } from '$lib/checklist/names';
import { actionFix, type Action } from '$lib/checklist/plan';
import { formatDate } from '$lib/i18n/format';
import { FONTS, PAGE, lineHeight, type Band, type Font } from './layout';
import type { PdfContext } from './types';

/** The columns, in mm from the page's left edge. */
const COLUMNS = {
	done: { x: PAGE.left, width: 12 },
	hazard: { x: PAGE.left + 12, width: 56 },
	fix: { x: PAGE.left + 68, width: 64 },
	who: { x: PAGE.left + 132, width: PAGE.right - PAGE.left - 132 }
} as const;
/** Space inside a cell, left and right, in mm. */
const PAD = 1.5;
/** Space above and below a row's text, in mm. */
const ROW_PAD = 2;
/** The side of the box to tick, in mm, and where it stands. */
const BOX = 5;
const BOX_X = COLUMNS.done.x + (COLUMNS.done.width - BOX) / 2;

/** A line of a cell with its own font. */
interface CellLine {
	text: string;
	font: Font;
}

/** A table of actions, drawn at the writer's cursor. */
export class ActionTable {
	/** The group (room or priority) the rows now drawn belong to, once its name is drawn. */
	private group = '';
	/** A group whose name is drawn with its first row, so it never ends a page alone. */
	private nextGroup = '';
	/** Whether the column headings have been drawn. */
	private headed = false;

	constructor(
		private readonly context: PdfContext,
		private readonly title: string
	) {}

	/** On each page the table runs onto: its title and column headings, and the group's name. */
	readonly header = (): void => {
		const { writer, text } = this.context;
		if (!this.headed) return; // the headings wait with the first row, not drawn yet
		writer.text(text.continued(this.title), PAGE.left, writer.y, FONTS.h3);
		writer.y += lineHeight(FONTS.h3) + 1.5;
		writer.drawBand(this.columnHeadings());
		if (this.group) writer.drawBand(writer.groupBand(text.continued(this.group)));
		writer.y += 1;
	};

	/** Start the table: its column headings go on one page with its first row. */
	start(): void {
		this.context.writer.hold([this.columnHeadings()]);
	}

	/** The column headings, with a heavy line below. */
	private columnHeadings(): Band {
		const { writer, text } = this.context;
		const font = FONTS.columnHead;
		const height = lineHeight(font) + 2;
		return {
			height,
			draw: (top) => {
				this.headed = true;
				writer.text(text.columns.done, COLUMNS.done.x + PAD, top + 1, font);
				writer.text(text.columns.hazard, COLUMNS.hazard.x + PAD, top + 1, font);
				writer.text(text.columns.fix, COLUMNS.fix.x + PAD, top + 1, font);
				writer.text(text.columns.who, COLUMNS.who.x + PAD, top + 1, font);
				writer.rule(top + height, PAGE.left, PAGE.right, 0.6);
			}
		};
	}

	/** Start a group (a room, or a priority): its name is drawn with the group's first row. */
	startGroup(name: string): void {
		this.group = '';
		this.nextGroup = name;
	}

	/** The band of the group name waiting for its first row, if any. */
	private groupBands(): Band[] {
		const name = this.nextGroup;
		if (!name) return [];
		this.nextGroup = '';
		const band = this.context.writer.groupBand(name);
		return [
			{
				height: band.height,
				draw: (top) => {
					this.group = name;
					band.draw(top);
				}
			}
		];
	}

	/** One action: its cells, note and first photos kept together on a page, then more photos. */
	row(action: Action): void {
		const { writer, photos } = this.context;
		const photoX = COLUMNS.hazard.x + PAD;
		const photoBands = photos.bands(writer, action, photoX, PAGE.right - photoX);
		const bands = [
			...this.groupBands(),
			...this.cellBands(action),
			...this.noteBands(action),
			...photoBands
		];
		writer.endRow(bands.at(-1)!, ROW_PAD);
		const together = bands.length - Math.max(0, photoBands.length - 1);
		writer.block(bands.slice(0, together), this.header);
		for (const band of bands.slice(together)) writer.block([band], this.header);
	}

	/** The cells of an action, line by line: the box, the hazard, the fix, who and when. */
	private cellBands(action: Action): Band[] {
		const { writer, text, language } = this.context;
		const hazard = this.cell(action.item.question[language], COLUMNS.hazard.width, FONTS.cellBold);
		const fix = this.cell(actionFix(action, language), COLUMNS.fix.width, FONTS.cell);
		const due = action.due ? text.due(formatDate(action.due, language)) : '';
		const who = [
			...this.cell(OWNER_NAMES[action.owner][language], COLUMNS.who.width, FONTS.cell),
			...(due ? this.cell(due, COLUMNS.who.width, FONTS.cellBold) : []),
			...(action.done ? this.cell(text.done, COLUMNS.who.width, FONTS.cellBold) : [])
		];
		const count = Math.max(hazard.length, fix.length, who.length);
		return Array.from({ length: count }, (_, index) => ({
			height: lineHeight(FONTS.cell) + (index === 0 ? ROW_PAD : 0),
			draw: (top) => {
				const y = top + (index === 0 ? ROW_PAD : 0);
				if (index === 0) writer.checkbox(BOX_X, y - 0.3, BOX, action.done);
				this.drawLine(hazard[index], COLUMNS.hazard.x, y);
				this.drawLine(fix[index], COLUMNS.fix.x, y);
				this.drawLine(who[index], COLUMNS.who.x, y);
			}
		}));
	}

	/** The user's note and a reminder to check an answer copied from the last visit, if any. */
	private noteBands(action: Action): Band[] {
		const { writer, text, answers } = this.context;
		const note = answers.get(answerKey(action.room.id, action.item.id))?.note?.trim();
		const paragraphs = [
			...(note ? [`${text.note}: ${note}`] : []),
			...(action.fromPrevious ? [text.fromPrevious] : [])
		];
		if (paragraphs.length === 0) return [];
		const x = COLUMNS.hazard.x + PAD;
		const lines = paragraphs.flatMap((paragraph) =>
			writer.wrap(paragraph, PAGE.right - x - PAD, FONTS.cellItalic)
		);
		return [{ height: 1, draw: () => {} }, ...writer.lineBands(lines, x, FONTS.cellItalic)];
	}

	/** A cell's text wrapped to its column, each line with its font. */
	private cell(value: string, width: number, font: Font): CellLine[] {
		return this.context.writer
			.wrap(value, width - 2 * PAD, font)
			.map((line) => ({ text: line, font }));
	}

	/** One line of a cell, if there is one at this index. */
	private drawLine(line: CellLine | undefined, x: number, top: number): void {
		if (line) this.context.writer.text(line.text, x + PAD, top, line.font);
	}
}
