/**
 * Every text the action plan PDF prints, in each language. The checklist's own texts (questions,
 * fixes, room and owner names) come from $lib/checklist; these are the words around them.
 * Only characters of Windows-1252 (the PDF font): see safe-text.ts. Terms: docs/glossary.md.
 */
import type { Checker } from '$lib/checklist/check';
import type { AnswerValue, Language } from '$lib/checklist/types';

export interface PdfText {
	/** The document's title, on its first page and in its properties. */
	title: string;
	/** The document's subject, in its properties. */
	subject: string;
	/** Search words, in the document's properties. */
	keywords: string;
	/** Label of the visit date on the first page. */
	visitDate: string;
	/** Label of who did the check. */
	checkedBy: string;
	/** Who did the check, in words. */
	checkers: Record<Checker, string>;
	/** Label of how many questions were answered. */
	questionsAnswered: string;
	/** "54 of 120". */
	answeredOf: (answered: number, total: number) => string;
	/** Heading of the count of hazards by priority. */
	hazardsFound: string;
	/** Column headings of the count of hazards. */
	countColumns: { priority: string; hazards: string; done: string };
	/** The last row of the count of hazards. */
	total: string;
	/** How to read and use the plan. */
	howToUse: string;
	/** Shown when the check found no hazard at all. */
	noHazards: string;
	/** Heading of the comparison with the earlier visit. */
	comparedWith: (date: string) => string;
	/** Hazards of the earlier visit that are solved now. */
	resolved: (count: number) => string;
	/** Hazards found now that were not there before. */
	added: (count: number) => string;
	/** Hazards found on both visits. */
	remaining: (count: number) => string;
	/** An empty list. */
	none: string;
	/** Heading of the actions for the rooms of the home. */
	homeActions: string;
	/** Shown when no room has a hazard. */
	noHomeHazards: string;
	/** Heading of one priority: "High priority". */
	priorityHeading: (priorityName: string) => string;
	/** Added to a heading that goes on from the page before. */
	continued: (heading: string) => string;
	/** Column headings of the actions. */
	columns: { done: string; hazard: string; fix: string; who: string };
	/** When an action should be done. */
	due: (date: string) => string;
	/** Shown with an action that is done. */
	done: string;
	/** Put before the user's note. */
	note: string;
	/** Shown with an answer copied from the earlier visit and not confirmed yet. */
	fromPrevious: string;
	/** Heading of the personal advice. */
	personalTitle: string;
	/** What the personal advice is about. */
	personalIntro: string;
	/** Heading of the fall-risk test (12 questions). */
	fallRiskTestTitle: string;
	/** The test's score. */
	fallRiskTestScore: (score: number, maxScore: number) => string;
	/** The test's verdict when the score reaches the cut-off: see the GP or physiotherapist. */
	fallRiskTestAtRisk: (cutOff: number) => string;
	/** The test's verdict when all is answered and the score stays below the cut-off. */
	fallRiskTestLowRisk: (cutOff: number) => string;
	/** The test's verdict while questions are open. */
	fallRiskTestIncomplete: (answered: number, total: number) => string;
	/** Shown when a person has no actions. */
	noPersonalActions: string;
	/** Heading of the list of all answers. */
	appendixTitle: string;
	/** What the list of all answers is. */
	appendixIntro: string;
	/** Column headings of the list of all answers. */
	appendixColumns: { question: string; answer: string };
	/** The answers in words, where an item has no labels of its own. */
	answers: Record<AnswerValue, string>;
	/** An answer that marks a hazard: "No (hazard)". */
	hazardAnswer: (answer: string) => string;
	/** Shown for a room with no answers yet. */
	nothingAnswered: string;
	/** The page number in the footer. */
	page: (page: number, pages: number) => string;
	/** When the PDF was made, in the footer. */
	madeOn: (date: string) => string;
}

const en: PdfText = {
	title: 'Action plan',
	subject: 'Fall hazards in the home and what to do about them',
	keywords: 'fall prevention, falls, home safety, action plan, Footing',
	visitDate: 'Date of the visit',
	checkedBy: 'Checked by',
	checkers: {
		nurse: 'A nurse or care worker',
		family: 'A family member',
		self: 'The person who lives there'
	},
	questionsAnswered: 'Questions answered',
	answeredOf: (answered, total) => `${answered} of ${total}`,
	hazardsFound: 'Hazards found',
	countColumns: { priority: 'Priority', hazards: 'Hazards', done: 'Done' },
	total: 'Total',
	howToUse:
		'Below are the hazards found in the home, the most urgent first. Each one comes with what to do and who acts on it. Tick the box when an action is done.',
	noHazards: 'No hazards were found in the questions answered.',
	comparedWith: (date) => `Compared with the visit on ${date}`,
	resolved: (count) => `Solved since the last visit: ${count}`,
	added: (count) => `New hazards: ${count}`,
	remaining: (count) => `Still open: ${count}`,
	none: 'None.',
	homeActions: 'Actions in the home',
	noHomeHazards: 'No hazards were found in the rooms of the home.',
	priorityHeading: (priorityName) => `${priorityName} priority`,
	continued: (heading) => `${heading} (continued)`,
	columns: { done: 'Done', hazard: 'Hazard', fix: 'What to do', who: 'Who acts' },
	due: (date) => `By ${date}`,
	done: 'Done',
	note: 'Note',
	fromPrevious: 'Answer from the last visit: please check it again.',
	personalTitle: 'Advice on personal factors',
	personalIntro:
		'Your risk of falling also depends on things you can change: staying active, good shoes, your eyesight, your medicines and strong bones.',
	fallRiskTestTitle: 'Fall-risk test (12 questions)',
	fallRiskTestScore: (score, maxScore) => `Score: ${score} of ${maxScore} points.`,
	fallRiskTestAtRisk: (cutOff) =>
		`That is ${cutOff} points or more: you have a higher risk of falling. Talk to your GP or a physiotherapist about it. They can help you lower that risk.`,
	fallRiskTestLowRisk: (cutOff) =>
		`That is under ${cutOff} points: the test shows no higher risk of falling. Stay active, and do the test again in a year, or sooner if you fall.`,
	fallRiskTestIncomplete: (answered, total) =>
		`Answered: ${answered} of the ${total} questions. Answer them all to see the result.`,
	noPersonalActions: 'No hazards were found for this person.',
	appendixTitle: 'Appendix: all answers',
	appendixIntro: 'Every question answered in this check, room by room.',
	appendixColumns: { question: 'Question', answer: 'Answer' },
	answers: { yes: 'Yes', no: 'No', na: 'Not applicable' },
	hazardAnswer: (answer) => `${answer} (hazard)`,
	nothingAnswered: 'Nothing answered here yet.',
	page: (page, pages) => `Page ${page} of ${pages}`,
	madeOn: (date) => `Made with Footing on ${date}`
};

