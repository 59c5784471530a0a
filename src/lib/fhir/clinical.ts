/**
 * What an integrator reads without parsing the form: Observations taken from one person's
 * answers (the 12-question test's score, falls in the past 12 months, the timed tests), the
 * fall-risk level as a RiskAssessment, and, at an intermediate or high level, a Condition "at
 * increased risk for falls" for the CarePlan to address. LOINC codes are used only where one
 * of the same meaning exists (the table in docs/fhir.md); the rest are Footing's own codes.
 */
import { answerKey, type Room } from '../checklist/check';
import {
	CHAIR_STAND_ITEM_ID,
	FALL_RISK_ADVICE,
	KEY_QUESTIONS,
	TUG_ITEM_ID,
	WALK_ITEM_ID,
	WALK_METRES,
	type FallRiskLevel
} from '../checklist/fall-risk';
import { itemById } from '../checklist/catalogue';
import {
	fallRiskOf,
	fallRiskTestResult,
	isAsked,
	valueOf,
	type Answers,
	type Asking
} from '../checklist/rules';
import type { Language, Text } from '../checklist/types';
import { CODE_SYSTEMS, HL7, LOINC, SNOMED, UCUM } from './canonical';
import { coding, textOf } from './text';
import type {
	CodeableConcept,
	Condition,
	Observation,
	Quantity,
	Reference,
	RiskAssessment
} from './types';

const T = (en: string, nl: string): Text => ({ en, nl });

/**
 * The LOINC codes Footing uses, each checked against LOINC's own description (docs/fhir.md):
 * only these, and only for what they mean.
 */
export const LOINC_CODES = {
	/** "Number of falls in the past 12 months [Reported]" (Qn, count per 12 months). */
	fallsPast12Months: {
		code: '75856-5',
		display: 'Number of falls in the past 12 months [Reported]'
	},
	/** "Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]" (s). */
	timedUpAndGo: {
		code: '89423-8',
		display: 'Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]'
	},
	/** "Sit to stand frequency in 30 seconds": the 30-second chair stand (arms crossed). */
	chairStand30s: { code: '66247-8', display: 'Sit to stand frequency in 30 seconds' }
} as const;

/** Footing's observation codes, for what has no LOINC code of the same meaning. */
export const OBSERVATION_CODES = {
	'fall-risk-test-score': T(
		'Fall-risk self-test score (12 questions, adapted from CDC STEADI “Stay Independent”)',
		'Score van de zelftest valrisico (12 vragen, naar CDC STEADI ‘Stay Independent’)'
	),
	'walk-4m-time': T(
		'Time to walk 4 metres at usual pace',
		'Tijd voor 4 meter lopen in eigen tempo'
	),
	'gait-speed': T(
		'Gait speed at usual pace over 4 metres',
		'Loopsnelheid in eigen tempo over 4 meter'
	),
	'fall-risk-assessment': T(
		'Fall-risk level after the World Falls Guidelines (2022)',
		'Valrisico volgens de World Falls Guidelines (2022)'
	)
} as const;
export type ObservationCode = keyof typeof OBSERVATION_CODES;

/** The fall-risk levels' names. */
export const LEVEL_NAMES: Record<FallRiskLevel, Text> = {
	low: FALL_RISK_ADVICE.low.title,
	intermediate: FALL_RISK_ADVICE.intermediate.title,
	high: FALL_RISK_ADVICE.high.title
};

/** HL7's risk-probability code of each level (intermediate is "moderate likelihood"). */
const RISK_PROBABILITY: Record<FallRiskLevel, { code: string; display: string }> = {
	low: { code: 'low', display: 'Low likelihood' },
	intermediate: { code: 'moderate', display: 'Moderate likelihood' },
	high: { code: 'high', display: 'High likelihood' }
};

/** The method of the level: the World Falls Guidelines' algorithm (Footing's method code). */
export const METHOD_CODES = {
	'world-falls-guidelines-2022': T(
		'World Guidelines for Falls Prevention and Management (2022): the algorithm for older adults in the community',
		'World Guidelines for Falls Prevention and Management (2022): het algoritme voor thuiswonende ouderen'
	)
} as const;

/** The SNOMED CT codes Footing uses. */
export const SNOMED_CODES = {
	fall: { code: '1912002', display: 'Fall (event)' },
	atRiskForFalls: { code: '129839007', display: 'At increased risk for falls (finding)' }
} as const;

