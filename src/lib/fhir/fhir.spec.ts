import { readFileSync } from 'node:fs';
import { Fhir } from 'fhir';
import type { ParsedProperty } from 'fhir/model/parsed-property';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../checklist/areas';
import { itemById, ITEMS } from '../checklist/catalogue';
import {
	answerKey,
	type Answer,
	type AnswerFields,
	type Check,
	type Room
} from '../checklist/check';
import { actionFix, planActions } from '../checklist/plan';
import { checkSummary, itemsFor, fallRiskTestResult } from '../checklist/rules';
import {
	ACTION_EXTENSION,
	ANSWER_SYSTEM,
	CHECK_ID_SYSTEM,
	footingQuestionnaire,
	LINK_IDS,
	MAX_VALUE_EXTENSION,
	noteLinkId,
	ORDINAL_VALUE_EXTENSION,
	QUESTIONNAIRE_URL,
	QUESTIONNAIRE_VERSION,
	ROOM_KIND_SYSTEM,
	TRANSLATION_EXTENSION
} from './questionnaire';
import { ROOM_KINDS, type RoomKind } from '../checklist/types';
import { checkFromBundle } from './read';
import { checkBundle } from './response';
import type {
	Bundle,
	CarePlan,
	Coding,
	QuestionnaireItem,
	QuestionnaireResponse,
	QuestionnaireResponseItem
} from './types';

// ---------------------------------------------------------------------------------------------
// Validation against the FHIR R4 structure definitions, with Lantana's FHIR.js (`fhir`), which
// ships the R4 (4.0.1) resource and type definitions and checks required elements, arrays
// versus single values, primitive formats, unknown elements (errorOnUnexpected) and codes of
// required bindings. One gap is closed here: FHIR.js does not follow an element defined by
// reference to another (`contentReference`, e.g. Questionnaire.item.item → Questionnaire.item),
// so nested items would go unchecked. The loop below points each such element at the
// definition it refers to, for this test process only.
// ---------------------------------------------------------------------------------------------

const fhir = new Fhir();
const definitions = fhir.parser.parsedStructureDefinitions;

/** The properties of the element a content reference such as `#Questionnaire.item` names. */
function resolveReference(reference: string): ParsedProperty[] | undefined {
	const [root, ...path] = reference.slice(1).split('.');
	let properties = definitions[root!]?._properties;
	for (const name of path) properties = properties?.find((p) => p._name === name)?._properties;
	return properties;
}

/** Point every content-reference element at the properties of the element it refers to. */
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

/** The problems (fatal, error and warning) FHIR.js finds in a resource; infos are left out. */
function structureErrors(resource: unknown): string[] {
	const result = fhir.validate(resource as object, { errorOnUnexpected: true });
	return result.messages
		.filter((message) => message.severity !== 'info')
		.map((message) => `${message.location}: ${message.message}`);
}

/** A deep copy of a JSON value, to break on purpose. */
function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

// ---------------------------------------------------------------------------------------------
// Helpers over the Questionnaire and a response.
// ---------------------------------------------------------------------------------------------

const questionnaire = footingQuestionnaire();
const roomGroup = questionnaire.item[0]!;

/** Every item of a Questionnaire, depth first. */
function allItems(items: QuestionnaireItem[]): QuestionnaireItem[] {
	return items.flatMap((item) => [item, ...allItems(item.item ?? [])]);
}

const questionnaireItems = allItems(questionnaire.item);
const byLinkId = new Map(questionnaireItems.map((item) => [item.linkId, item]));

/** The Questionnaire item with this linkId (the test fails when there is none). */
function qItem(linkId: string): QuestionnaireItem {
	const item = byLinkId.get(linkId);
	if (!item) throw new Error(`no item ${linkId}`);
	return item;
}

