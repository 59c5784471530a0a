/// <reference types="node" />
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { AREAS } from './areas';
import { GROUPS, ITEMS, areaById, groupById, itemById, itemsForArea } from './catalogue';
import { askWhenHolds, conditionsOf } from './conditions';
import { OWNER_NAMES, PRIORITY_NAMES, REGIONAL_OWNER_NAMES, SOURCE_NAMES } from './names';
import { ANSWER_MOVES, type AnswerMove } from './retired';
import { RETIRED_ROOM_ITEMS } from './items/retired-rooms';
import {
	LANGUAGES,
	OWNERS,
	PERSONAL_TOPICS,
	PRIORITIES,
	REGIONS,
	ROOM_TYPES,
	SOURCES,
	type AnswerValue,
	type AreaId,
	type Item,
	type Region,
	type Text
} from './types';

const AREA_IDS: readonly AreaId[] = [...ROOM_TYPES, 'home', ...PERSONAL_TOPICS];
const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];

/** What an area is asked of: a room of the home, the whole home, or a person. */
function kindOfArea(area: AreaId): 'room' | 'home' | 'personal' {
	if (area === 'home') return 'home';
	return (ROOM_TYPES as readonly string[]).includes(area) ? 'room' : 'personal';
}

/** The kind of room an item is asked of (its areas all have one kind; tested below). */
function kindOfItem(item: Item): 'room' | 'home' | 'personal' {
	return kindOfArea(item.areas[0]!);
}

/** Whether an item has a finding answer (hazards and risk factors). */
function findingAnswer(item: Item): 'yes' | 'no' | undefined {
	return item.kind === 'hazard' || item.kind === 'risk-factor' ? item.hazardWhen : undefined;
}

/** Whether an item is asked in a region. */
function askedIn(item: Item, region: Region): boolean {
	return !item.regions || item.regions.includes(region);
}

/** Whether an answer can be given to an item ('na' only where allowed, never to a box). */
function canAnswer(item: Item, value: AnswerValue): boolean {
	return value !== 'na' || (item.allowNA && !item.group);
}

/** English and Dutch spell these the same, and rightly so. */
const SAME_IN_BOTH = new Set(['Toilet']);

interface Where {
	where: string;
	text: Text;
	/** 'base' for texts shown in every region, else the region the text is for. */
	region: Region | 'base';
	/** The item the text belongs to, if any. */
	item?: Item;
	/** The field: question, why, fix, finding, option, label, howTo, prompt, hint, name, intro. */
	field: string;
}

/** Every text of the catalogue, with a label saying where it is. */
function allTexts(): Where[] {
	const texts: Where[] = [];
	for (const item of ITEMS) {
		const add = (field: string, text: Text, region: Region | 'base' = 'base') =>
			texts.push({
				where: `${item.id} ${field}${region === 'base' ? '' : ` (${region})`}`,
				text,
				region,
				item,
				field
			});
		add('question', item.question);
		add('why', item.why);
		if (item.kind === 'hazard') add('fix', item.fix);
		if (item.kind === 'hazard' || item.kind === 'risk-factor') add('finding', item.finding);
		if (item.kind === 'measure') add('howTo', item.howTo);
		if (item.option) add('option', item.option);
		if (item.labels) {
			add('label yes', item.labels.yes);
			add('label no', item.labels.no);
		}
		for (const region of REGIONS) {
			const regional = item.regional?.[region];
			if (regional?.why) add('why', regional.why, region);
			if (regional?.fix) add('fix', regional.fix, region);
		}
	}
	for (const group of GROUPS) {
		texts.push({
			where: `group ${group.id} prompt`,
			text: group.prompt,
			region: 'base',
			field: 'prompt'
		});
		if (group.hint)
			texts.push({
				where: `group ${group.id} hint`,
				text: group.hint,
				region: 'base',
				field: 'hint'
			});
	}
	for (const area of AREAS) {
		texts.push({ where: `area ${area.id} name`, text: area.name, region: 'base', field: 'name' });
		texts.push({
			where: `area ${area.id} intro`,
			text: area.intro,
			region: 'base',
			field: 'intro'
		});
	}
	for (const owner of OWNERS)
		texts.push({
			where: `owner ${owner}`,
			text: OWNER_NAMES[owner],
			region: 'base',
			field: 'name'
		});
	for (const region of REGIONS) {
		for (const [owner, text] of Object.entries(REGIONAL_OWNER_NAMES[region] ?? {}))
			texts.push({ where: `owner ${owner} (${region})`, text, region, field: 'name' });
	}
	for (const source of SOURCES)
		texts.push({
			where: `source ${source}`,
			text: SOURCE_NAMES[source],
			region: 'base',
			field: 'name'
		});
	for (const priority of PRIORITIES)
		texts.push({
			where: `priority ${priority}`,
			text: PRIORITY_NAMES[priority],
			region: 'base',
			field: 'name'
		});
	return texts;
}

