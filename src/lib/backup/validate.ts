/**
 * Reading a backup: every byte is checked before anything is written. A file is either refused
 * with a problem code (the screens turn it into words) or read whole into a `ParsedBackup`:
 * what is in it, and its checks to read again one by one as they are restored. This file holds
 * the rules both formats share (the shape of a check, its answers and photos), and reads
 * version 1 (one JSON document); archive.ts reads version 2 (a zip). Never throws, whatever the
 * file holds.
 */
import * as v from 'valibot';
import {
	ANSWER_FIELDS,
	CHECK_MODES,
	CHECKERS,
	GIVEN_WAYS,
	isValidBsn,
	type Answer,
	type AnswerField,
	type Check
} from '$lib/checklist/check';
import { itemById } from '$lib/checklist/catalogue';
import { isCalendarDate } from '$lib/checklist/dates';
import { cleanLabel, untitledLabel } from '$lib/checklist/label';
import type { Language } from '$lib/checklist/types';
import { FORBIDDEN_KEYS, parseHardenedJson } from './json';
import { lengthOf, LIMITS, utf8Length } from '$lib/checklist/limits';
import {
	OWNERS,
	PRIORITIES,
	REGIONS,
	ROOM_KINDS,
	type Region,
	type Text
} from '$lib/checklist/types';
import { FALL_RISK_LEVELS } from '$lib/checklist/fall-risk';
import { movedTo, moveRetiredAnswers, retiredMove } from '$lib/checklist/retired';
import { roomName } from '$lib/checklist/rules';
import { withWholeHome } from '$lib/db/whole-home';
import { checkFromFhir } from '$lib/fhir/read';
import type { Bundle, QuestionnaireResponse } from '$lib/fhir/types';
import {
	answerForFile,
	answersSignature,
	base64ToBytes,
	checkForFile,
	ARCHIVE_VERSION,
	BACKUP_FORMAT,
	BACKUP_VERSION,
	JSON_VERSION,
	SEALED_VERSION,
	PHOTO_TYPE,
	photosSignature,
	type BackupEntry,
	type BackupPhoto,
	type PhotoMeta
} from './format';
import { checkStructure, type PhotoDecoder } from './photo-check';
import { ITERATIONS, KDF } from '$lib/crypto/keys';

/** Why a backup file was refused. The screens say each in words; `detail` is for developers. */
export const BACKUP_PROBLEMS = [
	'empty',
	'too-big',
	'unreadable',
	'not-json',
	'not-a-backup',
	'newer-version',
	'forbidden-key',
	'invalid',
	'bad-date',
	'bad-photo',
	'too-many',
	'password-needed',
	'wrong-password',
	'fhir-not-footing'
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];

/** A refused backup file. */
export interface BackupProblem {
	problem: BackupProblemCode;
	/** Where and what, in English, for a log or a bug report; never needed by the user. */
	detail?: string;
}

/** What a file holds of one check, read before anything is restored. */
export interface FileCheck {
	/** Its id in the file. */
	id: string;
	label: string;
	visitDate: string;
	updatedAt: number;
	answers: number;
	photos: number;
	/** Its answers and photos in short, to tell "the same as on this device" (format.ts). */
	answersSignature: string;
	photosSignature: string;
}

/** A photo of the file that cannot be shown, left out of the restore. */
export interface LeftOutPhoto {
	/** The check's id in the file, its label and visit date. */
	checkId: string;
	label: string;
	visitDate: string;
	photoId: string;
	roomId: string;
	itemId: string;
	/** The room's name and the item's question, in each language (no question: unknown item). */
	room: Text;
	item?: Text;
}

/** One check read again from the file, ready to restore: photos that cannot be shown left out. */
export interface ReadEntry {
	entry: BackupEntry;
	leftOut: LeftOutPhoto[];
}

