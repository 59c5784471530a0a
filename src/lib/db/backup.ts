/**
 * Backups in the database: reading checks out for a backup file a few at a time, and restoring
 * a file that $lib/backup has checked, all or nothing.
 *
 * A restore of thousands of checks and photos cannot be one transaction: a transaction may wait
 * for nothing but its own requests, and the file is read, inflated and its photos decoded as it
 * goes. So a restore is staged, then committed in one transaction:
 *
 * 1. Staging: each check's answers and photos are written in batches, under a check id that has
 *    no check record: the file's id for a check new here (or a new id for a copy), a fresh id
 *    for a check that replaces one here. The app reaches answers and photos only through their
 *    check, so nothing staged shows anywhere, and what is on the device is untouched.
 * 2. Commit, one durable transaction: it counts what was staged for each check (all of it must
 *    be there), writes the check records, and for a replaced check deletes the old answers and
 *    photos and moves the staged ones under its id. Only now does anything change for the user.
 * 3. On any failure before or during the commit (a full disk, a file that can no longer be
 *    read), what was staged is deleted again and the error is passed on: nothing changed. If
 *    the page dies half-way, what was staged belongs to no check: the next restore deletes it
 *    first (`sweepOrphans`). Restores hold a Web Lock, so two tabs never stage at once.
 */
import { writeArchive, type ArchiveMade, type WriteOptions } from '$lib/backup/archive';
import {
	answersSignature,
	PHOTO_TYPE,
	photosSignature,
	type BackupEntry,
	type ExportEntry
} from '$lib/backup/format';
import type { FileCheck, LeftOutPhoto, ParsedBackup } from '$lib/backup/validate';
import type { ByteSink } from '$lib/backup/zip';
import { answerKey, type Answer, type Check } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { newId } from './checks';
import { cleanAnswer, cleanCheck } from './records';
import type { Photo } from './schema';
import { openUndamaged, photoBlob, rawOf, type Unreadable } from './sealed';
import { write, type Db } from './write';

/** What to do with a check in the file that is already on this device. */
export const IMPORT_CHOICES = ['replace', 'keep-both', 'skip'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];
/** A choice per check id of the file; required for every conflict. */
export type ImportChoices = Readonly<Record<string, ImportChoice>>;

/** A check in the file whose id is already on this device. */
export interface Conflict {
	checkId: string;
	/** The label and visit date in the file (a list of conflicts shows both). */
	label: string;
	visitDate: string;
	/** When the check on this device and the one in the file were last changed. */
	storedUpdatedAt: number;
	fileUpdatedAt: number;
	/** The check on this device is deleted (it can still be restored). */
	deleted: boolean;
	/** "Already here": not deleted, same last change, same answers, same photos. */
	identical: boolean;
}

/** An import was asked without a choice for every conflict: nothing was written. */
export class ImportChoiceError extends Error {
	override name = 'ImportChoiceError';
	constructor(readonly checkIds: readonly string[]) {
		super(`No choice for checks already on this device: ${checkIds.join(', ')}`);
	}
}

/** What was staged is not all there at the commit (another tab deleted it): nothing changed. */
export class ImportIncompleteError extends Error {
	override name = 'ImportIncompleteError';
}

/** What an import wrote. */
export interface ImportResult {
	/** Each check written: its id in the file, its id on this device, and how. */
	written: { fileId: string; id: string; how: 'added' | 'replaced' | 'copied' }[];
	/** Ids (in the file) of the checks left out by a 'skip'. */
	skipped: string[];
	answers: number;
	photos: number;
	/** Photos of the checks written that could not be shown, so were left out. */
	leftOut: LeftOutPhoto[];
}

/** What a restore needs of a checked file (a ParsedBackup). */
export type ImportSource = Pick<ParsedBackup, 'checks' | 'entries'>;

/** Told how far a restore has come: checks staged of all to write. */
export interface ImportOptions {
	onProgress?: (done: number, total: number) => void;
}

