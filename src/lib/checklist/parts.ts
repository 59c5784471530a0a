/**
 * The parts of a plan by who acts, shared by the plan screen and the PDF: which part an owner's
 * actions go in, the parts' names, the actions and counts per part, the five most important
 * actions, and what the letter for the GP is made of. Pure functions over the plan and the
 * answers; the words around them are the screen's and the PDF's own. See docs/pdf.md.
 */
import type { Check, Room } from './check';
import {
	CHAIR_STAND_ITEM_ID,
	KEY_QUESTIONS,
	SEVERITY_ITEM_IDS,
	type FallRiskResult
} from './fall-risk';
import { ownerName } from './names';
import { planActions, riskFactorsOf, type Action, type Plan } from './plan';
import {
	fallRiskOf,
	fallRiskTestResult,
	itemById,
	measuredOf,
	valueOf,
	type Answers,
	type FallRiskTestResult
} from './rules';
import { PRIORITIES, type Owner, type Region, type RiskFactorItem, type Text } from './types';

/**
 * The parts, in the order the plan shows them: the person's own list, the family's, the jobs in
 * the home (a handyman, the landlord, the council), other care professionals, and the GP (with
 * the pharmacist), whose part is a letter.
 */
export const PARTS = ['self', 'family', 'handyman', 'landlord', 'council', 'care', 'gp'] as const;
export type PartId = (typeof PARTS)[number];

/** Who acts in each part, in the order a part lists them. */
export const PART_OWNERS: Record<PartId, readonly Owner[]> = {
	self: ['self'],
	family: ['family'],
	handyman: ['handyman'],
	landlord: ['landlord'],
	council: ['council'],
	care: ['physio', 'ot', 'nurse', 'optician', 'podiatrist', 'dietitian'],
	gp: ['gp', 'pharmacist']
};

const PART_BY_OWNER = new Map<Owner, PartId>(
	PARTS.flatMap((part) => PART_OWNERS[part].map((owner) => [owner, part] as const))
);

/** Whether a value is the id of a part. */
export function isPartId(value: unknown): value is PartId {
	return typeof value === 'string' && (PARTS as readonly string[]).includes(value);
}

/** The part an owner's actions go in. */
export function partOf(owner: Owner): PartId {
	return PART_BY_OWNER.get(owner) ?? 'care';
}

/** The names of the parts that are not one owner's. */
const GROUP_NAMES: Partial<Record<PartId, Text>> = {
	care: { en: 'Other care professionals', nl: 'Andere zorgverleners' },
	gp: { en: 'GP and pharmacist', nl: 'Huisarts en apotheker' }
};

/** A part's name: its owner's as said in the region, or the group's ("GP and pharmacist"). */
export function partName(part: PartId, region: Region): Text {
	const owners = PART_OWNERS[part];
	return GROUP_NAMES[part] ?? ownerName(owners[0]!, region);
}

/** The actions of one part, in plan order (priority, then the home's rooms, then the checklist). */
export interface PartActions {
	part: PartId;
	actions: Action[];
}

/** The plan's actions by part, in the parts' order; parts without actions are left out. */
export function actionsByPart(plan: Pick<Plan, 'actions'>): PartActions[] {
	return PARTS.map((part) => ({
		part,
		actions: plan.actions.filter((action) => partOf(action.owner) === part)
	})).filter((group) => group.actions.length > 0);
}

/** How many actions a part has, and how many of them are done. */
export interface PartCount {
	total: number;
	done: number;
}

/** The actions counted per part (every part, 0 where it has none). */
export function countsByPart(plan: Pick<Plan, 'actions'>): Record<PartId, PartCount> {
	const counts = Object.fromEntries(PARTS.map((part) => [part, { total: 0, done: 0 }])) as Record<
		PartId,
		PartCount
	>;
	for (const action of plan.actions) {
		const count = counts[partOf(action.owner)];
		count.total += 1;
		if (action.done) count.done += 1;
	}
	return counts;
}