/** A backup file that passed every check, ready to import. */
export interface ParsedBackup {
	/** The format version the file was written in. */
	version: number;
	exportedAt: string;
	appVersion: string;
	/** Its checks, in the file's order. */
	checks: FileCheck[];
	answers: number;
	photos: number;
	/** Item ids no version of the checklist this one knows has (from a newer Footing): kept. */
	unknownItemIds: string[];
	/**
	 * The checks, read again one at a time in the file's order, each checked as before and its
	 * photos decoded (an unreadable one is left out and named). Those in `skip` (ids in the
	 * file) are passed over without reading their photos. Throws BackupReadError when the file
	 * can no longer be read or has changed.
	 */
	entries(skip?: ReadonlySet<string>): AsyncIterable<ReadEntry>;
}

/** The file could not be read again while restoring, or it changed since it was checked. */
export class BackupReadError extends Error {
	override name = 'BackupReadError';
	constructor(readonly problem: BackupProblem) {
		super(`The backup file could not be read again: ${problem.problem} ${problem.detail ?? ''}`);
	}
}

/** How a file is read. */
export interface ReadOptions {
	/** The region of checks from before regions (the device's). */
	region?: Region;
	/** The language of the name given to a check whose name holds nothing visible. */
	language?: Language;
	/** Decodes each photo before it is restored (default: its JPEG structure only). */
	decode?: PhotoDecoder;
	/** Told how far reading has come: checks read of all. */
	onProgress?: (done: number, total: number) => void;
	/** The password of a protected file (version 3); not needed for any other. */
	password?: string;
}

const MIB = 1024 * 1024;

/**
 * The limits a backup file must keep to, in both formats. Every one is far above what the app
 * makes (a caseload of 2,000 visits, a house of 102 rooms, photos of about 250 KB); the backup
 * screen warns, before making a backup, when a selection would pass one of them.
 */
export const BACKUP_LIMITS = {
	/** The largest version-2 file (a zip): a file a phone's browser can hold as one download. */
	archiveBytes: 2_000_000_000,
	/**
	 * The largest version-1 file (JSON) read at all: it is read whole, as one text, and no
	 * browser holds a longer one (V8: 2^29 - 24 characters), so no Footing ever wrote one.
	 */
	jsonFileBytes: 512 * MIB,
	/** One check's JSON inside a zip. */
	checkBytes: 64 * MIB,
	/** The zip's own description of itself. */
	manifestBytes: 64 * 1024,
	/** The largest photo (stored photos are about 250 KB, at most 1600 px). */
	photoBytes: 8 * MIB,
	checks: 20_000,
	roomsPerCheck: 1000,
	answersPerCheck: 100_000,
	answers: 2_000_000,
	photosPerCheck: 10_000,
	photos: 100_000,
	/** Notes (as the screens allow). */
	note: LIMITS.note,
	/** Rewritten fixes (as the screens allow). */
	fix: LIMITS.fix,
	/** Room and person names (as the screens allow). */
	roomName: LIMITS.roomName,
	/** A label before cleaning; after cleaning it must be at most LABEL_MAX characters. */
	rawLabel: 1000,
	id: 100,
	/** Objects and arrays inside each other; the format itself needs 6. */
	depth: 32
} as const;

/** Ids are plain tokens (UUIDs, `room-1`, `stairs.rail-both-sides`): never markup or paths. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** No timestamp before 1970 or after 2100 is real. */
const TIME_MAX = Date.UTC(2100, 0, 1);
/** The longest side of a photo (stored photos are at most 1600 px). */
const SIDE_MAX = 16_384;
const COUNT_MAX = 1_000_000;

/** Whether a text is an ISO 8601 date and time with a zone, on a real date. */
export function isIsoTimestamp(text: string): boolean {
	const match =
		/^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(text);
	return !!match && isCalendarDate(match[1]!) && Number.isFinite(Date.parse(text));
}

/** Whether a value is a plain JSON object (not an array, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object that is never an array (valibot would take `[]` for an all-optional one). */
function strict<const E extends v.ObjectEntries>(entries: E) {
	return v.pipe(v.custom<Record<string, unknown>>(isObject), v.strictObject(entries));
}

