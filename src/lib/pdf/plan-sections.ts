/**
 * The two parts of the plan: the actions in the home, by priority and then room as on result,
 * and the personal advice, one part per person with the fall-risk test and their actions.
 */
import { PRIORITY_NAMES } from '$lib/checklist/names';
import type { PersonalAdvice } from '$lib/checklist/plan';
import { roomName, FALL_RISK_TEST_AT_RISK, type FallRiskTestResult } from '$lib/checklist/rules';
import { PRIORITIES, type Priority } from '$lib/checklist/types';
import { ActionTable } from './action-table';
import { CONTENT_WIDTH, FONTS, PAGE, lineHeight, type Font } from './layout';
import type { PdfContext } from './types';

/** The space inside the frame of the test's result, in mm. */
const FRAME_PAD = 4;

/** "High priority", in the plan's language. */
function priorityHeading(context: PdfContext, priority: Priority): string {
	return context.text.priorityHeading(PRIORITY_NAMES[priority][context.language]);
}

/** The actions in the rooms of the home: a table per priority, grouped by room. */
export function drawHomeActions(context: PdfContext): void {
	const { writer, text, plan, check, language } = context;
	writer.heading(text.homeActions, FONTS.h1, 10);
	if (plan.home.length === 0) {
		writer.paragraph(text.noHomeHazards);
		return;
	}
	for (const group of plan.home) {
		const title = priorityHeading(context, group.priority);
		writer.heading(title, FONTS.h2, 5);
		const table = new ActionTable(context, title);
		table.start();
		for (const { room, actions } of group.rooms) {
			table.startGroup(roomName(room, check.rooms, language));
			for (const action of actions) table.row(action);
		}
	}
}

/** The personal advice: per person the test's result and their actions by priority. */
export function drawPersonalAdvice(context: PdfContext): void {
	const { writer, text, plan } = context;
	if (plan.personal.length === 0) return;
	writer.heading(text.personalTitle, FONTS.h1, 12);
	writer.lead(text.personalIntro);
	for (const advice of plan.personal) drawPerson(context, advice);
}

/** One person's part: their name, the test's result, then their actions. */
function drawPerson(context: PdfContext, advice: PersonalAdvice): void {
	const { writer, text, check, language } = context;
	const name = roomName(advice.person, check.rooms, language);
	writer.heading(name, FONTS.h2, 6);
	drawFallRiskTest(context, advice.fallRiskTest);
	if (advice.actions.length === 0) {
		writer.paragraph(text.noPersonalActions);
		return;
	}
	const table = new ActionTable(context, name);
	table.start();
	for (const priority of PRIORITIES) {
		const actions = advice.actions.filter((action) => action.priority === priority);
		if (actions.length === 0) continue;
		table.startGroup(priorityHeading(context, priority));
		for (const action of actions) table.row(action);
	}
}

/** What the test's result means, in words: see the GP or physiotherapist at 4 points or more. */
function verdictText(context: PdfContext, result: FallRiskTestResult): string {
	const { text } = context;
	if (result.verdict === 'at-risk') return text.fallRiskTestAtRisk(FALL_RISK_TEST_AT_RISK);
	if (result.verdict === 'low-risk') return text.fallRiskTestLowRisk(FALL_RISK_TEST_AT_RISK);
	return text.fallRiskTestIncomplete(result.answered, result.total);
}

/** The screen's score and verdict in a frame; a heavier frame when at risk. */
function drawFallRiskTest(context: PdfContext, result: FallRiskTestResult): void {
	const { writer, text } = context;
	const width = CONTENT_WIDTH - 2 * FRAME_PAD;
	const parts: [string, Font][] = [
		[text.fallRiskTestTitle, FONTS.h3],
		[text.fallRiskTestScore(result.score, result.maxScore), FONTS.bodyBold],
		[verdictText(context, result), FONTS.body]
	];
	const lines = parts.flatMap(([value, font]) =>
		writer.wrap(value, width, font).map((line) => ({ line, font }))
	);
	const height = lines.reduce((sum, { font }) => sum + lineHeight(font), 0) + 2 * FRAME_PAD;
	writer.ensure(height + 4);
	const top = writer.y;
	writer.frame(PAGE.left, top, CONTENT_WIDTH, height, result.verdict === 'at-risk' ? 1 : 0.3);
	let y = top + FRAME_PAD;
	for (const { line, font } of lines) {
		writer.text(line, PAGE.left + FRAME_PAD, y, font);
		y += lineHeight(font);
	}
	writer.y = top + height + 5;
}
