/**
 * Records are cleaned up as they are loaded: missing fields get their defaults, names lose the
 * characters that reorder or hide text (label.ts), and fields this
 * version does not know are kept as they are, so data written by any version keeps working
 * (and a newer version's fields survive a round trip through an older tab).
 */
import {
	CHECKERS,
	CHECK_MODES,
	type Answer,
	type Check,
	type PersonIdentifiers,
	type Room
} from '$lib/checklist/check';
import { cleanText } from '$lib/checklist/label';
import { REGIONS, ROOM_KINDS } from '$lib/checklist/types';
import { CheckDeletedError } from './errors';

type Loose<T> = Partial<T>;

function cleanRoom(raw: Loose<Room>, index: number): Room {
	const type = ROOM_KINDS.includes(raw.type!) ? raw.type! : 'other';
	return {
		...raw,
		id: typeof raw.id === 'string' && raw.id ? raw.id : `room-${index + 1}`,
		type,
		name: typeof raw.name === 'string' ? cleanText(raw.name) : ''
	};
}

/** The identifiers kept with a check, by room id: texts only, none when there are none. */
function cleanIdentifiers(raw: unknown): Record<string, PersonIdentifiers> | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const text = (value: unknown) =>
		typeof value === 'string' && value.trim() !== '' ? value : undefined;
	const kept: [string, PersonIdentifiers][] = [];
	for (const [subject, value] of Object.entries(raw as Record<string, unknown>)) {
		if (typeof value !== 'object' || value === null) continue;
		const { clientNumber, bsn } = value as Record<string, unknown>;
		const identifiers: PersonIdentifiers = {};
		if (text(clientNumber)) identifiers.clientNumber = text(clientNumber);
		if (text(bsn)) identifiers.bsn = text(bsn);
		if (Object.keys(identifiers).length) kept.push([subject, identifiers]);
	}
	return kept.length ? Object.fromEntries(kept) : undefined;
}

/** A check as stored by any version, with today's shape. */
export function cleanCheck(raw: Loose<Check>): Check {
	const createdAt = typeof raw.createdAt === 'number' ? raw.createdAt : 0;
	const summary: Loose<Check['summary']> = raw.summary ?? {};
	return {
		...raw,
		id: String(raw.id),
		// A name saved before names were cleaned may hold characters that reorder or hide text.
		label: typeof raw.label === 'string' ? cleanText(raw.label) : '',
		checkedBy: CHECKERS.includes(raw.checkedBy!) ? raw.checkedBy! : 'nurse',
		visitDate: typeof raw.visitDate === 'string' ? raw.visitDate : '',
		createdAt,
		updatedAt: typeof raw.updatedAt === 'number' ? raw.updatedAt : createdAt,
		rooms: Array.isArray(raw.rooms) ? raw.rooms.map(cleanRoom) : [],
		// A check from before regions gets one when its answers are upgraded (content-upgrade.ts).
		region: REGIONS.includes(raw.region!) ? raw.region! : 'general',
		mode: CHECK_MODES.includes(raw.mode!) ? raw.mode! : 'full',
		identifiers: cleanIdentifiers(raw.identifiers),
		summary: {
			...summary,
			answered: summary.answered ?? 0,
			total: summary.total ?? 0,
			hazards: summary.hazards ?? 0,
			openActions: summary.openActions ?? summary.hazards ?? 0
		}
	};
}

/** An answer as stored by any version, with today's shape. */
export function cleanAnswer(raw: Loose<Answer>): Answer {
	return {
		...raw,
		checkId: String(raw.checkId),
		roomId: String(raw.roomId),
		itemId: String(raw.itemId),
		changedAt: typeof raw.changedAt === 'object' && raw.changedAt !== null ? raw.changedAt : {}
	};
}

/** A check as stored, to change: refused (CheckDeletedError) when it is deleted or gone. */
export function liveCheck(raw: Loose<Check> | undefined, id: string): Check {
	if (!raw || raw.deletedAt !== undefined) throw new CheckDeletedError(id, raw?.deletedAt);
	return cleanCheck(raw);
}
