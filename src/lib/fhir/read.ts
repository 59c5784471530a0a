/**
 * The way back from FHIR: a Bundle made by `checkBundle` (./bundle.ts), a Bundle of Footing's
 * earlier exports (before version 0.1.0 was published), or a single QuestionnaireResponse made
 * by another forms client from the blank Questionnaire, read as a check with its answers.
 * Footing's ids are optional: a room or person without one gets a new id. Pure apart from the
 * new ids; no Node APIs. See docs/fhir.md for the mapping.
 */
import { withWholeHome } from '$lib/db/whole-home';
import { groupById, itemById, ITEMS } from '../checklist/catalogue';
import {
	answerKey,
	CHECK_MODES,
	CHECKERS,
	today,
	type Answer,
	type AnswerField,
	type AnswerFields,
	type Check,
	type CheckMode,
	type Checker,
	type Room
} from '../checklist/check';
import { moveRetiredAnswers } from '../checklist/retired';
import { checkSummary, itemFix } from '../checklist/rules';
import {
	LANGUAGES,
	OWNERS,
	PRIORITIES,
	REGIONS,
	ROOM_KINDS,
	type AnswerValue,
	type Item,
	type Owner,
	type Priority,
	type Region,
	type RoomKind
} from '../checklist/types';
import { AUTHOR_TYPES } from './bundle';
import { CODE_SYSTEMS, EXTENSIONS, LEGACY, QUESTIONNAIRE_URL } from './canonical';
import { HOME_KINDS, LINK_IDS, notDoneLinkId, noteLinkId } from './questionnaire';
import type {
	Bundle,
	BundleResource,
	CarePlan,
	CarePlanActivity,
	Extension,
	Patient,
	QuestionnaireResponse,
	QuestionnaireResponseAnswer,
	QuestionnaireResponseItem,
	Reference
} from './types';

/** The codes of the answers Footing knows, in either edition's code system. */
const ANSWER_SYSTEMS: readonly string[] = [CODE_SYSTEMS.answer, LEGACY.answer];
const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];

/** Whether a value is one of a list of codes. */
function isOneOf<T extends string>(codes: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (codes as readonly string[]).includes(value);
}

/** The first answer of the child item with this linkId. */
function answerOf(
	group: QuestionnaireResponseItem | undefined,
	linkId: string
): QuestionnaireResponseAnswer | undefined {
	return group?.item?.find((item) => item.linkId === linkId)?.answer?.[0];
}

/** A non-empty string, or undefined. */
function text(value: string | undefined): string | undefined {
	return value?.trim() ? value : undefined;
}

/** What is being read: the answers found so far and the time they are stamped with. */
interface Reading {
	checkId: string;
	time: number;
	answers: Map<string, Answer>;
	/** Reading an earlier edition: answers of ids this version does not know are kept, to move. */
	legacy: boolean;
}

/** Set fields of an answer (making it if needed), marking them changed at the reading's time. */
function setFields(reading: Reading, roomId: string, itemId: string, fields: AnswerFields): void {
	const changed = Object.keys(fields) as AnswerField[];
	if (changed.length === 0) return;
	const key = answerKey(roomId, itemId);
	const current: Answer = reading.answers.get(key) ?? {
		checkId: reading.checkId,
		roomId,
		itemId,
		changedAt: {}
	};
	const changedAt = { ...current.changedAt };
	for (const field of changed) changedAt[field] = reading.time;
	reading.answers.set(key, { ...current, ...fields, changedAt });
}

/** The answer value of a coding, if it is one of Footing's answers. */
function valueOfCoding(answer: QuestionnaireResponseAnswer | undefined): AnswerValue | undefined {
	const coding = answer?.valueCoding;
	if (!coding || (coding.system && !ANSWER_SYSTEMS.includes(coding.system))) return undefined;
	return isOneOf(ANSWER_VALUES, coding.code) ? coding.code : undefined;
}

/** Read one answered item (and what is nested in it) of a room or person. */
function readItem(item: QuestionnaireResponseItem, roomId: string, reading: Reading): void {
	const { linkId } = item;
	const answer = item.answer?.[0];
	const suffix = (end: string) => (linkId.endsWith(end) ? linkId.slice(0, -end.length) : undefined);
	const noted = suffix(noteLinkId(''));
	const notDone = suffix(notDoneLinkId(''));
	const group = groupById(linkId);
	const known = itemById(linkId);
	if (noted !== undefined) {
		if (text(answer?.valueString)) setFields(reading, roomId, noted, { note: answer!.valueString });
	} else if (notDone !== undefined) {
		if (answer?.valueBoolean === true) setFields(reading, roomId, notDone, { value: 'na' });
	} else if (group) {
		// A tick list: once anything is chosen, ticked boxes are yes and the others no.
		const codes = new Set((item.answer ?? []).map((a) => a.valueCoding?.code));
		if (codes.size > 0) {
			for (const box of ITEMS.filter((candidate) => candidate.group === group.id)) {
				setFields(reading, roomId, box.id, { value: codes.has(box.id) ? 'yes' : 'no' });
			}
		}
	} else if (known?.kind === 'measure') {
		const measured = answer?.valueDecimal ?? answer?.valueInteger;
		if (typeof measured === 'number' && Number.isFinite(measured))
			setFields(reading, roomId, known.id, { measured });
	} else if (known || reading.legacy) {
		const value = valueOfCoding(answer);
		if (value) setFields(reading, roomId, linkId, { value });
	}
	for (const child of item.item ?? []) readItem(child, roomId, reading);
}

