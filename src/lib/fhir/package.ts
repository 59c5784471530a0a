/**
 * Footing's FHIR package: a CodeSystem for every Footing code, a ValueSet for each coded
 * extension, a StructureDefinition for every Footing extension, and the Questionnaire, built
 * from the code so they never drift. `npx tsx scripts/questionnaire.ts --write-package` writes
 * them under static/fhir/ (a test fails when the files differ from what this builds):
 *
 * - `static/fhir/package/`: the package itself (package.json, .index.json, `Type-id.json`),
 *   for a validator's `-ig` and for FHIR tooling;
 * - `static/fhir/<Type>/<id>`: each resource again at its canonical URL's path, so that a GET
 *   on the canonical URL in the static build returns the resource.
 *
 * Used by the script and the tests only; the app never loads it.
 */
import { ITEMS } from '../checklist/catalogue';
import type { CheckMode } from '../checklist/check';
import { OWNER_NAMES, PRIORITY_NAMES } from '../checklist/names';
import { OWNERS, PRIORITIES, REGIONS, type Text } from '../checklist/types';
import {
	CODE_SYSTEMS,
	EXTENSIONS,
	FHIR_BASE,
	PACKAGE_NAME,
	PACKAGE_VERSION,
	QUESTIONNAIRE_DATE,
	QUESTIONNAIRE_VERSION,
	VALUE_SETS
} from './canonical';
import { LEVEL_NAMES, METHOD_CODES, OBSERVATION_CODES } from './clinical';
import {
	ANSWER_TEXT,
	footingQuestionnaire,
	HOME_KINDS,
	itemDisplay,
	MODE_NAMES,
	NONE_CODE,
	NONE_TEXT,
	REGION_NAMES,
	roomKindName
} from './questionnaire';

/** A conformance resource as plain JSON. */
type Resource = { resourceType: string; id: string; url: string } & Record<string, unknown>;

/** One concept of a code system. */
interface Concept {
	code: string;
	display: Text;
	definition?: Text;
	/** Other words a coding's display may use for it (an item's own yes/no labels). */
	synonyms?: string[];
}

const T = (en: string, nl: string): Text => ({ en, nl });
const COMMON = {
	version: QUESTIONNAIRE_VERSION,
	status: 'active',
	experimental: false,
	date: QUESTIONNAIRE_DATE,
	publisher: 'Footing'
} as const;
/** SNOMED CT's "synonym" designation use. */
const SYNONYM = {
	system: 'http://snomed.info/sct',
	code: '900000000000013009',
	display: 'Synonym'
};

