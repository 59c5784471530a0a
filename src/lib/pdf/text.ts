/**
 * Every text the action plan PDF prints, in each language. The checklist's own texts (findings,
 * fixes, reasons, room and owner names, the fall-risk advice) come from $lib/checklist; these
 * are the words around them, and the letter's words for the GP. Texts that differ by country
 * take the check's region. Only characters of Windows-1252 (the PDF font): see safe-text.ts.
 * No text here ends with a question mark: the plan states findings, it does not ask.
 */
import type { Checker } from '$lib/checklist/check';
import type { FallRiskResult } from '$lib/checklist/fall-risk';
import type { GpQuestionId, PartId } from '$lib/checklist/parts';
import type { AnswerValue, Language, Region, Source, Text } from '$lib/checklist/types';

export interface PdfText {
	/** The document's title, on its first page and in its properties. */
	title: string;
	subject: string;
	keywords: string;
	/** The facts of the visit. */
	visitDate: string;
	checkedBy: string;
	nextVisit: string;
	checkers: Record<Checker, string>;
	/** Heading of a part, on its first page; the letter's is `letterTitle`. */
	partTitle: (part: PartId, region: Region) => string;
	/** One line under a part's heading: what it is and what to do with it. */
	partIntro: Record<PartId, string>;
	/** A part's PDF alone, when the plan has nothing for it. */
	nothingForPart: string;
	/** Added to a heading that goes on from the page before. */
	continued: (heading: string) => string;

	/** Page 1. */
	levelUnknown: string;
	missing: Record<NonNullable<FallRiskResult['missing']>, string>;
	nextStep: string;
	selfTest: (score: number, max: number, verdict: string) => string;
	selfTestVerdict: { atRisk: string; below: string; incomplete: (answered: number) => string };
	disclaimer: string;
	top: (count: number) => string;
	noActions: string;
	countsHeading: (total: number) => string;
	countColumns: { who: string; actions: string; open: string; page: string };

	/** A follow-up visit. */
	comparedWith: (date: string) => string;
	comparisonSummary: (fixed: number, open: number, added: number) => string;
	fixed: string;
	stillOpen: string;
	added: string;
	/** Captions of a hazard's photos from the visit before and from now. */
	before: string;
	after: string;
	noPhotoNow: string;
	/** Photos of an action that hold no picture the PDF can print (a damaged file). */
	photoLeftOut: (n: number) => string;

	/** An action. */
	why: string;
	due: (date: string) => string;
	done: string;
	note: string;
	fromPrevious: string;

	/** The person's own part. */
	mentionHeading: string;
	mentionIntro: string;
	noMention: string;
	takeLetter: string;

	/** The letter for the GP. */
	letterTitle: (pharmacist: boolean) => string;
	letterPatient: string;
	letterHome: string;
	letterIntro: (date: string, checker: string) => string;
	letterLevel: string;
	letterKeyQuestions: string;
	keyQuestion: { fallen: string; unsteady: string; worried: string };
	yesNo: (answer: boolean | undefined) => string;
	letterFalls: string;
	noFall: string;
	fallNoSeverity: string;
	letterGait: string;
	tug: (seconds: string, over: boolean) => string;
	walk: (seconds: string, speed: string, slow: boolean) => string;
	chairStand: (count: string) => string;
	notPossible: (test: string) => string;
	tests: { tug: string; walk: string; chair: string };
	noGaitTest: string;
	letterSelfTest: string;
	letterScore: (score: number, max: number, answered: number, total: number) => string;
	letterMedicines: string;
	noMedicines: string;
	medicinesNotAsked: string;
	letterOther: string;
	noneReported: string;
	letterRequested: string;
	gpQuestion: (id: GpQuestionId, region: Region) => string;
	noRequests: string;
	letterAlso: string;
	letterFrom: string;
	letterPhone: string;

	/** The reference list. */
	sourcesTitle: string;
	sourcesIntro: string;
	/** A source named differently in a region (a Dutch programme named in a UK plan, say). */
	sourceName?: (source: Source, region: Region) => string | undefined;

