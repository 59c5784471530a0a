/**
 * The answers of a check as QuestionnaireResponses to Footing's Questionnaire: one per person
 * checked, the first person's also holding the rooms of the home (./bundle.ts decides who).
 * Pure functions; no Node APIs. See docs/fhir.md for the mapping.
 */
import { answerKey, type Check, type Room } from '../checklist/check';
import {
	asQuestions,
	askingOf,
	fallRiskTestResult,
	isAsked,
	roomProgress,
	type Answers,
	type Asking,
	type Question
} from '../checklist/rules';
import type { Item, Language } from '../checklist/types';
import { HL7, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION } from './canonical';
import {
	answerCoding,
	itemCoding,
	kindsOf,
	lastTestQuestion,
	LINK_IDS,
	modeCoding,
	noneCoding,
	notDoneLinkId,
	noteLinkId,
	questionnaireSections,
	questionnaireText,
	regionCoding,
	roomKindCoding,
	type QuestionnaireSection
} from './questionnaire';
import type {
	Identifier,
	QuestionnaireResponse,
	QuestionnaireResponseAnswer,
	QuestionnaireResponseItem,
	Reference
} from './types';

/** A response item with one or more answers, with the Questionnaire's text in the language. */
function answered(
	linkId: string,
	language: Language,
	...answer: QuestionnaireResponseAnswer[]
): QuestionnaireResponseItem {
	return { linkId, text: questionnaireText(linkId, language), answer };
}

/** The answers of one question of a room, as far as given. */
function questionResponses(
	question: Question,
	room: Room,
	answers: Answers,
	language: Language
): QuestionnaireResponseItem[] {
	const answerOf = (item: Item) => answers.get(answerKey(room.id, item.id));
	const notes = (items: readonly Item[]) =>
		items.flatMap((item) => {
			const note = answerOf(item)?.note;
			return note ? [answered(noteLinkId(item.id), language, { valueString: note })] : [];
		});
	if (question.kind === 'group') {
		const given = question.items.filter((item) => answerOf(item)?.value !== undefined);
		const ticked = question.items.filter((item) => answerOf(item)?.value === 'yes');
		const codes =
			ticked.length > 0 ? ticked.map((item) => itemCoding(item, language)) : [noneCoding(language)];
		return [
			...(given.length > 0
				? [answered(question.group.id, language, ...codes.map((valueCoding) => ({ valueCoding })))]
				: []),
			...notes(question.items)
		];
	}
	const item = question.item;
	const answer = answerOf(item);
	const items: QuestionnaireResponseItem[] = [];
	if (item.kind === 'measure') {
		if (answer?.value === 'na') {
			items.push(answered(notDoneLinkId(item.id), language, { valueBoolean: true }));
		} else if (answer?.measured !== undefined) {
			const value =
				item.unit === 'seconds'
					? { valueDecimal: answer.measured }
					: { valueInteger: Math.round(answer.measured) };
			items.push(answered(item.id, language, value));
		}
	} else if (answer?.value) {
		items.push(
			answered(item.id, language, { valueCoding: answerCoding(item, answer.value, language) })
		);
	}
	return [...items, ...notes([item])];
}

/** A section of a room or person with its answers and notes, or nothing when none are given. */
function sectionResponse(
	section: QuestionnaireSection,
	room: Room,
	answers: Answers,
	asking: Asking,
	language: Language
): QuestionnaireResponseItem[] {
	const asked = section.items.filter(
		(item) => kindsOf(item).includes(room.type) && isAsked(item, answers, room.id, asking)
	);
	const questions = asQuestions(asked);
	const last = section.area === 'selftest' ? lastTestQuestion(questions) : -1;
	const test = fallRiskTestResult(room.id, answers);
	const items = questions.flatMap((question, index) => [
		...questionResponses(question, room, answers, language),
		...(index === last && test.answered > 0
			? [answered(LINK_IDS.fallRiskTestScore, language, { valueInteger: test.score })]
			: [])
	]);
	if (items.length === 0) return [];
	return [
		{ linkId: section.linkId, text: questionnaireText(section.linkId, language), item: items }
	];
}

