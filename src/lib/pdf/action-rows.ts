/**
 * The rows of actions in a part: per row a box to tick, the finding as its heading, what to do,
 * one line of why it matters with its sources, the note, and beside it who acts, by when and
 * whether it is done; the photos below. A row stays whole on one page (a row taller than a page,
 * with many photos, breaks between its rows of photos); on every page a list runs onto, its
 * heading and its current group come back.
 */
import { answerKey } from '$lib/checklist/check';
import { ownerName } from '$lib/checklist/names';
import { actionFix, type Action } from '$lib/checklist/plan';
import { itemWhy, roomName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { CONTENT_WIDTH, PAGE, heightOf, lineHeight, type Band, type Font } from './layout';
import { HazardPhotos, type PlacedPhoto } from './photos';
import { firstSentence } from './text';
import type { PdfContext } from './types';

/** Space above and below a row's text, in mm. */
const ROW_PAD = 2;
/** The tallest a photo in the side column is printed, in mm (a portrait photo). */
const PHOTO_MAX_HEIGHT = 50;

/** A line of a column with its own font. */
export interface Line {
	text: string;
	font: Font;
}

/** The columns of a row, in mm from the page's left edge, for the print size. */
export function rowColumns(context: PdfContext) {
	const large = context.writer.fonts.body.size > 12;
	const box = large ? 6.5 : 5;
	const boxColumn = box + 4;
	const side = large ? 50 : 44;
	const main = { x: PAGE.left + boxColumn, width: CONTENT_WIDTH - boxColumn - side - 3 };
	return { box, boxX: PAGE.left + 1, main, side: { x: PAGE.right - side, width: side } };
}

/** What the side column of a row shows besides who acts and by when. */
export interface RowOptions {
	/** The room's (or person's) name: in lists not grouped by room. */
	room?: boolean;
}

/** Rows of actions under a heading, drawn at the writer's cursor. */
export class ActionRows {
	/** The group (room, person or who acts) the rows now drawn belong to, once its name is drawn. */
	private group = '';
	/** A group whose name is drawn with its first row, so it never ends a page alone. */
	private nextGroup = '';
	private readonly columns: ReturnType<typeof rowColumns>;

	/** @param title the list's heading, repeated with "(continued)" on each page it runs onto */
	constructor(
		private readonly context: PdfContext,
		private readonly title: string
	) {
		this.columns = rowColumns(context);
	}

	/** On each page the list runs onto: its heading and the current group's name. */
	readonly header = (): void => {
		const { writer, text } = this.context;
		for (const band of writer.textBands(text.continued(this.title), writer.fonts.h3)) {
			band.draw(writer.y);
			writer.y += band.height;
		}
		writer.y += 1.5;
		if (this.group) {
			const band = writer.groupBand(text.continued(this.group));
			band.draw(writer.y);
			writer.y += band.height;
		}
	};

	/** Start a group (a room, a person, who acts): its name is drawn with the group's first row. */
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

	/**
	 * One action, kept together on a page with its group's name when it is the first. Its first
	 * photo goes in the side column under who acts; more photos go in rows below the text.
	 */
	row(action: Action, options: RowOptions = {}): void {
		const { writer, photos } = this.context;
		const { main, side } = this.columns;
		const [first, ...more] = photos.of(action, side.width, PHOTO_MAX_HEIGHT);
		const main0 = this.mainLines(action);
		const side0 = this.sideLines(action, options);
		const besideText =
			first && main0.length * lineHeight(writer.fonts.body) <= ONE_PAGE - 60 ? first : undefined;
		const below = besideText ? more : [first, ...more].filter((p) => p !== undefined);
		const bands = [
			...this.groupBands(),
			...this.textBands(action, main0, side0, besideText),
			...HazardPhotos.rows(writer, below, main.x, side.x + side.width - main.x)
		];
		writer.endRow(bands.at(-1)!, ROW_PAD);
		writer.block(bands, this.header);
	}

	/** The lines of the main column: finding, what to do, why with its sources, the note. */
	private mainLines(action: Action): Line[] {
		const { writer, text, language, region, answers, sources, photos } = this.context;
		const { fonts } = writer;
		const width = this.columns.main.width;
		const leftOut = photos.leftOut(action);
		const lines = (value: string, font: Font): Line[] =>
			writer.wrap(value, width, font).map((line) => ({ text: line, font }));
		const why = firstSentence(itemWhy(action.item, region)[language]);
		const cited = sources.cite(action.item.sources);
		const note = answers.get(answerKey(action.room.id, action.item.id))?.note?.trim();
		const fix = actionFix(action, language, region).trim();
		return [
			...lines(action.item.finding[language], fonts.bold),
			...(fix ? lines(fix, fonts.body) : []),
			...lines(`${text.why} ${why}${cited ? ` ${cited}` : ''}`, fonts.italic),
			...(note ? lines(`${text.note}: ${note}`, fonts.italic) : []),
			...(action.fromPrevious ? lines(text.fromPrevious, fonts.italic) : []),
			...(leftOut > 0 ? lines(text.photoLeftOut(leftOut), fonts.italic) : [])
		];
	}

	/** The lines of the side column: who acts, where (when asked), by when, done. */
	private sideLines(action: Action, options: RowOptions): Line[] {
		const { writer, text, language, region, check } = this.context;
		const { fonts } = writer;
		const width = this.columns.side.width;
		const lines = (value: string, font: Font): Line[] =>
			writer.wrap(value, width, font).map((line) => ({ text: line, font }));
		return [
			...lines(ownerName(action.owner, region)[language], fonts.bold),
			...(options.room ? lines(roomName(action.room, check.rooms, language), fonts.body) : []),
			...(action.due ? lines(text.due(formatDate(action.due, language)), fonts.body) : []),
			...(action.done ? lines(text.done, fonts.bold) : [])
		];
	}

	/**
	 * The row's text, with the box to tick on its first line: the main column, then the side
	 * column, so that the text reads in order; under the side column its first photo. Chunks of
	 * `CHUNK` lines, so that a very long note still breaks between pages.
	 */
	private textBands(action: Action, left: Line[], right: Line[], photo?: PlacedPhoto): Band[] {
		const { writer } = this.context;
		const { box, boxX, main, side } = this.columns;
		const height = lineHeight(writer.fonts.body);
		const photoTop = ROW_PAD + right.length * height + 1.5;
		const bands = columnBands(
			writer.fonts.body,
			ROW_PAD,
			[
				{ x: main.x, lines: left },
				{ x: side.x, lines: right }
			],
			(_, top) => writer.checkbox(boxX, top, box, action.done),
			this.context
		);
		if (photo) {
			const first = bands[0]!;
			const drawText = first.draw;
			first.draw = (top) => {
				drawText(top);
				HazardPhotos.draw(writer, photo, side.x, top + photoTop);
			};
			const missing = photoTop + photo.height - heightOf(bands);
			if (missing > 0) bands.push({ height: missing, draw: () => {} });
		}
		return bands;
	}
}

/** Lines at most per band of a row taller than a page: it breaks between bands. */
const CHUNK = 20;
/** The height a row may have and still be drawn as one band, in mm. */
const ONE_PAGE = PAGE.bottom - PAGE.top - 40;

/**
 * Bands that draw columns of lines side by side, column after column within each band (the
 * reading order), `CHUNK` lines per band. `first` is called with 0 and the top of the first line
 * before the text of the first band (a box to tick, say).
 */
export function columnBands(
	font: Font,
	pad: number,
	columns: { x: number; lines: Line[] }[],
	first: (chunk: number, top: number) => void,
	context: Pick<PdfContext, 'writer'>
): Band[] {
	const { writer } = context;
	const count = Math.max(1, ...columns.map((column) => column.lines.length));
	const height = lineHeight(font);
	const bands: Band[] = [];
	// In one band when it fits on a page, so the columns read one after the other.
	const chunk = count * height + pad <= ONE_PAGE ? count : CHUNK;
	for (let start = 0; start < count; start += chunk) {
		const end = Math.min(count, start + chunk);
		const padTop = start === 0 ? pad : 0;
		bands.push({
			height: (end - start) * height + padTop,
			draw: (top) => {
				if (start === 0) first(0, top + padTop);
				for (const column of columns) {
					column.lines.slice(start, end).forEach((line, index) => {
						writer.text(line.text, column.x, top + padTop + index * height, line.font);
					});
				}
			}
		});
	}
	return bands;
}
