/**
 * Prints Footing's FHIR R4 Questionnaire (the whole checklist) as JSON on stdout, for care
 * organisations' systems and reviewers: `npm run --silent questionnaire > questionnaire.json`.
 * See docs/fhir.md.
 */
import { footingQuestionnaire } from '../src/lib/fhir/questionnaire';

process.stdout.write(`${JSON.stringify(footingQuestionnaire(), null, 2)}\n`);