/**
 * Where a hazard does the most harm, lower first. 0: sudden confusion (the GP today). 1: the
 * stairs, steps, and climbing or heights (falls from a height). 2: the bathroom and the toilet
 * (wet, hard floors). 3: the night route and the bedroom (getting up sleepy in the dark). 4: the
 * person's own factors (exercise, medicines, calling for help). 5: the other rooms.
 */
export function harmRank(action: Pick<Action, 'room' | 'item'>): number {
	const id = action.item.id;
	const type = action.room.type;
	if (URGENT_ITEMS.has(id)) return 0;
	if (type === 'stairs' || HEIGHT_ITEMS.has(id)) return 1;
	if (type === 'bathroom' || type === 'toilet') return 2;
	if (type === 'bedroom' || NIGHT_ROUTE_ITEMS.has(id)) return 3;
	if (type === 'personal') return 4;
	return 5;
}
const URGENT_ITEMS = new Set(['health.confused']);
const HEIGHT_ITEMS = new Set([
	'entrance.steps-rail',
	'entrance.steps-firm',
	'entrance.step-edges',
	'other.steps-no-rail',
	'other.ladder',
	'kitchen.climbing',
	'kitchen.step-stool'
]);
const NIGHT_ROUTE_ITEMS = new Set(['home.night-route-lit', 'home.toilet-near', 'home.switch-far']);

/** The order of importance: open before done, then priority, then harm, then plan order. */
function compareImportance(a: Ranked, b: Ranked): number {
	return (
		Number(a.action.done) - Number(b.action.done) ||
		PRIORITIES.indexOf(a.action.priority) - PRIORITIES.indexOf(b.action.priority) ||
		harmRank(a.action) - harmRank(b.action) ||
		a.index - b.index
	);
}
interface Ranked {
	action: Action;
	index: number;
}

/** At most this many top actions of one priority come from one room while other rooms have some. */
export const TOP_PER_ROOM = 2;

/**
 * The `n` most important actions, most important first: actions not yet done before done ones,
 * high priority before medium and low, then where a fall does the most harm (`harmRank`), then
 * plan order. Within one priority, at most `TOP_PER_ROOM` come from one room (or person) while
 * other rooms have actions of that priority left, so the list covers the stairs, the bathroom and
 * the person rather than five boxes of one tick list; a lower priority never comes first.
 */
export function topActions(plan: Pick<Plan, 'actions'>, n = 5): Action[] {
	const ranked = plan.actions.map((action, index) => ({ action, index })).sort(compareImportance);
	const tier = (entry: Ranked) => `${entry.action.done}/${entry.action.priority}`;
	const ordered: Ranked[] = [];
	for (let start = 0; start < ranked.length;) {
		let end = start;
		while (end < ranked.length && tier(ranked[end]!) === tier(ranked[start]!)) end += 1;
		const perRoom = new Map<string, number>();
		const later: Ranked[] = [];
		for (const entry of ranked.slice(start, end)) {
			const count = perRoom.get(entry.action.room.id) ?? 0;
			perRoom.set(entry.action.room.id, count + 1);
			(count < TOP_PER_ROOM ? ordered : later).push(entry);
		}
		ordered.push(...later);
		start = end;
	}
	return ordered.slice(0, n).map((entry) => entry.action);
}

/* ------------------------------------------------------------------------------------------ */
/* The letter for the GP                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** The questions the letter may put to the GP, in the order it asks them. */
export const GP_QUESTIONS = [
	'falls-assessment',
	'medication-review',
	'orthostatic',
	'bone-density',
	'fall-programme',
	'eye-test'
] as const;
export type GpQuestionId = (typeof GP_QUESTIONS)[number];

/** A question for the GP that applies, with the answers that make it apply. */
export interface GpQuestion {
	id: GpQuestionId;
	/** Item ids of the answers that make it apply (for a falls assessment: the severity findings). */
	because: string[];
	/** The GP's or pharmacist's actions of the plan this question covers (not listed again). */
	actions: Action[];
}

