/**
 * A check as FHIR R4: a Bundle (type collection) holding the answers as a QuestionnaireResponse
 * to Footing's Questionnaire and the action plan as a CarePlan, and the way back from such a
 * Bundle to a check. Pure functions; no Node APIs, so they also run in the browser.
 * See docs/fhir.md for the mapping.
 */
import { itemById } from '../checklist/catalogue';
import {
	answerKey,
	CHECKERS,
	type Answer,
	type AnswerField,
	type AnswerFields,
	type Check,
	type Checker,
	type Room
} from '../checklist/check';
import { OWNER_NAMES } from '../checklist/names';
import { planActions, type Action } from '../checklist/plan';
import { checkSummary, isAsked, roomName, screenResult, type Answers } from '../checklist/rules';
import {
	LANGUAGES,
	OWNERS,
	PRIORITIES,
	type AnswerValue,
	type Item,
	type Owner,
	type Priority,
	type Text
} from '../checklist/types';
import { en } from '../i18n/en';
import {
	ACTION_EXTENSION,
	ANSWER_SYSTEM,
	answerCoding,
	answerText,
	CHECK_ID_SYSTEM,
	footingQuestionnaire,
	kindsOf,
	lastScreenIndex,
	LINK_IDS,
	noteLinkId,
	ownerCoding,
	priorityCoding,
	QUESTIONNAIRE_URL,
	QUESTIONNAIRE_VERSION,
	questionnaireSections,
	ROOM_KINDS,
	roomKindCoding,
	translations,
	type QuestionnaireSection,
	type RoomKind
} from './questionnaire';
import type {
	Bundle,
	BundleResource,
	CarePlan,
	CarePlanActivity,
	Coding,
	Extension,
	QuestionnaireItem,
	QuestionnaireResponse,
	QuestionnaireResponseAnswer,
	QuestionnaireResponseItem,
	Reference
} from './types';

