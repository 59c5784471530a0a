import { describe, expect, it } from 'vitest';
import { itemById } from './catalogue';
import { answerKey, type Answer, type AnswerFields } from './check';
import { ANSWER_MOVES, movedTo, moveRetiredAnswers, retiredMove } from './retired';
import { isFinding } from './rules';
import type { AnswerValue } from './types';

const HOME = 'home';

/** An answer stored against an item, as a database or backup from any version holds it. */
function stored(
	roomId: string,
	itemId: string,
	fields: AnswerValue | (AnswerFields & { fromPrevious?: boolean }),
	at = 1
): Answer {
	const given = typeof fields === 'string' ? { value: fields } : fields;
	return {
		checkId: 'c',
		roomId,
		itemId,
		changedAt: Object.fromEntries(Object.keys(given).map((field) => [field, at])),
		...given
	};
}

/** The answers after the move, by `answerKey`, in a check with a room for the whole home. */
const moved = (answers: Answer[]) => movedWith(answers, HOME);

/** The answers after the move, by `answerKey`. */
function movedWith(answers: Answer[], home: string | undefined): Map<string, Answer> {
	return new Map(moveRetiredAnswers(answers, home).map((a) => [answerKey(a.roomId, a.itemId), a]));
}

/** The retired items that allowed "not applicable" (the catalogue at commit f27dab1). */
const OLD_NA = new Set([
	'bones.supplement-taken',
	'entrance.threshold',
	'eyesight.glasses-condition',
	'eyesight.reading-glasses',
	'eyesight.varifocals',
	'general.door-lock',
	'general.rugs-fixed',
	'general.threshold',
	'kitchen.pets',
	'other.balcony-threshold',
	'other.outdoor-even',
	'other.outdoor-slippery',
	'other.steps-rail',
	'other.tools-away',
	'stairs.covering-fixed',
	'stairs.pets'
]);
/** The retired items whose finding was "yes" (for all the others it was "no"). */
const OLD_FINDING_YES = new Set([
	'bathroom.towel-rail',
	'bones.early-menopause',
	'bones.slender',
	'bones.underweight',
	'eyesight.reading-glasses',
	'eyesight.varifocals',
	'stairs.pets'
]);

