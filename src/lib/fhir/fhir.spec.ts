import { readFileSync } from 'node:fs';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { describe, expect, it } from 'vitest';
import { groupById, itemById, ITEMS } from '../checklist/catalogue';
import { answerKey, type Answer, type Check, type Room } from '../checklist/check';
import { planActions } from '../checklist/plan';
import { askingOf, fallRiskOf, fallRiskTestResult, itemsFor } from '../checklist/rules';
import { ROOM_KINDS, type Item } from '../checklist/types';
import { AUTHOR_TYPES, checkBundle, isValidBsn } from './bundle';
import {
	BSN_SYSTEM,
	CODE_SYSTEMS,
	EXTENSIONS,
	HL7,
	LEGACY,
	LOINC,
	PERSON_ID_SYSTEM,
	QUESTIONNAIRE_URL,
	QUESTIONNAIRE_VERSION,
	RECORD_ID_SYSTEM
} from './canonical';
import { LOINC_CODES } from './clinical';
import {
	allItems,
	enableWhenOf,
	fallRiskTestExpression,
	footingQuestionnaire,
	HOME_KINDS,
	LINK_IDS,
	noteLinkId,
	questionnaireText
} from './questionnaire';
import { checkFromFhir } from './read';
import { translationOf } from './text';
import {
	answers,
	bath1,
	check,
	copy,
	hall,
	home,
	partner,
	person,
	structureErrors
} from './testing';
import { identifierQuery, transactionBundle } from './transaction';
import type {
	Bundle,
	BundleResource,
	CarePlan,
	Coding,
	Condition,
	Observation,
	Patient,
	QuestionnaireItem,
	QuestionnaireResponse,
	QuestionnaireResponseItem,
	Reference,
	RiskAssessment
} from './types';
import { uuidV5 } from './uuid';

/** The value of a FHIRPath expression on a response, as fhirpath.js gives it (synchronously). */
function evaluate(resource: QuestionnaireResponse, expression: string): unknown[] {
	return fhirpath.evaluate(resource, expression, { resource }, r4) as unknown[];
}

const questionnaire = footingQuestionnaire();
const questionnaireItems = allItems(questionnaire.item);
const byLinkId = new Map(questionnaireItems.map((item) => [item.linkId, item]));
const qItem = (linkId: string): QuestionnaireItem => {
	const item = byLinkId.get(linkId);
	if (!item) throw new Error(`no item ${linkId}`);
	return item;
};
const now = new Date('2026-11-25T12:00:00Z');
const bundle = checkBundle(check, answers, { now });
const resources = bundle.entry!.map((entry) => entry.resource);
const ofType = <T extends BundleResource['resourceType']>(type: T) =>
	resources.filter((r) => r.resourceType === type) as Extract<
		BundleResource,
		{ resourceType: T }
	>[];
const responses = ofType('QuestionnaireResponse');
const entryByUrl = new Map(bundle.entry!.map((entry) => [entry.fullUrl, entry.resource]));
const resolve = (reference: Reference | undefined) => entryByUrl.get(reference?.reference ?? '');

/** Every object in a JSON value, depth first. */
function objects(value: unknown): Record<string, unknown>[] {
	if (Array.isArray(value)) return value.flatMap(objects);
	if (typeof value !== 'object' || value === null) return [];
	return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)];
}

/** The item of a response with this linkId, anywhere. */
function responseItems(
	items: QuestionnaireResponseItem[] | undefined,
	linkId: string
): QuestionnaireResponseItem[] {
	return (items ?? []).flatMap((item) => [
		...(item.linkId === linkId ? [item] : []),
		...responseItems(item.item, linkId)
	]);
}

// ---------------------------------------------------------------------------------------------

describe('the FHIR R4 structure check (FHIR.js)', () => {
	it('catches a missing status, a single value for an array and an unknown element deep inside', () => {
		const broken = copy(questionnaire) as Partial<typeof questionnaire>;
		delete broken.status;
		expect(structureErrors(broken)).toContain('Questionnaire.status: Missing property');
		expect(structureErrors({ ...copy(questionnaire), subjectType: 'Patient' })).toContain(
			'Questionnaire.subjectType: Property is not an array'
		);
		const deep = copy(questionnaire);
		Object.assign(deep.item[1]!.item![3]!.item![1]!, { colour: 'red' });
		expect(structureErrors(deep).join('\n')).toMatch(
			/item\[1]\.item\[3]\.item\[1]\.colour: Unexpected/
		);
	});

	it('catches a misspelt item type, a string number and a wrong code in the Bundle', () => {
		const broken = copy(questionnaire);
		Object.assign(broken.item[1]!.item![1]!, { type: 'choise' });
		expect(structureErrors(broken).join('\n')).toMatch(/type: Code "choise" not found/);
		const brokenBundle = copy(bundle);
		const plan = brokenBundle.entry!.find((e) => e.resource.resourceType === 'CarePlan')!
			.resource as Partial<CarePlan>;
		delete plan.intent;
		const observation = brokenBundle.entry!.find((e) => e.resource.resourceType === 'Observation')!
			.resource as Observation;
		Object.assign(observation, { status: 'done' });
		const errors = structureErrors(brokenBundle).join('\n');
		expect(errors).toMatch(/CarePlan\.intent: Missing property/);
		expect(errors).toMatch(/Observation\.status: Code "done" not found/);
	});

	it('finds no error in the Questionnaire, the Bundle or the transaction', () => {
		expect(structureErrors(questionnaire)).toEqual([]);
		expect(structureErrors(bundle)).toEqual([]);
		expect(structureErrors(transactionBundle(bundle))).toEqual([]);
		expect(structureErrors(transactionBundle(bundle, { update: true }))).toEqual([]);
	});

	it('finds no error in the Bundles of a self-check, a family check and a check without persons', () => {
		for (const checkedBy of ['self', 'family'] as const) {
			expect(structureErrors(checkBundle({ ...check, checkedBy }, answers, { now }))).toEqual([]);
		}
		const homeOnly = { ...check, rooms: [hall, bath1, home] };
		expect(structureErrors(checkBundle(homeOnly, answers, { now, language: 'nl' }))).toEqual([]);
	});
});