/** Whether a record was found. */
function isDefined<T>(value: T | undefined): value is T {
	return value !== undefined;
}

/** Checks read per transaction when making a backup. */
const EXPORT_BATCH = 20;
/** A staging transaction holds at most this many records, or this many bytes of photos. */
const STAGE_RECORDS = 2000;
const STAGE_BYTES = 8 * 1024 * 1024;

/** One check as the backup screen lists it, to choose what goes in a backup. */
export interface BackupIndexRow {
	id: string;
	label: string;
	visitDate: string;
	previousId?: string;
	updatedAt: number;
	rooms: number;
	answers: number;
	photos: number;
	/** The photos' bytes (known without reading them). */
	photoBytes: number;
}

/**
 * Every check not deleted, most recently changed first, with what it would put in a backup. A
 * check whose record was changed or damaged is left out, and counted in `unreadable`: it
 * cannot be in a backup, and the others still can.
 */
export async function backupIndex(db: Db, unreadable?: Unreadable): Promise<BackupIndexRow[]> {
	const tx = db.transaction(['checks', 'answers', 'photos'], 'readonly');
	const stored = await rawOf(tx).objectStore('checks').index('by-updated').getAll();
	const checks = stored
		.reverse()
		.flatMap((raw) => openUndamaged('checks', raw, unreadable) ?? [])
		.filter((record) => !record.deletedAt)
		.map(cleanCheck);
	const rows = await Promise.all(
		checks.map(async (check): Promise<BackupIndexRow> => {
			// Photo values hold Blob handles only: their sizes are known without reading them.
			// A damaged one is not in the backup (the backup counts it).
			const [answers, storedPhotos] = await Promise.all([
				tx.objectStore('answers').index('by-check').count(check.id),
				rawOf(tx).objectStore('photos').index('by-check').getAll(check.id)
			]);
			const photos = storedPhotos.flatMap((raw) => openUndamaged('photos', raw) ?? []);
			return {
				id: check.id,
				label: check.label,
				visitDate: check.visitDate,
				...(check.previousId !== undefined ? { previousId: check.previousId } : {}),
				updatedAt: check.updatedAt,
				rooms: check.rooms.length,
				answers,
				photos: photos.length,
				photoBytes: photos.reduce((sum, photo) => sum + photo.blob.size, 0)
			};
		})
	);
	await tx.done;
	return rows;
}

/** What a backup left out because it was changed or damaged on the device. */
export interface Damaged {
	/** Check records: the check is not in the file. */
	checks: Unreadable;
	/** Answers and photos of checks that are: the rest of their check is. */
	parts: Unreadable;
}

/**
 * The checks for a backup file (all, or those of `checkIds` in that order), not deleted, most
 * recently changed first, a few per transaction, each with its answers and photos (still
 * Blobs). Answers and photos of rooms no longer in the check are left out: the app never shows
 * them, and a file must always read back. A record changed or damaged on the device is left
 * out and counted in `damaged`, so it does not stop a backup of the rest; locked, it throws.
 */
