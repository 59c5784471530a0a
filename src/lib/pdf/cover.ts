/**
 * The top of the first page: the title and home, the facts of the visit, the hazards counted by
 * priority, how to use the plan; then, for a follow-up visit, what changed since the last one.
 */
import type { Room } from '$lib/checklist/check';
import { PRIORITY_NAMES } from '$lib/checklist/names';
import type { Action } from '$lib/checklist/plan';
import { checkSummary, roomName } from '$lib/checklist/rules';
import { PRIORITIES } from '$lib/checklist/types';
import { formatDate } from '$lib/i18n/format';
import { FONTS, PAGE, lineHeight, type Band, type Font } from './layout';
import type { PdfContext, PlanPdfInput } from './types';

/** Where the values of the facts and the counts start, in mm from the page's left edge. */
const VALUE_X = PAGE.left + 50;
/** The right edges of the count columns. */
const HAZARDS_RIGHT = PAGE.left + 85;
const DONE_RIGHT = PAGE.left + 110;

/** The title, the home's label, the facts of the visit, the counts and how to use the plan. */
export function drawCover(context: PdfContext): void {
	const { writer, text, language, check, answers, plan } = context;
	writer.paragraph(text.title, FONTS.title, PAGE.left, 1);
	writer.paragraph(check.label, FONTS.label, PAGE.left, 6);
	const summary = checkSummary(check.rooms, answers);
	drawFact(context, text.visitDate, formatDate(check.visitDate, language));
	drawFact(context, text.checkedBy, text.checkers[check.checkedBy]);
	drawFact(context, text.questionsAnswered, text.answeredOf(summary.answered, summary.total));
	writer.heading(text.hazardsFound, FONTS.h3, 5);
	drawCounts(context);
	writer.y += 4;
	writer.paragraph(plan.actions.length > 0 ? text.howToUse : text.noHazards);
}

/** One fact of the visit: its label, and its value beside it. */
function drawFact(context: PdfContext, label: string, value: string): void {
	const { writer } = context;
	const labels = writer.wrap(label, VALUE_X - PAGE.left - 3, FONTS.bodyBold);
	const values = writer.wrap(value, PAGE.right - VALUE_X, FONTS.body);
	const lines = Math.max(labels.length, values.length);
	const height = lineHeight(FONTS.body);
	writer.block(
		Array.from({ length: lines }, (_, index) => ({
			height: height + (index === lines - 1 ? 1.5 : 0),
			draw: (top) => {
				if (labels[index]) writer.text(labels[index], PAGE.left, top, FONTS.bodyBold);
				if (values[index]) writer.text(values[index], VALUE_X, top, FONTS.body);
			}
		}))
	);
}

/** The hazards and the done actions, counted per priority, with their total. */
function drawCounts(context: PdfContext): void {
	const { writer, text, language, plan } = context;
	const rows = PRIORITIES.map((priority) => {
		const actions = plan.actions.filter((action) => action.priority === priority);
		return [PRIORITY_NAMES[priority][language], actions.length, countDone(actions)] as const;
	});
	const height = lineHeight(FONTS.body) + 1.5;
	const row = (cells: readonly [string, string | number, string | number], font: Font): Band => ({
		height,
		draw: (top) => {
			writer.text(cells[0], PAGE.left, top + 0.8, font);
			writer.text(String(cells[1]), HAZARDS_RIGHT, top + 0.8, font, 'right');
			writer.text(String(cells[2]), DONE_RIGHT, top + 0.8, font, 'right');
			writer.rule(top + height, PAGE.left, DONE_RIGHT, font === FONTS.body ? 0.2 : 0.5);
		}
	});
	writer.block([
		row(
			[text.countColumns.priority, text.countColumns.hazards, text.countColumns.done],
			FONTS.bodyBold
		),
		...rows.map((cells) => row(cells, FONTS.body)),
		row([text.total, plan.actions.length, countDone(plan.actions)], FONTS.bodyBold)
	]);
}

/** How many of these actions are done. */
function countDone(actions: readonly Action[]): number {
	return actions.filter((action) => action.done).length;
}

/** A room's name, also for a room of the earlier visit that this visit no longer has. */
function nameOf(room: Room, context: PdfContext): string {
	const rooms = context.check.rooms.some((other) => other.id === room.id)
		? context.check.rooms
		: [room];
	return roomName(room, rooms, context.language);
}

/** The comparison with the earlier visit: solved, new and still open hazards, each listed. */
export function drawComparison(
	context: PdfContext,
	comparison: NonNullable<PlanPdfInput['comparison']>
): void {
	const { writer, text, language } = context;
	writer.heading(text.comparedWith(formatDate(comparison.earlierDate, language)), FONTS.h2, 8);
	const parts: [string, Action[]][] = [
		[text.resolved(comparison.resolved.length), comparison.resolved],
		[text.added(comparison.added.length), comparison.added],
		[text.remaining(comparison.remaining.length), comparison.remaining]
	];
	for (const [heading, actions] of parts) {
		writer.ensure(lineHeight(FONTS.bodyBold) * 2 + 3);
		writer.paragraph(heading, FONTS.bodyBold, PAGE.left, 1);
		if (actions.length === 0) writer.paragraph(text.none, FONTS.body, PAGE.left + 7);
		for (const action of actions) {
			drawBullet(context, `${nameOf(action.room, context)}: ${action.item.question[language]}`);
		}
		writer.y += 2;
	}
}

/** One item of a list: a bullet, and its text wrapped with a hanging indent. */
function drawBullet(context: PdfContext, value: string): void {
	const { writer } = context;
	const x = PAGE.left + 7;
	const bands = writer.lineBands(writer.wrap(value, PAGE.right - x, FONTS.body), x, FONTS.body);
	const first = bands[0];
	if (first) {
		const drawText = first.draw;
		first.draw = (top) => {
			writer.text('•', PAGE.left + 2, top, FONTS.body);
			drawText(top);
		};
	}
	writer.block(bands);
	writer.y += 0.8;
}
