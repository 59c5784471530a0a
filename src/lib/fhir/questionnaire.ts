/**
 * Footing's checklist as one FHIR R4 Questionnaire after the SDC profile: every item of the
 * catalogue with its English text and Dutch translation, its answers, when it is asked, the tick
 * lists as check boxes, the timed tests as numbers, and the 12-question test's score as a
 * FHIRPath calculatedExpression. Region-neutral: only the plan's texts differ by region, and
 * those travel in the CarePlan. Pure data built from $lib/checklist; no Node APIs.
 * See docs/fhir.md for the mapping.
 */
import { areaById, itemById, ITEMS } from '../checklist/catalogue';
import { conditionsOf } from '../checklist/conditions';
import { FALL_RISK_TEST_MAX } from '../checklist/fall-risk';
import { OWNER_NAMES, PRIORITY_NAMES } from '../checklist/names';
import { asQuestions, PERSONAL_SECTION, type Question } from '../checklist/rules';
import {
	PERSONAL_TOPICS,
	REGIONS,
	ROOM_TYPES,
	type AnswerValue,
	type AreaId,
	type AskWhen,
	type Group,
	type Item,
	type Language,
	type MeasureItem,
	type Owner,
	type Priority,
	type Region,
	type RoomKind,
	type Text
} from '../checklist/types';
import type { CheckMode } from '../checklist/check';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import {
	CODE_SYSTEMS,
	HL7,
	QUESTIONNAIRE_DATE,
	QUESTIONNAIRE_ID,
	QUESTIONNAIRE_URL,
	QUESTIONNAIRE_VERSION,
	UCUM
} from './canonical';
import { coding, textOf, translationOf } from './text';
import type {
	Coding,
	Extension,
	Questionnaire,
	QuestionnaireAnswerOption,
	QuestionnaireEnableWhen,
	QuestionnaireItem
} from './types';

export { QUESTIONNAIRE_DATE, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION };

/** The kinds of room the repeating group `room` can be: the rooms of a home and the whole home. */
export const HOME_KINDS: readonly RoomKind[] = [...ROOM_TYPES, 'home'];

/** The linkIds Footing adds around the catalogue's items. A `/` never occurs in an item id. */
export const LINK_IDS = {
	/** About the check: its id, label, visit date, region and mode. */
	check: 'check',
	checkId: 'check/id',
	checkLabel: 'check/label',
	visitDate: 'check/visit-date',
	region: 'check/region',
	mode: 'check/mode',
	/** The repeating group: one repetition per room of the home, and one for the whole home. */
	room: 'room',
	/** The room's id in Footing, kept so answers can be compared across visits (optional). */
	roomId: 'room/id',
	/** What the repetition is: a kind of room, or the whole home. */
	roomType: 'room/type',
	/** The name the user gave the room; absent when none was given. */
	roomName: 'room/name',
	/** The group of the items asked in several kinds of room (floors, rugs, light…). */
	general: 'general',
	/** The personal factors of the person the response is about (its subject). */
	person: 'person',
	/** The person's id in Footing (optional). */
	personId: 'person/id',
	/** The name the user gave the person; absent when none was given. */
	personName: 'person/name',
	/** The 12-question test's score, calculated from the answers. */
	fallRiskTestScore: 'selftest/score'
} as const;

/** The linkId of the note on an item. */
export function noteLinkId(itemId: string): string {
	return `${itemId}/note`;
}

/** The linkId of an area's introduction. */
export function introLinkId(area: AreaId): string {
	return `${area}/intro`;
}

/** The linkId of "the test could not be done" of a timed test. */
export function notDoneLinkId(itemId: string): string {
	return `${itemId}/not-done`;
}

/** The code of "None of these" in a tick list (the answer code system). */
export const NONE_CODE = 'none';

const T = (en: string, nl: string): Text => ({ en, nl });

