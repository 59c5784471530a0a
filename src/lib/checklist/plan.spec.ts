import { describe, expect, it } from 'vitest';
import { itemById } from './catalogue';
import { answerKey, type Answer, type AnswerFields, type Check, type Room } from './check';
import {
	actionFix,
	changesByRoom,
	compareVisits,
	makePlan,
	planActions,
	riskFactorsOf,
	type Action
} from './plan';
import { itemFix } from './rules';
import type { AnswerValue, HazardItem } from './types';

const hall: Room = { id: 'hall', type: 'stairs', name: '' };
const bath: Room = { id: 'bath', type: 'bathroom', name: '' };
const home: Room = { id: 'home', type: 'home', name: '' };
const jan: Room = { id: 'jan', type: 'personal', name: 'Jan' };
const ria: Room = { id: 'ria', type: 'personal', name: 'Ria' };

function check(rooms: Room[], overrides: Partial<Check> = {}): Check {
	return {
		id: 'c',
		label: 'Home',
		checkedBy: 'family',
		visitDate: '2026-11-25',
		createdAt: 0,
		updatedAt: 0,
		rooms,
		region: 'nl',
		mode: 'full',
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 },
		...overrides
	};
}

/** Answers from [roomId, itemId, value or fields]. */
function answers(
	...given: [string, string, AnswerValue | (AnswerFields & { fromPrevious?: boolean })][]
): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, fields]) => [
			answerKey(roomId, itemId),
			{
				checkId: 'c',
				roomId,
				itemId,
				changedAt: {},
				...(typeof fields === 'string' ? { value: fields } : fields)
			}
		])
	);
}

const hazard = (id: string) => itemById(id) as HazardItem;
const where = (actions: readonly Action[]) => actions.map((a) => `${a.room.id}:${a.item.id}`);

