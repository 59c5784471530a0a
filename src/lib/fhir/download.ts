/**
 * FHIR files for the user to save: the checklist as a Questionnaire, a check as a Bundle.
 * Loaded on demand (import()) by the screens that offer them.
 */
import type { Answer, Check } from '$lib/checklist/check';
import { checkBundle, type ExportOptions } from './bundle';
import { footingQuestionnaire } from './questionnaire';

/** The checklist as a FHIR R4 Questionnaire file. */
export function questionnaireFile(): { blob: Blob; name: string } {
	const json = JSON.stringify(footingQuestionnaire(), null, 2);
	return {
		blob: new Blob([json], { type: 'application/fhir+json' }),
		name: 'footing-questionnaire.json'
	};
}

/**
 * A check as a FHIR R4 Bundle (Patients, QuestionnaireResponses, Observations, RiskAssessments,
 * Conditions, CarePlans). Throws on a BSN the organisation has not turned on or that is not
 * valid, and on a client number without the organisation's identifier system.
 */
export function checkFile(
	check: Check,
	answers: ReadonlyMap<string, Answer>,
	name: string,
	options: ExportOptions = {}
): { blob: Blob; name: string } {
	const json = JSON.stringify(checkBundle(check, answers, options), null, 2);
	return { blob: new Blob([json], { type: 'application/fhir+json' }), name };
}
