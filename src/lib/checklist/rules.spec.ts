import { describe, expect, it } from 'vitest';
import { itemById, itemsForArea } from './catalogue';
import {
	answerKey,
	applyChange,
	type Answer,
	type AnswerFields,
	type Check,
	type Room
} from './check';
import {
	askingOf,
	checkSummary,
	fallRiskOf,
	fallRiskTestItems,
	fallRiskTestResult,
	isAnswered,
	isAsked,
	isFinding,
	isHazard,
	isQuestionAnswered,
	isRiskFactor,
	itemFix,
	itemsFor,
	itemsOf,
	itemWhy,
	measuredOf,
	neighbourStep,
	questionId,
	roomName,
	roomProgress,
	roomQuestions,
	safeAnswer,
	stepOf,
	stepParams,
	stepProgress,
	stepQuestions,
	stepsOf,
	stepTitle,
	unansweredQuestions,
	type Asking,
	type Question
} from './rules';
import { PERSONAL_TOPICS, type AnswerValue, type HazardItem, type Item } from './types';

const hall: Room = { id: 'hall', type: 'stairs', name: '' };
const bath1: Room = { id: 'bath1', type: 'bathroom', name: '' };
const bath2: Room = { id: 'bath2', type: 'bathroom', name: '' };
const home: Room = { id: 'home', type: 'home', name: '' };
const person: Room = { id: 'jan', type: 'personal', name: 'Jan de Vries' };
const other: Room = { id: 'p2', type: 'personal', name: '' };

const FULL: Asking = { region: 'nl', quick: false };
const QUICK: Asking = { region: 'nl', quick: true };

/** Answers from [roomId, itemId, value or fields]. */
function answers(...given: [string, string, AnswerValue | AnswerFields][]): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, fields]) => [
			answerKey(roomId, itemId),
			{
				checkId: 'c',
				roomId,
				itemId,
				changedAt: { value: 1 },
				...(typeof fields === 'string' ? { value: fields } : fields)
			}
		])
	);
}

/** The same value for several items of one room. */
function all(roomId: string, itemIds: readonly string[], value: AnswerValue) {
	return itemIds.map((id) => [roomId, id, value] as [string, string, AnswerValue]);
}

const item = (id: string): Item => {
	const found = itemById(id);
	if (!found) throw new Error(`no item ${id}`);
	return found;
};
const ids = (questions: readonly Question[]) => questions.map(questionId);
const stepOfRoom = (room: Room, topic?: string) => stepOf({ rooms: [room] }, room.id, topic)!;
/** The questions one screen asks now. */
const asks = (room: Room, given = answers(), asking = FULL, topic?: string) =>
	ids(stepQuestions(stepOfRoom(room, topic), given, asking));

const FLOOR = itemsForArea('living')
	.filter((i) => i.group === 'general.floor')
	.map((i) => i.id);
const SEVERITY = [
	'falls.injured',
	'falls.two-or-more',
	'falls.lay-long',
	'falls.blackout',
	'falls.frail'
];

function check(rooms: Room[], overrides: Partial<Check> = {}): Check {
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
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 },
		...overrides
	};
}

