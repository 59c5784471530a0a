/**
 * Backups as the screens use them: choose which clients go in a backup (warned, before it is
 * made, when a choice would pass a limit of the file), make the file a check at a time,
 * remember when the last backup of all was made, read a chosen file completely before anything
 * changes, and restore it all or nothing. The backup code (and its zip library) loads only when
 * one of these is asked for.
 */
import type { LeftOutPhoto, ParsedBackup } from '$lib/backup/validate';
import { database, getFact, setFact, storageProblemOf } from '$lib/db';
import type { BackupIndexRow, Conflict, ImportChoices } from '$lib/db/backup';
import { locale } from '$lib/i18n/index.svelte';
import { announce, listen } from './sync';

export type { Conflict, ImportChoice, ImportChoices } from '$lib/db/backup';
export type { LeftOutPhoto, ParsedBackup } from '$lib/backup/validate';

/** A backup file made and ready to save or share. */
export interface BackupFileReady {
	blob: Blob;
	name: string;
	checks: number;
	photos: number;
	/** Checks on this device left out because they were changed or damaged. */
	damagedChecks: number;
	/** Answers and photos left out because they were changed or damaged. */
	damagedParts: number;
	/** Made with a password (format 3). */
	protected: boolean;
}

/** Why a backup file cannot be restored, for a message in the user's language. */
export type RestoreProblem =
	import('$lib/backup/validate').BackupProblemCode | 'unreadable' | 'storage-full' | 'other';

/** One client: a home's first check and its follow-up visits, to tick in or out of a backup. */
export interface BackupClient {
	/** The first visit's id. */
	key: string;
	/** The label of the latest visit. */
	label: string;
	/** Its checks, the latest first. */
	checkIds: string[];
	/** The latest visit's date. */
	visitDate: string;
	photos: number;
	/** About how many bytes it adds to a backup. */
	bytes: number;
}

/** What a chosen set of clients would make, and the limits it passes (none: it restores). */
export interface BackupSelection {
	checks: number;
	photos: number;
	bytes: number;
	/** Limits of the whole file the backup would pass; it cannot be made while there is one. */
	over: ('archiveBytes' | 'checks' | 'photos' | 'answers')[];
	/** The labels of chosen checks too big for any backup (rooms, answers or photos of one). */
	tooBig: string[];
	/** The largest backup that restores, in bytes, for the warning. */
	maxBytes: number;
}

/** The limits of a backup file a selection is held to (validate.ts's BACKUP_LIMITS). */
type Limits = typeof import('$lib/backup/validate').BACKUP_LIMITS;

/** About how many bytes a check's text takes in the zip (answers compress to about this). */
const BYTES_PER_CHECK = 1500;
const BYTES_PER_ANSWER = 120;

const code = () =>
	Promise.all([
		import('$lib/db/backup'),
		import('$lib/backup/archive'),
		import('$lib/backup/read')
	]);

class Backups {
	/** When the last backup of all checks was saved on this device. */
	lastBackupAt = $state<number | undefined>();
	/** The checks, grouped by client, for the choice of what goes in a backup. */
	clients = $state.raw<BackupClient[] | undefined>();
	#rows: BackupIndexRow[] = [];
	#limits: Limits | undefined;

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