describe('the Questionnaire (SDC)', () => {
	it('has an https canonical, the app’s version, an SDC profile, purpose, copyright and jurisdictions', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		expect(questionnaire).toMatchObject({
			url: QUESTIONNAIRE_URL,
			version: pkg.version,
			meta: { profile: [HL7.sdcQuestionnaire] },
			status: 'active',
			language: 'en',
			subjectType: ['Patient']
		});
		expect(QUESTIONNAIRE_VERSION).toBe(pkg.version);
		expect(QUESTIONNAIRE_URL).toMatch(/^https:\/\/[a-z.]+\/fhir\/Questionnaire\/[a-z-]+$/);
		expect(questionnaire.copyright).toMatch(/adapted.*CDC STEADI “Stay Independent”/);
		expect(questionnaire.purpose).toMatch(/World Guidelines for Falls Prevention/);
		expect(translationOf(questionnaire._copyright, 'nl')).toMatch(/Stay Independent/);
		const places = questionnaire.jurisdiction!.map((j) => j.coding![0]!.code);
		expect(places).toEqual(['NL', '001']);
	});

	it('has unique linkIds, groups with items and enableBehavior wherever several conditions join', () => {
		const linkIds = questionnaireItems.map((item) => item.linkId);
		expect(new Set(linkIds).size).toBe(linkIds.length);
		for (const item of questionnaireItems) {
			if (item.type === 'group') expect(item.item?.length, item.linkId).toBeGreaterThan(0);
			if ((item.enableWhen?.length ?? 0) > 1)
				expect(item.enableBehavior, item.linkId).toBeDefined();
			if (item.answerOption) expect(item.type).toBe('choice');
			for (const condition of item.enableWhen ?? []) {
				// Each condition names a question that exists and an answer it can have (que-7).
				const cue = qItem(condition.question);
				expect(cue.type, `${item.linkId} ← ${cue.linkId}`).toBe('choice');
				const codes = cue.answerOption!.map((o) => `${o.valueCoding.system}#${o.valueCoding.code}`);
				const wanted = condition.answerCoding!;
				expect(codes, item.linkId).toContain(`${wanted.system}#${wanted.code}`);
			}
		}
	});

	it('asks every item once: as a yes/no question, a number, or a box of its tick list', () => {
		for (const item of ITEMS) {
			if (item.group) {
				const list = qItem(item.group);
				expect(list.answerOption!.map((o) => o.valueCoding.code)).toContain(item.id);
				expect(byLinkId.has(item.id)).toBe(false);
			} else {
				expect(qItem(item.id).text).toBe(item.question.en);
				expect(translationOf(qItem(item.id)._text, 'nl')).toBe(item.question.nl);
			}
			expect(qItem(noteLinkId(item.id)).type).toBe('text');
		}
	});

	it('shows yes/no as radio buttons and tick lists as check boxes with an exclusive “None of these”', () => {
		const control = (item: QuestionnaireItem) =>
			item.extension?.find((e) => e.url === HL7.itemControl)?.valueCodeableConcept?.coding?.[0]
				?.code;
		for (const item of ITEMS.filter((i) => !i.group && i.kind !== 'measure')) {
			expect(control(qItem(item.id)), item.id).toBe('radio-button');
		}
		const lists = new Set(ITEMS.flatMap((item) => (item.group ? [item.group] : [])));
		for (const id of lists) {
			const list = qItem(id);
			expect(list).toMatchObject({ type: 'choice', repeats: true });
			expect(control(list)).toBe('check-box');
			const none = list.answerOption!.at(-1)!;
			expect(none.valueCoding.code).toBe('none');
			expect(none.extension).toEqual([{ url: HL7.optionExclusive, valueBoolean: true }]);
			expect(list.text).toBe(groupById(id)!.prompt.en);
		}
	});

	it('asks the timed tests as numbers with a UCUM unit, a range and “could not be done”', () => {
		for (const item of ITEMS.filter((i) => i.kind === 'measure')) {
			const question = qItem(item.id);
			expect(question.type).toBe(item.unit === 'seconds' ? 'decimal' : 'integer');
			const ext = (url: string) => question.extension!.find((e) => e.url === url);
			expect(ext(HL7.unit)!.valueCoding!.system).toBe('http://unitsofmeasure.org');
			expect(ext(HL7.minValue)!.valueDecimal ?? ext(HL7.minValue)!.valueInteger).toBe(
				item.range.min
			);
			expect(ext(HL7.maxValue)!.valueDecimal ?? ext(HL7.maxValue)!.valueInteger).toBe(
				item.range.max
			);
			expect(qItem(`${item.id}/not-done`).type).toBe('boolean');
		}
	});

	it('puts no weight on any answer option, so a form shows plain “Yes” (points are in the expression)', () => {
		const json = JSON.stringify(questionnaire);
		expect(json).not.toMatch(/ordinalValue|itemWeight/);
		const score = qItem(LINK_IDS.fallRiskTestScore);
		expect(score).toMatchObject({ type: 'integer', readOnly: true });
		const expression = score.extension!.find(
			(e) => e.url === HL7.calculatedExpression
		)!.valueExpression!;
		expect(expression).toMatchObject({
			language: 'text/fhirpath',
			expression: fallRiskTestExpression()
		});
	});

	it('turns every askWhen into enableWhen: a cue that is a tick-list box is its list’s code', () => {
		const followUps = ITEMS.filter((item) => item.askWhen && !item.group);
		expect(followUps.length).toBeGreaterThan(10);
		for (const item of followUps) {
			expect(qItem(item.id).enableWhen, item.id).toEqual(enableWhenOf(item.askWhen!).enableWhen);
		}
		const review = qItem('medicines.review').enableWhen!;
		expect(review).toContainEqual({
			question: 'medicines.fall-risk',
			operator: '=',
			answerCoding: { system: CODE_SYSTEMS.item, code: 'medicines.sedatives' }
		});
		expect(qItem('falls.tug').enableBehavior).toBe('any');
	});

	it('asks each kind of room, and a person, the same items in the same order as the app', () => {
		/** The items enabled for a kind of room when nothing else is answered. */
		const enabledFor = (group: QuestionnaireItem, kind: string): string[] => {
			const on = (item: QuestionnaireItem) =>
				!item.enableWhen ||
				item.enableWhen.some(
					(w) => w.question === LINK_IDS.roomType && w.answerCoding?.code === kind
				);
			return (group.item ?? []).filter(on).flatMap((item) => {
				if (item.type === 'group') return enabledFor(item, kind);
				if (groupById(item.linkId))
					return item.answerOption!.slice(0, -1).map((o) => o.valueCoding.code);
				return itemById(item.linkId) ? [item.linkId] : [];
			});
		};
		const noCue = (item: Item) => !item.askWhen;
		for (const kind of HOME_KINDS) {
			expect(enabledFor(qItem(LINK_IDS.room), kind), kind).toEqual(
				itemsFor(kind)
					.filter(noCue)
					.map((i) => i.id)
			);
		}
		expect(enabledFor(qItem(LINK_IDS.person), 'personal')).toEqual(
			itemsFor('personal')
				.filter(noCue)
				.map((i) => i.id)
		);
	});
});

