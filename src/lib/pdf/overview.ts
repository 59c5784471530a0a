/**
 * The first page, which stands alone: who and where, the date and who checked, the next visit;
 * each person's fall-risk level with what it means and the 12-question score; the disclaimer;
 * the five most important actions; and how many actions there are, by who acts, with the page
 * each part starts on. In large print it may run onto a second page, in this order.
 */
import { ownerName } from '$lib/checklist/names';
import { countsByPart, partName, PART_OWNERS, topActions, type PartId } from '$lib/checklist/parts';
import { actionFix, type PersonalAdvice } from '$lib/checklist/plan';
import { fallRiskAdvice } from '$lib/checklist/fall-risk';
import { personName, roomName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { columnBands, type Line } from './action-rows';
import { CONTENT_WIDTH, PAGE, lineHeight, spaceBand, type Band, type Font } from './layout';
import { firstSentence } from './text';
import type { PdfContext } from './types';

/** The space inside the frame of a person's fall risk, in mm. */
const FRAME_PAD = 2.5;

/**
 * How much the overview leaves out to fit on page 1: 0 nothing; 1 the room of each top action;
 * 2 also the next step's later sentences (the person's own part has them in full).
 */
export type Compact = 0 | 1 | 2;
export const COMPACT_LEVELS: readonly Compact[] = [0, 1, 2];

/**
 * Draw the overview. `partPages` gives the page each part starts on; without it (a dry run to
 * count the overview's pages) the page column is left as wide but empty.
 */
export function drawOverview(
	context: PdfContext,
	parts: readonly PartId[],
	partPages?: ReadonlyMap<PartId, number>,
	compact: Compact = 0
): void {
	const { writer, text, check, language } = context;
	const { fonts } = writer;
	writer.paragraph(text.title, fonts.title, PAGE.left, 1);
	writer.paragraph(check.label, fonts.label, PAGE.left, 3);
	drawFact(context, text.visitDate, formatDate(check.visitDate, language));
	drawFact(context, text.checkedBy, text.checkers[check.checkedBy]);
	if (check.nextVisitDate)
		drawFact(context, text.nextVisit, formatDate(check.nextVisitDate, language));
	writer.y += 2;
	for (const advice of context.plan.personal) drawFallRisk(context, advice, compact >= 2);
	writer.paragraph(text.disclaimer, fonts.italic, PAGE.left, 3);
	drawTopActions(context, compact >= 1);
	drawCounts(context, parts, partPages);
}

/** One fact of the visit: its label, and its value beside it. */
function drawFact(context: PdfContext, label: string, value: string): void {
	const { writer } = context;
	const { fonts } = writer;
	const { visitDate, checkedBy, nextVisit } = context.text;
	const widest = Math.max(
		...[visitDate, checkedBy, nextVisit].map((l) => writer.width(`${l}: `, fonts.bold))
	);
	const valueX = PAGE.left + Math.min(widest + 2, CONTENT_WIDTH / 2);
	writer.block(
		columnBands(
			fonts.body,
			0,
			[
				{ x: PAGE.left, lines: lines(context, `${label}:`, valueX - PAGE.left - 2, fonts.bold) },
				{ x: valueX, lines: lines(context, value, PAGE.right - valueX, fonts.body) }
			],
			() => {},
			context
		)
	);
}

/** Text wrapped to `width` mm, as lines in one font. */
function lines(context: PdfContext, value: string, width: number, font: Font): Line[] {
	return context.writer.wrap(value, width, font).map((line) => ({ text: line, font }));
}

/** One person's fall-risk level in a frame: the level, what it means, the next step, the score. */
export function drawFallRisk(context: PdfContext, advice: PersonalAdvice, short: boolean): void {
	const { writer, text, language, check, region } = context;
	const { fonts } = writer;
	const { level, missing } = advice.fallRisk;
	const name = personName(advice.person, check.rooms, language);
	const width = CONTENT_WIDTH - 2 * FRAME_PAD;
	const parts: [string, Font][] = [];
	const title = level ? fallRiskAdvice(level, region).title[language] : text.levelUnknown;
	parts.push([name ? `${title}: ${name}` : title, fonts.h3]);
	if (level) {
		const said = fallRiskAdvice(level, region);
		parts.push([said.meaning[language], fonts.body]);
		const next = short ? firstSentence(said.next[language]) : said.next[language];
		parts.push([`${text.nextStep} ${next}`, fonts.body]);
	} else if (missing) {
		parts.push([text.missing[missing], fonts.body]);
	}
	parts.push([selfTestLine(context, advice), fonts.bold]);
	const content = parts.flatMap(([value, font]) => lines(context, value, width, font));
	const height = content.reduce((sum, line) => sum + lineHeight(line.font), 0) + 2 * FRAME_PAD;
	writer.block([
		{
			height,
			draw: (top) => {
				writer.frame(PAGE.left, top, CONTENT_WIDTH, height, level === 'high' ? 1 : 0.3);
				let y = top + FRAME_PAD;
				for (const line of content) {
					writer.text(line.text, PAGE.left + FRAME_PAD, y, line.font);
					y += lineHeight(line.font);
				}
			}
		},
		spaceBand(3)
	]);
}

/** "Self-test (12 questions): 9 of 14 points, 4 or more means a raised risk of falling." */
export function selfTestLine(context: PdfContext, advice: PersonalAdvice): string {
	const { text } = context;
	const test = advice.fallRiskTest;
	const verdict =
		test.verdict === 'at-risk'
			? text.selfTestVerdict.atRisk
			: test.verdict === 'incomplete'
				? text.selfTestVerdict.incomplete(test.answered)
				: text.selfTestVerdict.below;
	return text.selfTest(test.score, test.maxScore, verdict);
}

/** The five most important actions: the finding and what to do; who acts, where, by when. */
function drawTopActions(context: PdfContext, withoutRoom: boolean): void {
	const { writer, text, language, region, check, plan } = context;
	const { fonts } = writer;
	const top = topActions(plan);
	if (top.length === 0) {
		writer.heading(text.top(5), fonts.h2, 2);
		writer.paragraph(text.noActions);
		return;
	}
	writer.heading(text.top(top.length), fonts.h2, 2, 0.5);
	const numberWidth = writer.width('5. ', fonts.bold) + 1;
	const side = writer.fonts.body.size > 12 ? 52 : 46;
	const main = { x: PAGE.left + numberWidth, width: CONTENT_WIDTH - numberWidth - side - 3 };
	const sideX = PAGE.right - side;
	top.forEach((action, index) => {
		const fix = firstSentence(actionFix(action, language, region));
		const due = action.done
			? text.done
			: action.due
				? text.due(formatDate(action.due, language))
				: '';
		const bands = columnBands(
			fonts.body,
			1.2,
			[
				{
					x: main.x,
					lines: [
						...lines(context, action.item.finding[language], main.width, fonts.bold),
						...(fix ? lines(context, fix, main.width, fonts.body) : [])
					]
				},
				{
					x: sideX,
					lines: [
						...lines(context, ownerName(action.owner, region)[language], side, fonts.bold),
						...(withoutRoom
							? []
							: lines(context, roomName(action.room, check.rooms, language), side, fonts.body)),
						...(due ? lines(context, due, side, fonts.body) : [])
					]
				}
			],
			(_, y) => writer.text(`${index + 1}.`, PAGE.left, y, fonts.bold),
			context
		);
		writer.endRow(bands.at(-1)!, 1.2);
		writer.block(bands);
	});
	writer.y += 2;
}

/** The actions counted by part, with the page each part starts on. */
function drawCounts(
	context: PdfContext,
	parts: readonly PartId[],
	partPages: ReadonlyMap<PartId, number> | undefined
): void {
	const { writer, text, language, region, plan } = context;
	const { fonts } = writer;
	if (parts.length === 0) return;
	const counts = countsByPart(plan);
	writer.heading(text.countsHeading(plan.actions.length), fonts.h2, 3, 0.5);
	const pageRight = PAGE.right;
	const openRight = pageRight - writer.width(`${text.countColumns.page}   `, fonts.bold);
	const actionsRight = openRight - writer.width(`${text.countColumns.open}   `, fonts.bold);
	const whoWidth =
		actionsRight - PAGE.left - writer.width(`${text.countColumns.actions}  `, fonts.bold);
	const row = (cells: [string, string, string, string], font: Font, weight: number): Band[] => {
		const who = writer.wrap(cells[0], whoWidth, font);
		const height = who.length * lineHeight(font) + 1.2;
		return [
			{
				height,
				draw: (top) => {
					who.forEach((line, index) =>
						writer.text(line, PAGE.left, top + 0.6 + index * lineHeight(font), font)
					);
					writer.text(cells[1], actionsRight, top + 0.6, font, 'right');
					writer.text(cells[2], openRight, top + 0.6, font, 'right');
					writer.text(cells[3], pageRight, top + 0.6, font, 'right');
					writer.rule(top + height, PAGE.left, PAGE.right, weight);
				}
			}
		];
	};
	const heading = row(
		[
			text.countColumns.who,
			text.countColumns.actions,
			text.countColumns.open,
			text.countColumns.page
		],
		fonts.bold,
		0.6
	);
	const rows = parts.flatMap((part) => {
		const count = counts[part];
		const owners =
			part === 'care'
				? [
						...new Set(
							plan.actions
								.filter((action) => PART_OWNERS.care.includes(action.owner))
								.map((action) => ownerName(action.owner, region)[language].toLowerCase())
						)
					]
				: [];
		const name = partName(part, region)[language];
		const page = partPages?.get(part);
		return row(
			[
				owners.length > 0 ? `${name}: ${owners.join(', ')}` : name,
				String(count.total),
				String(count.total - count.done),
				page === undefined ? '' : String(page)
			],
			fonts.body,
			0.2
		);
	});
	writer.block([...heading, ...rows]);
}
