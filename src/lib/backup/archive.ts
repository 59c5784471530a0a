/**
 * Backup format 2: a zip archive (zip.ts) of
 *
 *   checks/00001.json   one check with its answers, and what it says of its photos
 *   photos/<id>.jpg     each photo's JPEG, stored as it is
 *   footing-backup.json what the file is: format, version, when made, how many checks and photos
 *
 * made and read one check and one photo at a time, so that a caseload of any size backs up and
 * restores within a phone's memory. See README.md in this folder.
 */
import * as v from 'valibot';
import {
	answerForFile,
	APP_VERSION,
	BACKUP_FORMAT,
	BACKUP_VERSION,
	checkForFile,
	PHOTO_TYPE,
	photoMetaForFile,
	type BackupEntry,
	type BackupPhoto,
	type ExportEntry,
	type PhotoMeta
} from './format';
import { checkStructure } from './photo-check';
import {
	addUnknownItemIds,
	archiveEntry,
	archiveManifest,
	BACKUP_LIMITS,
	BackupReadError,
	entryOf,
	fileCheckOf,
	ID_PATTERN,
	issueProblem,
	leftOutPhoto,
	parseJson,
	refusal,
	versionProblem,
	type BackupProblem,
	type FileCheck,
	type LeftOutPhoto,
	type ParsedBackup,
	type ReadEntry,
	type ReadOptions
} from './validate';
import {
	readZipDirectory,
	readZipEntry,
	ZipWriter,
	type ByteSink,
	type ZipEntry,
	type ZipProblem
} from './zip';

/** The zip's description of itself. */
export const MANIFEST = 'footing-backup.json';
/** The MIME type of a backup file. */
export const ARCHIVE_TYPE = 'application/zip';

const CHECK_FILE = /^checks\/\d{5,6}\.json$/;
const PHOTO_FILE = /^photos\/(.+)\.jpg$/;
/** Folders some zip programs list on their own (empty). */
const FOLDERS = new Set(['checks/', 'photos/']);

/** The file of the `index`-th check (from 0). */
export function checkFileName(index: number): string {
	return `checks/${String(index + 1).padStart(5, '0')}.json`;
}

/** The file of a photo. */
export function photoFileName(id: string): string {
	return `photos/${id}.jpg`;
}

/** A check or a selection that passes a limit of BACKUP_LIMITS: such a file would not restore. */
export class BackupLimitError extends Error {
	override name = 'BackupLimitError';
	constructor(
		readonly limit: keyof typeof BACKUP_LIMITS,
		readonly checkId?: string
	) {
		super(`The backup would pass the limit ${limit}${checkId ? ` with check ${checkId}` : ''}`);
	}
}

/** What a backup holds once made. */
export interface ArchiveMade {
	checks: number;
	photos: number;
	bytes: number;
}

/**
 * Write a backup of `entries` to `sink`, one check and one photo at a time: each photo's bytes
 * are read from its Blob only when it is written. Throws BackupLimitError (nothing useful
 * written) when a check would pass a limit the reader keeps to, so a file made is always a
 * file that restores.
 */
