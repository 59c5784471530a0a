/**
 * Backups in the database: reading checks out for a backup file, and importing a backup file
 * that $lib/backup/validate.ts has checked whole. An import is one transaction over checks,
 * answers and photos: it all lands, or (a full disk, a failure half-way) nothing changes.
 */
import { PHOTO_TYPE, answerForFile, type BackupEntry, type BackupPhoto } from '$lib/backup/format';
import type { ParsedBackup } from '$lib/backup/validate';
import { answerKey, type Answer, type Check } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { newId } from './checks';
import { cleanAnswer, cleanCheck } from './records';
import type { Photo } from './schema';
import { write, type Db, type WriteTx } from './write';

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

/** What an import wrote. */
export interface ImportResult {
	/** Each check written: its id in the file, its id on this device, and how. */
	written: { fileId: string; id: string; how: 'added' | 'replaced' | 'copied' }[];
	/** Ids (in the file) of the checks left out by a 'skip'. */
	skipped: string[];
	answers: number;
	photos: number;
}

/** Whether a record was found. */
function isDefined<T>(value: T | undefined): value is T {
	return value !== undefined;
}

/** A photo record as it goes into a backup: bytes read from its Blob. */
async function backupPhoto(photo: Photo): Promise<BackupPhoto> {
	return {
		id: photo.id,
		roomId: photo.roomId,
		itemId: photo.itemId,
		width: photo.width,
		height: photo.height,
		createdAt: photo.createdAt,
		type: PHOTO_TYPE,
		bytes: new Uint8Array(await photo.blob.arrayBuffer())
	};
}

/**
 * The checks for a backup file (all, or those of `checkIds`), not deleted, most recently
 * changed first, each with its answers and photos (as bytes). Answers and photos of rooms no
 * longer in the check are left out: the app never shows them, and a file must always read back.
 */
export async function readBackupEntries(
	db: Db,
	checkIds?: readonly string[]
): Promise<BackupEntry[]> {
	const tx = db.transaction(['checks', 'answers', 'photos'], 'readonly');
	const store = tx.objectStore('checks');
	const raws = checkIds
		? await Promise.all([...new Set(checkIds)].map((id) => store.get(id)))
		: (await store.index('by-updated').getAll()).reverse();
	const checks = raws
		.filter(isDefined)
		.filter((raw) => !raw.deletedAt)
		.map(cleanCheck);
	const [answers, photos] = await Promise.all([
		Promise.all(checks.map((c) => tx.objectStore('answers').index('by-check').getAll(c.id))),
		Promise.all(checks.map((c) => tx.objectStore('photos').index('by-check').getAll(c.id)))
	]);
	await tx.done;
	const entries: BackupEntry[] = [];
	for (const [i, check] of checks.entries()) {
		const rooms = new Set(check.rooms.map((room) => room.id));
		const inRoom = (record: { roomId: string }) => rooms.has(record.roomId);
		const kept = photos[i]!.filter(inRoom).sort((a, b) => a.createdAt - b.createdAt);
		entries.push({
			check,
			answers: answers[i]!.map(cleanAnswer).filter(inRoom),
			photos: await Promise.all(kept.map(backupPhoto))
		});
	}
	return entries;
}

/** JSON with the keys of every object sorted, to compare records whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
			: inner
	);
}

/** The answers of a check, comparable whatever their order and however they were stored. */
function answersSignature(answers: readonly Answer[]): string {
	return answers
		.map((answer) => canonical(answerForFile(answer)))
		.sort()
		.join('\n');
}

/** The photos of a check, comparable by what they show without reading their bytes. */
function photosSignature(
	photos: readonly {
		roomId: string;
		itemId: string;
		createdAt: number;
		width: number;
		height: number;
		size: number;
	}[]
): string {
	return photos
		.map((p) => `${p.roomId}/${p.itemId}/${p.createdAt}/${p.width}x${p.height}/${p.size}`)
		.sort()
		.join('\n');
}

/** Which checks of a backup are already on this device, and whether each is the same there. */
export async function findConflicts(db: Db, parsed: ParsedBackup): Promise<Conflict[]> {
	const tx = db.transaction(['checks', 'answers', 'photos'], 'readonly');
	const stored = await Promise.all(
		parsed.entries.map((entry) => tx.objectStore('checks').get(entry.check.id))
	);
	const found = parsed.entries.flatMap((entry, i) => {
		const raw = stored[i];
		return raw ? [{ entry, check: cleanCheck(raw), deleted: Boolean(raw.deletedAt) }] : [];
	});
	const [answers, photos] = await Promise.all([
		Promise.all(found.map((f) => tx.objectStore('answers').index('by-check').getAll(f.check.id))),
		Promise.all(found.map((f) => tx.objectStore('photos').index('by-check').getAll(f.check.id)))
	]);
	await tx.done;
	return found.map(({ entry, check, deleted }, i) => {
		const same =
			check.updatedAt === entry.check.updatedAt &&
			answersSignature(answers[i]!.map(cleanAnswer)) === answersSignature(entry.answers) &&
			photosSignature(photos[i]!.map((p) => ({ ...p, size: p.blob.size }))) ===
				photosSignature(entry.photos.map((p) => ({ ...p, size: p.bytes.length })));
		return {
			checkId: check.id,
			label: entry.check.label,
			visitDate: entry.check.visitDate,
			storedUpdatedAt: check.updatedAt,
			fileUpdatedAt: entry.check.updatedAt,
			deleted,
			identical: same && !deleted
		};
	});
}

