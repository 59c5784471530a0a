/**
 * Footing's checklist as one FHIR R4 Questionnaire: every item of the catalogue with its
 * English text and Dutch translation, its answers, when it is asked and the fall-risk screen's
 * weights. Pure data built from $lib/checklist; no Node APIs, so it also runs in the browser.
 * See docs/fhir.md for the mapping.
 */
import { areaById, ITEMS } from '../checklist/catalogue';
import { OWNER_NAMES, PRIORITY_NAMES } from '../checklist/names';
import { PERSONAL_SECTION } from '../checklist/rules';
import {
	LANGUAGES,
	PERSONAL_TOPICS,
	ROOM_KINDS,
	type AnswerValue,
	type AreaId,
	type Item,
	type Owner,
	type Priority,
	type RoomKind,
	type RoomType,
	type Text
} from '../checklist/types';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import type {
	Coding,
	Extension,
	PrimitiveExtensions,
	Questionnaire,
	QuestionnaireAnswerOption,
	QuestionnaireEnableWhen,
	QuestionnaireItem
} from './types';

/**
 * The Questionnaire's canonical URL. Footing has no server and no domain of its own, so the
 * canonical is a URN made from a UUID generated once for Footing: globally unique, owned by
 * nobody else, and never resolved. It never changes; the version tells editions apart.
 */
export const QUESTIONNAIRE_URL = 'urn:uuid:c45a439e-bd18-4d77-a3c6-8e658223347a';
/** The Questionnaire's version: the app's version (package.json), checked by the tests. */
export const QUESTIONNAIRE_VERSION = '0.1.0';
/** The date this version of the Questionnaire was published; change it with the version. */
export const QUESTIONNAIRE_DATE = '2026-11-25';

/** Footing's code system for the answers: `yes`, `no` and `na` (not applicable). */
export const ANSWER_SYSTEM = 'urn:uuid:eb93466e-1cd9-4907-8ea9-d1977c407901';
/** Footing's code system for the kinds of room (`bathroom`…) and `personal` (one person). */
export const ROOM_KIND_SYSTEM = 'urn:uuid:a3c510f2-82eb-47f6-8f8d-ed57932ae10d';
/** Footing's code system for who acts on a fix (`self`, `gp`, `physio`…). */
export const OWNER_SYSTEM = 'urn:uuid:de0bcaf7-77a7-4f8f-b2c7-d1dc76e8260b';
/** Footing's code system for the priority of an action (`high`, `medium`, `low`). */
export const PRIORITY_SYSTEM = 'urn:uuid:dba8caea-e96e-4c05-b4e0-91f87e6757ee';
/** The identifier system of Footing's check ids (the value is the check's id). */
export const CHECK_ID_SYSTEM = 'urn:uuid:a0199e01-3791-4c2f-9d0c-646af4020482';
/** Footing's extension on a CarePlan activity: the room, item, priority and owner of an action. */
export const ACTION_EXTENSION = 'urn:uuid:08f4a76b-e917-415a-82ce-39e65917b6c9';

/** R4 core: a translation of a text (sub-extensions `lang` and `content`). */
export const TRANSLATION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/translation';
/** R4 core: the weight of a coded answer in a score (renamed `itemWeight` after R4). */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** R4 core: an item kept in the data but not shown to the person filling in the form. */
export const HIDDEN_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
/** R4 core: the lowest value a number item may have. */
export const MIN_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/minValue';
/** R4 core: the highest value a number item may have. */
export const MAX_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** The linkIds Footing adds around the catalogue's items. A `/` never occurs in an item id. */
export const LINK_IDS = {
	/** The repeating group: one repetition per room of the home and per person checked. */
	room: 'room',
	/** The room's (or person's) id in Footing, kept so answers can be compared across visits. */
	roomId: 'room/id',
	/** What the repetition is: a kind of room, or `personal`. */
	roomType: 'room/type',
	/** The name the user gave the room or person; absent when none was given. */
	roomName: 'room/name',
	/** The group of the items asked in several kinds of room (floors, rugs, light…). */
	general: 'general',
	/** The fall-risk screen's score of one person, calculated by Footing. */
	fallRiskTestScore: 'balance/screen-score'
} as const;

