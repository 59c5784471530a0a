import { describe, expect, it } from 'vitest';
import { careRecordServer } from './care-record.js';

describe('the care record a build sends to', () => {
	it('is none without FOOTING_FHIR_BASE: a default build sends nothing anywhere', () => {
		expect(careRecordServer({})).toBeUndefined();
		expect(careRecordServer({ FOOTING_FHIR_BASE: '  ' })).toBeUndefined();
	});

	it('is the server given, with its origin for connect-src and a client number system', () => {
		expect(careRecordServer({ FOOTING_FHIR_BASE: 'https://fhir.example.org/R4/' })).toEqual({
			base: 'https://fhir.example.org/R4',
			origin: 'https://fhir.example.org',
			clientNumberSystem: 'https://fhir.example.org/R4/sid/client-number',
			bsn: false
		});
		expect(
			careRecordServer({ FOOTING_FHIR_BASE: 'https://fhir.example.org/R4', FOOTING_FHIR_BSN: '1' })
				?.bsn
		).toBe(true);
		expect(
			careRecordServer({
				FOOTING_FHIR_BASE: 'https://fhir.example.org/R4',
				FOOTING_CLIENT_NUMBER_SYSTEM: 'https://zorg.example.nl/clients'
			})?.clientNumberSystem
		).toBe('https://zorg.example.nl/clients');
	});

	it('refuses an address that would send a client’s data in clear, or is not one', () => {
		expect(() => careRecordServer({ FOOTING_FHIR_BASE: 'http://fhir.example.org/R4' })).toThrow(
			/https/
		);
		expect(() => careRecordServer({ FOOTING_FHIR_BASE: 'fhir.example.org' })).toThrow(/not a URL/);
		expect(() =>
			careRecordServer({ FOOTING_FHIR_BASE: 'https://user:secret@fhir.example.org/R4' })
		).toThrow(/credentials/);
		expect(careRecordServer({ FOOTING_FHIR_BASE: 'http://localhost:4290/fhir' })?.origin).toBe(
			'http://localhost:4290'
		);
	});
});