describe('the FHIRPath of the 12-question score (fhirpath.js)', () => {
	it('gives the score the app computes on the exported response', () => {
		const response = responses[0]!;
		const [score] = evaluate(response, fallRiskTestExpression());
		expect(score).toBe(fallRiskTestResult(person.id, answers).score);
		expect(score).toBe(4); // a fall 2, unsteady 1, light-headed from medicines 1
	});

	it('gives 2 for a fall only, 0 for no answers, 14 for every yes', () => {
		const base = checkBundle({ ...check, rooms: [person] }, new Map(), { now });
		const empty = base.entry!.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!
			.resource as QuestionnaireResponse;
		expect(evaluate(empty, fallRiskTestExpression())).toEqual([0]);
		const ids = ITEMS.filter((i) => i.fallRiskTestPoints).map((i) => i.id);
		for (const yes of [['balance.fallen'], ids]) {
			const map = new Map<string, Answer>(
				ids.map((id) => [
					answerKey(person.id, id),
					{
						checkId: 'c',
						roomId: person.id,
						itemId: id,
						changedAt: {},
						value: yes.includes(id) ? 'yes' : 'no'
					}
				])
			);
			const qr = checkBundle({ ...check, rooms: [person] }, map, { now }).entry!.find(
				(e) => e.resource.resourceType === 'QuestionnaireResponse'
			)!.resource as QuestionnaireResponse;
			const [score] = evaluate(qr, fallRiskTestExpression());
			expect(score).toBe(fallRiskTestResult(person.id, map).score);
		}
	});
});

