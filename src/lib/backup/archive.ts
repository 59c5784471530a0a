/**
 * Backup format 2: a zip archive (zip.ts) of
 *
 *   checks/00001.json   one check with its answers, and what it says of its photos
 *   photos/<id>.jpg     each photo's JPEG, stored as it is
 *   footing-backup.json what the file is: format, version, when made, how many checks and photos
 *
 * made and read one check and one photo at a time, so that a caseload of any size backs up and
 * restores within a phone's memory. Format 3 is the same zip made with a password: every file
 * but the description holds its bytes sealed (sealed.ts), and the description says how the key
 * is wrapped. See README.md in this folder.
 */
import * as v from 'valibot';
import type { Sealer } from '$lib/crypto/seal';
import {
	answerForFile,
	APP_VERSION,
	ARCHIVE_VERSION,
	BACKUP_FORMAT,
	checkForFile,
	PHOTO_TYPE,
	photoMetaForFile,
	SEALED_VERSION,
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
	sealedManifest,
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
/** What sealing adds to a file's bytes: its nonce (12 bytes) and its tag (16). */
const SEALED_EXTRA = 28;
/** The cipher, loaded only for a file with a password. */
const sealing = () => import('./sealed');

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

/** How a backup is written. */
export interface WriteOptions {
	now?: Date;
	appVersion?: string;
	onProgress?: (checks: number) => void;
	/** Protect the file with this password (format 3); without one the file is format 2. */
	password?: string;
	/** PBKDF2 iterations for the password: only the tests ask for fewer than 600,000. */
	iterations?: number;
}

/**
 * Write a backup of `entries` to `sink`, one check and one photo at a time: each photo's bytes
 * are read from its Blob only when it is written. Throws BackupLimitError (nothing useful
 * written) when a check would pass a limit the reader keeps to, so a file made is always a
 * file that restores. With a password every check and photo is sealed with a new file key.
 */
export async function writeArchive(
	entries: AsyncIterable<ExportEntry>,
	sink: ByteSink,
	options: WriteOptions = {}
): Promise<ArchiveMade> {
	const now = options.now ?? new Date();
	if (options.password === '') throw new Error('A backup’s password cannot be empty.');
	const key =
		options.password === undefined
			? undefined
			: await (await sealing()).newFileKey(options.password, options.iterations);
	const seal = (name: string, bytes: Uint8Array) => (key ? key.sealer.seal(bytes, name) : bytes);
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
		// Sealed bytes do not compress: a sealed check is stored as it is (README.md).
		const name = checkFileName(checks);
		await zip.add(name, seal(name, json), !key);
		for (const photo of entry.photos) {
			if (photo.blob.size > BACKUP_LIMITS.photoBytes) throw new BackupLimitError('photoBytes', id);
			const bytes = new Uint8Array(await photo.blob.arrayBuffer());
			const photoName = photoFileName(photo.id);
			await zip.add(photoName, seal(photoName, bytes), false);
			photos += 1;
		}
		checks += 1;
		if (zip.bytes > BACKUP_LIMITS.archiveBytes) throw new BackupLimitError('archiveBytes');
		options.onProgress?.(checks);
	}
	const manifest = {
		format: BACKUP_FORMAT,
		version: key ? SEALED_VERSION : ARCHIVE_VERSION,
		exportedAt: now.toISOString(),
		app: { version: options.appVersion ?? APP_VERSION },
		checks,
		photos,
		...(key ? { encryption: key.encryption } : {})
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

/**
 * The largest size a file of an archive may have, by its name (sealed: `extra` bytes more);
 * undefined for no backup's file.
 */
function maxSize(name: string, extra = SEALED_EXTRA): number | undefined {
	if (name === MANIFEST) return BACKUP_LIMITS.manifestBytes;
	if (CHECK_FILE.test(name)) return BACKUP_LIMITS.checkBytes + extra;
	const photo = PHOTO_FILE.exec(name);
	if (photo && ID_PATTERN.test(photo[1]!) && photo[1]!.length <= BACKUP_LIMITS.id)
		return BACKUP_LIMITS.photoBytes + extra;
	if (FOLDERS.has(name)) return 0;
	return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a file's bytes are when its seal does not open: changed or damaged. */
const tampered = (entry: ZipEntry) =>
	refusal('invalid', `${entry.name}: sealed bytes changed or damaged`);

/** The bytes sealed in a file of the archive, or undefined when its seal does not open. */
function opened(sealer: Sealer, entry: ZipEntry, bytes: Uint8Array): Uint8Array | undefined {
	try {
		return sealer.open(bytes, entry.name);
	} catch {
		return undefined;
	}
}

/** The JSON value of a file of the archive (opened with `sealer`), or the problem with it. */
async function readJson(
	file: Blob,
	entry: ZipEntry,
	sealer?: Sealer
): Promise<{ value: unknown } | BackupProblem> {
	const read = await readZipEntry(file, entry);
	if (!(read instanceof Uint8Array)) return zipRefusal(read);
	const bytes = sealer ? opened(sealer, entry, read) : read;
	if (!bytes) return tampered(entry);
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
	options: ReadOptions,
	sealer: Sealer | undefined
): Promise<ArchiveCheck | BackupProblem> {
	const json = await readJson(file, entry, sealer);
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
 * Read and check a version-2 or version-3 backup file: its directory, its description, the
 * password of a version-3 file, then every check (one at a time) and that each photo it names
 * is there. Photos are read only when restored.
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
	const version = versionProblem(described.version, [ARCHIVE_VERSION, SEALED_VERSION]);
	if (version) return version;
	const isSealed = described.version === SEALED_VERSION;
	const manifest = v.safeParse(isSealed ? sealedManifest : archiveManifest, described, {
		abortEarly: true
	});
	if (!manifest.success) return issueProblem(manifest.issues[0], `${MANIFEST}: `);
	const extra = isSealed ? SEALED_EXTRA : 0;
	const over = listing.find((entry) => entry.size > maxSize(entry.name, extra)!);
	if (over) return refusal('too-big', `${JSON.stringify(over.name)}: ${over.size} bytes`);
	const checkFiles = listing
		.filter((entry) => CHECK_FILE.test(entry.name))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	const photoFiles = listing.filter((entry) => PHOTO_FILE.test(entry.name));
	if (checkFiles.length !== manifest.output.checks || photoFiles.length !== manifest.output.photos)
		return refusal('invalid', 'not the checks and photos it says it holds');
	if (checkFiles.some((entry, i) => entry.name !== checkFileName(i)))
		return refusal('invalid', 'check files not numbered 1, 2, 3, …');
	let sealer: Sealer | undefined;
	if ('encryption' in manifest.output) {
		if (!options.password) return refusal('password-needed');
		sealer = await (await sealing()).openFileKey(manifest.output.encryption, options.password);
		if (!sealer) return refusal('wrong-password');
	}

	const checks: FileCheck[] = [];
	const checkIds = new Set<string>();
	const photoIds = new Set<string>();
	const unknown = new Set<string>();
	let answers = 0;
	for (const [i, entry] of checkFiles.entries()) {
		const read = await readCheck(file, entry, options, sealer);
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
		checks.push(fileCheckOf(read, (photo) => byName.get(photoFileName(photo.id))!.size - extra));
		options.onProgress?.(i + 1, checkFiles.length);
	}
	if (photoIds.size !== photoFiles.length) return refusal('invalid', 'photos no check names');

	return {
		version: manifest.output.version,
		exportedAt: manifest.output.exportedAt,
		appVersion: manifest.output.app.version,
		checks,
		answers,
		photos: photoIds.size,
		unknownItemIds: [...unknown].sort(),
		async *entries(skip): AsyncGenerator<ReadEntry> {
			for (const [i, entry] of checkFiles.entries()) {
				if (skip?.has(checks[i]!.id)) continue;
				const read = await readCheck(file, entry, options, sealer);
				if (isProblem(read)) throw new BackupReadError(read);
				if (read.check.id !== checks[i]!.id)
					throw new BackupReadError(refusal('invalid', 'the file changed since it was read'));
				yield await withPhotos(file, read, byName, decode, sealer);
			}
		}
	};
}

/**
 * A check read again, with the bytes of each of its photos that can be shown. In a sealed file
 * a photo whose bytes changed stops the restore: changed on purpose or damaged, no one can tell.
 */
async function withPhotos(
	file: Blob,
	read: ArchiveCheck,
	byName: ReadonlyMap<string, ZipEntry>,
	decode: NonNullable<ReadOptions['decode']>,
	sealer: Sealer | undefined
): Promise<ReadEntry> {
	const photos: BackupPhoto[] = [];
	const leftOut: LeftOutPhoto[] = [];
	for (const meta of read.photos) {
		const entry = byName.get(photoFileName(meta.id))!;
		const stored = await readZipEntry(file, entry);
		if (!(stored instanceof Uint8Array)) {
			// A file that can no longer be read stops the restore; a damaged photo is left out.
			if (stored.problem === 'unreadable' || sealer) throw new BackupReadError(zipRefusal(stored));
			leftOut.push(leftOutPhoto(read.check, meta));
			continue;
		}
		const bytes = sealer ? opened(sealer, entry, stored) : stored;
		if (!bytes) throw new BackupReadError(tampered(entry));
		const own = new Uint8Array(bytes); // its own buffer, not a view of the file's bytes
		if (await decode(own)) photos.push({ ...meta, type: PHOTO_TYPE, bytes: own });
		else leftOut.push(leftOutPhoto(read.check, meta));
	}
	const entry: BackupEntry = { check: read.check, answers: read.answers, photos };
	return { entry, leftOut };
}
