/**
 * Every URL Footing's FHIR resources name: Footing's own canonical URLs (published as a FHIR
 * package under static/fhir/, see ./package.ts), its identifier systems, and the HL7 and
 * terminology URLs it uses. One place, so the resources, the package and the docs agree.
 * See docs/fhir.md.
 */

/**
 * The base of every Footing canonical URL. The static build serves the package under the same
 * path: `static/fhir/StructureDefinition/activity-priority` is the file a GET on
 * `https://footing.app/fhir/StructureDefinition/activity-priority` returns.
 */
export const FHIR_BASE = 'https://footing.app/fhir';

/** The canonical URL of a Footing conformance resource. */
export function canonical(type: 'CodeSystem' | 'ValueSet' | 'StructureDefinition', id: string) {
	return `${FHIR_BASE}/${type}/${id}`;
}

/** The Questionnaire's id and canonical URL. */
export const QUESTIONNAIRE_ID = 'footing-home-check';
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/${QUESTIONNAIRE_ID}`;
/** The Questionnaire's version: the app's version (package.json), checked by the tests. */
export const QUESTIONNAIRE_VERSION = '0.1.0';
/** The date this version of the Questionnaire was published; change it with the version. */
export const QUESTIONNAIRE_DATE = '2026-12-01';

/** The FHIR package's name and version (static/fhir/package/package.json). */
export const PACKAGE_NAME = 'app.footing.fhir';
export const PACKAGE_VERSION = QUESTIONNAIRE_VERSION;

/** Footing's code systems, by id: each is published as a CodeSystem resource. */
export const CODE_SYSTEMS = {
	/** The answers yes, no, not applicable, and "none of these" of a tick list. */
	answer: canonical('CodeSystem', 'answer'),
	/** The kinds of room of a home, and the whole home. */
	roomKind: canonical('CodeSystem', 'room-kind'),
	/** Every question of the checklist: the code is the item's id. */
	item: canonical('CodeSystem', 'item'),
	/** Whose advice a check gives. */
	region: canonical('CodeSystem', 'region'),
	/** The quick check or the full walk. */
	mode: canonical('CodeSystem', 'mode'),
	/** Who acts on a fix. */
	owner: canonical('CodeSystem', 'owner'),
	/** The priority of an action. */
	priority: canonical('CodeSystem', 'priority'),
	/** Observations and assessments that have no LOINC code of the same meaning. */
	observation: canonical('CodeSystem', 'observation'),
	/** The fall-risk levels of the World Falls Guidelines: low, intermediate, high. */
	fallRiskLevel: canonical('CodeSystem', 'fall-risk-level'),
	/** How a risk was worked out. */
	method: canonical('CodeSystem', 'method'),
	/** The kind of a Footing CarePlan. */
	carePlanCategory: canonical('CodeSystem', 'care-plan-category')
} as const;

/** Footing's value sets (used in the extensions' bindings). */
export const VALUE_SETS = {
	owner: canonical('ValueSet', 'owner'),
	priority: canonical('ValueSet', 'priority')
} as const;

/** Footing's extensions, each published as a StructureDefinition. */
export const EXTENSIONS = {
	/** On a CarePlan activity: the action's priority (R4's activity has no priority). */
	activityPriority: canonical('StructureDefinition', 'activity-priority'),
	/** On a CarePlan activity: who usually acts (a role, also when no person is known). */
	activityOwner: canonical('StructureDefinition', 'activity-owner'),
	/** On a CarePlan activity: the room and checklist item of the answer that made it. */
	activityAnswer: canonical('StructureDefinition', 'activity-answer')
} as const;

/**
 * Footing's identifier systems. A resource Footing makes carries `RECORD_ID_SYSTEM` with a value
 * made of the check's id and what the resource is, so sending a check again finds it
 * (conditional create); a person carries `PERSON_ID_SYSTEM` with the id Footing keeps for them
 * across visits.
 */
export const RECORD_ID_SYSTEM = `${FHIR_BASE}/sid/record`;
export const PERSON_ID_SYSTEM = `${FHIR_BASE}/sid/person`;
/** The Dutch citizen service number (BSN), only when the organisation turns it on. */
export const BSN_SYSTEM = 'http://fhir.nl/fhir/NamingSystem/bsn';

/** The canonical URL and code systems of Footing's exports before version 0.1.0 was published. */
export const LEGACY = {
	questionnaire: 'urn:uuid:c45a439e-bd18-4d77-a3c6-8e658223347a',
	answer: 'urn:uuid:eb93466e-1cd9-4907-8ea9-d1977c407901',
	checkId: 'urn:uuid:a0199e01-3791-4c2f-9d0c-646af4020482',
	action: 'urn:uuid:08f4a76b-e917-415a-82ce-39e65917b6c9'
} as const;

/** HL7 profiles, extensions and code systems Footing uses. */
export const HL7 = {
	sdcQuestionnaire: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire',
	sdcResponse: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse',
	calculatedExpression:
		'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
	itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
	itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
	hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
	unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
	optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
	minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
	maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
	translation: 'http://hl7.org/fhir/StructureDefinition/translation',
	observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
	riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
	conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
	conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
	roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
	jurisdiction: 'urn:iso:std:iso:3166',
	m49: 'http://unstats.un.org/unsd/methods/m49/m49.htm'
} as const;

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
