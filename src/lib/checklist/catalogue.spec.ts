/// <reference types="node" />
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { AREAS } from './areas';
import { ITEMS, areaById, itemById, itemsForArea } from './catalogue';
import { OWNER_NAMES, PRIORITY_NAMES, SOURCE_NAMES } from './names';
import {
	LANGUAGES,
	OWNERS,
	PERSONAL_TOPICS,
	PRIORITIES,
	ROOM_TYPES,
	SOURCES,
	type AreaId,
	type Text
} from './types';

const AREA_IDS: readonly AreaId[] = [...ROOM_TYPES, ...PERSONAL_TOPICS];

/** English and Dutch spell these the same, and rightly so. */
const SAME_IN_BOTH = new Set(['Toilet']);

/** Every text of the catalogue, with a label saying where it is. */
function allTexts(): { where: string; text: Text }[] {
	const texts: { where: string; text: Text }[] = [];
	for (const item of ITEMS) {
		texts.push({ where: `${item.id} question`, text: item.question });
		texts.push({ where: `${item.id} why`, text: item.why });
		texts.push({ where: `${item.id} fix`, text: item.fix });
		if (item.labels) {
			texts.push({ where: `${item.id} label yes`, text: item.labels.yes });
			texts.push({ where: `${item.id} label no`, text: item.labels.no });
		}
	}
	for (const area of AREAS) {
		texts.push({ where: `area ${area.id} name`, text: area.name });
		texts.push({ where: `area ${area.id} intro`, text: area.intro });
	}
	for (const owner of OWNERS) texts.push({ where: `owner ${owner}`, text: OWNER_NAMES[owner] });
	for (const source of SOURCES)
		texts.push({ where: `source ${source}`, text: SOURCE_NAMES[source] });
	for (const priority of PRIORITIES) {
		texts.push({ where: `priority ${priority}`, text: PRIORITY_NAMES[priority] });
	}
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

describe('item ids', () => {
	it('never repeat', () => {
		const seen = new Set<string>();
		const repeated = ITEMS.map((item) => item.id).filter((id) => seen.size === seen.add(id).size);
		expect(repeated).toEqual([]);
	});

	it('are lower-case and dotted', () => {
		const bad = ITEMS.map((item) => item.id).filter((id) => !/^[a-z]+\.[a-z0-9-]+$/.test(id));
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
				const odd = [...text[language]].filter((ch) => !isWindows1252(ch));
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
				if (value !== value.trim() || /\s{2,}/.test(value))
					bad.push(`${where} [${language}]: spaces`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('end questions with a question mark and explanations with a full stop', () => {
		const bad: string[] = [];
		for (const item of ITEMS) {
			for (const language of LANGUAGES) {
				if (!item.question[language].endsWith('?')) bad.push(`${item.id} question [${language}]`);
				if (!item.why[language].endsWith('.')) bad.push(`${item.id} why [${language}]`);
				if (!item.fix[language].endsWith('.')) bad.push(`${item.id} fix [${language}]`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('items', () => {
	it('number at least 60', () => {
		expect(ITEMS.length).toBeGreaterThanOrEqual(60);
	});

	it('each have a fix, an owner, a priority and a reason for it', () => {
		const bad = ITEMS.filter(
			(item) =>
				!item.fix?.en ||
				!item.fix?.nl ||
				!(OWNERS as readonly string[]).includes(item.owner) ||
				!(PRIORITIES as readonly string[]).includes(item.priority) ||
				!item.priorityReason?.trim() ||
				!['yes', 'no'].includes(item.hazardWhen)
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

	it('each list at least one area, only known areas, none twice', () => {
		const bad = ITEMS.filter(
			(item) =>
				item.areas.length === 0 ||
				item.areas.some((a) => !AREA_IDS.includes(a)) ||
				new Set(item.areas).size !== item.areas.length
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
});

describe('askWhen', () => {
	const withAskWhen = ITEMS.filter((item) => item.askWhen);

	it('is used in at least two places', () => {
		expect(withAskWhen.length).toBeGreaterThanOrEqual(2);
	});

	it('refers to a known, earlier item asked in all the same areas', () => {
		const bad: string[] = [];
		for (const item of withAskWhen) {
			const ref = item.askWhen!.item;
			const target = itemById(ref);
			if (!target) {
				bad.push(`${item.id}: unknown item ${ref}`);
				continue;
			}
			if (target.id === item.id) bad.push(`${item.id}: refers to itself`);
			if (ITEMS.indexOf(target) > ITEMS.indexOf(item))
				bad.push(`${item.id}: ${ref} is asked later`);
			const notShared = item.areas.filter((a) => !target.areas.includes(a));
			if (notShared.length > 0)
				bad.push(`${item.id}: ${ref} is not asked in ${notShared.join(', ')}`);
			if (target.askWhen) bad.push(`${item.id}: ${ref} is itself conditional`);
		}
		expect(bad).toEqual([]);
	});
});

describe('the fall-risk screen', () => {
	const screen = ITEMS.filter((item) => item.fallRiskTestPoints !== undefined);

	it('has exactly 12 items, all in the balance area', () => {
		expect(screen).toHaveLength(12);
		for (const item of screen) expect(item.areas).toEqual(['balance']);
	});

	it('gives 2 points to the first two items and 1 to the rest, 14 at most', () => {
		expect(screen.map((item) => item.fallRiskTestPoints)).toEqual([
			2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
		]);
		expect(screen.reduce((sum, item) => sum + (item.fallRiskTestPoints ?? 0), 0)).toBe(14);
	});

	it('starts with a fall in the past year and the walking aid', () => {
		expect(screen.map((item) => item.id).slice(0, 2)).toEqual([
			'balance.fallen',
			'balance.walking-aid'
		]);
	});

	it('scores "yes", always asks, and allows no "not applicable"', () => {
		for (const item of screen) {
			expect(item.hazardWhen, item.id).toBe('yes');
			expect(item.allowNA, item.id).toBe(false);
			expect(item.askWhen, item.id).toBeUndefined();
		}
	});

	it('comes first in the balance area, as one block', () => {
		const balance = itemsForArea('balance');
		expect(balance.slice(0, 12)).toEqual(screen);
	});
});

describe('areas', () => {
	it('are the room types then the personal topics, in order, with the right kind', () => {
		expect(AREAS.map((area) => area.id)).toEqual(AREA_IDS);
		for (const area of AREAS) {
			const kind = (ROOM_TYPES as readonly string[]).includes(area.id) ? 'room' : 'personal';
			expect(area.kind, area.id).toBe(kind);
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
	it('find items and areas by id', () => {
		const first = ITEMS[0]!;
		expect(itemById(first.id)).toBe(first);
		expect(itemById('no.such-item')).toBeUndefined();
		expect(areaById('bathroom')?.name.en).toBe('Bathroom');
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
		expect(living).toContain('general.rugs-fixed');
		expect(living).not.toContain('bathroom.grab-rail');
		expect(living.indexOf('general.rugs-fixed')).toBeLessThan(
			living.indexOf('living.chair-get-up')
		);
	});
});

describe('docs/checklist.md', () => {
	const doc = readFileSync(new URL('../../../docs/checklist.md', import.meta.url), 'utf8');
	const mapping = doc.slice(doc.indexOf('## Mapping tables'));
	const lines = mapping.split('\n');
	const isSeparator = (line: string | undefined) => /^\|[\s|:-]+\|$/.test(line ?? '');
	/** Table body rows: not a separator, and not a header (the line before a separator). */
	const rows = lines.filter(
		(line, i) => line.startsWith('|') && !isSeparator(line) && !isSeparator(lines[i + 1])
	);

	it('has mapping tables', () => {
		expect(mapping.length).toBeGreaterThan(100);
		expect(rows.length).toBeGreaterThanOrEqual(16 + 25 + 12);
	});

	it('maps every row to at least one real item id', () => {
		const bad: string[] = [];
		for (const row of rows) {
			const ids = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
			if (ids.length === 0) bad.push(`no id: ${row}`);
			for (const id of ids) if (!itemById(id)) bad.push(`unknown id ${id}: ${row}`);
		}
		expect(bad).toEqual([]);
	});

	it('lists the 12 screen items in order', () => {
		const screen = ITEMS.filter((item) => item.fallRiskTestPoints !== undefined).map(
			(item) => item.id
		);
		const positions = screen.map((id) => doc.indexOf(`\`${id}\``));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});
});
