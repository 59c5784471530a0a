import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundle } from './bundle';
import { FHIR_BASE, LOINC } from './canonical';
import { LOINC_CODES } from './clinical';
import { packageFiles, packageManifest, packageResources, PUBLISHED_URLS } from './package';
import { footingQuestionnaire } from './questionnaire';
import { answers, check, structureErrors } from './testing';
import { transactionBundle } from './transaction';

const ROOT = 'static/fhir';

/** Every file under a folder, relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
	return readdirSync(join(folder, prefix)).flatMap((name) => {
		const path = prefix ? `${prefix}/${name}` : name;
		return statSync(join(folder, path)).isDirectory() ? filesUnder(folder, path) : [path];
	});
}

/** Every object in a JSON value, depth first. */
function objects(value: unknown): Record<string, unknown>[] {
	if (Array.isArray(value)) return value.flatMap(objects);
	if (typeof value !== 'object' || value === null) return [];
	return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)];
}

const files = packageFiles();
const resources = packageResources();
const codeSystems = new Map(
	resources
		.filter((r) => r.resourceType === 'CodeSystem')
		.map((r) => [
			r.url,
			r as unknown as {
				concept: { code: string; display: string; designation: { value: string }[] }[];
			}
		])
);
const exported = [
	footingQuestionnaire(),
	checkBundle(check, answers, { language: 'nl' }),
	transactionBundle(checkBundle(check, answers))
];

describe('the FHIR package under static/fhir', () => {
	it('is what the code builds (run `npx tsx scripts/questionnaire.ts --write-package` after a change)', () => {
		expect(existsSync(ROOT)).toBe(true);
		expect(filesUnder(ROOT).sort()).toEqual(files.map((file) => file.path).sort());
		for (const file of files)
			expect(readFileSync(join(ROOT, file.path), 'utf8'), file.path).toBe(file.content);
	});

	it('serves each resource at its canonical URL’s path, and names the canonical base', () => {
		for (const resource of resources) {
			expect(resource.url.startsWith(`${FHIR_BASE}/${resource.resourceType}/`)).toBe(true);
			const path = resource.url.slice(FHIR_BASE.length + 1);
			expect(JSON.parse(files.find((file) => file.path === path)!.content)).toEqual(resource);
		}
		expect(packageManifest()).toMatchObject({ canonical: FHIR_BASE, fhirVersions: ['4.0.1'] });
	});

	it('publishes every Footing code system, value set and extension the exports use', () => {
		const published = new Set(resources.map((resource) => resource.url));
		for (const url of PUBLISHED_URLS) expect(published.has(url), url).toBe(true);
		const used = new Set(
			objects(exported).flatMap((o) =>
				[o.system, o.url].filter(
					(v): v is string => typeof v === 'string' && v.startsWith(FHIR_BASE)
				)
			)
		);
		for (const url of used) {
			if (url.includes('/sid/') || url.includes('/Questionnaire/')) continue;
			expect(published.has(url), url).toBe(true);
		}
	});

	it('has every Footing code the exports use, with a display it knows', () => {
		let checked = 0;
		for (const o of objects(exported)) {
			if (typeof o.system !== 'string' || typeof o.code !== 'string') continue;
			const system = codeSystems.get(o.system);
			if (!system) continue;
			const concept = system.concept.find((c) => c.code === o.code);
			expect(concept, `${o.system}#${o.code}`).toBeDefined();
			if (typeof o.display === 'string') {
				const words = [concept!.display, ...concept!.designation.map((d) => d.value)];
				expect(words, `${o.code}: ${o.display}`).toContain(o.display);
			}
			checked += 1;
		}
		expect(checked).toBeGreaterThan(100);
	});

	it('has resources without structure errors', () => {
		for (const resource of resources) expect(structureErrors(resource), resource.url).toEqual([]);
	});
});

describe('the LOINC codes', () => {
	it('are only those in the table of docs/fhir.md, each with its LOINC name', () => {
		const docs = readFileSync('docs/fhir.md', 'utf8');
		for (const { code, display } of Object.values(LOINC_CODES)) {
			expect(docs).toMatch(
				new RegExp(`\\| \`${code}\` \\| ${display.replace(/[[\]()]/g, '\\$&')} +\\|`)
			);
		}
		const used = new Set(
			objects(exported)
				.filter((o) => o.system === LOINC)
				.map((o) => o.code)
		);
		expect([...used].sort()).toEqual(
			Object.values(LOINC_CODES)
				.map((c) => c.code)
				.sort()
		);
	});
});