/** The Dutch translation on a primitive's `_name` twin. */
function dutch(extensions: { extension: { url: string; extension?: unknown[] }[] } | undefined) {
	const translation = extensions?.extension.find((e) => e.url === TRANSLATION_EXTENSION);
	const parts = (translation?.extension ?? []) as {
		url: string;
		valueCode?: string;
		valueString?: string;
	}[];
	if (parts.find((part) => part.url === 'lang')?.valueCode !== 'nl') return undefined;
	return parts.find((part) => part.url === 'content')?.valueString;
}

/** Whether an item is enabled for a room of this kind with these answers (by linkId). */
function enabled(item: QuestionnaireItem, given: Map<string, Coding[]>): boolean {
	if (!item.enableWhen) return true;
	const results = item.enableWhen.map((condition) =>
		(given.get(condition.question) ?? []).some(
			(coding) =>
				coding.system === condition.answerCoding.system &&
				coding.code === condition.answerCoding.code
		)
	);
	return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/** The questions enabled for a kind of room when nothing else is answered, in order. */
function enabledQuestions(kind: RoomKind): string[] {
	const given = new Map([[LINK_IDS.roomType, [{ system: ROOM_KIND_SYSTEM, code: kind }]]]);
	const visit = (items: QuestionnaireItem[]): string[] =>
		items
			.filter((item) => enabled(item, given))
			.flatMap((item) => [
				...(item.type === 'choice' && item.linkId !== LINK_IDS.roomType ? [item.linkId] : []),
				...visit(item.item ?? [])
			]);
	return visit(roomGroup.item ?? []);
}

/** Every coded answer given in one repetition of the room group, by linkId. */
function codedAnswers(group: QuestionnaireResponseItem): Map<string, Coding[]> {
	const given = new Map<string, Coding[]>();
	const visit = (items: QuestionnaireResponseItem[]) => {
		for (const item of items) {
			for (const answer of item.answer ?? []) {
				if (answer.valueCoding)
					given.set(item.linkId, [...(given.get(item.linkId) ?? []), answer.valueCoding]);
			}
			visit(item.item ?? []);
		}
	};
	visit(group.item ?? []);
	return given;
}

/**
 * Problems of a response against the Questionnaire, as a validator checking a
 * QuestionnaireResponse against its Questionnaire reports them: unknown or misplaced linkIds,
 * items out of order, text that differs, answers of the wrong type or not among the options,
 * answers to disabled items, and answers repeated on a non-repeating item.
 */
function responseProblems(
	definitions: QuestionnaireItem[],
	items: QuestionnaireResponseItem[],
	given: Map<string, Coding[]>,
	path = ''
): string[] {
	const problems: string[] = [];
	let last = -1;
	for (const item of items) {
		const index = definitions.findIndex((definition) => definition.linkId === item.linkId);
		const definition = definitions[index];
		const where = `${path}/${item.linkId}`;
		if (!definition) {
			problems.push(`${where}: not in the questionnaire here`);
			continue;
		}
		if (index < last || (index === last && !definition.repeats))
			problems.push(`${where}: out of order or repeated`);
		last = index;
		if (item.text !== definition.text) problems.push(`${where}: text differs`);
		if (!enabled(definition, given)) problems.push(`${where}: answered but not enabled`);
		if (definition.type === 'group' && (item.answer || !item.item?.length))
			problems.push(`${where}: a group needs items and no answers`);
		for (const answer of item.answer ?? []) {
			const ok =
				definition.type === 'choice'
					? definition.answerOption?.some(
							(option) =>
								option.valueCoding.system === answer.valueCoding?.system &&
								option.valueCoding.code === answer.valueCoding?.code
						)
					: definition.type === 'integer'
						? Number.isInteger(answer.valueInteger)
						: typeof answer.valueString === 'string' && answer.valueString !== '';
			if (!ok) problems.push(`${where}: answer of the wrong type or not an option`);
		}
		if ((item.answer?.length ?? 0) > 1) problems.push(`${where}: more than one answer`);
		const children = item.item ?? [];
		const groupGiven = item.linkId === LINK_IDS.room ? codedAnswers(item) : given;
		problems.push(...responseProblems(definition.item ?? [], children, groupGiven, where));
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// A check of a home with two bathrooms, a person, and notes with Dutch text and markup.
// ---------------------------------------------------------------------------------------------

const rooms: Room[] = [
	{ id: 'c0ffee00-0000-4000-8000-000000000001', type: 'stairs', name: '' },
	{ id: 'c0ffee00-0000-4000-8000-000000000002', type: 'bathroom', name: '' },
	{ id: 'c0ffee00-0000-4000-8000-000000000003', type: 'bathroom', name: 'Badkamer <b>boven</b>' },
	{ id: 'c0ffee00-0000-4000-8000-000000000004', type: 'personal', name: 'Mevrouw Jansen' },
	{ id: 'c0ffee00-0000-4000-8000-000000000005', type: 'kitchen', name: '' }
];
const [hall, bath1, bath2, person, kitchen] = rooms as [Room, Room, Room, Room, Room];

/** The hazard answer of an item, or the safe one. */
function answerFor(itemId: string, hazard: boolean): 'yes' | 'no' {
	const item = itemById(itemId)!;
	const other = item.hazardWhen === 'yes' ? 'no' : 'yes';
	return hazard ? item.hazardWhen : other;
}

const given: [Room, string, AnswerFields][] = [
	[hall, 'stairs.rail-both-sides', { value: answerFor('stairs.rail-both-sides', true) }],
	[
		hall,
		'general.rugs-fixed',
		{ value: 'na', note: 'Geen kleden — “loper” is weg & <script>alert(1)</script>' }
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
	[bath1, 'general.floor-slippery', { value: answerFor('general.floor-slippery', false) }],
	[
		bath2,
		'bathroom.grab-rail',
		{ value: answerFor('bathroom.grab-rail', true), done: true, due: '2026-12-01' }
	],
	[bath2, 'general.door-lock', { note: 'Nog niet bekeken' }],
	[person, 'balance.fallen', { value: 'yes' }],
	[person, 'balance.fall-checked', { value: 'no', note: 'Huisarts weet het niet' }],
	[person, 'balance.walking-aid', { value: 'no' }],
	[person, 'balance.unsteady', { value: 'yes', owner: 'gp' }],
	[person, 'balance.worried', { value: 'no' }],
	[person, 'medicines.many', { value: 'yes' }],
	[kitchen, 'general.light-bright', { value: answerFor('general.light-bright', true) }]
];

const answers = new Map<string, Answer>(
	given.map(([room, itemId, fields]) => [
		answerKey(room.id, itemId),
		{ checkId: 'check-1', roomId: room.id, itemId, changedAt: { value: 1 }, ...fields }
	])
);

const check: Check = {
	id: 'check-1',
	label: 'Mevrouw Jansen, Dorpsstraat 1',
	checkedBy: 'nurse',
	visitDate: '2026-11-20',
	createdAt: Date.parse('2026-11-20T09:00:00Z'),
	updatedAt: Date.parse('2026-11-20T10:30:00Z'),
	rooms,
	summary: checkSummary(rooms, answers)
};

const now = new Date('2026-11-25T12:00:00Z');
const bundle = checkBundle(check, answers, now);
const response = bundle.entry![0]!.resource as QuestionnaireResponse;
const plan = bundle.entry![1]!.resource as CarePlan;

/** An answer without its change times, for comparing. */
function fieldsOnly(answer: Answer): Record<string, unknown> {
	return Object.fromEntries(Object.entries(answer).filter(([key]) => key !== 'changedAt'));
}

/** All answers of a map without change times, sorted by key. */
function comparable(map: ReadonlyMap<string, Answer>) {
	return [...map.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, answer]) => [key, fieldsOnly(answer)]);
}

// ---------------------------------------------------------------------------------------------

describe('the FHIR R4 structure check (FHIR.js)', () => {
	it('rejects a Questionnaire without its required status', () => {
		const broken = copy(questionnaire) as Partial<typeof questionnaire>;
		delete broken.status;
		expect(structureErrors(broken)).toContain('Questionnaire.status: Missing property');
	});

	it('rejects a single value where an array is required', () => {
		const broken = { ...copy(questionnaire), subjectType: 'Patient' };
		expect(structureErrors(broken)).toContain(
			'Questionnaire.subjectType: Property is not an array'
		);
	});

	it('rejects an unknown element, also deep inside nested items', () => {
		const broken = copy(questionnaire);
		const nested = broken.item[0]!.item![3]!.item![1]! as QuestionnaireItem & { colour?: string };
		nested.colour = 'red';
		const errors = structureErrors(broken);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^Questionnaire\.item\[0]\.item\[3]\.item\[1]\.colour: Unexpected/);
	});

	it('rejects codes outside a required value set, wrong primitive types and missing linkIds', () => {
		const broken = copy(questionnaire);
		const balance = broken.item[0]!.item!.find((group) => group.linkId === 'balance')!;
		const fallen = balance.item!.find((item) => item.linkId === 'balance.fallen')!;
		Object.assign(fallen, { type: 'choise' });
		Object.assign(fallen.answerOption![0]!.extension![0]!, { valueDecimal: '2' });
		delete (broken.item[0]!.item![0]! as Partial<QuestionnaireItem>).linkId;
		const errors = structureErrors(broken).join('\n');
		expect(errors).toMatch(/\.type: Code "choise" not found in value set/);
		expect(errors).toMatch(/valueDecimal: Number type expected but string received/);
		expect(errors).toMatch(/item\[0]\.item\[0]\.linkId: Missing property/);
	});

	it('rejects a CarePlan without intent and an answer with an unknown element', () => {
		const broken = copy(bundle);
		const brokenPlan = broken.entry![1]!.resource as Partial<CarePlan>;
		delete brokenPlan.intent;
		const brokenResponse = broken.entry![0]!.resource as QuestionnaireResponse;
		const deep = brokenResponse.item![1]!.item![2]!.item![0]! as QuestionnaireResponseItem & {
			score?: number;
		};
		deep.score = 3;
		const errors = structureErrors(broken).join('\n');
		expect(errors).toMatch(/CarePlan\.intent: Missing property/);
		expect(errors).toMatch(
			/QuestionnaireResponse\.item\[1]\.item\[2]\.item\[0]\.score: Unexpected/
		);
	});

	it('finds no error in the Questionnaire', () => {
		expect(structureErrors(questionnaire)).toEqual([]);
	});

	it('finds no error in the Bundle with the QuestionnaireResponse and the CarePlan', () => {
		expect(structureErrors(bundle)).toEqual([]);
	});
});

describe('the Questionnaire', () => {
	it('names its canonical URL, the app’s version, and who and what it is for', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		expect(questionnaire).toMatchObject({
			resourceType: 'Questionnaire',
			url: QUESTIONNAIRE_URL,
			version: pkg.version,
			status: 'active',
			language: 'en',
			publisher: 'Footing',
			subjectType: ['Patient']
		});
		expect(QUESTIONNAIRE_VERSION).toBe(pkg.version);
		expect(QUESTIONNAIRE_URL).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(dutch(questionnaire._title)).toBeTruthy();
	});

	it('has one repeating group for the rooms and persons, with their id, kind and name', () => {
		expect(questionnaire.item).toHaveLength(1);
		expect(roomGroup).toMatchObject({ linkId: 'room', type: 'group', repeats: true });
		expect(roomGroup.item!.slice(0, 3).map((item) => item.linkId)).toEqual([
			'room/id',
			'room/type',
			'room/name'
		]);
		const kinds = qItem('room/type').answerOption!.map((option) => option.valueCoding.code);
		expect(kinds).toEqual([...ROOM_KINDS]);
	});

	it('asks every catalogue item once, with its id as linkId, followed by its note', () => {
		for (const item of ITEMS) {
			const question = qItem(item.id);
			expect(question.type).toBe('choice');
			expect(question.text).toBe(item.question.en);
			expect(dutch(question._text)).toBe(item.question.nl);
			expect(qItem(noteLinkId(item.id)).type).toBe('text');
		}
		const choices = questionnaireItems.filter((item) => item.type === 'choice');
		expect(choices).toHaveLength(ITEMS.length + 1); // and room/type
	});

	it('has unique linkIds, and groups with items only (que-1, que-2, que-12)', () => {
		const linkIds = questionnaireItems.map((item) => item.linkId);
		expect(new Set(linkIds).size).toBe(linkIds.length);
		for (const item of questionnaireItems) {
			if (item.type === 'group') expect(item.item?.length).toBeGreaterThan(0);
			else if (item.type !== 'choice') expect(item.item).toBeUndefined();
			if ((item.enableWhen?.length ?? 0) > 1) expect(item.enableBehavior).toBeDefined();
			if (item.answerOption) expect(item.type).toBe('choice');
			if (item.type === 'display') expect(item.readOnly).toBeUndefined();
		}
	});

	it('has a Dutch translation of every text, title, description and display', () => {
		let count = 0;
		const visit = (value: unknown): void => {
			if (Array.isArray(value)) return value.forEach(visit);
			if (typeof value !== 'object' || value === null) return;
			const record = value as Record<string, unknown>;
			for (const key of ['text', 'title', 'description', 'display']) {
				if (typeof record[key] !== 'string') continue;
				count += 1;
				const translation = dutch(record[`_${key}`] as Parameters<typeof dutch>[0]);
				expect(translation, `${key}: ${String(record[key])}`).toBeTruthy();
			}
			Object.values(record).forEach(visit);
		};
		visit(questionnaire);
		expect(count).toBeGreaterThan(ITEMS.length * 4);
	});

	it('has a group per area, enabled for the rooms (or persons) that ask it', () => {
		for (const area of AREAS) {
			const group = qItem(area.id);
			expect(group.type).toBe('group');
			expect(group.text).toBe(area.name.en);
			expect(dutch(group._text)).toBe(area.name.nl);
			const kind = area.kind === 'personal' ? 'personal' : area.id;
			expect(group.enableWhen).toEqual([
				{
					question: 'room/type',
					operator: '=',
					answerCoding: { system: ROOM_KIND_SYSTEM, code: kind }
				}
			]);
		}
	});

	it('asks each kind of room the same items in the same order as the app', () => {
		for (const kind of ROOM_KINDS) {
			expect(enabledQuestions(kind), kind).toEqual(
				itemsFor(kind)
					.filter((item) => !item.askWhen)
					.map((item) => item.id)
			);
		}
	});

	it('asks a follow-up only after its cue (enableWhen for every askWhen)', () => {
		const followUps = ITEMS.filter((item) => item.askWhen);
		expect(followUps.length).toBeGreaterThan(0);
		for (const item of followUps) {
			expect(qItem(item.id).enableWhen).toEqual([
				{
					question: item.askWhen!.item,
					operator: '=',
					answerCoding: { system: ANSWER_SYSTEM, code: item.askWhen!.answer }
				}
			]);
			expect(qItem(item.id).enableBehavior).toBe('all');
		}
	});

	it('offers yes, no and (where allowed) not applicable, in the item’s own words', () => {
		for (const item of ITEMS) {
			const codes = qItem(item.id).answerOption!.map((option) => option.valueCoding.code);
			expect(codes).toEqual(item.allowNA ? ['yes', 'no', 'na'] : ['yes', 'no']);
		}
		const many = qItem('medicines.many').answerOption!.map((option) => option.valueCoding);
		expect(many[0]!.display).toBe(itemById('medicines.many')!.labels!.yes.en);
		expect(dutch(many[0]!._display)).toBe(itemById('medicines.many')!.labels!.yes.nl);
	});

	it('weighs the 12 screen answers with ordinalValue: 14 points at most', () => {
		const weighted = questionnaireItems.filter((item) =>
			item.answerOption?.some((option) => option.extension)
		);
		expect(weighted).toHaveLength(12);
		let max = 0;
		for (const question of weighted) {
			const item = itemById(question.linkId)!;
			const weights = question.answerOption!.map((option) => {
				expect(option.extension![0]!.url).toBe(ORDINAL_VALUE_EXTENSION);
				return [option.valueCoding.code, option.extension![0]!.valueDecimal];
			});
			expect(Object.fromEntries(weights)).toEqual(
				item.hazardWhen === 'yes'
					? { yes: item.fallRiskTestPoints, no: 0 }
					: { yes: 0, no: item.fallRiskTestPoints }
			);
			max += Math.max(...weights.map(([, weight]) => Number(weight)));
		}
		expect(max).toBe(14);
		const score = qItem(LINK_IDS.fallRiskTestScore);
		expect(score).toMatchObject({ type: 'integer', readOnly: true });
		expect(score.extension!.find((e) => e.url === MAX_VALUE_EXTENSION)!.valueInteger).toBe(14);
	});
});

