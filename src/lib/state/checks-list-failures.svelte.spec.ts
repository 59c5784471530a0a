import { describe, expect, it, vi } from 'vitest';
import { closeDatabase, database, getFact, setFact, StorageFullError } from '$lib/db';
import { CONTENT_VERSION } from '$lib/db/content-upgrade';
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
/** The content upgrade's checklist tools, failing as on a full device when asked to. */
const upgrade = vi.hoisted(() => ({ failing: false, tried: 0 }));
vi.mock('$lib/checklist/content-tools', async (importOriginal) => {
	const tools = await importOriginal<typeof import('$lib/checklist/content-tools')>();
	return {
		...tools,
		moveRetiredAnswers: (...args: Parameters<typeof tools.moveRetiredAnswers>) => {
			upgrade.tried += 1;
			if (upgrade.failing) throw new StorageFullError('The device is full.');
			return tools.moveRetiredAnswers(...args);
		}
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

	it('shows the checks when the content upgrade fails at the start, and tries it again at the next', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const db = await database();
		const check = await storedCheck(db, newCheck({ label: 'Mrs Jansen' }));
		await setFact(db, 'contentVersion', CONTENT_VERSION - 1); // as a device from before
		await closeDatabase(); // as a reload: the next start opens it afresh
		upgrade.failing = true;
		const list = new ChecksList();
		await list.load();
		expect(list.problem).toBeUndefined();
		expect(list.checks!.map((c) => c.id)).toEqual([check.id]);
		expect(upgrade.tried).toBe(1);
		expect(error).toHaveBeenCalledWith(expect.any(StorageFullError));

		// Tried again at the next start; done then, it is not tried at the one after.
		upgrade.failing = false;
		await closeDatabase();
		await new ChecksList().load();
		expect(upgrade.tried).toBe(2);
		expect(await getFact(await database(), 'contentVersion')).toBe(CONTENT_VERSION);
	});
});