describe('answers of retired items', () => {
	it('turn a question asked the other way round into its tick-list box', () => {
		const after = moved([
			stored('living', 'general.rugs-fixed', 'no'),
			stored('kitchen', 'general.rugs-fixed', 'yes'),
			stored('bedroom', 'general.rugs-fixed', 'na'),
			stored('entrance', 'entrance.path-even', 'no'),
			stored('me', 'footwear.sit-to-dress', 'yes')
		]);
		expect([...after.keys()].sort()).toEqual([
			'bedroom/general.loose-rug',
			'entrance/entrance.path-uneven',
			'kitchen/general.loose-rug',
			'living/general.loose-rug',
			'me/footwear.stand-to-dress'
		]);
		// A loose rug: ticked. Rugs fixed, or no rugs at all: left unticked.
		expect(after.get('living/general.loose-rug')?.value).toBe('yes');
		expect(after.get('kitchen/general.loose-rug')?.value).toBe('no');
		expect(after.get('bedroom/general.loose-rug')?.value).toBe('no');
		expect(after.get('entrance/entrance.path-uneven')?.value).toBe('yes');
		expect(after.get('me/footwear.stand-to-dress')?.value).toBe('no');
	});

	it('keep everything the user wrote and decided with the answer that moves', () => {
		const old = stored(
			'living',
			'general.cords',
			{
				value: 'no',
				note: 'Lamp cord across the door',
				priority: 'low',
				fix: 'Piet tapes it down',
				owner: 'family',
				due: '2026-12-01',
				done: true,
				fromPrevious: true
			},
			7
		);
		const after = moved([old]).get('living/general.cord');
		expect(after).toEqual({ ...old, itemId: 'general.cord', value: 'yes' });
	});

	it('merge the answers of several rooms into the whole home’s, a finding winning over "fine"', () => {
		// Is the switch by the door? Living room yes (newest), kitchen no, bedroom yes.
		const rooms = [
			stored('living', 'general.switch-door', 'yes', 30),
			stored('kitchen', 'general.switch-door', 'no', 10),
			stored('bedroom', 'general.switch-door', 'yes', 20)
		];
		for (const order of [rooms, [...rooms].reverse()]) {
			const after = moved(order);
			expect([...after.keys()]).toEqual(['home/home.switch-far']);
			expect(after.get('home/home.switch-far')).toMatchObject({
				roomId: HOME,
				value: 'yes',
				changedAt: { value: 10 }
			});
		}
		// No finding anywhere: the newest answer.
		const fine = moved([
			stored('living', 'general.switch-door', 'yes', 30),
			stored('kitchen', 'general.switch-door', 'yes', 40)
		]).get('home/home.switch-far');
		expect(fine).toMatchObject({ value: 'no', changedAt: { value: 40 } });
	});

	it('merge with the whole home’s own answer, where the finding wins too', () => {
		const ownFine = moved([
			stored(HOME, 'home.night-route-lit', 'yes', 50),
			stored('toilet', 'toilet.route-lit', 'no', 10)
		]);
		expect(ownFine.get('home/home.night-route-lit')?.value).toBe('no');
		const ownFinding = moved([
			stored(HOME, 'home.night-route-lit', 'no', 5),
			stored('bathroom', 'bathroom.night-light', 'yes', 60)
		]);
		expect(ownFinding.get('home/home.night-route-lit')?.value).toBe('no');
		expect(ownFinding.size).toBe(1);
	});

	it('keep both notes when two answers become one, and the same note once', () => {
		const after = moved([
			stored('toilet1', 'toilet.route-lit', { value: 'yes', note: 'Dark hall' }, 10),
			stored('toilet2', 'toilet.route-lit', { value: 'no', note: 'Dark landing' }, 20)
		]).get('home/home.night-route-lit')!;
		expect(after.value).toBe('no');
		// The finding's note first.
		expect(after.note).toBe('Dark landing\nDark hall');
		expect(after.changedAt.note).toBe(20);
		const same = moved([
			stored('toilet', 'toilet.route-lit', { value: 'yes', note: 'Dark hall' }, 10),
			stored('bath', 'bathroom.night-light', { value: 'yes', note: 'Dark hall' }, 30)
		]).get('home/home.night-route-lit')!;
		expect(same.note).toBe('Dark hall');
	});

	it('drop the answers of a room moved to the whole home when the check has none', () => {
		const after = movedWith(
			[stored('toilet', 'toilet.route-lit', 'no'), stored('living', 'general.cords', 'no')],
			undefined
		);
		expect([...after.keys()]).toEqual(['living/general.cord']);
	});

	it('drop the values that cannot be carried over, and keep an answer with a note without its value', () => {
		// "Is the rail firm?" yes says nothing about a rail the whole way: not carried over.
		expect(moved([stored('hall', 'stairs.rail-firm', 'yes')]).size).toBe(0);
		expect(
			moved([stored('hall', 'stairs.rail-firm', 'no')]).get('hall/stairs.rail-any')?.value
		).toBe('no');
		const noted = moved([
			stored('hall', 'stairs.rail-firm', { value: 'yes', note: 'Firm, but short' })
		]).get('hall/stairs.rail-any')!;
		expect(noted.note).toBe('Firm, but short');
		expect(noted).not.toHaveProperty('value');
		expect(noted.changedAt).not.toHaveProperty('value');
		// Only findings fill a box that another old item carries: spills yes is dropped, no ticks it.
		const kitchen = moved([
			stored('kitchen', 'general.floor-slippery', 'yes', 10),
			stored('kitchen', 'kitchen.spills', 'no', 5)
		]);
		expect(kitchen.get('kitchen/general.slippery-floor')?.value).toBe('yes');
		const spillsFine = moved([stored('kitchen', 'kitchen.spills', 'yes')]);
		expect(spillsFine.size).toBe(0);
	});

	it('keep answers of items this version knows, or that a newer version added, as they are', () => {
		const current = stored('hall', 'stairs.rail-both-sides', { value: 'no', note: 'Left only' });
		const newer = stored('kitchen', 'kitchen.stairlift-2030', 'yes');
		const after = moveRetiredAnswers([current, newer], HOME);
		expect(after).toHaveLength(2);
		expect(after).toContain(current);
		expect(after).toContain(newer);
	});

	it('drop the answers of an item whose meaning is gone', () => {
		const after = moved([
			stored('bath', 'bathroom.towel-rail', { value: 'yes', note: 'Holds on to it' }),
			stored('me', 'balance.fall-checked', 'no'),
			stored('me', 'bones.slender', 'yes'),
			stored('bed', 'bedroom.get-up-slowly', 'no'),
			stored('me', 'bones.age', 'yes')
		]);
		expect([...after.keys()]).toEqual(['me/bones.age']);
	});

	it('change nothing when moved a second time', () => {
		const once = moveRetiredAnswers(
			[
				stored('living', 'general.switch-door', 'no'),
				stored('living', 'general.rugs-fixed', 'no'),
				stored('hall', 'stairs.rail-full-length', 'no'),
				stored('me', 'eyesight.glasses-condition', 'no')
			],
			HOME
		);
		expect(moveRetiredAnswers(once, HOME)).toEqual(once);
	});
});

