/**
 * A check as FHIR R4: a Bundle (type collection) holding the answers as a QuestionnaireResponse
 * to Footing's Questionnaire and the action plan as a CarePlan (the way back is ./read.ts).
 * Pure functions; no Node APIs, so they also run in the browser.
 * See docs/fhir.md for the mapping.
 */
import { answerKey, type Answer, type Check, type Checker, type Room } from '../checklist/check';
import { OWNER_NAMES } from '../checklist/names';
import { actionFix, planActions, type Action } from '../checklist/plan';
import {
	checkSummary,
	isAsked,
	roomName,
	fallRiskTestResult,
	type Answers
} from '../checklist/rules';
import { type Item, type Text } from '../checklist/types';
import { en } from '../i18n/en';
import {
	ACTION_EXTENSION,
	answerCoding,
	answerText,
	CHECK_ID_SYSTEM,
	footingQuestionnaire,
	kindsOf,
	lastTestItemIndex,
	LINK_IDS,
	noteLinkId,
	ownerCoding,
	priorityCoding,
	QUESTIONNAIRE_URL,
	QUESTIONNAIRE_VERSION,
	questionnaireSections,
	roomKindCoding,
	translations,
	type QuestionnaireSection
} from './questionnaire';
import type {
	Bundle,
	CarePlan,
	CarePlanActivity,
	Extension,
	QuestionnaireItem,
	QuestionnaireResponse,
	QuestionnaireResponseAnswer,
	QuestionnaireResponseItem,
	Reference
} from './types';

/** Who did the check, as the resource type of the QuestionnaireResponse's author. */
export const AUTHOR_TYPES: Record<Checker, string> = {
	nurse: 'Practitioner',
	family: 'RelatedPerson',
	self: 'Patient'
};

/** The CarePlan's title, followed by the home's label. */
const PLAN_TITLE: Text = { en: 'Action plan', nl: 'Actieplan' };

/** The `text` of every item of the Questionnaire, by linkId, so a response repeats it exactly. */
let questionnaireTexts: Map<string, string> | undefined;

/** The Questionnaire's text of an item. */
function textOf(linkId: string): string {
	if (!questionnaireTexts) {
		questionnaireTexts = new Map();
		const visit = (items: QuestionnaireItem[]) => {
			for (const item of items) {
				if (item.text !== undefined) questionnaireTexts!.set(item.linkId, item.text);
				visit(item.item ?? []);
			}
		};
		visit(footingQuestionnaire().item);
	}
	return questionnaireTexts.get(linkId) ?? '';
}

/** A response item with one answer. */
function answered(linkId: string, answer: QuestionnaireResponseAnswer): QuestionnaireResponseItem {
	return { linkId, text: textOf(linkId), answer: [answer] };
}

/** The answer to an item and the note on it, as far as given. */
function itemResponses(item: Item, answer: Answer | undefined): QuestionnaireResponseItem[] {
	const items: QuestionnaireResponseItem[] = [];
	if (answer?.value)
		items.push(answered(item.id, { valueCoding: answerCoding(item, answer.value) }));
	if (answer?.note) items.push(answered(noteLinkId(item.id), { valueString: answer.note }));
	return items;
}

/** Whether a room asks an item now: its kind asks it and its cue (askWhen), if any, was given. */
function asks(room: Room, item: Item, answers: Answers): boolean {
	return kindsOf(item).includes(room.type) && isAsked(item, answers, room.id);
}

/** One person's fall-risk test score, once any of the test's questions is answered. */
function fallRiskTestScoreResponse(person: Room, answers: Answers): QuestionnaireResponseItem[] {
	const test = fallRiskTestResult(person.id, answers);
	if (test.answered === 0) return [];
	return [answered(LINK_IDS.fallRiskTestScore, { valueInteger: test.score })];
}

/** A section of a room with its answers and notes, or nothing when none are given. */
function sectionResponse(
	section: QuestionnaireSection,
	room: Room,
	answers: Answers
): QuestionnaireResponseItem[] {
	const lastTestItem = lastTestItemIndex(section.items);
	const items = section.items.flatMap((item, index) => [
		...(asks(room, item, answers)
			? itemResponses(item, answers.get(answerKey(room.id, item.id)))
			: []),
		...(index === lastTestItem ? fallRiskTestScoreResponse(room, answers) : [])
	]);
	if (items.length === 0) return [];
	return [{ linkId: section.linkId, text: textOf(section.linkId), item: items }];
}

/** One room of the home (or one person) as a repetition of the `room` group. */
function roomResponse(room: Room, answers: Answers): QuestionnaireResponseItem {
	const sections = questionnaireSections().filter((section) => section.kinds.includes(room.type));
	return {
		linkId: LINK_IDS.room,
		text: textOf(LINK_IDS.room),
		item: [
			answered(LINK_IDS.roomId, { valueString: room.id }),
			answered(LINK_IDS.roomType, { valueCoding: roomKindCoding(room.type) }),
			...(room.name ? [answered(LINK_IDS.roomName, { valueString: room.name })] : []),
			...sections.flatMap((section) => sectionResponse(section, room, answers))
		]
	};
}