describe('which questions a room asks', () => {
	it('asks a bathroom the floor tick list first, then its own questions, never the stairs', () => {
		expect(asks(bath1)).toEqual([
			'general.floor',
			'bathroom.shower-grip',
			'bathroom.bath-mat',
			'bathroom.grab-rail',
			'bathroom.step-in',
			'bathroom.shower-seat'
		]);
		expect(itemsFor('bathroom').map((i) => i.id)).not.toContain('stairs.rail-any');
	});

	it('asks the seven floor boxes as one tick list in every room with a floor, not at the entrance', () => {
		expect(FLOOR).toHaveLength(7);
		for (const type of [
			'stairs',
			'living',
			'kitchen',
			'bathroom',
			'toilet',
			'bedroom',
			'other'
		] as const) {
			const questions = stepQuestions(stepOfRoom({ id: 'r', type, name: '' }), answers(), FULL);
			const floor = questions.filter((q) => questionId(q) === 'general.floor');
			expect(floor, type).toHaveLength(1);
			expect(
				itemsOf(floor[0]!).map((i) => i.id),
				type
			).toEqual(FLOOR);
			// A box is never asked again as a question of its own.
			expect(
				ids(questions).filter((id) => FLOOR.includes(id)),
				type
			).toEqual([]);
		}
		const entrance = asks({ id: 'e', type: 'entrance', name: '' });
		expect(entrance).not.toContain('general.floor');
		expect(entrance[0]).toBe('entrance.outside');
	});

	it('asks the rest of the stairs only once there are stairs, the second rail only after the first', () => {
		expect(asks(hall)).toEqual(['stairs.rail-any', 'general.floor']);
		// "Not applicable": a hall without stairs.
		expect(asks(hall, answers([hall.id, 'stairs.rail-any', 'na']))).toEqual([
			'stairs.rail-any',
			'general.floor'
		]);
		const noRail = asks(hall, answers([hall.id, 'stairs.rail-any', 'no']));
		expect(noRail).toEqual([
			'stairs.rail-any',
			'stairs.steps',
			'stairs.light',
			'stairs.carrying',
			'stairs.manage',
			'general.floor'
		]);
		const rail = asks(hall, answers([hall.id, 'stairs.rail-any', 'yes']));
		expect(rail.slice(0, 3)).toEqual(['stairs.rail-any', 'stairs.rail-both-sides', 'stairs.steps']);
		expect(isAsked(item('stairs.rail-both-sides'), answers(), hall.id, FULL)).toBe(false);
		// The answer of another room does not open it.
		const elsewhere = answers([bath1.id, 'stairs.rail-any', 'yes']);
		expect(isAsked(item('stairs.rail-both-sides'), elsewhere, hall.id, FULL)).toBe(false);
	});

	it('asks the whole home once, with the alarm follow-up only after an alarm', () => {
		expect(asks(home)).toEqual([
			'home.night-route-lit',
			'home.toilet-near',
			'home.around',
			'home.phone',
			'home.alarm',
			'home.helpers-in'
		]);
		const alarm = asks(home, answers([home.id, 'home.alarm', 'yes']));
		expect(alarm.slice(alarm.indexOf('home.alarm'), alarm.indexOf('home.alarm') + 2)).toEqual([
			'home.alarm',
			'home.alarm-worn'
		]);
		expect(asks(home, answers([home.id, 'home.alarm', 'no']))).not.toContain('home.alarm-worn');
	});

	it('gives a person eight screens in order, and asks each question once over all of them', () => {
		expect(stepsOf({ rooms: [person] }).map((s) => s.area.id)).toEqual([...PERSONAL_TOPICS]);
		expect(stepsOf({ rooms: [person] }).map((s) => s.area.id)).toEqual([
			'falls',
			'selftest',
			'health',
			'medicines',
			'footwear',
			'eyesight',
			'activity',
			'bones'
		]);
		// balance.fallen is a key question and one of the 12: on both screens, one question.
		expect(asks(person, answers(), FULL, 'falls')).toContain('balance.fallen');
		expect(asks(person, answers(), FULL, 'selftest')).toContain('balance.fallen');
		const everything = ids(roomQuestions(person, answers(), FULL));
		expect(everything.filter((id) => id === 'balance.fallen')).toHaveLength(1);
		expect(new Set(everything).size).toBe(everything.length);
	});

	it('asks how bad a fall was only after a fall, as one tick list, and the walking tests after any key answer', () => {
		expect(asks(person, answers(), FULL, 'falls')).toEqual([
			'balance.fallen',
			'balance.unsteady',
			'balance.worried',
			'falls.get-up-floor'
		]);
		const fell = stepQuestions(
			stepOfRoom(person, 'falls'),
			answers([person.id, 'balance.fallen', 'yes']),
			FULL
		);
		expect(ids(fell)).toEqual([
			'balance.fallen',
			'balance.unsteady',
			'balance.worried',
			'falls.severity',
			'falls.get-up-floor',
			'falls.tug',
			'falls.walk-4m',
			'falls.chair-stand'
		]);
		const severity = fell.find((q) => questionId(q) === 'falls.severity')!;
		expect(severity.kind).toBe('group');
		expect(itemsOf(severity).map((i) => i.id)).toEqual(SEVERITY);
		// Unsteady without a fall: the tests, but nothing about a fall.
		const unsteady = asks(
			person,
			answers([person.id, 'balance.fallen', 'no'], [person.id, 'balance.unsteady', 'yes']),
			FULL,
			'falls'
		);
		expect(unsteady).toContain('falls.tug');
		expect(unsteady).not.toContain('falls.severity');
	});

	it('asks about daily contact only of someone who lives alone, and about calling for help otherwise', () => {
		const fresh = asks(person, answers(), FULL, 'health');
		expect(fresh).toContain('health.lives-alone');
		expect(fresh).not.toContain('health.daily-contact');
		expect(fresh).not.toContain('balance.call-help');
		const alone = asks(person, answers([person.id, 'health.lives-alone', 'yes']), FULL, 'health');
		expect(alone.slice(alone.indexOf('health.lives-alone'))).toEqual([
			'health.lives-alone',
			'health.daily-contact',
			'health.call-help-alone'
		]);
		const together = asks(person, answers([person.id, 'health.lives-alone', 'no']), FULL, 'health');
		expect(together).toContain('balance.call-help');
		expect(together).not.toContain('health.daily-contact');
	});
});

