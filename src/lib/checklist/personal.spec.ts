/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GROUPS, ITEMS, groupById, itemById, itemsForArea } from './catalogue';
import { askWhenHolds, conditionsOf, type ValueLookup } from './conditions';
import {
	CHAIR_STAND_ITEM_ID,
	FALL_RISK_ADVICE,
	FALL_RISK_LEVELS,
	FALL_RISK_TEST_VERDICTS,
	KEY_QUESTION_IDS,
	SEVERITY_ITEM_IDS,
	TUG_ITEM_ID,
	WALK_ITEM_ID
} from './fall-risk';
import { RETIRED_PERSONAL_ITEMS } from './items/retired-personal';
import {
	LANGUAGES,
	OWNERS,
	PERSONAL_TOPICS,
	PRIORITIES,
	SOURCES,
	type AnswerValue,
	type AreaId,
	type Item,
	type Text
} from './types';

/** The budgets of the personal part on a fresh person (see the brief and docs/checklist-personal.md). */
const MAX_FRESH_QUESTIONS = 42;
const MAX_PER_TOPIC = 12;
const MAX_QUICK = 16;

/** Words per Dutch sentence (B1): the house rule for these texts. */
const MAX_DUTCH_WORDS = 20;

/** The 12 questions of CDC STEADI Stay Independent, in its order, with their points. */
const SELFTEST = [
	['balance.fallen', 2],
	['balance.walking-aid', 2],
	['balance.unsteady', 1],
	['balance.furniture', 1],
	['balance.worried', 1],
	['balance.hands-to-stand', 1],
	['balance.kerb', 1],
	['balance.toilet-rush', 1],
	['balance.numb-feet', 1],
	['balance.meds-dizzy', 1],
	['balance.meds-sleep-mood', 1],
	['balance.sad', 1]
] as const;

/** Every personal item id of the catalogue before the redesign (git show f27dab1). */
const OLD_PERSONAL_IDS = [
	...['fallen', 'walking-aid', 'unsteady', 'furniture', 'worried', 'hands-to-stand', 'kerb'],
	...['toilet-rush', 'numb-feet', 'meds-dizzy', 'meds-sleep-mood', 'sad', 'fall-checked'],
	...['aid-condition', 'aid-indoors', 'dizzy-standing', 'call-help']
]
	.map((id) => `balance.${id}`)
	.concat(
		['daily-30', 'strength-balance', 'weight-bearing', 'fear-avoid', 'sitting'].map(
			(id) => `exercise.${id}`
		),
		['safe-movement', 'fall-programme'].map((id) => `exercise.${id}`),
		['sleeping-pills', 'sedatives', 'blood-pressure', 'strong-painkillers', 'many', 'review'].map(
			(id) => `medicines.${id}`
		),
		['medicines.alcohol'],
		['indoor-shoes', 'socks-barefoot', 'high-heels', 'slippery-soles', 'outdoor-grip'].map(
			(id) => `footwear.${id}`
		),
		['foot-problems', 'sit-to-dress', 'clothes-length'].map((id) => `footwear.${id}`),
		['test', 'getting-worse', 'reading-glasses', 'varifocals', 'glasses-condition'].map(
			(id) => `eyesight.${id}`
		),
		['dairy', 'greens-nuts', 'daylight', 'oily-fish', 'vitamin-d', 'supplement-taken'].map(
			(id) => `bones.${id}`
		),
		['osteoporosis-medicine', 'fracture', 'age', 'woman-menopause', 'early-menopause'].map(
			(id) => `bones.${id}`
		),
		['family', 'thyroid', 'prednisone', 'slender', 'underweight', 'smoking'].map(
			(id) => `bones.${id}`
		),
		['varied-diet', 'coffee', 'salt', 'checked'].map((id) => `bones.${id}`)
	);

const TOPICS: readonly AreaId[] = PERSONAL_TOPICS;
const isPersonal = (item: Item) => item.areas.some((area) => TOPICS.includes(area));
const PERSONAL = ITEMS.filter(isPersonal);

