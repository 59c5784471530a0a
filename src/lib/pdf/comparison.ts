/**
 * For a follow-up visit, right after the overview: what changed since the visit before, room by
 * room, in a line or two: the hazards fixed and the new ones by finding, and how many are still
 * open (they are in the parts anyway). Under a room's lines, for each fixed or open hazard with a
 * photo from before: that photo and the one taken now, side by side, each with its date.
 */
import { today, type Room } from '$lib/checklist/check';
import type { Action } from '$lib/checklist/plan';
import { roomName } from '$lib/checklist/rules';
import { formatDate } from '$lib/i18n/format';
import { lineHeight, PAGE, spaceBand, type Band } from './layout';
import { HazardPhotos, type PlacedPhoto } from './photos';
import type { PdfContext, PlanPdfInput } from './types';

/** The largest a photo of before and after is printed, in mm: two fit side by side. */
const PAIR_WIDTH = 70;
const PAIR_HEIGHT = 52;
const PAIR_GAP = 6;

/** Before and after of one hazard: its finding, then the two photos with their captions. */
function pairBands(context: PdfContext, action: Action): Band[] {
	const { writer, text, language, photos } = context;
	const { fonts } = writer;
	const pair = photos.beforeAfter(action, PAIR_WIDTH, PAIR_HEIGHT);
	if (!pair) return [];
	const dated = (placed: PlacedPhoto) =>
		placed.photo.takenAt === undefined
			? ''
			: ` (${formatDate(today(new Date(placed.photo.takenAt)), language)})`;
	const captions = [
		{ x: PAGE.left, text: `${text.before}${dated(pair.before)}` },
		{ x: PAGE.left + PAIR_WIDTH + PAIR_GAP, text: pair.after ? text.after : text.noPhotoNow }
	];
	const captionBand: Band = {
		height: lineHeight(fonts.bold),
		draw: (top) => {
			for (const caption of captions)
				writer.text(writer.fit(caption.text, PAIR_WIDTH, fonts.bold), caption.x, top, fonts.bold);
		}
	};
	const height = Math.max(pair.before.height, pair.after?.height ?? 0);
	return [
		...writer.textBands(action.item.finding[language], fonts.body),
		captionBand,
		{
			height: height + 3,
			draw: (top) => {
				HazardPhotos.draw(writer, pair.before, PAGE.left, top);
				if (pair.after)
					HazardPhotos.draw(writer, pair.after, PAGE.left + PAIR_WIDTH + PAIR_GAP, top);
			}
		}
	];
}

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
		for (const action of [...fixed, ...open]) {
			const pair = pairBands(context, action);
			if (pair.length > 0) writer.block([...pair, spaceBand(2)]);
		}
	}
}