describe('the quick check', () => {
	it('asks only the essentials: the first rail, the stair light and the floor in the hall', () => {
		expect(asks(hall, answers(), QUICK)).toEqual(['stairs.rail-any', 'general.floor']);
		expect(asks(hall, answers([hall.id, 'stairs.rail-any', 'yes']), QUICK)).toEqual([
			'stairs.rail-any',
			'stairs.light',
			'general.floor'
		]);
		expect(asks(bath1, answers(), QUICK)).toEqual([
			'general.floor',
			'bathroom.shower-grip',
			'bathroom.bath-mat',
			'bathroom.grab-rail'
		]);
		expect(asks(home, answers(), QUICK)).toEqual(['home.night-route-lit']);
	});

	it('never asks an item that is not marked quick, whatever was answered', () => {
		const everyYes = answers(
			...itemsFor('personal').map((i) => [person.id, i.id, 'yes'] as [string, string, AnswerValue])
		);
		for (const room of [hall, bath1, home, person]) {
			const questions = roomQuestions(room, everyYes, QUICK);
			expect(questions.length, room.id).toBeGreaterThan(0);
			for (const question of questions)
				for (const one of itemsOf(question)) expect(one.quick, one.id).toBe(true);
		}
		expect(
			isAsked(item('stairs.carrying'), answers([hall.id, 'stairs.rail-any', 'no']), hall.id, QUICK)
		).toBe(false);
	});

	it('counts fewer questions in a quick check of the same home', () => {
		const rooms = [hall, bath1, home];
		expect(checkSummary(check(rooms), answers()).total).toBe(2 + 6 + 6);
		expect(checkSummary(check(rooms, { mode: 'quick' }), answers()).total).toBe(2 + 4 + 1);
		expect(askingOf(check(rooms, { mode: 'quick', region: 'general' }))).toEqual({
			followUp: false,
			region: 'general',
			quick: true
		});
	});
});

describe('questions of one region', () => {
	// No item of the checklist is limited to a region yet: test the rule with one made up.
	const dutchOnly: Item = { ...item('home.phone'), id: 'home.test-dutch-only', regions: ['nl'] };

	it('asks an item limited to a region only in that region', () => {
		expect(isAsked(dutchOnly, answers(), home.id, { region: 'nl', quick: false })).toBe(true);
		expect(isAsked(dutchOnly, answers(), home.id, { region: 'general', quick: false })).toBe(false);
		// Every region asks an item without `regions`.
		expect(
			isAsked(item('home.phone'), answers(), home.id, { region: 'general', quick: false })
		).toBe(true);
	});

	it('still needs the quick mark and the answers its follow-up waits for', () => {
		const quick: Item = { ...dutchOnly, quick: true };
		expect(isAsked(dutchOnly, answers(), home.id, QUICK)).toBe(false);
		expect(isAsked(quick, answers(), home.id, QUICK)).toBe(true);
		expect(isAsked(quick, answers(), home.id, { region: 'general', quick: true })).toBe(false);
		const followUp: Item = { ...dutchOnly, askWhen: { item: 'home.alarm', answer: 'yes' } };
		expect(isAsked(followUp, answers(), home.id, FULL)).toBe(false);
		expect(isAsked(followUp, answers([home.id, 'home.alarm', 'yes']), home.id, FULL)).toBe(true);
	});
});