const TITLE = T('Footing: home fall-hazard check', 'Footing: valgevaren in huis controleren');
const DESCRIPTION = T(
	'Fall hazards in a home, room by room, and the personal fall-risk factors of one person living there, with the fall-risk level after the World Falls Guidelines (2022) and a 12-question fall-risk self-test. The group “room” repeats once for every room of the home and once for the whole home; “person” holds the personal factors of the person the response is about. One response is made per person checked.',
	'Valgevaren in een huis, ruimte voor ruimte, en de persoonlijke valrisicofactoren van één bewoner, met het valrisico volgens de World Falls Guidelines (2022) en een zelftest van 12 vragen. De groep “room” komt één keer voor per ruimte van het huis en één keer voor het hele huis; “person” bevat de persoonlijke factoren van de persoon over wie het antwoord gaat. Per persoon wordt één antwoord gemaakt.'
);
const PURPOSE = T(
	'To find fall hazards in the home of an older person and the personal factors that raise the risk of falling, to work out the fall-risk level (low, intermediate, high) after the algorithm of the World Guidelines for Falls Prevention and Management for Older Adults (Montero-Odasso et al., Age and Ageing 2022), and to make an action plan. It can be filled in by a home-care nurse, a family member or the older person. It is a guide to the next step, not a diagnosis.',
	'Valgevaren vinden in het huis van een oudere en de persoonlijke factoren die de kans op vallen vergroten, het valrisico (laag, matig, hoog) bepalen volgens het algoritme van de World Guidelines for Falls Prevention and Management for Older Adults (Montero-Odasso e.a., Age and Ageing 2022), en een actieplan maken. In te vullen door een wijkverpleegkundige, een familielid of de oudere zelf. Het wijst de volgende stap; het is geen diagnose.'
);
const COPYRIGHT = T(
	'Footing’s own text. The 12-question fall-risk self-test is adapted, in Footing’s own words and with the same questions, order and points, from the CDC STEADI “Stay Independent” brochure (US Centers for Disease Control and Prevention), which is based on the fall-risk questionnaire of Rubenstein et al. (J Safety Res 2011); CDC does not endorse Footing. The home checklist draws on CDC STEADI “Check for Safety”, HOME FAST, the Home Safety Self-Assessment Tool, the US National Institute on Aging and Dutch practice.',
	'Tekst van Footing. De zelftest valrisico van 12 vragen is in eigen woorden, met dezelfde vragen, volgorde en punten, bewerkt naar de brochure “Stay Independent” van CDC STEADI (Centers for Disease Control and Prevention, Verenigde Staten), die gebaseerd is op de valrisicovragenlijst van Rubenstein e.a. (J Safety Res 2011); de CDC onderschrijft Footing niet. De checklist voor het huis bouwt op CDC STEADI “Check for Safety”, HOME FAST, de Home Safety Self-Assessment Tool, het Amerikaanse National Institute on Aging en de Nederlandse praktijk.'
);

const CHECK_TEXT = T('About this check', 'Over deze check');
const CHECK_ID_TEXT = T('Footing id of this check', 'Footing-id van deze check');
const LABEL_TEXT = T(
	'Name of the home (for example a name and street)',
	'Naam van het huis (bijvoorbeeld een naam en straat)'
);
const VISIT_TEXT = T('Date of the visit', 'Datum van het bezoek');
const REGION_TEXT = T('Whose advice the action plan gives', 'Wiens adviezen het actieplan geeft');
const MODE_TEXT = T('How much the check asks', 'Hoeveel de check vraagt');
const ROOM_GROUP_TEXT = T('Room of the home', 'Ruimte van het huis');
const ROOM_ID_TEXT = T('Footing id of this room', 'Footing-id van deze ruimte');
const ROOM_TYPE_TEXT = T('Kind of room, or the whole home', 'Soort ruimte, of het hele huis');
const ROOM_NAME_TEXT = T(
	'Name of the room (if given)',
	'Naam van de ruimte (als die is opgegeven)'
);
const GENERAL_TEXT = T(
	'Floors and light (asked in several kinds of room)',
	'Vloeren en licht (gevraagd in meerdere soorten ruimtes)'
);
const PERSON_ID_TEXT = T('Footing id of this person', 'Footing-id van deze persoon');
const PERSON_NAME_TEXT = T(
	'Name of the person (if given)',
	'Naam van de persoon (als die is opgegeven)'
);
const NOT_DONE_TEXT = T('The test could not be done', 'De test kon niet worden gedaan');
const HOW_TO_TEXT = T('How to do the test', 'Zo doet u de test');
export const NONE_TEXT = T('None of these', 'Geen van deze');
/** The text of every note item. */
export const NOTE_TEXT: Text = { en: en.room.note, nl: nl.room.note };
/** The text of the 12-question test's score item. */
export const SCORE_TEXT = T(
	`Fall-risk self-test score, counted from the 12 questions (0 to ${FALL_RISK_TEST_MAX}; 4 or more means a higher risk of falling)`,
	`Score van de zelftest valrisico, berekend uit de 12 vragen (0 tot ${FALL_RISK_TEST_MAX}; 4 of meer betekent een grotere kans om te vallen)`
);

