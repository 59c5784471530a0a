import { describe, expect, it } from 'vitest';
import { answerKey, type Answer, type Check, type Room } from './check';
import { itemById } from './catalogue';
import { actionFix, compareVisits, makePlan, planActions } from './plan';
import type { AnswerFields } from './check';

const stairs: Room = { id: 'stairs', type: 'stairs', name: '' };
const bathroom: Room = { id: 'bath', type: 'bathroom', name: '' };
const person: Room = { id: 'me', type: 'personal', name: '' };

function check(rooms: Room[]): Check {
	return {
		id: 'c',
		label: 'Home',
		checkedBy: 'family',
		visitDate: '2026-11-25',
		createdAt: 0,
		updatedAt: 0,
		rooms,
		summary: { answered: 0, total: 0, hazards: 0 }
	};
}

function answers(...given: [string, string, AnswerFields][]): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, fields]) => [
			answerKey(roomId, itemId),
			{ checkId: 'c', roomId, itemId, changedAt: {}, ...fields }
		])
	);
}

describe('the action plan', () => {
	const home = check([stairs, bathroom, person]);

	it('makes an action of every hazard, high priority first, then in the home’s room order', () => {
		const given = answers(
			[bathroom.id, 'bathroom.night-light', { value: 'no' }], // medium
			[stairs.id, 'stairs.edges-visible', { value: 'no' }], // medium
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }], // high
			[stairs.id, 'stairs.clear', { value: 'yes' }] // safe: no action
		);
		const ids = planActions(home, given).map((a) => `${a.room.id}:${a.item.id}`);
		expect(ids).toEqual([
			'bath:bathroom.grab-rail',
			'stairs:stairs.edges-visible',
			'bath:bathroom.night-light'
		]);
	});

	it('uses the checklist’s fix and owner unless the user changed them', () => {
		const given = answers(
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }],
			[
				stairs.id,
				'stairs.rail-both-sides',
				{
					value: 'no',
					fix: 'Son fits rail in May',
					owner: 'family',
					priority: 'low',
					done: true,
					due: '2027-05-01'
				}
			]
		);
		const [grab, rail] = planActions(home, given);
		expect(actionFix(grab!, 'nl')).toBe(itemById('bathroom.grab-rail')!.fix.nl);
		expect(grab!.fixOverride).toBeUndefined();
		expect(actionFix(rail!, 'nl')).toBe('Son fits rail in May');
		expect(rail).toMatchObject({
			fixOverride: 'Son fits rail in May',
			owner: 'family',
			priority: 'low',
			done: true,
			due: '2027-05-01'
		});
	});

	it('writes the default fix in the language asked for, and a fix the user emptied as empty', () => {
		const given = answers(
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }],
			[stairs.id, 'stairs.rail-both-sides', { value: 'no', fix: '' }]
		);
		const actions = planActions(home, given);
		const grab = actions.find((a) => a.item.id === 'bathroom.grab-rail');
		const rail = actions.find((a) => a.item.id === 'stairs.rail-both-sides');
		expect(actionFix(grab!, 'en')).toBe(itemById('bathroom.grab-rail')!.fix.en);
		expect(actionFix(grab!, 'nl')).toBe(itemById('bathroom.grab-rail')!.fix.nl);
		expect(actionFix(rail!, 'en')).toBe('');
	});

	it('leaves out a follow-up question’s hazard when the question is no longer asked', () => {
		const given = answers(
			[person.id, 'balance.walking-aid', { value: 'no' }],
			[person.id, 'balance.aid-condition', { value: 'no' }]
		);
		expect(planActions(home, given).map((a) => a.item.id)).toEqual([]);
	});

	it('groups home actions by priority then room, and keeps personal advice apart', () => {
		const given = answers(
			[stairs.id, 'stairs.rail-both-sides', { value: 'no' }],
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }],
			[bathroom.id, 'bathroom.night-light', { value: 'no' }],
			[person.id, 'balance.fallen', { value: 'yes' }],
			[person.id, 'balance.walking-aid', { value: 'yes' }],
			[person.id, 'medicines.sleeping-pills', { value: 'yes' }]
		);
		const plan = makePlan(home, given);
		expect(plan.home.map((g) => [g.priority, g.rooms.map((r) => r.room.id)])).toEqual([
			['high', ['stairs', 'bath']],
			['medium', ['bath']]
		]);
		expect(plan.personal).toHaveLength(1);
		expect(plan.personal[0]!.fallRiskTest).toMatchObject({ score: 4, verdict: 'at-risk' });
		expect(plan.personal[0]!.actions.map((a) => a.item.id)).toEqual(
			expect.arrayContaining(['balance.fallen', 'balance.walking-aid', 'medicines.sleeping-pills'])
		);
		expect(plan.actions).toHaveLength(6);
	});
});

describe('comparing a follow-up visit with the one before', () => {
	it('finds hazards resolved, still there, and new', () => {
		const rooms = [stairs, bathroom];
		const earlier = answers(
			[stairs.id, 'stairs.rail-both-sides', { value: 'no' }],
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }],
			[bathroom.id, 'bathroom.bath-mat', { value: 'yes' }]
		);
		const now = answers(
			[stairs.id, 'stairs.rail-both-sides', { value: 'yes' }],
			[bathroom.id, 'bathroom.grab-rail', { value: 'no' }],
			[bathroom.id, 'bathroom.bath-mat', { value: 'no' }]
		);
		const result = compareVisits(
			{ check: check(rooms), answers: earlier },
			{ check: check(rooms), answers: now }
		);
		expect(result.resolved.map((a) => a.item.id)).toEqual(['stairs.rail-both-sides']);
		expect(result.remaining.map((a) => a.item.id)).toEqual(['bathroom.grab-rail']);
		expect(result.added.map((a) => a.item.id)).toEqual(['bathroom.bath-mat']);
	});

	it('does not call a hazard resolved when it was simply not answered again', () => {
		const rooms = [stairs];
		const result = compareVisits(
			{ check: check(rooms), answers: answers([stairs.id, 'stairs.clear', { value: 'no' }]) },
			{ check: check(rooms), answers: answers() }
		);
		expect(result.resolved).toEqual([]);
	});
});