describe('progress and findings', () => {
	it('counts a tick list as one question, answered once every box has its answer', () => {
		const railYes: [string, string, AnswerValue] = [hall.id, 'stairs.rail-any', 'yes'];
		expect(stepProgress(stepOfRoom(hall), answers(), FULL)).toMatchObject({
			answered: 0,
			total: 2
		});
		const some = answers(railYes, [hall.id, 'general.loose-rug', 'yes']);
		// One box ticked, the others not answered yet: a hazard, but the list is still open.
		expect(stepProgress(stepOfRoom(hall), some, FULL)).toMatchObject({
			answered: 1,
			total: 7,
			hazards: 1
		});
		const floor = answers(
			railYes,
			...all(hall.id, FLOOR, 'no'),
			[hall.id, 'general.loose-rug', 'yes'],
			[hall.id, 'general.cord', 'yes']
		);
		expect(stepProgress(stepOfRoom(hall), floor, FULL)).toEqual({
			answered: 2,
			total: 7,
			hazards: 2,
			openActions: 2
		});
		const floorQuestion = stepQuestions(stepOfRoom(hall), floor, FULL).find(
			(q) => questionId(q) === 'general.floor'
		)!;
		expect(isQuestionAnswered(floorQuestion, floor, hall.id)).toBe(true);
		expect(isQuestionAnswered(floorQuestion, some, hall.id)).toBe(false);
	});

	it('counts "not applicable" as answered and never as a hazard', () => {
		expect(roomProgress(bath1, answers([bath1.id, 'bathroom.bath-mat', 'na']), FULL)).toMatchObject(
			{
				answered: 1,
				hazards: 0
			}
		);
	});

	it('keeps two bathrooms apart', () => {
		const given = answers([bath1.id, 'bathroom.grab-rail', 'no']);
		expect(roomProgress(bath1, given, FULL)).toMatchObject({ answered: 1, hazards: 1 });
		expect(roomProgress(bath2, given, FULL)).toMatchObject({ answered: 0, hazards: 0 });
	});

	it('ignores the answer of a follow-up that is no longer asked', () => {
		// Once there was a rail; now the hall is said to have no stairs.
		const given = answers(
			[hall.id, 'stairs.rail-any', 'na'],
			[hall.id, 'stairs.rail-both-sides', 'no']
		);
		expect(roomProgress(hall, given, FULL)).toEqual({
			answered: 1,
			total: 2,
			hazards: 0,
			openActions: 0
		});
	});

	it('counts a person’s answer once although two screens ask it, and a risk factor as no hazard', () => {
		const given = answers(
			[person.id, 'balance.fallen', 'yes'],
			[person.id, 'footwear.indoor-shoes', 'no']
		);
		expect(roomProgress(person, given, FULL)).toMatchObject({ answered: 2, hazards: 1 });
		expect(stepProgress(stepOfRoom(person, 'falls'), given, FULL).answered).toBe(1);
		expect(stepProgress(stepOfRoom(person, 'selftest'), given, FULL).answered).toBe(1);
	});

	it('tells hazards from risk factors: only a hazard is something to fix', () => {
		const rail = item('stairs.rail-any'); // a hazard when "no"
		const rug = item('general.loose-rug'); // a hazard when ticked
		const fallen = item('balance.fallen'); // a risk factor when "yes"
		expect([isFinding(rail, 'no'), isHazard(rail, 'no'), isRiskFactor(rail, 'no')]).toEqual([
			true,
			true,
			false
		]);
		for (const value of ['yes', 'na', undefined] as const) {
			expect(isFinding(rail, value), String(value)).toBe(false);
			expect(isHazard(rail, value), String(value)).toBe(false);
		}
		expect([isFinding(rug, 'yes'), isHazard(rug, 'yes'), isHazard(rug, 'no')]).toEqual([
			true,
			true,
			false
		]);
		expect([
			isFinding(fallen, 'yes'),
			isHazard(fallen, 'yes'),
			isRiskFactor(fallen, 'yes')
		]).toEqual([true, false, true]);
		expect(isRiskFactor(fallen, 'no')).toBe(false);
		// A question that only steers, and a timed test, are never findings.
		for (const value of ['yes', 'no', 'na'] as const) {
			expect(isFinding(item('home.alarm'), value)).toBe(false);
			expect(isFinding(item('health.lives-alone'), value)).toBe(false);
			expect(isFinding(item('falls.tug'), value)).toBe(false);
		}
	});

	it('takes a timed test as answered by a measured value or by "could not be done"', () => {
		const tug = item('falls.tug');
		const answer = (fields: AnswerFields): Answer => ({
			checkId: 'c',
			roomId: person.id,
			itemId: tug.id,
			changedAt: {},
			...fields
		});
		expect(isAnswered(tug, undefined)).toBe(false);
		expect(isAnswered(tug, answer({ note: 'Tired today' }))).toBe(false);
		expect(isAnswered(tug, answer({ measured: 14.2 }))).toBe(true);
		expect(isAnswered(tug, answer({ measured: 0 }))).toBe(true);
		expect(isAnswered(tug, answer({ value: 'na' }))).toBe(true);
		// Any other item needs a value: a note alone does not answer it.
		expect(isAnswered(item('stairs.rail-any'), answer({ note: 'Ask the son' }))).toBe(false);
		expect(isAnswered(item('stairs.rail-any'), answer({ value: 'na' }))).toBe(true);

		const given = answers(
			[person.id, 'falls.tug', { measured: 14.2 }],
			[person.id, 'falls.walk-4m', { value: 'na', measured: 9 }]
		);
		expect(measuredOf(given, person.id, 'falls.tug')).toBe(14.2);
		expect(measuredOf(given, person.id, 'falls.walk-4m')).toBeUndefined(); // could not be done
		expect(measuredOf(given, other.id, 'falls.tug')).toBeUndefined();
		// In a person's progress, once the tests are asked.
		const withTests = new Map([...given, ...answers([person.id, 'balance.unsteady', 'yes'])]);
		const falls = stepProgress(stepOfRoom(person, 'falls'), withTests, FULL);
		const fresh = stepProgress(
			stepOfRoom(person, 'falls'),
			answers([person.id, 'balance.unsteady', 'yes']),
			FULL
		);
		expect(falls.answered - fresh.answered).toBe(2);
	});

	it('gives "everything else is fine" the other side of a finding, and nothing where only the user knows', () => {
		expect(safeAnswer(item('stairs.rail-any'))).toBe('yes');
		expect(safeAnswer(item('general.loose-rug'))).toBe('no');
		expect(safeAnswer(item('balance.fallen'))).toBe('no');
		expect(safeAnswer(item('home.alarm'))).toBeUndefined();
		expect(safeAnswer(item('falls.tug'))).toBeUndefined();
		const gate = { ...item('home.alarm'), safeAnswer: 'na' } as Item;
		expect(safeAnswer(gate)).toBe('na');
		// The safe answer is never a finding.
		for (const one of itemsFor('stairs')) {
			const safe = safeAnswer(one);
			if (safe !== undefined) expect(isFinding(one, safe), one.id).toBe(false);
		}
	});

	it('lists what is still open, a follow-up only once it is asked', () => {
		const open = (given: Map<string, Answer>) => ids(unansweredQuestions(person, given, FULL));
		const fell = answers([person.id, 'balance.fallen', 'yes']);
		expect(open(fell)).toContain('falls.severity');
		expect(open(fell)).not.toContain('balance.fallen');
		expect(open(answers([person.id, 'balance.fallen', 'no']))).not.toContain('falls.severity');
		const answeredSeverity = new Map([...fell, ...answers(...all(person.id, SEVERITY, 'no'))]);
		expect(open(answeredSeverity)).not.toContain('falls.severity');
	});
});

