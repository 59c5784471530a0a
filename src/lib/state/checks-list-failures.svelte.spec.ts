import { describe, expect, it, vi } from 'vitest';
import { database, StorageFullError } from '$lib/db';
import { newCheck, storedCheck } from '../../../tests/fixtures/checks';

/** The data layer as it is, except that deleting, restoring and following up can fail. */
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('$lib/db/checks', async (importOriginal) => {
	const db = await importOriginal<typeof import('$lib/db/checks')>();
	const unlessFailing =
		<A extends unknown[], R>(work: (...args: A) => Promise<R>) =>
		(...args: A): Promise<R> =>
			failing.on ? Promise.reject(new StorageFullError('The device is full.')) : work(...args);
	return {
		...db,
		deleteCheck: unlessFailing(db.deleteCheck),
		restoreCheck: unlessFailing(db.restoreCheck)
	};
});
vi.mock('$lib/db/follow-up', async (importOriginal) => {
	const module = await importOriginal<typeof import('$lib/db/follow-up')>();
	return {
		followUp: (...args: Parameters<typeof module.followUp>) =>
			failing.on
				? Promise.reject(new StorageFullError('The device is full.'))
				: module.followUp(...args)
	};
});

const { ChecksList } = await import('./checks-list.svelte');

describe('the start page when the data layer fails', () => {
	it('says why a delete, an undo or a follow-up failed, and changes nothing shown', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const check = await storedCheck(await database(), newCheck({ label: 'Mrs Jansen' }));
		const list = new ChecksList();
		await list.load();

		failing.on = true;
		expect(await list.delete(check)).toBe(false);
		expect(list.problem).toBe('storage-full');
		expect(list.deleted).toBeUndefined();
		expect(list.checks!.map((c) => c.id)).toEqual([check.id]);
		expect(await list.followUp(check)).toBeUndefined();
		expect(list.problem).toBe('storage-full');

		failing.on = false;
		expect(await list.delete(check)).toBe(true);
		expect(list.problem).toBeUndefined();
		failing.on = true;
		expect(await list.undo()).toBeUndefined();
		expect(list.problem).toBe('storage-full');
		expect(list.deleted?.id).toBe(check.id); // the Undo is still offered
		failing.on = false;
	});
});