const CATEGORY = (code: 'survey' | 'exam', display: string): CodeableConcept[] => [
	{ coding: [{ system: HL7.observationCategory, code, display }] }
];
const SURVEY = CATEGORY('survey', 'Survey');
const EXAM = CATEGORY('exam', 'Exam');

/** A LOINC code with its display and Footing's words for it. */
function loincConcept(
	key: keyof typeof LOINC_CODES,
	words: Text,
	language: Language
): CodeableConcept {
	return { coding: [{ system: LOINC, ...LOINC_CODES[key] }], ...textOf(words, language) };
}

/** A Footing observation code. */
export function footingConcept(code: ObservationCode, language: Language): CodeableConcept {
	const words = OBSERVATION_CODES[code];
	return { coding: [coding(CODE_SYSTEMS.observation, code, words)], ...textOf(words, language) };
}

/** Seconds as a UCUM quantity. */
function seconds(value: number): Quantity {
	return { value, unit: 's', system: UCUM, code: 's' };
}

/** An Observation made from the answers, before its id, identifier and subject are set. */
export type ObservationDraft = Omit<Observation, 'id' | 'identifier' | 'subject'> & {
	/** What the observation is, for its identifier and id ("tug", "gait-speed"…). */
	key: string;
	/** The keys of other drafts it was derived from. */
	from?: string[];
};

/** How each fall-risk observation is shared by the resources that use them. */
export interface ClinicalContext {
	subject: Reference;
	performer?: Reference;
	response: Reference;
	effective: string;
	language: Language;
	/** How the check asks (a timed test not asked now is left out, as in the response). */
	asking: Asking;
}

/** "Could not be done", for a timed test answered not applicable. */
const NOT_DONE = T('The test could not be done.', 'De test kon niet worden gedaan.');

/** A timed test: measured, or could not be done. */
function timedTest(
	key: string,
	code: CodeableConcept,
	{ measured, notDone }: { measured: number | undefined; notDone: boolean },
	quantity: (value: number) => Quantity,
	context: ClinicalContext
): ObservationDraft[] {
	if (measured === undefined && !notDone) return [];
	return [
		{
			key,
			resourceType: 'Observation',
			status: 'final',
			category: EXAM,
			code,
			...(measured !== undefined
				? { valueQuantity: quantity(measured) }
				: {
						dataAbsentReason: {
							coding: [
								{
									system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
									code: 'not-performed',
									display: 'Not Performed'
								}
							]
						},
						note: [{ text: NOT_DONE[context.language] }]
					})
		}
	];
}

/**
 * The fall-risk observations of one person: the 12-question test's score once all 12 are
 * answered, the falls in the past 12 months once the first key question is, and each timed
 * test done (or that could not be done), with the gait speed worked out from the 4-metre walk.
 */
export function fallRiskObservations(
	person: Room,
	answers: Answers,
	context: ClinicalContext
): ObservationDraft[] {
	const { language } = context;
	const drafts: ObservationDraft[] = [];
	const selftest = fallRiskTestResult(person.id, answers);
	if (selftest.answered === selftest.total) {
		drafts.push({
			key: 'fall-risk-test-score',
			resourceType: 'Observation',
			status: 'final',
			category: SURVEY,
			code: footingConcept('fall-risk-test-score', language),
			valueInteger: selftest.score
		});
	}
	const fallen = valueOf(answers, person.id, KEY_QUESTIONS.fallen);
	if (fallen === 'yes' || fallen === 'no') {
		const twoOrMore = valueOf(answers, person.id, 'falls.two-or-more');
		const falls: Quantity =
			fallen === 'no'
				? { value: 0 }
				: twoOrMore === 'yes'
					? { value: 2, comparator: '>=' }
					: twoOrMore === 'no'
						? { value: 1 }
						: { value: 1, comparator: '>=' };
		drafts.push({
			key: 'falls-12-months',
			resourceType: 'Observation',
			status: 'final',
			category: SURVEY,
			code: loincConcept(
				'fallsPast12Months',
				T('Falls in the past 12 months', 'Valpartijen in de afgelopen 12 maanden'),
				language
			),
			valueQuantity: { ...falls, unit: 'per year', system: UCUM, code: '/a' }
		});
	}
	const test = (id: string) => testAnswer(answers, person.id, id, context.asking);
	const tug = test(TUG_ITEM_ID);
	const walk = test(WALK_ITEM_ID);
	const chairStand = test(CHAIR_STAND_ITEM_ID);
	drafts.push(
		...timedTest(
			'tug',
			loincConcept('timedUpAndGo', T('Timed Up and Go', 'Timed Up and Go'), language),
			tug,
			seconds,
			context
		),
		...timedTest('walk-4m', footingConcept('walk-4m-time', language), walk, seconds, context)
	);
	if (walk.measured !== undefined && walk.measured > 0) {
		drafts.push({
			key: 'gait-speed',
			from: ['walk-4m'],
			resourceType: 'Observation',
			status: 'final',
			category: EXAM,
			code: footingConcept('gait-speed', language),
			valueQuantity: {
				value: Math.round((WALK_METRES / walk.measured) * 100) / 100,
				unit: 'm/s',
				system: UCUM,
				code: 'm/s'
			}
		});
	}
	drafts.push(
		...timedTest(
			'chair-stand',
			loincConcept(
				'chairStand30s',
				T('30-second chair stand', 'Opstaan uit een stoel in 30 seconden'),
				language
			),
			chairStand,
			(value) => ({
				value: Math.round(value),
				unit: 'per 30 seconds',
				system: UCUM,
				code: '{#}/(30.s)'
			}),
			context
		)
	);
	return drafts;
}