describe('the summary of a check', () => {
	const rooms = [hall, bath1, home, person, other];
	const given = answers(
		[hall.id, 'stairs.rail-any', 'no'],
		[bath1.id, 'bathroom.grab-rail', { value: 'no', done: true }],
		[bath1.id, 'bathroom.bath-mat', 'yes'],
		[home.id, 'home.night-route-lit', 'no'],
		[person.id, 'footwear.indoor-shoes', 'no'],
		...all(person.id, ['balance.fallen', 'balance.unsteady', 'balance.worried'], 'no'),
		[other.id, 'balance.fallen', 'yes'],
		[other.id, 'falls.injured', 'yes']
	);

	it('adds every room and person up: answered, asked, hazards and the actions still open', () => {
		const summary = checkSummary(check(rooms), given);
		const asking = askingOf(check(rooms));
		const total = rooms.reduce((sum, room) => sum + roomProgress(room, given, asking).total, 0);
		expect(summary).toEqual({
			// hall 1, bathroom 2, home 1, Jan 4 (the three key questions and his shoes), person 2: 1.
			answered: 9,
			total,
			// No rail, no grab rail (done), no light at night, slippers; falls are risk factors.
			hazards: 4,
			openActions: 3,
			riskLevel: 'high'
		});
	});

	it('gives the highest fall-risk level among the persons, and none while none is known', () => {
		expect(checkSummary(check([person, other]), given).riskLevel).toBe('high');
		expect(checkSummary(check([person]), given).riskLevel).toBe('low');
		const intermediate = new Map([
			...given,
			...answers(
				[other.id, 'balance.fallen', 'no'],
				[other.id, 'balance.unsteady', 'yes'],
				[other.id, 'falls.tug', { measured: 21 }]
			)
		]);
		expect(checkSummary(check([person, other]), intermediate).riskLevel).toBe('intermediate');
		expect(checkSummary(check([hall, { ...other, id: 'nobody' }]), given)).not.toHaveProperty(
			'riskLevel'
		);
	});
});