/** Read the sections of a room or person, skipping the items that say who or what it is. */
function readSections(group: QuestionnaireResponseItem, roomId: string, reading: Reading): void {
	const identity: readonly string[] = [
		LINK_IDS.roomId,
		LINK_IDS.roomType,
		LINK_IDS.roomName,
		LINK_IDS.personId,
		LINK_IDS.personName
	];
	for (const item of group.item ?? []) {
		if (!identity.includes(item.linkId)) readItem(item, roomId, reading);
	}
}

/** A repetition of the `room` group back as a room, adding its answers and notes. */
function readRoom(
	group: QuestionnaireResponseItem,
	reading: Reading,
	kinds: readonly RoomKind[]
): Room {
	const type: unknown = answerOf(group, LINK_IDS.roomType)?.valueCoding?.code;
	if (!isOneOf(kinds, type))
		throw new Error('A repetition of the group “room” lacks its room/type.');
	const id = text(answerOf(group, LINK_IDS.roomId)?.valueString) ?? crypto.randomUUID();
	readSections(group, id, reading);
	return { id, type, name: answerOf(group, LINK_IDS.roomName)?.valueString ?? '' };
}

/** The resource a reference points at inside the bundle, if it does. */
function resolve(resources: ReadonlyMap<string, BundleResource>, reference: Reference | undefined) {
	return reference?.reference ? resources.get(reference.reference) : undefined;
}

/** The name of the person a response is about: their Patient's, or the reference's display. */
function subjectName(
	resources: ReadonlyMap<string, BundleResource>,
	response: QuestionnaireResponse
) {
	const patient = resolve(resources, response.subject) as Patient | undefined;
	return text(patient?.name?.[0]?.text) ?? text(response.subject?.display);
}

/** Who did the check, from the author's resource type. */
function checkerOf(
	resources: ReadonlyMap<string, BundleResource>,
	author: Reference | undefined
): Checker {
	const type = resolve(resources, author)?.resourceType ?? author?.type;
	return CHECKERS.find((checker) => AUTHOR_TYPES[checker] === type) ?? 'nurse';
}

/** A sub-extension's value. */
function part(extension: Extension | undefined, url: string): Extension | undefined {
	return extension?.extension?.find((candidate) => candidate.url === url);
}

/** Whether a fix is the checklist's own text, in any language and region. */
function isDefaultFix(item: Item | undefined, fix: string, region: Region): boolean {
	if (item?.kind !== 'hazard') return false;
	return LANGUAGES.some(
		(language) => item.fix[language] === fix || itemFix(item, region)[language] === fix
	);
}

/** A CarePlan activity back as the action fields of its answer (either edition). */
function readActivity(activity: CarePlanActivity, reading: Reading, region: Region): void {
	const find = (url: string) => activity.extension?.find((extension) => extension.url === url);
	const legacy = find(LEGACY.action);
	const source = find(EXTENSIONS.activityAnswer) ?? legacy;
	const roomId = part(source, 'room')?.valueString;
	const itemId = part(source, 'item')?.valueString;
	if (!roomId || !itemId) return;
	const item = itemById(itemId);
	const priority = (find(EXTENSIONS.activityPriority) ?? part(legacy, 'priority'))?.valueCoding
		?.code;
	const owner = (find(EXTENSIONS.activityOwner) ?? part(legacy, 'owner'))?.valueCoding?.code;
	const hazard = item?.kind === 'hazard' ? item : undefined;
	const fields: AnswerFields = {};
	if (isOneOf<Priority>(PRIORITIES, priority) && priority !== hazard?.priority)
		fields.priority = priority;
	if (isOneOf<Owner>(OWNERS, owner) && owner !== hazard?.owner) fields.owner = owner;
	const fix = activity.detail.description;
	if (fix && !isDefaultFix(item, fix, region)) fields.fix = fix;
	if (activity.detail.scheduledPeriod?.end) fields.due = activity.detail.scheduledPeriod.end;
	if (activity.detail.status === 'completed') fields.done = true;
	setFields(reading, roomId, itemId, fields);
}

/** The responses to Footing's Questionnaire (either edition) among some resources. */
function footingResponses(resources: readonly BundleResource[]): QuestionnaireResponse[] {
	return resources.filter(
		(resource): resource is QuestionnaireResponse =>
			resource.resourceType === 'QuestionnaireResponse' &&
			(resource.questionnaire?.startsWith(QUESTIONNAIRE_URL) ||
				resource.questionnaire?.startsWith(LEGACY.questionnaire))
	);
}