export async function* exportEntries(
	db: Db,
	checkIds?: readonly string[],
	damaged?: Damaged
): AsyncGenerator<ExportEntry> {
	const ids = checkIds
		? [...new Set(checkIds)]
		: (await db.getAllKeysFromIndex('checks', 'by-updated')).reverse();
	for (let start = 0; start < ids.length; start += EXPORT_BATCH) {
		const tx = rawOf(db.transaction(['checks', 'answers', 'photos'], 'readonly'));
		const batch = ids.slice(start, start + EXPORT_BATCH);
		const stored = await Promise.all(batch.map((id) => tx.objectStore('checks').get(id)));
		const checks = stored
			.filter(isDefined)
			.flatMap((raw) => openUndamaged('checks', raw, damaged?.checks) ?? [])
			.filter((record) => !record.deletedAt)
			.map(cleanCheck);
		const [storedAnswers, storedPhotos] = await Promise.all([
			Promise.all(checks.map((c) => tx.objectStore('answers').index('by-check').getAll(c.id))),
			Promise.all(checks.map((c) => tx.objectStore('photos').index('by-check').getAll(c.id)))
		]);
		const opened = <T>(store: 'answers' | 'photos', rows: T[]) =>
			rows.flatMap((raw) => openUndamaged(store, raw, damaged?.parts) ?? []);
		const answers = storedAnswers.map((rows) => opened('answers', rows));
		const photos = storedPhotos.map((rows) => opened('photos', rows));
		await tx.done;
		for (const [i, check] of checks.entries()) {
			const rooms = new Set(check.rooms.map((room) => room.id));
			const inRoom = (record: { roomId: string }) => rooms.has(record.roomId);
			yield {
				check,
				answers: answers[i]!.map(cleanAnswer).filter(inRoom),
				photos: photos[i]!.filter(inRoom)
					.sort((a, b) => a.createdAt - b.createdAt)
					.map((photo) => ({
						id: photo.id,
						roomId: photo.roomId,
						itemId: photo.itemId,
						width: photo.width,
						height: photo.height,
						createdAt: photo.createdAt,
						...(photo.fromPrevious ? { fromPrevious: true as const } : {}),
						type: PHOTO_TYPE,
						blob: photo.blob
					}))
			};
		}
	}
}

/**
 * Write a backup file of every check, or of `checkIds`, to `sink`: format 2, or format 3 with a
 * `password`. A few checks are read at a time, one photo's bytes in memory at a time. Throws
 * BackupLimitError when the file would pass a limit of BACKUP_LIMITS (the screen warns before).
 */
export function writeBackup(
	db: Db,
	sink: ByteSink,
	options: WriteOptions & { checkIds?: readonly string[]; damaged?: Damaged } = {}
): Promise<ArchiveMade> {
	return writeArchive(exportEntries(db, options.checkIds, options.damaged), sink, options);
}

/**
 * The checks for a backup, whole, their photos' bytes read: for the tests, which write
 * version-1 files with them. The app writes archives from `exportEntries`.
 */
export async function readBackupEntries(
	db: Db,
	checkIds?: readonly string[]
): Promise<BackupEntry[]> {
	const entries: BackupEntry[] = [];
	for await (const { photos, ...entry } of exportEntries(db, checkIds)) {
		entries.push({
			...entry,
			photos: await Promise.all(
				photos.map(async ({ blob, ...photo }) => ({
					...photo,
					bytes: new Uint8Array(await blob.arrayBuffer())
				}))
			)
		});
	}
	return entries;
}

/** Which checks of a backup are already on this device, and whether each is the same there. */
export async function findConflicts(
	db: Db,
	parsed: Pick<ParsedBackup, 'checks'>
): Promise<Conflict[]> {
	const tx = db.transaction(['checks', 'answers', 'photos'], 'readonly');
	const stored = await Promise.all(
		parsed.checks.map((file) => tx.objectStore('checks').get(file.id))
	);
	const conflicts: Conflict[] = [];
	// One check's answers at a time: a file of thousands of checks already here stays small.
	for (const [i, file] of parsed.checks.entries()) {
		const raw = stored[i];
		if (!raw) continue;
		const check = cleanCheck(raw);
		const deleted = Boolean(raw.deletedAt);
		const [answers, photos] = await Promise.all([
			tx.objectStore('answers').index('by-check').getAll(check.id),
			tx.objectStore('photos').index('by-check').getAll(check.id)
		]);
		const same =
			check.updatedAt === file.updatedAt &&
			answersSignature(answers.map(cleanAnswer)) === file.answersSignature &&
			photosSignature(photos.map((p) => ({ ...p, size: p.blob.size }))) === file.photosSignature;
		conflicts.push({
			checkId: check.id,
			label: file.label,
			visitDate: file.visitDate,
			storedUpdatedAt: check.updatedAt,
			fileUpdatedAt: file.updatedAt,
			deleted,
			identical: same && !deleted
		});
	}
	await tx.done;
	return conflicts;
}

