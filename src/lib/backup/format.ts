/**
 * What Footing's backup files hold, in both formats: the records as written (only the fields
 * this version knows), the photos, and the file's name. Version 2 (written now) is a zip of
 * one JSON per check and the photos as JPEG files beside them (archive.ts), version 3 the same
 * zip with its files sealed under a password (sealed.ts); version 1 was one
 * JSON document with the photos in base64 (still read; written only by the tests). See README.md
 * in this folder. Runs in the browser and in Node tests alike: no Node APIs.
 */
import { ANSWER_FIELDS, today, type Answer, type Check } from '$lib/checklist/check';
import { version as packageVersion } from '../../../package.json';

/** The value of `format` in every backup file. */
export const BACKUP_FORMAT = 'footing-backup';
/** The highest version of the format this code reads and writes. Higher ones are refused. */
export const BACKUP_VERSION = 3;
/** The first version: one JSON document, photos in base64. Still read. */
export const JSON_VERSION = 1;
/** A zip of one JSON per check and the photos: a plain backup, still written. */
export const ARCHIVE_VERSION = 2;
/** The zip of version 2 with every file but its description sealed under a password. */
export const SEALED_VERSION = 3;
/** The app version recorded in a file, for troubleshooting only. */
export const APP_VERSION: string = packageVersion;
/** The only photo type Footing stores (photos are made JPEG on the device). */
export const PHOTO_TYPE = 'image/jpeg';

/** A photo ready to go into a backup, or just read from one: its bytes, not base64. */
export interface BackupPhoto {
	id: string;
	roomId: string;
	itemId: string;
	width: number;
	height: number;
	createdAt: number;
	/** Carried from the visit before: the "before" of before and after. */
	fromPrevious?: true;
	type: typeof PHOTO_TYPE;
	bytes: Uint8Array<ArrayBuffer>;
}

/** One check with everything that belongs to it, as exported or as read from a file. */
export interface BackupEntry {
	check: Check;
	answers: Answer[];
	photos: BackupPhoto[];
}

/** What a file says of a photo, beside its bytes. */
export type PhotoMeta = Omit<BackupPhoto, 'bytes'>;

/** A check read from the device for a backup: its photos still Blobs, read one at a time. */
export interface ExportEntry {
	check: Check;
	answers: Answer[];
	photos: (PhotoMeta & { blob: Blob })[];
}

/** A photo as written in a version-1 file. */
export interface BackupFilePhoto extends PhotoMeta {
	/** The image bytes, base64 (standard alphabet, padded). */
	data: string;
}

/** The JSON document of a backup file, version 1. */
export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof JSON_VERSION;
	/** When the file was made: an ISO 8601 timestamp. */
	exportedAt: string;
	app: { version: string };
	checks: { check: Check; answers: Answer[]; photos: BackupFilePhoto[] }[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d; // '='
/** The character code of each 6-bit value. */
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** The 6-bit value of each UTF-16 code unit, or -1 for one outside the alphabet. */
const DECODE = new Int8Array(65536).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/**
 * Base64 (standard alphabet, padded) of some bytes. Plain JavaScript over typed arrays, no
 * Node APIs: fast for 100 MB in browsers and Node alike (Node's btoa is slow).
 */
export function bytesToBase64(bytes: Uint8Array): string {
	const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
	let o = 0;
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		out[o++] = ENCODE[n >>> 18]!;
		out[o++] = ENCODE[(n >>> 12) & 63]!;
		out[o++] = ENCODE[(n >>> 6) & 63]!;
		out[o++] = ENCODE[n & 63]!;
	}
	const rest = bytes.length - i;
	if (rest > 0) {
		const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
		out[o++] = ENCODE[n >>> 18]!;
		out[o++] = ENCODE[(n >>> 12) & 63]!;
		out[o++] = rest === 2 ? ENCODE[(n >>> 6) & 63]! : PAD;
		out[o] = PAD;
	}
	return new TextDecoder().decode(out);
}

/**
 * The bytes of a base64 text, or undefined unless it is standard, padded base64 and nothing
 * else (no spaces, no line breaks, no URL-safe letters, no data: prefix).
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
	if (text.length % 4 !== 0) return undefined;
	const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	const out = new Uint8Array((text.length / 4) * 3 - padding);
	const full = text.length - (padding ? 4 : 0);
	let o = 0;
	for (let i = 0; i < full; i += 4) {
		const a = DECODE[text.charCodeAt(i)]!;
		const b = DECODE[text.charCodeAt(i + 1)]!;
		const c = DECODE[text.charCodeAt(i + 2)]!;
		const d = DECODE[text.charCodeAt(i + 3)]!;
		if ((a | b | c | d) < 0) return undefined;
		const n = (a << 18) | (b << 12) | (c << 6) | d;
		out[o++] = n >>> 16;
		out[o++] = (n >>> 8) & 255;
		out[o++] = n & 255;
	}
	if (padding) {
		const a = DECODE[text.charCodeAt(full)]!;
		const b = DECODE[text.charCodeAt(full + 1)]!;
		const c = padding === 1 ? DECODE[text.charCodeAt(full + 2)]! : 0;
		if ((a | b | c) < 0) return undefined;
		const n = (a << 18) | (b << 12) | (c << 6);
		out[o++] = n >>> 16;
		if (padding === 1) out[o] = (n >>> 8) & 255;
	}
	return out;
}

/** Only the fields this version knows, so a file written by it is always valid to read back. */
export function checkForFile(check: Check): Check {
	const out: Check = {
		id: check.id,
		label: check.label,
		checkedBy: check.checkedBy,
		visitDate: check.visitDate,
		createdAt: check.createdAt,
		updatedAt: check.updatedAt,
		rooms: check.rooms.map((room) => ({ id: room.id, type: room.type, name: room.name })),
		region: check.region,
		mode: check.mode,
		summary: {
			answered: check.summary.answered,
			total: check.summary.total,
			hazards: check.summary.hazards,
			openActions: check.summary.openActions,
			...(check.summary.riskLevel ? { riskLevel: check.summary.riskLevel } : {})
		}
	};
	if (check.previousId !== undefined) out.previousId = check.previousId;
	if (check.clientId !== undefined) out.clientId = check.clientId;
	if (check.lastRoomId !== undefined) out.lastRoomId = check.lastRoomId;
	if (check.nextVisitDate !== undefined) out.nextVisitDate = check.nextVisitDate;
	if (check.identifiers !== undefined) out.identifiers = structuredClone(check.identifiers);
	return out;
}