	/** The appendix. */
	appendixTitle: string;
	appendixIntro: string;
	appendixColumns: { question: string; answer: string };
	answers: Record<AnswerValue, string>;
	hazard: string;
	riskFactor: string;
	given: { 'rest-fine': string; 'still-same': string };
	/** A person's answers given with "Nothing else to mention" (the rooms' words differ). */
	givenPersonal: string;
	seconds: (value: string) => string;
	times: (value: string) => string;
	couldNot: string;
	ticked: (options: string) => string;
	noneTicked: string;
	nothingAnswered: string;

	/** The footer. */
	page: (page: number, pages: number) => string;
	madeOn: (date: string) => string;
	/** The file name's words (ASCII): a part, the appendix, large print. */
	fileWords: Record<PartId | 'appendix' | 'large', string>;
}

/** A text of a region, else the general one. */
function byRegion(region: Region, texts: { general: string; nl?: string }): string {
	return (region === 'nl' ? texts.nl : undefined) ?? texts.general;
}

const EN_QUESTIONS: Record<GpQuestionId, { general: string; nl?: string }> = {
	'falls-assessment': {
		general: 'A multifactorial falls risk assessment, or referral to the local falls service',
		nl: 'A multifactorial falls assessment (valanalyse)'
	},
	'medication-review': {
		general: 'A structured medication review of fall-risk-increasing drugs (STOPPFall)',
		nl: 'A medication review of fall-risk-increasing drugs (medicatiebeoordeling, STOPPFall), with the pharmacist'
	},
	orthostatic: {
		general:
			'Lying and standing blood pressure (orthostatic hypotension), and the cause of the dizziness or blackout'
	},
	'bone-density': {
		general: 'A fracture risk assessment and a bone density (DXA) scan',
		nl: 'A bone density scan (botdichtheidsmeting, DXA) and a fracture risk assessment'
	},
	'fall-programme': {
		general:
			'Referral to a strength and balance fall-prevention programme (physiotherapy or the falls service)',
		nl: 'Referral to a physiotherapist for fall prevention (verwijzing fysiotherapeut valpreventie), such as In Balans or Otago'
	},
	'eye-test': { general: 'An eye test, and referral to an eye specialist if sight has got worse' }
};

const NL_QUESTIONS: Record<GpQuestionId, { general: string; nl?: string }> = {
	'falls-assessment': {
		general:
			'Een multifactoriële beoordeling van het valrisico, of verwijzing naar de valpreventiedienst (falls service)',
		nl: 'Een valanalyse: multifactoriële beoordeling van het valrisico'
	},
	'medication-review': {
		general: 'Een medicatiebeoordeling op valrisicoverhogende medicatie (STOPPFall)',
		nl: 'Een medicatiebeoordeling op valrisicoverhogende medicatie (STOPPFall), samen met de apotheker'
	},
	orthostatic: {
		general:
			'Bloeddruk liggend en staand (orthostatische hypotensie), en de oorzaak van de duizeligheid of wegraking'
	},
	'bone-density': {
		general: 'Een botdichtheidsmeting (DXA-scan) en een inschatting van het fractuurrisico'
	},
	'fall-programme': {
		general:
			'Verwijzing naar een beweegprogramma voor kracht en evenwicht (fysiotherapie of de falls service)',
		nl: 'Verwijzing fysiotherapeut valpreventie: een valpreventief beweegprogramma, zoals In Balans of Otago'
	},
	'eye-test': { general: 'Een oogmeting, en verwijzing naar de oogarts als het zien achteruitgaat' }
};

/**
 * The Dutch practice source names a Dutch programme ("In Balans"); a plan for elsewhere names
 * the source without it, so that it points to nothing the reader cannot get.
 */
const GENERAL_NL_SOURCE: Text = {
	en: 'Dutch practice and advice on fall prevention (the Netherlands)',
	nl: 'Nederlandse praktijk en adviezen over valpreventie'
};

