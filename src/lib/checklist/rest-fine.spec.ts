import { describe, expect, it } from 'vitest';
import { answerKey, type Answer, type Room } from './check';
import { restFine } from './rest-fine';
import { questionId, stepOf, type Answers } from './rules';

const rooms: Room[] = [
	{ id: 'hall', type: 'stairs', name: '' },
	{ id: 'home', type: 'home', name: '' },
	{ id: 'jan', type: 'personal', name: '' }
];
const full = { region: 'nl', quick: false } as const;

function answers(...given: [string, string, Answer['value']][]): Answers {
	return new Map(
		given.map(([roomId, itemId, value]) => [
			answerKey(roomId, itemId),
			{ checkId: 'c', roomId, itemId, value, changedAt: {} }
		])
	);
}

describe('everything else here is fine', () => {
	it('answers every open question with nothing found, and the follow-ups that opens', () => {
		const step = stepOf({ rooms }, 'hall')!;
		const result = restFine(step, answers(), full);
		const ids = result.questions.map(questionId);
		// The first rail question, then what "there is a rail" asks next, tick lists included.
		expect(ids[0]).toBe('stairs.rail-any');
		expect(ids).toContain('stairs.rail-both-sides');
		expect(ids).toContain('stairs.steps');
		const byItem = new Map(result.answers.map((a) => [a.itemId, a.value]));
		expect(byItem.get('stairs.rail-any')).toBe('yes');
		expect(byItem.get('stairs.step-loose')).toBe('no'); // a box left unticked
		expect(byItem.get('stairs.carrying')).toBe('no');
	});

	it('never changes what was answered, and gives nothing where a hazard was found', () => {
		const step = stepOf({ rooms }, 'hall')!;
		const result = restFine(
			step,
			answers(['hall', 'stairs.rail-any', 'no'], ['hall', 'stairs.carrying', 'yes']),
			full
		);
		const items = result.answers.map((a) => a.itemId);
		expect(items).not.toContain('stairs.rail-any');
		expect(items).not.toContain('stairs.carrying');
		expect(items).not.toContain('stairs.rail-both-sides'); // asked only after a rail is there
	});

	it('leaves a question without a safe side for the user, and lists it apart', () => {
		const step = stepOf({ rooms }, 'home')!;
		const result = restFine(step, answers(), full);
		expect(result.left.map(questionId)).toEqual(['home.alarm']);
		expect(result.answers.map((a) => a.itemId)).not.toContain('home.alarm');
	});

	it('has nothing to do on a screen that is all answered', () => {
		const step = stepOf({ rooms }, 'hall')!;
		const all = restFine(step, answers(), full);
		const done = answers(
			...all.answers.map((a) => ['hall', a.itemId, a.value] as [string, string, Answer['value']])
		);
		expect(restFine(step, done, full)).toEqual({ questions: [], answers: [], left: [] });
	});

	describe('on a person’s screens', () => {
		const person = (topic: string) => stepOf({ rooms }, 'jan', topic)!;
		const given = (result: ReturnType<typeof restFine>) =>
			new Map(result.answers.map((a) => [a.itemId, a.value]));

		it('answers the key questions no, and getting up from the floor yes', () => {
			const result = restFine(person('falls'), answers(), full);
			expect(result.questions.map(questionId)).toEqual([
				'balance.fallen',
				'balance.unsteady',
				'balance.worried',
				'falls.get-up-floor'
			]);
			expect(given(result)).toEqual(
				new Map([
					['balance.fallen', 'no'],
					['balance.unsteady', 'no'],
					['balance.worried', 'no'],
					['falls.get-up-floor', 'yes']
				])
			);
			expect(result.left).toEqual([]);
		});

		it('leaves the timed tests to the user once a key question is yes', () => {
			const result = restFine(person('falls'), answers(['jan', 'balance.unsteady', 'yes']), full);
			expect(result.left.map(questionId)).toEqual([
				'falls.tug',
				'falls.walk-4m',
				'falls.chair-stand'
			]);
			expect(given(result).has('falls.tug')).toBe(false);
			expect(given(result).get('balance.fallen')).toBe('no');
		});

		it('leaves living alone to the user, and answers what it opens only once it is answered', () => {
			const open = restFine(person('health'), answers(), full);
			expect(open.left.map(questionId)).toEqual(['health.lives-alone']);
			expect(given(open).has('health.call-help-alone')).toBe(false);
			expect(given(open).get('health.memory')).toBe('no'); // a box of a tick list, unticked
			const alone = restFine(person('health'), answers(['jan', 'health.lives-alone', 'yes']), full);
			expect(alone.left).toEqual([]);
			expect(given(alone).get('health.call-help-alone')).toBe('yes');
			expect(given(alone).get('health.daily-contact')).toBe('yes');
		});

		it('leaves every box of a tick list unticked, as “None of these” does, a box that only steers too', () => {
			const result = restFine(person('bones'), answers(), full);
			expect(result.left).toEqual([]);
			expect(result.questions.map(questionId)).toContain('bones.risk');
			expect(given(result).get('bones.dark-skin')).toBe('no');
			expect(given(result).get('bones.age')).toBe('no');
			// Nothing ticked and daylight enough: no vitamin D question is opened.
			expect(given(result).has('bones.vitamin-d')).toBe(false);
		});
	});
});
