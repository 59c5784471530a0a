/**
 * Test builds of Footing beside the real one, for the update tests: 'next' is a later version
 * (one more database version, new file hashes), 'broken' a version whose database migration
 * fails part-way. See __FOOTING_VARIANT__ in src/lib/db/migrations.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const VARIANTS = ['next', 'broken'] as const;
export type Variant = (typeof VARIANTS)[number];

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

function build(variant?: Variant): void {
	console.log(`Building ${variant ? `the '${variant}' test variant` : 'Footing'}…`);
	execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, FOOTING_VARIANT: variant ?? '' }
	});
}
