/**
 * Reading a backup file: every byte is checked before anything is written. A file is either
 * refused with a problem code (the screens turn it into words) or returned whole, with its
 * photos decoded. Never throws, whatever the file holds.
 */
import * as v from 'valibot';
import {
	ANSWER_FIELDS,
	CHECK_MODES,
	CHECKERS,
	GIVEN_WAYS,
	type AnswerField
} from '$lib/checklist/check';
import { itemById } from '$lib/checklist/catalogue';
import { cleanLabel } from '$lib/checklist/label';
import { FORBIDDEN_KEYS, parseHardenedJson } from './json';
import { lengthOf, LIMITS, utf8Length } from '$lib/checklist/limits';
import { OWNERS, PRIORITIES, REGIONS, ROOM_KINDS, type Region } from '$lib/checklist/types';
import { FALL_RISK_LEVELS } from '$lib/checklist/fall-risk';
import { movedTo, moveRetiredAnswers } from '$lib/checklist/retired';
import {
	base64ToBytes,
	BACKUP_FORMAT,
	BACKUP_VERSION,
	PHOTO_TYPE,
	type BackupEntry,
	type BackupPhoto
} from './format';

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
	'too-many'
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEMS)[number];

/** A refused backup file. */
export interface BackupProblem {
	problem: BackupProblemCode;
	/** Where and what, in English, for a log or a bug report; never needed by the user. */
	detail?: string;
}

/** A backup file that passed every check, ready to import. */
export interface ParsedBackup {
	/** The format version the file was written in (older versions are converted on reading). */
	version: number;
	exportedAt: string;
	appVersion: string;
	entries: BackupEntry[];
	/** Item ids this version's checklist does not know (e.g. from a newer Footing): kept. */
	unknownItemIds: string[];
}

/** The limits a backup file must keep to. */
export const BACKUP_LIMITS = {
	/** The largest file read at all (a file of 300 photos is about 100 MB). */
	fileBytes: 150 * 1024 * 1024,
	/** The largest photo (stored photos are about 250 KB). */
	photoBytes: 8 * 1024 * 1024,
	checks: 1000,
	roomsPerCheck: 100,
	answersPerCheck: 20_000,
	answers: 200_000,
	photosPerCheck: 1000,
	photos: 2000,
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
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** No timestamp before 1970 or after 2100 is real. */
const TIME_MAX = Date.UTC(2100, 0, 1);
/** The longest side of a photo (stored photos are at most 1600 px). */
const SIDE_MAX = 16_384;
const COUNT_MAX = 1_000_000;
const JPEG_MAGIC = [0xff, 0xd8, 0xff] as const;

/** Whether a text is a real calendar date written YYYY-MM-DD (no 30 February). */
export function isRealDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || year > 2199) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a text is an ISO 8601 date and time with a zone, on a real date. */
export function isIsoTimestamp(text: string): boolean {
	const match =
		/^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(text);
	return !!match && isRealDate(match[1]!) && Number.isFinite(Date.parse(text));
}

/** Whether some bytes start like a JPEG image. */
export function isJpeg(bytes: Uint8Array): boolean {
	return JPEG_MAGIC.every((byte, i) => bytes[i] === byte);
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
const day = v.pipe(v.string(), v.maxLength(10, 'bad-date'), v.check(isRealDate, 'bad-date'));
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
	lastRoomId: v.optional(id),
	nextVisitDate: v.optional(day),
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

/** Base64 that decodes to a JPEG of at most the photo limit; its bytes come out. */
const photoData = v.pipe(
	v.string(),
	v.maxLength(Math.ceil(BACKUP_LIMITS.photoBytes / 3) * 4, 'bad-photo'),
	v.rawTransform<string, Uint8Array<ArrayBuffer>>(({ dataset, addIssue, NEVER }) => {
		const bytes = base64ToBytes(dataset.value);
		if (bytes && isJpeg(bytes)) return bytes;
		addIssue({ message: 'bad-photo' });
		return NEVER;
	})
);

const photo = strict({
	id,
	roomId: id,
	itemId: id,
	width: side,
	height: side,
	createdAt: timestamp,
	type: v.literal(PHOTO_TYPE, 'bad-photo'),
	data: photoData
});

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
	return undefined;
}