/** Answers for askWhen, from a record. */
const answers =
	(values: Record<string, AnswerValue>): ValueLookup =>
	(id) =>
		values[id];
const asked = (id: string, values: Record<string, AnswerValue>) =>
	askWhenHolds(itemById(id)!.askWhen, answers(values));

/** A question as the person sees it: a tick list counts once. */
const questionOf = (item: Item) => item.group ?? item.id;

/** The questions a topic shows: on a fresh person (follow-ups hidden), or with every one shown. */
function questions(topic: AreaId, options: { fresh: boolean; quick?: boolean }): Set<string> {
	const items = itemsForArea(topic).filter(
		(item) =>
			(!options.fresh || askWhenHolds(item.askWhen, () => undefined)) &&
			(!options.quick || item.quick)
	);
	return new Set(items.map(questionOf));
}

function union(sets: Set<string>[]): Set<string> {
	return new Set(sets.flatMap((set) => [...set]));
}

/** Every text of the personal part, with where it is and whether it is a base text. */
function personalTexts(): { where: string; text: Text; base: boolean }[] {
	const texts: { where: string; text: Text; base: boolean }[] = [];
	const add = (where: string, text: Text | undefined, base = true) => {
		if (text) texts.push({ where, text, base });
	};
	for (const item of PERSONAL) {
		add(`${item.id} question`, item.question);
		add(`${item.id} why`, item.why);
		add(`${item.id} option`, item.option);
		add(`${item.id} label yes`, item.labels?.yes);
		add(`${item.id} label no`, item.labels?.no);
		if (item.kind === 'hazard' || item.kind === 'risk-factor')
			add(`${item.id} finding`, item.finding);
		if (item.kind === 'hazard') add(`${item.id} fix`, item.fix);
		if (item.kind === 'measure') add(`${item.id} howTo`, item.howTo);
		for (const [region, regional] of Object.entries(item.regional ?? {})) {
			const base = region === 'general';
			add(`${item.id} ${region} why`, regional?.why, base);
			add(`${item.id} ${region} fix`, regional?.fix, base);
		}
	}
	for (const group of personalGroups()) {
		add(`group ${group.id} prompt`, group.prompt);
		add(`group ${group.id} hint`, group.hint);
	}
	for (const level of FALL_RISK_LEVELS) {
		const advice = FALL_RISK_ADVICE[level];
		add(`advice ${level} title`, advice.title);
		add(`advice ${level} meaning`, advice.meaning);
		add(`advice ${level} next`, advice.next);
		add(`advice ${level} nl next`, advice.regional?.nl?.next, false);
		add(`advice ${level} general next`, advice.regional?.general?.next);
	}
	for (const [key, text] of Object.entries(FALL_RISK_TEST_VERDICTS)) add(`verdict ${key}`, text);
	return texts;
}

function personalGroups() {
	const ids = new Set(PERSONAL.map((item) => item.group).filter((id) => id !== undefined));
	return GROUPS.filter((group) => ids.has(group.id));
}

/** The sentences of a text: split after . ! ? and at line breaks. */
const sentences = (text: string) =>
	text
		.split(/(?<=[.!?])\s+|\n/)
		.map((s) => s.trim())
		.filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

/** The characters of Windows-1252 beyond ASCII and Latin-1 (curly quotes, dashes, euro). */
const WINDOWS_1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function isWindows1252(ch: string): boolean {
	const code = ch.codePointAt(0) ?? 0;
	return (
		ch === '\n' ||
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xff) ||
		WINDOWS_1252_EXTRA.includes(ch)
	);
}

/** Dutch institutions, schemes and insurance words: only in the Dutch region's texts. */
const DUTCH_NAMES =
	/Wmo|thuiszorgwinkel|In Balans|Zicht op Evenwicht|Gezondheidsraad|VeiligheidNL|eigen risico|basisverzekering|Zorginstituut|Doortrappen|belcirkel|Voedingscentrum|Ketenaanpak/;

