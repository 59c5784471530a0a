import { describe, expect, it } from 'vitest';
import { answerKey, applyChange, type Answer, type Room } from './check';
import {
	checkSummary,
	isAsked,
	itemsFor,
	neighbour,
	roomName,
	roomProgress,
	fallRiskTestItems,
	fallRiskTestResult,
	sectionsFor,
	unansweredItems
} from './rules';
import { itemById } from './catalogue';
import type { AnswerValue } from './types';

const stairs: Room = { id: 'r1', type: 'stairs', name: '' };
const bathroom1: Room = { id: 'r2', type: 'bathroom', name: '' };
const bathroom2: Room = { id: 'r3', type: 'bathroom', name: '' };
const person: Room = { id: 'p1', type: 'personal', name: '' };

/** Answers from [roomId, itemId, value] triples. */
function answers(...given: [string, string, AnswerValue][]): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, value]) => [
			answerKey(roomId, itemId),
			{ checkId: 'c', roomId, itemId, value, changedAt: { value: 1 } }
		])
	);
}

describe('which items a room asks', () => {
	it('asks a bathroom about grab rails and the bath mat, not about the stairs', () => {
		const ids = itemsFor('bathroom').map((item) => item.id);
		expect(ids).toContain('bathroom.grab-rail');
		expect(ids).toContain('bathroom.bath-mat');
		expect(ids).not.toContain('stairs.rail-both-sides');
	});

	it('asks the shared floor items in every room type that has floors', () => {
		for (const type of ['living', 'kitchen', 'bedroom', 'other'] as const) {
			expect(itemsFor(type).map((item) => item.id)).toContain('general.floor-clear');
		}
	});

	it('gives a person one section per personal topic, in order', () => {
		expect(sectionsFor('personal').map((s) => s.area.id)).toEqual([
			'footwear',
			'medicines',
			'eyesight',
			'balance',
			'exercise',
			'bones'
		]);
	});

	it('asks a follow-up question only after the answer that calls for it', () => {
		const aid = itemById('balance.aid-condition')!;
		expect(isAsked(aid, answers(), person.id)).toBe(false);
		expect(isAsked(aid, answers([person.id, 'balance.walking-aid', 'no']), person.id)).toBe(false);
		expect(isAsked(aid, answers([person.id, 'balance.walking-aid', 'yes']), person.id)).toBe(true);
	});
});

describe('progress and hazards of a room', () => {
	it('counts answered items and hazards by each item’s hazard answer', () => {
		// rail-both-sides: "no" is the hazard; stairs.carrying: "yes" is the hazard; clear: "yes" is safe.
		const given = answers(
			[stairs.id, 'stairs.rail-both-sides', 'no'],
			[stairs.id, 'stairs.carrying', 'yes'],
			[stairs.id, 'stairs.clear', 'yes'],
			[bathroom1.id, 'bathroom.grab-rail', 'no']
		);
		const progress = roomProgress(stairs, given);
		expect(progress.answered).toBe(3);
		expect(progress.hazards).toBe(2);
		expect(progress.total).toBe(itemsFor('stairs').length);
	});

	it('counts "not applicable" as answered and not as a hazard', () => {
		const progress = roomProgress(bathroom1, answers([bathroom1.id, 'bathroom.bath-mat', 'na']));
		expect(progress).toMatchObject({ answered: 1, hazards: 0 });
	});

	it('keeps two bathrooms apart', () => {
		const given = answers([bathroom1.id, 'bathroom.grab-rail', 'no']);
		expect(roomProgress(bathroom1, given).hazards).toBe(1);
		expect(roomProgress(bathroom2, given).hazards).toBe(0);
	});

	it('adds the rooms up for the whole check', () => {
		const given = answers(
			[stairs.id, 'stairs.rail-both-sides', 'no'],
			[bathroom1.id, 'bathroom.grab-rail', 'no'],
			[bathroom2.id, 'bathroom.grab-rail', 'yes']
		);
		const summary = checkSummary([stairs, bathroom1, bathroom2], given);
		expect(summary).toEqual({
			answered: 3,
			hazards: 2,
			total: itemsFor('stairs').length + 2 * itemsFor('bathroom').length
		});
	});

	it('lists what is still unanswered, follow-up questions only once they are asked', () => {
		const unanswered = unansweredItems(person, answers([person.id, 'balance.walking-aid', 'yes']));
		const ids = unanswered.map((item) => item.id);
		expect(ids).toContain('balance.aid-condition');
		expect(ids).not.toContain('balance.walking-aid');
		const without = unansweredItems(person, answers([person.id, 'balance.walking-aid', 'no']));
		expect(without.map((item) => item.id)).not.toContain('balance.aid-condition');
	});
});