const entry = v.pipe(
	strict({
		check,
		answers: v.pipe(v.array(answer), v.maxLength(BACKUP_LIMITS.answersPerCheck, 'too-many')),
		photos: v.pipe(v.array(photo), v.maxLength(BACKUP_LIMITS.photosPerCheck, 'too-many'))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = entryLinkProblem(dataset.value);
		if (problem) addIssue({ message: problem });
	})
);

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

/** The schema of a version-1 file. */
const backupV1 = v.pipe(
	strict({
		format: v.literal(BACKUP_FORMAT),
		version: v.literal(BACKUP_VERSION),
		exportedAt: v.pipe(
			v.string(),
			v.maxLength(40, 'bad-date'),
			v.check(isIsoTimestamp, 'bad-date')
		),
		app: strict({ version: v.pipe(v.string(), v.maxLength(50)) }),
		checks: v.pipe(v.array(entry), v.maxLength(BACKUP_LIMITS.checks, 'too-many'))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = fileProblem(dataset.value);
		if (problem) addIssue({ message: problem.problem, expected: problem.detail });
	})
);

/**
 * Steps converting an older file to the next version: step N (index N - 1) turns version N into
 * N + 1. Version 1 is the first, so there are none yet; when version 2 comes, its step goes here
 * and version-1 files keep loading.
 */
const UPGRADES: readonly ((file: Record<string, unknown>) => Record<string, unknown>)[] = [];

/** A refused file: its problem, with a detail cut short (it may quote a hostile key). */
function refusal(code: BackupProblemCode, detail?: string): BackupProblem {
	return detail === undefined ? { problem: code } : { problem: code, detail: detail.slice(0, 200) };
}

/** Whether a value is one of the problem codes. */
function isCode(value: unknown): value is BackupProblemCode {
	return (BACKUP_PROBLEMS as readonly unknown[]).includes(value);
}

/** The JSON value of a text, or the problem with it. */
function parseJson(source: string): { value: unknown } | BackupProblem {
	const parsed = parseHardenedJson(source, BACKUP_LIMITS.depth);
	return 'problem' in parsed ? refusal(parsed.problem, parsed.detail) : parsed;
}

/** A file of an older version converted to the current one, or the problem with its version. */
function upgrade(file: Record<string, unknown>): { current: unknown } | BackupProblem {
	const version = file.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
		return refusal('newer-version', `version ${version}`);
	}
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refusal('invalid', 'version: not a version number');
	}
	let current = file;
	for (let step = version; step < BACKUP_VERSION; step++) current = UPGRADES[step - 1]!(current);
	return { current };
}

/** The problem an issue of the schema stands for, with where it was found. */
function issueProblem(issue: v.BaseIssue<unknown>): BackupProblem {
	const where = v.getDotPath(issue) ?? 'file';
	if (isCode(issue.message)) {
		return refusal(issue.message, `${where}${issue.expected ? `: ${issue.expected}` : ''}`);
	}
	const what = issue.type === 'check' || issue.type === 'raw_check' ? issue.message : issue.type;
	return refusal('invalid', `${where}: ${what}${issue.expected ? ` (${issue.expected})` : ''}`);
}

/** The item ids of answers and photos that this version's checklist does not know, sorted. */
function unknownItemIds(entries: readonly BackupEntry[]): string[] {
	const unknown = new Set<string>();
	for (const { answers, photos } of entries) {
		for (const { itemId } of [...answers, ...photos]) {
			if (!itemById(itemId)) unknown.add(itemId);
		}
	}
	return [...unknown].sort();
}

