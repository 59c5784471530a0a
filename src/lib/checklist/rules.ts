/**
 * The rules over a check: the screens of its walk, which questions each asks given the answers
 * so far (follow-ups, the region, the quick check), progress and findings, the fall-risk level
 * and the 12-question test, and room names. Pure functions over the catalogue and the answers.
 */
import { areaById, groupById, itemById, itemsForArea } from './catalogue';
import { answerKey, type Answer, type Check, type CheckSummary, type Room } from './check';
import { askWhenHolds } from './conditions';
import {
	fallRisk,
	fallRiskTest,
	FALL_RISK_LEVELS,
	FALL_RISK_TEST_MAX,
	type FallRiskLevel,
	type FallRiskResult,
	type FallRiskTestVerdict
} from './fall-risk';
import {
	PERSONAL_TOPICS,
	type AnswerValue,
	type Area,
	type AreaId,
	type Group,
	type HazardItem,
	type Item,
	type Language,
	type Region,
	type RoomKind,
	type Text
} from './types';

/** All answers of a check, by `answerKey(roomId, itemId)`. */
export type Answers = ReadonlyMap<string, Answer>;

/** The name of the section that holds one person's personal factors. */
export const PERSONAL_SECTION: Text = { en: 'Personal factors', nl: 'Persoonlijke factoren' };

/**
 * What decides which items a check asks besides the answers: its region and its mode; and
 * whether it is a follow-up visit, where progress counts what was checked again.
 */
export interface Asking {
	region: Region;
	quick: boolean;
	followUp?: boolean;
}

/** How a check asks. */
export function askingOf(check: Pick<Check, 'region' | 'mode'> & { previousId?: string }): Asking {
	return { region: check.region, quick: check.mode === 'quick', followUp: !!check.previousId };
}

/** The areas a room of this kind asks, in walk order: its own, or a person's eight topics. */
export function areasOf(kind: RoomKind): AreaId[] {
	return kind === 'personal' ? [...PERSONAL_TOPICS] : [kind];
}

/** Every item a room of this kind may ask, each once, in catalogue order. */
export function itemsFor(kind: RoomKind): readonly Item[] {
	let items = ITEMS_BY_KIND.get(kind);
	if (!items) {
		const seen = new Set<string>();
		items = areasOf(kind)
			.flatMap((area) => itemsForArea(area))
			.filter((item) => !seen.has(item.id) && !!seen.add(item.id));
		ITEMS_BY_KIND.set(kind, items);
	}
	return items;
}
const ITEMS_BY_KIND = new Map<RoomKind, readonly Item[]>();

/** The answer value given for an item in a room, if any. */
export function valueOf(answers: Answers, roomId: string, itemId: string): AnswerValue | undefined {
	return answers.get(answerKey(roomId, itemId))?.value;
}

/** What a timed test measured in a room (a person), unless it could not be done. */
export function measuredOf(answers: Answers, roomId: string, itemId: string): number | undefined {
	const answer = answers.get(answerKey(roomId, itemId));
	return answer?.value === 'na' ? undefined : answer?.measured;
}

/**
 * Whether an item is asked now: in this region, in the quick check when it is one, and after
 * the answers its follow-up waits for.
 */
export function isAsked(item: Item, answers: Answers, roomId: string, asking: Asking): boolean {
	if (item.regions && !item.regions.includes(asking.region)) return false;
	if (asking.quick && !item.quick) return false;
	return askWhenHolds(item.askWhen, (id) => valueOf(answers, roomId, id));
}

/** Whether an item has its answer: a value, or for a timed test a measure or "could not". */
export function isAnswered(item: Item, answer: Answer | undefined): boolean {
	if (!answer) return false;
	if (item.kind === 'measure') return answer.measured !== undefined || answer.value === 'na';
	return answer.value !== undefined;
}

/** Whether an answer is a finding of this item: a hazard or a risk factor present. */
export function isFinding(item: Item, value: AnswerValue | undefined): boolean {
	return (item.kind === 'hazard' || item.kind === 'risk-factor') && value === item.hazardWhen;
}

/** Whether an answer marks a hazard: something to fix, an action of the plan. */
export function isHazard(item: Item, value: AnswerValue | undefined): boolean {
	return item.kind === 'hazard' && value === item.hazardWhen;
}

/** Whether an answer marks a risk factor: something to mention to the GP, not an action. */
export function isRiskFactor(item: Item, value: AnswerValue | undefined): boolean {
	return item.kind === 'risk-factor' && value === item.hazardWhen;
}

/**
 * The answer that says "nothing found here", for "Everything else here is fine": the other
 * side of a finding, a room gate's own safe answer. Undefined where only the user can answer
 * (a timed test, a question about the person).
 */
export function safeAnswer(item: Item): AnswerValue | undefined {
	if (item.kind === 'hazard' || item.kind === 'risk-factor')
		return item.hazardWhen === 'yes' ? 'no' : 'yes';
	if (item.kind === 'context') return item.safeAnswer;
	return undefined;
}