/** How one check of the file is imported. */
interface Plan {
	entry: BackupEntry;
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
	entries: readonly BackupEntry[],
	present: readonly boolean[],
	choices: ImportChoices
): Plan[] {
	const missing = entries
		.filter((entry, i) => present[i] && !choiceFor(choices, entry.check.id))
		.map((entry) => entry.check.id);
	if (missing.length > 0) throw new ImportChoiceError(missing);
	return entries.map((entry, i): Plan => {
		const choice = choiceFor(choices, entry.check.id);
		const id = entry.check.id;
		if (choice === 'skip') return { entry, how: 'skipped', id };
		if (!present[i]) return { entry, how: 'added', id };
		return choice === 'keep-both'
			? { entry, how: 'copied', id: newId() }
			: { entry, how: 'replaced', id };
	});
}

type ImportTx = WriteTx<('checks' | 'answers' | 'photos')[]>;
/** Keeps a request of the import, so its failure aborts the import instead of going unseen. */
type Track = (request: Promise<unknown>) => void;

/** The check record to store for a planned check: its id, its earlier visit, a fresh summary. */
function checkRecord(plan: Plan, answers: readonly Answer[], copies: Map<string, string>): Check {
	const check: Check = { ...plan.entry.check, id: plan.id };
	if (check.previousId !== undefined)
		check.previousId = copies.get(check.previousId) ?? check.previousId;
	const byKey = new Map(answers.map((a) => [answerKey(a.roomId, a.itemId), a]));
	return { ...check, summary: checkSummary(check, byKey) };
}

/** Delete the answers and photos stored under a check id (before they are written again). */
async function clearCheck(tx: ImportTx, checkId: string, track: Track): Promise<void> {
	const [answerKeys, photoKeys] = await Promise.all([
		tx.objectStore('answers').index('by-check').getAllKeys(checkId),
		tx.objectStore('photos').index('by-check').getAllKeys(checkId)
	]);
	for (const key of answerKeys) track(tx.objectStore('answers').delete(key));
	for (const key of photoKeys) track(tx.objectStore('photos').delete(key));
}

/** The photo records of a planned check; a photo keeps its id unless it is taken or copied. */
async function photoRecords(tx: ImportTx, plan: Plan): Promise<Photo[]> {
	const photos = plan.entry.photos;
	const taken =
		plan.how === 'copied'
			? photos.map(() => true)
			: (await Promise.all(photos.map((p) => tx.objectStore('photos').getKey(p.id)))).map(
					isDefined
				);
	return photos.map((photo, i) => ({
		id: taken[i] ? newId() : photo.id,
		checkId: plan.id,
		roomId: photo.roomId,
		itemId: photo.itemId,
		blob: new Blob([photo.bytes], { type: photo.type }),
		width: photo.width,
		height: photo.height,
		createdAt: photo.createdAt
	}));
}

/** Write one planned check with its answers and photos. */
async function writeEntry(
	tx: ImportTx,
	plan: Plan,
	copies: Map<string, string>,
	track: Track
): Promise<void> {
	if (plan.how !== 'copied') await clearCheck(tx, plan.id, track);
	const answers = plan.entry.answers.map((answer) => ({ ...answer, checkId: plan.id }));
	const check = checkRecord(plan, answers, copies);
	const checks = tx.objectStore('checks');
	track(plan.how === 'replaced' ? checks.put(check) : checks.add(check));
	for (const answer of answers) track(tx.objectStore('answers').add(answer));
	for (const photo of await photoRecords(tx, plan)) track(tx.objectStore('photos').add(photo));
}

/**
 * Import a checked backup in one transaction, durably. Checks already on this device need a
 * choice each (see findConflicts): 'replace' deletes the stored check's answers and photos and
 * writes the file's; 'keep-both' adds a copy under a new id (same label, rooms and answers);
 * 'skip' leaves it. A missing choice throws ImportChoiceError before anything is written; any
 * failure (a full disk: StorageFullError) aborts the whole import, leaving the data as it was.
 */
export function importBackup(
	db: Db,
	parsed: ParsedBackup,
	choices: ImportChoices = {}
): Promise<ImportResult> {
	return write(
		db,
		['checks', 'answers', 'photos'],
		async (tx) => {
			const checks = tx.objectStore('checks');
			const stored = await Promise.all(parsed.entries.map((e) => checks.getKey(e.check.id)));
			const plans = planImport(parsed.entries, stored.map(isDefined), choices);
			const copies = new Map(
				plans.filter((p) => p.how === 'copied').map((p) => [p.entry.check.id, p.id])
			);
			const requests: Promise<unknown>[] = [];
			const track: Track = (request) => {
				request.catch(() => {}); // awaited below; this only keeps an abort from going unhandled
				requests.push(request);
			};
			for (const plan of plans) {
				if (plan.how !== 'skipped') await writeEntry(tx, plan, copies, track);
			}
			await Promise.all(requests);
			return importResult(plans);
		},
		'strict'
	);
}

/** What an import wrote, from its plan. */
function importResult(plans: readonly Plan[]): ImportResult {
	const written = plans.filter((p) => p.how !== 'skipped');
	return {
		written: written.map((p) => ({
			fileId: p.entry.check.id,
			id: p.id,
			how: p.how as 'added' | 'replaced' | 'copied'
		})),
		skipped: plans.filter((p) => p.how === 'skipped').map((p) => p.entry.check.id),
		answers: written.reduce((sum, p) => sum + p.entry.answers.length, 0),
		photos: written.reduce((sum, p) => sum + p.entry.photos.length, 0)
	};
}
