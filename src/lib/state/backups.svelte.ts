/**
 * Backups as the screens use them: make a file of all checks (or one), remember when the last
 * backup of all was made, read a chosen file completely before anything changes, and restore
 * it in one transaction. The backup code loads only when one of these is asked for.
 */
import type { ParsedBackup } from '$lib/backup/validate';
import { database, getFact, setFact, storageProblemOf } from '$lib/db';
import type { Conflict, ImportChoices } from '$lib/db/backup';
import { announce, listen } from './sync';

export type { Conflict, ImportChoice, ImportChoices } from '$lib/db/backup';
export type { ParsedBackup } from '$lib/backup/validate';

/** A backup file made and ready to save or share. */
export interface BackupFileReady {
	blob: Blob;
	name: string;
	checks: number;
	photos: number;
}

/** Why a backup file cannot be restored, for a message in the user's language. */
export type RestoreProblem =
	import('$lib/backup/validate').BackupProblemCode | 'unreadable' | 'storage-full' | 'other';

const code = () =>
	Promise.all([
		import('$lib/db/backup'),
		import('$lib/backup/format'),
		import('$lib/backup/validate')
	]);

class Backups {
	/** When the last backup of all checks was saved on this device. */
	lastBackupAt = $state<number | undefined>();

	/** Read the facts again, and keep them in step with other tabs. */
	watch(): () => void {
		void this.refresh();
		return listen((change) => {
			if (change.type === 'list') void this.refresh();
		});
	}

	async refresh(): Promise<void> {
		try {
			this.lastBackupAt = await getFact(await database(), 'lastBackupAt');
		} catch (error) {
			console.error(error);
		}
	}

	/** Make the backup file of every check, or of one. Undefined when there is nothing to back up. */
	async make(checkId?: string, label?: string): Promise<BackupFileReady | undefined> {
		const [{ readBackupEntries }, { encodeBackup, backupFileName }] = await code();
		const entries = await readBackupEntries(await database(), checkId ? [checkId] : undefined);
		if (entries.length === 0) return undefined;
		const now = new Date();
		return {
			blob: new Blob([encodeBackup(entries, now)], { type: 'application/json' }),
			name: backupFileName(now, label),
			checks: entries.length,
			photos: entries.reduce((sum, entry) => sum + entry.photos.length, 0)
		};
	}

	/** The user saved or shared a backup of every check: remember when. */
	async savedAll(): Promise<void> {
		const now = Date.now();
		await setFact(await database(), 'lastBackupAt', now);
		this.lastBackupAt = now;
		announce({ type: 'list' });
	}

	/**
	 * Read and check a chosen file whole, and find the checks in it that are already here.
	 * Nothing is written.
	 */
	async read(
		file: Blob
	): Promise<{ parsed: ParsedBackup; conflicts: Conflict[] } | { problem: RestoreProblem }> {
		try {
			const [{ findConflicts }, , { readBackupFile, isBackupProblem }] = await code();
			const { deviceRegion } = await import('$lib/i18n/region');
			const parsed = await readBackupFile(file, deviceRegion());
			if (isBackupProblem(parsed)) return { problem: parsed.problem };
			return { parsed, conflicts: await findConflicts(await database(), parsed) };
		} catch (error) {
			console.error(error);
			return { problem: 'unreadable' };
		}
	}

	/** Write a checked backup in one transaction; on failure nothing changed. */
	async restore(
		parsed: ParsedBackup,
		choices: ImportChoices
	): Promise<{ written: number } | { problem: RestoreProblem }> {
		try {
			const [{ importBackup }] = await code();
			const result = await importBackup(await database(), parsed, choices);
			// A window showing a check written over reads it again whole.
			for (const { id, how } of result.written)
				if (how === 'replaced') announce({ type: 'replaced', checkId: id });
			announce({ type: 'list' });
			return { written: result.written.length };
		} catch (error) {
			console.error(error);
			return { problem: storageProblemOf(error) === 'storage-full' ? 'storage-full' : 'other' };
		}
	}
}

/** Backups, shared by Settings and the check's page. */
export const backups = new Backups();
