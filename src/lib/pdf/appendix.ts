/**
 * The appendix: every answered question, room by room in the home's order, with the answer in
 * words (a hazard marked as such) and the note. Column headings come back on each new page.
 */
import { answerKey, type Room } from '$lib/checklist/check';
import { areaById, itemsForArea } from '$lib/checklist/catalogue';
import { areasOf, askingOf, isAsked, isHazard, roomName, valueOf } from '$lib/checklist/rules';
import type { Area } from '$lib/checklist/types';

/** The items of one area of a room, under its name. */
interface Section {
	area: Area;
	items: Item[];
}
import type { AnswerValue, Item } from '$lib/checklist/types';
import { FONTS, PAGE, lineHeight, type Band } from './layout';
import type { PdfContext } from './types';

/** The columns, in mm from the page's left edge. */
const QUESTION = { x: PAGE.left, width: 114 };
const ANSWER = { x: PAGE.left + 114, width: PAGE.right - PAGE.left - 114 };
/** Space inside a cell, and above and below a row, in mm. */
const PAD = 1.5;

/** The appendix, on a page of its own. */
export function drawAppendix(context: PdfContext): void {
	const { writer, text, check } = context;
	writer.newPage();
	writer.heading(text.appendixTitle, FONTS.h1, 0);
	writer.paragraph(text.appendixIntro);
	for (const room of check.rooms) drawRoom(context, room);
}

/** One room's answers under its name; a person's under the name of each topic. */
function drawRoom(context: PdfContext, room: Room): void {
	const { writer, text, check, language } = context;
	const name = roomName(room, check.rooms, language);
	const { band, header } = columnHeadings(context, name);
	const sections = answeredSections(context, room);
	writer.heading(name, FONTS.h2, 6);
	if (sections.length === 0) {
		writer.paragraph(text.nothingAnswered);
		return;
	}
	writer.hold([band]);
	for (const section of sections) {
		// A person's topics are named, each kept on a page with its first answer.
		const topic = room.type === 'personal' ? [writer.groupBand(section.area.name[language])] : [];
		section.items.forEach((item, index) => {
			const bands = itemBands(context, room, item);
			writer.block(index === 0 ? [...topic, ...bands] : bands, header);
		});
	}
}

/** The sections of a room with the items answered in them; sections with none left out. */
function answeredSections(context: PdfContext, room: Room): Section[] {
	const { answers, check } = context;
	const asking = askingOf(check);
	return areasOf(room.type)
		.map((area) => ({
			area: areaById(area)!,
			items: itemsForArea(area).filter(
				(item) => isAsked(item, answers, room.id, asking) && valueOf(answers, room.id, item.id)
			)
		}))
		.filter((section) => section.items.length > 0);
}

/**
 * The column headings as a band to hold with the first answer, and as a header for each page
 * the room's answers run onto (with the room's name and "(continued)").
 */
function columnHeadings(context: PdfContext, name: string): { band: Band; header: () => void } {
	const { writer, text } = context;
	const height = lineHeight(FONTS.columnHead) + 2;
	let drawn = false;
	const band: Band = {
		height,
		draw: (top) => {
			drawn = true;
			writer.text(text.appendixColumns.question, QUESTION.x + PAD, top + 1, FONTS.columnHead);
			writer.text(text.appendixColumns.answer, ANSWER.x + PAD, top + 1, FONTS.columnHead);
			writer.rule(top + height, PAGE.left, PAGE.right, 0.6);
		}
	};
	const header = () => {
		if (!drawn) return;
		writer.text(text.continued(name), PAGE.left, writer.y, FONTS.h3);
		writer.y += lineHeight(FONTS.h3) + 1.5;
		writer.drawBand(band);
	};
	return { band, header };
}

/** The answer to an item in words: the item's own labels where it has them. */
function answerInWords(context: PdfContext, item: Item, value: AnswerValue): string {
	const { text, language } = context;
	const words = value !== 'na' && item.labels ? item.labels[value][language] : text.answers[value];
	return isHazard(item, value) ? text.hazardAnswer(words) : words;
}

/** The bands of one answered item: question and answer side by side, then the note. */
function itemBands(context: PdfContext, room: Room, item: Item): Band[] {
	const { writer, text, language, answers } = context;
	const answer = answers.get(answerKey(room.id, item.id));
	const value = answer?.value ?? 'na';
	const answerFont = isHazard(item, value) ? FONTS.cellBold : FONTS.cell;
	const question = writer.wrap(item.question[language], QUESTION.width - 2 * PAD, FONTS.cell);
	const words = writer.wrap(
		answerInWords(context, item, value),
		ANSWER.width - 2 * PAD,
		answerFont
	);
	const count = Math.max(question.length, words.length);
	const bands: Band[] = Array.from({ length: count }, (_, index) => ({
		height: lineHeight(FONTS.cell) + (index === 0 ? PAD : 0),
		draw: (top) => {
			const y = top + (index === 0 ? PAD : 0);
			if (question[index]) writer.text(question[index], QUESTION.x + PAD, y, FONTS.cell);
			if (words[index]) writer.text(words[index], ANSWER.x + PAD, y, answerFont);
		}
	}));
	const note = answer?.note?.trim();
	if (note) {
		const x = QUESTION.x + 3 * PAD;
		const lines = writer.wrap(`${text.note}: ${note}`, PAGE.right - x - PAD, FONTS.cellItalic);
		bands.push(...writer.lineBands(lines, x, FONTS.cellItalic));
	}
	writer.endRow(bands.at(-1)!, PAD);
	return bands;
}