describe('the actions of the plan', () => {
	const walk = check([hall, bath, home, jan]);
	const given = answers(
		[hall.id, 'stairs.rail-any', 'yes'], // fine
		[hall.id, 'stairs.rail-both-sides', 'no'], // medium
		[hall.id, 'stairs.things-on-steps', 'yes'], // high
		[hall.id, 'stairs.step-loose', 'no'], // fine
		[hall.id, 'general.cord', 'yes'], // high, later in the checklist
		[bath.id, 'bathroom.grab-rail', 'no'], // high
		[bath.id, 'bathroom.shower-seat', 'no'], // medium
		[bath.id, 'bathroom.bath-mat', 'yes'], // fine
		[home.id, 'home.switch-far', 'yes'], // medium
		[home.id, 'home.no-torch', 'yes'], // low
		[jan.id, 'footwear.indoor-shoes', 'no'], // high
		[jan.id, 'balance.fallen', 'yes'], // a risk factor
		[jan.id, 'medicines.sleeping-pills', 'yes'] // a risk factor
	);

	it('makes an action of every hazard only: high priority first, then by room, then in checklist order', () => {
		expect(where(planActions(walk, given))).toEqual([
			'hall:stairs.things-on-steps',
			'hall:general.cord',
			'bath:bathroom.grab-rail',
			'jan:footwear.indoor-shoes',
			'hall:stairs.rail-both-sides',
			'bath:bathroom.shower-seat',
			'home:home.switch-far',
			'home:home.no-torch'
		]);
	});

	it('orders by the priority the user chose, and follows the rooms as they are ordered', () => {
		const changed = new Map(given);
		changed.set(answerKey(hall.id, 'stairs.rail-both-sides'), {
			...given.get(answerKey(hall.id, 'stairs.rail-both-sides'))!,
			priority: 'high'
		});
		changed.set(answerKey(hall.id, 'stairs.things-on-steps'), {
			...given.get(answerKey(hall.id, 'stairs.things-on-steps'))!,
			priority: 'low'
		});
		const actions = where(planActions(walk, changed));
		expect(actions.slice(0, 3)).toEqual([
			'hall:stairs.rail-both-sides',
			'hall:general.cord',
			'bath:bathroom.grab-rail'
		]);
		// Within a priority, the room order holds: the hall before the whole home.
		expect(actions.slice(-2)).toEqual(['hall:stairs.things-on-steps', 'home:home.no-torch']);
		// The bathroom moved before the hall: its high action comes first now.
		const reordered = check([bath, hall, home, jan]);
		expect(where(planActions(reordered, given)).slice(0, 2)).toEqual([
			'bath:bathroom.grab-rail',
			'hall:stairs.things-on-steps'
		]);
	});

	it('never makes an action of a risk factor, a question that steers, or a timed test', () => {
		const items = planActions(walk, given).map((a) => a.item.kind);
		expect(new Set(items)).toEqual(new Set(['hazard']));
		const steering = answers(
			[home.id, 'home.alarm', 'no'],
			[jan.id, 'balance.unsteady', 'yes'],
			[jan.id, 'falls.tug', { measured: 30 }],
			[jan.id, 'health.lives-alone', 'yes']
		);
		expect(planActions(walk, steering)).toEqual([]);
	});

	it('leaves out the hazard of a follow-up that is no longer asked', () => {
		const stale = answers(
			[jan.id, 'balance.walking-aid', 'no'],
			[jan.id, 'balance.aid-condition', 'no'],
			[hall.id, 'stairs.rail-any', 'na'],
			[hall.id, 'stairs.rail-both-sides', 'no']
		);
		expect(planActions(walk, stale)).toEqual([]);
		const asked = answers(
			[jan.id, 'balance.walking-aid', 'yes'],
			[jan.id, 'balance.aid-condition', 'no']
		);
		expect(where(planActions(walk, asked))).toEqual(['jan:balance.aid-condition']);
	});

	it('leaves out what the quick check does not ask once a check is made quick', () => {
		const full = answers([hall.id, 'stairs.rail-any', 'no'], [hall.id, 'stairs.carrying', 'yes']);
		expect(where(planActions(walk, full))).toEqual([
			'hall:stairs.rail-any',
			'hall:stairs.carrying'
		]);
		expect(where(planActions({ ...walk, mode: 'quick' }, full))).toEqual(['hall:stairs.rail-any']);
	});

	it('keeps the checklist’s owner and priority unless the user changed them, with due date and done', () => {
		const fields = answers(
			[bath.id, 'bathroom.grab-rail', 'no'],
			[
				home.id,
				'home.switch-far',
				{
					value: 'yes',
					owner: 'family',
					priority: 'low',
					done: true,
					due: '2027-05-01',
					fromPrevious: true
				}
			]
		);
		const [grab, switchFar] = planActions(walk, fields);
		expect(grab).toMatchObject({
			owner: 'handyman',
			priority: 'high',
			done: false,
			fromPrevious: false
		});
		expect(grab!.due).toBeUndefined();
		expect(switchFar).toMatchObject({
			owner: 'family',
			priority: 'low',
			done: true,
			due: '2027-05-01',
			fromPrevious: true
		});
	});
});

describe('the fix of an action', () => {
	const walk = check([hall, bath]);
	const of = (given: Map<string, Answer>, id: string) =>
		planActions(walk, given).find((a) => a.item.id === id)!;

	it('is the user’s own text when they rewrote it, in every language and region', () => {
		const action = of(
			answers(
				[hall.id, 'stairs.rail-any', 'yes'],
				[hall.id, 'stairs.rail-both-sides', { value: 'no', fix: 'Son fits rail in May' }]
			),
			'stairs.rail-both-sides'
		);
		expect(action.fixOverride).toBe('Son fits rail in May');
		expect(actionFix(action, 'nl', 'nl')).toBe('Son fits rail in May');
		expect(actionFix(action, 'en', 'general')).toBe('Son fits rail in May');
	});

	it('stays empty when the user emptied it, rather than falling back to the checklist', () => {
		const action = of(
			answers([bath.id, 'bathroom.grab-rail', { value: 'no', fix: '' }]),
			'bathroom.grab-rail'
		);
		expect(actionFix(action, 'en', 'nl')).toBe('');
	});

	it('is the checklist’s text for the check’s region, in the language asked for', () => {
		const given = answers(
			[hall.id, 'stairs.rail-any', 'yes'],
			[hall.id, 'stairs.rail-both-sides', 'no'],
			[bath.id, 'bathroom.grab-rail', 'no']
		);
		const rail = of(given, 'stairs.rail-both-sides');
		expect(rail.fixOverride).toBeUndefined();
		expect(actionFix(rail, 'nl', 'nl')).toBe(itemFix(rail.item, 'nl').nl);
		expect(actionFix(rail, 'nl', 'nl')).toMatch(/Wmo-loket/);
		expect(actionFix(rail, 'en', 'nl')).toMatch(/Wmo desk/);
		expect(actionFix(rail, 'en', 'general')).toMatch(/home adaptations assessment/);
		expect(actionFix(rail, 'en', 'general')).not.toBe(hazard('stairs.rail-both-sides').fix.en);
		// Without a text of its own for the region, the item's text.
		const grab = of(given, 'bathroom.grab-rail');
		expect(actionFix(grab, 'en', 'general')).toBe(hazard('bathroom.grab-rail').fix.en);
		expect(actionFix(grab, 'nl', 'nl')).toMatch(/thuiszorgwinkel/);
	});
});