/** The characters of Windows-1252 beyond ASCII that the PDF font has (Latin-1 plus curly quotes, dashes, euro). */
const WINDOWS_1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function isWindows1252(ch: string): boolean {
	const code = ch.codePointAt(0) ?? 0;
	return (
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xff) ||
		WINDOWS_1252_EXTRA.includes(ch)
	);
}

/** The sentences of a text: split after . ! ? and at line breaks. */
function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** The words of a sentence (tokens with a letter or digit in them). */
function words(sentence: string): string[] {
	return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
}

describe('ids', () => {
	it('of items never repeat', () => {
		const seen = new Set<string>();
		const repeated = ITEMS.map((item) => item.id).filter((id) => seen.size === seen.add(id).size);
		expect(repeated).toEqual([]);
	});

	it('of tick lists never repeat and never equal an item id', () => {
		const seen = new Set<string>();
		const bad = GROUPS.map((group) => group.id).filter(
			(id) => seen.size === seen.add(id).size || itemById(id) !== undefined
		);
		expect(bad).toEqual([]);
	});

	it('are lower-case and dotted', () => {
		const bad = [...ITEMS, ...GROUPS]
			.map((thing) => thing.id)
			.filter((id) => !/^[a-z]+\.[a-z0-9-]+$/.test(id));
		expect(bad).toEqual([]);
	});
});