/** Why an item matters, as said in a region (the region's own text where it has one). */
export function itemWhy(item: Item, region: Region): Text {
	return item.regional?.[region]?.why ?? item.why;
}

/** What to do about a hazard, as said in a region (the region's own text where it has one). */
export function itemFix(item: HazardItem, region: Region): Text {
	return item.regional?.[region]?.fix ?? item.fix;
}

/** A question of a screen: one item, or a tick list of items asked together. */
export type Question =
	{ kind: 'item'; item: Item } | { kind: 'group'; group: Group; items: readonly Item[] };

/** The items of a question. */
export function itemsOf(question: Question): readonly Item[] {
	return question.kind === 'item' ? [question.item] : question.items;
}

/** A question's id on its screen: the item's or the tick list's. */
export function questionId(question: Question): string {
	return question.kind === 'item' ? question.item.id : question.group.id;
}

/** Items as questions: the boxes of a tick list together, in catalogue order. */
export function asQuestions(items: readonly Item[]): Question[] {
	const questions: Question[] = [];
	for (const item of items) {
		const last = questions.at(-1);
		if (item.group && last?.kind === 'group' && last.group.id === item.group) {
			last.items = [...last.items, item];
		} else if (item.group) {
			questions.push({ kind: 'group', group: groupById(item.group)!, items: [item] });
		} else {
			questions.push({ kind: 'item', item });
		}
	}
	return questions;
}

/** Whether a question is answered: its item, or every box of its tick list. */
export function isQuestionAnswered(question: Question, answers: Answers, roomId: string): boolean {
	return itemsOf(question).every((item) =>
		isAnswered(item, answers.get(answerKey(roomId, item.id)))
	);
}

/**
 * Whether a question was answered at this visit: on a follow-up, an answer copied from the
 * visit before counts only once it is confirmed or changed.
 */
export function isQuestionRechecked(question: Question, answers: Answers, roomId: string): boolean {
	return itemsOf(question).every((item) => {
		const answer = answers.get(answerKey(roomId, item.id));
		return isAnswered(item, answer) && !answer?.fromPrevious;
	});
}

/** One screen of the walk: a room of the home, the whole home, or one topic of a person. */
export interface Step {
	room: Room;
	area: Area;
}

/** Every screen of a check's walk, in order: its rooms as listed, a person's topics in order. */
export function stepsOf(check: Pick<Check, 'rooms'>): Step[] {
	return check.rooms.flatMap((room) =>
		areasOf(room.type).map((area) => ({ room, area: areaById(area)! }))
	);
}

/** The screen of a room (and for a person, of one topic); undefined when there is none. */
export function stepOf(
	check: Pick<Check, 'rooms'>,
	roomId: string,
	topic?: string
): Step | undefined {
	return stepsOf(check).find(
		(step) => step.room.id === roomId && (topic === undefined || step.area.id === topic)
	);
}

/** The route parameters of a screen: `/checks/[id]/rooms/[roomId]/[topic]`. */
export function stepParams(
	checkId: string,
	step: Step
): { id: string; roomId: string; topic: string } {
	return { id: checkId, roomId: step.room.id, topic: step.area.id };
}

/** The screen after (1) or before (-1) one, in the walk. */
export function neighbourStep(
	check: Pick<Check, 'rooms'>,
	step: Step,
	move: 1 | -1
): Step | undefined {
	const steps = stepsOf(check);
	const index = steps.findIndex((s) => s.room.id === step.room.id && s.area.id === step.area.id);
	return index < 0 ? undefined : steps[index + move];
}

/** The questions a screen asks now, in order. */
export function stepQuestions(step: Step, answers: Answers, asking: Asking): Question[] {
	const items = itemsForArea(step.area.id).filter((item) =>
		isAsked(item, answers, step.room.id, asking)
	);
	return asQuestions(items);
}

/** The questions a room asks now (for a person, all topics, each question once). */
export function roomQuestions(room: Room, answers: Answers, asking: Asking): Question[] {
	return asQuestions(itemsFor(room.type).filter((item) => isAsked(item, answers, room.id, asking)));
}

/**
 * Progress and findings of some questions of a room. On a follow-up visit `answered` counts
 * what was checked again, not what was copied.
 */
function countQuestions(
	questions: readonly Question[],
	answers: Answers,
	roomId: string,
	followUp = false
) {
	const summary = { answered: 0, total: 0, hazards: 0, openActions: 0 };
	const done = followUp ? isQuestionRechecked : isQuestionAnswered;
	for (const question of questions) {
		summary.total += 1;
		if (done(question, answers, roomId)) summary.answered += 1;
		for (const item of itemsOf(question)) {
			const answer = answers.get(answerKey(roomId, item.id));
			if (!isHazard(item, answer?.value)) continue;
			summary.hazards += 1;
			if (!answer?.done) summary.openActions += 1;
		}
	}
	return summary;
}

