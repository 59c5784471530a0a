/**
 * The way back from FHIR: a Bundle made by `checkBundle` (./response.ts) read as a check with
 * its answers. Pure functions; no Node APIs, so they also run in the browser.
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
import { checkSummary } from '../checklist/rules';
import {
	LANGUAGES,
	OWNERS,
	PRIORITIES,
	ROOM_KINDS,
	type AnswerValue,
	type Item,
	type Owner,
	type Priority,
	type RoomKind
} from '../checklist/types';
import {
	ACTION_EXTENSION,
	ANSWER_SYSTEM,
	LINK_IDS,
	noteLinkId,
	QUESTIONNAIRE_URL
} from './questionnaire';
import type {
	Bundle,
	BundleResource,
	CarePlanActivity,
	Coding,
	Extension,
	QuestionnaireResponseAnswer,
	QuestionnaireResponseItem,
	Reference
} from './types';

import { AUTHOR_TYPES } from './response';

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