describe('the Bundle of a check', () => {
	it('holds a QuestionnaireResponse and a CarePlan with urn:uuid fullUrls', () => {
		expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
		expect(bundle.timestamp).toBe(now.toISOString());
		expect(bundle.entry!.map((entry) => entry.resource.resourceType)).toEqual([
			'QuestionnaireResponse',
			'CarePlan'
		]);
		for (const entry of bundle.entry!) {
			expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
			expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		}
		expect(plan.supportingInfo).toEqual([
			{ reference: bundle.entry![0]!.fullUrl, type: 'QuestionnaireResponse' }
		]);
	});

	it('answers Footing’s questionnaire for this check, on the visit date, still in progress', () => {
		expect(response).toMatchObject({
			questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
			status: 'in-progress',
			authored: '2026-11-20',
			identifier: { system: CHECK_ID_SYSTEM, value: 'check-1' },
			subject: { display: check.label },
			author: { type: 'Practitioner' }
		});
	});

	it('fits the Questionnaire: linkIds, order, texts, options and enableWhen', () => {
		expect(responseProblems(questionnaire.item, response.item!, new Map())).toEqual([]);
	});

	it('(the fit check itself catches answers in disabled sections and items out of order)', () => {
		const misfit = copy(response);
		misfit.item![1]!.item![1]!.answer = [
			{ valueCoding: { system: ROOM_KIND_SYSTEM, code: 'kitchen' } }
		];
		misfit.item![2]!.item!.reverse();
		const problems = responseProblems(questionnaire.item, misfit.item!, new Map()).join('\n');
		expect(problems).toMatch(/room\/bathroom: answered but not enabled/);
		expect(problems).toMatch(/out of order/);
	});

	it('has one repetition of the room group per room and person, in the home’s order', () => {
		expect(response.item!.map((group) => group.linkId)).toEqual(rooms.map(() => 'room'));
		const ids = response.item!.map((group) => group.item![0]!.answer![0]!.valueString);
		expect(ids).toEqual(rooms.map((room) => room.id));
	});

	it('gives each person’s screen score', () => {
		const personGroup = response.item![3]!;
		const balance = personGroup.item!.find((item) => item.linkId === 'balance')!;
		const score = balance.item!.find((item) => item.linkId === LINK_IDS.fallRiskTestScore)!;
		expect(score.answer).toEqual([{ valueInteger: fallRiskTestResult(person.id, answers).score }]);
		expect(score.answer![0]!.valueInteger).toBe(3);
	});

	it('leaves out answers to follow-ups whose cue is no longer given', () => {
		const extra = new Map(answers);
		extra.set(answerKey(person.id, 'balance.aid-indoors'), {
			checkId: 'check-1',
			roomId: person.id,
			itemId: 'balance.aid-indoors',
			changedAt: {},
			value: 'yes',
			note: 'stale'
		});
		const json = JSON.stringify(checkBundle(check, extra, now).entry![0]!.resource);
		expect(json).not.toContain('balance.aid-indoors');
	});

	it('is completed when every asked item is answered', () => {
		const toilet: Room = { id: 't', type: 'toilet', name: '' };
		const all = new Map(
			itemsFor('toilet').map((item) => [
				answerKey('t', item.id),
				{ checkId: 'c', roomId: 't', itemId: item.id, changedAt: {}, value: 'no' as const }
			])
		);
		const small: Check = { ...check, id: 'c', rooms: [toilet] };
		const done = checkBundle(small, all, now).entry![0]!.resource as QuestionnaireResponse;
		expect(done.status).toBe('completed');
	});

	it('has a CarePlan activity per action, with the fix, status, due date and owner', () => {
		const actions = planActions(check, answers);
		expect(plan).toMatchObject({
			status: 'active',
			intent: 'plan',
			subject: { display: check.label }
		});
		expect(plan.title).toContain(check.label);
		expect(plan.activity).toHaveLength(actions.length);
		actions.forEach((action, index) => {
			const activity = plan.activity![index]!;
			expect(activity.detail.description).toBe(actionFix(action, 'en'));
			expect(activity.detail.status).toBe(action.done ? 'completed' : 'not-started');
			expect(activity.detail.scheduledPeriod?.end).toBe(action.due);
			expect(activity.detail.performer![0]!.display).toBeTruthy();
			const parts = activity.extension!.find((e) => e.url === ACTION_EXTENSION)!.extension!;
			expect(
				Object.fromEntries(parts.map((p) => [p.url, p.valueString ?? p.valueCoding?.code]))
			).toEqual({
				room: action.room.id,
				item: action.item.id,
				priority: action.priority,
				owner: action.owner
			});
			if (action.fixOverride === undefined)
				expect(dutch(activity.detail._description)).toBe(action.item.fix.nl);
		});
		const edited = plan.activity!.find((a) => a.detail.description?.startsWith('Zoon'))!;
		expect(edited.detail._description).toBeUndefined();
		expect(plan.activity!.filter((a) => a.detail.status === 'completed')).toHaveLength(1);
	});
});