describe('risk factors', () => {
	const walk = check([hall, home, jan, ria]);
	const given = answers(
		[jan.id, 'balance.fallen', 'yes'],
		[jan.id, 'health.parkinson', 'yes'],
		[jan.id, 'medicines.sleeping-pills', 'yes'],
		[jan.id, 'bones.age', 'yes'],
		[jan.id, 'bones.family', 'no'],
		[jan.id, 'footwear.indoor-shoes', 'no'],
		[ria.id, 'balance.unsteady', 'yes'],
		// How bad a fall was, answered although Ria did not fall: not asked, not listed.
		[ria.id, 'falls.injured', 'yes']
	);

	it('lists each person’s risk factors apart, in asking order, only where present and asked', () => {
		expect(riskFactorsOf(walk, jan, given).map((i) => i.id)).toEqual([
			'balance.fallen',
			'health.parkinson',
			'medicines.sleeping-pills',
			'bones.age'
		]);
		expect(riskFactorsOf(walk, ria, given).map((i) => i.id)).toEqual(['balance.unsteady']);
		expect(riskFactorsOf(walk, hall, given)).toEqual([]);
	});

	it('never turns a risk factor into an action', () => {
		expect(where(planActions(walk, given))).toEqual(['jan:footwear.indoor-shoes']);
	});
});

describe('the plan as shown and printed', () => {
	const walk = check([hall, bath, home, jan, ria]);
	const given = answers(
		[hall.id, 'stairs.rail-any', 'no'], // high
		[bath.id, 'bathroom.grab-rail', 'no'], // high
		[bath.id, 'bathroom.shower-seat', 'no'], // medium
		[home.id, 'home.no-torch', 'yes'], // low
		[jan.id, 'footwear.indoor-shoes', 'no'], // high, personal
		[jan.id, 'balance.fallen', 'yes'],
		[jan.id, 'falls.injured', 'yes'],
		[jan.id, 'balance.walking-aid', 'yes'],
		[ria.id, 'balance.fallen', 'no'],
		[ria.id, 'balance.unsteady', 'no'],
		[ria.id, 'balance.worried', 'no']
	);

	it('groups the home’s actions by priority, then room, without the persons', () => {
		const plan = makePlan(walk, given);
		expect(
			plan.home.map((group) => [
				group.priority,
				group.rooms.map((r) => [r.room.id, r.actions.map((a) => a.item.id)])
			])
		).toEqual([
			[
				'high',
				[
					['hall', ['stairs.rail-any']],
					['bath', ['bathroom.grab-rail']]
				]
			],
			['medium', [['bath', ['bathroom.shower-seat']]]],
			['low', [['home', ['home.no-torch']]]]
		]);
		expect(plan.actions).toHaveLength(5);
		expect(where(plan.actions)).toEqual(where(planActions(walk, given)));
	});

	it('gives each person a part of their own: fall-risk level, the 12-question test, actions and risk factors', () => {
		const [first, second] = makePlan(walk, given).personal;
		expect(first!.person.id).toBe('jan');
		expect(first!.fallRisk.level).toBe('high');
		expect(first!.fallRiskTest).toMatchObject({ score: 4, verdict: 'at-risk' });
		expect(first!.actions.map((a) => a.item.id)).toEqual(['footwear.indoor-shoes']);
		expect(first!.riskFactors.map((i) => i.id)).toEqual([
			'balance.fallen',
			'falls.injured',
			'balance.walking-aid'
		]);
		expect(second!.person.id).toBe('ria');
		expect(second!.fallRisk.level).toBe('low');
		expect(second!.actions).toEqual([]);
		expect(second!.riskFactors).toEqual([]);
	});

	it('has no home part for a check of persons only, and no persons for a home only', () => {
		expect(makePlan(check([jan]), given).home).toEqual([]);
		expect(makePlan(check([hall, bath]), given).personal).toEqual([]);
	});
});