/** The words of the answers yes, no and not applicable. */
export const ANSWER_TEXT: Record<AnswerValue, Text> = {
	yes: { en: en.room.yes, nl: nl.room.yes },
	no: { en: en.room.no, nl: nl.room.no },
	na: { en: en.room.na, nl: nl.room.na }
};
/** The names of the regions. */
export const REGION_NAMES: Record<Region, Text> = {
	nl: T('The Netherlands', 'Nederland'),
	general: T('General (anywhere else)', 'Algemeen (elders)')
};
/** The names of the check modes. */
export const MODE_NAMES: Record<CheckMode, Text> = {
	full: T('The full walk through the home', 'De volledige ronde door het huis'),
	quick: T('The quick check of the essentials', 'De snelle check van het belangrijkste')
};

/** An item control (R4 core questionnaire-itemControl). */
function itemControl(code: string): Extension {
	return {
		url: HL7.itemControl,
		valueCodeableConcept: { coding: [{ system: HL7.itemControlSystem, code }] }
	};
}
const HIDDEN: Extension = { url: HL7.hidden, valueBoolean: true };

/** The words of an answer to an item: the item's own labels where it has them. */
export function answerText(item: Item, value: AnswerValue): Text {
	if (value !== 'na' && item.labels) return item.labels[value];
	return ANSWER_TEXT[value];
}

/** The answers an item allows, in button order. */
export function answerValues(item: Item): AnswerValue[] {
	return item.allowNA ? ['yes', 'no', 'na'] : ['yes', 'no'];
}

/** The coding of an answer to an item, in a language. */
export function answerCoding(item: Item, value: AnswerValue, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.answer, value, answerText(item, value), language);
}

/** The coding of "None of these" in a tick list. */
export function noneCoding(language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.answer, NONE_CODE, NONE_TEXT, language);
}

/** What an item is called in Footing's item code system: a box's label, else its question. */
export function itemDisplay(item: Item): Text {
	return item.option ?? item.question;
}

/** The coding of a checklist item (a tick-list box, the code of a finding). */
export function itemCoding(item: Item, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.item, item.id, itemDisplay(item), language);
}

/** The name of a kind of room, the whole home, or the personal factors. */
export function roomKindName(kind: RoomKind): Text {
	return kind === 'personal' ? PERSONAL_SECTION : areaById(kind)!.name;
}

/** The coding of a kind of room (or the whole home). */
export function roomKindCoding(kind: RoomKind, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.roomKind, kind, roomKindName(kind), language);
}

/** The coding of a region. */
export function regionCoding(region: Region, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.region, region, REGION_NAMES[region], language);
}

/** The coding of a check mode. */
export function modeCoding(mode: CheckMode, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.mode, mode, MODE_NAMES[mode], language);
}

/** The coding of who acts on a fix. */
export function ownerCoding(owner: Owner, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.owner, owner, OWNER_NAMES[owner], language);
}

/** The coding of an action's priority. */
export function priorityCoding(priority: Priority, language: Language = 'en'): Coding {
	return coding(CODE_SYSTEMS.priority, priority, PRIORITY_NAMES[priority], language);
}

/** The kind of room whose repetitions ask an area's items. */
export function kindOfArea(area: AreaId): RoomKind {
	return (PERSONAL_TOPICS as readonly string[]).includes(area) ? 'personal' : (area as RoomKind);
}

/** The kinds of room that ask an item, in walk order. */
export function kindsOf(item: Item): RoomKind[] {
	const kinds = new Set(item.areas.map(kindOfArea));
	return [...HOME_KINDS, 'personal' as const].filter((kind) => kinds.has(kind));
}