describe('reading a Bundle back', () => {
	const read = checkFromBundle(JSON.parse(JSON.stringify(bundle)) as Bundle);

	it('gives the same check: ids, label, checker, date and rooms with kinds and names', () => {
		expect(read.check).toEqual({
			...check,
			createdAt: check.updatedAt,
			summary: checkSummary(rooms, answers)
		});
	});

	it('gives identical answers: values, notes and action fields', () => {
		expect(comparable(read.answers)).toEqual(comparable(answers));
		for (const answer of read.answers.values()) {
			for (const field of Object.keys(answer.changedAt)) expect(field in answer).toBe(true);
		}
	});

	it('gives identical answers for a check without persons or answers too', () => {
		const empty: Check = { ...check, rooms: [hall] };
		const back = checkFromBundle(checkBundle(empty, new Map(), now));
		expect(back.check.rooms).toEqual([hall]);
		expect(back.answers.size).toBe(0);
	});

	it('keeps a check without rooms valid: no empty arrays', () => {
		const bare = checkBundle({ ...check, rooms: [] }, new Map(), now);
		expect(structureErrors(bare)).toEqual([]);
		expect(bare.entry![0]!.resource).not.toHaveProperty('item');
		expect(bare.entry![1]!.resource).not.toHaveProperty('activity');
		expect(checkFromBundle(bare).check.rooms).toEqual([]);
	});

	it('refuses a Bundle that answers no Footing questionnaire', () => {
		const other = copy(bundle);
		(other.entry![0]!.resource as QuestionnaireResponse).questionnaire = 'http://example.org/Q';
		expect(() => checkFromBundle(other)).toThrow();
		expect(() => checkFromBundle({ resourceType: 'Bundle', type: 'collection' })).toThrow();
	});
});

describe('the FHIR code', () => {
	it('uses no Node APIs, so it runs in the browser', () => {
		for (const file of ['questionnaire.ts', 'response.ts', 'types.ts']) {
			const source = readFileSync(new URL(file, import.meta.url), 'utf8');
			expect(source, file).not.toMatch(/from 'node:|require\(|process\.|Buffer/);
		}
	});
});
