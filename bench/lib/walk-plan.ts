/**
 * The walk-through rows' plan, pure (no browser): the New check form's default home, what a
 * nurse taps on each screen of the walk (found with the app's own rules, src/lib/checklist), how
 * those taps add up, and the figures of a walk with Next through a fresh check. bench/lib/walk.ts
 * carries the plan out in the browser and checks every screen against it.
 */
import { AREAS } from '../../src/lib/checklist/areas';
import { areaById, itemById } from '../../src/lib/checklist/catalogue';
import { answerKey, type Answer, type CheckMode, type Room } from '../../src/lib/checklist/check';
import { restFine } from '../../src/lib/checklist/rest-fine';
import {
	isAnswered,
	isQuestionAnswered,
	itemsOf,
	safeAnswer,
	stepProgress,
	stepQuestions,
	stepsOf,
	type Asking,
	type Question,
	type Step
} from '../../src/lib/checklist/rules';
import type {
	AnswerValue,
	Item,
	MeasureItem,
	Region,
	RoomKind
} from '../../src/lib/checklist/types';

/**
 * The rooms of the New check form's defaults (src/routes/new/+page.svelte): one of every room
 * type but "other" (entrance, stairs, living, kitchen, bathroom, toilet, bedroom), the whole home
 * the form adds when any room is chosen, and one person (personal factors are ticked).
 */
export const DEFAULT_KINDS: readonly RoomKind[] = [
	...AREAS.filter((area) => area.kind === 'room' && area.id !== 'other').map(
		(area) => area.id as RoomKind
	),
	'home',
	'personal'
];

/**
 * The hazards the nurse finds in the default home, one per room, in three rooms: a loose rug in
 * the living room (a box of its floor-and-light list), no rail on the stairs, no grab rail in
 * the bathroom. All three are asked in the quick check too.
 */
export const WALK_HAZARDS: Readonly<Record<string, string>> = {
	stairs: 'stairs.rail-any',
	living: 'general.loose-rug',
	bathroom: 'bathroom.grab-rail'
};

/**
 * The answers of questions that have no "nothing found" side (a gate): no personal alarm in the
 * home (the gate "Everything else here is fine" leaves on the whole home), and the person does
 * not live alone.
 */
export const GATE_ANSWERS: Readonly<Record<string, AnswerValue>> = {
	'home.alarm': 'no',
	'health.lives-alone': 'no'
};

/** What a timed test would measure for someone steady on their feet (typed in). */
export const TYPICAL_MEASURES: Readonly<Record<string, number>> = {
	'falls.tug': 10,
	'falls.walk-4m': 4,
	'falls.chair-stand': 12
};

/** One thing the user does on a screen, and how many taps it takes. */
export type WalkAction =
	/** Tick a box of a tick list. */
	| { kind: 'tick'; itemId: string }
	/** "None of these" in a tick list. */
	| { kind: 'none'; groupId: string }
	/** Tap an answer of a yes/no question. */
	| { kind: 'answer'; itemId: string; value: AnswerValue }
	/** Type a timed test's result and tap "Use". */
	| { kind: 'measure'; itemId: string; value: number }
	/**
	 * "Everything else here is fine" (a person's "Nothing else to mention"), then its confirm,
	 * which goes on to the next screen unless this is the last.
	 */
	| { kind: 'rest-fine'; questions: number; goesOn: boolean }
	/** Next (or, on the last screen, nothing). */
	| { kind: 'next' };

/** The taps and typed fields of an action. */
export function tapsOf(action: WalkAction): { taps: number; typed: number } {
	switch (action.kind) {
		case 'rest-fine':
			return { taps: 2, typed: 0 };
		case 'measure':
			return { taps: 1, typed: 1 };
		default:
			return { taps: 1, typed: 0 };
	}
}

/** How the taps of a walk add up, by what they were for. */
export interface TapTally {
	/** Every tap, each typed field counted as one. */
	total: number;
	/** On the New check form: "New check", the home's name (typed), "Quick check", Start. */
	form: number;
	/** Answers that are hazards (a box ticked or an answer tapped). */
	hazards: number;
	/** "Everything else here is fine" and its confirm (2 taps each time). */
	restFine: number;
	/** Answers of yes/no questions that are not hazards (gates, the person's questions). */
	answers: number;
	/** "None of these" in tick lists. */
	noneOfThese: number;
	/** Timed tests: the result typed (one) and "Use" (one). */
	measures: number;
	/** Next. */
	next: number;
}