/** The tick list of fall-risk medicines (risk factors). */
export const MEDICINE_GROUP = 'medicines.fall-risk';
/** Answers that count as medicines with a fall risk besides the tick list. */
const MEDICINE_SIGNALS = ['medicines.many', 'balance.meds-dizzy', 'balance.meds-sleep-mood'];
/** The bone risk factors after which a bone density scan is asked about (`bones.checked`). */
const BONE_SCAN_FACTORS = [
	'bones.menopause-early',
	'bones.low-hormone',
	'bones.family',
	'bones.fracture',
	'bones.prednisone',
	'bones.thyroid',
	'bones.low-weight'
];

/** What the letter for the GP says about one person. */
export interface GpLetter {
	person: Room;
	/** The fall-risk level, how far it is known, the key answers and the gait values. */
	fallRisk: FallRiskResult;
	/** The three key questions: true yes, false no, absent not answered. */
	keyAnswers: FallRiskResult['keyAnswers'];
	/** The falls reported: the severity findings present (after a fall). */
	severity: RiskFactorItem[];
	/** The timed tests: seconds, metres per second, the chair-stand count, and those not possible. */
	measured: {
		tugSeconds?: number;
		walkSeconds?: number;
		gaitSpeed?: number;
		chairStands?: number;
		/** Item ids of the tests answered "could not be done". */
		notDone: string[];
	};
	/** The 12-question self-test. */
	fallRiskTest: FallRiskTestResult;
	/** The tick list of fall-risk medicines: whether it was answered, and what is taken. */
	medicines: {
		answered: boolean;
		/** The boxes ticked, and 5 or more medicines, and the test's medicine questions answered yes. */
		taken: RiskFactorItem[];
	};
	/** The other risk factors found (not the key questions, the falls or the medicines). */
	otherRiskFactors: RiskFactorItem[];
	/** The questions for the GP that apply, in `GP_QUESTIONS` order. */
	questions: GpQuestion[];
	/** The GP's and pharmacist's actions for this person that no question covers. */
	otherActions: Action[];
	/** Whether the letter is for the pharmacist too (a medication review or a pharmacist's action). */
	pharmacist: boolean;
}

/** Whether an item is a box of a tick list. */
function inGroup(id: string, group: string): boolean {
	return itemById(id)?.group === group;
}

/**
 * What the letter for the GP says about one person: the level and how it was found, the falls,
 * the tests, the medicines and other risk factors, and the questions that apply. A question's
 * condition (see docs/pdf.md):
 * - falls-assessment: the level is high;
 * - medication-review: a fall-risk medicine, 5 or more medicines, or a medicine question of the
 *   self-test, and no medication review in the past year;
 * - orthostatic: dizzy on standing up, or a blackout in a fall;
 * - bone-density: a bone risk factor of the scan's list, and no scan yet;
 * - fall-programme: the level is intermediate or high, and no fall-prevention programme in the
 *   past two years;
 * - eye-test: sight getting worse, or no eye test in the past year.
 */
