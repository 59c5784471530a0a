import { describe, expect, it } from 'vitest';
import { answerKey, type Answer, type AnswerFields, type Check, type Room } from './check';
import { makePlan } from './plan';
import {
	actionsByPart,
	countsByPart,
	gpLetter,
	gpLetters,
	harmRank,
	PART_OWNERS,
	PARTS,
	partName,
	partOf,
	topActions
} from './parts';
import { OWNERS } from './types';

const stairs: Room = { id: 'stairs', type: 'stairs', name: '' };
const bathroom: Room = { id: 'bath', type: 'bathroom', name: '' };
const kitchen: Room = { id: 'kitchen', type: 'kitchen', name: '' };
const person: Room = { id: 'me', type: 'personal', name: 'Ans' };
const other: Room = { id: 'you', type: 'personal', name: 'Bert' };

function check(rooms: Room[]): Check {
	return {
		id: 'c',
		label: 'Home',
		checkedBy: 'nurse',
		visitDate: '2026-11-25',
		createdAt: 0,
		updatedAt: 0,
		rooms,
		region: 'nl',
		mode: 'full',
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
	};
}

function answers(...given: [Room, string, AnswerFields][]): Map<string, Answer> {
	return new Map(
		given.map(([room, itemId, fields]) => [
			answerKey(room.id, itemId),
			{ checkId: 'c', roomId: room.id, itemId, changedAt: {}, ...fields }
		])
	);
}

/** id of each action, as room:item. */
function ids(actions: { room: Room; item: { id: string } }[]): string[] {
	return actions.map((action) => `${action.room.id}:${action.item.id}`);
}

/**
 * A small home worked by hand. High: things on the stairs (self), the bath mat (family, changed
 * to the landlord), the grab rail (handyman, done), the medication review (pharmacist, asked
 * after sleeping pills). Medium: the second stair rail (council), 30 minutes a day (self).
 */
const home = check([stairs, bathroom, person]);
const given = answers(
	[stairs, 'stairs.rail-any', { value: 'yes' }],
	[stairs, 'stairs.rail-both-sides', { value: 'no' }],
	[stairs, 'stairs.things-on-steps', { value: 'yes' }],
	[bathroom, 'bathroom.bath-mat', { value: 'no', owner: 'landlord' }],
	[bathroom, 'bathroom.grab-rail', { value: 'no', done: true }],
	[person, 'medicines.sleeping-pills', { value: 'yes' }],
	[person, 'medicines.review', { value: 'no' }],
	[person, 'exercise.daily-30', { value: 'no' }]
);

describe('the parts of a plan', () => {
	it('puts every owner in exactly one part', () => {
		const listed = PARTS.flatMap((part) => PART_OWNERS[part]);
		expect([...listed].sort()).toEqual([...OWNERS].sort());
		expect(OWNERS.map((owner) => [owner, partOf(owner)])).toEqual([
			['self', 'self'],
			['family', 'family'],
			['nurse', 'care'],
			['physio', 'care'],
			['gp', 'gp'],
			['pharmacist', 'gp'],
			['optician', 'care'],
			['ot', 'care'],
			['handyman', 'handyman'],
			['landlord', 'landlord'],
			['council', 'council'],
			['dietitian', 'care'],
			['podiatrist', 'care']
		]);
	});

	it('names the parts in both languages, the council by region', () => {
		expect(partName('council', 'general')).toEqual({ en: 'The local council', nl: 'De gemeente' });
		expect(partName('council', 'nl')).toEqual({
			en: 'The council’s Wmo desk',
			nl: 'Wmo-loket van de gemeente'
		});
		expect(partName('handyman', 'nl')).toEqual({ en: 'Handyman', nl: 'Klusjesman' });
		expect(partName('gp', 'general').nl).toBe('Huisarts en apotheker');
		expect(partName('care', 'general').en).toBe('Other care professionals');
	});

	it('groups the actions by who acts, in the parts’ order, each in plan order', () => {
		const plan = makePlan(home, given);
		expect(ids(plan.actions)).toEqual([
			'stairs:stairs.things-on-steps',
			'bath:bathroom.bath-mat',
			'bath:bathroom.grab-rail',
			'me:medicines.review',
			'stairs:stairs.rail-both-sides',
			'me:exercise.daily-30'
		]);
		expect(actionsByPart(plan).map(({ part, actions }) => [part, ids(actions)])).toEqual([
			['self', ['stairs:stairs.things-on-steps', 'me:exercise.daily-30']],
			['handyman', ['bath:bathroom.grab-rail']],
			['landlord', ['bath:bathroom.bath-mat']],
			['council', ['stairs:stairs.rail-both-sides']],
			['gp', ['me:medicines.review']]
		]);
		expect(countsByPart(plan)).toEqual({
			self: { total: 2, done: 0 },
			family: { total: 0, done: 0 },
			handyman: { total: 1, done: 1 },
			landlord: { total: 1, done: 0 },
			council: { total: 1, done: 0 },
			care: { total: 0, done: 0 },
			gp: { total: 1, done: 0 }
		});
	});
});

