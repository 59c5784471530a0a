/**
 * The shape of Footing's checklist: areas (room types and personal topics) and the items asked
 * in them. Plain data, read by the screens, the scoring, the plan, the PDF and the exports.
 */

/** The languages Footing speaks. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language Footing speaks. */
export type Text = Record<Language, string>;

/** The kinds of room a home may have (several of some, or none). */
export const ROOM_TYPES = [
	'entrance',
	'stairs',
	'living',
	'kitchen',
	'bathroom',
	'toilet',
	'bedroom',
	'other'
] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

/** What a room of a check is: a room of the home, or the personal factors of one person. */
export type RoomKind = RoomType | 'personal';

/** The kinds of room in the order a walk through the home visits them. */
export const ROOM_KINDS: readonly RoomKind[] = [...ROOM_TYPES, 'personal'];

/** The personal factors, asked once per person checked. */
export const PERSONAL_TOPICS = [
	'footwear',
	'medicines',
	'eyesight',
	'balance',
	'exercise',
	'bones'
] as const;
export type PersonalTopic = (typeof PERSONAL_TOPICS)[number];

export type AreaId = RoomType | PersonalTopic;

/** An answer to an item. Which of 'yes' and 'no' means a hazard is the item's `hazardWhen`. */
export type AnswerValue = 'yes' | 'no' | 'na';

/** Who usually acts on a hazard. */
export const OWNERS = [
	'self',
	'family',
	'nurse',
	'physio',
	'gp',
	'pharmacist',
	'optician',
	'ot',
	'handyman'
] as const;
export type Owner = (typeof OWNERS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Where an item comes from (see docs/checklist.md):
 * leaflet: "Op de been blijven met osteoporose" (Dutch physiotherapy leaflet no. 9);
 * CDC: CDC STEADI "Check for Safety"; SI: CDC STEADI "Stay Independent" 12-question screen;
 * HF: HOME FAST; HSSAT: Home Safety Self-Assessment Tool v5; NIA: National Institute on Aging
 * "Room by Room"; NL: Dutch practice (Ketenaanpak Valpreventie, "In Balans", VeiligheidNL).
 */
export const SOURCES = ['leaflet', 'CDC', 'SI', 'HF', 'HSSAT', 'NIA', 'NL'] as const;
export type Source = (typeof SOURCES)[number];

/** One question of the checklist. */
export interface Item {
	/** Stable and never reused: answers are stored against it. Lower-case, dotted: 'stairs.rail-both-sides'. */
	id: string;
	/** The areas whose rooms (or personal section) ask this item, in the order they ask it. */
	areas: AreaId[];
	/** One thing per question, answerable with yes or no. */
	question: Text;
	/** Which answer means a hazard. */
	hazardWhen: 'yes' | 'no';
	/** Whether "not applicable" may be answered (e.g. no rugs in the room). */
	allowNA: boolean;
	/** Optional wording of the yes and no buttons where plain "Yes" / "No" reads badly. */
	labels?: { yes: Text; no: Text };
	/** Why it matters, in a sentence or two. */
	why: Text;
	/** The fix: concrete and doable. */
	fix: Text;
	/** Who usually acts on the fix. */
	owner: Owner;
	/** Default priority of the hazard. */
	priority: Priority;
	/** One line (English, for reviewers) saying why this priority. */
	priorityReason: string;
	sources: Source[];
	/** Points in the 12-question fall-risk screen when answered with the hazard answer. */
	fallRiskTestPoints?: 1 | 2;
	/** Ask this item only when another item of the same room or person got this answer. */
	askWhen?: { item: string; answer: 'yes' | 'no' };
}

/** A room type or a personal topic, with its name and a line of introduction. */
export interface Area {
	id: AreaId;
	kind: 'room' | 'personal';
	name: Text;
	intro: Text;
}
