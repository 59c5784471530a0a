/**
 * The action plan of the open check as files to hand over: the PDF (made on the device; jsPDF
 * loads now), the whole plan or one part, and a calendar of its dates.
 */
import { calendarText } from '$lib/calendar';
import { ownerName } from '$lib/checklist/names';
import { makePlan } from '$lib/checklist/plan';
import type { Language } from '$lib/checklist/types';
import type { PartId } from '$lib/checklist/parts';
import { database, photosOfCheck } from '$lib/db';
import { loadPdfMaker } from '$lib/pdf/load';
import { measureSince, TIMINGS } from '$lib/timing';
import type { CheckSession } from './check-session.svelte';

/** What the reader chose for the PDF: one part or all, every answer or not, large print. */
export interface PlanPdfChoice {
	part?: PartId;
	appendix: boolean;
	largePrint: boolean;
}

/** The plan's PDF, with what is typed saved first. */
export async function planPdfFile(
	session: CheckSession,
	language: Language,
	choice: PlanPdfChoice = { appendix: false, largePrint: false }
): Promise<{ blob: Blob; name: string }> {
	const started = performance.now();
	await session.flush();
	const [maker, db, earlier] = await Promise.all([
		loadPdfMaker(),
		database(),
		session.earlierVisit()
	]);
	const { check, answers } = session;
	const photos = await photosOfCheck(db, check.id);
	const { bytes, name } = await maker.makePlanPdf({
		check,
		answers,
		language,
		photos,
		earlier,
		now: new Date(),
		options: choice
	});
	measureSince(TIMINGS.pdfMade, started);
	return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name };
}

/** Words of the calendar's events, in the reader's language. */
export interface CalendarWords {
	due: (finding: string, who: string) => string;
	nextVisit: (label: string) => string;
	from: string;
}

/**
 * The plan's dates as a calendar file: one event per open action with a due date, and the next
 * visit. Undefined when there is no date to put in a calendar.
 */
export function planCalendarFile(
	session: CheckSession,
	language: Language,
	words: CalendarWords,
	now = new Date()
): { blob: Blob; name: string } | undefined {
	const { check, answers } = session;
	const events = makePlan(check, answers)
		.actions.filter((action) => action.due && !action.done)
		.map((action) => ({
			uid: `${check.id}.${action.room.id}.${action.item.id}@footing`,
			date: action.due!,
			summary: words.due(
				action.item.finding[language],
				ownerName(action.owner, check.region)[language]
			),
			description: `${words.from} ${check.label}`
		}));
	if (check.nextVisitDate)
		events.push({
			uid: `${check.id}.next-visit@footing`,
			date: check.nextVisitDate,
			summary: words.nextVisit(check.label),
			description: `${words.from} ${check.label}`
		});
	if (events.length === 0) return undefined;
	const text = calendarText(events, now, language);
	const slug = check.label
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return {
		blob: new Blob([text], { type: 'text/calendar' }),
		name: `footing-dates-${slug || 'check'}.ics`
	};
}