/** Answered and asked questions, and hazards, of one screen. */
export function stepProgress(step: Step, answers: Answers, asking: Asking): CheckSummary {
	return countQuestions(
		stepQuestions(step, answers, asking),
		answers,
		step.room.id,
		asking.followUp
	);
}

/** Answered and asked questions, and hazards, of one room (for a person: every topic). */
export function roomProgress(room: Room, answers: Answers, asking: Asking): CheckSummary {
	return countQuestions(roomQuestions(room, answers, asking), answers, room.id, asking.followUp);
}

/** The counts of a whole check for the list: every room and person added up, and the risk. */
export function checkSummary(
	check: Pick<Check, 'rooms' | 'region' | 'mode'> & { previousId?: string },
	answers: Answers
) {
	const asking = askingOf(check);
	const summary: CheckSummary = { answered: 0, total: 0, hazards: 0, openActions: 0 };
	let highest = -1;
	for (const room of check.rooms) {
		const progress = roomProgress(room, answers, asking);
		summary.answered += progress.answered;
		summary.total += progress.total;
		summary.hazards += progress.hazards;
		summary.openActions += progress.openActions;
		if (room.type !== 'personal') continue;
		const level = fallRiskOf(room.id, answers).level;
		if (level) highest = Math.max(highest, FALL_RISK_LEVELS.indexOf(level));
	}
	if (highest >= 0) summary.riskLevel = FALL_RISK_LEVELS[highest];
	return summary;
}

/** The questions of a room that are asked and not yet answered (on a follow-up: not checked again). */
export function unansweredQuestions(room: Room, answers: Answers, asking: Asking): Question[] {
	const done = asking.followUp ? isQuestionRechecked : isQuestionAnswered;
	return roomQuestions(room, answers, asking).filter(
		(question) => !done(question, answers, room.id)
	);
}

/** The fall-risk level of one person (a 'personal' room), after the World Guidelines. */
export function fallRiskOf(personId: string, answers: Answers): FallRiskResult {
	return fallRisk({
		valueOf: (id) => valueOf(answers, personId, id),
		measuredOf: (id) => measuredOf(answers, personId, id)
	});
}

/** The fall-risk test's cut-off: this many points or more means at risk of falling. */
export { FALL_RISK_TEST_CUT_OFF as FALL_RISK_TEST_AT_RISK } from './fall-risk';

export interface FallRiskTestResult {
	score: number;
	maxScore: number;
	answered: number;
	total: number;
	verdict: FallRiskTestVerdict;
}

/** The items of the 12-question fall-risk test, in order. */
export function fallRiskTestItems(): Item[] {
	return itemsForArea('selftest').filter((item) => item.fallRiskTestPoints !== undefined);
}

/** The score and verdict of the 12-question fall-risk test for one person. */
export function fallRiskTestResult(personId: string, answers: Answers): FallRiskTestResult {
	const items = fallRiskTestItems();
	const result = fallRiskTest(items, (id) => valueOf(answers, personId, id));
	return { ...result, maxScore: FALL_RISK_TEST_MAX, total: items.length };
}

/** The level's place among the levels, for sorting and comparing (-1 when not known). */
export function levelRank(level: FallRiskLevel | undefined): number {
	return level ? FALL_RISK_LEVELS.indexOf(level) : -1;
}

/** The name a room is shown with: the user's, else the kind's name, numbered among its kind. */
export function roomName(room: Room, rooms: readonly Room[], language: Language): string {
	if (room.name.trim()) return room.name.trim();
	const base =
		room.type === 'personal' ? PERSONAL_SECTION[language] : areaById(room.type)!.name[language];
	const sameType = rooms.filter((other) => other.type === room.type);
	if (sameType.length < 2) return base;
	return `${base} ${sameType.findIndex((other) => other.id === room.id) + 1}`;
}

/** A person without a name, among several: "Person 2". */
const PERSON: Text = { en: 'Person', nl: 'Persoon' };

/** Who a person's screens are about: their name, "Person 2" among several, else nobody named. */
export function personName(room: Room, rooms: readonly Room[], language: Language): string {
	if (room.name.trim()) return room.name.trim();
	const people = rooms.filter((other) => other.type === 'personal');
	return people.length > 1 ? `${PERSON[language]} ${people.indexOf(room) + 1}` : '';
}

/** The title of a screen: the room's name, or "Personal factors: Medicines — Jan de Vries". */
export function stepTitle(step: Step, rooms: readonly Room[], language: Language): string {
	if (step.room.type !== 'personal') return roomName(step.room, rooms, language);
	const topic = `${PERSONAL_SECTION[language]}: ${step.area.name[language]}`;
	const person = personName(step.room, rooms, language);
	return person ? `${topic} — ${person}` : topic;
}

/** The item an answer is for, when this version's checklist knows it. */
export { itemById };