/** A PascalCase name for an id. */
function nameOf(id: string): string {
	return id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

/** The last path segment of a canonical URL. */
function idOfUrl(url: string): string {
	return url.slice(url.lastIndexOf('/') + 1);
}

/** A complete code system with English displays and Dutch designations. */
function codeSystem(
	url: string,
	title: string,
	description: string,
	concepts: Concept[]
): Resource {
	const id = idOfUrl(url);
	return {
		resourceType: 'CodeSystem',
		id,
		language: 'en',
		url,
		...COMMON,
		name: `Footing${nameOf(id)}`,
		title,
		description,
		caseSensitive: true,
		content: 'complete',
		count: concepts.length,
		concept: concepts.map((concept) => ({
			code: concept.code,
			display: concept.display.en,
			...(concept.definition ? { definition: concept.definition.en } : {}),
			designation: [
				{ language: 'nl', value: concept.display.nl },
				...(concept.synonyms ?? []).map((value) => ({ use: SYNONYM, value }))
			]
		}))
	};
}

/** The value set of all codes of a code system. */
function valueSet(url: string, system: string, title: string): Resource {
	const id = idOfUrl(url);
	return {
		resourceType: 'ValueSet',
		id,
		language: 'en',
		url,
		...COMMON,
		name: `Footing${nameOf(id)}`,
		title,
		description: `All codes of ${system}.`,
		compose: { include: [{ system }] }
	};
}

/** What every Footing extension's StructureDefinition has. */
function extensionDefinition(
	url: string,
	title: string,
	description: string,
	elements: object[]
): Resource {
	const id = idOfUrl(url);
	return {
		resourceType: 'StructureDefinition',
		id,
		language: 'en',
		url,
		...COMMON,
		name: nameOf(id),
		title,
		description,
		fhirVersion: '4.0.1',
		kind: 'complex-type',
		abstract: false,
		context: [{ type: 'element', expression: 'CarePlan.activity' }],
		type: 'Extension',
		baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
		derivation: 'constraint',
		differential: {
			element: [
				{ id: 'Extension', path: 'Extension', short: title, definition: description, max: '1' },
				...elements
			]
		}
	};
}

/** A simple extension with a Coding from a value set. */
function codedExtension(
	url: string,
	title: string,
	description: string,
	valueSetUrl: string
): Resource {
	return extensionDefinition(url, title, description, [
		{ id: 'Extension.extension', path: 'Extension.extension', max: '0' },
		{ id: 'Extension.url', path: 'Extension.url', fixedUri: url },
		{
			id: 'Extension.value[x]',
			path: 'Extension.value[x]',
			min: 1,
			type: [{ code: 'Coding' }],
			binding: { strength: 'required', valueSet: valueSetUrl }
		}
	]);
}

/** A string part of a complex extension. */
function stringPart(name: string, definition: string): object[] {
	return [
		{
			id: `Extension.extension:${name}`,
			path: 'Extension.extension',
			sliceName: name,
			short: definition,
			definition,
			min: 1,
			max: '1'
		},
		{
			id: `Extension.extension:${name}.extension`,
			path: 'Extension.extension.extension',
			max: '0'
		},
		{ id: `Extension.extension:${name}.url`, path: 'Extension.extension.url', fixedUri: name },
		{
			id: `Extension.extension:${name}.value[x]`,
			path: 'Extension.extension.value[x]',
			min: 1,
			type: [{ code: 'string' }]
		}
	];
}

/** Every word an answer's display may use: the plain words and the items' own labels. */
function answerSynonyms(value: 'yes' | 'no'): string[] {
	const words = ITEMS.flatMap((item) =>
		item.labels ? [item.labels[value].en, item.labels[value].nl] : []
	);
	return [...new Set(words)];
}

/** Footing's code systems. */
function codeSystems(): Resource[] {
	const items = ITEMS.map((item) => ({
		code: item.id,
		display: itemDisplay(item),
		...('finding' in item ? { definition: item.finding } : {})
	}));
	return [
		codeSystem(CODE_SYSTEMS.answer, 'Footing answers', 'The answers to Footing’s questions.', [
			{ code: 'yes', display: ANSWER_TEXT.yes, synonyms: answerSynonyms('yes') },
			{ code: 'no', display: ANSWER_TEXT.no, synonyms: answerSynonyms('no') },
			{ code: 'na', display: ANSWER_TEXT.na },
			{
				code: NONE_CODE,
				display: NONE_TEXT,
				definition: T('No box of the tick list applies.', 'Geen vakje van de lijst geldt.')
			}
		]),
		codeSystem(
			CODE_SYSTEMS.roomKind,
			'Footing kinds of room',
			'The kinds of room of a home, and the whole home.',
			HOME_KINDS.map((kind) => ({ code: kind, display: roomKindName(kind) }))
		),
		codeSystem(
			CODE_SYSTEMS.item,
			'Footing checklist items',
			'Every question of Footing’s checklist; the code is the item’s id, the display its question (or a tick-list box’s label), the definition the finding it stands for.',
			items
		),
		codeSystem(
			CODE_SYSTEMS.region,
			'Footing regions',
			'Whose advice a check gives.',
			REGIONS.map((region) => ({ code: region, display: REGION_NAMES[region] }))
		),
		codeSystem(
			CODE_SYSTEMS.mode,
			'Footing check modes',
			'How much a check asks.',
			(['full', 'quick'] as CheckMode[]).map((mode) => ({ code: mode, display: MODE_NAMES[mode] }))
		),
		codeSystem(
			CODE_SYSTEMS.owner,
			'Footing owners',
			'Who usually acts on a fix (a role, not a person).',
			OWNERS.map((owner) => ({ code: owner, display: OWNER_NAMES[owner] }))
		),
		codeSystem(
			CODE_SYSTEMS.priority,
			'Footing priorities',
			'The priority of an action of the plan.',
			PRIORITIES.map((priority) => ({ code: priority, display: PRIORITY_NAMES[priority] }))
		),
		codeSystem(
			CODE_SYSTEMS.observation,
			'Footing observations',
			'Observations and assessments that have no LOINC code of the same meaning.',
			Object.entries(OBSERVATION_CODES).map(([code, display]) => ({ code, display }))
		),
		codeSystem(
			CODE_SYSTEMS.fallRiskLevel,
			'Footing fall-risk levels',
			'The fall-risk levels of the World Falls Guidelines (2022).',
			Object.entries(LEVEL_NAMES).map(([code, display]) => ({ code, display }))
		),
		codeSystem(
			CODE_SYSTEMS.method,
			'Footing methods',
			'How Footing works out a risk.',
			Object.entries(METHOD_CODES).map(([code, display]) => ({ code, display }))
		),
		codeSystem(
			CODE_SYSTEMS.carePlanCategory,
			'Footing care plan categories',
			'What a Footing CarePlan is.',
			[{ code: 'fall-prevention', display: T('Fall prevention', 'Valpreventie') }]
		)
	];
}

/** Footing's value sets and extensions. */
function profiles(): Resource[] {
	return [
		valueSet(VALUE_SETS.owner, CODE_SYSTEMS.owner, 'Footing owners'),
		valueSet(VALUE_SETS.priority, CODE_SYSTEMS.priority, 'Footing priorities'),
		codedExtension(
			EXTENSIONS.activityPriority,
			'Action priority',
			'The priority of a CarePlan activity of Footing’s plan (R4’s activity has no priority).',
			VALUE_SETS.priority
		),
		codedExtension(
			EXTENSIONS.activityOwner,
			'Action owner',
			'Who usually acts on a CarePlan activity of Footing’s plan, as a role (the performer names the person where known).',
			VALUE_SETS.owner
		),
		extensionDefinition(
			EXTENSIONS.activityAnswer,
			'Action answer',
			'The answer a CarePlan activity of Footing’s plan was made from: the room (or person) and the checklist item.',
			[
				{
					id: 'Extension.extension',
					path: 'Extension.extension',
					slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'open' },
					min: 2
				},
				...stringPart(
					'room',
					'Footing’s id of the room or person (room/id or person/id in the response)'
				),
				...stringPart('item', 'The checklist item’s id (a code of the item code system)'),
				{ id: 'Extension.url', path: 'Extension.url', fixedUri: EXTENSIONS.activityAnswer },
				{ id: 'Extension.value[x]', path: 'Extension.value[x]', max: '0' }
			]
		)
	];
}