describe('texts', () => {
	it('are present and non-empty in every language', () => {
		const missing: string[] = [];
		for (const { where, text } of allTexts()) {
			for (const language of LANGUAGES) {
				const value: unknown = text?.[language];
				if (typeof value !== 'string' || value.trim() === '')
					missing.push(`${where} [${language}]`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('are translated: the English and Dutch twins differ', () => {
		const same = allTexts()
			.filter(({ text }) => text.en === text.nl && !SAME_IN_BOTH.has(text.en))
			.map(({ where }) => where);
		expect(same).toEqual([]);
	});

	it('never use the IJ ligature (U+0132, U+0133): write "ij" as two letters', () => {
		const bad = allTexts()
			.filter(({ text }) => LANGUAGES.some((l) => /[\u0132\u0133]/.test(text[l])))
			.map(({ where }) => where);
		expect(bad).toEqual([]);
	});

	it('only use characters the PDF font has (Windows-1252)', () => {
		const bad: string[] = [];
		for (const { where, text } of allTexts()) {
			for (const language of LANGUAGES) {
				const odd = [...text[language]].filter((ch) => ch !== '\n' && !isWindows1252(ch));
				if (odd.length > 0) bad.push(`${where} [${language}]: ${odd.join(' ')}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('use curly apostrophes and quotes, and no stray spaces', () => {
		const bad: string[] = [];
		for (const { where, text } of allTexts()) {
			for (const language of LANGUAGES) {
				const value = text[language];
				if (/['"]/.test(value)) bad.push(`${where} [${language}]: straight quote`);
				if (value !== value.trim() || /[ \t]{2,}|\s+\n|\n\s+/.test(value))
					bad.push(`${where} [${language}]: spaces`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('end questions with a question mark and explanations with a full stop', () => {
		const bad: string[] = [];
		for (const { where, text, field } of allTexts()) {
			for (const language of LANGUAGES) {
				const value = text[language];
				if (field === 'question' && !value.endsWith('?')) bad.push(`${where} [${language}]`);
				if ((field === 'why' || field === 'fix') && !value.endsWith('.'))
					bad.push(`${where} [${language}]`);
				if (field === 'prompt' && !/[?:]$/.test(value)) bad.push(`${where} [${language}]`);
				if ((field === 'option' || field.startsWith('label')) && /[.?:;]$/.test(value))
					bad.push(`${where} [${language}]`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('state findings: capital first, no question mark, no final full stop, at most 80 characters', () => {
		const bad: string[] = [];
		for (const { where, text, field } of allTexts()) {
			if (field !== 'finding') continue;
			for (const language of LANGUAGES) {
				const value = text[language];
				if (!/^(’s )?[\p{Lu}\d]/u.test(value)) bad.push(`${where} [${language}]: capital`);
				if (value.includes('?')) bad.push(`${where} [${language}]: question mark`);
				if (value.endsWith('.')) bad.push(`${where} [${language}]: full stop`);
				if (value.length > 80) bad.push(`${where} [${language}]: ${value.length} characters`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('Dutch at B1 level', () => {
	it('has no sentence over 25 words (this lists every one)', () => {
		const long: string[] = [];
		for (const { where, text } of allTexts()) {
			for (const sentence of sentences(text.nl)) {
				const count = words(sentence).length;
				if (count > 25) long.push(`${where} (${count} words): ${sentence}`);
			}
		}
		expect(long).toEqual([]);
	});
});

describe('items', () => {
	it('number at least 60', () => {
		expect(ITEMS.length).toBeGreaterThanOrEqual(60);
	});

	it('each have the fields of their kind', () => {
		const bad: string[] = [];
		const has = (text: Text | undefined) => !!text?.en?.trim() && !!text?.nl?.trim();
		for (const item of ITEMS) {
			switch (item.kind) {
				case 'hazard':
					if (!['yes', 'no'].includes(item.hazardWhen)) bad.push(`${item.id}: hazardWhen`);
					if (!has(item.finding)) bad.push(`${item.id}: finding`);
					if (!has(item.fix)) bad.push(`${item.id}: fix`);
					if (!(OWNERS as readonly string[]).includes(item.owner)) bad.push(`${item.id}: owner`);
					if (!(PRIORITIES as readonly string[]).includes(item.priority))
						bad.push(`${item.id}: priority`);
					if (!item.priorityReason?.trim()) bad.push(`${item.id}: priorityReason`);
					break;
				case 'risk-factor': {
					if (!['yes', 'no'].includes(item.hazardWhen)) bad.push(`${item.id}: hazardWhen`);
					if (!has(item.finding)) bad.push(`${item.id}: finding`);
					const extra = ['fix', 'owner', 'priority'].filter((field) => field in item);
					if (extra.length > 0) bad.push(`${item.id}: a risk factor is no action (${extra})`);
					break;
				}
				case 'context':
					if ('finding' in item || 'fix' in item) bad.push(`${item.id}: a context is no finding`);
					if (item.safeAnswer !== undefined && !canAnswer(item, item.safeAnswer))
						bad.push(`${item.id}: safeAnswer`);
					break;
				case 'measure':
					if (!['seconds', 'count'].includes(item.unit)) bad.push(`${item.id}: unit`);
					if (!(item.range?.min < item.range?.max)) bad.push(`${item.id}: range`);
					if (!has(item.howTo)) bad.push(`${item.id}: howTo`);
					break;
				default:
					bad.push(`${(item as Item).id}: unknown kind`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('in rooms are no context item without a safe answer (prefer "not applicable")', () => {
		const bad = ITEMS.filter(
			(item) => item.kind === 'context' && kindOfItem(item) === 'room' && !item.safeAnswer
		).map((item) => item.id);
		expect(bad).toEqual([]);
	});

	it('cite at least one source, and only known ones', () => {
		const bad = ITEMS.filter(
			(item) =>
				item.sources.length === 0 ||
				item.sources.some((s) => !(SOURCES as readonly string[]).includes(s)) ||
				new Set(item.sources).size !== item.sources.length
		).map((item) => item.id);
		expect(bad).toEqual([]);
	});

	it('each list at least one area, only known areas, none twice, all of one kind', () => {
		const bad = ITEMS.filter(
			(item) =>
				item.areas.length === 0 ||
				item.areas.some((a) => !AREA_IDS.includes(a)) ||
				new Set(item.areas).size !== item.areas.length ||
				new Set(item.areas.map(kindOfArea)).size !== 1
		).map((item) => item.id);
		expect(bad).toEqual([]);
	});

	it('have yes and no labels that differ, when they have labels', () => {
		const bad = ITEMS.filter(
			(item) =>
				item.labels &&
				(item.labels.yes.en === item.labels.no.en || item.labels.yes.nl === item.labels.no.nl)
		).map((item) => item.id);
		expect(bad).toEqual([]);
	});

	it('in rooms and the home name the landlord or the Wmo desk only when that is the owner', () => {
		const bad: string[] = [];
		for (const item of ITEMS) {
			if (item.kind !== 'hazard' || kindOfItem(item) === 'personal') continue;
			const fixes = [item.fix, ...REGIONS.map((r) => item.regional?.[r]?.fix)].filter(
				(fix): fix is Text => !!fix
			);
			const all = fixes.map((fix) => `${fix.en} ${fix.nl}`).join(' ');
			if (
				/landlord|housing association|verhuurder|woningcorporatie/i.test(all) &&
				item.owner !== 'landlord'
			)
				bad.push(`${item.id}: names the landlord, owner ${item.owner}`);
			if (/\bWmo\b/.test(all) && item.owner !== 'council')
				bad.push(`${item.id}: names the Wmo desk, owner ${item.owner}`);
		}
		expect(bad).toEqual([]);
	});
});

describe('tick lists', () => {
	it('each have a known group, an option, no labels and no "not applicable"', () => {
		const bad: string[] = [];
		for (const item of ITEMS) {
			if (item.option && !item.group) bad.push(`${item.id}: option without a group`);
			if (!item.group) continue;
			if (!groupById(item.group)) bad.push(`${item.id}: unknown group ${item.group}`);
			if (!item.option) bad.push(`${item.id}: no option`);
			if (item.labels) bad.push(`${item.id}: labels on a box`);
			if (item.allowNA) bad.push(`${item.id}: "not applicable" on a box`);
		}
		expect(bad).toEqual([]);
	});

	it('each have at least two boxes, next to each other in the catalogue', () => {
		const bad: string[] = [];
		for (const group of GROUPS) {
			const positions = ITEMS.flatMap((item, i) => (item.group === group.id ? [i] : []));
			if (positions.length < 2) bad.push(`${group.id}: ${positions.length} boxes`);
			else if (positions.at(-1)! - positions[0]! !== positions.length - 1)
				bad.push(`${group.id}: boxes not together`);
		}
		expect(bad).toEqual([]);
	});

	it('share their areas, askWhen and quick', () => {
		const bad: string[] = [];
		for (const group of GROUPS) {
			const boxes = ITEMS.filter((item) => item.group === group.id);
			const first = boxes[0];
			if (!first) continue;
			for (const box of boxes.slice(1)) {
				if (JSON.stringify(box.areas) !== JSON.stringify(first.areas)) bad.push(`${box.id}: areas`);
				if (JSON.stringify(box.askWhen) !== JSON.stringify(first.askWhen))
					bad.push(`${box.id}: askWhen`);
				if (box.quick !== first.quick) bad.push(`${box.id}: quick`);
				if (JSON.stringify(box.regions) !== JSON.stringify(first.regions))
					bad.push(`${box.id}: regions`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('tick the finding: every box of a hazard or risk factor is a finding when ticked', () => {
		const bad = ITEMS.filter((item) => item.group && findingAnswer(item) === 'no').map(
			(item) => item.id
		);
		expect(bad).toEqual([]);
	});
});

describe('askWhen', () => {
	const withAskWhen = ITEMS.filter((item) => item.askWhen);

	it('is used in at least two places', () => {
		expect(withAskWhen.length).toBeGreaterThanOrEqual(2);
	});

	it('refers to a known, earlier item asked of the same room or person, with an answer it can get', () => {
		const bad: string[] = [];
		for (const item of withAskWhen) {
			for (const condition of conditionsOf(item.askWhen!)) {
				const target = itemById(condition.item);
				if (!target) {
					bad.push(`${item.id}: unknown item ${condition.item}`);
					continue;
				}
				if (target.id === item.id) bad.push(`${item.id}: refers to itself`);
				if (ITEMS.indexOf(target) > ITEMS.indexOf(item))
					bad.push(`${item.id}: ${target.id} is asked later`);
				if (kindOfItem(item) !== kindOfItem(target))
					bad.push(`${item.id}: ${target.id} is asked of another kind of room`);
				else if (kindOfItem(item) === 'room') {
					const notShared = item.areas.filter((a) => !target.areas.includes(a));
					if (notShared.length > 0)
						bad.push(`${item.id}: ${target.id} is not asked in ${notShared.join(', ')}`);
				}
				const answers =
					typeof condition.answer === 'string' ? [condition.answer] : condition.answer;
				if (answers.length === 0) bad.push(`${item.id}: no answer`);
				for (const answer of answers) {
					if (!ANSWER_VALUES.includes(answer) || !canAnswer(target, answer))
						bad.push(`${item.id}: ${target.id} cannot be answered ${answer}`);
				}
				if (REGIONS.some((r) => askedIn(item, r) && !askedIn(target, r)))
					bad.push(`${item.id}: ${target.id} is not asked in every region`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('of a quick item refers only to quick items (or it is never asked in the quick check)', () => {
		const bad = withAskWhen
			.filter((item) => item.quick)
			.flatMap((item) =>
				conditionsOf(item.askWhen!)
					.filter((c) => !itemById(c.item)?.quick)
					.map((c) => `${item.id}: ${c.item}`)
			);
		expect(bad).toEqual([]);
	});
});

describe('regions', () => {
	it('are known, and regional texts are complete and only where they can be shown', () => {
		const bad: string[] = [];
		for (const item of ITEMS) {
			if (
				item.regions &&
				(item.regions.length === 0 || item.regions.some((r) => !REGIONS.includes(r)))
			)
				bad.push(`${item.id}: regions`);
			for (const [region, texts] of Object.entries(item.regional ?? {})) {
				if (!(REGIONS as readonly string[]).includes(region))
					bad.push(`${item.id}: region ${region}`);
				if (!texts?.why && !texts?.fix) bad.push(`${item.id}: empty regional ${region}`);
				if (texts?.fix && item.kind !== 'hazard')
					bad.push(`${item.id}: regional fix on a ${item.kind}`);
			}
		}
		expect(bad).toEqual([]);
	});

	/**
	 * Dutch-only institutions and schemes: they belong in `regional.nl` (or in an item asked only
	 * in the Netherlands), never in a text shown in the general region.
	 */
	const DUTCH_ONLY: readonly RegExp[] = [
		/\bWmo\b/,
		/thuiszorgwinkel/i,
		/\bIn Balans\b/,
		/Zicht op Evenwicht/i,
		/VeiligheidNL/i,
		/Gezondheidsraad/i,
		/zorgverzeker/i,
		/eigen risico/i,
		/basisverzekering/i,
		/Voedingscentrum/i,
		/Ketenaanpak/i,
		/huisartsenpost/i,
		/Zorginstituut/i
	];

	it('keep Dutch-only institutions out of base and general texts, in both languages', () => {
		const bad: string[] = [];
		for (const { where, text, region, item, field } of allTexts()) {
			if (region === 'nl' || (field === 'name' && !item)) continue;
			if (item && !askedIn(item, 'general')) continue;
			for (const language of LANGUAGES) {
				const names = DUTCH_ONLY.filter((name) => name.test(text[language]));
				if (names.length > 0) bad.push(`${where} [${language}]: ${names.join(', ')}`);
			}
		}
		expect(bad).toEqual([]);
	});
});

/**
 * The items of the catalogue at commit f27dab1, before the redesign: id, kind of room, whether
 * "not applicable" was allowed, and the finding answer. Answers may be stored against any of them.
 */
const OLD_ITEMS = `
	balance.fallen personal - yes
	balance.walking-aid personal - yes
	balance.unsteady personal - yes
	balance.furniture personal - yes
	balance.worried personal - yes
	balance.hands-to-stand personal - yes
	balance.kerb personal - yes
	balance.toilet-rush personal - yes
	balance.numb-feet personal - yes
	balance.meds-dizzy personal - yes
	balance.meds-sleep-mood personal - yes
	balance.sad personal - yes
	balance.fall-checked personal - no
	balance.aid-condition personal - no
	balance.aid-indoors personal - no
	balance.dizzy-standing personal - yes
	balance.call-help personal - no
	bathroom.shower-floor room - no
	bathroom.bath-mat room na no
	bathroom.grab-rail room - no
	bathroom.towel-rail room - yes
	bathroom.step-in room - no
	bathroom.shower-seat room - no
	bathroom.floor-dry room - no
	bathroom.night-light room - no
	bedroom.light-from-bed room - no
	bedroom.night-light room - no
	bedroom.bed-in-out room - no
	bedroom.bed-height room - no
	bedroom.path-door room - no
	bedroom.get-up-slowly room - no
	bedroom.phone room - no
	bedroom.torch room - no
	bedroom.glasses room na no
	bedroom.walking-aid room na no
	bones.dairy personal - no
	bones.greens-nuts personal - no
	bones.daylight personal - no
	bones.oily-fish personal - no
	bones.vitamin-d personal - no
	bones.supplement-taken personal na no
	bones.osteoporosis-medicine personal na no
	bones.fracture personal - yes
	bones.age personal - yes
	bones.woman-menopause personal - yes
	bones.early-menopause personal - yes
	bones.family personal - yes
	bones.thyroid personal - yes
	bones.prednisone personal - yes
	bones.slender personal - yes
	bones.underweight personal - yes
	bones.smoking personal - yes
	bones.varied-diet personal - no
	bones.coffee personal - yes
	bones.salt personal - yes
	bones.checked personal - no
	entrance.path-even room - no
	entrance.path-clear room - no
	entrance.steps-firm room na no
	entrance.steps-rail room na no
	entrance.step-edges room na no
	entrance.light room - no
	entrance.threshold room na no
	entrance.ice-leaves-moss room - no
	entrance.bag-shelf room - no
	entrance.door-easy room - no
	entrance.help-can-enter room - no
	exercise.daily-30 personal - no
	exercise.strength-balance personal - no
	exercise.weight-bearing personal - no
	exercise.fear-avoid personal - yes
	exercise.sitting personal - yes
	exercise.safe-movement personal - no
	exercise.fall-programme personal - no
	eyesight.test personal - no
	eyesight.getting-worse personal - yes
	eyesight.reading-glasses personal na yes
	eyesight.varifocals personal na yes
	eyesight.glasses-condition personal na no
	footwear.indoor-shoes personal - no
	footwear.socks-barefoot personal - yes
	footwear.high-heels personal - yes
	footwear.slippery-soles personal - yes
	footwear.outdoor-grip personal - no
	footwear.foot-problems personal - yes
	footwear.sit-to-dress personal - no
	footwear.clothes-length personal - no
	general.floor-clear room - no
	general.rugs-fixed room na no
	general.floor-covering room - no
	general.floor-slippery room - no
	general.cords room - no
	general.furniture-route room - no
	general.threshold room na no
	general.light-bright room - no
	general.switch-door room - no
	general.door-lock room na no
	kitchen.reach room - no
	kitchen.climbing room - yes
	kitchen.step-stool room na no
	kitchen.bending room - no
	kitchen.spills room - no
	kitchen.carry-meals room - no
	kitchen.pets room na no
	living.chair-get-up room - no
	living.chair-armrests room - no
	living.furniture-sturdy room na no
	living.lamp-reach room - no
	living.phone-reach room - no
	medicines.sleeping-pills personal - yes
	medicines.sedatives personal - yes
	medicines.blood-pressure personal - yes
	medicines.strong-painkillers personal - yes
	medicines.many personal - yes
	medicines.review personal na no
	medicines.alcohol personal - yes
	other.tools-away room na no
	other.outdoor-even room na no
	other.outdoor-slippery room na no
	other.steps-rail room na no
	other.balcony-threshold room na no
	other.laundry-carry room na no
	other.ladder room - yes
	stairs.clear room - no
	stairs.steps-firm room - no
	stairs.rail-both-sides room - no
	stairs.rail-full-length room - no
	stairs.rail-firm room - no
	stairs.light-over room - no
	stairs.switch-top-bottom room - no
	stairs.bulbs-work room - no
	stairs.covering-fixed room na no
	stairs.steps-not-slippery room - no
	stairs.edges-visible room - no
	stairs.carrying room - yes
	stairs.manage room - no
	stairs.pets room na yes
	toilet.get-up room - no
	toilet.rail room - no
	toilet.route-lit room - no
	toilet.near-bedroom room - no
`
	.trim()
	.split('\n')
	.map((line) => {
		const [id, kind, na, hazardWhen] = line.trim().split(' ') as [string, string, string, string];
		return { id, kind: kind as 'room' | 'personal', allowNA: na === 'na', hazardWhen };
	});

describe('retired ids', () => {
	const current = new Set(ITEMS.map((item) => item.id));
	const old = new Map(OLD_ITEMS.map((o) => [o.id, o]));

	it('are the 141 items of the old catalogue', () => {
		expect(OLD_ITEMS).toHaveLength(141);
	});

	it('each have exactly one move, and only retired ids have one', () => {
		const bad: string[] = [];
		for (const { id } of OLD_ITEMS) {
			const moves = ANSWER_MOVES.filter((move) => move.from === id).length;
			if (!current.has(id) && moves !== 1) bad.push(`${id}: ${moves} moves`);
		}
		for (const move of ANSWER_MOVES) {
			if (current.has(move.from)) bad.push(`${move.from}: still an item, but moved`);
			if (!old.has(move.from)) bad.push(`${move.from}: never an item`);
		}
		expect(bad).toEqual([]);
	});

	it('move to a real item of the right kind, with values it can take, and say why', () => {
		const bad: string[] = [];
		for (const move of ANSWER_MOVES) {
			const from = old.get(move.from);
			if (!move.why?.trim()) bad.push(`${move.from}: no why`);
			for (const [key, value] of Object.entries(move.values ?? {})) {
				if (!ANSWER_VALUES.includes(key as AnswerValue)) bad.push(`${move.from}: value ${key}`);
				if (value !== null && !ANSWER_VALUES.includes(value)) bad.push(`${move.from}: to ${value}`);
			}
			if (move.to === undefined) {
				if (move.values || move.toHome) bad.push(`${move.from}: values without a target`);
				continue;
			}
			const to = itemById(move.to);
			if (!to) {
				bad.push(`${move.from}: unknown target ${move.to}`);
				continue;
			}
			if (move.toHome && (kindOfItem(to) !== 'home' || from?.kind !== 'room'))
				bad.push(`${move.from}: toHome must go from a room to the home`);
			if (!move.toHome && from && kindOfItem(to) !== (from.kind === 'room' ? 'room' : 'personal'))
				bad.push(`${move.from}: moves to another kind of room without toHome`);
			if (from && to.kind === 'context') bad.push(`${move.from}: moves to a context item`);
			for (const value of moveValues(move, from?.allowNA ?? true)) {
				if (value !== null && !canAnswer(to, value))
					bad.push(`${move.from}: gives ${move.to} the answer ${value}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('fill one item from several old ones only with findings, but for one of them', () => {
		const bad: string[] = [];
		const targets = new Set(ANSWER_MOVES.filter((m) => m.to && !m.toHome).map((m) => m.to!));
		for (const target of targets) {
			const item = itemById(target);
			if (!item) continue;
			const moves = ANSWER_MOVES.filter((m) => m.to === target && !m.toHome);
			const carriers = moves.filter((move) =>
				moveValues(move, old.get(move.from)?.allowNA ?? true).some(
					(value) => value !== null && value !== findingAnswer(item)
				)
			);
			const kept = old.has(target) ? 1 : 0;
			if (carriers.length + kept > 1)
				bad.push(
					`${target}: ${carriers.map((m) => m.from).join(', ')}${kept ? ' and its own answers' : ''}`
				);
		}
		expect(bad).toEqual([]);
	});

	it('that are kept keep their finding answer, and "not applicable" where it was allowed', () => {
		const bad: string[] = [];
		for (const o of OLD_ITEMS) {
			const item = itemById(o.id);
			if (!item) continue;
			const answer = findingAnswer(item);
			if (answer !== undefined && answer !== o.hazardWhen)
				bad.push(`${o.id}: finding answer turned round`);
			if (o.allowNA && !canAnswer(item, 'na'))
				bad.push(`${o.id}: "not applicable" no longer allowed`);
			if (kindOfItem(item) !== (o.kind === 'room' ? 'room' : 'personal'))
				bad.push(`${o.id}: asked of another kind of room`);
		}
		expect(bad).toEqual([]);
	});

	it('of the rooms all live in retired-rooms.ts', () => {
		const rooms = OLD_ITEMS.filter((o) => o.kind === 'room' && !current.has(o.id)).map((o) => o.id);
		expect(RETIRED_ROOM_ITEMS.map((m) => m.from).sort()).toEqual(rooms.sort());
	});
});

/** The answers a move can give the new item, from the answers the old item could have. */
function moveValues(move: AnswerMove, oldAllowsNA: boolean): (AnswerValue | null)[] {
	const given: AnswerValue[] = oldAllowsNA ? ['yes', 'no', 'na'] : ['yes', 'no'];
	return given.map((value) => (move.values && value in move.values ? move.values[value]! : value));
}

describe('budgets: the rooms and the whole home of a default home', () => {
	const DEFAULT_HOME: readonly AreaId[] = [
		'entrance',
		'stairs',
		'living',
		'kitchen',
		'bathroom',
		'toilet',
		'bedroom',
		'home'
	];

	/** Questions on a fresh page of an area: follow-ups hidden, a tick list counted once. */
	function questions(
		area: AreaId,
		region: Region,
		options: { quick?: boolean; all?: boolean } = {}
	) {
		const shown = itemsForArea(area).filter(
			(item) =>
				askedIn(item, region) &&
				(!options.quick || item.quick) &&
				(options.all || askWhenHolds(item.askWhen, () => undefined))
		);
		return new Set(shown.map((item) => item.group ?? item.id)).size;
	}

	for (const region of REGIONS) {
		it(`ask at most 45 questions, none of the rooms or the home above 10 (${region})`, () => {
			const counts = Object.fromEntries(
				DEFAULT_HOME.map((area) => [area, questions(area, region)])
			);
			const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
			expect(total, JSON.stringify(counts)).toBeLessThanOrEqual(45);
			for (const area of [...DEFAULT_HOME, 'other' as const])
				expect(questions(area, region), area).toBeLessThanOrEqual(10);
		});

		it(`ask at most 14 questions in the quick check (${region})`, () => {
			const total = DEFAULT_HOME.reduce(
				(sum, area) => sum + questions(area, region, { quick: true }),
				0
			);
			expect(total).toBeLessThanOrEqual(14);
		});

		it(`keep every room and the home at 10 questions or fewer with every follow-up shown (${region})`, () => {
			const long = [...DEFAULT_HOME, 'other' as const].filter(
				(area) => questions(area, region, { all: true }) > 10
			);
			expect(long).toEqual([]);
		});
	}
});

describe('areas', () => {
	it('are the room types, the whole home, then the personal topics, in order, with the right kind', () => {
		expect(AREAS.map((area) => area.id)).toEqual(AREA_IDS);
		for (const area of AREAS) {
			const kind = kindOfArea(area.id);
			expect(area.kind, area.id).toBe(kind === 'home' ? 'home' : kind);
		}
	});

	it('each have at least 2 items', () => {
		const thin = AREA_IDS.filter((id) => itemsForArea(id).length < 2);
		expect(thin).toEqual([]);
	});

	it('have a one-sentence intro', () => {
		const bad = AREAS.filter((area) =>
			LANGUAGES.some((l) => /[.!?]\s+\S/.test(area.intro[l]) || !/[.!?]$/.test(area.intro[l]))
		).map((area) => area.id);
		expect(bad).toEqual([]);
	});
});

describe('look-ups', () => {
	it('find items, tick lists and areas by id', () => {
		const first = ITEMS[0]!;
		expect(itemById(first.id)).toBe(first);
		expect(itemById('no.such-item')).toBeUndefined();
		expect(groupById('general.floor')?.prompt.en).toMatch(/:$/);
		expect(groupById('no.such-list')).toBeUndefined();
		expect(areaById('bathroom')?.name.en).toBe('Bathroom');
		expect(areaById('home')?.kind).toBe('home');
		expect(areaById('attic')).toBeUndefined();
	});

	it('list the items of an area in catalogue order', () => {
		for (const id of AREA_IDS) {
			const items = itemsForArea(id);
			expect(items.every((item) => item.areas.includes(id))).toBe(true);
			const positions = items.map((item) => ITEMS.indexOf(item));
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
		const living = itemsForArea('living').map((item) => item.id);
		expect(living).toContain('general.loose-rug');
		expect(living).not.toContain('bathroom.grab-rail');
		expect(living.indexOf('general.loose-rug')).toBeLessThan(living.indexOf('living.chair-get-up'));
		const home = itemsForArea('home').map((item) => item.id);
		expect(home).toContain('home.night-route-lit');
		expect(itemsForArea('toilet').map((item) => item.id)).not.toContain('home.night-route-lit');
	});
});

describe('the checklist docs', () => {
	const read = (name: string) => {
		const url = new URL(`../../../docs/${name}`, import.meta.url);
		return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
	};
	const doc = read('checklist.md') ?? '';
	const docs = [doc];

	/** The body rows of the tables in a part of a doc (not separators, not headers). */
	function rows(part: string): string[] {
		const lines = part.split('\n');
		const isSeparator = (line: string | undefined) => /^\|[\s|:-]+\|$/.test(line ?? '');
		return lines.filter(
			(line, i) => line.startsWith('|') && !isSeparator(line) && !isSeparator(lines[i + 1])
		);
	}

	/** A doc's "## Mapping tables" section (any "## " heading with "mapping"), up to the next. */
	function mapping(text: string): string {
		const start = text.search(/^## .*mapping/im);
		if (start < 0) return '';
		const end = text.indexOf('\n## ', start + 1);
		return text.slice(start, end < 0 ? undefined : end);
	}

	/** The table under the "### " heading that contains `title`, up to the next heading. */
	function table(text: string, title: string): string[] {
		const start = text.search(new RegExp(`^### .*${title}`, 'm'));
		if (start < 0) return [];
		const body = text.indexOf('\n', start);
		const end = text.slice(body).search(/^#{2,3} /m);
		return rows(text.slice(body, end < 0 ? undefined : body + end));
	}

	it('have mapping tables', () => {
		for (const text of docs) expect(mapping(text).length).toBeGreaterThan(100);
	});

	it('map every row to at least one real item or tick list', () => {
		const bad: string[] = [];
		for (const text of docs) {
			for (const row of rows(mapping(text))) {
				const ids = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
				if (ids.length === 0) bad.push(`no id: ${row}`);
				for (const id of ids)
					if (!itemById(id) && !groupById(id)) bad.push(`unknown id ${id}: ${row}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('map the 16 pairs of CDC Check for Safety and the 25 items of HOME FAST', () => {
		expect(table(doc, 'Check for Safety')).toHaveLength(16);
		expect(table(doc, 'HOME FAST')).toHaveLength(25);
		expect(table(doc, 'HSSAT').length).toBeGreaterThanOrEqual(10);
	});

	it('map every item of the rooms and the whole home somewhere', () => {
		const mapped = docs.map(mapping).join('\n');
		const missing = ITEMS.filter(
			(item) => kindOfItem(item) !== 'personal' && !mapped.includes(`\`${item.id}\``)
		).map((item) => item.id);
		expect(missing).toEqual([]);
	});

	it('list every retired room id', () => {
		const missing = RETIRED_ROOM_ITEMS.filter((move) => !doc.includes(`\`${move.from}\``)).map(
			(move) => move.from
		);
		expect(missing).toEqual([]);
	});

	it('list the 12 questions of the fall-risk self-test in order, one row each', () => {
		const test = ITEMS.filter((item) => item.fallRiskTestPoints !== undefined).map(
			(item) => item.id
		);
		const rowsOfTest = docs.flatMap((text) => table(text, 'Stay Independent'));
		const first = rowsOfTest.map((row) => row.match(/`([^`]+)`/)?.[1]);
		expect(first).toEqual(test);
	});
});