describe('the Bundle of a check', () => {
	it('is a collection with a language, an identifier and same ids every time (name-based UUIDs)', () => {
		expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', language: 'en' });
		expect(bundle.timestamp).toBe(now.toISOString());
		expect(checkBundle(check, answers, { now })).toEqual(bundle);
		for (const entry of bundle.entry!) {
			expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
			expect(entry.resource.language, entry.resource.resourceType).toBe('en');
		}
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
	});

	it('resolves every reference to an entry of the Bundle', () => {
		const references = objects(bundle).filter((o) => typeof o.reference === 'string');
		expect(references.length).toBeGreaterThan(30);
		for (const reference of references) {
			const target = entryByUrl.get(reference.reference as string);
			expect(target, String(reference.reference)).toBeDefined();
			expect(reference.type).toBe(target!.resourceType);
		}
	});

	it('makes one response per person, the first with the rooms of the home', () => {
		expect(responses).toHaveLength(2);
		const groups = (qr: QuestionnaireResponse) => qr.item!.map((item) => item.linkId);
		expect(groups(responses[0]!)).toEqual(['check', 'room', 'room', 'room', 'room', 'person']);
		expect(groups(responses[1]!)).toEqual(['check', 'person']);
		const subjects = responses.map(
			(qr) => (resolve(qr.subject) as Patient).identifier!.at(-1)!.value
		);
		expect(subjects).toEqual([person.id, partner.id]);
	});

	it('gives each response its Patient, author, time, identifier, profile and the Questionnaire’s edition', () => {
		for (const qr of responses) {
			expect(qr).toMatchObject({
				meta: { profile: [HL7.sdcResponse] },
				questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
				status: 'in-progress',
				subject: { type: 'Patient' },
				author: { type: 'Practitioner' },
				identifier: { system: RECORD_ID_SYSTEM }
			});
			expect(qr.authored).toMatch(/^2026-11-20T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
			expect(Date.parse(qr.authored!)).toBe(check.updatedAt);
		}
		expect(resolve(responses[0]!.subject)).toMatchObject({ name: [{ text: 'Mevrouw Jansen' }] });
	});

	it('gives who checked as a Practitioner, a RelatedPerson of the person, or the Patient', () => {
		for (const checkedBy of ['nurse', 'family', 'self'] as const) {
			const other = checkBundle({ ...check, checkedBy }, answers, { now });
			const urls = new Map(other.entry!.map((e) => [e.fullUrl, e.resource]));
			for (const entry of other.entry!.filter(
				(e) => e.resource.resourceType === 'QuestionnaireResponse'
			)) {
				const qr = entry.resource as QuestionnaireResponse;
				const author = urls.get(qr.author!.reference!)!;
				expect(author.resourceType).toBe(AUTHOR_TYPES[checkedBy]);
				if (checkedBy === 'self') expect(qr.author!.reference).toBe(qr.subject!.reference);
				if (checkedBy === 'family')
					expect(author).toMatchObject({ patient: { reference: qr.subject!.reference } });
			}
		}
	});

	it('carries the client number, and a BSN only when the organisation turns it on', () => {
		const identifiers = { [person.id]: { clientNumber: 'C-123', bsn: '999999990' } };
		expect(() => checkBundle(check, answers, { identifiers })).toThrow(/BSN/);
		expect(() => checkBundle(check, answers, { identifiers, bsn: true })).toThrow(
			/identifier system/
		);
		const withIds = checkBundle(check, answers, {
			identifiers,
			bsn: true,
			clientNumberSystem: 'https://care.example/clients'
		});
		const patient = withIds.entry![0]!.resource as Patient;
		expect(patient.identifier).toEqual([
			{ use: 'official', system: BSN_SYSTEM, value: '999999990' },
			{ use: 'usual', system: 'https://care.example/clients', value: 'C-123' },
			{ use: 'secondary', system: PERSON_ID_SYSTEM, value: person.id }
		]);
		expect(isValidBsn('999999990')).toBe(true);
		expect(isValidBsn('999999991')).toBe(false);
		expect(() =>
			checkBundle(check, answers, { identifiers: { [person.id]: { bsn: '123456789' } }, bsn: true })
		).toThrow(/not a valid/);
	});

	it('extracts Observations with LOINC codes only where the meaning matches', () => {
		const mine = ofType('Observation').filter(
			(o) => o.subject.reference === responses[0]!.subject!.reference
		);
		const byCode = (system: string, code: string) =>
			mine.find((o) => o.code.coding!.some((c) => c.system === system && c.code === code));
		expect(byCode(LOINC, '75856-5')!.valueQuantity).toMatchObject({
			value: 2,
			comparator: '>=',
			code: '/a'
		});
		expect(byCode(LOINC, '89423-8')!.valueQuantity).toEqual({
			value: 16.4,
			unit: 's',
			system: 'http://unitsofmeasure.org',
			code: 's'
		});
		expect(byCode(LOINC, '66247-8')!.valueQuantity!.value).toBe(7);
		expect(byCode(CODE_SYSTEMS.observation, 'fall-risk-test-score')!.valueInteger).toBe(4);
		expect(byCode(CODE_SYSTEMS.observation, 'gait-speed')!.valueQuantity).toMatchObject({
			value: 0.62,
			code: 'm/s'
		});
		for (const o of mine) {
			expect(o).toMatchObject({ status: 'final', effectiveDateTime: check.visitDate });
			expect(o.derivedFrom![0]!.type).toBe('QuestionnaireResponse');
		}
		const used = objects(bundle)
			.filter((o) => o.system === LOINC)
			.map((o) => o.code);
		expect(new Set(used)).toEqual(new Set(Object.values(LOINC_CODES).map((c) => c.code)));
		const partnerTug = ofType('Observation').find(
			(o) =>
				o.subject.reference === responses[1]!.subject!.reference &&
				o.code.coding![0]!.code === '89423-8'
		)!;
		expect(partnerTug.dataAbsentReason!.coding![0]!.code).toBe('not-performed');
	});

	it('gives the fall-risk level as a RiskAssessment on the Observations, and a Condition when raised', () => {
		const [assessment] = ofType('RiskAssessment') as RiskAssessment[];
		expect(fallRiskOf(person.id, answers).level).toBe('high');
		expect(assessment).toMatchObject({
			status: 'final',
			method: { coding: [{ system: CODE_SYSTEMS.method, code: 'world-falls-guidelines-2022' }] },
			prediction: [{ qualitativeRisk: { coding: [{ code: 'high' }, { code: 'high' }] } }]
		});
		expect(assessment!.basis!.map((b) => resolve(b)!.resourceType)).toEqual([
			'QuestionnaireResponse',
			...Array(6).fill('Observation')
		]);
		const [condition] = ofType('Condition') as Condition[];
		expect(condition).toMatchObject({
			code: { coding: [{ system: 'http://snomed.info/sct', code: '129839007' }] },
			verificationStatus: { coding: [{ code: 'provisional' }] },
			evidence: [{ detail: [{ type: 'RiskAssessment' }] }]
		});
		// The partner is unsteady and could not do the TUG: intermediate, so a Condition too.
		expect(fallRiskOf(partner.id, answers).level).toBe('intermediate');
		expect(ofType('RiskAssessment')).toHaveLength(2);
		expect(ofType('Condition')).toHaveLength(2);
		const low = checkBundle(
			check,
			new Map([...answers].filter(([, a]) => a.roomId !== partner.id)),
			{ now }
		);
		expect(low.entry!.filter((e) => e.resource.resourceType === 'RiskAssessment')).toHaveLength(1);
	});

	it('has a CarePlan per person with category, period, addresses and activities that point at their finding', () => {
		const plans = ofType('CarePlan') as CarePlan[];
		expect(plans).toHaveLength(2);
		const [plan] = plans;
		expect(plan).toMatchObject({
			status: 'active',
			intent: 'plan',
			category: [{ coding: [{ system: CODE_SYSTEMS.carePlanCategory, code: 'fall-prevention' }] }],
			period: { start: '2026-11-20', end: '2027-05-20' },
			addresses: [{ type: 'Condition' }],
			author: { type: 'Practitioner' }
		});
		expect(plan!.created).toMatch(/^2026-11-20T/);
		const actions = planActions(check, answers).filter((a) => a.room.id !== partner.id);
		expect(plan!.activity).toHaveLength(actions.length);
		plan!.activity!.forEach((activity, index) => {
			const action = actions[index]!;
			const ext = (url: string) => activity.extension!.find((e) => e.url === url)!;
			expect(ext(EXTENSIONS.activityPriority).valueCoding!.code).toBe(action.priority);
			expect(ext(EXTENSIONS.activityOwner).valueCoding!.code).toBe(action.owner);
			const finding = resolve(activity.detail.reasonReference![0]) as Observation;
			expect(finding.code.coding![0]).toMatchObject({
				system: CODE_SYSTEMS.item,
				code: action.item.id
			});
			if (action.owner === 'self') expect(activity.detail.performer![0]!.type).toBe('Patient');
		});
		expect(plan!.activity!.filter((a) => a.detail.status === 'completed')).toHaveLength(1);
	});

	it('writes the texts in the language asked for, with the other as translation', () => {
		const dutch = checkBundle(check, answers, { now, language: 'nl' });
		const qr = dutch.entry!.find((e) => e.resource.resourceType === 'QuestionnaireResponse')!
			.resource as QuestionnaireResponse;
		expect(qr.language).toBe('nl');
		expect(responseItems(qr.item, 'bathroom.grab-rail')[0]!.text).toBe(
			itemById('bathroom.grab-rail')!.question.nl
		);
		const plan = dutch.entry!.find((e) => e.resource.resourceType === 'CarePlan')!
			.resource as CarePlan;
		expect(plan.title).toMatch(/^Actieplan: /);
		expect(translationOf(plan._title, 'en')).toMatch(/^Action plan: /);
	});
});

/**
 * Problems of a response against the Questionnaire, as a validator checking a response against
 * its Questionnaire reports them: unknown or misplaced linkIds, items out of order, text that
 * differs, answers of the wrong type or not among the options, answers to disabled items.
 */
function responseProblems(
	definitions: readonly QuestionnaireItem[],
	items: readonly QuestionnaireResponseItem[],
	given: Map<string, Coding[]>,
	language: 'en' | 'nl',
	path = ''
): string[] {
	const problems: string[] = [];
	let last = -1;
	const enabled = (item: QuestionnaireItem) => {
		if (!item.enableWhen) return true;
		const results = item.enableWhen.map((w) =>
			(given.get(w.question) ?? []).some(
				(c) => c.system === w.answerCoding!.system && c.code === w.answerCoding!.code
			)
		);
		return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
	};
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
		if (item.text !== questionnaireText(item.linkId, language))
			problems.push(`${where}: text differs`);
		if (!enabled(definition)) problems.push(`${where}: answered but not enabled`);
		if (definition.type === 'group' && (item.answer || !item.item?.length))
			problems.push(`${where}: empty group`);
		for (const answer of item.answer ?? []) {
			const ok =
				definition.type === 'choice'
					? definition.answerOption!.some(
							(o) =>
								o.valueCoding.system === answer.valueCoding?.system &&
								o.valueCoding.code === answer.valueCoding?.code
						)
					: definition.type === 'integer'
						? Number.isInteger(answer.valueInteger)
						: definition.type === 'decimal'
							? typeof answer.valueDecimal === 'number'
							: definition.type === 'boolean'
								? typeof answer.valueBoolean === 'boolean'
								: definition.type === 'date'
									? /^\d{4}-\d\d-\d\d$/.test(answer.valueDate ?? '')
									: typeof answer.valueString === 'string' && answer.valueString !== '';
			if (!ok) problems.push(`${where}: answer of the wrong type or not an option`);
		}
		if ((item.answer?.length ?? 0) > 1 && !definition.repeats)
			problems.push(`${where}: more than one answer`);
		const groupGiven =
			definition.type === 'group' && !path.includes('/') ? codedAnswers(item) : given;
		problems.push(
			...responseProblems(definition.item ?? [], item.item ?? [], groupGiven, language, where)
		);
	}
	return problems;
}