/** The linkId of the note on an item. */
export function noteLinkId(itemId: string): string {
	return `${itemId}/note`;
}

/** The linkId of an area's introduction. */
export function introLinkId(area: AreaId): string {
	return `${area}/intro`;
}

const ROOM_GROUP_TEXT: Text = { en: 'Room or person', nl: 'Ruimte of persoon' };
const ROOM_ID_TEXT: Text = {
	en: 'Footing id of this room or person',
	nl: 'Footing-id van deze ruimte of persoon'
};
const ROOM_TYPE_TEXT: Text = {
	en: 'Kind of room, or personal factors of one person',
	nl: 'Soort ruimte, of persoonlijke factoren van één persoon'
};
const ROOM_NAME_TEXT: Text = {
	en: 'Name of the room or person (if given)',
	nl: 'Naam van de ruimte of persoon (als die is opgegeven)'
};
const GENERAL_TEXT: Text = {
	en: 'General (asked in several kinds of room)',
	nl: 'Algemeen (gevraagd in meerdere soorten ruimtes)'
};
/** The text of every note item. */
export const NOTE_TEXT: Text = { en: en.room.note, nl: nl.room.note };
/** The text of the screen's score item. */
export const SCREEN_SCORE_TEXT: Text = {
	en: 'Fall-risk test score, counted from the 12 questions above (0 to 14; 4 or more means a higher risk of falling)',
	nl: 'Score van de valrisicotest, berekend uit de 12 vragen hierboven (0 tot 14; 4 of meer betekent een grotere kans om te vallen)'
};
const TITLE: Text = {
	en: 'Footing: home fall-hazard check',
	nl: 'Footing: valgevaren in huis controleren'
};
const DESCRIPTION: Text = {
	en: 'Fall hazards in a home, room by room, and the personal fall-risk factors of the people living there, with the 12-question fall-risk screen. The group “room” is repeated once for every room of the home and once for every person checked; its question “room/type” says which sections apply.',
	nl: 'Valgevaren in een huis, ruimte voor ruimte, en de persoonlijke valrisicofactoren van de bewoners, met de valrisicotest van 12 vragen. De groep “room” komt één keer voor per ruimte van het huis en één keer per persoon; de vraag “room/type” bepaalt welke onderdelen gelden.'
};
const ANSWER_TEXT: Record<AnswerValue, Text> = {
	yes: { en: en.room.yes, nl: nl.room.yes },
	no: { en: en.room.no, nl: nl.room.no },
	na: { en: en.room.na, nl: nl.room.na }
};

/** The translations of a text into every language but English, as R4 translation extensions. */
export function translations(text: Text): PrimitiveExtensions {
	return {
		extension: LANGUAGES.filter((language) => language !== 'en').map((language) => ({
			url: TRANSLATION_EXTENSION,
			extension: [
				{ url: 'lang', valueCode: language },
				{ url: 'content', valueString: text[language] }
			]
		}))
	};
}

/** An item's `text` in English with its translations on `_text`. */
function textOf(text: Text): { text: string; _text: PrimitiveExtensions } {
	return { text: text.en, _text: translations(text) };
}

/** A coding with its English display and the display's translations. */
export function coding(system: string, code: string, display: Text): Coding {
	return { system, code, display: display.en, _display: translations(display) };
}

/** The words of an answer to an item: the item's own labels where it has them. */
export function answerText(item: Item, value: AnswerValue): Text {
	if (value !== 'na' && item.labels) return item.labels[value];
	return ANSWER_TEXT[value];
}

/** The answers an item allows, in button order. */
export function answerValues(item: Item): AnswerValue[] {
	return item.allowNA ? ['yes', 'no', 'na'] : ['yes', 'no'];
}

/** The coding of an answer to an item. */
export function answerCoding(item: Item, value: AnswerValue): Coding {
	return coding(ANSWER_SYSTEM, value, answerText(item, value));
}

/** The name of a kind of room, or of the personal factors. */
export function roomKindName(kind: RoomKind): Text {
	return kind === 'personal' ? PERSONAL_SECTION : areaById(kind)!.name;
}

