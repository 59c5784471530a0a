import { describe, expect, it, vi } from 'vitest';
import { checkSummary } from '$lib/checklist/rules';
import { database, getCheck, listChecks, saveAnswer } from '$lib/db';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { ChecksList, PAGE, PURGE_AFTER_MS, UNDO_MS } from './checks-list.svelte';
import type { SyncMessage } from './sync';

/** How often the list read every check on the device. */
const reads = vi.hoisted(() => ({ everyCheck: 0 }));
vi.mock('$lib/db/checks', async (importOriginal) => {
	const checks = await importOriginal<typeof import('$lib/db/checks')>();
	return {
		...checks,
		listChecks: (...args: Parameters<typeof checks.listChecks>) => {
			reads.everyCheck += 1;
			return checks.listChecks(...args);
		}
	};
});

/** A device with two checks, and the start page's list of them read. */
async function listOfTwo(now = () => Date.now()) {
	const db = await database();
	const jansen = await storedCheck(db, newCheck({ label: 'Mrs Jansen, Dorpsstraat' }));
	const smit = await storedCheck(db, newCheck({ label: 'Mr Smit, Laan 4' }));
	const list = new ChecksList(now);
	await list.load();
	return { jansen, smit, list };
}

describe('the list of checks', () => {
	it('finds checks by every word of the search', async () => {
		const { list } = await listOfTwo();
		list.search('smit laan');
		expect(list.matching.map((c) => c.latest.label)).toEqual(['Mr Smit, Laan 4']);
		list.search('');
		expect(list.matching).toHaveLength(2);
	});

	it('groups a visit and its follow-ups under one client, newest visit first', async () => {
		const { smit, list } = await listOfTwo();
		const second = await list.followUp(smit, '2027-01-10');
		const third = await list.followUp((await getCheck(await database(), second!))!, '2027-03-01');
		await list.load();
		expect(list.clients).toHaveLength(2);
		const client = list.clients.find((c) => c.id === smit.id)!;
		expect(client.visits.map((v) => v.id)).toEqual([third, second, smit.id]);
		expect(client.latest.visitDate).toBe('2027-03-01');
	});

	it('finds a client by a person’s name without diacritics, and by a visit date as written', async () => {
		const db = await database();
		await storedCheck(
			db,
			newCheck({
				label: 'Dorpsstraat 1',
				visitDate: '2026-12-01',
				rooms: [{ type: 'personal', name: 'Mevrouw Jänsen' }]
			})
		);
		await storedCheck(db, newCheck({ label: 'Laan 4', visitDate: '2026-11-02' }));
		const list = new ChecksList();
		await list.load();
		const found = (query: string) => {
			list.search(query);
			return list.matching.map((c) => c.latest.label);
		};
		expect(found('jansen')).toEqual(['Dorpsstraat 1']);
		expect(found('JÄNSEN dorps')).toEqual(['Dorpsstraat 1']);
		expect(found('1 december 2026')).toEqual(['Dorpsstraat 1']);
		expect(found('2-11-2026')).toEqual(['Laan 4']);
		expect(found('jansen laan')).toEqual([]);
	});

	it('deletes a check, and undo brings it back', async () => {
		const { jansen, list } = await listOfTwo();
		expect(await list.delete(jansen)).toBe(true);
		expect(list.deleted?.id).toBe(jansen.id);
		expect(list.checks!.map((c) => c.id)).not.toContain(jansen.id);
		expect(await list.undo()).toMatchObject({ id: jansen.id });
		expect(list.deleted).toBeUndefined();
		expect(list.notice?.kind).toBe('restored');
		expect(list.checks!.map((c) => c.id)).toContain(jansen.id);
	});

	it('offers the Undo again when the start page is shown again while it lasts (Back)', async () => {
		let now = Date.now();
		const { jansen, list } = await listOfTwo(() => now);
		await list.delete(jansen);
		now += UNDO_MS / 2; // the user opened a check, then pressed Back
		const again = new ChecksList(() => now);
		const stop = again.start();
		await vi.waitFor(() => expect(again.deleted?.id).toBe(jansen.id));
		expect(await again.undo()).toMatchObject({ id: jansen.id });
		expect(again.checks!.map((c) => c.id)).toContain(jansen.id);
		stop();

		await list.delete(jansen);
		now += UNDO_MS + 1;
		const late = new ChecksList(() => now);
		const stopLate = late.start();
		await vi.waitFor(() => expect(late.checks).toHaveLength(1));
		expect(late.deleted).toBeUndefined();
		stopLate();
	});

	it('purges a deleted check only once its Undo is long gone', async () => {
		let now = Date.UTC(2026, 11, 1, 9, 0, 0);
		const { jansen, list } = await listOfTwo(() => now);
		await list.delete(jansen);
		await list.purge();
		const db = await database();
		expect((await db.get('checks', jansen.id))?.deletedAt).toBe(now);
		now += PURGE_AFTER_MS + 1;
		await list.purge();
		expect(await db.get('checks', jansen.id)).toBeUndefined();
		expect((await listChecks(db)).map((c) => c.label)).toEqual(['Mr Smit, Laan 4']);
	});

	it('starts a follow-up visit of a check', async () => {
		const { smit, list } = await listOfTwo();
		const id = await list.followUp(smit, '2027-01-10');
		const next = await getCheck(await database(), id!);
		expect(next).toMatchObject({ previousId: smit.id, visitDate: '2027-01-10', label: smit.label });
	});

	it('knows of a due backup reminder with the first screen, so it does not push the list down', async () => {
		const day = 24 * 60 * 60 * 1000;
		const now = Date.UTC(2026, 11, 1, 9, 0, 0);
		const db = await database();
		// Not backed up: the oldest change is ten days old, further down than the first screen.
		await storedCheck(db, newCheck({ label: 'Mr Smit, Laan 4' }), {}, now - 10 * day);
		for (let n = 0; n < PAGE; n++) {
			await storedCheck(db, newCheck({ label: `Home ${n}` }), {}, now - 60 * 60 * 1000 + n);
		}
		const list = new ChecksList(() => now);
		let stop = () => {};
		const firstScreen = new Promise((resolve) => {
			stop = list.start(async () =>
				resolve({ shown: list.checks?.length ?? 0, reminder: list.reminder })
			);
		});
		expect(await firstScreen).toEqual({ shown: PAGE, reminder: { days: 10 } });
		stop();
	});

	it('hears an answer saved in another tab by reading that one check again, not every check', async () => {
		const db = await database();
		const jansen = await storedCheck(db, newCheck({ label: 'Mrs Jansen', rooms: ['stairs'] }));
		const smit = await storedCheck(db, newCheck({ label: 'Mr Smit' }), {}, jansen.updatedAt + 1);
		const list = new ChecksList();
		const stop = list.start();
		await vi.waitFor(() => expect(reads.everyCheck).toBeGreaterThan(0)); // the whole list read
		await vi.waitFor(() =>
			expect(list.checks?.map((check) => check.id)).toEqual([smit.id, jansen.id])
		);
		const before = reads.everyCheck;

		// Another tab answers a question of Mrs Jansen's check (a hazard), then says so.
		const stairs = roomOf(jansen, 'stairs');
		await saveAnswer(db, change(jansen.id, stairs, 'stairs.rail-any', 'value', 'no'), checkSummary);
		const otherTab = new BroadcastChannel('footing');
		const message: SyncMessage = {
			type: 'answer',
			checkId: jansen.id,
			roomId: stairs,
			itemId: 'stairs.rail-any'
		};
		otherTab.postMessage(message);

		// Her card comes first, with the hazard counted; the other check was not read again.
		await vi.waitFor(() => expect(list.checks?.[0]).toMatchObject({ id: jansen.id }));
		expect(list.checks?.[0]?.summary).toMatchObject({ answered: 1, hazards: 1 });
		expect(list.checks).toHaveLength(2);
		expect(reads.everyCheck).toBe(before);
		otherTab.close();
		stop();
	});
});
