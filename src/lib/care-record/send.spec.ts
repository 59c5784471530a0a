/**
 * Sending a check to a care record: against a real FHIR server (Medplum's router, in memory:
 * tests/fhir-server.ts) for what the server makes of it, and against answers made up here for
 * what each kind of failure means.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { check, answers, person, partner } from '$lib/fhir/testing';
import { startFhirServer, type TestFhirServer } from '../../../tests/fhir-server';
import {
	FIRST_WAIT_MS,
	LONGEST_WAIT_MS,
	nextTryAt,
	postTransaction,
	sendingBundle,
	type CareRecordServer
} from './send';

const TOKEN = 'organisation-token-123';
let fhir: TestFhirServer;
let server: CareRecordServer;

beforeAll(async () => {
	fhir = await startFhirServer({ token: TOKEN });
	server = {
		base: fhir.base,
		origin: new URL(fhir.base).origin,
		clientNumberSystem: 'https://zorg.example.nl/sid/client',
		bsn: false
	};
}, 30_000);
afterAll(() => fhir.close());

type Searchset = {
	total?: number;
	entry?: { resource: Record<string, unknown> & { id: string } }[];
};
const numbered = {
	...check,
	identifiers: { [person.id]: { clientNumber: 'C-1001' }, [partner.id]: { clientNumber: 'C-1002' } }
};
const bundleOf = (c = numbered, a = answers, sentBefore = false) =>
	sendingBundle(c, a, { server, language: 'nl', sentBefore });

describe('a check sent to a FHIR server', () => {
	it('is filed under each person found by client number, with answers, level and plan', async () => {
		const result = await postTransaction(server, TOKEN, bundleOf());
		expect(result).toEqual({ ok: true });

		const query = `identifier=${encodeURIComponent(server.clientNumberSystem)}|C-1001`;
		const patients = await fhir.get<Searchset>(`Patient?${query}`);
		expect(patients.entry).toHaveLength(1);
		const patientId = patients.entry![0]!.resource.id;
		const responses = await fhir.get<Searchset>(
			`QuestionnaireResponse?subject=Patient/${patientId}`
		);
		expect(responses.entry).toHaveLength(1);
		const response = responses.entry![0]!.resource;
		expect(response.questionnaire).toMatch(/^https:\/\/footing\.app\/fhir\/Questionnaire\//);
		const assessments = await fhir.get<Searchset>(`RiskAssessment?subject=Patient/${patientId}`);
		expect(assessments.entry).toHaveLength(1);
		// The server turned the urn:uuid references into references to what it made.
		const basis = (assessments.entry![0]!.resource.basis as { reference: string }[]).map(
			(ref) => ref.reference
		);
		expect(basis).toContain(`QuestionnaireResponse/${response.id}`);
		const plans = await fhir.get<Searchset>(`CarePlan?subject=Patient/${patientId}`);
		expect(plans.entry).toHaveLength(1);
		expect((plans.entry![0]!.resource.activity as unknown[]).length).toBeGreaterThan(0);
		expect(await fhir.count('Patient')).toBe(2);
	});

	it('creates nothing twice when sent again, and updates what changed', async () => {
		const before = {
			patients: await fhir.count('Patient'),
			responses: await fhir.count('QuestionnaireResponse'),
			observations: await fhir.count('Observation'),
			plans: await fhir.count('CarePlan')
		};
		expect(await postTransaction(server, TOKEN, bundleOf())).toEqual({ ok: true });
		expect(await fhir.count('Patient')).toBe(before.patients);
		expect(await fhir.count('QuestionnaireResponse')).toBe(before.responses);
		expect(await fhir.count('Observation')).toBe(before.observations);
		expect(await fhir.count('CarePlan')).toBe(before.plans);

		// A note changed after the first send: sent again, it replaces the old response.
		const changed = new Map(answers);
		const key = answerKey(person.id, 'falls.tug');
		changed.set(key, { ...changed.get(key)!, note: 'Zonder rollator, wel langzaam' });
		const later = { ...numbered, updatedAt: numbered.updatedAt + 60_000 };
		expect(await postTransaction(server, TOKEN, bundleOf(later, changed, true))).toEqual({
			ok: true
		});
		expect(await fhir.count('QuestionnaireResponse')).toBe(before.responses);
		const query = `identifier=${encodeURIComponent(server.clientNumberSystem)}|C-1001`;
		const patientId = (await fhir.get<Searchset>(`Patient?${query}`)).entry![0]!.resource.id;
		const response = (
			await fhir.get<Searchset>(`QuestionnaireResponse?subject=Patient/${patientId}`)
		).entry![0]!.resource;
		expect(JSON.stringify(response)).toContain('Zonder rollator, wel langzaam');
	});

	it('is refused without the token, and says it is the token', async () => {
		const result = await postTransaction(server, 'wrong', bundleOf());
		expect(result).toMatchObject({ ok: false, problem: 'token' });
		expect(await postTransaction(server, undefined, bundleOf())).toMatchObject({
			ok: false,
			problem: 'token'
		});
	});

	it('says a failure of the server is the server’s, to try again later', async () => {
		fhir.failNext(500);
		expect(await postTransaction(server, TOKEN, bundleOf())).toMatchObject({
			ok: false,
			problem: 'server',
			detail: 'Test failure 500'
		});
	});

	it('says a server out of reach is out of reach', async () => {
		const away = { ...server, base: 'http://localhost:9/fhir' };
		expect(await postTransaction(away, TOKEN, bundleOf())).toEqual({
			ok: false,
			problem: 'offline'
		});
	});
});

describe('what an answer of the server means', () => {
	const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
		(async () =>
			new Response(body === undefined ? null : JSON.stringify(body), {
				status,
				headers
			})) as unknown as typeof fetch;

	it('a record the server will not take is refused with the server’s words, not retried', async () => {
		const outcome = {
			resourceType: 'OperationOutcome',
			issue: [{ severity: 'error', code: 'invalid', diagnostics: 'Patient.identifier: bad system' }]
		};
		expect(await postTransaction(server, TOKEN, bundleOf(), answer(422, outcome))).toEqual({
			ok: false,
			problem: 'refused',
			detail: 'Patient.identifier: bad system'
		});
	});

	it('a busy server is retried no sooner than it asks', async () => {
		expect(
			await postTransaction(
				server,
				TOKEN,
				bundleOf(),
				answer(429, undefined, { 'Retry-After': '120' })
			)
		).toEqual({ ok: false, problem: 'server', detail: undefined, retryAfterMs: 120_000 });
		expect(nextTryAt(1, 0, 120_000, () => 0.5)).toBe(120_000);
	});

	it('a 200 whose entries failed is not taken for sent', async () => {
		const body = {
			resourceType: 'Bundle',
			type: 'batch-response',
			entry: [{ response: { status: '400' } }]
		};
		expect(await postTransaction(server, TOKEN, bundleOf(), answer(200, body))).toMatchObject({
			ok: false,
			problem: 'refused'
		});
	});

	it('waits longer after each failed try, up to half an hour', () => {
		const middle = () => 0.5; // no spread
		expect(nextTryAt(1, 0, 0, middle)).toBe(FIRST_WAIT_MS);
		expect(nextTryAt(2, 0, 0, middle)).toBe(2 * FIRST_WAIT_MS);
		expect(nextTryAt(4, 0, 0, middle)).toBe(8 * FIRST_WAIT_MS);
		expect(nextTryAt(30, 0, 0, middle)).toBe(LONGEST_WAIT_MS);
		// Spread by up to a fifth either way.
		expect(nextTryAt(1, 0, 0, () => 0)).toBe(0.8 * FIRST_WAIT_MS);
		expect(nextTryAt(1, 0, 0, () => 1)).toBe(1.2 * FIRST_WAIT_MS);
	});
});

describe('the transaction of a check', () => {
	it('finds each Patient by its client number in the organisation’s system', () => {
		const patients = bundleOf()
			.entry!.filter((entry) => entry.resource.resourceType === 'Patient')
			.map((entry) => entry.request);
		expect(patients).toEqual([
			{
				method: 'POST',
				url: 'Patient',
				ifNoneExist: `identifier=${encodeURIComponent(server.clientNumberSystem)}|C-1001`
			},
			{
				method: 'POST',
				url: 'Patient',
				ifNoneExist: `identifier=${encodeURIComponent(server.clientNumberSystem)}|C-1002`
			}
		]);
	});

	it('finds the Patient by BSN first where the organisation allows it', () => {
		const withBsn = {
			...numbered,
			identifiers: { [person.id]: { clientNumber: 'C-1001', bsn: '111222333' } }
		};
		const [patient] = sendingBundle(withBsn, answers, {
			server: { ...server, bsn: true },
			language: 'nl',
			sentBefore: false
		}).entry!;
		expect(patient!.request!.ifNoneExist).toBe(
			`identifier=${encodeURIComponent('http://fhir.nl/fhir/NamingSystem/bsn')}|111222333`
		);
		expect(JSON.stringify(patient!.resource)).toContain('C-1001');
	});

	it('creates the first time and updates after, but never writes over the Patient', () => {
		const again = bundleOf(numbered, answers, true).entry!;
		for (const entry of again)
			expect(entry.request!.method, entry.resource.resourceType).toBe(
				entry.resource.resourceType === 'Patient' ? 'POST' : 'PUT'
			);
	});
});