/**
 * A section of the `room` or `person` group: one area's items, or the `general` items asked in
 * several kinds of room. `kinds` are the kinds of room that ask it.
 */
export interface QuestionnaireSection {
	linkId: string;
	text: Text;
	area?: AreaId;
	kinds: RoomKind[];
	items: Item[];
}

/** The section an item belongs to: for a person, the first topic that asks it. */
function sectionKey(item: Item): string {
	const kinds = kindsOf(item);
	if (kinds.length > 1) return LINK_IDS.general;
	if (kinds[0] === 'personal') return PERSONAL_TOPICS.find((topic) => item.areas.includes(topic))!;
	return item.areas[0]!;
}

/**
 * The sections of the Questionnaire in asking order: the rooms' (with `general`, the shared
 * floor and light items, between the stairs and the living room, as the catalogue lists them),
 * then a person's topics in the order the app asks them. Within a section the catalogue's
 * order holds, so every kind of room asks its items in the app's order (a test checks this).
 */
export function questionnaireSections(): QuestionnaireSection[] {
	const sections = new Map<string, QuestionnaireSection>();
	for (const topic of PERSONAL_TOPICS) sections.set(topic, newSection(topic));
	const rooms = new Map<string, QuestionnaireSection>();
	for (const item of ITEMS) {
		const key = sectionKey(item);
		const section = sections.get(key) ?? rooms.get(key) ?? newSection(key);
		if (!sections.has(key)) rooms.set(key, section);
		section.items.push(item);
		if (key === LINK_IDS.general) {
			const kinds = new Set([...section.kinds, ...kindsOf(item)]);
			section.kinds = HOME_KINDS.filter((kind) => kinds.has(kind));
		}
	}
	return [...rooms.values(), ...[...sections.values()].filter((s) => s.items.length > 0)];
}

/** An empty section for an area id or `general`. */
function newSection(key: string): QuestionnaireSection {
	if (key === LINK_IDS.general) return { linkId: key, text: GENERAL_TEXT, kinds: [], items: [] };
	const area = areaById(key)!;
	return { linkId: key, text: area.name, area: area.id, kinds: [kindOfArea(area.id)], items: [] };
}

/** The `enableWhen` of a group or item asked only in these kinds of room. */
function whenKind(kinds: RoomKind[]): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
	const enableWhen: QuestionnaireEnableWhen[] = kinds.map((kind) => ({
		question: LINK_IDS.roomType,
		operator: '=',
		answerCoding: { system: CODE_SYSTEMS.roomKind, code: kind }
	}));
	return kinds.length > 1 ? { enableWhen, enableBehavior: 'any' } : { enableWhen };
}

/** The linkId and answer that say a cue item was answered with a value. */
function cueCondition(cueId: string, value: AnswerValue): QuestionnaireEnableWhen {
	const cue = itemById(cueId)!;
	if (cue.group) {
		// A box of a tick list is "yes" when its code is among the list's answers.
		if (value !== 'yes') throw new Error(`${cueId}: only a ticked box can be a cue`);
		return {
			question: cue.group,
			operator: '=',
			answerCoding: { system: CODE_SYSTEMS.item, code: cue.id }
		};
	}
	return {
		question: cue.id,
		operator: '=',
		answerCoding: { system: CODE_SYSTEMS.answer, code: value }
	};
}

/**
 * An askWhen as enableWhen: one answer, any of several (`any`), or all of several (`all`,
 * each with one value; R4's enableWhen cannot say "all of (any of …)").
 */
export function enableWhenOf(
	askWhen: AskWhen
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
	const all = 'all' in askWhen;
	const enableWhen = conditionsOf(askWhen).flatMap((condition) => {
		const values =
			typeof condition.answer === 'string' ? [condition.answer] : [...condition.answer];
		if (all && values.length > 1) throw new Error(`${condition.item}: "all" of several values`);
		return values.map((value) => cueCondition(condition.item, value));
	});
	if (enableWhen.length === 1) return { enableWhen };
	return { enableWhen, enableBehavior: all ? 'all' : 'any' };
}

