/**
 * A check as FHIR R4: a Bundle (type collection) with, for each person checked, a Patient, the
 * answers as a QuestionnaireResponse, the fall-risk Observations, a RiskAssessment, a Condition
 * at a raised level and the action plan as a CarePlan; and who checked as a Practitioner,
 * RelatedPerson or the Patient. The rooms of the home go with the first person (the check's
 * main client). Ids and fullUrls are name-based UUIDs of each resource's identifier, so a check
 * exported twice gives the same Bundle, and ./transaction.ts can send it. The way back is
 * ./read.ts. Pure functions; no Node APIs. See docs/fhir.md.
 */
import {
	isValidBsn,
	type Answer,
	type Check,
	type PersonIdentifiers,
	type Room
} from '../checklist/check';
import { ownerName } from '../checklist/names';
import { actionFix, planActions, type Action } from '../checklist/plan';
import { askingOf, itemFix, roomName, type Answers } from '../checklist/rules';
import type { Language, Text } from '../checklist/types';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import {
	BSN_SYSTEM,
	CODE_SYSTEMS,
	EXTENSIONS,
	HL7,
	PERSON_ID_SYSTEM,
	RECORD_ID_SYSTEM
} from './canonical';
import {
	fallRiskCondition,
	fallRiskObservations,
	riskAssessment,
	type ClinicalContext
} from './clinical';
import { answerCoding, itemCoding, ownerCoding, priorityCoding } from './questionnaire';
import { questionnaireResponse, type ResponseScope } from './response';
import { coding, textOf, translations } from './text';
import type {
	Bundle,
	BundleEntry,
	BundleResource,
	CarePlan,
	CarePlanActivity,
	Identifier,
	Observation,
	Patient,
	Practitioner,
	Reference,
	RelatedPerson
} from './types';
import { URL_NAMESPACE, uuidV5 } from './uuid';

/** What a person's record in the organisation is known by, as the nurse typed it. */
export type { PersonIdentifiers } from '$lib/checklist/check';

/** How to export a check. */
export interface ExportOptions {
	/** The Bundle's timestamp (default: now). */
	now?: Date;
	/** The language of the texts Footing writes; the other language goes along as translation. */
	language?: Language;
	/**
	 * The identifiers of the persons checked, by the id of their personal room (for a check
	 * without persons, by `HOME_SUBJECT`).
	 */
	identifiers?: Readonly<Record<string, PersonIdentifiers>>;
	/** The organisation's identifier system of client numbers; needed with a client number. */
	clientNumberSystem?: string;
	/** Whether the organisation allows a BSN in the export (default false: a BSN is refused). */
	bsn?: boolean;
	/** Who checked, when known: the nurse's or family member's name and identifier. */
	checker?: { name?: string; identifier?: Identifier };
}

/** The key of the subject of a check without persons: the client whose home it is. */
export const HOME_SUBJECT = 'home';

/** Who did the check, as the resource type of the author. */
export const AUTHOR_TYPES = {
	nurse: 'Practitioner',
	family: 'RelatedPerson',
	self: 'Patient'
} as const;

/** The person one response is about, and what it covers. */
interface Subject extends ResponseScope {
	/** The person's room id, or HOME_SUBJECT. */
	key: string;
	name?: string;
}

/**
 * Who the check's responses are about: one per person, the first also holding the rooms of
 * the home; a check without persons has one, about the client whose home it is.
 */
export function subjectsOf(check: Check): Subject[] {
	const persons = check.rooms.filter((room) => room.type === 'personal');
	const home = check.rooms.filter((room) => room.type !== 'personal');
	if (persons.length === 0)
		return [{ key: HOME_SUBJECT, rooms: home, name: check.label || undefined }];
	return persons.map((person, index) => ({
		key: person.id,
		person,
		rooms: index === 0 ? home : [],
		name: person.name.trim() || (index === 0 ? check.label : undefined) || undefined
	}));
}

/** The identifier Footing gives a resource it makes for a check. */
export function recordIdentifier(check: Check, what: string, subject?: string): Identifier {
	return {
		system: RECORD_ID_SYSTEM,
		value: [check.id, what, ...(subject ? [subject] : [])].join('/')
	};
}

