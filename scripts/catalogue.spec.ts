import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run --silent catalogue', () => {
	it('prints the whole checklist as JSON: areas, items in both languages, owners, sources', () => {
		const out = execFileSync('node_modules/.bin/tsx', ['scripts/catalogue.ts'], {
			encoding: 'utf8'
		});
		const catalogue = JSON.parse(out);
		expect(catalogue.format).toBe('footing-catalogue');
		expect(catalogue.areas).toHaveLength(14);
		expect(catalogue.items.length).toBeGreaterThanOrEqual(60);
		const rail = catalogue.items.find(
			(item: { id: string }) => item.id === 'stairs.rail-both-sides'
		);
		expect(rail.question.nl).toMatch(/leuning/);
		expect(rail.fix.en).toMatch(/\S/);
		expect(catalogue.owners.gp.nl).toBe('Huisarts');
		expect(catalogue.sources.leaflet.en).toMatch(/osteopor/i);
	});
});