describe('the screens of a check', () => {
	const rooms = [hall, bath1, home, person, other];
	const walk = check(rooms);
	const key = (step: { room: Room; area: { id: string } } | undefined) =>
		step && `${step.room.id}:${step.area.id}`;

	it('walks the rooms as listed, the whole home, then each person’s eight topics', () => {
		const steps = stepsOf(walk).map(key);
		expect(steps.slice(0, 4)).toEqual(['hall:stairs', 'bath1:bathroom', 'home:home', 'jan:falls']);
		expect(steps).toHaveLength(3 + 2 * 8);
		expect(steps.slice(3, 11)).toEqual(PERSONAL_TOPICS.map((topic) => `jan:${topic}`));
		expect(steps.at(-1)).toBe('p2:bones');
	});

	it('finds a screen by room and topic, and none that is not there', () => {
		expect(key(stepOf(walk, 'jan'))).toBe('jan:falls');
		expect(key(stepOf(walk, 'jan', 'medicines'))).toBe('jan:medicines');
		expect(key(stepOf(walk, 'bath1'))).toBe('bath1:bathroom');
		expect(stepOf(walk, 'hall', 'medicines')).toBeUndefined();
		expect(stepOf(walk, 'gone')).toBeUndefined();
		expect(stepParams('c', stepOf(walk, 'jan', 'bones')!)).toEqual({
			id: 'c',
			roomId: 'jan',
			topic: 'bones'
		});
	});

	it('goes to the next and previous screen, across rooms and persons, and nowhere past the ends', () => {
		const at = (roomId: string, topic?: string) => stepOf(walk, roomId, topic)!;
		expect(key(neighbourStep(walk, at('bath1'), 1))).toBe('home:home');
		expect(key(neighbourStep(walk, at('bath1'), -1))).toBe('hall:stairs');
		expect(key(neighbourStep(walk, at('home'), 1))).toBe('jan:falls');
		expect(key(neighbourStep(walk, at('jan', 'falls'), -1))).toBe('home:home');
		expect(key(neighbourStep(walk, at('jan', 'selftest'), 1))).toBe('jan:health');
		expect(key(neighbourStep(walk, at('jan', 'bones'), 1))).toBe('p2:falls');
		expect(neighbourStep(walk, at('hall'), -1)).toBeUndefined();
		expect(neighbourStep(walk, at('p2', 'bones'), 1)).toBeUndefined();
		// A screen of a room removed meanwhile has no neighbours.
		expect(neighbourStep(check([hall]), at('bath1'), 1)).toBeUndefined();
	});
});

describe('names and titles', () => {
	it('numbers rooms of the same kind, and uses the name the user gave', () => {
		const rooms = [hall, bath1, bath2, home, { ...person, name: '  Mrs Jansen  ' }];
		expect(roomName(bath1, rooms, 'en')).toBe('Bathroom 1');
		expect(roomName(bath2, rooms, 'nl')).toBe('Badkamer 2');
		expect(roomName(hall, rooms, 'en')).toBe('Hall and stairs');
		expect(roomName(home, rooms, 'en')).toBe('The whole home');
		expect(roomName(home, rooms, 'nl')).toBe('Het hele huis');
		expect(roomName(rooms[4]!, rooms, 'en')).toBe('Mrs Jansen');
		expect(roomName({ ...bath1, name: '   ' }, rooms, 'en')).toBe('Bathroom 1');
	});

	it('calls unnamed persons "Personal factors", numbered among several', () => {
		const one: Room = { ...person, name: '' };
		expect(roomName(one, [hall, one], 'en')).toBe('Personal factors');
		expect(roomName(one, [hall, one], 'nl')).toBe('Persoonlijke factoren');
		expect(roomName(other, [one, other], 'en')).toBe('Personal factors 2');
	});

	it('titles a person’s screen with the section, the topic and who it is about', () => {
		const rooms = [hall, person, other];
		const walk = { rooms };
		expect(stepTitle(stepOf(walk, 'jan', 'medicines')!, rooms, 'en')).toBe(
			'Personal factors: Medicines — Jan de Vries'
		);
		expect(stepTitle(stepOf(walk, 'jan', 'medicines')!, rooms, 'nl')).toBe(
			'Persoonlijke factoren: Medicijnen — Jan de Vries'
		);
		// Among several, an unnamed person is "Person 2"; alone, nobody is named.
		expect(stepTitle(stepOf(walk, 'p2', 'falls')!, rooms, 'en')).toBe(
			'Personal factors: Falls and fall risk — Person 2'
		);
		expect(stepTitle(stepOf(walk, 'p2', 'falls')!, rooms, 'nl')).toBe(
			'Persoonlijke factoren: Vallen en valrisico — Persoon 2'
		);
		const alone = [hall, other];
		expect(stepTitle(stepOf({ rooms: alone }, 'p2', 'medicines')!, alone, 'en')).toBe(
			'Personal factors: Medicines'
		);
		// A room's screen is titled with the room's name.
		expect(stepTitle(stepOf(walk, 'hall')!, rooms, 'en')).toBe('Hall and stairs');
	});
});