describe('the most important actions', () => {
	it('puts open before done, high before medium, then the stairs, the bathroom, the person', () => {
		const plan = makePlan(home, given);
		// High and open: stairs (harm 1), bathroom (2), person (4); medium: stairs, person; done last.
		expect(ids(topActions(plan))).toEqual([
			'stairs:stairs.things-on-steps',
			'bath:bathroom.bath-mat',
			'me:medicines.review',
			'stairs:stairs.rail-both-sides',
			'me:exercise.daily-30'
		]);
		expect(ids(topActions(plan, 6)).at(-1)).toBe('bath:bathroom.grab-rail');
		expect(topActions(plan, 2)).toHaveLength(2);
		expect(topActions({ actions: [] })).toEqual([]);
	});

	it('ranks harm: confusion, then stairs and heights, bathroom, night route, person, the rest', () => {
		const rank = (room: Room, id: string) => harmRank({ room, item: { id } as never });
		const living: Room = { id: 'l', type: 'living', name: '' };
		const bedroom: Room = { id: 'b', type: 'bedroom', name: '' };
		const whole: Room = { id: 'h', type: 'home', name: '' };
		expect(rank(person, 'health.confused')).toBe(0);
		expect(rank(stairs, 'general.loose-rug')).toBe(1);
		expect(rank(kitchen, 'kitchen.climbing')).toBe(1);
		expect(rank(bathroom, 'bathroom.grab-rail')).toBe(2);
		expect(rank(bedroom, 'bedroom.light-from-bed')).toBe(3);
		expect(rank(whole, 'home.night-route-lit')).toBe(3);
		expect(rank(person, 'medicines.review')).toBe(4);
		expect(rank(living, 'general.loose-rug')).toBe(5);
		expect(rank(kitchen, 'kitchen.reach')).toBe(5);
	});

	it('takes at most two of one priority from one room while other rooms have one', () => {
		// Four high hazards on the stairs, one high in the bathroom, one low in the kitchen.
		const rooms = check([stairs, bathroom, kitchen]);
		const found = answers(
			[stairs, 'stairs.rail-any', { value: 'no' }],
			[stairs, 'stairs.things-on-steps', { value: 'yes' }],
			[stairs, 'stairs.step-loose', { value: 'yes' }],
			[stairs, 'stairs.covering-loose', { value: 'yes' }],
			[bathroom, 'bathroom.grab-rail', { value: 'no' }],
			[kitchen, 'kitchen.reach', { value: 'no', priority: 'low' }]
		);
		const plan = makePlan(rooms, found);
		expect(ids(topActions(plan, 3))).toEqual([
			'stairs:stairs.rail-any',
			'stairs:stairs.things-on-steps',
			'bath:bathroom.grab-rail'
		]);
		// The cap never lets a lower priority in before a higher one.
		expect(ids(topActions(plan, 5))).toEqual([
			'stairs:stairs.rail-any',
			'stairs:stairs.things-on-steps',
			'bath:bathroom.grab-rail',
			'stairs:stairs.step-loose',
			'stairs:stairs.covering-loose'
		]);
	});
});