export async function writeArchive(
	entries: AsyncIterable<ExportEntry>,
	sink: ByteSink,
	options: { now?: Date; appVersion?: string; onProgress?: (checks: number) => void } = {}
): Promise<ArchiveMade> {
	const now = options.now ?? new Date();
	const zip = new ZipWriter(sink, now);
	const encoder = new TextEncoder();
	let checks = 0;
	let photos = 0;
	let answers = 0;
	for await (const entry of entries) {
		const id = entry.check.id;
		if (checks + 1 > BACKUP_LIMITS.checks) throw new BackupLimitError('checks');
		if (entry.check.rooms.length > BACKUP_LIMITS.roomsPerCheck)
			throw new BackupLimitError('roomsPerCheck', id);
		if (entry.answers.length > BACKUP_LIMITS.answersPerCheck)
			throw new BackupLimitError('answersPerCheck', id);
		if (entry.photos.length > BACKUP_LIMITS.photosPerCheck)
			throw new BackupLimitError('photosPerCheck', id);
		answers += entry.answers.length;
		if (answers > BACKUP_LIMITS.answers) throw new BackupLimitError('answers');
		if (photos + entry.photos.length > BACKUP_LIMITS.photos) throw new BackupLimitError('photos');
		const json = encoder.encode(
			JSON.stringify({
				check: checkForFile(entry.check),
				answers: entry.answers.map(answerForFile),
				photos: entry.photos.map(photoMetaForFile)
			})
		);
		if (json.length > BACKUP_LIMITS.checkBytes) throw new BackupLimitError('checkBytes', id);
		await zip.add(checkFileName(checks), json, true);
		for (const photo of entry.photos) {
			if (photo.blob.size > BACKUP_LIMITS.photoBytes) throw new BackupLimitError('photoBytes', id);
			const bytes = new Uint8Array(await photo.blob.arrayBuffer());
			await zip.add(photoFileName(photo.id), bytes, false);
			photos += 1;
		}
		checks += 1;
		if (zip.bytes > BACKUP_LIMITS.archiveBytes) throw new BackupLimitError('archiveBytes');
		options.onProgress?.(checks);
	}
	const manifest = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		app: { version: options.appVersion ?? APP_VERSION },
		checks,
		photos
	};
	await zip.addText(MANIFEST, JSON.stringify(manifest));
	await zip.end();
	return { checks, photos, bytes: zip.bytes };
}

/** The problem of a backup for a problem of its zip. */
function zipRefusal(zip: ZipProblem): BackupProblem {
	const code = zip.problem === 'not-a-zip' ? 'not-a-backup' : zip.problem;
	return refusal(code, zip.detail);
}

/** The largest size a file of an archive may have, by its name; undefined for no backup's file. */
function maxSize(name: string): number | undefined {
	if (name === MANIFEST) return BACKUP_LIMITS.manifestBytes;
	if (CHECK_FILE.test(name)) return BACKUP_LIMITS.checkBytes;
	const photo = PHOTO_FILE.exec(name);
	if (photo && ID_PATTERN.test(photo[1]!) && photo[1]!.length <= BACKUP_LIMITS.id)
		return BACKUP_LIMITS.photoBytes;
	if (FOLDERS.has(name)) return 0;
	return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The JSON value of a file of the archive, or the problem with it. */
async function readJson(file: Blob, entry: ZipEntry): Promise<{ value: unknown } | BackupProblem> {
	const bytes = await readZipEntry(file, entry);
	if (!(bytes instanceof Uint8Array)) return zipRefusal(bytes);
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return refusal('invalid', `${entry.name}: not UTF-8`);
	}
	return parseJson(text);
}

type ArchiveCheck = ReturnType<typeof entryOf<PhotoMeta>>;

/** One check file read and checked, or the problem with it. */
async function readCheck(
	file: Blob,
	entry: ZipEntry,
	options: ReadOptions
): Promise<ArchiveCheck | BackupProblem> {
	const json = await readJson(file, entry);
	if ('problem' in json) return json;
	const result = v.safeParse(archiveEntry, json.value, { abortEarly: true });
	if (!result.success) return issueProblem(result.issues[0], `${entry.name}: `);
	return entryOf(result.output, options);
}

/** Whether a value is a problem rather than a check read. */
function isProblem(value: object): value is BackupProblem {
	return 'problem' in value;
}

/**
 * Read and check a version-2 backup file: its directory, its description, then every check
 * (one at a time) and that each photo it names is there. Photos are read only when restored.
 */
export async function readArchive(
	file: Blob,
	options: ReadOptions = {}
): Promise<ParsedBackup | BackupProblem> {
	try {
		return await readChecked(file, options);
	} catch (error) {
		return refusal('unreadable', String(error));
	}
}

