/**
 * FHIR files for the user to save: the checklist as a Questionnaire, a check as a Bundle.
 * Loaded on demand (import()) by the screens that offer them.
 */
import type { Answer, Check } from '$lib/checklist/check';
import { footingQuestionnaire } from './questionnaire';
import { checkBundle } from './response';

/** The checklist as a FHIR R4 Questionnaire file. */
export function questionnaireFile(): { blob: Blob; name: string } {
	const json = JSON.stringify(footingQuestionnaire(), null, 2);
	return {
		blob: new Blob([json], { type: 'application/fhir+json' }),
		name: 'footing-questionnaire.json'
	};
}

/** A check as a FHIR R4 Bundle (QuestionnaireResponse and CarePlan). */
export function checkFile(
	check: Check,
	answers: ReadonlyMap<string, Answer>,
	name: string
): { blob: Blob; name: string } {
	const json = JSON.stringify(checkBundle(check, answers, new Date()), null, 2);
	return { blob: new Blob([json], { type: 'application/fhir+json' }), name };
}