/** Add up the taps of some actions, after `form` taps on the New check form. */
export function tally(actions: readonly WalkAction[], form: number): TapTally {
	const sum: TapTally = {
		total: form,
		form,
		hazards: 0,
		restFine: 0,
		answers: 0,
		noneOfThese: 0,
		measures: 0,
		next: 0
	};
	for (const action of actions) {
		const { taps, typed } = tapsOf(action);
		sum.total += taps + typed;
		if (action.kind === 'tick') sum.hazards += taps;
		else if (action.kind === 'answer' && isHazardAnswer(action.itemId, action.value))
			sum.hazards += taps;
		else if (action.kind === 'answer') sum.answers += taps;
		else if (action.kind === 'none') sum.noneOfThese += taps;
		else if (action.kind === 'measure') sum.measures += taps + typed;
		else if (action.kind === 'rest-fine') sum.restFine += taps;
		else sum.next += taps;
	}
	return sum;
}

/** Whether an answer to an item is a hazard. */
function isHazardAnswer(itemId: string, value: AnswerValue): boolean {
	const item = itemById(itemId);
	return item?.kind === 'hazard' && item.hazardWhen === value;
}

/** The taps on the New check form: "New check", the name (typed), "Quick check", Start. */
export function formTaps(mode: CheckMode): number {
	return mode === 'quick' ? 4 : 3;
}

/** The room kind whose screen shows this area: a room type or the whole home, else a person. */
export function kindOfArea(areaId: string): RoomKind {
	const area = areaById(areaId);
	if (!area) throw new Error(`No area ${areaId}`);
	return area.kind === 'personal' ? 'personal' : (area.id as RoomKind);
}

/** The step of the rules for a screen of the app, from its address's room id and topic. */
export function stepAt(roomId: string, topic: string): Step {
	return { room: { id: roomId, type: kindOfArea(topic), name: '' }, area: areaById(topic)! };
}

/** Answers of a check being walked, as the app holds them. */
export type WalkAnswers = Map<string, Answer>;

/** Record an answer value in the model. */
function put(answers: WalkAnswers, roomId: string, itemId: string, value: AnswerValue): void {
	const key = answerKey(roomId, itemId);
	const before = answers.get(key);
	answers.set(key, { checkId: '', roomId, itemId, changedAt: {}, ...before, value });
}

/** Record a measured value in the model. */
function putMeasured(answers: WalkAnswers, roomId: string, itemId: string, value: number): void {
	const key = answerKey(roomId, itemId);
	answers.set(key, { checkId: '', roomId, itemId, changedAt: {}, measured: value });
}

/** What the screen does with an action, in the model (as GroupCard, ItemCard, RestFine do). */
export function applyAction(
	step: Step,
	answers: WalkAnswers,
	asking: Asking,
	action: WalkAction
): void {
	const roomId = step.room.id;
	if (action.kind === 'answer') put(answers, roomId, action.itemId, action.value);
	else if (action.kind === 'measure') putMeasured(answers, roomId, action.itemId, action.value);
	else if (action.kind === 'tick') {
		// Ticking one box answers it yes and the boxes not answered yet no.
		const item = itemById(action.itemId)!;
		for (const other of boxesOf(step, answers, asking, item.group!)) {
			if (other.id === item.id) put(answers, roomId, other.id, 'yes');
			else if (!isAnswered(other, answers.get(answerKey(roomId, other.id))))
				put(answers, roomId, other.id, 'no');
		}
	} else if (action.kind === 'none') {
		for (const other of boxesOf(step, answers, asking, action.groupId))
			put(answers, roomId, other.id, 'no');
	} else if (action.kind === 'rest-fine') {
		for (const given of restFine(step, answers, asking).answers)
			put(answers, roomId, given.itemId, given.value);
	}
}

/** The boxes of a tick list as the screen shows them now. */
function boxesOf(
	step: Step,
	answers: WalkAnswers,
	asking: Asking,
	groupId: string
): readonly Item[] {
	const question = stepQuestions(step, answers, asking).find(
		(q) => q.kind === 'group' && q.group.id === groupId
	);
	if (!question) throw new Error(`The tick list ${groupId} is not on ${step.area.id}`);
	return itemsOf(question);
}

/** How the user answers an open question that is not a hazard found. */
export function answerFor(question: Question): WalkAction {
	if (question.kind === 'group') return { kind: 'none', groupId: question.group.id };
	const item = question.item;
	if (item.kind === 'measure') {
		const value = TYPICAL_MEASURES[item.id] ?? typicalMeasure(item);
		return { kind: 'measure', itemId: item.id, value };
	}
	const value = GATE_ANSWERS[item.id] ?? safeAnswer(item);
	if (value === undefined) throw new Error(`No planned answer for ${item.id}`);
	return { kind: 'answer', itemId: item.id, value };
}

/** A value inside a timed test's range, for a test the plan has no typical value of. */
function typicalMeasure(item: MeasureItem): number {
	return Math.round(item.range.min + (item.range.max - item.range.min) / 10);
}

/**
 * What the nurse does on one screen, and the answers after it: on a room, the hazard found
 * there; then on every screen the questions "Everything else here is fine" (on a person's topic
 * "Nothing else to mention") would leave open, a gate or a timed test, answered first (with what
 * they open); then that button, when it has anything to answer; then whatever is still open (a
 * tick list's "None of these"; follow-ups as they appear). `answers` is updated.
 */