/** The `enableWhen` of a question inside its section, if it has one. */
function conditionOf(
	item: Item,
	section: QuestionnaireSection
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
	const shared = section.linkId === LINK_IDS.general;
	const clauses = [shared, !!item.askWhen, !!item.regions].filter(Boolean).length;
	if (clauses > 1) throw new Error(`${item.id}: more conditions than R4's enableWhen can join`);
	if (shared) return whenKind(kindsOf(item));
	if (item.askWhen) return enableWhenOf(item.askWhen);
	if (item.regions) {
		return {
			enableWhen: item.regions.map((region) => ({
				question: LINK_IDS.region,
				operator: '=',
				answerCoding: { system: CODE_SYSTEMS.region, code: region }
			})),
			...(item.regions.length > 1 ? { enableBehavior: 'any' as const } : {})
		};
	}
	return {};
}

/** The note on an item, enabled like its question. */
function noteItem(item: Item, condition: object, label?: Text): QuestionnaireItem {
	const text = label
		? T(`${NOTE_TEXT.en}: ${label.en}`, `${NOTE_TEXT.nl}: ${label.nl}`)
		: NOTE_TEXT;
	return { linkId: noteLinkId(item.id), ...textOf(text), type: 'text', ...condition };
}

/** A yes/no question with radio buttons, then its note. */
function choiceQuestion(item: Item, section: QuestionnaireSection): QuestionnaireItem[] {
	const condition = conditionOf(item, section);
	const answerOption: QuestionnaireAnswerOption[] = answerValues(item).map((value) => ({
		valueCoding: answerCoding(item, value)
	}));
	return [
		{
			extension: [itemControl('radio-button')],
			linkId: item.id,
			...textOf(item.question),
			type: 'choice',
			...condition,
			answerOption
		},
		noteItem(item, condition)
	];
}

/** The UCUM unit of a timed test or count. */
function unitOf(item: MeasureItem): Coding {
	return item.unit === 'seconds'
		? { system: UCUM, code: 's', display: 'seconds' }
		: { system: UCUM, code: '{#}', display: 'times' };
}

/** A timed test or count: a number with its unit and range, "could not be done", a note. */
function measureQuestion(item: MeasureItem, section: QuestionnaireSection): QuestionnaireItem[] {
	const condition = conditionOf(item, section);
	const decimal = item.unit === 'seconds';
	const bound = (url: string, value: number): Extension =>
		decimal ? { url, valueDecimal: value } : { url, valueInteger: value };
	return [
		{
			extension: [
				{ url: HL7.unit, valueCoding: unitOf(item) },
				bound(HL7.minValue, item.range.min),
				bound(HL7.maxValue, item.range.max)
			],
			linkId: item.id,
			...textOf(item.question),
			type: decimal ? 'decimal' : 'integer',
			...condition,
			item: [
				{
					extension: [itemControl('help')],
					linkId: `${item.id}/how-to`,
					...textOf(
						T(`${HOW_TO_TEXT.en}:\n${item.howTo.en}`, `${HOW_TO_TEXT.nl}:\n${item.howTo.nl}`)
					),
					type: 'display'
				}
			]
		},
		{ linkId: notDoneLinkId(item.id), ...textOf(NOT_DONE_TEXT), type: 'boolean', ...condition },
		noteItem(item, condition)
	];
}

/**
 * A tick list: one question with a check box per item (its code in the item code system) and an
 * exclusive "None of these"; then a note per box. Ticking a box answers its item yes; once any
 * box is ticked or "None of these" is chosen, every unticked box is no.
 */
function tickListQuestion(
	group: Group,
	items: readonly Item[],
	section: QuestionnaireSection
): QuestionnaireItem[] {
	const condition = conditionOf(items[0]!, section);
	return [
		{
			extension: [itemControl('check-box')],
			linkId: group.id,
			...textOf(group.prompt),
			type: 'choice',
			...condition,
			repeats: true,
			answerOption: [
				...items.map((item) => ({ valueCoding: itemCoding(item) })),
				{ extension: [{ url: HL7.optionExclusive, valueBoolean: true }], valueCoding: noneCoding() }
			],
			...(group.hint
				? {
						item: [
							{
								extension: [itemControl('flyover')],
								linkId: `${group.id}/hint`,
								...textOf(group.hint),
								type: 'display' as const
							}
						]
					}
				: {})
		},
		...items.map((item) => noteItem(item, condition, itemDisplay(item)))
	];
}

