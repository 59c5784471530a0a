/**
 * The fall-risk level of an older person living at home, after the World Guidelines for Falls
 * Prevention and Management (Montero-Odasso et al., Age and Ageing 2022), step by step: the three
 * key questions, then the severity of a fall, then a gait test. Also the advice per level and the
 * verdict texts of the 12-question self-test. Pure: no Svelte, no storage.
 *
 * The result is a guide to the next step, never a diagnosis: the GP decides. Later papers found
 * that the algorithm misses many people who go on to fall (a sensitivity of 31 to 48% in Dutch
 * data), which is why the texts never call a result “safe”. See docs/checklist-personal.md.
 */
import type { AnswerValue, Region, Text } from './types';

export type FallRiskLevel = 'low' | 'intermediate' | 'high';

/** The levels, from low to high. */
export const FALL_RISK_LEVELS: readonly FallRiskLevel[] = ['low', 'intermediate', 'high'];

/** The answers the level is worked out from: an answer, and a measured value of a timed test. */
export interface FallRiskInput {
	valueOf(itemId: string): AnswerValue | undefined;
	measuredOf(itemId: string): number | undefined;
}

export interface FallRiskResult {
	/** Undefined: not known yet (see `missing`). */
	level: FallRiskLevel | undefined;
	/** What is needed to know the level, when it is not known. */
	missing?: 'key-questions' | 'severity' | 'gait';
	/** The three key questions: true for yes, false for no, absent when not answered. */
	keyAnswers: { fallen?: boolean; unsteady?: boolean; worried?: boolean };
	/** Item ids of the severity findings present (only after a fall). */
	severity: string[];
	/** The gait step, when a key question is yes (the tests are asked then). */
	gait?: {
		tugSeconds?: number;
		walkSeconds?: number;
		/** Metres per second over the 4-metre walk. */
		gaitSpeed?: number;
		/** True if a test is over its limit or could not be done; false if a test is done and none is. */
		impaired?: boolean;
		/** Item ids of the tests answered “not applicable”: they could not be done. */
		notDone: string[];
	};
}

/** The three key questions, in the World Guidelines’ order (questions 1, 3 and 5 of the 12-question test). */
export const KEY_QUESTIONS = {
	fallen: 'balance.fallen',
	unsteady: 'balance.unsteady',
	worried: 'balance.worried'
} as const;

/** The key question ids in the order the `falls` topic asks them. */
export const KEY_QUESTION_IDS: readonly string[] = [
	KEY_QUESTIONS.fallen,
	KEY_QUESTIONS.unsteady,
	KEY_QUESTIONS.worried
];

/**
 * After a fall, any one of these makes the risk high (World Guidelines, step 4): an injury, 2 or
 * more falls in 12 months, lying on the floor unable to get up, a blackout or suspected syncope,
 * and frailty. One tick list in the `falls` topic.
 */
export const SEVERITY_ITEM_IDS: readonly string[] = [
	'falls.injured',
	'falls.two-or-more',
	'falls.lay-long',
	'falls.blackout',
	'falls.frail'
];

/** The Timed Up and Go test (seconds). */
export const TUG_ITEM_ID = 'falls.tug';
/** The 4-metre walk at usual pace (seconds). */
export const WALK_ITEM_ID = 'falls.walk-4m';
/** The 30-second chair stand (a count): shown to the GP, not part of the level. */
export const CHAIR_STAND_ITEM_ID = 'falls.chair-stand';

/**
 * Timed Up and Go: a time over this many seconds is impaired. World Guidelines 2022 (> 15 s); the
 * Dutch chain approach uses the TUG too, and many services use 12 s (CDC STEADI) or 13.5 s.
 * A clinician is to confirm the cut-off (docs/checklist-personal.md, To confirm).
 */
export const TUG_MAX_SECONDS = 15;

/** Gait speed: below this many metres per second is impaired. World Guidelines 2022 (< 0.8 m/s). */
export const GAIT_SPEED_MIN = 0.8;

/** The distance of the walking test, in metres: speed = 4 / seconds, so over 5 s is impaired. */
export const WALK_METRES = 4;

