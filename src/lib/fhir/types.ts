/**
 * The parts of FHIR R4 (4.0.1) that Footing writes and reads, as plain TypeScript types.
 * Only the elements Footing uses are declared; names and cardinalities follow the R4 spec
 * (https://hl7.org/fhir/R4/), so a value of these types is valid R4 JSON as far as it goes.
 * The tests check the output against the R4 structure definitions with the `fhir` package.
 */

/** An extension: a URL and either a value or nested extensions (never both). */
export interface Extension {
	url: string;
	valueBoolean?: boolean;
	valueCode?: string;
	valueCoding?: Coding;
	valueDecimal?: number;
	valueInteger?: number;
	valueString?: string;
	extension?: Extension[];
}

/** Extensions on a primitive value, carried in its `_name` twin (`text` → `_text`). */
export interface PrimitiveExtensions {
	extension: Extension[];
}

/** A code from a code system. */
export interface Coding {
	system: string;
	code: string;
	display?: string;
	_display?: PrimitiveExtensions;
}

/** A concept given by codes and/or text. */
export interface CodeableConcept {
	coding?: Coding[];
	text?: string;
	_text?: PrimitiveExtensions;
}

/** A reference to another resource: by URL, or only described by type and display. */
export interface Reference {
	reference?: string;
	type?: string;
	display?: string;
}

/** A business identifier. */
export interface Identifier {
	system: string;
	value: string;
}

/** A time span; either end may be missing. */
export interface Period {
	start?: string;
	end?: string;
}

/** Metadata about a resource. */
export interface Meta {
	lastUpdated?: string;
}

/** The R4 item types Footing uses. */
export type QuestionnaireItemType = 'group' | 'display' | 'choice' | 'string' | 'text' | 'integer';

/** A condition that enables an item: another item's answer equals a coding. */
export interface QuestionnaireEnableWhen {
	question: string;
	operator: '=';
	answerCoding: Coding;
}

/** One permitted answer of a choice item. */
export interface QuestionnaireAnswerOption {
	extension?: Extension[];
	valueCoding: Coding;
}

/** A question, group or display text of a Questionnaire. */
export interface QuestionnaireItem {
	extension?: Extension[];
	linkId: string;
	text?: string;
	_text?: PrimitiveExtensions;
	type: QuestionnaireItemType;
	enableWhen?: QuestionnaireEnableWhen[];
	enableBehavior?: 'all' | 'any';
	required?: boolean;
	repeats?: boolean;
	readOnly?: boolean;
	answerOption?: QuestionnaireAnswerOption[];
	item?: QuestionnaireItem[];
}

/** A FHIR R4 Questionnaire: the form definition. */
export interface Questionnaire {
	resourceType: 'Questionnaire';
	id: string;
	language: string;
	url: string;
	version: string;
	name: string;
	title: string;
	_title?: PrimitiveExtensions;
	status: 'draft' | 'active' | 'retired' | 'unknown';
	subjectType: string[];
	date: string;
	publisher: string;
	description?: string;
	_description?: PrimitiveExtensions;
	item: QuestionnaireItem[];
}

/** One answer of a QuestionnaireResponse item. */
export interface QuestionnaireResponseAnswer {
	valueCoding?: Coding;
	valueString?: string;
	valueInteger?: number;
}

/** An answered question or a filled-in group of a QuestionnaireResponse. */
export interface QuestionnaireResponseItem {
	linkId: string;
	text?: string;
	answer?: QuestionnaireResponseAnswer[];
	item?: QuestionnaireResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse: the answers of one filled-in form. */
export interface QuestionnaireResponse {
	resourceType: 'QuestionnaireResponse';
	id: string;
	meta?: Meta;
	language?: string;
	identifier: Identifier;
	questionnaire: string;
	status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
	subject?: Reference;
	authored: string;
	author?: Reference;
	item?: QuestionnaireResponseItem[];
}

/** The R4 statuses of a CarePlan activity. */
export type CarePlanActivityStatus =
	| 'not-started'
	| 'scheduled'
	| 'in-progress'
	| 'on-hold'
	| 'completed'
	| 'cancelled'
	| 'stopped'
	| 'unknown'
	| 'entered-in-error';

/** What an activity of a CarePlan is, when it is due and who does it. */
export interface CarePlanActivityDetail {
	kind?: 'Task';
	reasonCode?: CodeableConcept[];
	status: CarePlanActivityStatus;
	scheduledPeriod?: Period;
	performer?: Reference[];
	description?: string;
	_description?: PrimitiveExtensions;
}

/** One activity of a CarePlan. */
export interface CarePlanActivity {
	extension?: Extension[];
	detail: CarePlanActivityDetail;
}

/** A FHIR R4 CarePlan: the action plan. */
export interface CarePlan {
	resourceType: 'CarePlan';
	id: string;
	language?: string;
	identifier?: Identifier[];
	status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
	intent: 'proposal' | 'plan' | 'order' | 'option';
	title?: string;
	_title?: PrimitiveExtensions;
	subject: Reference;
	created?: string;
	author?: Reference;
	supportingInfo?: Reference[];
	activity?: CarePlanActivity[];
}

/** The resources a Footing bundle holds. */
export type BundleResource = QuestionnaireResponse | CarePlan;

/** One entry of a Bundle. */
export interface BundleEntry {
	fullUrl: string;
	resource: BundleResource;
}

/** A FHIR R4 Bundle of type collection. */
export interface Bundle {
	resourceType: 'Bundle';
	id?: string;
	type: 'collection';
	timestamp?: string;
	entry?: BundleEntry[];
}