/** Who did the check, as the resource type of the QuestionnaireResponse's author. */
const AUTHOR_TYPES: Record<Checker, string> = {
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

/** One person's screen score, once any of the screen's questions is answered. */
function screenScoreResponse(person: Room, answers: Answers): QuestionnaireResponseItem[] {
	const screen = screenResult(person.id, answers);
	if (screen.answered === 0) return [];
	return [answered(LINK_IDS.screenScore, { valueInteger: screen.score })];
}

/** A section of a room with its answers and notes, or nothing when none are given. */
function sectionResponse(
	section: QuestionnaireSection,
	room: Room,
	answers: Answers
): QuestionnaireResponseItem[] {
	const lastScreen = lastScreenIndex(section.items);
	const items = section.items.flatMap((item, index) => [
		...(asks(room, item, answers)
			? itemResponses(item, answers.get(answerKey(room.id, item.id)))
			: []),
		...(index === lastScreen ? screenScoreResponse(room, answers) : [])
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
			description: action.fix,
			...(action.fixEdited ? {} : { _description: translations(action.item.fix) })
		}
	};
}

/** The action plan of a check as a CarePlan that points at the answers it was made from. */
function carePlan(check: Check, answers: Answers, id: string, responseUrl: string): CarePlan {
	const actions = planActions(check, answers, 'en');
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

/** The first resource of a type in a bundle. */
function resourceOf<T extends BundleResource['resourceType']>(
	bundle: Bundle,
	type: T
): Extract<BundleResource, { resourceType: T }> | undefined {
	const entry = bundle.entry?.find((candidate) => candidate.resource?.resourceType === type);
	return entry?.resource as Extract<BundleResource, { resourceType: T }> | undefined;
}

/** The first answer of the child item with this linkId. */
function answerOf(
	group: QuestionnaireResponseItem,
	linkId: string
): QuestionnaireResponseAnswer | undefined {
	return group.item?.find((item) => item.linkId === linkId)?.answer?.[0];
}

/** Whether a value is one of a list of codes. */
function isOneOf<T extends string>(codes: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (codes as readonly string[]).includes(value);
}

/** Set fields of an answer (making it if needed), marking them changed at `at`. */
function setFields(
	answers: Map<string, Answer>,
	at: { checkId: string; roomId: string; itemId: string; time: number },
	fields: AnswerFields
): void {
	const changed = Object.keys(fields) as AnswerField[];
	if (changed.length === 0) return;
	const key = answerKey(at.roomId, at.itemId);
	const current: Answer = answers.get(key) ?? {
		checkId: at.checkId,
		roomId: at.roomId,
		itemId: at.itemId,
		changedAt: {}
	};
	const changedAt = { ...current.changedAt };
	for (const field of changed) changedAt[field] = at.time;
	answers.set(key, { ...current, ...fields, changedAt });
}

/** The fields a response item holds: an answer value or a note. */
function fieldsOf(item: QuestionnaireResponseItem): { itemId: string; fields: AnswerFields } {
	const answer = item.answer?.[0];
	const suffix = noteLinkId('');
	if (item.linkId.endsWith(suffix) && answer?.valueString) {
		return { itemId: item.linkId.slice(0, -suffix.length), fields: { note: answer.valueString } };
	}
	const code: unknown = answer?.valueCoding?.code;
	if (
		answer?.valueCoding?.system === ANSWER_SYSTEM &&
		isOneOf<AnswerValue>(['yes', 'no', 'na'], code)
	) {
		return { itemId: item.linkId, fields: { value: code } };
	}
	return { itemId: item.linkId, fields: {} };
}

/** A repetition of the `room` group back as a room, adding its answers and notes. */
function readRoom(
	group: QuestionnaireResponseItem,
	checkId: string,
	answers: Map<string, Answer>,
	time: number
): Room {
	const id = answerOf(group, LINK_IDS.roomId)?.valueString;
	const type: unknown = answerOf(group, LINK_IDS.roomType)?.valueCoding?.code;
	if (!id || !isOneOf<RoomKind>(ROOM_KINDS, type)) {
		throw new Error('A repetition of the group “room” lacks its room/id or room/type.');
	}
	for (const section of group.item ?? []) {
		for (const item of section.item ?? []) {
			const { itemId, fields } = fieldsOf(item);
			setFields(answers, { checkId, roomId: id, itemId, time }, fields);
		}
	}
	return { id, type, name: answerOf(group, LINK_IDS.roomName)?.valueString ?? '' };
}

/** Whether a fix is the checklist's own text, in any language. */
function isDefaultFix(item: Item | undefined, fix: string): boolean {
	return item !== undefined && LANGUAGES.some((language) => item.fix[language] === fix);
}

/** A sub-extension of Footing's action extension. */
function part(extension: Extension, url: string): Extension | undefined {
	return extension.extension?.find((candidate) => candidate.url === url);
}

/** The code of a coding if it is one of these codes. */
function codeIn<T extends string>(codes: readonly T[], coding: Coding | undefined): T | undefined {
	return isOneOf(codes, coding?.code) ? (coding!.code as T) : undefined;
}

/** The action fields of a CarePlan activity that differ from the checklist's defaults. */
function actionFields(
	activity: CarePlanActivity,
	item: Item | undefined,
	extension: Extension
): AnswerFields {
	const fields: AnswerFields = {};
	const priority = codeIn<Priority>(PRIORITIES, part(extension, 'priority')?.valueCoding);
	const owner = codeIn<Owner>(OWNERS, part(extension, 'owner')?.valueCoding);
	const fix = activity.detail.description;
	const due = activity.detail.scheduledPeriod?.end;
	if (priority && priority !== item?.priority) fields.priority = priority;
	if (owner && owner !== item?.owner) fields.owner = owner;
	if (fix && !isDefaultFix(item, fix)) fields.fix = fix;
	if (due) fields.due = due;
	if (activity.detail.status === 'completed') fields.done = true;
	return fields;
}

/** A CarePlan activity back as the action fields of its answer. */
function readActivity(
	activity: CarePlanActivity,
	checkId: string,
	answers: Map<string, Answer>,
	time: number
): void {
	const extension = activity.extension?.find((candidate) => candidate.url === ACTION_EXTENSION);
	const roomId = extension && part(extension, 'room')?.valueString;
	const itemId = extension && part(extension, 'item')?.valueString;
	if (!extension || !roomId || !itemId) return;
	const fields = actionFields(activity, itemById(itemId), extension);
	setFields(answers, { checkId, roomId, itemId, time }, fields);
}

/** Who did the check, from the author's resource type. */
function checkerOf(author: Reference | undefined): Checker {
	return CHECKERS.find((checker) => AUTHOR_TYPES[checker] === author?.type) ?? 'nurse';
}

/**
 * A Bundle made by `checkBundle` back as a check and its answers: ids, label, who checked, the
 * visit date, the rooms with their kinds and names, the answers and notes, and the action
 * fields (priority, fix, owner, due date, done) where they differ from the checklist's defaults.
 * Every field read gets the response's last-updated time as its change time.
 */
export function checkFromBundle(bundle: Bundle): { check: Check; answers: Map<string, Answer> } {
	const response = resourceOf(bundle, 'QuestionnaireResponse');
	if (!response?.questionnaire?.startsWith(QUESTIONNAIRE_URL) || !response.identifier?.value) {
		throw new Error('This bundle holds no answers to Footing’s questionnaire.');
	}
	const time = Date.parse(response.meta?.lastUpdated ?? bundle.timestamp ?? '') || 0;
	const checkId = response.identifier.value;
	const answers = new Map<string, Answer>();
	const rooms = (response.item ?? [])
		.filter((group) => group.linkId === LINK_IDS.room)
		.map((group) => readRoom(group, checkId, answers, time));
	for (const activity of resourceOf(bundle, 'CarePlan')?.activity ?? []) {
		readActivity(activity, checkId, answers, time);
	}
	const check: Check = {
		id: checkId,
		label: response.subject?.display ?? '',
		checkedBy: checkerOf(response.author),
		visitDate: response.authored.slice(0, 10),
		createdAt: time,
		updatedAt: time,
		rooms,
		summary: checkSummary(rooms, answers)
	};
	return { check, answers };
}