describe('comparing a follow-up visit with the one before', () => {
	const rooms = [hall, bath, home];
	const compare = (
		before: Map<string, Answer>,
		after: Map<string, Answer>,
		roomsBefore = rooms,
		roomsAfter = rooms
	) => {
		const result = compareVisits(
			{ check: check(roomsBefore), answers: before },
			{ check: check(roomsAfter), answers: after }
		);
		return {
			resolved: where(result.resolved),
			added: where(result.added),
			remaining: where(result.remaining)
		};
	};

	it('finds the hazards resolved, still there, and new', () => {
		const earlier = answers(
			[hall.id, 'stairs.rail-any', 'yes'],
			[hall.id, 'stairs.rail-both-sides', 'no'],
			[bath.id, 'bathroom.grab-rail', 'no'],
			[bath.id, 'bathroom.bath-mat', 'yes'],
			[home.id, 'home.switch-far', 'yes']
		);
		const now = answers(
			[hall.id, 'stairs.rail-any', 'yes'],
			[hall.id, 'stairs.rail-both-sides', 'yes'],
			[bath.id, 'bathroom.grab-rail', 'no'],
			[bath.id, 'bathroom.bath-mat', 'no'],
			[home.id, 'home.switch-far', 'no']
		);
		expect(compare(earlier, now)).toEqual({
			resolved: ['hall:stairs.rail-both-sides', 'home:home.switch-far'],
			added: ['bath:bathroom.bath-mat'],
			remaining: ['bath:bathroom.grab-rail']
		});
	});

	it('calls a hazard resolved when it is now not applicable, but not when it was simply not answered', () => {
		const earlier = answers(
			[bath.id, 'bathroom.bath-mat', 'no'],
			[bath.id, 'bathroom.grab-rail', 'no']
		);
		expect(compare(earlier, answers([bath.id, 'bathroom.bath-mat', 'na']))).toEqual({
			resolved: ['bath:bathroom.bath-mat'],
			added: [],
			remaining: []
		});
		expect(compare(earlier, answers())).toEqual({ resolved: [], added: [], remaining: [] });
	});

	it('counts a hazard of a question asked only now as new, even if it was answered before', () => {
		// Before: no rail at all (and an old answer about a second rail, not asked then).
		const earlier = answers(
			[hall.id, 'stairs.rail-any', 'no'],
			[hall.id, 'stairs.rail-both-sides', 'no']
		);
		// Now: one rail, fitted since; the second is still missing.
		const now = answers(
			[hall.id, 'stairs.rail-any', 'yes'],
			[hall.id, 'stairs.rail-both-sides', 'no']
		);
		expect(compare(earlier, now)).toEqual({
			resolved: ['hall:stairs.rail-any'],
			added: ['hall:stairs.rail-both-sides'],
			remaining: []
		});
	});

	it('ignores answers of an item no longer in the checklist', () => {
		// 'stairs.clear' was an item of an older checklist: this version does not know it.
		const earlier = answers([hall.id, 'stairs.clear', 'no'], [bath.id, 'bathroom.grab-rail', 'no']);
		const now = answers([hall.id, 'stairs.clear', 'yes'], [bath.id, 'bathroom.grab-rail', 'no']);
		expect(compare(earlier, now)).toEqual({
			resolved: [],
			added: [],
			remaining: ['bath:bathroom.grab-rail']
		});
		expect(compare(answers([hall.id, 'kitchen.stairlift-2030', 'no']), answers())).toEqual({
			resolved: [],
			added: [],
			remaining: []
		});
	});

	it('counts the hazards of a room added since as new, and never calls those of a room removed resolved', () => {
		const bath2: Room = { id: 'bath2', type: 'bathroom', name: 'Upstairs' };
		const earlier = answers(
			[bath.id, 'bathroom.grab-rail', 'no'],
			[hall.id, 'stairs.rail-any', 'no']
		);
		const now = answers([bath2.id, 'bathroom.grab-rail', 'no'], [hall.id, 'stairs.rail-any', 'no']);
		expect(compare(earlier, now, [hall, bath], [hall, bath2])).toEqual({
			resolved: [],
			added: ['bath2:bathroom.grab-rail'],
			remaining: ['hall:stairs.rail-any']
		});
	});

	it('ignores an item taken out of the checklist since: never fixed, open or new', () => {
		const earlier = answers(
			[bath.id, 'bathroom.retired-item', 'no'],
			[bath.id, 'bathroom.grab-rail', 'no']
		);
		const now = answers(
			[bath.id, 'bathroom.retired-item', 'yes'],
			[bath.id, 'bathroom.grab-rail', 'no']
		);
		expect(compare(earlier, now)).toEqual({
			resolved: [],
			added: [],
			remaining: ['bath:bathroom.grab-rail']
		});
	});

	it('calls an action ticked done since fixed, and one done before and still done no change', () => {
		const earlier = answers(
			[bath.id, 'bathroom.bath-mat', 'no'],
			[bath.id, 'bathroom.grab-rail', { value: 'no', done: true }]
		);
		const now = answers(
			[bath.id, 'bathroom.bath-mat', { value: 'no', done: true }],
			[bath.id, 'bathroom.grab-rail', { value: 'no', done: true }]
		);
		expect(compare(earlier, now)).toEqual({
			resolved: ['bath:bathroom.bath-mat'],
			added: [],
			remaining: []
		});
	});

	it('calls a fix done before that did not hold still open, and a done one answered safe no change', () => {
		const earlier = answers(
			[bath.id, 'bathroom.bath-mat', { value: 'no', done: true }],
			[bath.id, 'bathroom.grab-rail', { value: 'no', done: true }]
		);
		const now = answers(
			[bath.id, 'bathroom.bath-mat', 'no'],
			[bath.id, 'bathroom.grab-rail', 'yes']
		);
		expect(compare(earlier, now)).toEqual({
			resolved: [],
			added: [],
			remaining: ['bath:bathroom.bath-mat']
		});
	});
});