/** Every coded answer given in one top-level group, by linkId. */
function codedAnswers(group: QuestionnaireResponseItem): Map<string, Coding[]> {
	const given = new Map<string, Coding[]>();
	const visit = (items: QuestionnaireResponseItem[]) => {
		for (const item of items) {
			for (const answer of item.answer ?? [])
				if (answer.valueCoding)
					given.set(item.linkId, [...(given.get(item.linkId) ?? []), answer.valueCoding]);
			visit(item.item ?? []);
		}
	};
	visit(group.item ?? []);
	return given;
}

describe('the responses fit the Questionnaire', () => {
	it('in linkIds, order, texts, options and enableWhen, in English and in Dutch', () => {
		for (const language of ['en', 'nl'] as const) {
			const other = checkBundle(check, answers, { now, language });
			for (const entry of other.entry!.filter(
				(e) => e.resource.resourceType === 'QuestionnaireResponse'
			)) {
				const qr = entry.resource as QuestionnaireResponse;
				expect(responseProblems(questionnaire.item, qr.item!, new Map(), language)).toEqual([]);
			}
		}
	});

	it('(the fit check itself catches answers in disabled sections and items out of order)', () => {
		const misfit = copy(responses[0]!);
		const bathroom = misfit.item!.find(
			(g) => g.linkId === 'room' && g.item![1]!.answer![0]!.valueCoding!.code === 'bathroom'
		)!;
		bathroom.item![1]!.answer = [
			{ valueCoding: { system: CODE_SYSTEMS.roomKind, code: 'kitchen' } }
		];
		misfit.item!.reverse();
		const problems = responseProblems(questionnaire.item, misfit.item!, new Map(), 'en').join('\n');
		expect(problems).toMatch(/room\/bathroom: answered but not enabled/);
		expect(problems).toMatch(/out of order/);
	});

	it('gives a tick list as its ticked boxes, or “None of these”, and a score once a test question is answered', () => {
		const hallGroup = responses[0]!.item!.find(
			(g) => g.item?.[0]?.answer?.[0]?.valueString === hall.id
		)!;
		expect(
			responseItems(hallGroup.item, 'general.floor')[0]!.answer!.map((a) => a.valueCoding!.code)
		).toEqual(['general.loose-rug']);
		const score = responseItems(responses[0]!.item, LINK_IDS.fallRiskTestScore)[0]!;
		expect(score.answer).toEqual([{ valueInteger: 4 }]);
		expect(responseItems(responses[1]!.item, LINK_IDS.fallRiskTestScore)[0]!.answer).toEqual([
			{ valueInteger: 1 }
		]);
		const none = new Map(answers);
		for (const item of ITEMS.filter((i) => i.group === 'general.floor'))
			none.set(answerKey(hall.id, item.id), {
				checkId: 'check-1',
				roomId: hall.id,
				itemId: item.id,
				changedAt: {},
				value: 'no'
			});
		const qr = checkBundle(check, none, { now }).entry!.find(
			(e) => e.resource.resourceType === 'QuestionnaireResponse'
		)!.resource as QuestionnaireResponse;
		expect(
			responseItems(qr.item, 'general.floor')[0]!.answer!.map((a) => a.valueCoding!.code)
		).toEqual(['none']);
	});
});