const en: PdfText = {
	title: 'Action plan',
	subject: 'Fall hazards in the home and what to do about them',
	keywords: 'fall prevention, falls, home safety, action plan, Footing',
	visitDate: 'Date of the visit',
	checkedBy: 'Checked by',
	nextVisit: 'Next visit',
	checkers: {
		nurse: 'a nurse or care worker',
		family: 'a family member',
		self: 'the person who lives there'
	},
	partTitle: (part, region) =>
		({
			self: 'Your own list',
			family: 'For family and carers',
			handyman: 'Jobs for the handyman',
			landlord: 'For the landlord or housing association',
			council: byRegion(region, {
				general: 'For the local council',
				nl: 'For the council’s Wmo desk'
			}),
			care: 'For other care professionals',
			gp: 'Letter for the GP'
		})[part],
	partIntro: {
		self: 'What you can do yourself, and what to tell your GP. Tick each box when it is done.',
		family:
			'Give these pages to the family member or carer who helps. Tick each box when it is done.',
		handyman:
			'Give these pages to the handyman. Each job says in which room it is and what to do; tick it when it is done.',
		landlord:
			'Give these pages to the landlord or housing association, or send them with your request.',
		council: 'Take these pages to the council when you ask for help with adaptations to the home.',
		care: 'One heading for each care professional: give each one their own page.',
		gp: 'Take this letter to the GP.'
	},
	nothingForPart: 'This plan has nothing for this part.',
	continued: (heading) => `${heading} (continued)`,

	levelUnknown: 'Fall risk not known yet',
	missing: {
		'key-questions': 'Answer the three questions on falls in “Falls and fall risk” to see it.',
		severity: 'Answer what happened in the fall to see it.',
		gait: 'Do the walking test (Timed Up and Go or the 4-metre walk) to see it.'
	},
	nextStep: 'What to do next:',
	selfTest: (score, max, verdict) =>
		`Self-test (12 questions): ${score} of ${max} points, ${verdict}`,
	selfTestVerdict: {
		atRisk: '4 or more means a raised risk of falling.',
		below: 'under 4; that does not mean a fall cannot happen.',
		incomplete: (answered) => `with ${answered} of the 12 questions answered.`
	},
	disclaimer:
		'Footing helps find and fix hazards; it does not replace the GP’s fall-risk assessment.',
	top: (count) =>
		count === 1 ? 'The most important action' : `The ${count} most important actions`,
	noActions: 'No hazards were found in the questions answered.',
	countsHeading: (total) =>
		total === 1 ? '1 action in all' : `${total} actions in all, by who acts`,
	countColumns: { who: 'Who acts', actions: 'Actions', open: 'To do', page: 'Page' },

	comparedWith: (date) => `What changed since the visit on ${date}`,
	comparisonSummary: (fixed, open, added) => `Fixed: ${fixed}. New: ${added}. Still open: ${open}.`,
	fixed: 'Fixed',
	stillOpen: 'Still open',
	added: 'New',
	before: 'Before',
	after: 'Now',
	noPhotoNow: 'Now: no photo taken',
	photoLeftOut: (n) =>
		n === 1
			? 'A photo of this item could not be printed: the file is damaged.'
			: `${n} photos of this item could not be printed: the files are damaged.`,

	why: 'Why it matters:',
	due: (date) => `By ${date}`,
	done: 'Done',
	note: 'Note',
	fromPrevious: 'Answer from the last visit: please check it again.',

	mentionHeading: 'To mention to your GP',
	mentionIntro:
		'These are not tasks to tick off, but your GP should know them: together they show how likely a fall is.',
	noMention: 'Nothing was found to mention.',
	takeLetter: 'Take the letter for the GP, in this plan, with you.',

	letterTitle: (pharmacist) =>
		pharmacist ? 'Letter for the GP and the pharmacist' : 'Letter for the GP',
	letterPatient: 'Patient',
	letterHome: 'Home',
	letterIntro: (date, checker) =>
		`A home falls check was done on ${date} by ${checker}, with Footing. The answers were given at home: this is a screening, not a diagnosis. We ask you to consider the points under “Requested”.`,
	letterLevel: 'Fall risk (World Guidelines for Falls Prevention, 2022)',
	letterKeyQuestions: 'Screening questions',
	keyQuestion: {
		fallen: 'fall in the past 12 months',
		unsteady: 'unsteady when standing or walking',
		worried: 'concerned about falling'
	},
	yesNo: (answer) => (answer === undefined ? 'not answered' : answer ? 'yes' : 'no'),
	letterFalls: 'Falls reported',
	noFall: 'no fall in the past 12 months',
	fallNoSeverity: 'a fall, without injury, repeat falls, a long lie, a blackout or frailty',
	letterGait: 'Gait and balance',
	tug: (seconds, over) => `Timed Up and Go ${seconds} s${over ? ' (over 15 s)' : ''}`,
	walk: (seconds, speed, slow) =>
		`4-metre walk ${seconds} s, gait speed ${speed} m/s${slow ? ' (under 0.8 m/s)' : ''}`,
	chairStand: (count) => `30-second chair stand: ${count}`,
	notPossible: (test) => `${test}: could not be done`,
	tests: { tug: 'Timed Up and Go', walk: '4-metre walk', chair: '30-second chair stand' },
	noGaitTest: 'not tested',
	letterSelfTest: 'Stay Independent self-test (12 questions)',
	letterScore: (score, max, answered, total) =>
		answered < total
			? `${score} of ${max} points, ${answered} of ${total} questions answered`
			: `${score} of ${max} points (4 or more: raised risk)`,
	letterMedicines: 'Fall-risk-increasing medicines, as reported',
	noMedicines: 'none of those asked about',
	medicinesNotAsked: 'not asked',
	letterOther: 'Other risk factors',
	noneReported: 'none reported',
	letterRequested: 'Requested',
	gpQuestion: (id, region) => byRegion(region, EN_QUESTIONS[id]),
	noRequests: 'Nothing in particular: please see the findings above.',
	letterAlso: 'Also found, for your attention',
	letterFrom: 'From',
	letterPhone: 'Telephone',

	sourcesTitle: 'Sources',
	sourcesIntro: 'The numbers in square brackets after “Why it matters” refer to this list.',
	sourceName: (source, region) =>
		source === 'NL' && region !== 'nl' ? GENERAL_NL_SOURCE.en : undefined,

	appendixTitle: 'Appendix: all answers',
	appendixIntro: 'Every question answered in this check, room by room, as it was answered.',
	appendixColumns: { question: 'Question', answer: 'Answer' },
	answers: { yes: 'Yes', no: 'No', na: 'Not applicable' },
	hazard: '(hazard)',
	riskFactor: '(risk factor)',
	given: {
		'rest-fine': '(with “Everything else here is fine”)',
		'still-same': '(“Still the same” as last visit)'
	},
	givenPersonal: '(with “Nothing else to mention”)',
	seconds: (value) => `${value} seconds`,
	times: (value) => `${value} times`,
	couldNot: 'Could not be done',
	ticked: (options) => `Ticked: ${options}`,
	noneTicked: 'None ticked',
	nothingAnswered: 'Nothing answered here yet.',

	page: (page, pages) => `Page ${page} of ${pages}`,
	madeOn: (date) => `Made with Footing on ${date}`,
	fileWords: {
		self: 'own-list',
		family: 'family',
		handyman: 'handyman',
		landlord: 'landlord',
		council: 'council',
		care: 'care',
		gp: 'gp-letter',
		appendix: 'all-answers',
		large: 'large-print'
	}
};

