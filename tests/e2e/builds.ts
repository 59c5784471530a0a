/**
 * Test builds of Footing beside the real one: for the update tests, 'next' is a later version
 * (one more database version, new file hashes), 'broken' a version whose database migration
 * fails part-way (see __FOOTING_VARIANT__ in src/lib/db/migrations.ts); 'care-record' is a
 * deployment that sends checks to a FHIR server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const VARIANTS = ['next', 'broken', 'care-record'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * 'care-record' is a deployment with a care record: FOOTING_FHIR_BASE names the test FHIR
 * server (tests/fhir-server.ts), which its tests start on this port.
 */
export const CARE_RECORD_PORT = 4291;
export const CARE_RECORD_BASE = `http://localhost:${CARE_RECORD_PORT}/fhir`;
const VARIANT_ENV: Partial<Record<Variant, Record<string, string>>> = {
	'care-record': { FOOTING_FHIR_BASE: CARE_RECORD_BASE, FOOTING_FHIR_BSN: '1' }
};

/** The folder a build is written to. */
export function buildFolder(variant?: Variant): string {
	return variant ? `build-${variant}` : 'build';
}

function builtAt(folder: string): number {
	const index = `${folder}/index.html`;
	return existsSync(index) ? statSync(index).mtimeMs : 0;
}

/** Build the real app unless `npm test` just did, then every variant older than it. */
export function ensureBuilds(): void {
	if (!process.env.FOOTING_PREBUILT || builtAt('build') === 0) build();
	for (const variant of VARIANTS) {
		if (builtAt(buildFolder(variant)) < builtAt('build')) build(variant);
	}
}

export function build(variant?: Variant): void {
	console.log(`Building ${variant ? `the '${variant}' test variant` : 'Footing'}…`);
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			FOOTING_VARIANT: variant ?? '',
			FOOTING_FHIR_BASE: '',
			FOOTING_FHIR_BSN: '',
			...(variant ? VARIANT_ENV[variant] : {})
		}
	});
}
