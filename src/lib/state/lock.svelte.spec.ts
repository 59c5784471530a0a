import { describe, expect, it, vi } from 'vitest';
import { closeDatabase, database, databaseWhileLocked } from '$lib/db';
import { prepareLock, turnOnLock } from '$lib/db/lock';
import { appLock } from './lock.svelte';

const PASSCODE = '483920';

describe('the lock screen', () => {
	it('shows when a page waits for the database while Footing is locked, even if the first look failed', async () => {
		// A passcode is set, and the tab starts again locked (as a reload does).
		await turnOnLock(await databaseWhileLocked(), await prepareLock(PASSCODE, 1000));
		await closeDatabase();
		// The root layout's first look at the lock failed (the database did not open then), so
		// it does not know Footing is locked; a page then opens the database, which now opens.
		expect(appLock.status).toBe('unknown');
		let read = false;
		const opening = database().then(() => (read = true));

		// The page's read waits for the unlock, and the lock screen is shown for it.
		await vi.waitFor(() => expect(appLock.status).toBe('locked'));
		expect(read).toBe(false);
		expect(await appLock.unlock(PASSCODE)).toBe('open');
		await opening;
		expect(read).toBe(true);
	});
});