describe('the 12-question test (selftest)', () => {
	const scored = ITEMS.filter((item) => item.fallRiskTestPoints !== undefined);

	it('is the 12 Stay Independent questions, in order, with their points', () => {
		expect(scored.map((item) => [item.id, item.fallRiskTestPoints])).toEqual(
			SELFTEST.map(([id, points]) => [id, points])
		);
		expect(scored.reduce((sum, item) => sum + (item.fallRiskTestPoints ?? 0), 0)).toBe(14);
	});

	it('is exactly what the selftest topic asks, in that order', () => {
		expect(itemsForArea('selftest').map((item) => item.id)).toEqual(SELFTEST.map(([id]) => id));
	});

	it('scores yes, is always asked, allows no “not applicable”, and is a risk factor with a finding', () => {
		for (const item of scored) {
			expect(item.kind, item.id).toBe('risk-factor');
			if (item.kind !== 'risk-factor') continue;
			expect(item.hazardWhen, item.id).toBe('yes');
			expect(item.allowNA, item.id).toBe(false);
			expect(item.askWhen, item.id).toBeUndefined();
			expect(item.quick, item.id).toBe(true);
			expect(item.finding.en && item.finding.nl, item.id).toBeTruthy();
			expect(item.sources, item.id).toContain('SI');
		}
	});

	it('has the review’s wording', () => {
		expect(itemById('balance.worried')!.question.nl).toBe('Maakt u zich zorgen dat u valt?');
		expect(itemById('balance.meds-dizzy')!.question.nl).toMatch(/moeier dan normaal/);
		expect(itemById('balance.walking-aid')!.question.nl).toMatch(/looprek/);
		expect(itemById('balance.walking-aid')!.question.en).toMatch(/walking frame or rollator/);
		expect(itemById('balance.unsteady')!.question.en).toMatch(/standing or walking/);
	});
});

describe('falls and fall risk', () => {
	const falls = itemsForArea('falls').map((item) => item.id);

	it('starts with the three key questions in the World Guidelines’ order', () => {
		expect(falls.slice(0, 3)).toEqual([...KEY_QUESTION_IDS]);
		for (const id of KEY_QUESTION_IDS) expect(itemById(id)!.areas).toEqual(['falls', 'selftest']);
	});

	it('asks the severity of a fall as one tick list of risk factors, after a fall only', () => {
		for (const id of SEVERITY_ITEM_IDS) {
			const item = itemById(id)!;
			expect(item.kind, id).toBe('risk-factor');
			expect(item.group, id).toBe('falls.severity');
			expect(item.askWhen, id).toEqual({ item: 'balance.fallen', answer: 'yes' });
		}
		expect(falls.slice(3, 3 + SEVERITY_ITEM_IDS.length)).toEqual([...SEVERITY_ITEM_IDS]);
		expect(asked('falls.injured', { 'balance.fallen': 'no', 'balance.unsteady': 'yes' })).toBe(
			false
		);
	});

	it('asks whether the person can get up from the floor, as a hazard with a fix', () => {
		const item = itemById('falls.get-up-floor')!;
		expect(item.kind).toBe('hazard');
		if (item.kind === 'hazard') {
			expect(item.hazardWhen).toBe('no');
			expect(item.owner).toBe('physio');
		}
	});

	it('asks the gait tests after a yes to any key question, and lets them be “not possible”', () => {
		for (const id of [TUG_ITEM_ID, WALK_ITEM_ID, CHAIR_STAND_ITEM_ID]) {
			const item = itemById(id)!;
			expect(item.kind, id).toBe('measure');
			expect(item.allowNA, id).toBe(true);
			for (const key of KEY_QUESTION_IDS) {
				const values: Record<string, AnswerValue> = Object.fromEntries(
					KEY_QUESTION_IDS.map((k) => [k, k === key ? 'yes' : 'no'])
				);
				expect(asked(id, values), `${id} after ${key}`).toBe(true);
			}
			expect(asked(id, Object.fromEntries(KEY_QUESTION_IDS.map((k) => [k, 'no'])))).toBe(false);
		}
	});

	it('times the TUG and the walk in seconds and counts the chair stand over 30 seconds', () => {
		const tug = itemById(TUG_ITEM_ID)!;
		const walk = itemById(WALK_ITEM_ID)!;
		const chair = itemById(CHAIR_STAND_ITEM_ID)!;
		if (tug.kind !== 'measure' || walk.kind !== 'measure' || chair.kind !== 'measure')
			throw new Error('not measures');
		expect([tug.unit, walk.unit, chair.unit]).toEqual(['seconds', 'seconds', 'count']);
		expect(tug.countdownSeconds).toBeUndefined();
		expect(walk.countdownSeconds).toBeUndefined();
		expect(chair.countdownSeconds).toBe(30);
		expect(tug.range.min).toBeLessThan(15);
		expect(tug.range.max).toBeGreaterThan(60);
		expect(walk.range.min).toBeLessThan(5);
		expect(chair.range).toEqual({ min: 0, max: 40 });
	});

	it('explains each test one short sentence a line, in both languages', () => {
		for (const id of [TUG_ITEM_ID, WALK_ITEM_ID, CHAIR_STAND_ITEM_ID]) {
			const item = itemById(id)!;
			if (item.kind !== 'measure') throw new Error(id);
			for (const language of LANGUAGES) {
				const lines = item.howTo[language].split('\n');
				expect(lines.length, `${id} ${language}`).toBeGreaterThanOrEqual(5);
				for (const line of lines) {
					expect(line, `${id} ${language}`).toMatch(/^\S.*[.]$/);
					expect(words(line), `${id} ${language}: ${line}`).toBeLessThanOrEqual(18);
				}
			}
		}
		expect(itemById(TUG_ITEM_ID)!.kind === 'measure' && itemById(TUG_ITEM_ID)).toBeTruthy();
	});
});