/** A key question's answer as a boolean, or undefined when not answered ('na' is not allowed). */
function keyAnswer(input: FallRiskInput, id: string): boolean | undefined {
	const value = input.valueOf(id);
	if (value === 'yes') return true;
	if (value === 'no') return false;
	return undefined;
}

/** A measured value, if it is a real number. */
function measured(input: FallRiskInput, id: string): number | undefined {
	const value = input.measuredOf(id);
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The gait step: the TUG and the 4-metre walk, each done, not possible ('na'), or not yet. */
function gaitOf(input: FallRiskInput): NonNullable<FallRiskResult['gait']> {
	const gait: NonNullable<FallRiskResult['gait']> = { notDone: [] };
	const verdicts: boolean[] = [];

	const tug = measured(input, TUG_ITEM_ID);
	if (tug !== undefined) {
		gait.tugSeconds = tug;
		verdicts.push(tug > TUG_MAX_SECONDS);
	} else if (input.valueOf(TUG_ITEM_ID) === 'na') {
		gait.notDone.push(TUG_ITEM_ID);
		verdicts.push(true);
	}

	const walk = measured(input, WALK_ITEM_ID);
	if (walk !== undefined && walk > 0) {
		gait.walkSeconds = walk;
		gait.gaitSpeed = WALK_METRES / walk;
		verdicts.push(gait.gaitSpeed < GAIT_SPEED_MIN);
	} else if (input.valueOf(WALK_ITEM_ID) === 'na') {
		gait.notDone.push(WALK_ITEM_ID);
		verdicts.push(true);
	}

	if (verdicts.length > 0) gait.impaired = verdicts.some(Boolean);
	return gait;
}

/**
 * The fall-risk level. All three key questions no: low. A fall with any severity finding: high
 * (the severity list not yet answered after a fall: not known). Otherwise, with any key question
 * yes, the gait step: a TUG over 15 s, a gait speed below 0.8 m/s, or a test that could not be
 * done: intermediate; a test done within its limit and none impaired: low; no test yet: not
 * known. A fall that is not yet answered leaves the level unknown, since it could make it high.
 */
export function fallRisk(input: FallRiskInput): FallRiskResult {
	const fallen = keyAnswer(input, KEY_QUESTIONS.fallen);
	const unsteady = keyAnswer(input, KEY_QUESTIONS.unsteady);
	const worried = keyAnswer(input, KEY_QUESTIONS.worried);
	const keyAnswers: FallRiskResult['keyAnswers'] = {};
	if (fallen !== undefined) keyAnswers.fallen = fallen;
	if (unsteady !== undefined) keyAnswers.unsteady = unsteady;
	if (worried !== undefined) keyAnswers.worried = worried;

	const severity =
		fallen === true ? SEVERITY_ITEM_IDS.filter((id) => input.valueOf(id) === 'yes') : [];
	const anyYes = fallen === true || unsteady === true || worried === true;
	const result: FallRiskResult = { level: undefined, keyAnswers, severity };
	if (anyYes) result.gait = gaitOf(input);

	// Step 1: the key questions.
	if (fallen === undefined || (!anyYes && (unsteady === undefined || worried === undefined)))
		return { ...result, missing: 'key-questions' };
	if (!anyYes) return { ...result, level: 'low' };

	// Step 2: after a fall, its severity.
	if (fallen) {
		if (severity.length > 0) return { ...result, level: 'high' };
		const answered = SEVERITY_ITEM_IDS.every((id) => input.valueOf(id) !== undefined);
		if (!answered) return { ...result, missing: 'severity' };
	}

	// Step 3: gait and balance.
	const impaired = result.gait?.impaired;
	if (impaired === undefined) return { ...result, missing: 'gait' };
	return { ...result, level: impaired ? 'intermediate' : 'low' };
}

/** What a level means and what to do next, with the steps that differ by country. */
export interface FallRiskAdvice {
	title: Text;
	/** A guide to the next step, never a diagnosis. */
	meaning: Text;
	next: Text;
	regional?: Partial<Record<Region, { next: Text }>>;
}

/** The advice per level (World Guidelines, step 6), with regional next steps. */
export const FALL_RISK_ADVICE: Record<FallRiskLevel, FallRiskAdvice> = {
	low: {
		title: { en: 'Low fall risk', nl: 'Laag valrisico' },
		meaning: {
			en: 'Your answers do not point to a raised risk of falling now; this is a guide, not a diagnosis, and your GP decides.',
			nl: 'Uw antwoorden wijzen nu niet op een grotere kans om te vallen; dit is geen diagnose, uw huisarts beslist.'
		},
		next: {
			en: 'Keep moving every day for your general health, fix what this check found in the home, and do the check again in a year, or sooner after a fall.',
			nl: 'Blijf elke dag bewegen voor uw gezondheid, en pak aan wat deze check in huis vond. Doe de check over een jaar opnieuw, of eerder na een val.'
		}
	},
	intermediate: {
		title: { en: 'Intermediate fall risk', nl: 'Matig valrisico' },
		meaning: {
			en: 'Your answers and the walking test suggest that walking and balance need training; this is a guide, not a diagnosis, and your GP decides.',
			nl: 'Lopen en evenwicht hebben volgens uw antwoorden en de looptest training nodig; dit is geen diagnose, uw huisarts beslist.'
		},
		next: {
			en: 'Start a strength-and-balance programme with a physiotherapist or a group, fix what this check found, and do the check again in a year.',
			nl: 'Begin met een programma voor kracht en evenwicht bij een fysiotherapeut of in een groep. Pak aan wat deze check vond, en doe de check over een jaar opnieuw.'
		},
		regional: {
			nl: {
				next: {
					en: 'Ask your GP about a fall-prevention programme such as In Balans or Otago with a physiotherapist. After a GP referral, basic health insurance pays one programme every 12 months for people of 65 or over at high fall risk; the GP says whether you qualify, and the eigen risico applies. Fix what this check found, and do the check again in a year.',
					nl: 'Vraag uw huisarts naar een valpreventief beweegprogramma, zoals In Balans of Otago bij de fysiotherapeut. Na verwijzing door de huisarts betaalt de basisverzekering één programma per 12 maanden voor 65-plussers met een hoog valrisico. De huisarts zegt of dat voor u geldt; het eigen risico geldt. Pak aan wat deze check vond, en doe de check over een jaar opnieuw.'
				}
			}
		}
	},
	high: {
		title: { en: 'High fall risk', nl: 'Hoog valrisico' },
		meaning: {
			en: 'A fall with an injury, repeated falls, a long lie on the floor, a blackout or frailty calls for a closer look; this is a guide, not a diagnosis, and your GP decides.',
			nl: 'Letsel, vaker vallen, lang liggen, flauwvallen of kwetsbaarheid vragen om beter onderzoek; dit is geen diagnose, uw huisarts beslist.'
		},
		next: {
			en: 'Ask your GP for a full fall-risk assessment and take this plan with you. Agree a follow-up within a few weeks, and fix the urgent points of this check now.',
			nl: 'Vraag uw huisarts om een valanalyse: een volledig onderzoek naar waarom u valt. Neem dit plan mee. Spreek een vervolgafspraak binnen een paar weken af, en pak de dringende punten van deze check nu aan.'
		},
		regional: {
			nl: {
				next: {
					en: 'Ask your GP for a fall-risk assessment (valanalyse) and take this plan with you. Agree a follow-up within a few weeks. The GP can then refer you to a fall-prevention programme, which basic health insurance pays once every 12 months from age 65; the eigen risico applies.',
					nl: 'Vraag uw huisarts om een valanalyse: een volledig onderzoek naar waarom u valt. Neem dit plan mee, en spreek een vervolgafspraak binnen een paar weken af. Daarna kan de huisarts u verwijzen naar een valpreventief beweegprogramma. Vanaf 65 jaar betaalt de basisverzekering dat één keer per 12 maanden; het eigen risico geldt.'
				}
			},
			general: {
				next: {
					en: 'Ask your GP for a falls assessment, or to be referred to the local NHS falls service, and take this plan with you. Agree a follow-up within a few weeks, and fix the urgent points of this check now.',
					nl: 'Vraag uw huisarts om een valanalyse, of om een verwijzing naar de valpreventiedienst van de NHS in uw regio. Neem dit plan mee. Spreek een vervolgafspraak binnen een paar weken af, en pak de dringende punten van deze check nu aan.'
				}
			}
		}
	}
};

/** The advice of a level in a region: the regional next step where there is one. */
export function fallRiskAdvice(
	level: FallRiskLevel,
	region: Region
): { title: Text; meaning: Text; next: Text } {
	const advice = FALL_RISK_ADVICE[level];
	return {
		title: advice.title,
		meaning: advice.meaning,
		next: advice.regional?.[region]?.next ?? advice.next
	};
}

/** The 12-question self-test: 4 points or more (of 14) means a raised risk (CDC STEADI). */
export const FALL_RISK_TEST_CUT_OFF = 4;
/** The highest score of the 12-question self-test. */
export const FALL_RISK_TEST_MAX = 14;

/** What the 12-question self-test says. */
export type FallRiskTestVerdict = 'at-risk' | 'below-cut-off' | 'below-cut-off-fell' | 'incomplete';

/**
 * The verdict texts of the 12-question self-test. A score under 4 is never called “no risk”:
 * it says what the score means and does not mean, and to repeat the test in a year; anyone who
 * fell is told to tell the GP anyway (clinical review, point 1).
 */
export const FALL_RISK_TEST_VERDICTS: Record<FallRiskTestVerdict, Text> = {
	'at-risk': {
		en: 'You scored 4 points or more: your chance of a fall is raised. Show this result to your GP and ask what can be done; much of it can be improved.',
		nl: 'U heeft 4 punten of meer: uw kans om te vallen is groter. Laat deze uitslag aan uw huisarts zien en vraag wat er kan gebeuren. Veel is te verbeteren.'
	},
	'below-cut-off': {
		en: 'You scored under 4 points. The test does not show a raised risk now, but it does not mean that you cannot fall: it asks about 12 things only. Do the test again in a year, or sooner if something changes.',
		nl: 'U heeft minder dan 4 punten. De test laat nu geen grotere kans op vallen zien. Dat betekent niet dat u niet kunt vallen: de test vraagt maar naar 12 dingen. Doe de test over een jaar opnieuw, of eerder als er iets verandert.'
	},
	'below-cut-off-fell': {
		en: 'You scored under 4 points, but you fell in the past 12 months. Tell your GP about the fall anyway: a fall is a reason for a closer look, whatever the score. Do the test again in a year.',
		nl: 'U heeft minder dan 4 punten, maar u bent in de afgelopen 12 maanden gevallen. Vertel uw huisarts toch over de val. Een val is een reden om beter te kijken, wat de score ook is. Doe de test over een jaar opnieuw.'
	},
	incomplete: {
		en: 'Answer all 12 questions to see what the test says.',
		nl: 'Beantwoord alle 12 vragen om te zien wat de test zegt.'
	}
};

/** An item of the 12-question self-test, as far as its score goes. */
export interface FallRiskTestItem {
	id: string;
	fallRiskTestPoints?: 1 | 2;
}

/** The score and verdict of the 12-question self-test, from its items and the answers. */
export function fallRiskTest(
	items: readonly FallRiskTestItem[],
	valueOf: (itemId: string) => AnswerValue | undefined
): { score: number; answered: number; verdict: FallRiskTestVerdict } {
	const scored = items.filter((item) => item.fallRiskTestPoints !== undefined);
	let score = 0;
	let answered = 0;
	for (const item of scored) {
		const value = valueOf(item.id);
		if (value === 'yes' || value === 'no') answered += 1;
		if (value === 'yes') score += item.fallRiskTestPoints ?? 0;
	}
	let verdict: FallRiskTestVerdict;
	if (score >= FALL_RISK_TEST_CUT_OFF) verdict = 'at-risk';
	else if (answered < scored.length) verdict = 'incomplete';
	else if (valueOf(KEY_QUESTIONS.fallen) === 'yes') verdict = 'below-cut-off-fell';
	else verdict = 'below-cut-off';
	return { score, answered, verdict };
}