/** How one check of the file is imported. */
interface Plan {
	fileId: string;
	how: 'added' | 'replaced' | 'copied' | 'skipped';
	/** Its id on this device. */
	id: string;
}

/** The choice made for a check, if it is one of the known choices. */
function choiceFor(choices: ImportChoices, checkId: string): ImportChoice | undefined {
	if (!Object.hasOwn(choices, checkId)) return undefined;
	const choice = choices[checkId];
	return (IMPORT_CHOICES as readonly unknown[]).includes(choice) ? choice : undefined;
}

/** How each check is imported, given which are on the device; throws when a choice is missing. */
function planImport(
	checks: readonly FileCheck[],
	present: readonly boolean[],
	choices: ImportChoices
): Plan[] {
	const missing = checks
		.filter((check, i) => present[i] && !choiceFor(choices, check.id))
		.map((check) => check.id);
	if (missing.length > 0) throw new ImportChoiceError(missing);
	return checks.map((check, i): Plan => {
		const choice = choiceFor(choices, check.id);
		const fileId = check.id;
		if (choice === 'skip') return { fileId, how: 'skipped', id: fileId };
		if (!present[i]) return { fileId, how: 'added', id: fileId };
		return choice === 'keep-both'
			? { fileId, how: 'copied', id: newId() }
			: { fileId, how: 'replaced', id: fileId };
	});
}

/** A check staged: where its records wait, and how many of each must be there at the commit. */
interface Staged {
	plan: Plan;
	stagingId: string;
	record: Check;
	answers: number;
	photos: number;
}

/** The check record to store for a planned check: its id, its earlier visit, a fresh summary. */
function checkRecord(
	plan: Plan,
	entry: BackupEntry,
	answers: readonly Answer[],
	copies: Map<string, string>
): Check {
	const check: Check = { ...entry.check, id: plan.id };
	if (check.previousId !== undefined)
		check.previousId = copies.get(check.previousId) ?? check.previousId;
	if (check.clientId !== undefined) check.clientId = copies.get(check.clientId) ?? check.clientId;
	const byKey = new Map(answers.map((a) => [answerKey(a.roomId, a.itemId), a]));
	return { ...check, summary: checkSummary(check, byKey) };
}

/** Answers and photos waiting to be staged, written a transaction at a time. */
class StagingBatch {
	#answers: Answer[] = [];
	#photos: { record: Photo; keepId: boolean }[] = [];
	#bytes = 0;

	constructor(private readonly db: Db) {}