export function screenActions(
	step: Step,
	answers: WalkAnswers,
	asking: Asking,
	hazards: Readonly<Record<string, string>> = WALK_HAZARDS,
	last = false
): WalkAction[] {
	const actions: WalkAction[] = [];
	const act = (action: WalkAction) => {
		actions.push(action);
		applyAction(step, answers, asking, action);
	};
	const open = () =>
		stepQuestions(step, answers, asking).filter(
			(question) => !isQuestionAnswered(question, answers, step.room.id)
		);
	if (step.room.type !== 'personal') {
		const hazard = hazards[step.area.id];
		const item = hazard ? itemById(hazard) : undefined;
		if (item && open().some((question) => itemsOf(question).includes(item))) {
			if (item.group) act({ kind: 'tick', itemId: item.id });
			else if (item.kind === 'hazard')
				act({ kind: 'answer', itemId: item.id, value: item.hazardWhen });
		}
	}
	for (let guard = 0; guard < 100; guard++) {
		const left = restFine(step, answers, asking).left[0];
		if (!left) break;
		act(answerFor(left));
	}
	const fine = restFine(step, answers, asking);
	if (fine.questions.length > 0) {
		act({ kind: 'rest-fine', questions: fine.questions.length, goesOn: !last });
		if (open().length > 0) throw new Error(`${step.area.id}: questions open after going on`);
	}
	for (let guard = 0; guard < 100; guard++) {
		const next = open()[0];
		if (!next) return actions;
		act(answerFor(next));
	}
	throw new Error(`The plan for ${step.area.id} does not end`);
}

/** Whether a screen's actions ended by going on to the next screen (no Next needed). */
export function wentOn(actions: readonly WalkAction[]): boolean {
	const last = actions.at(-1);
	return last?.kind === 'rest-fine' && last.goesOn;
}

/** The rooms of a check with the kinds of the form's defaults, with ids of the model's own. */
export function defaultRooms(): Room[] {
	return DEFAULT_KINDS.map((type, i) => ({ id: `room-${i + 1}`, type, name: '' }));
}

/** The asking of a check made on the form: its region and mode. */
export function askingFor(region: Region, mode: CheckMode): Asking {
	return { region, quick: mode === 'quick' };
}

/**
 * The whole walk of the default home in the model: every screen's actions, Next between
 * screens, and the questions answered and hazards found at the end. The browser must tap the
 * same.
 */
export function plannedWalk(region: Region, mode: CheckMode) {
	const rooms = defaultRooms();
	const asking = askingFor(region, mode);
	const answers: WalkAnswers = new Map();
	const steps = stepsOf({ rooms });
	const actions: WalkAction[] = [];
	steps.forEach((step, i) => {
		const last = i === steps.length - 1;
		const done = screenActions(step, answers, asking, WALK_HAZARDS, last);
		actions.push(...done);
		if (!last && !wentOn(done)) actions.push({ kind: 'next' });
	});
	const progress = steps.map((step) => stepProgress(step, answers, asking));
	return {
		actions,
		taps: tally(actions, formTaps(mode)),
		answered: progress.reduce((sum, p) => sum + p.answered, 0),
		total: progress.reduce((sum, p) => sum + p.total, 0),
		hazards: progress.reduce((sum, p) => sum + p.hazards, 0)
	};
}

/** One screen of a walk as the browser found it. */
export interface ScreenSeen {
	/** The screen's address (from /checks/…). */
	path: string;
	title: string;
	/** Question cards on the screen (a tick list is one). */
	cards: number;
	/** Boxes of the tick lists on it. */
	boxes: number;
	/** The page's scroll height and the window's height, in CSS pixels. */
	scrollHeight: number;
	viewportHeight: number;
}

/** The figures of a walk with Next through a fresh check. */
export function freshFigures(screens: readonly ScreenSeen[]) {
	if (screens.length === 0) throw new Error('No screen was seen');
	const longest = screens.reduce((a, b) => (b.cards > a.cards ? b : a));
	return {
		screens: screens.length,
		questions: screens.reduce((sum, s) => sum + s.cards, 0),
		boxes: screens.reduce((sum, s) => sum + s.boxes, 0),
		longest: longest.cards,
		longestTitle: longest.title,
		screensOfScrolling: screens.reduce((sum, s) => sum + s.scrollHeight / s.viewportHeight, 0)
	};
}

/** The question cards and boxes each screen of a fresh check shows, by the rules. */
export function freshByRules(region: Region, mode: CheckMode) {
	const asking = askingFor(region, mode);
	return stepsOf({ rooms: defaultRooms() }).map((step) => {
		const questions = stepQuestions(step, new Map(), asking);
		return {
			area: step.area.id,
			cards: questions.length,
			boxes: questions
				.filter((q) => q.kind === 'group')
				.reduce((sum, q) => sum + itemsOf(q).length, 0)
		};
	});
}
