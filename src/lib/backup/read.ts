/**
 * A picked backup file, read as what it is: a zip (format 2) or JSON (format 1). The size is
 * looked at first, without reading a byte; then only as much as each format needs.
 */
import { readArchive } from './archive';
import {
	BACKUP_LIMITS,
	parseBackup,
	refusal,
	type BackupProblem,
	type ParsedBackup,
	type ReadOptions
} from './validate';
import { looksLikeZip } from './zip';

/** A problem with a picked file seen from its size alone, without reading it. */
export function checkBackupFile(file: Blob): BackupProblem | undefined {
	if (file.size > Math.max(BACKUP_LIMITS.archiveBytes, BACKUP_LIMITS.jsonFileBytes))
		return refusal('too-big', `${file.size} bytes`);
	if (file.size === 0) return refusal('empty');
	return undefined;
}

/** Read a picked file: its size first, then what kind of file it is, then everything in it. */
export async function readBackupFile(
	file: Blob,
	options: ReadOptions = {}
): Promise<ParsedBackup | BackupProblem> {
	const refused = checkBackupFile(file);
	if (refused) return refused;
	let zip: boolean;
	try {
		zip = await looksLikeZip(file);
	} catch (error) {
		return refusal('unreadable', String(error));
	}
	if (zip) {
		if (file.size > BACKUP_LIMITS.archiveBytes) return refusal('too-big', `${file.size} bytes`);
		return readArchive(file, options);
	}
	if (file.size > BACKUP_LIMITS.jsonFileBytes) return refusal('too-big', `${file.size} bytes`);
	let source: string;
	try {
		source = await file.text();
	} catch (error) {
		return refusal('unreadable', String(error));
	}
	return parseBackup(source, options);
}