/** An answer without its change times, for comparing. */
function comparable(map: ReadonlyMap<string, Answer>) {
	return [...map.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, answer]) => [
			key,
			Object.fromEntries(Object.entries(answer).filter(([k]) => k !== 'changedAt'))
		]);
}

describe('reading a Bundle back', () => {
	const read = checkFromFhir(copy(bundle));

	it('gives the same check: id, label, checker, dates, region, mode, rooms and persons', () => {
		expect(read.check).toEqual({
			...check,
			createdAt: check.createdAt,
			updatedAt: check.updatedAt
		});
	});

	it('gives identical answers: values, measures, tick lists, notes and action fields', () => {
		expect(comparable(read.answers)).toEqual(comparable(answers));
		for (const answer of read.answers.values())
			expect(answer.changedAt.value ?? check.updatedAt).toBe(check.updatedAt);
	});

	it('reads the Dutch export and a check of the whole home only back the same way', () => {
		const dutch = checkFromFhir(copy(checkBundle(check, answers, { now, language: 'nl' })));
		expect(comparable(dutch.answers)).toEqual(comparable(answers));
		const homeOnly: Check = { ...check, rooms: [hall, bath1, home] };
		const homeAnswers = new Map(
			[...answers].filter(([, a]) => [hall.id, bath1.id, home.id].includes(a.roomId))
		);
		const back = checkFromFhir(checkBundle(homeOnly, homeAnswers, { now }));
		expect(back.check.rooms).toEqual(homeOnly.rooms);
		expect(comparable(back.answers)).toEqual(comparable(homeAnswers));
	});

	it('reads a response made from the blank Questionnaire by another client (no Footing ids)', () => {
		const coding = (system: string, code: string) => ({ valueCoding: { system, code } });
		const blank: QuestionnaireResponse = {
			resourceType: 'QuestionnaireResponse',
			questionnaire: QUESTIONNAIRE_URL,
			status: 'completed',
			language: 'nl',
			subject: { display: 'Dhr. de Vries' },
			authored: '2026-12-02T14:00:00+01:00',
			item: [
				{
					linkId: 'room',
					item: [
						{ linkId: 'room/type', answer: [coding(CODE_SYSTEMS.roomKind, 'bathroom')] },
						{
							linkId: 'bathroom',
							item: [
								{ linkId: 'bathroom.grab-rail', answer: [coding(CODE_SYSTEMS.answer, 'no')] },
								{ linkId: 'bathroom.grab-rail/note', answer: [{ valueString: 'Los' }] }
							]
						}
					]
				},
				{
					linkId: 'person',
					item: [
						{
							linkId: 'falls',
							item: [
								{ linkId: 'balance.fallen', answer: [coding(CODE_SYSTEMS.answer, 'yes')] },
								{ linkId: 'falls.severity', answer: [coding(CODE_SYSTEMS.item, 'falls.injured')] },
								{ linkId: 'falls.tug', answer: [{ valueDecimal: 14 }] },
								{ linkId: 'falls.walk-4m/not-done', answer: [{ valueBoolean: true }] }
							]
						}
					]
				}
			]
		};
		const { check: imported, answers: got } = checkFromFhir(blank, now);
		expect(imported.rooms.map((r) => [r.type, r.name])).toEqual([
			['bathroom', ''],
			['personal', 'Dhr. de Vries']
		]);
		expect(imported).toMatchObject({
			label: 'Dhr. de Vries',
			visitDate: '2026-12-02',
			region: 'nl',
			mode: 'full'
		});
		const [bathroom, someone] = imported.rooms as [Room, Room];
		const value = (room: string, id: string) => got.get(answerKey(room, id));
		expect(value(bathroom.id, 'bathroom.grab-rail')).toMatchObject({ value: 'no', note: 'Los' });
		expect(value(someone.id, 'falls.injured')!.value).toBe('yes');
		expect(value(someone.id, 'falls.frail')!.value).toBe('no');
		expect(value(someone.id, 'falls.tug')!.measured).toBe(14);
		expect(value(someone.id, 'falls.walk-4m')!.value).toBe('na');
		expect(fallRiskOf(someone.id, got).level).toBe('high');
	});

	it('reads an export of the earlier edition (URN canonical, personal rooms, retired ids moved)', () => {
		const legacy: Bundle = {
			resourceType: 'Bundle',
			type: 'collection',
			entry: [
				{
					fullUrl: 'urn:uuid:1',
					resource: {
						resourceType: 'QuestionnaireResponse',
						meta: { lastUpdated: '2026-11-20T10:30:00.000Z' },
						identifier: { system: LEGACY.checkId, value: 'old-1' },
						questionnaire: `${LEGACY.questionnaire}|0.1.0`,
						status: 'in-progress',
						subject: { type: 'Patient', display: 'Oud huis' },
						authored: '2026-11-20',
						author: { type: 'RelatedPerson', display: 'Family' },
						item: [
							{
								linkId: 'room',
								item: [
									{ linkId: 'room/id', answer: [{ valueString: 'b' }] },
									{
										linkId: 'room/type',
										answer: [{ valueCoding: { system: 'urn:x', code: 'bathroom' } }]
									},
									{
										linkId: 'bathroom',
										item: [
											{
												linkId: 'bathroom.grab-rail',
												answer: [{ valueCoding: { system: LEGACY.answer, code: 'no' } }]
											}
										]
									}
								]
							},
							{
								linkId: 'room',
								item: [
									{ linkId: 'room/id', answer: [{ valueString: 'p' }] },
									{
										linkId: 'room/type',
										answer: [{ valueCoding: { system: 'urn:x', code: 'personal' } }]
									},
									{ linkId: 'room/name', answer: [{ valueString: 'Oma' }] },
									{
										linkId: 'balance',
										item: [
											{
												linkId: 'balance.fallen',
												answer: [{ valueCoding: { system: LEGACY.answer, code: 'yes' } }]
											}
										]
									}
								]
							}
						]
					}
				}
			]
		};
		const { check: old, answers: got } = checkFromFhir(legacy);
		expect(old).toMatchObject({
			id: 'old-1',
			label: 'Oud huis',
			checkedBy: 'family',
			visitDate: '2026-11-20'
		});
		expect(old.rooms.map((r) => r.type)).toEqual(['bathroom', 'home', 'personal']);
		// The whole home's room as the database's upgrade and the backup reader add it: one id
		// in every visit, so a follow-up compares its answers with the visit before.
		expect(old.rooms.find((r) => r.type === 'home')!.id).toBe('home');
		expect(got.get(answerKey('b', 'bathroom.grab-rail'))!.value).toBe('no');
		expect(got.get(answerKey('p', 'balance.fallen'))!.value).toBe('yes');
	});

	it('refuses what answers no Footing questionnaire', () => {
		const other = copy(bundle);
		for (const entry of other.entry!) {
			if (entry.resource.resourceType === 'QuestionnaireResponse')
				entry.resource.questionnaire = 'http://example.org/Q';
		}
		expect(() => checkFromFhir(other)).toThrow();
		expect(() => checkFromFhir({ resourceType: 'Bundle', type: 'collection' })).toThrow();
	});
});

