/**
 * Test helpers for the FHIR specs (never imported by the app): the R4 structure check with
 * FHIR.js, and a check of a home with two bathrooms, the whole home and two persons.
 */
import { Fhir } from 'fhir';
import type { ParsedProperty } from 'fhir/model/parsed-property';
import { itemById, ITEMS } from '../checklist/catalogue';
import {
	answerKey,
	type Answer,
	type AnswerFields,
	type Check,
	type Room
} from '../checklist/check';
import { checkSummary } from '../checklist/rules';

// ---------------------------------------------------------------------------------------------
// Validation against the FHIR R4 structure definitions, with Lantana's FHIR.js (`fhir`), which
// ships the R4 (4.0.1) definitions and checks required elements, arrays versus single values,
// primitive formats, unknown elements (errorOnUnexpected) and codes of required bindings. FHIR.js
// does not follow an element defined by reference (`contentReference`, e.g.
// Questionnaire.item.item → Questionnaire.item), so nested items would go unchecked: the loop
// below points each such element at the definition it refers to, for the test process only.
// ---------------------------------------------------------------------------------------------

const fhir = new Fhir();
const definitions = fhir.parser.parsedStructureDefinitions;

function resolveReference(reference: string): ParsedProperty[] | undefined {
	const [root, ...path] = reference.slice(1).split('.');
	let properties = definitions[root!]?._properties;
	for (const name of path) properties = properties?.find((p) => p._name === name)?._properties;
	return properties;
}

function followContentReferences(properties: ParsedProperty[]): void {
	for (const property of properties) {
		if (property._type.startsWith('#') && !property._properties) {
			property._properties = resolveReference(property._type);
		} else if (property._properties) {
			followContentReferences(property._properties);
		}
	}
}

for (const definition of Object.values(definitions)) {
	if (definition._properties) followContentReferences(definition._properties);
}

/**
 * Elements where FHIR.js warns about a code it cannot look up, though the HL7 validator accepts
 * it: R4 binds them only as an example (Observation.code, Condition.code, CarePlan.category and
 * activity code, RiskAssessment qualitativeRisk: no conformance expectation), or to a value set
 * FHIR.js does not expand (jurisdiction: all of ISO 3166 and the UN M49 "World"; a related
 * person's relationship: the v3 RoleCode family codes, a preferred binding). Required bindings
 * are still checked (a test breaks one on purpose).
 */
const UNEXPANDED_BINDINGS =
	/^(Observation\.code|Condition\.code|CarePlan\.category\[\d+]|CarePlan\.activity\[\d+]\.detail\.code|RiskAssessment\.prediction\[\d+]\.qualitativeRisk|Questionnaire\.jurisdiction\[\d+]|RelatedPerson\.relationship\[\d+])$/;

/** Where a message is, without the Bundle entry it is in. */
function elementOf(location: string | undefined): string {
	return (location ?? '').replace(/^Bundle\.entry\[\d+]\.resource\./, '');
}

/** The problems (fatal, error and warning) FHIR.js finds in a resource; infos are left out. */
export function structureErrors(resource: unknown): string[] {
	const result = fhir.validate(resource as object, { errorOnUnexpected: true });
	return result.messages
		.filter((message) => message.severity !== 'info')
		.filter(
			(message) =>
				!(
					/not found in value set/.test(message.message ?? '') &&
					UNEXPANDED_BINDINGS.test(elementOf(message.location))
				)
		)
		.map((message) => `${message.location}: ${message.message}`);
}

/** A deep copy of a JSON value, to break on purpose. */
export function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

// ---------------------------------------------------------------------------------------------
// A check of a home with two bathrooms, the whole home and two persons, with notes in Dutch and
// markup, tick lists, timed tests, edited and done actions.
// ---------------------------------------------------------------------------------------------

export const rooms: Room[] = [
	{ id: 'c0ffee00-0000-4000-8000-000000000001', type: 'stairs', name: '' },
	{ id: 'c0ffee00-0000-4000-8000-000000000002', type: 'bathroom', name: '' },
	{ id: 'c0ffee00-0000-4000-8000-000000000003', type: 'bathroom', name: 'Badkamer <b>boven</b>' },
	{ id: 'c0ffee00-0000-4000-8000-000000000006', type: 'home', name: '' },
	{ id: 'c0ffee00-0000-4000-8000-000000000004', type: 'personal', name: 'Mevrouw Jansen' },
	{ id: 'c0ffee00-0000-4000-8000-000000000005', type: 'personal', name: '' }
];
export const [hall, bath1, bath2, home, person, partner] = rooms as [
	Room,
	Room,
	Room,
	Room,
	Room,
	Room
];

