import { describe, expect, it } from 'vitest';
import { backupReminder } from './reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = 100 * DAY;

describe('the backup reminder', () => {
	it('stays quiet with no checks, or when everything is in a backup', () => {
		expect(backupReminder({ now, changes: [] })).toBeUndefined();
		expect(
			backupReminder({ now, changes: [now - 10 * DAY], lastBackupAt: now - 9 * DAY })
		).toBeUndefined();
	});

	it('stays quiet while the unsaved changes are less than 3 days old', () => {
		expect(backupReminder({ now, changes: [now - 2 * DAY] })).toBeUndefined();
	});

	it('reminds when a change not in a backup is 3 days old, counting from the oldest one', () => {
		expect(
			backupReminder({ now, changes: [now - 1 * DAY, now - 5 * DAY], lastBackupAt: now - 6 * DAY })
		).toEqual({ days: 5 });
	});

	it('is quiet for two weeks after "Not now", then reminds again', () => {
		const changes = [now - 20 * DAY];
		expect(backupReminder({ now, changes, dismissedAt: now - 13 * DAY })).toBeUndefined();
		expect(backupReminder({ now, changes, dismissedAt: now - 15 * DAY })).toEqual({ days: 20 });
	});
});
