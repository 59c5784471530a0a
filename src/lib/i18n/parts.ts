/**
 * Each language's messages are written in one file (en.ts, nl.ts), and built as two parts
 * (scripts/split-messages.ts): what the start page shows, loaded before it paints, and the rest,
 * loaded just after. A path is a whole section (`'start'`) or one message in it
 * (`'backup.reminder'`). A start-page screen that uses a message not listed here fails
 * parts.spec.ts.
 */
export const START_PAGE_MESSAGES: readonly string[] = [
	'app',
	'start',
	'checkedBy',
	'progress',
	'data',
	'error',
	'update',
	'lock.lockNow',
	'lock.lockNowLabel',
	'lock.sealing',
	'lock.opening',
	'check.cancel',
	'dateField.incomplete',
	'dateField.outOfRange',
	'backup.title',
	'backup.reminder',
	'backup.reminderAction',
	'backup.reminderLater',
	'settings.link',
	'settings.storageHint',
	'settings.storageHintLink'
];

type Section = Record<string, unknown>;

/** The two parts of a language's messages made whole again (a section may be in both). */
export function joinMessages<T>(start: Record<string, Section>, rest: Record<string, Section>): T {
	const joined: Record<string, Section> = { ...rest };
	for (const [section, messages] of Object.entries(start)) {
		joined[section] = { ...messages, ...rest[section] };
	}
	return joined as T;
}