describe('the budgets on a fresh person', () => {
	const fresh = TOPICS.map((topic) => questions(topic, { fresh: true }));
	const all = union(fresh);
	const quick = union(TOPICS.map((topic) => questions(topic, { fresh: true, quick: true })));

	it(`asks at most ${MAX_FRESH_QUESTIONS} questions in all, an item shown in two topics once`, () => {
		expect(all.size).toBeLessThanOrEqual(MAX_FRESH_QUESTIONS);
	});

	it(`shows at most ${MAX_PER_TOPIC} questions on any topic (the self-test its 12)`, () => {
		const sizes = Object.fromEntries(TOPICS.map((topic, i) => [topic, fresh[i]!.size]));
		for (const [topic, size] of Object.entries(sizes))
			expect(size, topic).toBeLessThanOrEqual(MAX_PER_TOPIC);
		expect(sizes.selftest).toBe(12);
	});

	it(`keeps at most ${MAX_PER_TOPIC} on any topic even with every follow-up shown`, () => {
		for (const topic of TOPICS)
			expect(questions(topic, { fresh: false }).size, topic).toBeLessThanOrEqual(MAX_PER_TOPIC);
	});

	it(`asks at most ${MAX_QUICK} questions in the quick check, and at most two more after follow-ups`, () => {
		expect(quick.size).toBeLessThanOrEqual(MAX_QUICK);
		const quickAll = union(TOPICS.map((topic) => questions(topic, { fresh: false, quick: true })));
		expect(quickAll.size).toBeLessThanOrEqual(MAX_QUICK + 2);
	});

	it('puts the 12-question test, sleeping pills and sedatives, and indoor shoes in the quick check', () => {
		for (const id of [
			'medicines.sleeping-pills',
			'medicines.sedatives',
			'medicines.many',
			'footwear.indoor-shoes'
		])
			expect(itemById(id)!.quick, id).toBe(true);
		for (const id of [...SEVERITY_ITEM_IDS, TUG_ITEM_ID, 'medicines.review'])
			expect(itemById(id)!.quick, id).toBe(true);
	});
});