/**
 * A tiny FHIR server for transactions: conditional creates by identifier, conditional updates,
 * and urn:uuid references rewritten to the resources created or found.
 */
function fakeServer() {
	const store = new Map<string, BundleResource & { id: string }>();
	let next = 1;
	const find = (type: string, query: string) =>
		[...store.values()].find((resource) => {
			if (resource.resourceType !== type) return false;
			const ids =
				resource.resourceType === 'QuestionnaireResponse'
					? [resource.identifier!]
					: (resource.identifier ?? []);
			return ids.some((id) => identifierQuery(id) === query);
		});
	return {
		store,
		transaction(transaction: Bundle) {
			const resolved = new Map<string, string>();
			const pending: (BundleResource & { id: string })[] = [];
			for (const entry of transaction.entry!) {
				const request = entry.request!;
				const type = entry.resource.resourceType;
				const query = request.ifNoneExist ?? request.url.split('?')[1]!;
				const found = find(type, query);
				if (found && request.method === 'POST') {
					resolved.set(entry.fullUrl, `${type}/${found.id}`);
					continue;
				}
				const id = found?.id ?? String(next++);
				resolved.set(entry.fullUrl, `${type}/${id}`);
				pending.push({ ...copy(entry.resource), id });
			}
			for (const resource of pending) {
				for (const reference of objects(resource)) {
					if (typeof reference.reference === 'string')
						reference.reference = resolved.get(reference.reference) ?? 'UNRESOLVED';
				}
				store.set(`${resource.resourceType}/${resource.id}`, resource);
			}
		}
	};
}