describe('the 12-question fall-risk test', () => {
	const yes = (...itemIds: string[]) => answers(...all(person.id, itemIds, 'yes'));
	const twelve = fallRiskTestItems().map((i) => i.id);

	it('has 12 questions worth 14 points, in the order of the test', () => {
		expect(twelve).toEqual([
			'balance.fallen',
			'balance.walking-aid',
			'balance.unsteady',
			'balance.furniture',
			'balance.worried',
			'balance.hands-to-stand',
			'balance.kerb',
			'balance.toilet-rush',
			'balance.numb-feet',
			'balance.meds-dizzy',
			'balance.meds-sleep-mood',
			'balance.sad'
		]);
		expect(fallRiskTestResult(person.id, answers())).toEqual({
			score: 0,
			maxScore: 14,
			answered: 0,
			total: 12,
			verdict: 'incomplete'
		});
		const everyYes = fallRiskTestResult(person.id, yes(...twelve));
		expect(everyYes).toMatchObject({ score: 14, answered: 12, verdict: 'at-risk' });
	});

	it('scores 2 for a fall and 2 for a walking aid: at risk at 4, before the rest is answered', () => {
		expect(
			fallRiskTestResult(person.id, yes('balance.fallen', 'balance.walking-aid'))
		).toMatchObject({
			score: 4,
			answered: 2,
			verdict: 'at-risk'
		});
		expect(
			fallRiskTestResult(
				person.id,
				yes('balance.unsteady', 'balance.furniture', 'balance.kerb', 'balance.numb-feet')
			)
		).toMatchObject({ score: 4, verdict: 'at-risk' });
	});

	it('says nothing until all 12 are answered while the score stays under 4', () => {
		expect(
			fallRiskTestResult(person.id, yes('balance.unsteady', 'balance.worried', 'balance.sad'))
		).toMatchObject({ score: 3, verdict: 'incomplete' });
		const withNA = answers(...all(person.id, twelve, 'no'), [person.id, 'balance.sad', 'na']);
		expect(fallRiskTestResult(person.id, withNA)).toMatchObject({
			answered: 11,
			verdict: 'incomplete'
		});
	});

	it('under 4 after a fall tells the person to see the GP anyway', () => {
		const noFall = answers(...all(person.id, twelve, 'no'), [person.id, 'balance.kerb', 'yes']);
		expect(fallRiskTestResult(person.id, noFall)).toMatchObject({
			score: 1,
			answered: 12,
			verdict: 'below-cut-off'
		});
		const fell = answers(
			...all(person.id, twelve, 'no'),
			[person.id, 'balance.fallen', 'yes'],
			[person.id, 'balance.kerb', 'yes']
		);
		expect(fallRiskTestResult(person.id, fell)).toMatchObject({
			score: 3,
			answered: 12,
			verdict: 'below-cut-off-fell'
		});
	});

	it('scores each person on their own answers', () => {
		const given = answers(...all(other.id, twelve, 'yes'));
		expect(fallRiskTestResult(person.id, given)).toMatchObject({ score: 0, answered: 0 });
		expect(fallRiskTestResult(other.id, given)).toMatchObject({ score: 14, answered: 12 });
	});
});

describe('the fall-risk level of a person', () => {
	const risk = (...given: [string, AnswerValue | AnswerFields][]) =>
		fallRiskOf(
			person.id,
			answers(
				...given.map(
					([id, fields]) => [person.id, id, fields] as [string, string, AnswerValue | AnswerFields]
				)
			)
		);
	const KEY = ['balance.fallen', 'balance.unsteady', 'balance.worried'] as const;

	it('is not known before the three key questions are answered', () => {
		expect(risk()).toMatchObject({ level: undefined, missing: 'key-questions' });
		expect(risk(['balance.fallen', 'no'], ['balance.unsteady', 'no'])).toMatchObject({
			level: undefined,
			missing: 'key-questions'
		});
	});

	it('is low when all three key questions are no', () => {
		expect(risk(...KEY.map((id) => [id, 'no'] as [string, AnswerValue]))).toMatchObject({
			level: 'low',
			keyAnswers: { fallen: false, unsteady: false, worried: false }
		});
	});

	it('is high after a fall with an injury, and waits for the severity list after a fall', () => {
		expect(risk(['balance.fallen', 'yes'], ['falls.injured', 'yes'])).toMatchObject({
			level: 'high',
			severity: ['falls.injured']
		});
		expect(
			risk(['balance.fallen', 'yes'], ['balance.unsteady', 'no'], ['balance.worried', 'no'])
		).toMatchObject({
			level: undefined,
			missing: 'severity'
		});
	});

	it('is intermediate when a walking test is too slow or could not be done, low when it is fine', () => {
		const unsteady: [string, AnswerValue][] = [
			['balance.fallen', 'no'],
			['balance.unsteady', 'yes'],
			['balance.worried', 'no']
		];
		expect(risk(...unsteady)).toMatchObject({ level: undefined, missing: 'gait' });
		expect(risk(...unsteady, ['falls.tug', { measured: 20 }])).toMatchObject({
			level: 'intermediate',
			gait: { tugSeconds: 20, impaired: true }
		});
		expect(risk(...unsteady, ['falls.tug', { measured: 10 }])).toMatchObject({ level: 'low' });
		expect(risk(...unsteady, ['falls.tug', 'na'])).toMatchObject({
			level: 'intermediate',
			gait: { notDone: ['falls.tug'] }
		});
		// 4 metres in 6 seconds is 0.67 m/s: too slow.
		expect(risk(...unsteady, ['falls.walk-4m', { measured: 6 }])).toMatchObject({
			level: 'intermediate'
		});
		// After a fall without any severity finding, the walking test decides.
		const fell: [string, AnswerValue | AnswerFields][] = [
			['balance.fallen', 'yes'],
			...SEVERITY.map((id) => [id, 'no'] as [string, AnswerValue])
		];
		expect(risk(...fell)).toMatchObject({ level: undefined, missing: 'gait' });
		expect(risk(...fell, ['falls.tug', { measured: 9 }])).toMatchObject({ level: 'low' });
	});
});

