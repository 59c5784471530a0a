/**
 * The action plan: every hazard found becomes an action with its fix, who acts, its priority,
 * an optional due date and whether it is done. Ordered by priority, then by room, then by the
 * checklist's order; personal factors form their own part, with the person's fall-risk level
 * and the risk factors to mention to the GP (which are never actions).
 */
import { answerKey, type Answer, type Check, type Room } from './check';
import type { FallRiskResult } from './fall-risk';
import {
	askingOf,
	fallRiskOf,
	fallRiskTestResult,
	isAsked,
	isHazard,
	isRiskFactor,
	itemFix,
	itemsFor,
	valueOf,
	type Answers,
	type FallRiskTestResult
} from './rules';
import {
	PRIORITIES,
	type HazardItem,
	type Language,
	type Owner,
	type Priority,
	type Region,
	type RiskFactorItem
} from './types';

/**
 * One thing to do about one hazard: the item and what the user decided about it. Texts are not
 * kept here; they are resolved in the reader's language when shown (`actionFix`).
 */
export interface Action {
	room: Room;
	item: HazardItem;
	priority: Priority;
	/** The user's own wording of the fix, when they rewrote it ('' when they cleared it). */
	fixOverride?: string;
	owner: Owner;
	due?: string;
	done: boolean;
	/** The answer was copied from the earlier visit and not confirmed yet. */
	fromPrevious: boolean;
}

function toAction(room: Room, item: HazardItem, answer: Answer): Action {
	return {
		room,
		item,
		priority: answer.priority ?? item.priority,
		fixOverride: answer.fix,
		owner: answer.owner ?? item.owner,
		due: answer.due,
		done: answer.done ?? false,
		fromPrevious: answer.fromPrevious ?? false
	};
}

/** The fix of an action as shown: the user's own text, else the checklist's for the region. */
export function actionFix(action: Action, language: Language, region: Region): string {
	return action.fixOverride ?? itemFix(action.item, region)[language];
}

/** Every hazard of the check as an action, ordered by priority, then room, then checklist order. */
export function planActions(check: Check, answers: Answers): Action[] {
	const asking = askingOf(check);
	const actions: Action[] = [];
	for (const room of check.rooms) {
		for (const item of itemsFor(room.type)) {
			const answer = answers.get(answerKey(room.id, item.id));
			if (!answer || !isHazard(item, answer.value) || !isAsked(item, answers, room.id, asking))
				continue;
			actions.push(toAction(room, item as HazardItem, answer));
		}
	}
	// Array.prototype.sort is stable: within a priority the room and checklist order stay.
	return actions.sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));
}

/** The actions of one priority, by room in the home's order. */
export interface PriorityGroup {
	priority: Priority;
	rooms: { room: Room; actions: Action[] }[];
}

/**
 * One person's advice: the fall-risk level and the 12-question test, the actions from their
 * personal factors, and the risk factors to mention to the GP.
 */
export interface PersonalAdvice {
	person: Room;
	fallRisk: FallRiskResult;
	fallRiskTest: FallRiskTestResult;
	actions: Action[];
	riskFactors: RiskFactorItem[];
}

/** The risk factors found for a person, in asking order: to mention to the GP, not to tick. */
export function riskFactorsOf(check: Check, person: Room, answers: Answers): RiskFactorItem[] {
	const asking = askingOf(check);
	return itemsFor(person.type).filter(
		(item): item is RiskFactorItem =>
			isRiskFactor(item, valueOf(answers, person.id, item.id)) &&
			isAsked(item, answers, person.id, asking)
	);
}

export interface Plan {
	/** Hazards in the rooms, grouped by priority, then room. */
	home: PriorityGroup[];
	/** The personal factors, one part per person checked. */
	personal: PersonalAdvice[];
	/** All actions, in plan order. */
	actions: Action[];
}

/** The plan of a check, grouped as the screen and the PDF show it. */
export function makePlan(check: Check, answers: Answers): Plan {
	const actions = planActions(check, answers);
	const home: PriorityGroup[] = [];
	for (const priority of PRIORITIES) {
		const rooms = check.rooms
			.filter((room) => room.type !== 'personal')
			.map((room) => ({
				room,
				actions: actions.filter((a) => a.priority === priority && a.room.id === room.id)
			}))
			.filter((group) => group.actions.length > 0);
		if (rooms.length > 0) home.push({ priority, rooms });
	}
	const personal = check.rooms
		.filter((room) => room.type === 'personal')
		.map((person) => ({
			person,
			fallRisk: fallRiskOf(person.id, answers),
			fallRiskTest: fallRiskTestResult(person.id, answers),
			actions: actions.filter((a) => a.room.id === person.id),
			riskFactors: riskFactorsOf(check, person, answers)
		}));
	return { home, personal, actions };
}

/** How a follow-up visit compares with the visit before it. */
export interface VisitComparison {
	/**
	 * Open at the earlier visit and fixed now: answered safe (or not applicable), or its action
	 * ticked done. The action as it is now, or as it was when the hazard is gone.
	 */
	resolved: Action[];
	/** Hazards found now that were not hazards on the earlier visit (or not asked then). */
	added: Action[];
	/** Open now and a hazard at the earlier visit too (a fix done then that did not hold, too). */
	remaining: Action[];
}

/**
 * Compare a follow-up visit with the earlier one, room by room and item by item. An action done
 * at the earlier visit and still done (or since answered safe) is no change; a hazard of a room
 * removed since, or of a question not asked now, is neither fixed nor open.
 */
export function compareVisits(
	earlier: { check: Check; answers: Answers },
	now: { check: Check; answers: Answers }
): VisitComparison {
	const key = (action: Action) => answerKey(action.room.id, action.item.id);
	const before = new Map(planActions(earlier.check, earlier.answers).map((a) => [key(a), a]));
	const after = planActions(now.check, now.answers);
	const afterKeys = new Set(after.map(key));
	const comparison: VisitComparison = { resolved: [], added: [], remaining: [] };
	for (const action of before.values()) {
		if (action.done || afterKeys.has(key(action))) continue;
		const value = valueOf(now.answers, action.room.id, action.item.id);
		const asked = now.check.rooms.some((room) => room.id === action.room.id);
		if (asked && value !== undefined && !isHazard(action.item, value))
			comparison.resolved.push(action);
	}
	for (const action of after) {
		const then = before.get(key(action));
		if (!then) comparison.added.push(action);
		else if (!action.done) comparison.remaining.push(action);
		else if (!then.done) comparison.resolved.push(action);
	}
	return comparison;
}

/** What changed in one room between two visits: fixed, still open, new. */
export interface RoomChange {
	room: Room;
	fixed: Action[];
	open: Action[];
	added: Action[];
}

/**
 * A comparison room by room, in the order of the visit now (a room of the earlier visit only,
 * since removed, comes after): fixed, still open and new side by side.
 */
export function changesByRoom(comparison: VisitComparison, rooms: readonly Room[]): RoomChange[] {
	const byId = new Map<string, RoomChange>();
	const entry = (room: Room) => {
		let change = byId.get(room.id);
		if (!change) byId.set(room.id, (change = { room, fixed: [], open: [], added: [] }));
		return change;
	};
	for (const room of rooms) entry(room);
	for (const action of comparison.resolved) entry(action.room).fixed.push(action);
	for (const action of comparison.remaining) entry(action.room).open.push(action);
	for (const action of comparison.added) entry(action.room).added.push(action);
	return [...byId.values()].filter((c) => c.fixed.length + c.open.length + c.added.length > 0);
}
