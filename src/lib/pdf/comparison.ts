/**
 * For a follow-up visit, right after the overview: what changed since the visit before, room by
 * room, in a line or two: the hazards fixed and the new ones by finding, and how many are still
 * open (they are in the parts anyway). (Before-and-after photos, from the
 * follow-ups issue, go under a room's lines: see `PdfPhoto.earlier`.)
 */
import type { Room } from '$lib/checklist/check';
import type { Action } from '$lib/checklist/plan';
import { roomName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { spaceBand } from './layout';
import type { PdfContext, PlanPdfInput } from './types';

/** A room's name, also for a room of the earlier visit that this visit no longer has. */
function nameOf(room: Room, context: PdfContext): string {
	const rooms = context.check.rooms.some((other) => other.id === room.id)
		? context.check.rooms
		: [room];
	return roomName(room, rooms, context.language);
}

/** What changed since the last visit, on a page of its own after the overview. */
export function drawComparison(
	context: PdfContext,
	comparison: NonNullable<PlanPdfInput['comparison']>
): void {
	const { writer, text, language, check } = context;
	const { fonts } = writer;
	writer.freshPage();
	writer.heading(text.comparedWith(formatDate(comparison.earlierDate, language)), fonts.h1, 0);
	const { resolved, remaining, added } = comparison;
	writer.paragraph(
		text.comparisonSummary(resolved.length, remaining.length, added.length),
		fonts.bold
	);
	const all = [...resolved, ...remaining, ...added];
	const rooms: Room[] = [];
	for (const room of [...check.rooms, ...all.map((action) => action.room)]) {
		if (!rooms.some((other) => other.id === room.id) && all.some((a) => a.room.id === room.id))
			rooms.push(room);
	}
	for (const room of rooms) {
		const inRoom = (actions: Action[]) => actions.filter((action) => action.room.id === room.id);
		const findings = (actions: Action[]) =>
			actions.map((action) => action.item.finding[language]).join('; ');
		const [fixed, open, now] = [inRoom(resolved), inRoom(remaining), inRoom(added)];
		const parts = [
			fixed.length > 0 ? `${text.fixed}: ${findings(fixed)}.` : '',
			now.length > 0 ? `${text.added}: ${findings(now)}.` : '',
			open.length > 0 ? `${text.stillOpen}: ${open.length}.` : ''
		].filter(Boolean);
		writer.block([
			...writer.textBands(nameOf(room, context), fonts.bold),
			...writer.textBands(parts.join(' '), fonts.body),
			spaceBand(2)
		]);
	}
}