/** The sections a kind of room (or a person) asks. */
function sectionsFor(room: Room): QuestionnaireSection[] {
	return questionnaireSections().filter((section) => section.kinds.includes(room.type));
}

/** One room of the home (or the whole home) as a repetition of the `room` group. */
function roomResponse(
	room: Room,
	answers: Answers,
	asking: Asking,
	language: Language
): QuestionnaireResponseItem {
	return {
		linkId: LINK_IDS.room,
		text: questionnaireText(LINK_IDS.room, language),
		item: [
			answered(LINK_IDS.roomId, language, { valueString: room.id }),
			answered(LINK_IDS.roomType, language, { valueCoding: roomKindCoding(room.type, language) }),
			...(room.name ? [answered(LINK_IDS.roomName, language, { valueString: room.name })] : []),
			...sectionsFor(room).flatMap((section) =>
				sectionResponse(section, room, answers, asking, language)
			)
		]
	};
}

/** One person's personal factors as the `person` group. */
function personResponse(
	person: Room,
	answers: Answers,
	asking: Asking,
	language: Language
): QuestionnaireResponseItem {
	return {
		linkId: LINK_IDS.person,
		text: questionnaireText(LINK_IDS.person, language),
		item: [
			answered(LINK_IDS.personId, language, { valueString: person.id }),
			...(person.name
				? [answered(LINK_IDS.personName, language, { valueString: person.name })]
				: []),
			...sectionsFor(person).flatMap((section) =>
				sectionResponse(section, person, answers, asking, language)
			)
		]
	};
}

/** The `check` group: the check's id, label, visit date, region and mode. */
function checkResponse(check: Check, language: Language): QuestionnaireResponseItem {
	return {
		linkId: LINK_IDS.check,
		text: questionnaireText(LINK_IDS.check, language),
		item: [
			answered(LINK_IDS.checkId, language, { valueString: check.id }),
			...(check.label
				? [answered(LINK_IDS.checkLabel, language, { valueString: check.label })]
				: []),
			answered(LINK_IDS.visitDate, language, { valueDate: check.visitDate }),
			answered(LINK_IDS.region, language, { valueCoding: regionCoding(check.region, language) }),
			answered(LINK_IDS.mode, language, { valueCoding: modeCoding(check.mode, language) })
		]
	};
}

/** What one response covers: some rooms of the home and at most one person. */
export interface ResponseScope {
	rooms: readonly Room[];
	person?: Room;
}

/** The fields a response takes from the bundle it is part of. */
export interface ResponseContext {
	identifier: Identifier;
	subject: Reference;
	author: Reference;
	authored: string;
	language: Language;
}

/**
 * The answers of some rooms and one person of a check as a QuestionnaireResponse: `completed`
 * once every question these rooms and this person are asked now is answered.
 */
export function questionnaireResponse(
	check: Check,
	answers: Answers,
	scope: ResponseScope,
	context: ResponseContext
): QuestionnaireResponse {
	const asking = askingOf(check);
	const covered = [...scope.rooms, ...(scope.person ? [scope.person] : [])];
	const complete = covered.every((room) => {
		const progress = roomProgress(room, answers, asking);
		return progress.answered === progress.total;
	});
	const { language } = context;
	return {
		resourceType: 'QuestionnaireResponse',
		meta: { profile: [HL7.sdcResponse] },
		language,
		identifier: context.identifier,
		questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
		status: complete ? 'completed' : 'in-progress',
		subject: context.subject,
		authored: context.authored,
		author: context.author,
		item: [
			checkResponse(check, language),
			...scope.rooms.map((room) => roomResponse(room, answers, asking, language)),
			...(scope.person ? [personResponse(scope.person, answers, asking, language)] : [])
		]
	};
}
