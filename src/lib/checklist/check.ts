/**
 * A check of one home: its rooms, the answers given in them, and the plan made from them.
 * Plain data and pure functions; saving lives in $lib/db, screens in src/routes.
 */
import type { FallRiskLevel } from './fall-risk';
import { clip, LIMITS } from './limits';
import type { AnswerValue, Owner, Priority, Region, RoomKind } from './types';

/** Who is doing the check. */
export const CHECKERS = ['nurse', 'family', 'self'] as const;
export type Checker = (typeof CHECKERS)[number];

/** A room of the home, or the personal factors of one person living there. */
export interface Room {
	/** Stable within a check and kept in its follow-ups, so answers can be compared. */
	id: string;
	type: RoomKind;
	/** The name the user gave it; empty means "the type's name, numbered if there are more". */
	name: string;
}

/** How much a check asks: the quick check of the essentials, or the full walk. */
export const CHECK_MODES = ['full', 'quick'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

/** Counts shown in the list of checks, kept with the check so the list never reads answers. */
export interface CheckSummary {
	/** Questions answered and asked (a tick list counts as one question). */
	answered: number;
	total: number;
	/** Hazards found (risk factors are not hazards). */
	hazards: number;
	/** Actions of the plan not done yet. */
	openActions: number;
	/** The highest fall-risk level among the persons checked, when it is known. */
	riskLevel?: FallRiskLevel;
}

/** How a care organisation knows a person. */
export interface PersonIdentifiers {
	/** The organisation's client number. */
	clientNumber?: string;
	/** The Dutch citizen service number; only where the organisation allows it. */
	bsn?: string;
}

/** Whether a BSN passes the eleven test (9 digits, weighted sum divisible by 11). */
export function isValidBsn(bsn: string): boolean {
	if (!/^\d{9}$/.test(bsn)) return false;
	const digits = [...bsn].map(Number);
	const sum =
		digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - digits[8]!;
	return sum % 11 === 0;
}

/** A check of one home, on one visit. */
export interface Check {
	id: string;
	/** The home's label, chosen by the user: "Mrs Jansen, Dorpsstraat". */
	label: string;
	checkedBy: Checker;
	/** Date of the visit, YYYY-MM-DD. */
	visitDate: string;
	createdAt: number;
	updatedAt: number;
	rooms: Room[];
	/** Whose advice the check gives (and its PDF keeps): the Netherlands or general. */
	region: Region;
	/** The quick check of the essentials, or the full walk. */
	mode: CheckMode;
	/** The earlier check this is a follow-up visit of. */
	previousId?: string;
	/**
	 * The client (a home and its people) this visit belongs to: the id of the first visit. Set
	 * on follow-ups so the visits stay together when an earlier one is deleted.
	 */
	clientId?: string;
	/** The room open when the user last left the check. */
	lastRoomId?: string;
	/** When the next visit is planned, YYYY-MM-DD (set on the plan). */
	nextVisitDate?: string;
	/**
	 * How the care record knows each person checked (by the person's room id, or `home` for a
	 * check without persons): the organisation's client number, and a BSN where the
	 * organisation allows it (a deployment with a care record).
	 */
	identifiers?: Record<string, PersonIdentifiers>;
	summary: CheckSummary;
	/** Set when deleted; the check can be restored until it is purged. */
	deletedAt?: number;
}

/** The fields of an answer the user changes one at a time. */
export interface AnswerFields {
	value?: AnswerValue;
	note?: string;
	/** The hazard's priority, when the user changed it from the item's default. */
	priority?: Priority;
	/** The action's fix, when the user rewrote the checklist's text. */
	fix?: string;
	/** Who acts, when the user changed it from the item's default. */
	owner?: Owner;
	/** When the action should be done, YYYY-MM-DD. */
	due?: string;
	/** The action is done. */
	done?: boolean;
	/** What a timed test measured: seconds, or a count (the answer 'na' means it could not be done). */
	measured?: number;
}
export type AnswerField = keyof AnswerFields;
export const ANSWER_FIELDS: readonly AnswerField[] = [
	'value',
	'note',
	'priority',
	'fix',
	'owner',
	'due',
	'done',
	'measured'
];

/**
 * How an answer's value was given when not tapped one by one: with "Everything else here is
 * fine" (`rest-fine`), or confirmed unchanged on a follow-up visit (`still-same`).
 */
export const GIVEN_WAYS = ['rest-fine', 'still-same'] as const;
export type GivenWay = (typeof GIVEN_WAYS)[number];

/** What the user answered for one item in one room, with the action made of it. */
export interface Answer extends AnswerFields {
	checkId: string;
	roomId: string;
	itemId: string;
	/**
	 * Each field's change stamp, so the later change always wins: ms since 1970 from the
	 * hybrid logical clock (./clock.ts), which never goes below a stamp it made or saw.
	 */
	changedAt: Partial<Record<AnswerField, number>>;
	/** Copied from the earlier visit and not yet confirmed on this one. */
	fromPrevious?: boolean;
	/** How the value was given, when not tapped on its own (it changes with the value). */
	given?: GivenWay;
}

/**
 * One change the user made: a field of an answer set to a value. `undefined` clears the field
 * (a rewritten fix goes back to the checklist's text); an empty text clears a note, but a fix
 * the user emptied stays empty until they choose the checklist's text again.
 */
export interface AnswerChange<F extends AnswerField = AnswerField> {
	checkId: string;
	roomId: string;
	itemId: string;
	field: F;
	value: AnswerFields[F];
	/** The change's stamp, from the hybrid logical clock (./clock.ts). */
	at: number;
	/** With a change of `value`: how it was given, when not tapped on its own. */
	given?: GivenWay;
	/**
	 * With a change of `value`: the answer goes back to being the one carried over from the
	 * last visit, not confirmed yet (the Undo of "still the same").
	 */
	carried?: true;
	/**
	 * With a typed text (a note, a rewritten fix): the stamp of the text it was typed over
	 * (0 for none). When what is stored has another stamp, someone else typed meanwhile, and
	 * both texts are kept (`joinTexts`).
	 */
	base?: number;
}

/** Fields typed letter by letter; two windows typing one of them at once keep both texts. */
export const TYPED_FIELDS: readonly AnswerField[] = ['note', 'fix'];

/** The line between two texts typed at once in two windows. */
export const JOIN_LINE = '\n———\n';

/**
 * Two texts typed over the same one at once: both kept, the one stored first on top (cut at
 * the field's limit only when both together are longer).
 */
export function joinTexts(stored: string, typed: string, field: 'note' | 'fix'): string {
	return clip(`${stored}${JOIN_LINE}${typed}`, LIMITS[field]);
}

/** The key of an answer within its check. */
export function answerKey(roomId: string, itemId: string): string {
	return `${roomId}/${itemId}`;
}

/**
 * The text someone else stored since a typed change began (see `AnswerChange.base`), when
 * there is one: the stored stamp is not the one the typing started from.
 */
function typedOverOther(current: Answer | undefined, change: AnswerChange): string | undefined {
	if (change.base === undefined || !TYPED_FIELDS.includes(change.field)) return undefined;
	const last = current?.changedAt[change.field];
	const stored = current?.[change.field as 'note' | 'fix'];
	if (last === undefined || last === change.base || typeof stored !== 'string') return undefined;
	return stored;
}

/** What a change does to an answer, and whether it kept another window's text with its own. */
export interface Applied {
	answer: Answer;
	/** Both texts were kept: the stored one and the one typed over the same earlier text. */
	joined: boolean;
}

/**
 * Apply a change to an answer (or to none yet), unless a newer change of the same field is
 * already there: a late write from a stale tab never overwrites a newer answer. A typed text
 * that meets another one typed meanwhile (see `AnswerChange.base`) keeps both, whatever their
 * stamps. Returns the new answer, or undefined when the change is older and nothing changes.
 */
export function applyChange(current: Answer | undefined, change: AnswerChange): Answer | undefined {
	return applyChangeJoined(current, change)?.answer;
}

/** `applyChange`, saying also whether two typed texts were joined. */
export function applyChangeJoined(
	current: Answer | undefined,
	change: AnswerChange
): Applied | undefined {
	const base: Answer = current ?? {
		checkId: change.checkId,
		roomId: change.roomId,
		itemId: change.itemId,
		changedAt: {}
	};
	const last = base.changedAt[change.field];
	const other = typedOverOther(current, change);
	if (other !== undefined) {
		const field = change.field as 'note' | 'fix';
		const typed = typeof change.value === 'string' ? change.value : '';
		// What is stored holds what was typed here (the same, or more of it): nothing to add.
		if (other.startsWith(typed)) return undefined;
		// What was typed here holds the stored text (more of it); else both are kept.
		const text = typed.startsWith(other) ? typed : joinTexts(other, typed, field);
		// Later than both, so every window takes the result as the newest.
		const at = Math.max((last ?? 0) + 1, change.at);
		const next: Answer = { ...base, [field]: text, changedAt: { ...base.changedAt, [field]: at } };
		return { answer: next, joined: text !== typed };
	}
	if (last !== undefined && last > change.at) return undefined;
	const next: Answer = { ...base, changedAt: { ...base.changedAt, [change.field]: change.at } };
	if (change.value === undefined || (change.value === '' && change.field !== 'fix'))
		delete next[change.field];
	else (next as AnswerFields)[change.field] = change.value as never;
	if (change.field === 'value') {
		if (change.carried) next.fromPrevious = true;
		else delete next.fromPrevious;
		if (change.given) next.given = change.given;
		else delete next.given;
	}
	// A timed test done again is this visit's measure, not the last one's.
	if (change.field === 'measured' && change.value !== undefined) delete next.fromPrevious;
	return { answer: next, joined: false };
}

/** Today's date as YYYY-MM-DD in the device's time zone. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
