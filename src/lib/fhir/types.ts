/**
 * The parts of FHIR R4 (4.0.1) that Footing writes and reads, as plain TypeScript types.
 * Only the elements Footing uses are declared; names and cardinalities follow the R4 spec
 * (https://hl7.org/fhir/R4/), so a value of these types is valid R4 JSON as far as it goes.
 * The tests check the output against the R4 structure definitions with the `fhir` package.
 */

/** An expression (FHIRPath) in an extension. */
export interface Expression {
	language: 'text/fhirpath';
	expression: string;
	description?: string;
}

/** An extension: a URL and either a value or nested extensions (never both). */
export interface Extension {
	url: string;
	valueBoolean?: boolean;
	valueCode?: string;
	valueCoding?: Coding;
	valueCodeableConcept?: CodeableConcept;
	valueDecimal?: number;
	valueInteger?: number;
	valueString?: string;
	valueExpression?: Expression;
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

/** A reference to another resource: by URL (a fullUrl in a Bundle), or only described. */
export interface Reference {
	reference?: string;
	type?: string;
	display?: string;
}

/** A business identifier. */
export interface Identifier {
	use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
	system?: string;
	value: string;
}

/** A time span; either end may be missing. */
export interface Period {
	start?: string;
	end?: string;
}

/** A measured amount. */
export interface Quantity {
	value: number;
	comparator?: '<' | '<=' | '>=' | '>';
	unit?: string;
	system?: string;
	code?: string;
}

/** A note. */
export interface Annotation {
	text: string;
}

/** Metadata about a resource. */
export interface Meta {
	profile?: string[];
	lastUpdated?: string;
}

/** What every resource Footing writes has. */
interface ResourceBase {
	id?: string;
	meta?: Meta;
	language?: string;
}

/** The R4 item types Footing uses. */
export type QuestionnaireItemType =
	'group' | 'display' | 'boolean' | 'choice' | 'string' | 'text' | 'date' | 'integer' | 'decimal';

/** A condition that enables an item: another item's answer equals a coding (or is given). */
export interface QuestionnaireEnableWhen {
	question: string;
	operator: '=' | 'exists';
	answerCoding?: Coding;
	answerBoolean?: boolean;
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
export interface Questionnaire extends ResourceBase {
	resourceType: 'Questionnaire';
	id: string;
	language: string;
	url: string;
	version: string;
	name: string;
	title: string;
	_title?: PrimitiveExtensions;
	status: 'draft' | 'active' | 'retired' | 'unknown';
	experimental?: boolean;
	subjectType: string[];
	date: string;
	publisher: string;
	description?: string;
	_description?: PrimitiveExtensions;
	jurisdiction?: CodeableConcept[];
	purpose?: string;
	_purpose?: PrimitiveExtensions;
	copyright?: string;
	_copyright?: PrimitiveExtensions;
	item: QuestionnaireItem[];
}

/** One answer of a QuestionnaireResponse item. */
export interface QuestionnaireResponseAnswer {
	valueCoding?: Coding;
	valueString?: string;
	valueInteger?: number;
	valueDecimal?: number;
	valueBoolean?: boolean;
	valueDate?: string;
}

/** An answered question or a filled-in group of a QuestionnaireResponse. */
export interface QuestionnaireResponseItem {
	linkId: string;
	text?: string;
	answer?: QuestionnaireResponseAnswer[];
	item?: QuestionnaireResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse: the answers of one filled-in form. */
export interface QuestionnaireResponse extends ResourceBase {
	resourceType: 'QuestionnaireResponse';
	identifier?: Identifier;
	questionnaire: string;
	status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
	subject?: Reference;
	authored?: string;
	author?: Reference;
	item?: QuestionnaireResponseItem[];
}

/** A person's name. */
export interface HumanName {
	text: string;
}

/** The person whose home or whose personal factors were checked. */
export interface Patient extends ResourceBase {
	resourceType: 'Patient';
	identifier?: Identifier[];
	name?: HumanName[];
}

/** The nurse or care worker who checked. */
export interface Practitioner extends ResourceBase {
	resourceType: 'Practitioner';
	identifier?: Identifier[];
	name?: HumanName[];
}

/** The family member who checked. */
export interface RelatedPerson extends ResourceBase {
	resourceType: 'RelatedPerson';
	identifier?: Identifier[];
	patient: Reference;
	relationship?: CodeableConcept[];
	name?: HumanName[];
}

/** A measurement or a finding taken from the answers. */
export interface Observation extends ResourceBase {
	resourceType: 'Observation';
	identifier?: Identifier[];
	status: 'registered' | 'preliminary' | 'final' | 'amended';
	category?: CodeableConcept[];
	code: CodeableConcept;
	subject: Reference;
	effectiveDateTime?: string;
	performer?: Reference[];
	valueQuantity?: Quantity;
	valueCodeableConcept?: CodeableConcept;
	valueInteger?: number;
	dataAbsentReason?: CodeableConcept;
	interpretation?: CodeableConcept[];
	note?: Annotation[];
	derivedFrom?: Reference[];
}

/** The fall-risk level of one person, with what it was worked out from. */
export interface RiskAssessment extends ResourceBase {
	resourceType: 'RiskAssessment';
	identifier?: Identifier[];
	status: 'registered' | 'preliminary' | 'final' | 'amended';
	method?: CodeableConcept;
	code?: CodeableConcept;
	subject: Reference;
	occurrenceDateTime?: string;
	performer?: Reference;
	basis?: Reference[];
	prediction?: { outcome?: CodeableConcept; qualitativeRisk?: CodeableConcept }[];
	note?: Annotation[];
}

/** A person's raised risk of falling, as the concern the CarePlan addresses. */
export interface Condition extends ResourceBase {
	resourceType: 'Condition';
	identifier?: Identifier[];
	clinicalStatus: CodeableConcept;
	verificationStatus: CodeableConcept;
	code: CodeableConcept;
	subject: Reference;
	recordedDate?: string;
	recorder?: Reference;
	evidence?: { detail: Reference[] }[];
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
	code?: CodeableConcept;
	reasonCode?: CodeableConcept[];
	reasonReference?: Reference[];
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
export interface CarePlan extends ResourceBase {
	resourceType: 'CarePlan';
	identifier?: Identifier[];
	status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
	intent: 'proposal' | 'plan' | 'order' | 'option';
	category?: CodeableConcept[];
	title?: string;
	_title?: PrimitiveExtensions;
	subject: Reference;
	period?: Period;
	created?: string;
	author?: Reference;
	addresses?: Reference[];
	supportingInfo?: Reference[];
	activity?: CarePlanActivity[];
}

/** The resources a Footing bundle holds. */
export type BundleResource =
	| QuestionnaireResponse
	| CarePlan
	| Patient
	| Practitioner
	| RelatedPerson
	| Observation
	| RiskAssessment
	| Condition;

/** How a transaction entry is to be carried out. */
export interface BundleRequest {
	method: 'POST' | 'PUT';
	url: string;
	ifNoneExist?: string;
}

/** One entry of a Bundle. */
export interface BundleEntry<R = BundleResource> {
	fullUrl: string;
	resource: R;
	request?: BundleRequest;
}

/** A FHIR R4 Bundle: a collection to save, or a transaction to send. */
export interface Bundle<R = BundleResource> {
	resourceType: 'Bundle';
	id?: string;
	meta?: Meta;
	language?: string;
	identifier?: Identifier;
	type: 'collection' | 'transaction';
	timestamp?: string;
	entry?: BundleEntry<R>[];
}