const ANSWER_KEYS: readonly (keyof Answer)[] = [
	'checkId',
	'roomId',
	'itemId',
	...ANSWER_FIELDS,
	'changedAt',
	'fromPrevious',
	'given'
];

/** An answer with only the fields this version knows (undefined ones left out). */
export function answerForFile(answer: Answer): Answer {
	const out: Record<string, unknown> = {};
	for (const key of ANSWER_KEYS) {
		if (answer[key] !== undefined) out[key] = answer[key];
	}
	const changedAt: Record<string, number> = {};
	for (const [field, at] of Object.entries(answer.changedAt)) {
		if (typeof at === 'number' && (ANSWER_FIELDS as readonly string[]).includes(field)) {
			changedAt[field] = at;
		}
	}
	out.changedAt = changedAt;
	return out as unknown as Answer;
}

/** What a file says of a photo: the fields this version knows. */
export function photoMetaForFile(photo: PhotoMeta): PhotoMeta {
	return {
		id: photo.id,
		roomId: photo.roomId,
		itemId: photo.itemId,
		width: photo.width,
		height: photo.height,
		createdAt: photo.createdAt,
		...(photo.fromPrevious ? { fromPrevious: true as const } : {}),
		type: PHOTO_TYPE
	};
}

/** A photo as written in a version-1 file: its bytes as base64. */
function photoForFile(photo: BackupPhoto): BackupFilePhoto {
	return { ...photoMetaForFile(photo), data: bytesToBase64(photo.bytes) };
}

/** The version-1 backup document of some checks, made at `now` (the tests make such files). */
export function backupDocument(
	entries: readonly BackupEntry[],
	now: Date = new Date(),
	appVersion: string = APP_VERSION
): BackupFile {
	return {
		format: BACKUP_FORMAT,
		version: JSON_VERSION,
		exportedAt: now.toISOString(),
		app: { version: appVersion },
		checks: entries.map((entry) => ({
			check: checkForFile(entry.check),
			answers: entry.answers.map(answerForFile),
			photos: entry.photos.map(photoForFile)
		}))
	};
}

/** The text of a version-1 backup file of some checks, made at `now` (compact JSON). */
export function encodeBackup(
	entries: readonly BackupEntry[],
	now: Date = new Date(),
	appVersion: string = APP_VERSION
): string {
	return JSON.stringify(backupDocument(entries, now, appVersion));
}

/** The longest label part of a file name. */
const SLUG_MAX = 40;

/** A label made safe for a file name: lower-case ASCII letters, digits and single hyphens. */
export function labelSlug(label: string): string {
	const slug = label
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= SLUG_MAX) return slug;
	const cut = slug.slice(0, SLUG_MAX);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > SLUG_MAX / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * The name to save a backup under: `footing-backup-2026-11-25.zip` (the device's date), or
 * `footing-backup-2026-11-25-mrs-jansen.zip` for a single check with this label.
 */
export function backupFileName(now: Date = new Date(), label?: string): string {
	const slug = label === undefined ? '' : labelSlug(label);
	return `footing-backup-${today(now)}${slug ? `-${slug}` : ''}.zip`;
}

/** JSON with the keys of every object sorted, to compare records whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
			: inner
	);
}

/** A short hash of a text (cyrb53: 53 bits, to tell texts apart, not to protect them). */
function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The answers of a check as one short text: the same whatever their order or how stored. */
export function answersSignature(answers: readonly Answer[]): string {
	return hash(
		answers
			.map((answer) => canonical(answerForFile(answer)))
			.sort()
			.join('\n')
	);
}

/** The photos of a check as one short text, by what they show, without reading their bytes. */
export function photosSignature(
	photos: readonly {
		roomId: string;
		itemId: string;
		createdAt: number;
		width: number;
		height: number;
		size: number;
		fromPrevious?: boolean;
	}[]
): string {
	return hash(
		photos
			.map(
				(p) =>
					`${p.roomId}/${p.itemId}/${p.createdAt}/${p.width}x${p.height}/${p.size}` +
					(p.fromPrevious ? '/before' : '')
			)
			.sort()
			.join('\n')
	);
}