	async answer(answer: Answer): Promise<void> {
		this.#answers.push(answer);
		if (this.#answers.length + this.#photos.length >= STAGE_RECORDS) await this.flush();
	}

	async photo(record: Photo, keepId: boolean): Promise<void> {
		this.#photos.push({ record, keepId });
		this.#bytes += record.blob.size;
		if (this.#bytes >= STAGE_BYTES || this.#answers.length + this.#photos.length >= STAGE_RECORDS)
			await this.flush();
	}

	/** Write what waits, durably; a photo keeps its id unless another photo here has it. */
	async flush(): Promise<void> {
		const answers = this.#answers;
		const photos = this.#photos;
		this.#answers = [];
		this.#photos = [];
		this.#bytes = 0;
		if (answers.length === 0 && photos.length === 0) return;
		await write(
			this.db,
			['answers', 'photos'],
			async (tx) => {
				const requests: Promise<unknown>[] = [];
				const track = (request: Promise<unknown>) => {
					request.catch(() => {}); // awaited below; this only keeps an abort from going unhandled
					requests.push(request);
				};
				for (const answer of answers) track(tx.objectStore('answers').add(answer));
				const store = tx.objectStore('photos');
				const taken = await Promise.all(
					photos.map(({ record, keepId }) => (keepId ? store.getKey(record.id) : 'copy'))
				);
				for (const [i, { record }] of photos.entries()) {
					track(store.add(taken[i] === undefined ? record : { ...record, id: newId() }));
				}
				await Promise.all(requests);
			},
			'strict'
		);
	}
}

/** Run a restore alone: other tabs of this browser wait (Web Locks, where the browser has them). */
function alone<T>(work: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	return locks ? locks.request('footing-backup-restore', work) : work();
}

/** Delete the answers and photos stored under these check ids that have no check record. */
async function deleteUnclaimed(db: Db, checkIds: readonly string[]): Promise<void> {
	for (const checkId of checkIds) {
		await write(db, ['checks', 'answers', 'photos'], async (tx) => {
			if ((await tx.objectStore('checks').getKey(checkId)) !== undefined) return;
			const [answerKeys, photoKeys] = await Promise.all([
				tx.objectStore('answers').index('by-check').getAllKeys(checkId),
				tx.objectStore('photos').index('by-check').getAllKeys(checkId)
			]);
			await Promise.all([
				...answerKeys.map((key) => tx.objectStore('answers').delete(key)),
				...photoKeys.map((key) => tx.objectStore('photos').delete(key))
			]);
		});
	}
}

/**
 * Delete answers and photos that belong to no check: what a restore staged when its page died.
 * The app never writes an answer or a photo without its check (saves into a deleted check are
 * dropped, a purge deletes all three together), so these are never anyone's data.
 */
export async function sweepOrphans(db: Db): Promise<number> {
	const tx = db.transaction(['checks', 'answers', 'photos'], 'readonly');
	const owners = new Set<string>();
	for (const store of ['answers', 'photos'] as const) {
		let cursor = await tx.objectStore(store).index('by-check').openKeyCursor(null, 'nextunique');
		while (cursor) {
			owners.add(cursor.key);
			cursor = await cursor.continue();
		}
	}
	const found = await Promise.all(
		[...owners].map(async (id) =>
			(await tx.objectStore('checks').getKey(id)) === undefined ? id : undefined
		)
	);
	await tx.done;
	const orphans = found.filter(isDefined);
	await deleteUnclaimed(db, orphans);
	return orphans.length;
}

/** Write the staged checks in one durable transaction, or nothing. */
function commit(db: Db, staged: readonly Staged[]): Promise<void> {
	return write(
		db,
		['checks', 'answers', 'photos'],
		async (tx) => {
			const checks = tx.objectStore('checks');
			const answers = tx.objectStore('answers');
			const photos = tx.objectStore('photos');
			const requests: Promise<unknown>[] = [];
			const track = (request: Promise<unknown>) => {
				request.catch(() => {});
				requests.push(request);
			};
			for (const one of staged) {
				const [answerCount, photoCount] = await Promise.all([
					answers.index('by-check').count(one.stagingId),
					photos.index('by-check').count(one.stagingId)
				]);
				if (answerCount !== one.answers || photoCount !== one.photos)
					throw new ImportIncompleteError(
						`What was staged for ${one.plan.fileId} is not all there`
					);
				if (one.plan.how !== 'replaced') {
					track(checks.add(one.record));
					continue;
				}
				const id = one.plan.id;
				const [oldAnswers, oldPhotos, newAnswers, newPhotos] = await Promise.all([
					answers.index('by-check').getAllKeys(id),
					photos.index('by-check').getAllKeys(id),
					answers.index('by-check').getAll(one.stagingId),
					photos.index('by-check').getAll(one.stagingId)
				]);
				// Requests run in order: the old records go before the new ones take their keys.
				for (const key of oldAnswers) track(answers.delete(key));
				for (const key of oldPhotos) track(photos.delete(key));
				for (const answer of newAnswers) {
					track(answers.delete([one.stagingId, answer.roomId, answer.itemId]));
					track(answers.add({ ...answer, checkId: id }));
				}
				for (const photo of newPhotos) track(photos.put({ ...photo, checkId: id }));
				track(checks.put(one.record));
			}
			await Promise.all(requests);
		},
		'strict'
	);
}

/**
 * Restore a checked backup, all or nothing (see the top of this file). Checks already on this
 * device need a choice each (see findConflicts): 'replace' puts the file's check in place of the
 * stored one (its answers and photos too); 'keep-both' adds a copy under a new id (same label,
 * rooms and answers); 'skip' leaves it. A missing choice throws ImportChoiceError before
 * anything is written; any failure (a full disk: StorageFullError; a file that can no longer be
 * read: BackupReadError) leaves the data as it was. Photos that cannot be shown are left out and
 * listed in the result. Summaries are counted again from the answers.
 */
export function importBackup(
	db: Db,
	parsed: ImportSource,
	choices: ImportChoices = {},
	options: ImportOptions = {}
): Promise<ImportResult> {
	return alone(async () => {
		const present = await Promise.all(
			parsed.checks.map(async (check) => (await db.getKey('checks', check.id)) !== undefined)
		);
		const plans = planImport(parsed.checks, present, choices);
		const byFileId = new Map(plans.map((plan) => [plan.fileId, plan]));
		const copies = new Map(plans.filter((p) => p.how === 'copied').map((p) => [p.fileId, p.id]));
		const toWrite = plans.filter((plan) => plan.how !== 'skipped');
		await sweepOrphans(db);
		const staged: Staged[] = [];
		const leftOut: LeftOutPhoto[] = [];
		const batch = new StagingBatch(db);
		try {
			const skip = new Set(plans.filter((p) => p.how === 'skipped').map((p) => p.fileId));
			for await (const read of parsed.entries(skip)) {
				const plan = byFileId.get(read.entry.check.id);
				if (!plan || plan.how === 'skipped') continue;
				const stagingId = plan.how === 'replaced' ? newId() : plan.id;
				const answers = read.entry.answers.map((answer) => ({ ...answer, checkId: stagingId }));
				const one: Staged = {
					plan,
					stagingId,
					record: checkRecord(plan, read.entry, answers, copies),
					answers: answers.length,
					photos: 0
				};
				staged.push(one); // before its first record is written: a rollback knows of it
				for (const answer of answers) await batch.answer(answer);
				for (const photo of read.entry.photos) {
					const record: Photo = {
						id: photo.id,
						checkId: stagingId,
						roomId: photo.roomId,
						itemId: photo.itemId,
						blob: photoBlob(photo.bytes, photo.type),
						width: photo.width,
						height: photo.height,
						createdAt: photo.createdAt,
						...(photo.fromPrevious ? { fromPrevious: true } : {})
					};
					await batch.photo(record, plan.how !== 'copied');
					one.photos += 1;
				}
				leftOut.push(...read.leftOut);
				options.onProgress?.(staged.length, toWrite.length);
			}
			await batch.flush();
			if (staged.length !== toWrite.length)
				throw new ImportIncompleteError('The file held fewer checks than it said');
			await commit(db, staged);
		} catch (error) {
			await deleteUnclaimed(
				db,
				staged.map((one) => one.stagingId)
			).catch((cleanup: unknown) => console.error(cleanup)); // the next restore sweeps it
			throw error;
		}
		return {
			written: staged.map((one) => ({
				fileId: one.plan.fileId,
				id: one.plan.id,
				how: one.plan.how as 'added' | 'replaced' | 'copied'
			})),
			skipped: plans.filter((p) => p.how === 'skipped').map((p) => p.fileId),
			answers: staged.reduce((sum, one) => sum + one.answers, 0),
			photos: staged.reduce((sum, one) => sum + one.photos, 0),
			leftOut
		};
	});
}
