/**
 * The shape of Footing's checklist: areas (room types, the whole home, personal topics) and the
 * items asked in them. Plain data, read by the screens, the rules, the plan, the PDF and the
 * exports. See docs/checklist.md for how to write an item.
 */

/** The languages Footing speaks. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language Footing speaks. */
export type Text = Record<Language, string>;

/**
 * The countries whose advice Footing knows. Advice that depends on the country (who pays, which
 * programme, which desk, which dose) belongs to a region; `general` holds what is true anywhere,
 * with the UK's fact where there is one (the NHS, the local council), and says nothing rather
 * than something wrong where there is none.
 */
export const REGIONS = ['nl', 'general'] as const;
export type Region = (typeof REGIONS)[number];

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

/**
 * The personal topics, asked once per person checked, each on a screen of its own, in this
 * order after the rooms and the whole home.
 */
export const PERSONAL_TOPICS = [
	'falls',
	'selftest',
	'health',
	'medicines',
	'footwear',
	'eyesight',
	'activity',
	'bones'
] as const;
export type PersonalTopic = (typeof PERSONAL_TOPICS)[number];

/**
 * What a room of a check is: a room of the home, the whole home (asked once per check), or the
 * personal factors of one person living there.
 */
export type RoomKind = RoomType | 'home' | 'personal';

/** The kinds of room in the order a walk through the home visits them. */
export const ROOM_KINDS: readonly RoomKind[] = [...ROOM_TYPES, 'home', 'personal'];

/** Where items are asked: a room type, the whole home, or a personal topic. */
export type AreaId = RoomType | 'home' | PersonalTopic;