describe('personal items', () => {
	it('are asked only in personal topics, in the topics’ order', () => {
		for (const item of PERSONAL) {
			expect(
				item.areas.every((area) => TOPICS.includes(area)),
				item.id
			).toBe(true);
			const positions = item.areas.map((area) => TOPICS.indexOf(area));
			expect(positions, item.id).toEqual([...positions].sort((a, b) => a - b));
			expect(new Set(item.areas).size, item.id).toBe(item.areas.length);
		}
	});

	it('have well-formed ids and honest, known sources', () => {
		for (const item of PERSONAL) {
			expect(item.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
			expect(item.sources.length, item.id).toBeGreaterThan(0);
			expect(
				item.sources.every((s) => (SOURCES as readonly string[]).includes(s)),
				item.id
			).toBe(true);
			expect(new Set(item.sources).size, item.id).toBe(item.sources.length);
		}
	});

	it('state each finding as a short statement', () => {
		for (const item of PERSONAL) {
			if (item.kind !== 'hazard' && item.kind !== 'risk-factor') continue;
			for (const language of LANGUAGES) {
				const finding = item.finding[language];
				expect(finding.length, `${item.id} ${language}`).toBeLessThanOrEqual(80);
				expect(finding, `${item.id} ${language}`).toMatch(/^[A-Z0-9]/);
				expect(finding, `${item.id} ${language}`).not.toMatch(/[.?]$/);
			}
		}
	});

	it('give every hazard a fix, an owner, a priority and a reason for it', () => {
		for (const item of PERSONAL) {
			if (item.kind !== 'hazard') continue;
			expect(item.fix.en && item.fix.nl, item.id).toBeTruthy();
			expect(OWNERS, item.id).toContain(item.owner);
			expect(PRIORITIES, item.id).toContain(item.priority);
			expect(item.priorityReason.trim(), item.id).not.toBe('');
		}
	});

	it('give risk factors, context and measures no fix: they are not actions', () => {
		for (const item of PERSONAL) {
			if (item.kind === 'hazard') continue;
			expect('fix' in item, item.id).toBe(false);
			expect('owner' in item, item.id).toBe(false);
		}
	});

	it('refer in askWhen to an earlier, unconditional item of the same person', () => {
		for (const item of PERSONAL) {
			if (!item.askWhen) continue;
			for (const condition of conditionsOf(item.askWhen)) {
				const target = itemById(condition.item);
				expect(target, `${item.id} -> ${condition.item}`).toBeDefined();
				if (!target) continue;
				expect(isPersonal(target), `${item.id} -> ${target.id}`).toBe(true);
				expect(ITEMS.indexOf(target), `${item.id} -> ${target.id}`).toBeLessThan(
					ITEMS.indexOf(item)
				);
				expect(target.askWhen, `${item.id} -> ${target.id}`).toBeUndefined();
			}
		}
	});
});

describe('personal tick lists', () => {
	it('have a prompt, and boxes that follow each other with the same areas, askWhen and quick', () => {
		for (const group of personalGroups()) {
			for (const language of LANGUAGES) expect(group.prompt[language]).toMatch(/[?:]$/);
			const boxes = ITEMS.filter((item) => item.group === group.id);
			expect(boxes.length, group.id).toBeGreaterThanOrEqual(2);
			const first = ITEMS.indexOf(boxes[0]!);
			expect(
				boxes.map((box) => ITEMS.indexOf(box)),
				group.id
			).toEqual(boxes.map((_, i) => first + i));
			for (const box of boxes) {
				expect(box.areas, box.id).toEqual(boxes[0]!.areas);
				expect(box.askWhen, box.id).toEqual(boxes[0]!.askWhen);
				expect(box.quick, box.id).toEqual(boxes[0]!.quick);
				expect(box.option?.en && box.option?.nl, box.id).toBeTruthy();
				if (box.kind === 'hazard' || box.kind === 'risk-factor')
					expect(box.hazardWhen, box.id).toBe('yes');
			}
		}
	});

	it('are the only items with an option, and every group named exists', () => {
		for (const item of PERSONAL) {
			expect(item.option !== undefined, item.id).toBe(item.group !== undefined);
			if (item.group) expect(groupById(item.group), item.id).toBeDefined();
		}
	});
});

describe('what is asked when', () => {
	it('asks for one medication review after any fall-risk medicine, 5 or more, or a medicine question of the test', () => {
		const review = itemById('medicines.review')!;
		const triggers = conditionsOf(review.askWhen!).map((c) => c.item);
		const boxes = ITEMS.filter((item) => item.group === 'medicines.fall-risk').map((i) => i.id);
		expect(boxes.length).toBeGreaterThanOrEqual(11);
		for (const id of [...boxes, 'medicines.many', 'balance.meds-dizzy', 'balance.meds-sleep-mood'])
			expect(triggers, id).toContain(id);
		expect(asked('medicines.review', {})).toBe(false);
		expect(PERSONAL.filter((item) => /review/.test(item.id)).map((item) => item.id)).toEqual([
			'medicines.review'
		]);
	});

	it('asks about vitamin D only where it is advised', () => {
		const noRisk = Object.fromEntries(
			ITEMS.filter((item) => item.group === 'bones.risk').map((item) => [item.id, 'no'])
		) as Record<string, AnswerValue>;
		const outdoors = { ...noRisk, 'bones.daylight': 'yes' } as const;
		expect(asked('bones.vitamin-d', outdoors)).toBe(false);
		for (const id of [
			'bones.age',
			'bones.woman-menopause',
			'bones.dark-skin',
			'bones.osteoporosis'
		])
			expect(asked('bones.vitamin-d', { ...outdoors, [id]: 'yes' }), id).toBe(true);
		expect(asked('bones.vitamin-d', { ...noRisk, 'bones.daylight': 'no' })).toBe(true);
	});

	it('asks about a bone density scan only when a risk factor is present', () => {
		expect(asked('bones.checked', { 'bones.age': 'yes', 'bones.woman-menopause': 'yes' })).toBe(
			false
		);
		for (const id of [
			'bones.fracture',
			'bones.prednisone',
			'bones.family',
			'bones.menopause-early',
			'bones.low-weight',
			'bones.thyroid'
		])
			expect(asked('bones.checked', { [id]: 'yes' }), id).toBe(true);
	});

	it('asks about the osteoporosis medicine only with osteoporosis', () => {
		expect(asked('bones.osteoporosis-medicine', {})).toBe(false);
		expect(asked('bones.osteoporosis-medicine', { 'bones.osteoporosis': 'yes' })).toBe(true);
	});

	it('asks about a fall-prevention programme, at high priority, when a key question is yes', () => {
		const item = itemById('exercise.fall-programme')!;
		expect(item.kind === 'hazard' && item.priority).toBe('high');
		expect(asked(item.id, { 'balance.worried': 'yes' })).toBe(true);
		expect(
			asked(item.id, { 'balance.fallen': 'no', 'balance.unsteady': 'no', 'balance.worried': 'no' })
		).toBe(false);
	});

	it('asks for daily contact and a higher-priority alarm when the person lives alone', () => {
		const alone = { 'health.lives-alone': 'yes' } as const;
		const together = { 'health.lives-alone': 'no' } as const;
		expect(asked('health.daily-contact', alone)).toBe(true);
		expect(asked('health.call-help-alone', alone)).toBe(true);
		expect(asked('balance.call-help', alone)).toBe(false);
		expect(asked('balance.call-help', together)).toBe(true);
		expect(asked('health.call-help-alone', together)).toBe(false);
		const high = itemById('health.call-help-alone')!;
		const medium = itemById('balance.call-help')!;
		expect(high.kind === 'hazard' && high.priority).toBe('high');
		expect(medium.kind === 'hazard' && medium.priority).toBe('medium');
	});

	it('asks the walking-aid follow-ups after a walking aid, and continence aids after rushing or nocturia', () => {
		for (const id of ['balance.aid-condition', 'balance.aid-indoors']) {
			expect(asked(id, { 'balance.walking-aid': 'yes' }), id).toBe(true);
			expect(asked(id, { 'balance.walking-aid': 'no' }), id).toBe(false);
		}
		expect(asked('health.continence-aids', { 'balance.toilet-rush': 'yes' })).toBe(true);
		expect(asked('health.continence-aids', { 'health.night-toilet': 'yes' })).toBe(true);
		expect(asked('health.continence-aids', {})).toBe(false);
	});

	it('gives the painful-feet fix to the podiatrist and the glasses to the person', () => {
		const feet = itemById('footwear.foot-problems')!;
		const glasses = itemById('eyesight.glasses-poor')!;
		expect(feet.kind === 'hazard' && feet.owner).toBe('podiatrist');
		expect(glasses.kind === 'hazard' && glasses.owner).toBe('self');
	});
});

describe('personal texts', () => {
	const texts = personalTexts();

	it('are present and different in both languages', () => {
		for (const { where, text } of texts) {
			for (const language of LANGUAGES) expect(text[language]?.trim(), where).toBeTruthy();
			expect(text.en, where).not.toBe(text.nl);
		}
	});

	it('use curly quotes, only Windows-1252 characters, no IJ ligature and no stray spaces', () => {
		const bad: string[] = [];
		for (const { where, text } of texts) {
			for (const language of LANGUAGES) {
				const value = text[language];
				if (/['"]/.test(value)) bad.push(`${where} [${language}]: straight quote`);
				if (/[\u0132\u0133]/.test(value)) bad.push(`${where} [${language}]: IJ ligature`);
				const odd = [...value].filter((ch) => !isWindows1252(ch));
				if (odd.length > 0) bad.push(`${where} [${language}]: ${odd.join(' ')}`);
				if (value !== value.trim() || / {2,}/.test(value))
					bad.push(`${where} [${language}]: spaces`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('end questions with a question mark and explanations with a full stop', () => {
		const bad: string[] = [];
		for (const item of PERSONAL) {
			const ends: [string, Text | undefined, RegExp][] = [
				['question', item.question, /\?$/],
				['why', item.why, /\.$/],
				['fix', item.kind === 'hazard' ? item.fix : undefined, /\.$/]
			];
			for (const regional of Object.values(item.regional ?? {})) {
				ends.push(['regional why', regional?.why, /\.$/], ['regional fix', regional?.fix, /\.$/]);
			}
			for (const [field, text, end] of ends)
				for (const language of LANGUAGES)
					if (text && !end.test(text[language])) bad.push(`${item.id} ${field} [${language}]`);
		}
		expect(bad).toEqual([]);
	});

	it(`keep Dutch sentences to ${MAX_DUTCH_WORDS} words`, () => {
		const long = texts.flatMap(({ where, text }) =>
			sentences(text.nl)
				.filter((sentence) => words(sentence) > MAX_DUTCH_WORDS)
				.map((sentence) => `${where}: ${sentence}`)
		);
		expect(long).toEqual([]);
	});

	it('name Dutch institutions and schemes only in the Dutch region', () => {
		const bad = texts
			.filter(({ base, text }) => base && LANGUAGES.some((l) => DUTCH_NAMES.test(text[l])))
			.map(({ where }) => where);
		expect(bad).toEqual([]);
	});

	it('speak British English and follow the Dutch editor', () => {
		const bad: string[] = [];
		for (const { where, text } of texts) {
			if (/\b(walker|curb|color|flashlight|doctor’s office)\b/i.test(text.en)) bad.push(where);
			if (/kousenaantrekker|waarschijnlijker|nat email|\(Wmo\)|buk door/i.test(text.nl))
				bad.push(where);
			if (/(?<!grijze )staar/i.test(text.nl)) bad.push(`${where}: staar`);
		}
		expect(bad).toEqual([]);
	});

	it('give regional texts in both languages, different from the base', () => {
		for (const item of PERSONAL) {
			for (const [region, regional] of Object.entries(item.regional ?? {})) {
				if (regional?.fix && item.kind === 'hazard')
					expect(regional.fix.en, `${item.id} ${region}`).not.toBe(item.fix.en);
				if (regional?.why) expect(regional.why.en, `${item.id} ${region}`).not.toBe(item.why.en);
			}
		}
	});
});

describe('retired personal ids', () => {
	const moves = RETIRED_PERSONAL_ITEMS;

	it('move every old personal id that no longer exists, exactly once', () => {
		const gone = OLD_PERSONAL_IDS.filter((id) => !itemById(id));
		const moved = moves.map((move) => move.from);
		expect([...moved].sort()).toEqual([...gone].sort());
		expect(new Set(moved).size).toBe(moved.length);
	});

	it('move to items that exist, with a reason', () => {
		for (const move of moves) {
			expect(itemById(move.from), move.from).toBeUndefined();
			if (move.to) expect(itemById(move.to), move.from).toBeDefined();
			expect(move.why.trim(), move.from).not.toBe('');
			expect(move.toHome, move.from).toBeUndefined();
		}
	});

	it('turn the answers round where a question became a tick-list box', () => {
		for (const from of [
			'footwear.sit-to-dress',
			'footwear.clothes-length',
			'eyesight.glasses-condition'
		]) {
			const move = moves.find((m) => m.from === from)!;
			expect(move.values?.yes, from).toBe('no');
			expect(move.values?.no, from).toBe('yes');
			expect(itemById(move.to!)!.group, from).toBeDefined();
		}
	});

	it('keep the ids the old catalogue had wherever the meaning is kept', () => {
		for (const [id] of SELFTEST) expect(OLD_PERSONAL_IDS, id).toContain(id);
		for (const id of ['balance.dizzy-standing', 'balance.call-help', 'exercise.fall-programme'])
			expect(itemById(id), id).toBeDefined();
	});
});

describe('the personal mapping tables in docs/checklist.md', () => {
	const whole = readFileSync(new URL('../../../docs/checklist.md', import.meta.url), 'utf8');
	const doc = whole.slice(
		whole.indexOf('### The personal factors'),
		whole.indexOf('## To confirm')
	);
	const confirm = whole.slice(whole.indexOf('## To confirm'));
	const lines = doc.split('\n');
	const isSeparator = (line: string | undefined) => /^\|[\s|:-]+\|$/.test(line ?? '');
	const rows = lines.filter(
		(line, i) => line.startsWith('|') && !isSeparator(line) && !isSeparator(lines[i + 1])
	);

	it('maps every table row to real item ids only', () => {
		const bad: string[] = [];
		for (const row of rows) {
			const ids = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
			if (ids.length === 0) bad.push(`no id: ${row}`);
			for (const id of ids) if (!itemById(id)) bad.push(`unknown id ${id}: ${row}`);
		}
		expect(rows.length).toBeGreaterThanOrEqual(12 + 12 + 10);
		expect(bad).toEqual([]);
	});

	it('lists the 12 questions of the test in order', () => {
		const table = doc.slice(doc.indexOf('### (g)'), doc.indexOf('### (h)'));
		const positions = SELFTEST.map(([id]) => table.indexOf(`\`${id}\``));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('maps every multifactorial domain of the World Guidelines', () => {
		const table = doc.slice(doc.indexOf('### (h)'), doc.indexOf('### (i)'));
		for (const domain of [
			'Medicines',
			'Gait and balance',
			'Cognition',
			'Concern about falling',
			'Vision',
			'Hearing',
			'Orthostatic hypotension',
			'Feet and footwear',
			'Continence',
			'Daily activities',
			'home environment',
			'Nutrition and bone health'
		])
			expect(table, domain).toContain(domain);
	});

	it('has the personal points to confirm, under To confirm', () => {
		expect(confirm).toMatch(/^### The personal factors and the fall-risk level$/m);
		expect(confirm).toContain('Timed Up and Go cut-off');
	});
});