/** The items of the 12-question test: 2 points or 1 for a yes. */
export function fallRiskTestIds(points: 1 | 2): string[] {
	return ITEMS.filter((item) => item.fallRiskTestPoints === points).map((item) => item.id);
}

/**
 * The FHIRPath of the 12-question test's score over a response: 2 points for each yes to the
 * first kind of question, 1 for each yes to the other. The points are in the expression, not
 * as weights on the answer options, so that a form shows plain "Yes" and "No" (some renderers
 * show a weighted option as "Yes - 2"). One person per response, so `%resource` is that person.
 */
export function fallRiskTestExpression(): string {
	const yeses = (ids: string[]) =>
		`%resource.repeat(item).where(linkId in (${ids.map((id) => `'${id}'`).join(' | ')})).answer.value.where(system = '${CODE_SYSTEMS.answer}' and code = 'yes').count()`;
	return `${yeses(fallRiskTestIds(2))} * 2 + ${yeses(fallRiskTestIds(1))}`;
}

/** The read-only item that holds the person's 12-question test score. */
function scoreItem(): QuestionnaireItem {
	return {
		extension: [
			{
				url: HL7.calculatedExpression,
				valueExpression: {
					language: 'text/fhirpath',
					expression: fallRiskTestExpression(),
					description: 'Score of the 12-question fall-risk self-test'
				}
			},
			{ url: HL7.minValue, valueInteger: 0 },
			{ url: HL7.maxValue, valueInteger: FALL_RISK_TEST_MAX }
		],
		linkId: LINK_IDS.fallRiskTestScore,
		...textOf(SCORE_TEXT),
		type: 'integer',
		readOnly: true
	};
}

/** The index of the last question of the 12-question test among some questions, or -1. */
export function lastTestQuestion(questions: readonly Question[]): number {
	let last = -1;
	questions.forEach((question, index) => {
		if (question.kind === 'item' && question.item.fallRiskTestPoints !== undefined) last = index;
	});
	return last;
}

/** The Questionnaire items of one question of a section. */
function questionItems(question: Question, section: QuestionnaireSection): QuestionnaireItem[] {
	if (question.kind === 'group') return tickListQuestion(question.group, question.items, section);
	if (question.item.kind === 'measure') return measureQuestion(question.item, section);
	return choiceQuestion(question.item, section);
}

/** A section as a group: the area's introduction, then its questions. */
function sectionGroup(section: QuestionnaireSection, inRoom: boolean): QuestionnaireItem {
	const area = section.area ? areaById(section.area) : undefined;
	const intro: QuestionnaireItem[] = area
		? [{ linkId: introLinkId(area.id), ...textOf(area.intro), type: 'display' }]
		: [];
	const questions = asQuestions(section.items);
	// The score follows the test's last question, in the self-test's own section.
	const last = section.area === 'selftest' ? lastTestQuestion(questions) : -1;
	const items = questions.flatMap((question, index) => [
		...questionItems(question, section),
		...(index === last ? [scoreItem()] : [])
	]);
	return {
		linkId: section.linkId,
		...textOf(section.text),
		type: 'group',
		...(inRoom ? whenKind(section.kinds) : {}),
		item: [...intro, ...items]
	};
}

/** A hidden, read-only id item. */
function hiddenId(linkId: string, text: Text): QuestionnaireItem {
	return { extension: [HIDDEN], linkId, ...textOf(text), type: 'string', readOnly: true };
}

/** The group about the check itself. */
function checkGroup(): QuestionnaireItem {
	return {
		linkId: LINK_IDS.check,
		...textOf(CHECK_TEXT),
		type: 'group',
		item: [
			hiddenId(LINK_IDS.checkId, CHECK_ID_TEXT),
			{ linkId: LINK_IDS.checkLabel, ...textOf(LABEL_TEXT), type: 'string' },
			{ linkId: LINK_IDS.visitDate, ...textOf(VISIT_TEXT), type: 'date' },
			{
				extension: [HIDDEN, itemControl('radio-button')],
				linkId: LINK_IDS.region,
				...textOf(REGION_TEXT),
				type: 'choice',
				answerOption: REGIONS.map((region) => ({ valueCoding: regionCoding(region) }))
			},
			{
				extension: [HIDDEN, itemControl('radio-button')],
				linkId: LINK_IDS.mode,
				...textOf(MODE_TEXT),
				type: 'choice',
				answerOption: (['full', 'quick'] as const).map((mode) => ({
					valueCoding: modeCoding(mode)
				}))
			}
		]
	};
}