const id = v.pipe(
	v.string(),
	v.minLength(1),
	v.maxLength(BACKUP_LIMITS.id),
	v.regex(ID_PATTERN),
	v.check((text) => !FORBIDDEN_KEYS.has(text), 'forbidden-key')
);
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(TIME_MAX));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(COUNT_MAX));
const side = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SIDE_MAX));
/** Any real calendar date a date field lets through (and so Footing may have stored). */
const day = v.pipe(v.string(), v.maxLength(12, 'bad-date'), v.check(isCalendarDate, 'bad-date'));
/** A typed text of at most `max` characters, counted as the screens count them. */
const typed = (max: number) =>
	v.pipe(
		v.string(),
		v.maxLength(max * 2), // a character is at most 2 UTF-16 units: a cheap first check
		v.check((text) => lengthOf(text) <= max, 'text too long')
	);

/** A label as the screens would have cleaned it; an empty one is kept empty. */
const label = v.pipe(
	v.string(),
	v.maxLength(BACKUP_LIMITS.rawLabel),
	v.transform(cleanLabel),
	v.check((result) => result.ok || result.problem === 'missing', 'label too long'),
	v.transform((result) => (result.ok ? result.label : ''))
);

const room = strict({
	id,
	type: v.picklist(ROOM_KINDS),
	name: typed(BACKUP_LIMITS.roomName)
});

/** Ids of a list that are there more than once. */
function duplicates(ids: readonly string[]): string[] {
	const seen = new Set<string>();
	return ids.filter((one) => seen.has(one) || !seen.add(one));
}

const check = strict({
	id,
	label,
	checkedBy: v.picklist(CHECKERS),
	visitDate: day,
	createdAt: timestamp,
	updatedAt: timestamp,
	rooms: v.pipe(
		v.array(room),
		v.maxLength(BACKUP_LIMITS.roomsPerCheck, 'too-many'),
		v.check((rooms) => duplicates(rooms.map((r) => r.id)).length === 0, 'room ids repeat')
	),
	// Absent in files made before regions and quick checks (they get defaults when read).
	region: v.optional(v.picklist(REGIONS)),
	mode: v.optional(v.picklist(CHECK_MODES)),
	previousId: v.optional(id),
	clientId: v.optional(id),
	lastRoomId: v.optional(id),
	nextVisitDate: v.optional(day),
	identifiers: v.optional(
		v.pipe(
			v.custom<Record<string, unknown>>(isObject),
			v.record(
				id,
				strict({
					clientNumber: v.optional(typed(LIMITS.clientNumber)),
					bsn: v.optional(v.pipe(v.string(), v.check(isValidBsn, 'not a BSN')))
				})
			),
			v.check((numbers) => Object.keys(numbers).length <= BACKUP_LIMITS.roomsPerCheck, 'too-many')
		)
	),
	summary: strict({
		answered: count,
		total: count,
		hazards: count,
		openActions: v.optional(count),
		riskLevel: v.optional(v.picklist(FALL_RISK_LEVELS))
	})
});

const changedAt = strict(
	Object.fromEntries(ANSWER_FIELDS.map((field) => [field, v.optional(timestamp)])) as Record<
		AnswerField,
		v.OptionalSchema<typeof timestamp, undefined>
	>
);

const answer = strict({
	checkId: id,
	roomId: id,
	itemId: id,
	value: v.optional(v.picklist(['yes', 'no', 'na'])),
	note: v.optional(typed(BACKUP_LIMITS.note)),
	priority: v.optional(v.picklist(PRIORITIES)),
	fix: v.optional(typed(BACKUP_LIMITS.fix)),
	owner: v.optional(v.picklist(OWNERS)),
	due: v.optional(day),
	done: v.optional(v.boolean()),
	measured: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(COUNT_MAX))),
	changedAt,
	fromPrevious: v.optional(v.boolean()),
	given: v.optional(v.picklist(GIVEN_WAYS))
});

/** Base64 that decodes, to at most the photo limit; its bytes come out (decoded later). */
const photoData = v.pipe(
	v.string(),
	v.maxLength(Math.ceil(BACKUP_LIMITS.photoBytes / 3) * 4, 'bad-photo'),
	v.rawTransform<string, Uint8Array<ArrayBuffer>>(({ dataset, addIssue, NEVER }) => {
		const bytes = base64ToBytes(dataset.value);
		if (bytes && bytes.length > 0) return bytes;
		addIssue({ message: 'bad-photo' });
		return NEVER;
	})
);