/** A timed test's answer, when the test is asked now (a stale one is not in the response either). */
function testAnswer(answers: Answers, personId: string, itemId: string, asking: Asking) {
	const item = itemById(itemId);
	if (!item || !isAsked(item, answers, personId, asking))
		return { measured: undefined, notDone: false };
	const answer = answers.get(answerKey(personId, itemId));
	return answer?.value === 'na'
		? { measured: undefined, notDone: true }
		: { measured: answer?.measured, notDone: false };
}

/** The fall-risk level of a person as a RiskAssessment, when the level is known. */
export function riskAssessment(
	person: Room,
	answers: Answers,
	context: ClinicalContext,
	basis: Reference[]
): Omit<RiskAssessment, 'id' | 'identifier'> | undefined {
	const { level } = fallRiskOf(person.id, answers);
	if (!level) return undefined;
	const { language } = context;
	const method = METHOD_CODES['world-falls-guidelines-2022'];
	return {
		resourceType: 'RiskAssessment',
		language,
		status: 'final',
		method: {
			coding: [coding(CODE_SYSTEMS.method, 'world-falls-guidelines-2022', method)],
			...textOf(method, language)
		},
		code: footingConcept('fall-risk-assessment', language),
		subject: context.subject,
		occurrenceDateTime: context.effective,
		...(context.performer?.type === 'Practitioner' ? { performer: context.performer } : {}),
		basis: [context.response, ...basis],
		prediction: [
			{
				outcome: {
					coding: [{ system: SNOMED, ...SNOMED_CODES.fall }],
					...textOf(T('Fall', 'Val'), language)
				},
				qualitativeRisk: {
					coding: [
						{ system: HL7.riskProbability, ...RISK_PROBABILITY[level] },
						coding(CODE_SYSTEMS.fallRiskLevel, level, LEVEL_NAMES[level])
					],
					...textOf(LEVEL_NAMES[level], language)
				}
			}
		],
		note: [{ text: FALL_RISK_ADVICE[level].meaning[language] }]
	};
}

/** At an intermediate or high level: the Condition "at increased risk for falls". */
export function fallRiskCondition(
	person: Room,
	answers: Answers,
	context: ClinicalContext,
	assessment: Reference
): Omit<Condition, 'id' | 'identifier'> | undefined {
	const { level } = fallRiskOf(person.id, answers);
	if (level !== 'intermediate' && level !== 'high') return undefined;
	return {
		resourceType: 'Condition',
		language: context.language,
		clinicalStatus: {
			coding: [{ system: HL7.conditionClinical, code: 'active', display: 'Active' }]
		},
		// A guide to the next step, never a diagnosis: the GP decides.
		verificationStatus: {
			coding: [{ system: HL7.conditionVerification, code: 'provisional', display: 'Provisional' }]
		},
		code: {
			coding: [{ system: SNOMED, ...SNOMED_CODES.atRiskForFalls }],
			...textOf(T('At increased risk of falling', 'Verhoogd risico om te vallen'), context.language)
		},
		subject: context.subject,
		recordedDate: context.effective,
		...(context.performer ? { recorder: context.performer } : {}),
		evidence: [{ detail: [assessment] }]
	};
}