/** Who did the check, as a reference by type and display only. */
function authorOf(check: Check): Reference {
	return { type: AUTHOR_TYPES[check.checkedBy], display: en.checker[check.checkedBy] };
}

/** The home, as the subject of both resources: the client whose home was checked. */
function subjectOf(check: Check): Reference {
	return { type: 'Patient', display: check.label };
}

/** The answers of a check as a QuestionnaireResponse. */
function questionnaireResponse(check: Check, answers: Answers, id: string): QuestionnaireResponse {
	const summary = checkSummary(check.rooms, answers);
	return {
		resourceType: 'QuestionnaireResponse',
		id,
		meta: { lastUpdated: new Date(check.updatedAt).toISOString() },
		identifier: { system: CHECK_ID_SYSTEM, value: check.id },
		questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
		status: summary.answered === summary.total ? 'completed' : 'in-progress',
		subject: subjectOf(check),
		authored: check.visitDate,
		author: authorOf(check),
		// FHIR JSON has no empty arrays: a check without rooms has no `item` at all.
		...(check.rooms.length > 0
			? { item: check.rooms.map((room) => roomResponse(room, answers)) }
			: {})
	};
}

/** The hazard an action is about, in words: room, question and the answer given. */
function reasonOf(action: Action, rooms: readonly Room[]): Text {
	const words = (language: 'en' | 'nl') =>
		`${roomName(action.room, rooms, language)}: ${action.item.question[language]} (${answerText(action.item, action.item.hazardWhen)[language]})`;
	return { en: words('en'), nl: words('nl') };
}

/** The machine-readable side of an action: its room, item, priority and owner. */
function actionExtension(action: Action): Extension {
	return {
		url: ACTION_EXTENSION,
		extension: [
			{ url: 'room', valueString: action.room.id },
			{ url: 'item', valueString: action.item.id },
			{ url: 'priority', valueCoding: priorityCoding(action.priority) },
			{ url: 'owner', valueCoding: ownerCoding(action.owner) }
		]
	};
}

/** One action of the plan as a CarePlan activity. */
function activityOf(action: Action, rooms: readonly Room[]): CarePlanActivity {
	const reason = reasonOf(action, rooms);
	return {
		extension: [actionExtension(action)],
		detail: {
			kind: 'Task',
			reasonCode: [{ text: reason.en, _text: translations(reason) }],
			status: action.done ? 'completed' : 'not-started',
			...(action.due ? { scheduledPeriod: { end: action.due } } : {}),
			performer: [{ display: OWNER_NAMES[action.owner].en }],
			// A fix the user emptied has no description: FHIR strings are never empty.
			...(actionFix(action, 'en') ? { description: actionFix(action, 'en') } : {}),
			...(action.fixOverride !== undefined ? {} : { _description: translations(action.item.fix) })
		}
	};
}

/** The action plan of a check as a CarePlan that points at the answers it was made from. */
function carePlan(check: Check, answers: Answers, id: string, responseUrl: string): CarePlan {
	const actions = planActions(check, answers);
	const title: Text = {
		en: `${PLAN_TITLE.en}: ${check.label}`,
		nl: `${PLAN_TITLE.nl}: ${check.label}`
	};
	return {
		resourceType: 'CarePlan',
		id,
		identifier: [{ system: CHECK_ID_SYSTEM, value: check.id }],
		status: 'active',
		intent: 'plan',
		title: title.en,
		_title: translations(title),
		subject: subjectOf(check),
		created: check.visitDate,
		author: authorOf(check),
		supportingInfo: [{ reference: responseUrl, type: 'QuestionnaireResponse' }],
		...(actions.length > 0
			? { activity: actions.map((action) => activityOf(action, check.rooms)) }
			: {})
	};
}

/**
 * A check as a FHIR R4 Bundle of type collection: its answers as a QuestionnaireResponse to
 * Footing's Questionnaire, and its action plan as a CarePlan. `now` is the Bundle's timestamp.
 */
export function checkBundle(check: Check, answers: ReadonlyMap<string, Answer>, now: Date): Bundle {
	const responseId = crypto.randomUUID();
	const planId = crypto.randomUUID();
	const responseUrl = `urn:uuid:${responseId}`;
	return {
		resourceType: 'Bundle',
		type: 'collection',
		timestamp: now.toISOString(),
		entry: [
			{ fullUrl: responseUrl, resource: questionnaireResponse(check, answers, responseId) },
			{ fullUrl: `urn:uuid:${planId}`, resource: carePlan(check, answers, planId, responseUrl) }
		]
	};
}