/** The coding of a kind of room (or `personal`). */
export function roomKindCoding(kind: RoomKind): Coding {
	return coding(ROOM_KIND_SYSTEM, kind, roomKindName(kind));
}

/** The coding of who acts on a fix. */
export function ownerCoding(owner: Owner): Coding {
	return coding(OWNER_SYSTEM, owner, OWNER_NAMES[owner]);
}

/** The coding of an action's priority. */
export function priorityCoding(priority: Priority): Coding {
	return coding(PRIORITY_SYSTEM, priority, PRIORITY_NAMES[priority]);
}

/** The kind of room (or `personal`) whose repetitions ask an area's items. */
export function kindOfArea(area: AreaId): RoomKind {
	return (PERSONAL_TOPICS as readonly string[]).includes(area) ? 'personal' : (area as RoomType);
}

/** The kinds of room that ask an item, in the order of ROOM_KINDS. */
export function kindsOf(item: Item): RoomKind[] {
	const kinds = new Set(item.areas.map(kindOfArea));
	return ROOM_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * A section of the `room` group: one area's own items, or the `general` items asked in
 * several kinds of room. `kinds` are the kinds of room that ask it.
 */
export interface QuestionnaireSection {
	linkId: string;
	text: Text;
	area?: AreaId;
	kinds: RoomKind[];
	items: Item[];
}

/** The section an item belongs to: its area, or `general` when several kinds of room ask it. */
function sectionKey(item: Item): string {
	return kindsOf(item).length > 1 ? LINK_IDS.general : item.areas[0]!;
}

/**
 * The sections of the `room` group in the catalogue's asking order. Because the catalogue
 * lists the shared items between the stairs and the living room, every kind of room asks its
 * enabled items in the same order as the app does (`itemsForArea`).
 */
export function questionnaireSections(): QuestionnaireSection[] {
	const sections = new Map<string, QuestionnaireSection>();
	for (const item of ITEMS) {
		const key = sectionKey(item);
		const section = sections.get(key) ?? newSection(key);
		section.items.push(item);
		sections.set(key, section);
	}
	for (const section of sections.values()) {
		if (section.linkId !== LINK_IDS.general) continue;
		const kinds = new Set(section.items.flatMap(kindsOf));
		section.kinds = ROOM_KINDS.filter((kind) => kinds.has(kind));
	}
	return [...sections.values()];
}

/** An empty section for an area id or `general`. */
function newSection(key: string): QuestionnaireSection {
	if (key === LINK_IDS.general) return { linkId: key, text: GENERAL_TEXT, kinds: [], items: [] };
	const area = areaById(key)!;
	return { linkId: key, text: area.name, area: area.id, kinds: [kindOfArea(area.id)], items: [] };
}

/** The `enableWhen` of an item asked only in these kinds of room. */
function whenKind(kinds: RoomKind[]): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
	const enableWhen: QuestionnaireEnableWhen[] = kinds.map((kind) => ({
		question: LINK_IDS.roomType,
		operator: '=',
		answerCoding: { system: ROOM_KIND_SYSTEM, code: kind }
	}));
	return { enableWhen, enableBehavior: kinds.length > 1 ? 'any' : 'all' };
}

/** The `enableWhen` of an item inside its section, if it has one. */
function conditionOf(
	item: Item,
	section: QuestionnaireSection
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
	const shared = section.linkId === LINK_IDS.general;
	if (shared && item.askWhen) {
		throw new Error(`${item.id}: askWhen on an item shared by several kinds of room`);
	}
	if (shared) return whenKind(kindsOf(item));
	if (!item.askWhen) return {};
	const gate = ITEMS.find((other) => other.id === item.askWhen!.item)!;
	return {
		enableWhen: [
			{
				question: gate.id,
				operator: '=',
				answerCoding: { system: ANSWER_SYSTEM, code: item.askWhen.answer }
			}
		],
		enableBehavior: 'all'
	};
}

/** The weight of an answer in the fall-risk screen, for the screen's items only. */
function weightOf(item: Item, value: AnswerValue): Extension[] | undefined {
	if (item.fallRiskTestPoints === undefined) return undefined;
	const weight = value === item.hazardWhen ? item.fallRiskTestPoints : 0;
	return [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: weight }];
}