const nl: PdfText = {
	title: 'Actieplan',
	subject: 'Valgevaren in huis en wat u eraan kunt doen',
	keywords: 'valpreventie, vallen, veiligheid in huis, actieplan, Footing',
	visitDate: 'Datum van het bezoek',
	checkedBy: 'Ingevuld door',
	nextVisit: 'Volgend bezoek',
	checkers: {
		nurse: 'een verpleegkundige of verzorgende',
		family: 'een familielid of mantelzorger',
		self: 'de bewoner zelf'
	},
	partTitle: (part, region) =>
		({
			self: 'Uw eigen lijst',
			family: 'Voor familie en mantelzorgers',
			handyman: 'Klussen voor de klusjesman',
			landlord: 'Voor de verhuurder of woningcorporatie',
			council: byRegion(region, {
				general: 'Voor de gemeente',
				nl: 'Voor het Wmo-loket van de gemeente'
			}),
			care: 'Voor andere zorgverleners',
			gp: 'Brief voor de huisarts'
		})[part],
	partIntro: {
		self: 'Wat u zelf kunt doen, en wat u met uw huisarts bespreekt. Zet een vinkje als iets klaar is.',
		family:
			'Geef deze pagina’s aan het familielid of de mantelzorger die helpt. Zet een vinkje als iets klaar is.',
		handyman:
			'Geef deze pagina’s aan de klusjesman. Bij elke klus staat in welke ruimte en wat er moet gebeuren; vink hem af als hij klaar is.',
		landlord:
			'Geef deze pagina’s aan de verhuurder of woningcorporatie, of stuur ze mee met uw verzoek.',
		council: 'Neem deze pagina’s mee als u bij de gemeente hulp vraagt bij aanpassingen in huis.',
		care: 'Een kopje per zorgverlener: geef ieder de eigen pagina.',
		gp: 'Neem deze brief mee naar de huisarts.'
	},
	nothingForPart: 'Dit plan heeft niets voor dit deel.',
	continued: (heading) => `${heading} (vervolg)`,

	levelUnknown: 'Valrisico nog niet bekend',
	missing: {
		'key-questions':
			'Beantwoord de drie vragen over vallen bij ‘Vallen en valrisico’ om het te zien.',
		severity: 'Beantwoord wat er bij de val gebeurde om het te zien.',
		gait: 'Doe de looptest (Timed Up and Go of 4 meter lopen) om het te zien.'
	},
	nextStep: 'Wat nu:',
	selfTest: (score, max, verdict) =>
		`Zelftest (12 vragen): ${score} van de ${max} punten, ${verdict}`,
	selfTestVerdict: {
		atRisk: 'bij 4 of meer is de kans op vallen groter.',
		below: 'minder dan 4; dat betekent niet dat u niet kunt vallen.',
		incomplete: (answered) => `met ${answered} van de 12 vragen beantwoord.`
	},
	disclaimer:
		'Footing helpt gevaren te vinden en op te lossen; het vervangt niet het onderzoek naar het valrisico door de huisarts.',
	top: (count) => (count === 1 ? 'De belangrijkste actie' : `De ${count} belangrijkste acties`),
	noActions: 'Bij de beantwoorde vragen zijn geen gevaren gevonden.',
	countsHeading: (total) =>
		total === 1 ? '1 actie in totaal' : `${total} acties in totaal, per wie het doet`,
	countColumns: { who: 'Wie doet het', actions: 'Acties', open: 'Te doen', page: 'Pagina' },

	comparedWith: (date) => `Wat er veranderde sinds het bezoek van ${date}`,
	comparisonSummary: (fixed, open, added) =>
		`Opgelost: ${fixed}. Nieuw: ${added}. Nog niet opgelost: ${open}.`,
	fixed: 'Opgelost',
	stillOpen: 'Nog niet opgelost',
	added: 'Nieuw',
	before: 'Eerst',
	after: 'Nu',
	noPhotoNow: 'Nu: geen foto gemaakt',
	photoLeftOut: (n) =>
		n === 1
			? 'Een foto hierbij kon niet worden afgedrukt: het bestand is beschadigd.'
			: `${n} foto's hierbij konden niet worden afgedrukt: de bestanden zijn beschadigd.`,

	why: 'Waarom:',
	due: (date) => `Uiterlijk ${date}`,
	done: 'Klaar',
	note: 'Notitie',
	fromPrevious: 'Antwoord van het vorige bezoek: kijk dit opnieuw na.',

	mentionHeading: 'Om te bespreken met uw huisarts',
	mentionIntro:
		'Dit zijn geen taken om af te vinken, maar uw huisarts moet ze weten: samen laten ze zien hoe groot de kans op een val is.',
	noMention: 'Er is niets gevonden om te bespreken.',
	takeLetter: 'Neem de brief voor de huisarts uit dit plan mee.',

	letterTitle: (pharmacist) =>
		pharmacist ? 'Brief voor de huisarts en de apotheker' : 'Brief voor de huisarts',
	letterPatient: 'Patiënt',
	letterHome: 'Adres',
	letterIntro: (date, checker) =>
		`Op ${date} is thuis een valcheck gedaan door ${checker}, met Footing. De antwoorden zijn thuis gegeven: dit is een screening, geen diagnose. Wij vragen u de punten onder ‘Gevraagd’ te beoordelen.`,
	letterLevel: 'Valrisico (World Guidelines for Falls Prevention, 2022)',
	letterKeyQuestions: 'Screeningsvragen',
	keyQuestion: {
		fallen: 'gevallen in de afgelopen 12 maanden',
		unsteady: 'onzeker bij staan of lopen',
		worried: 'bang om te vallen'
	},
	yesNo: (answer) => (answer === undefined ? 'niet beantwoord' : answer ? 'ja' : 'nee'),
	letterFalls: 'Gemelde valpartijen',
	noFall: 'niet gevallen in de afgelopen 12 maanden',
	fallNoSeverity:
		'gevallen, zonder letsel, herhaald vallen, lang liggen, wegraking of kwetsbaarheid',
	letterGait: 'Mobiliteit en balans',
	tug: (seconds, over) => `Timed Up and Go ${seconds} s${over ? ' (boven 15 s)' : ''}`,
	walk: (seconds, speed, slow) =>
		`4 meter lopen ${seconds} s, loopsnelheid ${speed} m/s${slow ? ' (onder 0,8 m/s)' : ''}`,
	chairStand: (count) => `30 seconden opstaan uit een stoel: ${count} keer`,
	notPossible: (test) => `${test}: niet mogelijk`,
	tests: { tug: 'Timed Up and Go', walk: '4 meter lopen', chair: '30 seconden opstaan' },
	noGaitTest: 'niet getest',
	letterSelfTest: 'Zelftest valrisico (Stay Independent, 12 vragen)',
	letterScore: (score, max, answered, total) =>
		answered < total
			? `${score} van de ${max} punten, ${answered} van de ${total} vragen beantwoord`
			: `${score} van de ${max} punten (4 of meer: verhoogd risico)`,
	letterMedicines: 'Valrisicoverhogende medicatie, zoals opgegeven',
	noMedicines: 'geen van de gevraagde',
	medicinesNotAsked: 'niet gevraagd',
	letterOther: 'Andere risicofactoren',
	noneReported: 'geen gemeld',
	letterRequested: 'Gevraagd',
	gpQuestion: (id, region) => byRegion(region, NL_QUESTIONS[id]),
	noRequests: 'Niets in het bijzonder: zie de bevindingen hierboven.',
	letterAlso: 'Verder gevonden, ter beoordeling',
	letterFrom: 'Van',
	letterPhone: 'Telefoon',

	sourcesTitle: 'Bronnen',
	sourcesIntro: 'De nummers tussen vierkante haken achter ‘Waarom’ verwijzen naar deze lijst.',
	sourceName: (source, region) =>
		source === 'NL' && region !== 'nl' ? GENERAL_NL_SOURCE.nl : undefined,

	appendixTitle: 'Bijlage: alle antwoorden',
	appendixIntro:
		'Alle vragen die bij deze check zijn beantwoord, per ruimte, zoals ze zijn beantwoord.',
	appendixColumns: { question: 'Vraag', answer: 'Antwoord' },
	answers: { yes: 'Ja', no: 'Nee', na: 'Niet van toepassing' },
	hazard: '(gevaar)',
	riskFactor: '(risicofactor)',
	given: {
		'rest-fine': '(met ‘Al het andere is hier in orde’)',
		'still-same': '(‘Nog hetzelfde’ als bij het vorige bezoek)'
	},
	givenPersonal: '(met ‘Verder niets bijzonders’)',
	seconds: (value) => `${value} seconden`,
	times: (value) => `${value} keer`,
	couldNot: 'Kon niet worden gedaan',
	ticked: (options) => `Aangevinkt: ${options}`,
	noneTicked: 'Niets aangevinkt',
	nothingAnswered: 'Hier is nog niets beantwoord.',

	page: (page, pages) => `Pagina ${page} van ${pages}`,
	madeOn: (date) => `Gemaakt met Footing op ${date}`,
	fileWords: {
		self: 'eigen-lijst',
		family: 'familie',
		handyman: 'klusjesman',
		landlord: 'verhuurder',
		council: 'gemeente',
		care: 'zorgverleners',
		gp: 'brief-huisarts',
		appendix: 'alle-antwoorden',
		large: 'grote-letters'
	}
};

/** The PDF's texts in every language Footing speaks. */
export const PDF_TEXT: Record<Language, PdfText> = { en, nl };

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };

/** A measured number as the language writes it: "18.5" / "18,5", at most `digits` decimals. */
export function formatNumber(value: number, language: Language, digits = 1): string {
	return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}

/**
 * The first sentence of a text: up to the first full stop (or ! or ?) followed by a space and a
 * capital, a digit or an opening quote or bracket. The whole text when it is one sentence.
 */
export function firstSentence(text: string): string {
	const match = /^.+?[.!?](?=\s+[A-Z0-9À-Þ“‘"'(])/su.exec(text.trim());
	return match ? match[0] : text.trim();
}