const nl: PdfText = {
	title: 'Actieplan',
	subject: 'Valgevaren in huis en wat u eraan kunt doen',
	keywords: 'valpreventie, vallen, veiligheid in huis, actieplan, Footing',
	visitDate: 'Datum van het bezoek',
	checkedBy: 'Ingevuld door',
	checkers: {
		nurse: 'Een verpleegkundige of verzorgende',
		family: 'Een familielid of mantelzorger',
		self: 'De bewoner zelf'
	},
	questionsAnswered: 'Beantwoorde vragen',
	answeredOf: (answered, total) => `${answered} van de ${total}`,
	hazardsFound: 'Gevonden gevaren',
	countColumns: { priority: 'Prioriteit', hazards: 'Gevaren', done: 'Klaar' },
	total: 'Totaal',
	howToUse:
		'Hieronder staan de gevaren die in huis zijn gevonden, de belangrijkste eerst. Bij elk gevaar staat de oplossing en wie het doet. Zet een vinkje in het vakje als een actie klaar is.',
	noHazards: 'Bij de beantwoorde vragen zijn geen gevaren gevonden.',
	comparedWith: (date) => `Vergeleken met het bezoek van ${date}`,
	resolved: (count) => `Opgelost sinds het vorige bezoek: ${count}`,
	added: (count) => `Nieuwe gevaren: ${count}`,
	remaining: (count) => `Nog niet opgelost: ${count}`,
	none: 'Geen.',
	homeActions: 'Acties in huis',
	noHomeHazards: 'In de ruimtes van het huis zijn geen gevaren gevonden.',
	priorityHeading: (priorityName) => `Prioriteit: ${priorityName.toLowerCase()}`,
	continued: (heading) => `${heading} (vervolg)`,
	columns: { done: 'Klaar', hazard: 'Gevaar', fix: 'Oplossing', who: 'Wie doet het' },
	due: (date) => `Uiterlijk ${date}`,
	done: 'Klaar',
	note: 'Notitie',
	fromPrevious: 'Antwoord van het vorige bezoek: kijk dit opnieuw na.',
	personalTitle: 'Advies over persoonlijke factoren',
	personalIntro:
		'Hoe groot de kans is dat u valt, hangt ook af van dingen die u zelf kunt veranderen: genoeg bewegen, goede schoenen, uw ogen, uw medicijnen en sterke botten.',
	fallRiskTestTitle: 'Valrisicotest (12 vragen)',
	fallRiskTestScore: (score, maxScore) => `Score: ${score} van de ${maxScore} punten.`,
	fallRiskTestAtRisk: (cutOff) =>
		`Dat is ${cutOff} punten of meer: u heeft een grotere kans om te vallen. Bespreek dit met uw huisarts of een fysiotherapeut. Zij kunnen u helpen om die kans kleiner te maken.`,
	fallRiskTestLowRisk: (cutOff) =>
		`Dat is minder dan ${cutOff} punten: uit de test blijkt geen grotere kans om te vallen. Blijf in beweging, en doe de test over een jaar opnieuw, of eerder als u valt.`,
	fallRiskTestIncomplete: (answered, total) =>
		`Beantwoord: ${answered} van de ${total} vragen. Beantwoord ze allemaal om de uitkomst te zien.`,
	noPersonalActions: 'Bij deze persoon zijn geen gevaren gevonden.',
	appendixTitle: 'Bijlage: alle antwoorden',
	appendixIntro: 'Alle vragen die bij deze check zijn beantwoord, per ruimte.',
	appendixColumns: { question: 'Vraag', answer: 'Antwoord' },
	answers: { yes: 'Ja', no: 'Nee', na: 'Niet van toepassing' },
	hazardAnswer: (answer) => `${answer} (gevaar)`,
	nothingAnswered: 'Hier is nog niets beantwoord.',
	page: (page, pages) => `Pagina ${page} van ${pages}`,
	madeOn: (date) => `Gemaakt met Footing op ${date}`
};

/** The PDF's texts in every language Footing speaks. */
export const PDF_TEXT: Record<Language, PdfText> = { en, nl };