describe('regional texts', () => {
	it('gives why an item matters in the words of the check’s region', () => {
		const daylight = item('bones.daylight');
		expect(itemWhy(daylight, 'nl').nl).toMatch(/In Nederland/);
		expect(itemWhy(daylight, 'general').en).toMatch(/In the UK/);
		expect(itemWhy(daylight, 'nl')).not.toEqual(daylight.why);
		// An item without regional texts says the same everywhere.
		expect(itemWhy(item('balance.fallen'), 'nl')).toEqual(item('balance.fallen').why);
	});

	it('gives the fix of the region, or the item’s own where the region has none', () => {
		const rail = item('stairs.rail-both-sides') as HazardItem;
		expect(itemFix(rail, 'nl').nl).toMatch(/Wmo-loket/);
		expect(itemFix(rail, 'nl').en).toMatch(/Wmo desk/);
		expect(itemFix(rail, 'general').en).toMatch(/home adaptations assessment/);
		expect(itemFix(rail, 'general').nl).not.toMatch(/Wmo/);
		const grab = item('bathroom.grab-rail') as HazardItem;
		expect(itemFix(grab, 'nl').nl).toMatch(/thuiszorgwinkel/);
		expect(itemFix(grab, 'general')).toEqual(grab.fix);
	});
});

describe('a change to an answer', () => {
	it('keeps how the value was given with that value, and forgets it when the value is tapped', () => {
		const base = { checkId: 'c', roomId: 'r', itemId: 'general.cord', field: 'value' as const };
		const fine = applyChange(undefined, { ...base, value: 'no', at: 1, given: 'rest-fine' })!;
		expect(fine).toMatchObject({ value: 'no', given: 'rest-fine', changedAt: { value: 1 } });
		const noted = applyChange(fine, { ...base, field: 'note', value: 'Behind the TV', at: 2 })!;
		expect(noted.given).toBe('rest-fine');
		const tapped = applyChange(noted, { ...base, value: 'yes', at: 3 })!;
		expect(tapped.value).toBe('yes');
		expect(tapped).not.toHaveProperty('given');
	});

	it('ignores a change older than the one stored', () => {
		const base: Answer = {
			checkId: 'c',
			roomId: 'r',
			itemId: 'i',
			note: 'New',
			changedAt: { note: 10 }
		};
		expect(applyChange(base, { ...base, field: 'note', value: 'Old', at: 9 })).toBeUndefined();
	});
});

describe('progress on a follow-up visit', () => {
	it('counts what was checked again, not what was copied from the visit before', () => {
		const hall: Room = { id: 'hall', type: 'stairs', name: '' };
		const copied = (value: 'yes' | 'no') => ({
			checkId: 'c',
			roomId: 'hall',
			itemId: 'stairs.rail-any',
			value,
			changedAt: {},
			fromPrevious: true
		});
		const step = stepOf({ rooms: [hall] }, 'hall')!;
		const followUp = { region: 'nl', quick: false, followUp: true } as const;
		const first = { region: 'nl', quick: false } as const;
		const before = new Map([['hall/stairs.rail-any', copied('no')]]);
		expect(stepProgress(step, before, first).answered).toBe(1);
		expect(stepProgress(step, before, followUp).answered).toBe(0);
		const confirmed = new Map([
			['hall/stairs.rail-any', { ...copied('no'), fromPrevious: undefined }]
		]);
		expect(stepProgress(step, confirmed, followUp).answered).toBe(1);
		// What is still to check again is listed as such.
		expect(unansweredQuestions(hall, before, followUp).length).toBeGreaterThan(0);
		expect(unansweredQuestions(hall, before, first).map((q) => questionId(q))).not.toContain(
			'stairs.rail-any'
		);
		expect(unansweredQuestions(hall, before, followUp).map((q) => questionId(q))).toContain(
			'stairs.rail-any'
		);
	});
});
