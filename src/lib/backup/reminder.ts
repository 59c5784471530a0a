/**
 * When to remind the user to make a backup: only when something changed since the last one,
 * that change is a few days old, and the user has not said "not now" lately. Never nagging.
 */

const DAY = 24 * 60 * 60 * 1000;
/** Changes younger than this do not call for a reminder yet. */
export const REMIND_AFTER_DAYS = 3;
/** After "Not now", stay quiet this long. */
export const QUIET_AFTER_DISMISS_DAYS = 14;

export interface ReminderFacts {
	now: number;
	/** When each check on the device was last changed. */
	changes: readonly number[];
	lastBackupAt?: number;
	dismissedAt?: number;
}

/** The age in whole days of the oldest change not in a backup, or undefined when no reminder is due. */
export function backupReminder({ now, changes, lastBackupAt = 0, dismissedAt }: ReminderFacts) {
	const unsaved = changes.filter((changedAt) => changedAt > lastBackupAt);
	if (unsaved.length === 0) return undefined;
	const days = Math.floor((now - Math.min(...unsaved)) / DAY);
	if (days < REMIND_AFTER_DAYS) return undefined;
	if (dismissedAt !== undefined && now - dismissedAt < QUIET_AFTER_DISMISS_DAYS * DAY)
		return undefined;
	return { days };
}