/** Every resource of the package. */
export function packageResources(): Resource[] {
	return [...codeSystems(), ...profiles(), footingQuestionnaire() as unknown as Resource];
}

/** The package's manifest. */
export function packageManifest(): Record<string, unknown> {
	return {
		name: PACKAGE_NAME,
		version: PACKAGE_VERSION,
		title: 'Footing FHIR package',
		description:
			'The code systems, value sets, extensions and Questionnaire of Footing, an offline home fall-hazard check.',
		canonical: FHIR_BASE,
		url: FHIR_BASE,
		fhirVersions: ['4.0.1'],
		type: 'Conformance',
		author: 'Footing',
		dependencies: { 'hl7.fhir.r4.core': '4.0.1', 'hl7.fhir.uv.sdc': '3.0.0' }
	};
}

/** One file to write under static/fhir/. */
export interface PackageFile {
	path: string;
	content: string;
}

/** Pretty JSON with a final newline. */
function json(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** Every file of static/fhir/: the package folder, and each resource at its canonical path. */
export function packageFiles(): PackageFile[] {
	const resources = packageResources();
	const fileName = (resource: Resource) => `${resource.resourceType}-${resource.id}.json`;
	const index = {
		'index-version': 1,
		files: resources.map((resource) => ({
			filename: fileName(resource),
			resourceType: resource.resourceType,
			id: resource.id,
			url: resource.url,
			version: resource.version
		}))
	};
	return [
		{ path: 'package/package.json', content: json(packageManifest()) },
		{ path: 'package/.index.json', content: json(index) },
		...resources.map((resource) => ({
			path: `package/${fileName(resource)}`,
			content: json(resource)
		})),
		...resources.map((resource) => ({
			path: resource.url.slice(FHIR_BASE.length + 1),
			content: `${JSON.stringify(resource)}\n`
		}))
	];
}

/** The canonical URL of every Footing code system, value set and extension (for the tests). */
export const PUBLISHED_URLS: readonly string[] = [
	...Object.values(CODE_SYSTEMS),
	...Object.values(VALUE_SETS),
	...Object.values(EXTENSIONS)
];