const photoFields = {
	id,
	roomId: id,
	itemId: id,
	width: side,
	height: side,
	createdAt: timestamp,
	fromPrevious: v.optional(v.literal(true)),
	type: v.literal(PHOTO_TYPE, 'bad-photo')
};

/** What a version-2 file says of a photo (its bytes are a file of their own). */
const photoMeta = strict(photoFields);
/** A photo of a version-1 file, its bytes inside. */
const photoWithData = strict({ ...photoFields, data: photoData });

type EntryInput = {
	check: v.InferOutput<typeof check>;
	answers: v.InferOutput<typeof answer>[];
	photos: { id: string; roomId: string }[];
};

/** What is wrong with the links inside one check, or undefined when every link holds. */
function entryLinkProblem(entry: EntryInput): string | undefined {
	const rooms = new Set(entry.check.rooms.map((r) => r.id));
	if (entry.answers.some((a) => a.checkId !== entry.check.id)) return 'answer of another check';
	if (entry.answers.some((a) => !rooms.has(a.roomId))) return 'answer in a room not in the check';
	if (entry.photos.some((p) => !rooms.has(p.roomId))) return 'photo in a room not in the check';
	const keys = entry.answers.map((a) => `${a.roomId}/${a.itemId}`);
	if (duplicates(keys).length > 0) return 'two answers for the same item';
	if (duplicates(entry.photos.map((p) => p.id)).length > 0) return 'photo ids repeat';
	return undefined;
}

/** One check with its answers and photos, the photos as `photo` describes them. */
function entrySchema<P extends typeof photoMeta | typeof photoWithData>(photo: P) {
	return v.pipe(
		strict({
			check,
			answers: v.pipe(v.array(answer), v.maxLength(BACKUP_LIMITS.answersPerCheck, 'too-many')),
			photos: v.pipe(v.array(photo), v.maxLength(BACKUP_LIMITS.photosPerCheck, 'too-many'))
		}),
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const problem = entryLinkProblem(dataset.value as EntryInput);
			if (problem) addIssue({ message: problem });
		})
	);
}

/** A check of a version-2 file (`checks/00001.json`). */
export const archiveEntry = entrySchema(photoMeta);
const jsonEntry = entrySchema(photoWithData);

type FileInput = {
	checks: { check: { id: string }; answers: unknown[]; photos: { id: string }[] }[];
};

/** What is wrong across the checks of a file (repeats, totals), or undefined. */
function fileProblem(file: FileInput): BackupProblem | undefined {
	const checks = file.checks;
	if (duplicates(checks.map((c) => c.check.id)).length > 0) {
		return { problem: 'invalid', detail: 'a check is there twice' };
	}
	const photos = checks.flatMap((c) => c.photos.map((p) => p.id));
	if (duplicates(photos).length > 0) return { problem: 'invalid', detail: 'photo ids repeat' };
	const answers = checks.reduce((sum, c) => sum + c.answers.length, 0);
	if (answers > BACKUP_LIMITS.answers || photos.length > BACKUP_LIMITS.photos) {
		return { problem: 'too-many', detail: `${answers} answers, ${photos.length} photos` };
	}
	return undefined;
}

const exportedAt = v.pipe(
	v.string(),
	v.maxLength(40, 'bad-date'),
	v.check(isIsoTimestamp, 'bad-date')
);
const app = strict({ version: v.pipe(v.string(), v.maxLength(50)) });

/** The schema of a version-1 file. */
const backupV1 = v.pipe(
	strict({
		format: v.literal(BACKUP_FORMAT),
		version: v.literal(JSON_VERSION),
		exportedAt,
		app,
		checks: v.pipe(v.array(jsonEntry), v.maxLength(BACKUP_LIMITS.checks, 'too-many'))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = fileProblem(dataset.value);
		if (problem) addIssue({ message: problem.problem, expected: problem.detail });
	})
);