/** The answer options of an item, with the screen's weights on the screen's items. */
function answerOptions(item: Item): QuestionnaireAnswerOption[] {
	return answerValues(item).map((value) => {
		const extension = weightOf(item, value);
		return { ...(extension ? { extension } : {}), valueCoding: answerCoding(item, value) };
	});
}

/** A checklist item as a choice question, followed by its note. */
function questionAndNote(item: Item, section: QuestionnaireSection): QuestionnaireItem[] {
	const condition = conditionOf(item, section);
	return [
		{
			linkId: item.id,
			...textOf(item.question),
			type: 'choice',
			...condition,
			answerOption: answerOptions(item)
		},
		{ linkId: noteLinkId(item.id), ...textOf(NOTE_TEXT), type: 'text', ...condition }
	];
}

/** The read-only item that holds one person's screen score. */
function fallRiskTestScoreItem(): QuestionnaireItem {
	const max = ITEMS.reduce((sum, item) => sum + (item.fallRiskTestPoints ?? 0), 0);
	return {
		extension: [
			{ url: MIN_VALUE_EXTENSION, valueInteger: 0 },
			{ url: MAX_VALUE_EXTENSION, valueInteger: max }
		],
		linkId: LINK_IDS.fallRiskTestScore,
		...textOf(SCREEN_SCORE_TEXT),
		type: 'integer',
		readOnly: true
	};
}

/** The index of the last screen item in a list, or -1. */
export function lastTestItemIndex(items: readonly Item[]): number {
	let last = -1;
	items.forEach((item, index) => {
		if (item.fallRiskTestPoints !== undefined) last = index;
	});
	return last;
}

/** A section as a group: the area's introduction, then each item and its note. */
function sectionGroup(section: QuestionnaireSection): QuestionnaireItem {
	const area = section.area ? areaById(section.area) : undefined;
	const intro: QuestionnaireItem[] = area
		? [{ linkId: introLinkId(area.id), ...textOf(area.intro), type: 'display' }]
		: [];
	const lastTestItem = lastTestItemIndex(section.items);
	const items = section.items.flatMap((item, index) => [
		...questionAndNote(item, section),
		...(index === lastTestItem ? [fallRiskTestScoreItem()] : [])
	]);
	return {
		linkId: section.linkId,
		...textOf(section.text),
		type: 'group',
		...whenKind(section.kinds),
		item: [...intro, ...items]
	};
}

/** The items that say which room or person a repetition of the `room` group is. */
function roomIdentityItems(): QuestionnaireItem[] {
	return [
		{
			extension: [{ url: HIDDEN_EXTENSION, valueBoolean: true }],
			linkId: LINK_IDS.roomId,
			...textOf(ROOM_ID_TEXT),
			type: 'string',
			readOnly: true
		},
		{
			linkId: LINK_IDS.roomType,
			...textOf(ROOM_TYPE_TEXT),
			type: 'choice',
			required: true,
			answerOption: ROOM_KINDS.map((kind) => ({ valueCoding: roomKindCoding(kind) }))
		},
		{ linkId: LINK_IDS.roomName, ...textOf(ROOM_NAME_TEXT), type: 'string' }
	];
}

/** The whole checklist as one FHIR R4 Questionnaire. */
export function footingQuestionnaire(): Questionnaire {
	return {
		resourceType: 'Questionnaire',
		id: 'footing-home-check',
		language: 'en',
		url: QUESTIONNAIRE_URL,
		version: QUESTIONNAIRE_VERSION,
		name: 'FootingHomeFallHazardCheck',
		title: TITLE.en,
		_title: translations(TITLE),
		status: 'active',
		subjectType: ['Patient'],
		date: QUESTIONNAIRE_DATE,
		publisher: 'Footing',
		description: DESCRIPTION.en,
		_description: translations(DESCRIPTION),
		item: [
			{
				linkId: LINK_IDS.room,
				...textOf(ROOM_GROUP_TEXT),
				type: 'group',
				repeats: true,
				item: [...roomIdentityItems(), ...questionnaireSections().map(sectionGroup)]
			}
		]
	};
}
