/**
 * The letter for the GP (and the pharmacist where medicines are concerned), one page per person:
 * the fall-risk level and how it was found (the three key questions, the falls reported, the
 * timed tests and gait speed, the 12-question score), the fall-risk medicines and other risk
 * factors answered, and the questions that apply, in the words a GP expects (in the
 * Netherlands: valanalyse, medicatiebeoordeling, botdichtheidsmeting, verwijzing fysiotherapeut
 * valpreventie). Always in normal print, so it stays on one page: it is written for the GP.
 */
import {
	GAIT_SPEED_MIN,
	TUG_ITEM_ID,
	TUG_MAX_SECONDS,
	WALK_ITEM_ID,
	fallRiskAdvice
} from '$lib/checklist/fall-risk';
import type { GpLetter } from '$lib/checklist/parts';
import { personName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { columnBands } from './action-rows';
import { NORMAL_FONTS, PAGE, lineHeight, spaceBand, type Font } from './layout';
import { formatNumber } from './text';
import type { PdfContext } from './types';

/** The letter for one person, from the top of a fresh page. */
export function drawGpLetter(context: PdfContext, letter: GpLetter): void {
	const { writer } = context;
	const fonts = writer.fonts;
	writer.fonts = NORMAL_FONTS;
	try {
		drawLetter(context, letter);
	} finally {
		writer.fonts = fonts;
	}
}

function drawLetter(context: PdfContext, letter: GpLetter): void {
	const { writer, text, language, region, check } = context;
	const { fonts } = writer;
	writer.heading(text.letterTitle(letter.pharmacist), fonts.h1, 0);
	const name = personName(letter.person, check.rooms, language);
	if (name) row(context, text.letterPatient, name);
	row(context, text.letterHome, check.label);
	writer.y += 1;
	writer.paragraph(
		text.letterIntro(formatDate(check.visitDate, language), text.checkers[check.checkedBy])
	);

	const { level, missing } = letter.fallRisk;
	row(
		context,
		text.letterLevel,
		level
			? fallRiskAdvice(level, region).title[language]
			: `${text.levelUnknown}. ${missing ? text.missing[missing] : ''}`,
		fonts.bold
	);
	const key = letter.keyAnswers;
	row(
		context,
		text.letterKeyQuestions,
		[
			`${text.keyQuestion.fallen}: ${text.yesNo(key.fallen)}`,
			`${text.keyQuestion.unsteady}: ${text.yesNo(key.unsteady)}`,
			`${text.keyQuestion.worried}: ${text.yesNo(key.worried)}`
		].join('; ')
	);
	row(context, text.letterFalls, fallsLine(context, letter));
	row(context, text.letterGait, gaitLine(context, letter));
	const test = letter.fallRiskTest;
	row(
		context,
		text.letterSelfTest,
		text.letterScore(test.score, test.maxScore, test.answered, test.total)
	);
	row(
		context,
		text.letterMedicines,
		letter.medicines.taken.length > 0
			? sentences(letter.medicines.taken.map((item) => item.finding[language]))
			: letter.medicines.answered
				? text.noMedicines
				: text.medicinesNotAsked
	);
	row(
		context,
		text.letterOther,
		letter.otherRiskFactors.length > 0
			? sentences(letter.otherRiskFactors.map((item) => item.finding[language]))
			: text.noneReported
	);

	writer.heading(text.letterRequested, fonts.h2, 3, 0.5);
	if (letter.questions.length === 0) writer.paragraph(text.noRequests);
	for (const question of letter.questions) {
		const findings = question.actions.map((action) => action.item.finding[language]);
		const asked = text.gpQuestion(question.id, region);
		bullet(context, findings.length > 0 ? `${asked}. ${sentences(findings)}` : asked);
	}
	if (letter.otherActions.length > 0) {
		writer.heading(text.letterAlso, fonts.h3, 3, 0.5);
		for (const action of letter.otherActions) bullet(context, action.item.finding[language]);
	}

	// Lines to write the sender's name and telephone number on by hand.
	writer.y += 4;
	const height = lineHeight(fonts.body) + 3;
	writer.block([
		{
			height,
			draw: (top) => {
				const middle = PAGE.left + 100;
				writer.text(`${text.letterFrom}:`, PAGE.left, top, fonts.bold);
				writer.rule(
					top + height - 1.5,
					PAGE.left + writer.width(`${text.letterFrom}: `, fonts.bold) + 1,
					middle - 5
				);
				writer.text(`${text.letterPhone}:`, middle, top, fonts.bold);
				writer.rule(
					top + height - 1.5,
					middle + writer.width(`${text.letterPhone}: `, fonts.bold) + 1,
					PAGE.right
				);
			}
		},
		spaceBand(3)
	]);
	writer.paragraph(text.disclaimer, fonts.italic);
}

/** A labelled line of the letter: the label in bold on the left, its value beside it. */
function row(context: PdfContext, label: string, value: string, font?: Font): void {
	const { writer } = context;
	const { fonts } = writer;
	const valueX = PAGE.left + 52;
	const line = (text: string, width: number, f: Font) =>
		writer.wrap(text, width, f).map((t) => ({ text: t, font: f }));
	const bands = columnBands(
		fonts.body,
		0.6,
		[
			{ x: PAGE.left, lines: line(label, valueX - PAGE.left - 3, fonts.bold) },
			{ x: valueX, lines: line(value, PAGE.right - valueX, font ?? fonts.body) }
		],
		() => {},
		context
	);
	writer.block(bands);
}

/** One point of a list: a bullet, and its text wrapped with a hanging indent. */
function bullet(context: PdfContext, value: string): void {
	const { writer } = context;
	const { fonts } = writer;
	const x = PAGE.left + 5;
	const bands = writer.textBands(value, fonts.body, x);
	const first = bands[0]!;
	const drawText = first.draw;
	first.draw = (top) => {
		writer.text('•', PAGE.left + 1, top, fonts.body);
		drawText(top);
	};
	writer.block([...bands, spaceBand(0.8)]);
}

/** Statements as sentences: "Takes sleeping pills. Has arthritis." */
function sentences(statements: readonly string[]): string {
	return statements.map((statement) => `${statement}.`).join(' ');
}

/** The falls reported: none, a fall without a severity finding, or the severity findings. */
function fallsLine(context: PdfContext, letter: GpLetter): string {
	const { text, language } = context;
	if (letter.keyAnswers.fallen === false) return text.noFall;
	if (letter.keyAnswers.fallen === undefined) return text.yesNo(undefined);
	if (letter.severity.length === 0) return text.fallNoSeverity;
	return sentences(letter.severity.map((item) => item.finding[language]));
}

/** The timed tests: the Timed Up and Go, the 4-metre walk with the gait speed, the chair stand. */
function gaitLine(context: PdfContext, letter: GpLetter): string {
	const { text, language } = context;
	const { measured } = letter;
	const number = (value: number, digits = 1) => formatNumber(value, language, digits);
	const parts: string[] = [];
	if (measured.tugSeconds !== undefined)
		parts.push(text.tug(number(measured.tugSeconds), measured.tugSeconds > TUG_MAX_SECONDS));
	else if (measured.notDone.includes(TUG_ITEM_ID)) parts.push(text.notPossible(text.tests.tug));
	if (measured.walkSeconds !== undefined && measured.gaitSpeed !== undefined)
		parts.push(
			text.walk(
				number(measured.walkSeconds),
				number(measured.gaitSpeed, 2),
				measured.gaitSpeed < GAIT_SPEED_MIN
			)
		);
	else if (measured.notDone.includes(WALK_ITEM_ID)) parts.push(text.notPossible(text.tests.walk));
	if (measured.chairStands !== undefined)
		parts.push(text.chairStand(number(measured.chairStands, 0)));
	else if (measured.notDone.some((id) => id !== TUG_ITEM_ID && id !== WALK_ITEM_ID))
		parts.push(text.notPossible(text.tests.chair));
	return parts.length > 0 ? parts.join('; ') : text.noGaitTest;
}