describe('where a retired item’s answer or photo goes', () => {
	it('to the item that keeps its meaning, in the same room or in the whole home', () => {
		expect(movedTo('general.rugs-fixed', 'living', HOME)).toEqual({
			itemId: 'general.loose-rug',
			roomId: 'living'
		});
		expect(movedTo('general.switch-door', 'kitchen', HOME)).toEqual({
			itemId: 'home.switch-far',
			roomId: HOME
		});
		expect(movedTo('eyesight.reading-glasses', 'me', HOME)).toEqual({
			itemId: 'eyesight.walk-reading-glasses',
			roomId: 'me'
		});
	});

	it('nowhere when its meaning is gone, or when the check has no room for the whole home', () => {
		expect(movedTo('bathroom.towel-rail', 'bath', HOME)).toBeUndefined();
		expect(movedTo('general.switch-door', 'kitchen', undefined)).toBeUndefined();
	});

	it('stays where it is for an item this version knows, or does not know at all', () => {
		expect(movedTo('stairs.rail-any', 'hall', HOME)).toEqual({
			itemId: 'stairs.rail-any',
			roomId: 'hall'
		});
		expect(movedTo('kitchen.stairlift-2030', 'kitchen', undefined)).toEqual({
			itemId: 'kitchen.stairlift-2030',
			roomId: 'kitchen'
		});
		expect(retiredMove('stairs.rail-any')).toBeUndefined();
		expect(retiredMove('stairs.clear')?.to).toBe('stairs.things-on-steps');
	});
});

describe('every move of a retired item', () => {
	const froms = new Set(ANSWER_MOVES.map((move) => move.from));

	it('is listed here with what the old item allowed', () => {
		for (const id of [...OLD_NA, ...OLD_FINDING_YES]) expect(froms, id).toContain(id);
	});

	it('gives a known item an answer it can take, in the right room, a finding only for a finding', () => {
		const bad: string[] = [];
		for (const move of ANSWER_MOVES) {
			const values: AnswerValue[] = OLD_NA.has(move.from) ? ['yes', 'no', 'na'] : ['yes', 'no'];
			const oldFinding: AnswerValue = OLD_FINDING_YES.has(move.from) ? 'yes' : 'no';
			for (const value of values) {
				const what = `${move.from} ${value}`;
				const after = moveRetiredAnswers([stored('room', move.from, value)], HOME);
				const mapped = move.values?.[value];
				if (!move.to || mapped === null) {
					if (after.length > 0) bad.push(`${what}: kept, should be dropped`);
					continue;
				}
				if (after.length !== 1) {
					bad.push(`${what}: ${after.length} answers`);
					continue;
				}
				const [answer] = after as [Answer];
				const item = itemById(answer.itemId);
				if (!item) {
					bad.push(`${what}: moved to unknown ${answer.itemId}`);
					continue;
				}
				if (answer.itemId !== move.to) bad.push(`${what}: moved to ${answer.itemId}`);
				if (answer.roomId !== (move.toHome ? HOME : 'room'))
					bad.push(`${what}: in ${answer.roomId}`);
				if (answer.value === undefined) bad.push(`${what}: lost its value`);
				if (answer.value === 'na' && !item.allowNA) bad.push(`${what}: "na" for ${item.id}`);
				if (item.kind === 'measure' || item.kind === 'context')
					bad.push(`${what}: a ${item.kind} item`);
				if (isFinding(item, answer.value) !== (value === oldFinding))
					bad.push(`${what}: a finding became ${answer.value} of ${item.id}`);
			}
		}
		expect(bad).toEqual([]);
	});
});