/**
 * Read a backup file's text: the backup, checked whole, or the problem with it. Nothing is
 * written here; import the result with `importBackup`.
 */
export function parseBackup(
	source: string,
	defaultRegion: Region = 'general'
): ParsedBackup | BackupProblem {
	try {
		return parseChecked(source, defaultRegion);
	} catch (error) {
		return refusal('invalid', String(error)); // never expected; a file must not crash the app
	}
}

/**
 * A check of a file made before the checklist changed, as this version asks it: a room for the
 * whole home, and the answers and photos of retired items moved to the items that keep their
 * meaning (as the database's content upgrade does).
 */
function currentContent(entry: BackupEntry): BackupEntry {
	const rooms = [...entry.check.rooms];
	if (rooms.some((r) => r.type !== 'personal') && !rooms.some((r) => r.type === 'home')) {
		const at = rooms.findIndex((room) => room.type === 'personal');
		const ids = new Set(rooms.map((room) => room.id));
		let homeId = `${entry.check.id}-home`;
		while (ids.has(homeId)) homeId += '-1';
		rooms.splice(at < 0 ? rooms.length : at, 0, { id: homeId, type: 'home', name: '' });
	}
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

/** parseBackup's work. */
function parseChecked(source: string, defaultRegion: Region): ParsedBackup | BackupProblem {
	if (typeof source !== 'string') return refusal('not-json');
	const trimmed = source.replace(/^\uFEFF/, '');
	if (trimmed.trim() === '') return refusal('empty');
	// A UTF-16 unit is 1 to 3 bytes in UTF-8: count the bytes only when the text may be too big.
	if (trimmed.length * 3 > BACKUP_LIMITS.fileBytes && utf8Length(trimmed) > BACKUP_LIMITS.fileBytes)
		return refusal('too-big');
	const json = parseJson(trimmed);
	if ('problem' in json) return json;
	const file = json.value;
	if (!isObject(file) || file.format !== BACKUP_FORMAT) return refusal('not-a-backup');
	const upgraded = upgrade(file);
	if ('problem' in upgraded) return upgraded;
	const result = v.safeParse(backupV1, upgraded.current, { abortEarly: true });
	if (!result.success) return issueProblem(result.issues[0]);
	const entries: BackupEntry[] = result.output.checks.map((c) =>
		currentContent({
			check: {
				...c.check,
				region: c.check.region ?? defaultRegion,
				mode: c.check.mode ?? 'full',
				summary: { ...c.check.summary, openActions: c.check.summary.openActions ?? 0 }
			},
			answers: c.answers,
			photos: c.photos.map(({ data, ...rest }): BackupPhoto => ({
				...rest,
				type: PHOTO_TYPE,
				bytes: data
			}))
		})
	);
	return {
		version: file.version as number,
		exportedAt: result.output.exportedAt,
		appVersion: result.output.app.version,
		entries,
		unknownItemIds: unknownItemIds(entries)
	};
}

/** Whether a result of parseBackup is a problem. */
export function isBackupProblem(result: ParsedBackup | BackupProblem): result is BackupProblem {
	return 'problem' in result;
}

/** A problem with a picked file seen from its size alone, without reading it. */
export function checkBackupFile(file: Blob): BackupProblem | undefined {
	if (file.size > BACKUP_LIMITS.fileBytes) return refusal('too-big', `${file.size} bytes`);
	if (file.size === 0) return refusal('empty');
	return undefined;
}

/** Read a picked file: its size first, then its text, then everything in it. */
export async function readBackupFile(
	file: Blob,
	defaultRegion: Region = 'general'
): Promise<ParsedBackup | BackupProblem> {
	const refused = checkBackupFile(file);
	if (refused) return refused;
	let source: string;
	try {
		source = await file.text();
	} catch (error) {
		return refusal('unreadable', String(error));
	}
	return parseBackup(source, defaultRegion);
}
