/**
 * Prints Footing's FHIR R4 Questionnaire (the whole checklist) as JSON on stdout, for care
 * organisations' systems and reviewers: `npm run --silent questionnaire > questionnaire.json`.
 *
 * With `--write-package` it writes Footing's FHIR package instead (code systems, value sets,
 * extensions and the Questionnaire, built from the code) under static/fhir/, replacing what was
 * there: `npx tsx scripts/questionnaire.ts --write-package`. Run it after changing the checklist
 * or the FHIR code; src/lib/fhir/package.spec.ts fails until then. See docs/fhir.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageFiles } from '../src/lib/fhir/package';
import { footingQuestionnaire } from '../src/lib/fhir/questionnaire';

/** The folder the package is written to, served at the canonical base's path. */
export const PACKAGE_ROOT = 'static/fhir';

if (process.argv.includes('--write-package')) {
	rmSync(PACKAGE_ROOT, { recursive: true, force: true });
	for (const file of packageFiles()) {
		const path = join(PACKAGE_ROOT, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.content);
	}
	process.stderr.write(`Wrote ${packageFiles().length} files to ${PACKAGE_ROOT}/\n`);
} else {
	process.stdout.write(`${JSON.stringify(footingQuestionnaire(), null, 2)}\n`);
}