/** The repeating group of the rooms of the home and the whole home. */
function roomGroup(sections: QuestionnaireSection[]): QuestionnaireItem {
	return {
		linkId: LINK_IDS.room,
		...textOf(ROOM_GROUP_TEXT),
		type: 'group',
		repeats: true,
		item: [
			hiddenId(LINK_IDS.roomId, ROOM_ID_TEXT),
			{
				extension: [itemControl('drop-down')],
				linkId: LINK_IDS.roomType,
				...textOf(ROOM_TYPE_TEXT),
				type: 'choice',
				required: true,
				answerOption: HOME_KINDS.map((kind) => ({ valueCoding: roomKindCoding(kind) }))
			},
			{ linkId: LINK_IDS.roomName, ...textOf(ROOM_NAME_TEXT), type: 'string' },
			...sections.map((section) => sectionGroup(section, true))
		]
	};
}

/** The group of the personal factors of the response's subject. */
function personGroup(sections: QuestionnaireSection[]): QuestionnaireItem {
	return {
		linkId: LINK_IDS.person,
		...textOf(PERSONAL_SECTION),
		type: 'group',
		item: [
			hiddenId(LINK_IDS.personId, PERSON_ID_TEXT),
			{ linkId: LINK_IDS.personName, ...textOf(PERSON_NAME_TEXT), type: 'string' },
			...sections.map((section) => sectionGroup(section, false))
		]
	};
}

let built: Questionnaire | undefined;

/** The whole checklist as one FHIR R4 Questionnaire (SDC). Built once; do not change it. */
export function footingQuestionnaire(): Questionnaire {
	if (built) return built;
	const sections = questionnaireSections();
	const personal = sections.filter((section) => section.kinds.includes('personal'));
	const rooms = sections.filter((section) => !section.kinds.includes('personal'));
	built = {
		resourceType: 'Questionnaire',
		id: QUESTIONNAIRE_ID,
		meta: { profile: [HL7.sdcQuestionnaire] },
		language: 'en',
		url: QUESTIONNAIRE_URL,
		version: QUESTIONNAIRE_VERSION,
		name: 'FootingHomeFallHazardCheck',
		...titleOf(TITLE),
		status: 'active',
		experimental: false,
		subjectType: ['Patient'],
		date: QUESTIONNAIRE_DATE,
		publisher: 'Footing',
		...descriptionOf(DESCRIPTION),
		jurisdiction: [
			{ coding: [{ system: HL7.jurisdiction, code: 'NL' }] },
			{ coding: [{ system: HL7.m49, code: '001', display: 'World' }] }
		],
		purpose: PURPOSE.en,
		_purpose: textOf(PURPOSE)._text,
		copyright: COPYRIGHT.en,
		_copyright: textOf(COPYRIGHT)._text,
		item: [checkGroup(), roomGroup(rooms), personGroup(personal)]
	};
	return built;
}

function titleOf(text: Text) {
	const { text: title, _text } = textOf(text);
	return { title, _title: _text };
}

function descriptionOf(text: Text) {
	const { text: description, _text } = textOf(text);
	return { description, _description: _text };
}

/** Every item of the Questionnaire, depth first. */
export function allItems(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
	return items.flatMap((item) => [item, ...allItems(item.item ?? [])]);
}

const textsByLanguage = new Map<Language, Map<string, string>>();

/** The Questionnaire's text of an item in a language, by linkId, so a response repeats it. */
export function questionnaireText(linkId: string, language: Language): string | undefined {
	let texts = textsByLanguage.get(language);
	if (!texts) {
		texts = new Map();
		for (const item of allItems(footingQuestionnaire().item)) {
			const text = language === 'en' ? item.text : translationOf(item._text, language);
			if (text !== undefined) texts.set(item.linkId, text);
		}
		textsByLanguage.set(language, texts);
	}
	return texts.get(linkId);
}
