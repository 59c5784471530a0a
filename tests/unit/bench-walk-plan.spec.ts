import { describe, expect, it } from 'vitest';
import {
	answerFor,
	DEFAULT_KINDS,
	freshByRules,
	freshFigures,
	plannedWalk,
	screenActions,
	stepAt,
	tally,
	tapsOf,
	type ScreenSeen,
	type WalkAction
} from '../../bench/lib/walk-plan';
import { groupById, itemById } from '../../src/lib/checklist/catalogue';
import { stepsOf, type Question } from '../../src/lib/checklist/rules';
import type { Item } from '../../src/lib/checklist/types';

/** The benchmark's walk-through plan (bench/lib/walk-plan.ts): what it counts and taps. */
describe('the walk-through plan of the benchmark', () => {
	it('walks the New check form’s defaults: seven rooms, the whole home, one person', () => {
		expect(DEFAULT_KINDS).toEqual([
			'entrance',
			'stairs',
			'living',
			'kitchen',
			'bathroom',
			'toilet',
			'bedroom',
			'home',
			'personal'
		]);
	});

	it('counts a tap per answer, two for "Everything else here is fine", the typed field as one', () => {
		const actions: WalkAction[] = [
			{ kind: 'answer', itemId: 'stairs.rail-any', value: 'no' },
			{ kind: 'rest-fine', questions: 3, goesOn: true },
			{ kind: 'next' },
			{ kind: 'tick', itemId: 'general.loose-rug' },
			{ kind: 'answer', itemId: 'home.alarm', value: 'no' },
			{ kind: 'none', groupId: 'health.conditions' },
			{ kind: 'measure', itemId: 'falls.tug', value: 10 }
		];
		expect(actions.map((action) => tapsOf(action))).toEqual([
			{ taps: 1, typed: 0 },
			{ taps: 2, typed: 0 },
			{ taps: 1, typed: 0 },
			{ taps: 1, typed: 0 },
			{ taps: 1, typed: 0 },
			{ taps: 1, typed: 0 },
			{ taps: 1, typed: 1 }
		]);
		expect(tally(actions, 3)).toEqual({
			total: 12,
			form: 3,
			hazards: 2,
			restFine: 2,
			answers: 1,
			noneOfThese: 1,
			measures: 2,
			next: 1
		});
	});

	it('adds up the screens seen: questions, boxes, the longest page, screens of scrolling', () => {
		const screen = (title: string, cards: number, boxes: number, height: number): ScreenSeen => ({
			path: `/checks/c/rooms/r/${title}`,
			title,
			cards,
			boxes,
			scrollHeight: height,
			viewportHeight: 768
		});
		const figures = freshFigures([
			screen('a', 3, 7, 768),
			screen('b', 12, 0, 1536),
			screen('c', 5, 4, 1152)
		]);
		expect(figures).toEqual({
			screens: 3,
			questions: 20,
			boxes: 11,
			longest: 12,
			longestTitle: 'b',
			screensOfScrolling: 4.5
		});
		expect(() => freshFigures([])).toThrow();
	});

	it('says what a fresh default check asks on each screen, by the rules', () => {
		const fresh = freshByRules('general', 'full');
		expect(fresh.map((screen) => screen.area)).toEqual(
			stepsOf({
				rooms: DEFAULT_KINDS.map((type, i) => ({ id: `r${i}`, type, name: '' }))
			}).map((step) => step.area.id)
		);
		expect(fresh.every((screen) => screen.cards >= 0 && screen.boxes >= 0)).toBe(true);
		const quick = freshByRules('general', 'quick');
		const sum = (list: typeof fresh) => list.reduce((n, screen) => n + screen.cards, 0);
		expect(sum(quick)).toBeLessThan(sum(fresh));
	});

	it('answers a tick list with "None of these", a gate with its planned answer, a test typed', () => {
		const group: Question = {
			kind: 'group',
			group: groupById('health.conditions')!,
			items: []
		};
		expect(answerFor(group)).toEqual({ kind: 'none', groupId: 'health.conditions' });
		const alarm: Question = { kind: 'item', item: itemById('home.alarm') as Item };
		expect(answerFor(alarm)).toEqual({ kind: 'answer', itemId: 'home.alarm', value: 'no' });
		const tug: Question = { kind: 'item', item: itemById('falls.tug') as Item };
		expect(answerFor(tug)).toEqual({ kind: 'measure', itemId: 'falls.tug', value: 10 });
	});

	it('on the whole home: the alarm "Everything else here is fine" would leave open, then it', () => {
		const answers = new Map();
		const actions = screenActions(stepAt('home-1', 'home'), answers, {
			region: 'general',
			quick: false
		});
		expect(actions.map((action) => action.kind)).toEqual(['answer', 'rest-fine']);
		expect(actions[0]).toEqual({ kind: 'answer', itemId: 'home.alarm', value: 'no' });
	});

	it('on a person’s topic: the gate first, then "Nothing else to mention"', () => {
		const asking = { region: 'general', quick: false } as const;
		const health = screenActions(stepAt('p', 'health'), new Map(), asking);
		expect(health).toEqual([
			{ kind: 'answer', itemId: 'health.lives-alone', value: 'no' },
			{ kind: 'rest-fine', questions: expect.any(Number), goesOn: true }
		]);
		expect(screenActions(stepAt('p', 'falls'), new Map(), asking)).toEqual([
			{ kind: 'rest-fine', questions: 4, goesOn: true }
		]);
		// On the last screen it stays.
		const bones = screenActions(stepAt('p', 'bones'), new Map(), asking, {}, true);
		expect(bones).toEqual([{ kind: 'rest-fine', questions: 7, goesOn: false }]);
	});

	for (const mode of ['full', 'quick'] as const) {
		it(`finishes the default home (${mode}): everything answered, three hazards, taps added up`, () => {
			const walk = plannedWalk('general', mode);
			expect(walk.answered).toBe(walk.total);
			expect(walk.hazards).toBe(3);
			expect(walk.taps.hazards).toBe(3);
			const screens = stepsOf({
				rooms: DEFAULT_KINDS.map((type, i) => ({ id: `r${i}`, type, name: '' }))
			}).length;
			// Every screen but the last is left by Next or by going on after its confirm.
			const wentOn = walk.actions.filter((a) => a.kind === 'rest-fine' && a.goesOn).length;
			expect(walk.taps.next + wentOn).toBe(screens - 1);
			const walked = walk.actions.reduce((n, a) => n + tapsOf(a).taps + tapsOf(a).typed, 0);
			expect(walk.taps.total).toBe(walk.taps.form + walked);
			// "Everything else here is fine" (or "Nothing else to mention"), never twice a screen.
			expect(walk.taps.restFine / 2).toBeLessThanOrEqual(screens);
		});
	}
});