/** The finding answer of an item, or the other one. */
export function answerFor(itemId: string, finding: boolean): 'yes' | 'no' {
	const item = itemById(itemId)!;
	const hazardWhen = 'hazardWhen' in item ? item.hazardWhen : 'yes';
	return finding ? hazardWhen : hazardWhen === 'yes' ? 'no' : 'yes';
}

/** Every box of a tick list answered: these ticked, the others not. */
function tickList(room: Room, group: string, ticked: string[]): [Room, string, AnswerFields][] {
	const boxes = ITEMS.filter((item) => item.group === group).map((item) => item.id);
	return boxes.map((id) => [room, id, { value: ticked.includes(id) ? 'yes' : 'no' }]);
}

const SELFTEST_YES = ['balance.fallen', 'balance.unsteady', 'balance.meds-dizzy'];
const SELFTEST = [
	'balance.fallen',
	'balance.walking-aid',
	'balance.unsteady',
	'balance.furniture',
	'balance.worried',
	'balance.hands-to-stand',
	'balance.kerb',
	'balance.toilet-rush',
	'balance.numb-feet',
	'balance.meds-dizzy',
	'balance.meds-sleep-mood',
	'balance.sad'
];

export const given: [Room, string, AnswerFields][] = [
	[hall, 'stairs.rail-any', { value: 'yes' }],
	[hall, 'stairs.rail-both-sides', { value: answerFor('stairs.rail-both-sides', true) }],
	...tickList(hall, 'general.floor', ['general.loose-rug']),
	[
		hall,
		'general.cord',
		{ value: 'no', note: 'Geen snoeren — “loper” is weg & <script>alert(1)</script>' }
	],
	[
		bath1,
		'bathroom.grab-rail',
		{
			value: answerFor('bathroom.grab-rail', true),
			note: 'Beugel zit los; zie <i>foto</i>',
			priority: 'low',
			owner: 'family',
			fix: 'Zoon plaatst in december een nieuwe beugel',
			due: '2026-12-15'
		}
	],
	[
		bath2,
		'bathroom.grab-rail',
		{ value: answerFor('bathroom.grab-rail', true), done: true, due: '2026-12-01' }
	],
	[bath2, 'bathroom.shower-seat', { note: 'Nog niet bekeken' }],
	[home, 'home.alarm', { value: 'yes' }],
	...SELFTEST.map((id): [Room, string, AnswerFields] => [
		person,
		id,
		{ value: SELFTEST_YES.includes(id) ? 'yes' : 'no' }
	]),
	...tickList(person, 'falls.severity', ['falls.two-or-more']),
	[person, 'falls.get-up-floor', { value: 'no', owner: 'self' }],
	[person, 'falls.tug', { measured: 16.4, note: 'Met rollator' }],
	[person, 'falls.walk-4m', { measured: 6.5 }],
	[person, 'falls.chair-stand', { measured: 7 }],
	[partner, 'balance.fallen', { value: 'no' }],
	[partner, 'balance.unsteady', { value: 'yes' }],
	[partner, 'balance.worried', { value: 'no' }],
	[partner, 'falls.tug', { value: 'na' }]
];

export function answersOf(
	list: [Room, string, AnswerFields][],
	checkId = 'check-1'
): Map<string, Answer> {
	return new Map(
		list.map(([room, itemId, fields]) => [
			answerKey(room.id, itemId),
			{ checkId, roomId: room.id, itemId, changedAt: { value: 1 }, ...fields }
		])
	);
}

export const answers = answersOf(given);

export const check: Check = {
	id: 'check-1',
	label: 'Mevrouw Jansen, Dorpsstraat 1',
	checkedBy: 'nurse',
	visitDate: '2026-11-20',
	createdAt: Date.parse('2026-11-20T09:00:00Z'),
	updatedAt: Date.parse('2026-11-20T10:30:00Z'),
	rooms,
	region: 'nl',
	mode: 'full',
	nextVisitDate: '2027-05-20',
	summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
};
check.summary = checkSummary(check, answers);