/** The resource id and urn:uuid fullUrl of a resource, from its identifier. */
function idOf(identifier: Identifier): { id: string; fullUrl: string } {
	const id = uuidV5(`${identifier.system}|${identifier.value}`, URL_NAMESPACE);
	return { id, fullUrl: `urn:uuid:${id}` };
}

/** A reference to an entry of the Bundle. */
function referenceTo(entry: BundleEntry, display?: string): Reference {
	return {
		reference: entry.fullUrl,
		type: entry.resource.resourceType,
		...(display ? { display } : {})
	};
}

/** An entry for a resource, with id and fullUrl from its first identifier. */
function entryOf<R extends BundleResource>(resource: R, identifier: Identifier): BundleEntry<R> {
	const { id, fullUrl } = idOf(identifier);
	return { fullUrl, resource: { ...resource, id } };
}

/** A time as an R4 dateTime in the device's time zone (so its date is the local date). */
export function dateTimeOf(ms: number): string {
	const date = new Date(ms);
	const offset = -date.getTimezoneOffset();
	const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
	const sign = offset >= 0 ? '+' : '-';
	const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
	return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export { isValidBsn };

/** The Patient of a subject, with the identifiers given for them. */
function patientOf(
	check: Check,
	subject: Subject,
	options: ExportOptions,
	language: Language
): BundleEntry<Patient> {
	const footing: Identifier = {
		use: 'secondary',
		system: PERSON_ID_SYSTEM,
		value: subject.person ? subject.person.id : `${check.id}/${HOME_SUBJECT}`
	};
	const given = options.identifiers?.[subject.key] ?? {};
	const identifiers: Identifier[] = [];
	if (given.bsn) {
		if (!options.bsn)
			throw new Error('A BSN was given, but the organisation has not turned BSNs on.');
		if (!isValidBsn(given.bsn)) throw new Error('The BSN is not a valid citizen service number.');
		identifiers.push({ use: 'official', system: BSN_SYSTEM, value: given.bsn });
	}
	if (given.clientNumber) {
		if (!options.clientNumberSystem)
			throw new Error('A client number needs the organisation’s identifier system.');
		identifiers.push({
			use: 'usual',
			system: options.clientNumberSystem,
			value: given.clientNumber
		});
	}
	identifiers.push(footing);
	const entry = entryOf<Patient>(
		{
			resourceType: 'Patient',
			language,
			identifier: identifiers,
			...(subject.name ? { name: [{ text: subject.name }] } : {})
		},
		footing
	);
	return entry;
}

/** Who checked, as a resource: a Practitioner, or a RelatedPerson of the subject. */
function checkerOf(
	check: Check,
	subject: Subject,
	patient: BundleEntry<Patient>,
	options: ExportOptions,
	language: Language
): BundleEntry<Practitioner | RelatedPerson> | undefined {
	const name = options.checker?.name ? { name: [{ text: options.checker.name }] } : {};
	if (check.checkedBy === 'nurse') {
		const identifier = options.checker?.identifier ?? recordIdentifier(check, 'practitioner');
		return entryOf<Practitioner>(
			{ resourceType: 'Practitioner', language, identifier: [identifier], ...name },
			identifier
		);
	}
	if (check.checkedBy === 'family') {
		const identifier = recordIdentifier(check, 'related-person', subject.key);
		return entryOf<RelatedPerson>(
			{
				resourceType: 'RelatedPerson',
				language,
				identifier: [identifier],
				patient: referenceTo(patient, subject.name),
				relationship: [
					{
						coding: [{ system: HL7.roleCode, code: 'FAMMEMB', display: 'family member' }],
						...textOf({ en: en.checker.family, nl: nl.checker.family }, language)
					}
				],
				...name
			},
			identifier
		);
	}
	return undefined;
}

const PLAN_TITLE: Text = { en: 'Action plan', nl: 'Actieplan' };
const PLAN_CATEGORY: Text = { en: 'Fall prevention', nl: 'Valpreventie' };

/** What an action is about, in words: the room and the finding. */
function findingText(action: Action, rooms: readonly Room[]): Text {
	const words = (language: Language) =>
		`${roomName(action.room, rooms, language)}: ${action.item.finding[language]}`;
	return { en: words('en'), nl: words('nl') };
}

/** The finding behind an action as an Observation: the answer that makes it a hazard. */
function findingObservation(
	check: Check,
	action: Action,
	answer: Answer | undefined,
	context: ClinicalContext
): BundleEntry<Observation> {
	const identifier = recordIdentifier(check, 'finding', `${action.room.id}/${action.item.id}`);
	const { language } = context;
	return entryOf<Observation>(
		{
			resourceType: 'Observation',
			language,
			identifier: [identifier],
			status: 'final',
			category: [
				{ coding: [{ system: HL7.observationCategory, code: 'survey', display: 'Survey' }] }
			],
			code: {
				coding: [itemCoding(action.item)],
				...textOf(findingText(action, check.rooms), language)
			},
			subject: context.subject,
			effectiveDateTime: context.effective,
			...(context.performer ? { performer: [context.performer] } : {}),
			valueCodeableConcept: {
				coding: [answerCoding(action.item, action.item.hazardWhen, language)]
			},
			...(answer?.note ? { note: [{ text: answer.note }] } : {}),
			derivedFrom: [context.response]
		},
		identifier
	);
}

/** Who does an action, as a reference where the person is known, else by role. */
function performerOf(
	action: Action,
	check: Check,
	patient: Reference,
	checker: Reference,
	language: Language
): Reference {
	if (action.owner === 'self') return patient;
	if (action.owner === check.checkedBy) return checker;
	return { display: ownerName(action.owner, check.region)[language] };
}

/** One action as a CarePlan activity that points at its finding. */
function activityOf(
	action: Action,
	check: Check,
	finding: Reference,
	people: { patient: Reference; checker: Reference },
	language: Language
): CarePlanActivity {
	const fix = actionFix(action, language, check.region);
	const defaultFix = itemFix(action.item, check.region);
	return {
		extension: [
			{ url: EXTENSIONS.activityPriority, valueCoding: priorityCoding(action.priority, language) },
			{ url: EXTENSIONS.activityOwner, valueCoding: ownerCoding(action.owner, language) },
			{
				url: EXTENSIONS.activityAnswer,
				extension: [
					{ url: 'room', valueString: action.room.id },
					{ url: 'item', valueString: action.item.id }
				]
			}
		],
		detail: {
			kind: 'Task',
			code: { coding: [itemCoding(action.item)], ...textOf(action.item.finding, language) },
			reasonReference: [finding],
			status: action.done ? 'completed' : 'not-started',
			...(action.due ? { scheduledPeriod: { end: action.due } } : {}),
			performer: [performerOf(action, check, people.patient, people.checker, language)],
			// A fix the user emptied has no description: FHIR strings are never empty.
			...(fix ? { description: fix } : {}),
			...(action.fixOverride === undefined
				? { _description: translations(defaultFix, language) }
				: {})
		}
	};
}

/**
 * A check as a FHIR R4 Bundle of type collection (see the file's header). Throws when a BSN is
 * given without `bsn: true` or is not valid, or a client number without its system.
 */
export function checkBundle(
	check: Check,
	answers: ReadonlyMap<string, Answer>,
	options: ExportOptions = {}
): Bundle {
	const language = options.language ?? 'en';
	const authored = dateTimeOf(check.updatedAt);
	const actions = planActions(check, answers);
	const entries: BundleEntry[] = [];
	const rest: BundleEntry[] = [];
	for (const subject of subjectsOf(check)) {
		const patient = patientOf(check, subject, options, language);
		const patientRef = referenceTo(patient, subject.name);
		const checker = checkerOf(check, subject, patient, options, language);
		const checkerRef = checker ? referenceTo(checker, options.checker?.name) : patientRef;
		entries.push(patient);
		if (checker && !entries.some((entry) => entry.fullUrl === checker.fullUrl))
			entries.push(checker);

		const responseId = recordIdentifier(check, 'response', subject.key);
		const response = entryOf(
			questionnaireResponse(check, answers, subject, {
				identifier: responseId,
				subject: patientRef,
				author: checkerRef,
				authored,
				language
			}),
			responseId
		);
		const context: ClinicalContext = {
			subject: patientRef,
			performer: checkerRef,
			response: referenceTo(response),
			effective: check.visitDate,
			language,
			asking: askingOf(check)
		};
		rest.push(response);

		const observations = subject.person
			? clinicalEntries(check, subject.person, answers, context)
			: [];
		rest.push(...observations);
		const basis = observations.map((entry) => referenceTo(entry));
		const assessment = subject.person
			? riskAssessment(subject.person, answers, context, basis)
			: undefined;
		const assessmentId = recordIdentifier(check, 'risk-assessment', subject.key);
		const assessmentEntry = assessment
			? entryOf({ ...assessment, identifier: [assessmentId] }, assessmentId)
			: undefined;
		if (assessmentEntry) rest.push(assessmentEntry);
		const condition =
			subject.person && assessmentEntry
				? fallRiskCondition(subject.person, answers, context, referenceTo(assessmentEntry))
				: undefined;
		const conditionId = recordIdentifier(check, 'condition', subject.key);
		const conditionEntry = condition
			? entryOf({ ...condition, identifier: [conditionId] }, conditionId)
			: undefined;
		if (conditionEntry) rest.push(conditionEntry);

		const covered = new Set(
			[...subject.rooms, ...(subject.person ? [subject.person] : [])].map((room) => room.id)
		);
		const mine = actions.filter((action) => covered.has(action.room.id));
		const findings = mine.map((action) =>
			findingObservation(check, action, answers.get(`${action.room.id}/${action.item.id}`), context)
		);
		rest.push(...findings);

		const planId = recordIdentifier(check, 'care-plan', subject.key);
		const title: Text = {
			en: `${PLAN_TITLE.en}: ${subject.name ?? check.label}`,
			nl: `${PLAN_TITLE.nl}: ${subject.name ?? check.label}`
		};
		const plan: CarePlan = {
			resourceType: 'CarePlan',
			language,
			identifier: [planId],
			status: 'active',
			intent: 'plan',
			category: [
				{
					coding: [coding(CODE_SYSTEMS.carePlanCategory, 'fall-prevention', PLAN_CATEGORY)],
					...textOf(PLAN_CATEGORY, language)
				}
			],
			title: title[language],
			_title: translations(title, language),
			subject: patientRef,
			period: {
				start: check.visitDate,
				...(check.nextVisitDate ? { end: check.nextVisitDate } : {})
			},
			created: dateTimeOf(check.createdAt),
			author: checkerRef,
			...(conditionEntry ? { addresses: [referenceTo(conditionEntry)] } : {}),
			supportingInfo: [
				referenceTo(response),
				...(assessmentEntry ? [referenceTo(assessmentEntry)] : [])
			],
			...(mine.length > 0
				? {
						activity: mine.map((action, index) =>
							activityOf(
								action,
								check,
								referenceTo(findings[index]!),
								{ patient: patientRef, checker: checkerRef },
								language
							)
						)
					}
				: {})
		};
		rest.push(entryOf(plan, planId));
	}
	const bundleId = recordIdentifier(check, 'bundle');
	return {
		resourceType: 'Bundle',
		id: idOf(bundleId).id,
		language,
		identifier: bundleId,
		type: 'collection',
		timestamp: (options.now ?? new Date()).toISOString(),
		entry: [...entries, ...rest]
	};
}

/** The fall-risk observations of a person as entries, each derived from the response. */
function clinicalEntries(
	check: Check,
	person: Room,
	answers: Answers,
	context: ClinicalContext
): BundleEntry<Observation>[] {
	const drafts = fallRiskObservations(person, answers, context);
	const byKey = new Map<string, BundleEntry<Observation>>();
	for (const { key, from, ...draft } of drafts) {
		const identifier = recordIdentifier(check, `observation-${key}`, person.id);
		const derivedFrom = [
			context.response,
			...(from ?? []).flatMap((k) => (byKey.has(k) ? [referenceTo(byKey.get(k)!)] : []))
		];
		const entry = entryOf<Observation>(
			{
				...draft,
				language: context.language,
				identifier: [identifier],
				subject: context.subject,
				effectiveDateTime: context.effective,
				...(context.performer ? { performer: [context.performer] } : {}),
				derivedFrom
			},
			identifier
		);
		byKey.set(key, entry);
	}
	return [...byKey.values()];
}
