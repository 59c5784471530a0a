import { describe, expect, it } from 'vitest';
import { database, getCheck, saveAnswer } from '$lib/db';
import { followUp } from '$lib/db/follow-up';
import { checkSummary } from '$lib/checklist/rules';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { ClientHistory } from './client-history.svelte';

/** A first visit with two hazards, and a follow-up where one was fixed and one is new. */
async function twoVisits() {
	const db = await database();
	const first = await storedCheck(db, newCheck({ label: 'Mevr. Jänsen', rooms: ['bathroom'] }), {
		'bathroom/bathroom.grab-rail': { value: 'no' },
		'bathroom/bathroom.bath-mat': { value: 'no' }
	});
	const second = (await followUp(db, first.id, '2027-01-10'))!;
	const bath = roomOf(second, 'bathroom');
	const at = Date.now() + 1000;
	await saveAnswer(
		db,
		change(second.id, bath, 'bathroom.bath-mat', 'value', 'yes', at),
		checkSummary
	);
	await saveAnswer(
		db,
		change(second.id, bath, 'bathroom.shower-grip', 'value', 'no', at + 1),
		checkSummary
	);
	return { db, first, second };
}

describe('a client’s history', () => {
	it('lists every visit newest first, each with what changed since the one before', async () => {
		const { first, second } = await twoVisits();
		const history = new ClientHistory(first.id);
		await history.load();
		expect(history.visits.map((v) => v.check.id)).toEqual([second.id, first.id]);
		const changes = history.visits[0]!.changes!;
		expect(changes.resolved.map((a) => a.item.id)).toEqual(['bathroom.bath-mat']);
		expect(changes.remaining.map((a) => a.item.id)).toEqual(['bathroom.grab-rail']);
		expect(changes.added.map((a) => a.item.id)).toEqual(['bathroom.shower-grip']);
		expect(history.visits[1]!.changes).toBeUndefined();
	});

	it('deletes the first visit and keeps the second whole, in the same client', async () => {
		const { db, first, second } = await twoVisits();
		const history = new ClientHistory(first.id);
		await history.load();
		expect(await history.delete(first)).toBe(true);
		expect(history.visits.map((v) => v.check.id)).toEqual([second.id]);
		expect(history.visits[0]!.earlier).toBeUndefined();
		const kept = await getCheck(db, second.id);
		expect(kept?.summary.hazards).toBe(2);
		await history.undo();
		expect(history.visits.map((v) => v.check.id)).toEqual([second.id, first.id]);
	});

	it('says so when no visit of the client is left', async () => {
		const history = new ClientHistory('nobody');
		await history.load();
		expect(history.client).toBeNull();
	});
});
