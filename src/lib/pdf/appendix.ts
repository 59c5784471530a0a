/**
 * The appendix (a choice: for the care file): every question answered, room by room in the
 * home's order and a person's topics in order, with the answer in words: a hazard or a risk
 * factor marked as such, a tick list as the boxes ticked, a timed test as its measured value,
 * and answers given with "Everything else here is fine" or "Still the same" marked so. Notes
 * below. The column headings come back on each new page.
 */
import { answerKey, type Answer, type Room } from '$lib/checklist/check';
import {
	askingOf,
	isHazard,
	isRiskFactor,
	itemsOf,
	roomName,
	stepQuestions,
	stepsOf,
	type Question
} from '$lib/checklist/rules';
import type { Item } from '$lib/checklist/types';
import { columnBands, type Line } from './action-rows';
import { PAGE, lineHeight, type Band, type Font } from './layout';
import { formatNumber } from './text';
import type { PdfContext } from './types';

/** Where the answer column starts, as a share of the width. */
const QUESTION_SHARE = 0.6;
/** Space above a row, in mm. */
const PAD = 1.5;

/** The appendix, from the top of a page of its own. */
export function drawAppendix(context: PdfContext): void {
	const { writer, text, check } = context;
	writer.freshPage();
	writer.heading(text.appendixTitle, writer.fonts.h1, 0);
	writer.paragraph(text.appendixIntro);
	for (const room of check.rooms) drawRoom(context, room);
}

/** The columns, in mm. */
function columns() {
	const answerX = PAGE.left + (PAGE.right - PAGE.left) * QUESTION_SHARE;
	return {
		question: { x: PAGE.left, width: answerX - PAGE.left - 3 },
		answer: { x: answerX, width: PAGE.right - answerX }
	};
}

/** One room's answers under its name; a person's under the name of each topic. */
function drawRoom(context: PdfContext, room: Room): void {
	const { writer, text, check, language, answers } = context;
	const { fonts } = writer;
	const name = roomName(room, check.rooms, language);
	const asking = askingOf(check);
	const steps = stepsOf({ rooms: [room] })
		.map((step) => ({
			step,
			questions: stepQuestions(step, answers, asking).filter((question) =>
				itemsOf(question).some((item) => answers.get(answerKey(room.id, item.id)) !== undefined)
			)
		}))
		.filter(({ questions }) => questions.length > 0);
	writer.heading(name, fonts.h2, 6);
	if (steps.length === 0) {
		writer.paragraph(text.nothingAnswered);
		return;
	}
	const { band, header } = columnHeadings(context, name);
	writer.hold([band]);
	for (const { step, questions } of steps) {
		const topic = room.type === 'personal' ? [writer.groupBand(step.area.name[language])] : [];
		questions.forEach((question, index) => {
			const bands = questionBands(context, room, question);
			writer.block(index === 0 ? [...topic, ...bands] : bands, header);
		});
	}
}

/**
 * The column headings as a band to hold with the first answer, and as a header for each page
 * the room's answers run onto (with the room's name and "(continued)").
 */
function columnHeadings(context: PdfContext, name: string): { band: Band; header: () => void } {
	const { writer, text } = context;
	const { fonts } = writer;
	const { question, answer } = columns();
	const height = lineHeight(fonts.bold) + 1.5;
	let drawn = false;
	const band: Band = {
		height,
		draw: (top) => {
			drawn = true;
			writer.text(text.appendixColumns.question, question.x, top, fonts.bold);
			writer.text(text.appendixColumns.answer, answer.x, top, fonts.bold);
			writer.rule(top + height, PAGE.left, PAGE.right, 0.6);
		}
	};
	const header = () => {
		if (!drawn) return;
		for (const line of writer.textBands(text.continued(name), fonts.h3)) {
			line.draw(writer.y);
			writer.y += line.height;
		}
		writer.y += 1;
		band.draw(writer.y);
		writer.y += band.height;
	};
	return { band, header };
}

/** The answer to one item in words: the item's own labels, the measured value, the markers. */
function itemAnswer(context: PdfContext, item: Item, answer: Answer): string {
	const { text, language } = context;
	const value = answer.value;
	if (item.kind === 'measure') {
		if (value === 'na') return text.couldNot;
		if (answer.measured === undefined) return '';
		const measured = formatNumber(answer.measured, language);
		return item.unit === 'seconds' ? text.seconds(measured) : text.times(measured);
	}
	if (value === undefined) return '';
	const words = value !== 'na' && item.labels ? item.labels[value][language] : text.answers[value];
	if (isHazard(item, value)) return `${words} ${text.hazard}`;
	if (isRiskFactor(item, value)) return `${words} ${text.riskFactor}`;
	return words;
}

/** How the answers of a question were given, when all of them the same way (not tapped one by one). */
function givenMark(context: PdfContext, room: Room, answers: (Answer | undefined)[]): string {
	const ways = new Set(answers.map((answer) => answer?.given));
	const [way] = [...ways];
	if (ways.size !== 1 || !way) return '';
	// A person's screens say "Nothing else to mention" where a room says "Everything else…".
	if (way === 'rest-fine' && room.type === 'personal') return ` ${context.text.givenPersonal}`;
	return ` ${context.text.given[way]}`;
}

/** The bands of one answered question: question and answer side by side, then the notes. */
function questionBands(context: PdfContext, room: Room, question: Question): Band[] {
	const { writer, text, language, answers } = context;
	const { fonts } = writer;
	const items = itemsOf(question);
	const given = items.map((item) => answers.get(answerKey(room.id, item.id)));
	let asked: string;
	let answered: string;
	let font: Font = fonts.body;
	if (question.kind === 'group') {
		asked = question.group.prompt[language];
		const ticked = items.filter((item, index) => given[index]?.value === 'yes');
		answered =
			ticked.length > 0
				? text.ticked(
						ticked.map((item) => item.option?.[language] ?? item.question[language]).join('; ')
					)
				: text.noneTicked;
		if (ticked.length > 0) font = fonts.bold;
	} else {
		asked = question.item.question[language];
		answered = given[0] ? itemAnswer(context, question.item, given[0]) : '';
		const value = given[0]?.value;
		if (isHazard(question.item, value) || isRiskFactor(question.item, value)) font = fonts.bold;
	}
	answered += givenMark(context, room, given);
	const { question: q, answer: a } = columns();
	const lines = (value: string, width: number, f: Font): Line[] =>
		writer.wrap(value, width, f).map((line) => ({ text: line, font: f }));
	const bands = columnBands(
		fonts.body,
		PAD,
		[
			{ x: q.x, lines: lines(asked, q.width, fonts.body) },
			{ x: a.x, lines: lines(answered, a.width, font) }
		],
		() => {},
		context
	);
	for (const answer of given) {
		const note = answer?.note?.trim();
		if (note) bands.push(...writer.textBands(`${text.note}: ${note}`, fonts.italic, q.x + 4));
	}
	writer.endRow(bands.at(-1)!, PAD);
	return bands;
}
