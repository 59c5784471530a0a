import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/lib/checklist/areas';
import { ITEMS, itemsForArea } from '../src/lib/checklist/catalogue';
import { OWNERS, PRIORITIES, SOURCES } from '../src/lib/checklist/types';

/** Any JSON value, looked into by the test as it expects it to be. */
type Loose = { [key: string]: Loose };

interface Printed {
	format: string;
	languages: string[];
	areas: { id: string; kind: string; name: Record<string, string>; items: string[] }[];
	personalSection: Record<string, string>;
	items: Loose[];
	owners: Record<string, Record<string, string>>;
	priorities: Record<string, Record<string, string>>;
	sources: Record<string, Record<string, string>>;
}

describe('npm run --silent catalogue', () => {
	let catalogue: Printed;
	const item = (id: string) =>
		catalogue.items.find((one) => one.id === id) as Record<string, never>;

	beforeAll(() => {
		const out = execFileSync('node_modules/.bin/tsx', ['scripts/catalogue.ts'], {
			encoding: 'utf8'
		});
		catalogue = JSON.parse(out) as Printed;
	});

	it('prints the areas in walk order: the rooms, the whole home, then the personal topics', () => {
		expect(catalogue.format).toBe('footing-catalogue');
		expect(catalogue.languages).toEqual(['en', 'nl']);
		expect(catalogue.areas.map((area) => [area.id, area.kind])).toEqual(
			AREAS.map((area) => [area.id, area.kind])
		);
		expect(catalogue.areas).toHaveLength(17);
		expect(catalogue.areas.find((area) => area.id === 'home')).toMatchObject({
			kind: 'home',
			name: { en: 'The whole home', nl: 'Het hele huis' }
		});
		expect(catalogue.personalSection).toEqual({
			en: 'Personal factors',
			nl: 'Persoonlijke factoren'
		});
	});

	it('lists each area’s items in asking order, shared items in every area that asks them', () => {
		for (const area of catalogue.areas)
			expect(area.items, area.id).toEqual(itemsForArea(area.id as never).map((i) => i.id));
		const stairs = catalogue.areas.find((area) => area.id === 'stairs')!.items;
		expect(stairs.slice(0, 2)).toEqual(['stairs.rail-any', 'stairs.rail-both-sides']);
		expect(stairs).toContain('general.loose-rug');
		// A question of the 12-question test that is also a key question is in both topics.
		for (const topic of ['falls', 'selftest'])
			expect(catalogue.areas.find((area) => area.id === topic)!.items).toContain('balance.fallen');
	});

	it('prints every item once, with its texts in both languages and what the new model adds', () => {
		expect(catalogue.items.map((one) => String(one.id))).toEqual(ITEMS.map((one) => one.id));
		expect(catalogue.items.length).toBeGreaterThanOrEqual(60);
		const rail = item('stairs.rail-both-sides');
		expect(rail).toMatchObject({ kind: 'hazard', hazardWhen: 'no', owner: 'council' });
		expect(rail.question.nl).toMatch(/leuning/);
		expect(rail.fix.en).toMatch(/\S/);
		expect(rail.askWhen).toEqual({ item: 'stairs.rail-any', answer: 'yes' });
		expect(rail.regional.nl.fix.nl).toMatch(/Wmo-loket/);
		// A tick-list box, a risk factor, a question that steers, and a timed test.
		expect(item('general.loose-rug')).toMatchObject({ group: 'general.floor', quick: true });
		expect(item('general.loose-rug').option.en).toMatch(/\S/);
		expect(item('balance.fallen')).toMatchObject({
			kind: 'risk-factor',
			fallRiskTestPoints: 2,
			areas: ['falls', 'selftest']
		});
		expect(item('balance.fallen')).not.toHaveProperty('fix');
		expect(item('home.alarm')).toMatchObject({ kind: 'context' });
		expect(item('falls.tug')).toMatchObject({ kind: 'measure', unit: 'seconds' });
		expect(item('falls.tug').howTo.nl).toMatch(/\S/);
	});

	it('names every owner, priority and source in both languages', () => {
		expect(Object.keys(catalogue.owners).sort()).toEqual([...OWNERS].sort());
		expect(Object.keys(catalogue.priorities).sort()).toEqual([...PRIORITIES].sort());
		expect(Object.keys(catalogue.sources).sort()).toEqual([...SOURCES].sort());
		expect(catalogue.owners.gp!.nl).toBe('Huisarts');
		expect(catalogue.sources.leaflet!.en).toMatch(/osteopor/i);
		for (const names of [catalogue.owners, catalogue.priorities, catalogue.sources])
			for (const [key, name] of Object.entries(names))
				expect(
					[name.en, name.nl].every((text) => text?.trim()),
					key
				).toBe(true);
	});
});
