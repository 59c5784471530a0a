import { describe, expect, it } from 'vitest';
import { checkSummary } from '$lib/checklist/rules';
import { newCheck } from '../../../tests/fixtures/checks';
import {
	createCheck,
	deleteCheck,
	getSecret,
	getSending,
	purgeDeleted,
	queueSending,
	recordTry,
	setSecret
} from '.';
import { closedAfterEach, freshDB } from './testing';

const keep = closedAfterEach();

describe('where sending a check to the care record stands', () => {
	it('asked again, it is queued anew but remembers when it was last sent', async () => {
		const db = await keep(freshDB());
		const queued = await queueSending(db, 'check-1', 1000);
		await recordTry(db, { ...queued, state: 'sent', tries: 1, sentAt: 2000, sentVersion: 1500 });
		const again = await queueSending(db, 'check-1', 3000);
		expect(again).toEqual({
			checkId: 'check-1',
			state: 'queued',
			queuedAt: 3000,
			tries: 0,
			sentAt: 2000,
			sentVersion: 1500
		});
	});

	it('a try that ends after the user asked again does not write over the newer request', async () => {
		const db = await keep(freshDB());
		const first = await queueSending(db, 'check-1', 1000);
		await queueSending(db, 'check-1', 2000); // "Send again" while the first try was out
		const late = await recordTry(db, { ...first, state: 'failed', tries: 1, problem: 'refused' });
		expect(late).toMatchObject({ state: 'queued', queuedAt: 2000 });
		expect(await getSending(db, 'check-1')).toMatchObject({ state: 'queued', queuedAt: 2000 });
	});

	it('goes with its check when that is removed for good', async () => {
		const db = await keep(freshDB());
		const check = await createCheck(db, newCheck({ label: 'Mrs Bos' }), checkSummary);
		await queueSending(db, check.id);
		await deleteCheck(db, check.id, 1000);
		await purgeDeleted(db, 2000);
		expect(await getSending(db, check.id)).toBeUndefined();
	});

	it('keeps one access token, and forgets it', async () => {
		const db = await keep(freshDB());
		await setSecret(db, 'care-record-token', 'first');
		await setSecret(db, 'care-record-token', 'second');
		expect(await getSecret(db, 'care-record-token')).toBe('second');
		await setSecret(db, 'care-record-token', undefined);
		expect(await getSecret(db, 'care-record-token')).toBeUndefined();
	});
});