async function readChecked(
	file: Blob,
	options: ReadOptions
): Promise<ParsedBackup | BackupProblem> {
	const decode = options.decode ?? checkStructure;
	const listing = await readZipDirectory(file, {
		entries: BACKUP_LIMITS.checks + BACKUP_LIMITS.photos + 1 + FOLDERS.size,
		maxSize,
		totalSize: BACKUP_LIMITS.archiveBytes + 1024 * 1024 * 1024
	});
	if (!Array.isArray(listing)) return zipRefusal(listing);
	const byName = new Map(listing.map((entry) => [entry.name, entry]));
	const manifestEntry = byName.get(MANIFEST);
	if (!manifestEntry) return refusal('not-a-backup', `no ${MANIFEST}`);
	const manifestJson = await readJson(file, manifestEntry);
	if ('problem' in manifestJson) return manifestJson;
	const described = manifestJson.value as Record<string, unknown> | null;
	if (typeof described !== 'object' || described === null || described.format !== BACKUP_FORMAT)
		return refusal('not-a-backup');
	const version = versionProblem(described.version, BACKUP_VERSION);
	if (version) return version;
	const manifest = v.safeParse(archiveManifest, described, { abortEarly: true });
	if (!manifest.success) return issueProblem(manifest.issues[0], `${MANIFEST}: `);
	const checkFiles = listing
		.filter((entry) => CHECK_FILE.test(entry.name))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	const photoFiles = listing.filter((entry) => PHOTO_FILE.test(entry.name));
	if (checkFiles.length !== manifest.output.checks || photoFiles.length !== manifest.output.photos)
		return refusal('invalid', 'not the checks and photos it says it holds');
	if (checkFiles.some((entry, i) => entry.name !== checkFileName(i)))
		return refusal('invalid', 'check files not numbered 1, 2, 3, …');

	const checks: FileCheck[] = [];
	const checkIds = new Set<string>();
	const photoIds = new Set<string>();
	const unknown = new Set<string>();
	let answers = 0;
	for (const [i, entry] of checkFiles.entries()) {
		const read = await readCheck(file, entry, options);
		if (isProblem(read)) return read;
		if (checkIds.has(read.check.id)) return refusal('invalid', 'a check is there twice');
		checkIds.add(read.check.id);
		for (const photo of read.photos) {
			if (photoIds.has(photo.id)) return refusal('invalid', 'photo ids repeat');
			photoIds.add(photo.id);
			if (!byName.has(photoFileName(photo.id)))
				return refusal('invalid', `${entry.name}: no file for photo ${photo.id}`);
		}
		answers += read.answers.length;
		if (answers > BACKUP_LIMITS.answers) return refusal('too-many', `${answers} answers`);
		addUnknownItemIds(unknown, read);
		checks.push(fileCheckOf(read, (photo) => byName.get(photoFileName(photo.id))!.size));
		options.onProgress?.(i + 1, checkFiles.length);
	}
	if (photoIds.size !== photoFiles.length) return refusal('invalid', 'photos no check names');

	return {
		version: BACKUP_VERSION,
		exportedAt: manifest.output.exportedAt,
		appVersion: manifest.output.app.version,
		checks,
		answers,
		photos: photoIds.size,
		unknownItemIds: [...unknown].sort(),
		async *entries(skip): AsyncGenerator<ReadEntry> {
			for (const [i, entry] of checkFiles.entries()) {
				if (skip?.has(checks[i]!.id)) continue;
				const read = await readCheck(file, entry, options);
				if (isProblem(read)) throw new BackupReadError(read);
				if (read.check.id !== checks[i]!.id)
					throw new BackupReadError(refusal('invalid', 'the file changed since it was read'));
				yield await withPhotos(file, read, byName, decode);
			}
		}
	};
}

/** A check read again, with the bytes of each of its photos that can be shown. */
async function withPhotos(
	file: Blob,
	read: ArchiveCheck,
	byName: ReadonlyMap<string, ZipEntry>,
	decode: NonNullable<ReadOptions['decode']>
): Promise<ReadEntry> {
	const photos: BackupPhoto[] = [];
	const leftOut: LeftOutPhoto[] = [];
	for (const meta of read.photos) {
		const bytes = await readZipEntry(file, byName.get(photoFileName(meta.id))!);
		if (!(bytes instanceof Uint8Array)) {
			// A file that can no longer be read stops the restore; a damaged photo is left out.
			if (bytes.problem === 'unreadable') throw new BackupReadError(zipRefusal(bytes));
			leftOut.push(leftOutPhoto(read.check, meta));
			continue;
		}
		const own = new Uint8Array(bytes); // its own buffer, not a view of the file's bytes
		if (await decode(own)) photos.push({ ...meta, type: PHOTO_TYPE, bytes: own });
		else leftOut.push(leftOutPhoto(read.check, meta));
	}
	const entry: BackupEntry = { check: read.check, answers: read.answers, photos };
	return { entry, leftOut };
}