describe('the 12-question fall-risk screen', () => {
	const yes = (...ids: string[]) =>
		answers(...ids.map((id) => [person.id, id, 'yes'] as [string, string, AnswerValue]));
	const all = fallRiskTestItems().map((item) => item.id);

	it('has 12 questions worth 14 points', () => {
		expect(all).toHaveLength(12);
		expect(fallRiskTestResult(person.id, answers()).maxScore).toBe(14);
	});

	it('scores 2 for a fall in the past year and 2 for a walking aid: at risk at 4', () => {
		const result = fallRiskTestResult(person.id, yes('balance.fallen', 'balance.walking-aid'));
		expect(result).toMatchObject({ score: 4, verdict: 'at-risk', answered: 2 });
	});

	it('scores 1 for each of the other questions: three of them are not yet at risk', () => {
		const result = fallRiskTestResult(
			person.id,
			yes('balance.unsteady', 'balance.worried', 'balance.sad')
		);
		expect(result).toMatchObject({ score: 3, verdict: 'incomplete' });
	});

	it('says "low risk" only when all 12 are answered and the score stays under 4', () => {
		const given = answers(
			...all.map((id) => [person.id, id, 'no'] as [string, string, AnswerValue]),
			[person.id, 'balance.fallen', 'yes'],
			[person.id, 'balance.kerb', 'yes']
		);
		expect(fallRiskTestResult(person.id, given)).toMatchObject({
			score: 3,
			answered: 12,
			verdict: 'low-risk'
		});
	});

	it('counts 4 one-point answers as at risk', () => {
		const result = fallRiskTestResult(
			person.id,
			yes('balance.unsteady', 'balance.furniture', 'balance.kerb', 'balance.numb-feet')
		);
		expect(result).toMatchObject({ score: 4, verdict: 'at-risk' });
	});
});

describe('room names and moving through the home', () => {
	const rooms = [stairs, bathroom1, bathroom2, { ...person, name: 'Mrs Jansen' }];

	it('numbers rooms of the same kind and uses the name the user gave', () => {
		expect(roomName(bathroom1, rooms, 'en')).toBe('Bathroom 1');
		expect(roomName(bathroom2, rooms, 'nl')).toBe('Badkamer 2');
		expect(roomName(rooms[3]!, rooms, 'en')).toBe('Mrs Jansen');
		expect(roomName(stairs, rooms, 'en')).not.toMatch(/\d/);
	});

	it('finds the previous and next room, and none past the ends', () => {
		const check = {
			id: 'c',
			label: '',
			checkedBy: 'nurse' as const,
			visitDate: '',
			createdAt: 0,
			updatedAt: 0,
			rooms,
			summary: { answered: 0, total: 0, hazards: 0 }
		};
		expect(neighbour(check, bathroom1.id, 1)?.id).toBe(bathroom2.id);
		expect(neighbour(check, bathroom1.id, -1)?.id).toBe(stairs.id);
		expect(neighbour(check, stairs.id, -1)).toBeUndefined();
		expect(neighbour(check, person.id, 1)).toBeUndefined();
	});
});

describe('applyChange', () => {
	it('sets a field and remembers when', () => {
		const next = applyChange(undefined, {
			checkId: 'c',
			roomId: 'r',
			itemId: 'i',
			field: 'note',
			value: 'Loose',
			at: 5
		});
		expect(next).toMatchObject({ note: 'Loose', changedAt: { note: 5 } });
	});

	it('ignores a change older than the one stored, and clears a field set to nothing', () => {
		const base: Answer = {
			checkId: 'c',
			roomId: 'r',
			itemId: 'i',
			note: 'New',
			changedAt: { note: 10 }
		};
		expect(applyChange(base, { ...base, field: 'note', value: 'Old', at: 9 })).toBeUndefined();
		const cleared = applyChange(base, { ...base, field: 'note', value: '', at: 11 });
		expect(cleared!.note).toBeUndefined();
	});
});
