/**
 * The rules over a check: which items a room asks, its progress and hazards, the fall-risk
 * test's score and verdict. Pure functions over the catalogue and the answers.
 */
import { areaById, itemsForArea } from './catalogue';
import { answerKey, type Answer, type Check, type CheckSummary, type Room } from './check';
import {
	PERSONAL_TOPICS,
	type AnswerValue,
	type Area,
	type Item,
	type Language,
	type RoomKind,
	type Text
} from './types';

/** All answers of a check, by `answerKey(roomId, itemId)`. */
export type Answers = ReadonlyMap<string, Answer>;

/** The name of the section that holds one person's personal factors. */
export const PERSONAL_SECTION: Text = { en: 'Personal factors', nl: 'Persoonlijke factoren' };

/** A group of items shown under one heading in a room: the room's area, or a personal topic. */
export interface Section {
	area: Area;
	items: Item[];
}

/** The sections a room of this type asks, in order: one for a room, six for a person. */
export function sectionsFor(type: RoomKind): Section[] {
	const areas = type === 'personal' ? [...PERSONAL_TOPICS] : [type];
	return areas.map((id) => ({ area: areaById(id)!, items: itemsForArea(id) }));
}

/** Every item a room of this type may ask, in order. */
export function itemsFor(type: RoomKind): Item[] {
	return sectionsFor(type).flatMap((section) => section.items);
}

/** The answer value given for an item in a room, if any. */
export function valueOf(answers: Answers, roomId: string, itemId: string): AnswerValue | undefined {
	return answers.get(answerKey(roomId, itemId))?.value;
}

/** Whether an item is asked, given the answers so far: a follow-up question waits for its cue. */
export function isAsked(item: Item, answers: Answers, roomId: string): boolean {
	if (!item.askWhen) return true;
	return valueOf(answers, roomId, item.askWhen.item) === item.askWhen.answer;
}

/** Whether an answer marks a hazard for this item. */
export function isHazard(item: Item, value: AnswerValue | undefined): boolean {
	return value !== undefined && value === item.hazardWhen;
}

/** The items a room asks now, in order. */
export function askedItems(room: Room, answers: Answers): Item[] {
	return itemsFor(room.type).filter((item) => isAsked(item, answers, room.id));
}

/** Answered, asked and hazardous items of one room. */
export function roomProgress(room: Room, answers: Answers): CheckSummary {
	const summary: CheckSummary = { answered: 0, total: 0, hazards: 0 };
	for (const item of askedItems(room, answers)) {
		const value = valueOf(answers, room.id, item.id);
		summary.total += 1;
		if (value !== undefined) summary.answered += 1;
		if (isHazard(item, value)) summary.hazards += 1;
	}
	return summary;
}

/** The counts of a whole check: every room and person added up. */
export function checkSummary(rooms: readonly Room[], answers: Answers): CheckSummary {
	const summary: CheckSummary = { answered: 0, total: 0, hazards: 0 };
	for (const room of rooms) {
		const progress = roomProgress(room, answers);
		summary.answered += progress.answered;
		summary.total += progress.total;
		summary.hazards += progress.hazards;
	}
	return summary;
}

/** The items of a room that are asked and not yet answered. */
export function unansweredItems(room: Room, answers: Answers): Item[] {
	return askedItems(room, answers).filter((item) => !valueOf(answers, room.id, item.id));
}

/** The fall-risk test's cut-off: this many points or more means at risk of falling. */
export const FALL_RISK_TEST_AT_RISK = 4;

export interface FallRiskTestResult {
	score: number;
	maxScore: number;
	answered: number;
	total: number;
	/** 'at-risk' as soon as the score reaches the cut-off; 'low-risk' only when all are answered. */
	verdict: 'at-risk' | 'low-risk' | 'incomplete';
}

/** The items of the 12-question fall-risk test, in order. */
export function fallRiskTestItems(): Item[] {
	return itemsFor('personal').filter((item) => item.fallRiskTestPoints !== undefined);
}

/** The score and verdict of the fall-risk test for one person (a 'personal' room). */
export function fallRiskTestResult(personId: string, answers: Answers): FallRiskTestResult {
	const items = fallRiskTestItems();
	let score = 0;
	let answered = 0;
	let maxScore = 0;
	for (const item of items) {
		const value = valueOf(answers, personId, item.id);
		maxScore += item.fallRiskTestPoints ?? 0;
		if (value !== undefined) answered += 1;
		if (isHazard(item, value)) score += item.fallRiskTestPoints ?? 0;
	}
	const verdict =
		score >= FALL_RISK_TEST_AT_RISK
			? 'at-risk'
			: answered === items.length
				? 'low-risk'
				: 'incomplete';
	return { score, maxScore, answered, total: items.length, verdict };
}

/** The name a room is shown with: the user's, else the type's name, numbered among its kind. */
export function roomName(room: Room, rooms: readonly Room[], language: Language): string {
	if (room.name.trim()) return room.name.trim();
	const base =
		room.type === 'personal' ? PERSONAL_SECTION[language] : areaById(room.type)!.name[language];
	const sameType = rooms.filter((other) => other.type === room.type);
	if (sameType.length < 2) return base;
	return `${base} ${sameType.findIndex((other) => other.id === room.id) + 1}`;
}

/** The room after (or before) this one in the home, for "next room" and "previous room". */
export function neighbour(check: Check, roomId: string, step: 1 | -1): Room | undefined {
	const index = check.rooms.findIndex((room) => room.id === roomId);
	return index < 0 ? undefined : check.rooms[index + step];
}