const manifestFields = {
	format: v.literal(BACKUP_FORMAT),
	exportedAt,
	app,
	checks: v.pipe(count, v.maxValue(BACKUP_LIMITS.checks, 'too-many')),
	photos: v.pipe(count, v.maxValue(BACKUP_LIMITS.photos, 'too-many'))
};

/** Standard base64 of exactly `bytes` bytes, as those bytes. */
const base64Of = (bytes: number) =>
	v.pipe(
		v.string(),
		v.maxLength(Math.ceil(bytes / 3) * 4),
		v.rawTransform<string, Uint8Array<ArrayBuffer>>(({ dataset, addIssue, NEVER }) => {
			const decoded = base64ToBytes(dataset.value);
			if (decoded?.length === bytes) return decoded;
			addIssue({ message: `not ${bytes} bytes of base64` });
			return NEVER;
		})
	);

/**
 * How a version-3 file's key is wrapped under its password (keys.ts): a 16-byte salt, a
 * 12-byte nonce, the 32-byte key with its 16-byte tag. At most ten times the iterations Footing
 * uses, so a hostile file cannot make opening it take minutes.
 */
const encryption = strict({
	kdf: v.literal(KDF),
	iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(ITERATIONS * 10)),
	salt: base64Of(16),
	nonce: base64Of(12),
	wrapped: base64Of(48)
});

/** The description a version-2 file gives of itself (`footing-backup.json`). */
export const archiveManifest = strict({ ...manifestFields, version: v.literal(ARCHIVE_VERSION) });
/** The description of a version-3 file: the same, and how its key is wrapped. */
export const sealedManifest = strict({
	...manifestFields,
	version: v.literal(SEALED_VERSION),
	encryption
});

/** A refused file: its problem, with a detail cut short (it may quote a hostile key). */
export function refusal(code: BackupProblemCode, detail?: string): BackupProblem {
	return detail === undefined ? { problem: code } : { problem: code, detail: detail.slice(0, 200) };
}

/** Whether a value is one of the problem codes. */
function isCode(value: unknown): value is BackupProblemCode {
	return (BACKUP_PROBLEMS as readonly unknown[]).includes(value);
}

/** The JSON value of a text, or the problem with it. */
export function parseJson(source: string): { value: unknown } | BackupProblem {
	const parsed = parseHardenedJson(source, BACKUP_LIMITS.depth);
	return 'problem' in parsed ? refusal(parsed.problem, parsed.detail) : parsed;
}

/**
 * The problem with a file's version, or undefined when it is one of `expected`: a higher one
 * than this code knows is `newer-version` (and nothing else in the file is looked at).
 */
export function versionProblem(
	version: unknown,
	expected: readonly number[]
): BackupProblem | undefined {
	if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
		return refusal('newer-version', `version ${version}`);
	}
	if (expected.includes(version as number)) return undefined;
	if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
		return refusal('invalid', `a version-${version} backup is not written this way`);
	}
	return refusal('invalid', 'version: not a version number');
}

/** The problem an issue of the schema stands for, with where it was found. */
export function issueProblem(issue: v.BaseIssue<unknown>, where = ''): BackupProblem {
	const path = `${where}${v.getDotPath(issue) ?? (where ? '' : 'file')}`;
	if (isCode(issue.message)) {
		return refusal(issue.message, `${path}${issue.expected ? `: ${issue.expected}` : ''}`);
	}
	const what = issue.type === 'check' || issue.type === 'raw_check' ? issue.message : issue.type;
	return refusal('invalid', `${path}: ${what}${issue.expected ? ` (${issue.expected})` : ''}`);
}

/**
 * A check of a file as this version asks it, as the database upgrades a check it stored before
 * the checklist changed: a check made before then (it has no mode: every Footing since writes
 * one) gets its room for the whole home, as migration 3 gives it (`withWholeHome`, the same
 * function); the answers and photos of retired items move to the items that keep their meaning
 * (content-upgrade.ts, the same functions), which leaves a check made since as it is. A check
 * made since never gets a whole-home room the user removed, however often it is backed up.
 */