describe('the letter for the GP', () => {
	/**
	 * Ans fell and was hurt (high), is not unsteady but worried; TUG 18.5 s, 4 m in 6.2 s, no
	 * chair stand; sleeping pills without a review; dizzy on standing; a parent with a broken
	 * hip and no bone scan; no fall programme; eyes tested this year; suddenly confused;
	 * arthritis.
	 */
	const rooms = check([stairs, person, other]);
	const ans = answers(
		[person, 'balance.fallen', { value: 'yes' }],
		[person, 'balance.unsteady', { value: 'no' }],
		[person, 'balance.worried', { value: 'yes' }],
		[person, 'falls.injured', { value: 'yes' }],
		[person, 'falls.two-or-more', { value: 'no' }],
		[person, 'falls.lay-long', { value: 'no' }],
		[person, 'falls.blackout', { value: 'no' }],
		[person, 'falls.frail', { value: 'no' }],
		[person, 'falls.tug', { measured: 18.5 }],
		[person, 'falls.walk-4m', { measured: 6.2 }],
		[person, 'falls.chair-stand', { value: 'na' }],
		[person, 'medicines.sleeping-pills', { value: 'yes' }],
		[person, 'medicines.sedatives', { value: 'no' }],
		[person, 'medicines.review', { value: 'no' }],
		[person, 'balance.dizzy-standing', { value: 'yes' }],
		[person, 'bones.family', { value: 'yes' }],
		[person, 'bones.checked', { value: 'no' }],
		[person, 'exercise.fall-programme', { value: 'no' }],
		[person, 'eyesight.test', { value: 'yes' }],
		[person, 'health.confused', { value: 'yes' }],
		[person, 'health.arthritis', { value: 'yes' }],
		[stairs, 'stairs.rail-any', { value: 'no' }]
	);

	it('gives the level and how it was found, the medicines, the risk factors and the questions', () => {
		const letter = gpLetter(rooms, ans, person);
		expect(letter.fallRisk.level).toBe('high');
		expect(letter.keyAnswers).toEqual({ fallen: true, unsteady: false, worried: true });
		expect(letter.severity.map((item) => item.id)).toEqual(['falls.injured']);
		expect(letter.measured).toEqual({
			tugSeconds: 18.5,
			walkSeconds: 6.2,
			gaitSpeed: 4 / 6.2,
			notDone: ['falls.chair-stand']
		});
		expect(letter.fallRiskTest.score).toBe(3); // fallen 2 + worried 1
		expect(letter.medicines.answered).toBe(true);
		expect(letter.medicines.taken.map((item) => item.id)).toEqual(['medicines.sleeping-pills']);
		expect(letter.otherRiskFactors.map((item) => item.id)).toEqual([
			'health.arthritis',
			'bones.family'
		]);
		expect(letter.questions.map(({ id, because }) => [id, because])).toEqual([
			['falls-assessment', ['falls.injured']],
			['medication-review', ['medicines.sleeping-pills']],
			['orthostatic', ['balance.dizzy-standing']],
			['bone-density', ['bones.family']],
			['fall-programme', ['balance.fallen', 'balance.worried']]
		]);
		// Each GP or pharmacist action is said once: under its question, or as "also found".
		expect(letter.questions.map((question) => ids(question.actions))).toEqual([
			[],
			['me:medicines.review'],
			['me:balance.dizzy-standing'],
			['me:bones.checked'],
			[]
		]);
		expect(ids(letter.otherActions)).toEqual(['me:health.confused']);
		expect(letter.pharmacist).toBe(true);
	});

	it('asks only what applies: no review done this year, an eye test, no programme at low risk', () => {
		const bert = answers(
			[other, 'balance.fallen', { value: 'no' }],
			[other, 'balance.unsteady', { value: 'no' }],
			[other, 'balance.worried', { value: 'no' }],
			[other, 'medicines.blood-pressure', { value: 'yes' }],
			[other, 'medicines.review', { value: 'yes' }],
			[other, 'eyesight.test', { value: 'no' }],
			[other, 'eyesight.getting-worse', { value: 'yes' }]
		);
		const letter = gpLetter(rooms, bert, other);
		expect(letter.fallRisk.level).toBe('low');
		expect(letter.measured).toEqual({ notDone: [] });
		expect(letter.questions.map(({ id, because }) => [id, because])).toEqual([
			['eye-test', ['eyesight.getting-worse', 'eyesight.test']]
		]);
		expect(ids(letter.questions[0]!.actions)).toEqual(['you:eyesight.getting-worse']);
		expect(letter.otherActions).toEqual([]);
		expect(letter.pharmacist).toBe(false);
	});

	it('says when the medicines were not asked, and refers to a programme at intermediate risk', () => {
		const cees = answers(
			[other, 'balance.fallen', { value: 'no' }],
			[other, 'balance.unsteady', { value: 'yes' }],
			[other, 'balance.worried', { value: 'no' }],
			[other, 'falls.tug', { measured: 16 }]
		);
		const letter = gpLetter(rooms, cees, other);
		expect(letter.fallRisk.level).toBe('intermediate');
		expect(letter.medicines).toEqual({ answered: false, taken: [] });
		expect(letter.questions.map((question) => question.id)).toEqual(['fall-programme']);
		const inProgramme = new Map(cees).set(answerKey(other.id, 'exercise.fall-programme'), {
			checkId: 'c',
			roomId: other.id,
			itemId: 'exercise.fall-programme',
			changedAt: {},
			value: 'yes'
		});
		expect(gpLetter(rooms, inProgramme, other).questions).toEqual([]);
	});

	it('makes a letter for each person with answers', () => {
		expect(gpLetters(rooms, ans).map((letter) => letter.person.id)).toEqual(['me']);
		expect(gpLetters(check([stairs]), ans)).toEqual([]);
	});
});