	/** List the clients on this device, to choose which go in a backup (all, unless unticked). */
	async listClients(): Promise<BackupClient[]> {
		const [{ backupIndex }] = await code();
		const { BACKUP_LIMITS } = await import('$lib/backup/validate');
		this.#limits = BACKUP_LIMITS;
		this.#rows = await backupIndex(await database());
		const clients = groupByClient(this.#rows);
		this.clients = clients;
		return clients;
	}

	/**
	 * What a backup of these clients would hold, and the limits of a backup file it would pass
	 * (so the screen warns before making it, never when restoring it).
	 */
	selection(clientKeys: ReadonlySet<string>): BackupSelection {
		const limits = this.#limits;
		const keys = new Set(
			(this.clients ?? []).filter((c) => clientKeys.has(c.key)).flatMap((c) => c.checkIds)
		);
		const rows = this.#rows.filter((row) => keys.has(row.id));
		const sum = (f: (row: BackupIndexRow) => number) => rows.reduce((n, row) => n + f(row), 0);
		const selection: BackupSelection = {
			checks: rows.length,
			photos: sum((row) => row.photos),
			bytes: sum(rowBytes),
			over: [],
			tooBig: [],
			maxBytes: limits?.archiveBytes ?? Infinity
		};
		if (!limits) return selection;
		if (selection.bytes > limits.archiveBytes) selection.over.push('archiveBytes');
		if (selection.checks > limits.checks) selection.over.push('checks');
		if (selection.photos > limits.photos) selection.over.push('photos');
		if (sum((row) => row.answers) > limits.answers) selection.over.push('answers');
		selection.tooBig = rows
			.filter(
				(row) =>
					row.rooms > limits.roomsPerCheck ||
					row.answers > limits.answersPerCheck ||
					row.photos > limits.photosPerCheck
			)
			.map((row) => row.label);
		return selection;
	}

	/**
	 * Make the backup file of every check, of one, or of the checks of some clients, protected
	 * with `password` when there is one. Undefined when there is nothing to back up. Throws
	 * BackupLimitError for a file that would not restore.
	 */
	async make(
		choice: {
			checkId?: string;
			label?: string;
			clientKeys?: ReadonlySet<string>;
			password?: string;
		} = {},
		onProgress?: (done: number, total: number) => void
	): Promise<BackupFileReady | undefined> {
		const [{ writeBackup, backupIndex }, { ARCHIVE_TYPE }, { backupFileName }, { BlobSink }] =
			await Promise.all([
				import('$lib/db/backup'),
				import('$lib/backup/archive'),
				import('$lib/backup/format'),
				import('$lib/backup/zip')
			]);
		const db = await database();
		let checkIds: string[] | undefined;
		if (choice.checkId) checkIds = [choice.checkId];
		else if (choice.clientKeys) {
			checkIds = (this.clients ?? [])
				.filter((client) => choice.clientKeys!.has(client.key))
				.flatMap((client) => client.checkIds);
		}
		const total = checkIds?.length ?? (await backupIndex(db)).length;
		if (total === 0) return undefined;
		const sink = new BlobSink(ARCHIVE_TYPE);
		const now = new Date();
		const damaged = { checks: { count: 0 }, parts: { count: 0 } };
		const made = await writeBackup(db, sink, {
			checkIds,
			damaged,
			now,
			onProgress: (done) => onProgress?.(done, total),
			...(choice.password ? { password: choice.password } : {})
		});
		if (made.checks === 0) return undefined;
		return {
			blob: sink.blob(),
			name: backupFileName(now, choice.checkId ? choice.label : undefined),
			checks: made.checks,
			photos: made.photos,
			damagedChecks: damaged.checks.count,
			damagedParts: damaged.parts.count,
			protected: !!choice.password
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
	 * Read and check a chosen file whole (a protected one with its `password`), and find the
	 * checks in it that are already here. Nothing is written.
	 */
	async read(
		file: Blob,
		onProgress?: (done: number, total: number) => void,
		password?: string
	): Promise<{ parsed: ParsedBackup; conflicts: Conflict[] } | { problem: RestoreProblem }> {
		try {
			const [{ findConflicts }, , { readBackupFile }] = await code();
			const [{ deviceRegion }, { decodeInBrowser }] = await Promise.all([
				import('$lib/i18n/region'),
				import('$lib/backup/photo-check')
			]);
			const parsed = await readBackupFile(file, {
				region: deviceRegion(),
				language: locale.language,
				decode: decodeInBrowser,
				onProgress,
				...(password ? { password } : {})
			});
			if ('problem' in parsed) return { problem: parsed.problem };
			return { parsed, conflicts: await findConflicts(await database(), parsed) };
		} catch (error) {
			console.error(error);
			return { problem: 'unreadable' };
		}
	}

	/**
	 * Restore a checked backup all or nothing; on failure nothing changed. Photos that cannot be
	 * shown are left out and listed.
	 */
	async restore(
		parsed: ParsedBackup,
		choices: ImportChoices,
		onProgress?: (done: number, total: number) => void
	): Promise<{ written: number; leftOut: LeftOutPhoto[] } | { problem: RestoreProblem }> {
		try {
			const [{ importBackup }] = await code();
			const result = await importBackup(await database(), parsed, choices, { onProgress });
			// A window showing a check written over reads it again whole.
			for (const { id, how } of result.written)
				if (how === 'replaced') announce({ type: 'replaced', checkId: id });
			announce({ type: 'list' });
			return { written: result.written.length, leftOut: result.leftOut };
		} catch (error) {
			console.error(error);
			const read = (error as { problem?: { problem?: RestoreProblem } }).problem?.problem;
			if (error instanceof Error && error.name === 'BackupReadError' && read)
				return { problem: read };
			return { problem: storageProblemOf(error) === 'storage-full' ? 'storage-full' : 'other' };
		}
	}
}

/** About the bytes a check adds to a backup: its photos, and its text compressed. */
function rowBytes(row: BackupIndexRow): number {
	return row.photoBytes + BYTES_PER_CHECK + row.answers * BYTES_PER_ANSWER;
}

/** The checks grouped by client: each first visit with its follow-ups, the latest change first. */
export function groupByClient(rows: readonly BackupIndexRow[]): BackupClient[] {
	const byId = new Map(rows.map((row) => [row.id, row]));
	const rootOf = (row: BackupIndexRow): string => {
		let current = row;
		const seen = new Set<string>();
		while (current.previousId && byId.has(current.previousId) && !seen.has(current.id)) {
			seen.add(current.id);
			current = byId.get(current.previousId)!;
		}
		return current.id;
	};
	const clients = new Map<string, BackupIndexRow[]>();
	for (const row of rows) {
		const key = rootOf(row);
		clients.set(key, [...(clients.get(key) ?? []), row]);
	}
	return [...clients.entries()].map(([key, visits]) => ({
		key,
		label: visits[0]!.label,
		checkIds: visits.map((visit) => visit.id),
		visitDate: visits[0]!.visitDate,
		photos: visits.reduce((n, visit) => n + visit.photos, 0),
		bytes: visits.reduce((n, visit) => n + rowBytes(visit), 0)
	}));
}

/** Backups, shared by Settings and the check's page. */
export const backups = new Backups();