function currentContent<P extends { itemId: string; roomId: string }>(
	entry: { check: Check; answers: Answer[]; photos: P[] },
	madeBefore: boolean
): { check: Check; answers: Answer[]; photos: P[] } {
	const rooms = madeBefore ? withWholeHome(entry.check.rooms) : entry.check.rooms;
	const home = rooms.find((room) => room.type === 'home')?.id;
	const photos = entry.photos.map((photo) => ({
		...photo,
		...(movedTo(photo.itemId, photo.roomId, home) ?? {})
	}));
	return {
		check: { ...entry.check, rooms },
		answers: moveRetiredAnswers(entry.answers, home),
		photos
	};
}

/** A checked entry of either format, with today's defaults and today's checklist. */
export function entryOf<P extends { itemId: string; roomId: string }>(
	checked: { check: v.InferOutput<typeof check>; answers: Answer[]; photos: P[] },
	defaults: Pick<ReadOptions, 'region' | 'language'>
): { check: Check; answers: Answer[]; photos: P[] } {
	const c = checked.check;
	return currentContent(
		{
			check: {
				...c,
				// A name of invisible characters only is none: the list needs one to show.
				label: c.label || untitledLabel(c.visitDate, defaults.language ?? 'en'),
				region: c.region ?? defaults.region ?? 'general',
				mode: c.mode ?? 'full',
				summary: { ...c.summary, openActions: c.summary.openActions ?? 0 }
			},
			answers: checked.answers,
			photos: checked.photos
		},
		c.mode === undefined
	);
}

/** What a file holds of a check, from the check read from it (`size` says a photo's bytes). */
export function fileCheckOf<P extends PhotoMeta>(
	entry: { check: Check; answers: Answer[]; photos: P[] },
	size: (photo: P) => number
): FileCheck {
	return {
		id: entry.check.id,
		label: entry.check.label,
		visitDate: entry.check.visitDate,
		updatedAt: entry.check.updatedAt,
		answers: entry.answers.length,
		photos: entry.photos.length,
		answersSignature: answersSignature(entry.answers),
		photosSignature: photosSignature(entry.photos.map((p) => ({ ...p, size: size(p) })))
	};
}

/**
 * The item ids of answers and photos that this version's checklist does not know, added: an
 * item of a newer Footing. A retired item is known: its answers and photos were moved as the
 * database's upgrade moves them, and what is left of it (the photo of an item dropped with
 * nothing in its place, kept where it was as the upgrade keeps it) is from an older Footing.
 */
export function addUnknownItemIds(
	unknown: Set<string>,
	entry: { answers: readonly { itemId: string }[]; photos: readonly { itemId: string }[] }
): void {
	for (const { itemId } of [...entry.answers, ...entry.photos]) {
		if (!itemById(itemId) && !retiredMove(itemId)) unknown.add(itemId);
	}
}

/** A photo left out of a check, named as the screens name its room and item. */
export function leftOutPhoto(check: Check, photo: PhotoMeta): LeftOutPhoto {
	const room = check.rooms.find((r) => r.id === photo.roomId);
	const item = itemById(photo.itemId);
	return {
		checkId: check.id,
		label: check.label,
		visitDate: check.visitDate,
		photoId: photo.id,
		roomId: photo.roomId,
		itemId: photo.itemId,
		room: room
			? { en: roomName(room, check.rooms, 'en'), nl: roomName(room, check.rooms, 'nl') }
			: { en: photo.roomId, nl: photo.roomId },
		...(item ? { item: item.question } : {})
	};
}

/** A check's photos decoded: the ones that can be shown, and the ones left out. */
export async function decodedPhotos(entry: BackupEntry, decode: PhotoDecoder): Promise<ReadEntry> {
	const kept: BackupPhoto[] = [];
	const leftOut: LeftOutPhoto[] = [];
	for (const photo of entry.photos) {
		if (await decode(photo.bytes)) kept.push(photo);
		else leftOut.push(leftOutPhoto(entry.check, photo));
	}
	return { entry: { ...entry, photos: kept }, leftOut };
}