describe('the transaction Bundle for sending', () => {
	const transaction = transactionBundle(bundle);

	it('makes every entry a conditional create on its identifier, keeping the urn:uuid fullUrls', () => {
		expect(transaction).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
		expect(transaction.entry).toHaveLength(bundle.entry!.length);
		transaction.entry!.forEach((entry, index) => {
			expect(entry.fullUrl).toBe(bundle.entry![index]!.fullUrl);
			expect(entry.resource).not.toHaveProperty('id');
			expect(entry.request!.method).toBe('POST');
			expect(entry.request!.url).toBe(entry.resource.resourceType);
			expect(entry.request!.ifNoneExist).toMatch(/^identifier=https%3A%2F%2F.+\|.+/);
		});
	});

	it('finds a Patient by the BSN, else the client number, else Footing’s own id', () => {
		const withIds = checkBundle(check, answers, {
			identifiers: {
				[person.id]: { clientNumber: 'C-1', bsn: '999999990' },
				[partner.id]: { clientNumber: 'C-2' }
			},
			bsn: true,
			clientNumberSystem: 'https://care.example/clients'
		});
		const patients = transactionBundle(withIds).entry!.filter(
			(e) => e.resource.resourceType === 'Patient'
		);
		expect(patients.map((p) => p.request!.ifNoneExist)).toEqual([
			`identifier=${encodeURIComponent(BSN_SYSTEM)}|999999990`,
			`identifier=${encodeURIComponent('https://care.example/clients')}|C-2`
		]);
		const home = transactionBundle(checkBundle({ ...check, rooms: [hall] }, answers, {}));
		expect(home.entry![0]!.request!.ifNoneExist).toBe(
			`identifier=${encodeURIComponent(PERSON_ID_SYSTEM)}|check-1%2Fhome`
		);
	});

	it('creates nothing twice when sent twice, and the server resolves every reference', () => {
		const server = fakeServer();
		server.transaction(transaction);
		const count = server.store.size;
		expect(count).toBe(bundle.entry!.length);
		server.transaction(transactionBundle(checkBundle(check, answers, { now: new Date() })));
		expect(server.store.size).toBe(count);
		expect(JSON.stringify([...server.store.values()])).not.toMatch(/urn:uuid|UNRESOLVED/);
	});

	it('with update, replaces what was sent before but never the Patient record', () => {
		const server = fakeServer();
		server.transaction(transaction);
		const count = server.store.size;
		const changed = new Map(answers);
		changed.set(answerKey(bath1.id, 'bathroom.grab-rail'), {
			...answers.get(answerKey(bath1.id, 'bathroom.grab-rail'))!,
			done: true
		});
		const update = transactionBundle(checkBundle(check, changed, { now }), { update: true });
		expect(update.entry!.map((e) => e.request!.method)).toContain('PUT');
		expect(
			update
				.entry!.filter((e) => e.resource.resourceType === 'Patient')
				.every((e) => e.request!.method === 'POST')
		).toBe(true);
		server.transaction(update);
		expect(server.store.size).toBe(count);
		const plans = [...server.store.values()].filter(
			(r) => r.resourceType === 'CarePlan'
		) as CarePlan[];
		expect(plans[0]!.activity!.filter((a) => a.detail.status === 'completed')).toHaveLength(2);
	});
});

describe('the FHIR code', () => {
	it('uses no Node APIs, so it runs in the browser', () => {
		for (const file of [
			'questionnaire.ts',
			'response.ts',
			'bundle.ts',
			'clinical.ts',
			'read.ts',
			'transaction.ts',
			'uuid.ts',
			'text.ts',
			'types.ts'
		]) {
			const source = readFileSync(new URL(file, import.meta.url), 'utf8');
			expect(source, file).not.toMatch(/from 'node:|require\(|process\.|Buffer/);
		}
	});

	it('asks only kinds the app knows', () => {
		expect([...HOME_KINDS, 'personal']).toEqual([...ROOM_KINDS]);
		expect(askingOf(check)).toEqual({ region: 'nl', quick: false, followUp: false });
	});
});