describe('a follow-up visit, room by room', () => {
	it('puts fixed, still open and new side by side per room, in the rooms’ order', () => {
		const rooms = [hall, bath];
		const comparison = compareVisits(
			{
				check: check(rooms),
				answers: answers(['hall', 'stairs.rail-any', 'no'], ['bath', 'bathroom.grab-rail', 'no'])
			},
			{
				check: check(rooms, { id: 'later', previousId: 'c' }),
				answers: answers(
					['hall', 'stairs.rail-any', 'yes'],
					['bath', 'bathroom.grab-rail', 'no'],
					['bath', 'bathroom.shower-grip', 'no']
				)
			}
		);
		const changes = changesByRoom(comparison, rooms);
		expect(changes.map((c) => c.room.id)).toEqual(['hall', 'bath']);
		expect(where(changes[0]!.fixed)).toEqual(['hall:stairs.rail-any']);
		expect(where(changes[1]!.open)).toEqual(['bath:bathroom.grab-rail']);
		expect(where(changes[1]!.added)).toEqual(['bath:bathroom.shower-grip']);
	});

	it('lists a room removed since after the rooms of now, and leaves out rooms where nothing changed', () => {
		const comparison = compareVisits(
			{ check: check([hall, bath]), answers: answers(['bath', 'bathroom.grab-rail', 'no']) },
			{ check: check([hall], { previousId: 'c' }), answers: answers() }
		);
		// Not answered now: the bathroom's hazard is neither fixed nor open (the room is gone).
		expect(changesByRoom(comparison, [hall])).toEqual([]);
	});
});