/**
 * Read a version-1 backup file's text: the backup, checked whole, or the problem with it.
 * Nothing is written here; import the result with `importBackup`.
 */
export function parseBackup(
	source: string,
	options: ReadOptions = {}
): ParsedBackup | BackupProblem {
	try {
		return parseChecked(source, options);
	} catch (error) {
		return refusal('invalid', String(error)); // never expected; a file must not crash the app
	}
}

/** A FHIR resource a check can be read from: a Bundle, or one QuestionnaireResponse. */
function isFhirResource(value: unknown): value is Bundle | QuestionnaireResponse {
	return (
		isObject(value) &&
		(value.resourceType === 'Bundle' || value.resourceType === 'QuestionnaireResponse')
	);
}

/**
 * A FHIR file (Footing's export, or a response another forms client made from the blank
 * Questionnaire) as a backup of one check without photos, so it is checked and restored like
 * any backup: the same limits, the same choices, nothing changed on a refusal.
 */
function fhirAsBackup(resource: Bundle | QuestionnaireResponse): object | BackupProblem {
	let read: ReturnType<typeof checkFromFhir>;
	try {
		read = checkFromFhir(resource);
	} catch (error) {
		return refusal('fhir-not-footing', String(error));
	}
	return {
		format: BACKUP_FORMAT,
		version: JSON_VERSION,
		exportedAt: new Date(read.check.updatedAt).toISOString(),
		app: { version: 'fhir' },
		checks: [
			{
				check: checkForFile(read.check),
				answers: [...read.answers.values()].map(answerForFile),
				photos: []
			}
		]
	};
}

/** parseBackup's work. */
function parseChecked(source: string, options: ReadOptions): ParsedBackup | BackupProblem {
	if (typeof source !== 'string') return refusal('not-json');
	const trimmed = source.replace(/^\uFEFF/, '');
	if (trimmed.trim() === '') return refusal('empty');
	// A UTF-16 unit is 1 to 3 bytes in UTF-8: count the bytes only when the text may be too big.
	if (
		trimmed.length * 3 > BACKUP_LIMITS.jsonFileBytes &&
		utf8Length(trimmed) > BACKUP_LIMITS.jsonFileBytes
	)
		return refusal('too-big');
	const json = parseJson(trimmed);
	if ('problem' in json) return json;
	const file = isFhirResource(json.value) ? fhirAsBackup(json.value) : json.value;
	if (isObject(file) && 'problem' in file) return file as unknown as BackupProblem;
	if (!isObject(file) || file.format !== BACKUP_FORMAT) return refusal('not-a-backup');
	const version = versionProblem(file.version, [JSON_VERSION]);
	if (version) return version;
	const result = v.safeParse(backupV1, file, { abortEarly: true });
	if (!result.success) return issueProblem(result.issues[0]);
	const decode = options.decode ?? checkStructure;
	const entries: BackupEntry[] = result.output.checks.map((c) =>
		entryOf(
			{
				check: c.check,
				answers: c.answers,
				photos: c.photos.map(({ data, ...rest }): BackupPhoto => ({
					...rest,
					type: PHOTO_TYPE,
					bytes: data
				}))
			},
			options
		)
	);
	const unknown = new Set<string>();
	for (const entry of entries) addUnknownItemIds(unknown, entry);
	return {
		version: JSON_VERSION,
		exportedAt: result.output.exportedAt,
		appVersion: result.output.app.version,
		checks: entries.map((entry) => fileCheckOf(entry, (photo) => photo.bytes.length)),
		answers: entries.reduce((sum, entry) => sum + entry.answers.length, 0),
		photos: entries.reduce((sum, entry) => sum + entry.photos.length, 0),
		unknownItemIds: [...unknown].sort(),
		async *entries(skip) {
			for (const entry of entries) {
				if (!skip?.has(entry.check.id)) yield await decodedPhotos(entry, decode);
			}
		}
	};
}

/** Whether a result of parseBackup is a problem. */
export function isBackupProblem(result: ParsedBackup | BackupProblem): result is BackupProblem {
	return 'problem' in result;
}
