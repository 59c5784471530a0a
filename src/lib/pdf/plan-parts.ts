/**
 * The parts of the plan, one for each who acts, each from the top of a page of its own so it can
 * be handed over (see $lib/checklist/parts): the person's own list with what to mention to the
 * GP; the family's; the handyman's, the landlord's and the council's jobs by room; other care
 * professionals, each under their own name; and the letter for the GP, one page per person.
 */
import { answerKey, type Room } from '$lib/checklist/check';
import { FALL_RISK_TEST_VERDICTS } from '$lib/checklist/fall-risk';
import { ownerName } from '$lib/checklist/names';
import {
	actionsByPart,
	gpLetters,
	hasPersonalAnswers,
	PART_OWNERS,
	PARTS,
	type GpLetter,
	type PartId
} from '$lib/checklist/parts';
import type { Action } from '$lib/checklist/plan';
import { personName, roomName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { ActionRows } from './action-rows';
import { drawFallRisk } from './overview';
import { drawGpLetter } from './gp-letter';
import { PAGE, spaceBand } from './layout';
import type { PdfContext } from './types';

/** What a part shows: its actions, and for the GP the letters. */
export interface PartContent {
	part: PartId;
	actions: Action[];
	/** The GP's part: one letter per person. */
	letters: GpLetter[];
	/** The person's own part: the persons whose risk factors and self-test it shows. */
	persons: Room[];
}

/** The parts with anything to show, in order. */
export function partContents(
	context: Pick<PdfContext, 'check' | 'answers' | 'plan'>
): PartContent[] {
	const { check, answers, plan } = context;
	const byPart = new Map(actionsByPart(plan).map(({ part, actions }) => [part, actions]));
	const persons = plan.personal
		.map((advice) => advice.person)
		.filter((person) => hasPersonalAnswers(answers, person));
	const letters = gpLetters(check, answers);
	return PARTS.map((part) => ({
		part,
		actions: byPart.get(part) ?? [],
		letters: part === 'gp' ? letters : [],
		persons: part === 'self' ? persons : []
	})).filter(
		(content) =>
			content.actions.length > 0 || content.letters.length > 0 || content.persons.length > 0
	);
}

/**
 * Draw one part from the top of a fresh page. `alone`: the part's PDF on its own, which also
 * names the home and the visit under the heading.
 */
export function drawPart(context: PdfContext, content: PartContent, alone = false): void {
	const { writer, text, region, check, language } = context;
	const { fonts } = writer;
	writer.freshPage();
	if (content.part === 'gp') {
		drawGpPart(context, content);
		return;
	}
	const title = text.partTitle(content.part, region);
	writer.heading(title, fonts.h1, 0);
	if (alone)
		writer.paragraph(`${check.label}: ${formatDate(check.visitDate, language)}`, fonts.bold);
	writer.paragraph(text.partIntro[content.part], fonts.body, PAGE.left, 3);
	if (content.part === 'self') drawSelf(context, content, title);
	else if (content.part === 'care') drawByOwner(context, content, title);
	else drawByRoom(context, content.actions, title);
}

/** Actions grouped by room (or person), in the home's order, each room under its name. */
function drawByRoom(context: PdfContext, actions: readonly Action[], title: string): void {
	const { check, language } = context;
	const rows = new ActionRows(context, title);
	for (const room of check.rooms) {
		const inRoom = actions.filter((action) => action.room.id === room.id);
		if (inRoom.length === 0) continue;
		rows.startGroup(roomName(room, check.rooms, language));
		for (const action of inRoom) rows.row(action);
	}
}

/** Other care professionals: each under their own name, each row saying where. */
function drawByOwner(context: PdfContext, content: PartContent, title: string): void {
	const { region, language } = context;
	const rows = new ActionRows(context, title);
	for (const owner of PART_OWNERS[content.part]) {
		const actions = content.actions.filter((action) => action.owner === owner);
		if (actions.length === 0) continue;
		rows.startGroup(ownerName(owner, region)[language]);
		for (const action of actions) rows.row(action, { room: true });
	}
}

/**
 * The person's own part: the home's actions by room, then per person their own actions and
 * what to mention to the GP (risk factors, never with a box to tick), with the self-test.
 */
function drawSelf(context: PdfContext, content: PartContent, title: string): void {
	const { writer, text, check, language } = context;
	const { fonts } = writer;
	const home = content.actions.filter((action) => action.room.type !== 'personal');
	drawByRoom(context, home, title);
	const persons = [
		...content.persons,
		...check.rooms.filter(
			(room) =>
				room.type === 'personal' &&
				!content.persons.includes(room) &&
				content.actions.some((action) => action.room.id === room.id)
		)
	];
	for (const person of persons) {
		drawByRoom(
			context,
			content.actions.filter((action) => action.room.id === person.id),
			title
		);
		if (!content.persons.includes(person)) continue;
		const advice = context.plan.personal.find((p) => p.person.id === person.id);
		if (!advice) continue;
		const name = personName(person, check.rooms, language);
		writer.y += 3;
		drawFallRisk(context, advice, false);
		writer.heading(name ? `${text.mentionHeading}: ${name}` : text.mentionHeading, fonts.h2, 3, 1);
		writer.paragraph(text.mentionIntro, fonts.italic);
		if (advice.riskFactors.length === 0) writer.paragraph(text.noMention);
		for (const item of advice.riskFactors) bullet(context, item.finding[language]);
		writer.y += 2;
		writer.paragraph(FALL_RISK_TEST_VERDICTS[advice.fallRiskTest.verdict][language]);
		writer.paragraph(text.takeLetter, fonts.bold);
	}
}

/** One point of a list: a bullet, and its text wrapped with a hanging indent. */
function bullet(context: PdfContext, value: string): void {
	const { writer } = context;
	const { fonts } = writer;
	const x = PAGE.left + 6;
	const bands = writer.textBands(value, fonts.body, x);
	const first = bands[0]!;
	const drawText = first.draw;
	first.draw = (top) => {
		writer.text('•', PAGE.left + 1.5, top, fonts.body);
		drawText(top);
	};
	writer.block([...bands, spaceBand(0.8)]);
}

/** An action's key within its check. */
function keyOf(action: Action): string {
	return answerKey(action.room.id, action.item.id);
}

/** The GP's part: a letter per person, each on its own page, then any other GP actions. */
function drawGpPart(context: PdfContext, content: PartContent): void {
	const { writer, text, region } = context;
	content.letters.forEach((letter, index) => {
		if (index > 0) writer.freshPage();
		drawGpLetter(context, letter);
	});
	const inLetters = new Set(
		content.letters.flatMap((letter) =>
			[...letter.otherActions, ...letter.questions.flatMap((question) => question.actions)].map(
				keyOf
			)
		)
	);
	const rest = content.actions.filter((action) => !inLetters.has(keyOf(action)));
	if (rest.length === 0) return;
	const title = text.partTitle('gp', region);
	if (content.letters.length > 0) writer.freshPage();
	writer.heading(title, writer.fonts.h1, 0);
	drawByRoom(context, rest, title);
}