/** An answer to an item. Which of 'yes' and 'no' means a finding is the item's `hazardWhen`. */
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
	'handyman',
	'landlord',
	'council',
	'dietitian',
	'podiatrist'
] as const;
export type Owner = (typeof OWNERS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * Where an item comes from (see docs/checklist.md):
 * leaflet: "Op de been blijven met osteoporose" (Dutch physiotherapy leaflet no. 9);
 * CDC: CDC STEADI "Check for Safety"; SI: CDC STEADI "Stay Independent" 12-question test;
 * HF: HOME FAST; HSSAT: Home Safety Self-Assessment Tool v5; NIA: National Institute on Aging
 * "Room by Room"; NL: Dutch practice (Ketenaanpak Valpreventie, "In Balans", VeiligheidNL);
 * WFG: World Guidelines for Falls Prevention (Montero-Odasso et al., Age and Ageing 2022);
 * STOPPFall: the European list of fall-risk-increasing drugs (Seppala et al. 2021).
 */
export const SOURCES = [
	'leaflet',
	'CDC',
	'SI',
	'HF',
	'HSSAT',
	'NIA',
	'NL',
	'WFG',
	'STOPPFall'
] as const;
export type Source = (typeof SOURCES)[number];

/** One answer that makes an item asked: `answer` may list several values (any of them). */
export interface AnswerCondition {
	item: string;
	answer: AnswerValue | readonly AnswerValue[];
}

/**
 * When an item is asked: after one answer, after any of several, or after all of several. Every
 * item named is asked of the same room or person and comes earlier in the catalogue.
 */
export type AskWhen =
	AnswerCondition | { any: readonly AnswerCondition[] } | { all: readonly AnswerCondition[] };

/** Texts of an item that differ in one region: they replace the item's own there. */
export interface RegionalTexts {
	why?: Text;
	fix?: Text;
}

/** What every item has. */
interface ItemBase {
	/** Stable and never reused: answers are stored against it. Lower-case, dotted: 'stairs.rail-any'. */
	id: string;
	/** The areas whose rooms (or persons) ask this item, in the order they ask it. */
	areas: AreaId[];
	/** One thing per question, answerable with yes or no (or with `labels`). */
	question: Text;
	/** Whether "not applicable" may be answered (e.g. no rugs in the room). */
	allowNA: boolean;
	/** Optional wording of the yes and no buttons where plain "Yes" / "No" reads badly. */
	labels?: { yes: Text; no: Text };
	/** Why it matters, in a sentence or two (country-neutral; see `regional`). */
	why: Text;
	sources: Source[];
	/** Ask this item only after the answers that need it (the same room or person). */
	askWhen?: AskWhen;
	/** Asked in the quick check too (the essentials); otherwise only in the full check. */
	quick?: true;
	/**
	 * The tick list this item is one box of (see `Group`): its box is ticked for 'yes'. The items
	 * of a group follow each other in the catalogue and share areas, askWhen and quick.
	 */
	group?: string;
	/** The short label of its box in the tick list ("A loose rug or mat"). Only with `group`. */
	option?: Text;
	/** Asked only in these regions (advice that exists in one country only). Default: all. */
	regions?: Region[];
	/** Texts that differ by region (a Dutch desk, a UK service): these replace `why`/`fix` there. */
	regional?: Partial<Record<Region, RegionalTexts>>;
	/** Points in the 12-question fall-risk test when answered with the finding answer. */
	fallRiskTestPoints?: 1 | 2;
}

/** Something in the home or in the person's habits that can be fixed: it becomes an action. */
export interface HazardItem extends ItemBase {
	kind: 'hazard';
	/** Which answer means the hazard. */
	hazardWhen: 'yes' | 'no';
	/**
	 * The hazard as a statement, for the plan and the PDF ("There is no rail on the stairs",
	 * "De badmat heeft geen antisliponderkant"): never a question.
	 */
	finding: Text;
	/** The fix: concrete and doable, in the imperative (country-neutral; see `regional`). */
	fix: Text;
	/** Who usually acts on the fix. */
	owner: Owner;
	/** Default priority of the hazard. */
	priority: Priority;
	/** One line (English, for reviewers) saying why this priority. */
	priorityReason: string;
}

/**
 * Something to know rather than to fix (age, a fall, a parent's hip fracture): counted, shown
 * under "To mention to your GP", never an action with a Done box.
 */
export interface RiskFactorItem extends ItemBase {
	kind: 'risk-factor';
	/** Which answer means the risk factor is present. */
	hazardWhen: 'yes' | 'no';
	/** The risk factor as a statement ("Fell in the past 12 months"). */
	finding: Text;
}

/** A question that only steers what is asked next ("Do you live alone?"); never a finding. */
export interface ContextItem extends ItemBase {
	kind: 'context';
	/**
	 * The answer "everything else here is fine" gives it, if any (a room's gate). Without one,
	 * the user always answers it.
	 */
	safeAnswer?: AnswerValue;
}

/** A timed test or a count (Timed Up and Go, the 4-metre walk, the 30-second chair stand). */
export interface MeasureItem extends ItemBase {
	kind: 'measure';
	/** What is measured: seconds on a timer, or a count of repetitions. */
	unit: 'seconds' | 'count';
	/** The range a typed value must fall in (inclusive). */
	range: { min: number; max: number };
	/** How to do the test, step by step, one sentence per line (shown, and read aloud). */
	howTo: Text;
	/** For a test on a timer: how long it runs (the chair stand: 30 s); absent = a stopwatch. */
	countdownSeconds?: number;
}

/** One question of the checklist. */
export type Item = HazardItem | RiskFactorItem | ContextItem | MeasureItem;
export type ItemKind = Item['kind'];

/**
 * A tick list: several items asked as one question with a box each ("Tick what you see in this
 * room"). Ticking a box answers its item 'yes'; once any box is ticked or "None of these" is
 * chosen, every box of the list counts as answered (unticked = 'no').
 */
export interface Group {
	id: string;
	/** The question above the boxes. */
	prompt: Text;
	/** An optional line under it ("Leave unticked what is fine"). */
	hint?: Text;
}

/** A room type, the whole home, or a personal topic, with its name and a line of introduction. */
export interface Area {
	id: AreaId;
	kind: 'room' | 'home' | 'personal';
	name: Text;
	intro: Text;
}