/** A time in ms, or undefined. */
function timeOf(value: string | undefined): number | undefined {
	const time = value ? Date.parse(value) : NaN;
	return Number.isFinite(time) ? time : undefined;
}

/**
 * A Bundle (or one QuestionnaireResponse) back as a check and its answers: ids, label, who
 * checked, the visit date, region and mode, the rooms with their kinds and names, the persons,
 * the answers, measures and notes, and the action fields (priority, fix, owner, due date, done)
 * where they differ from the checklist's defaults. Every field read gets the response's
 * `authored` time as its change time. Throws when nothing answers Footing's Questionnaire.
 */
export function checkFromFhir(
	input: Bundle | QuestionnaireResponse,
	now: Date = new Date()
): { check: Check; answers: Map<string, Answer> } {
	const entries = input.resourceType === 'Bundle' ? (input.entry ?? []) : [];
	const resources: BundleResource[] =
		input.resourceType === 'Bundle'
			? entries.map((entry) => entry.resource).filter(Boolean)
			: [input];
	const byUrl = new Map(entries.map((entry) => [entry.fullUrl, entry.resource]));
	const responses = footingResponses(resources);
	const first = responses[0];
	if (!first) throw new Error('This holds no answers to Footing’s questionnaire.');
	const legacy = first.questionnaire.startsWith(LEGACY.questionnaire);
	const plans = resources.filter(
		(resource): resource is CarePlan => resource.resourceType === 'CarePlan'
	);

	const checkGroup = first.item?.find((item) => item.linkId === LINK_IDS.check);
	const bundleTime = input.resourceType === 'Bundle' ? timeOf(input.timestamp) : undefined;
	const time =
		timeOf(first.authored) ?? timeOf(first.meta?.lastUpdated) ?? bundleTime ?? now.getTime();
	const checkId =
		text(answerOf(checkGroup, LINK_IDS.checkId)?.valueString) ??
		(legacy ? text(first.identifier?.value) : undefined) ??
		crypto.randomUUID();
	const reading: Reading = { checkId, time, answers: new Map(), legacy };
	const region = answerOf(checkGroup, LINK_IDS.region)?.valueCoding?.code;
	const mode = answerOf(checkGroup, LINK_IDS.mode)?.valueCoding?.code;
	const checkRegion: Region = isOneOf(REGIONS, region)
		? region
		: first.language?.startsWith('nl')
			? 'nl'
			: 'general';

	const rooms: Room[] = [];
	const persons: Room[] = [];
	const add = (list: Room[], room: Room) => {
		if (![...rooms, ...persons].some((other) => other.id === room.id)) list.push(room);
	};
	for (const response of responses) {
		for (const group of response.item ?? []) {
			if (group.linkId === LINK_IDS.room) {
				const room = readRoom(group, reading, legacy ? ROOM_KINDS : HOME_KINDS);
				add(room.type === 'personal' ? persons : rooms, room);
			} else if (group.linkId === LINK_IDS.person) {
				const footingId = text(answerOf(group, LINK_IDS.personId)?.valueString);
				const id = footingId ?? crypto.randomUUID();
				readSections(group, id, reading);
				const given = answerOf(group, LINK_IDS.personName)?.valueString;
				const name = footingId ? (given ?? '') : (given ?? subjectName(byUrl, response) ?? '');
				add(persons, { id, type: 'personal', name });
			}
		}
	}
	// An earlier edition's check gets the whole home's room as the database's upgrade gives it.
	if (legacy) rooms.splice(0, rooms.length, ...withWholeHome(rooms));
	for (const plan of plans) {
		for (const activity of plan.activity ?? []) readActivity(activity, reading, checkRegion);
	}
	const home = rooms.find((room) => room.type === 'home')?.id;
	const answers = legacy
		? new Map(
				moveRetiredAnswers([...reading.answers.values()], home).map((a) => [
					answerKey(a.roomId, a.itemId),
					a
				])
			)
		: reading.answers;

	const plan = plans[0];
	const allRooms = [...rooms, ...persons];
	const visitDate =
		answerOf(checkGroup, LINK_IDS.visitDate)?.valueDate ??
		plan?.period?.start ??
		first.authored?.slice(0, 10) ??
		today(now);
	const label =
		text(answerOf(checkGroup, LINK_IDS.checkLabel)?.valueString) ??
		(legacy ? text(first.subject?.display) : subjectName(byUrl, first)) ??
		'';
	const check: Check = {
		id: checkId,
		label,
		checkedBy: checkerOf(byUrl, first.author),
		visitDate: visitDate.slice(0, 10),
		createdAt: timeOf(plan?.created) ?? time,
		updatedAt: time,
		rooms: allRooms,
		region: checkRegion,
		mode: isOneOf<CheckMode>(CHECK_MODES, mode) ? mode : 'full',
		...(plan?.period?.end ? { nextVisitDate: plan.period.end.slice(0, 10) } : {}),
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
	};
	check.summary = checkSummary(check, answers);
	return { check, answers };
}

/** The name this function had before reading responses from other clients too. */
export const checkFromBundle = checkFromFhir;