export function gpLetter(check: Check, answers: Answers, person: Room): GpLetter {
	const value = (id: string) => valueOf(answers, person.id, id);
	const yes = (id: string) => value(id) === 'yes';
	const fallRisk = fallRiskOf(person.id, answers);
	const riskFactors = riskFactorsOf(check, person, answers);
	const found = new Set(riskFactors.map((item) => item.id));
	const actions = planActions(check, answers).filter(
		(action) => action.room.id === person.id && partOf(action.owner) === 'gp'
	);

	const severity = riskFactors.filter((item) => SEVERITY_ITEM_IDS.includes(item.id));
	const taken = riskFactors.filter(
		(item) => inGroup(item.id, MEDICINE_GROUP) || MEDICINE_SIGNALS.includes(item.id)
	);
	const key = new Set<string>(Object.values(KEY_QUESTIONS));
	const otherRiskFactors = riskFactors.filter(
		(item) => !key.has(item.id) && !severity.includes(item) && !taken.includes(item)
	);
	const medicinesAnswered = [...answers.values()].some(
		(answer) =>
			answer.roomId === person.id &&
			answer.value !== undefined &&
			inGroup(answer.itemId, MEDICINE_GROUP)
	);

	const gait = fallRisk.gait;
	const chairStands = measuredOf(answers, person.id, CHAIR_STAND_ITEM_ID);
	const notDone = [...(gait?.notDone ?? [])];
	if (value(CHAIR_STAND_ITEM_ID) === 'na') notDone.push(CHAIR_STAND_ITEM_ID);
	const measured: GpLetter['measured'] = { notDone };
	if (gait?.tugSeconds !== undefined) measured.tugSeconds = gait.tugSeconds;
	if (gait?.walkSeconds !== undefined) measured.walkSeconds = gait.walkSeconds;
	if (gait?.gaitSpeed !== undefined) measured.gaitSpeed = gait.gaitSpeed;
	if (chairStands !== undefined) measured.chairStands = chairStands;

	const level = fallRisk.level;
	const reasons: Record<GpQuestionId, string[]> = {
		'falls-assessment': level === 'high' ? severity.map((item) => item.id) : [],
		'medication-review': value('medicines.review') === 'yes' ? [] : taken.map((item) => item.id),
		orthostatic: ['balance.dizzy-standing', 'falls.blackout'].filter(yes),
		'bone-density':
			value('bones.checked') === 'yes' ? [] : BONE_SCAN_FACTORS.filter((id) => found.has(id)),
		'fall-programme':
			(level === 'intermediate' || level === 'high') && value('exercise.fall-programme') !== 'yes'
				? Object.values(KEY_QUESTIONS).filter(yes)
				: [],
		'eye-test': [
			...(yes('eyesight.getting-worse') ? ['eyesight.getting-worse'] : []),
			...(value('eyesight.test') === 'no' ? ['eyesight.test'] : [])
		]
	};
	// A high level always asks for the assessment, even with the severity list not ticked.
	const applies = (id: GpQuestionId) =>
		reasons[id].length > 0 || (id === 'falls-assessment' && level === 'high');
	const covers: Record<GpQuestionId, readonly string[]> = {
		'falls-assessment': [],
		'medication-review': ['medicines.review'],
		orthostatic: ['balance.dizzy-standing'],
		'bone-density': ['bones.checked'],
		'fall-programme': [],
		'eye-test': ['eyesight.getting-worse']
	};
	const questions = GP_QUESTIONS.filter(applies).map((id) => ({
		id,
		because: reasons[id],
		actions: actions.filter((action) => covers[id].includes(action.item.id))
	}));
	const covered = new Set(questions.flatMap((question) => question.actions));
	const otherActions = actions.filter((action) => !covered.has(action));

	return {
		person,
		fallRisk,
		keyAnswers: fallRisk.keyAnswers,
		severity,
		measured,
		fallRiskTest: fallRiskTestResult(person.id, answers),
		medicines: { answered: medicinesAnswered, taken },
		otherRiskFactors,
		questions,
		otherActions,
		pharmacist:
			questions.some((question) => question.id === 'medication-review') ||
			actions.some((action) => action.owner === 'pharmacist')
	};
}

/** The letters for the GP of a check: one per person checked with any answer. */
export function gpLetters(check: Check, answers: Answers): GpLetter[] {
	return check.rooms
		.filter((room) => room.type === 'personal' && hasPersonalAnswers(answers, room))
		.map((person) => gpLetter(check, answers, person));
}

/** Whether anything is known of a person: any answer in their personal topics. */
export function hasPersonalAnswers(answers: Answers, person: Room): boolean {
	for (const answer of answers.values()) {
		if (
			answer.roomId === person.id &&
			(answer.value !== undefined || answer.measured !== undefined)
		)
			return true;
	}
	return false;
}
