/**
 * Helpers of the backup tests: a device seeded the way the screens fill it, a whole database as
 * one string (to prove it unchanged), and parsing that fails the test when it should not.
 */
import jpeg from 'jpeg-js';
import type { AnswerChange, GivenWay } from '$lib/checklist/check';
import type { Region } from '$lib/checklist/types';
import { checkSummary } from '$lib/checklist/rules';
import { makeJpeg } from '../../../tests/fixtures/images';
import { change, newCheck } from '../../../tests/fixtures/checks';
import {
	addPhoto,
	createCheck,
	getCheck,
	saveAnswer,
	saveAnswers,
	setFact,
	type Db
} from '$lib/db';
import {
	findConflicts,
	importBackup,
	readBackupEntries,
	writeBackup,
	type ImportResult
} from '$lib/db/backup';
import { ARCHIVE_TYPE } from './archive';
import { encodeBackup, type BackupEntry } from './format';
import { jpegProblem, type PhotoDecoder } from './photo-check';
import { readBackupFile } from './read';
import {
	isBackupProblem,
	parseBackup,
	type BackupProblem,
	type ParsedBackup,
	type ReadOptions
} from './validate';
import { BlobSink } from './zip';

/**
 * What the browser's decode is in the unit tests: the JPEG's structure, then a full decode by
 * jpeg-js (the library the test photos are made with).
 */
export const decodeWithJpegJs: PhotoDecoder = async (bytes) => {
	if (jpegProblem(bytes) !== undefined) return false;
	try {
		const image = jpeg.decode(bytes, { maxMemoryUsageInMB: 256, tolerantDecoding: false });
		return image.width > 0 && image.height > 0;
	} catch {
		return false;
	}
};

/** 25 November 2026, 10:00 UTC. */
export const T = Date.UTC(2026, 10, 25, 10, 0, 0);

/** A real JPEG as a Blob. */
export function jpegBlob(width: number, height: number, seed: number): Blob {
	return new Blob([new Uint8Array(makeJpeg(width, height, seed))], { type: 'image/jpeg' });
}

export const MARKUP_LABEL = '<img src=x onerror="alert(1)"> Dhr. Jansen & "zoon"';
export const MARKUP_NOTE =
	'<script>alert("x")</script> Leuning ontbreekt; één kant </textarea> &amp;';

/** The seven boxes of the floor tick list, in order. */
export const FLOOR = [
	'general.loose-rug',
	'general.cord',
	'general.things-on-floor',
	'general.furniture-in-way',
	'general.floor-damaged',
	'general.slippery-floor',
	'general.dim-light'
] as const;

/** A tick list of a room answered at once: `ticked` boxes yes, the others no. */
function tickList(
	checkId: string,
	roomId: string,
	ticked: readonly string[],
	at: number,
	given?: GivenWay
): AnswerChange[] {
	return FLOOR.map((itemId) => ({
		...change(checkId, roomId, itemId, 'value', ticked.includes(itemId) ? 'yes' : 'no', at),
		...(given ? { given } : {})
	}));
}

/**
 * A device with two checks made the way the screens make them: a full walk in the Netherlands
 * (answers, an action with everything set, a tick list answered with "Everything else here is
 * fine", a timed test, photos) and a quick check elsewhere with a next visit planned.
 */
export async function seedDevice(store: Db) {
	const a = await createCheck(
		store,
		newCheck({
			label: 'Mevr. de Vries, Kerkstraat 3',
			region: 'nl',
			mode: 'full',
			rooms: [
				'stairs',
				{ type: 'bathroom', name: 'Badkamer boven' },
				'home',
				{ type: 'personal', name: 'Mevr. de Vries' }
			]
		}),
		checkSummary,
		T
	);
	const [stairs, bath, home, person] = a.rooms.map((room) => room.id) as [
		string,
		string,
		string,
		string
	];
	const rail = 'stairs.rail-both-sides';
	const changes: AnswerChange[] = [
		change(a.id, stairs, 'stairs.rail-any', 'value', 'yes', T + 1),
		change(a.id, stairs, rail, 'value', 'no', T + 2),
		change(a.id, stairs, rail, 'note', MARKUP_NOTE, T + 3),
		change(a.id, stairs, rail, 'fix', 'Laat een tweede leuning plaatsen, ook rechts.', T + 4),
		change(a.id, stairs, rail, 'owner', 'handyman', T + 5),
		change(a.id, stairs, rail, 'due', '2026-12-15', T + 6),
		change(a.id, stairs, rail, 'done', true, T + 7),
		change(a.id, stairs, rail, 'priority', 'high', T + 8),
		change(a.id, stairs, 'stairs.things-on-steps', 'value', 'yes', T + 9),
		change(a.id, bath, 'bathroom.grab-rail', 'value', 'no', T + 10),
		change(a.id, bath, 'bathroom.grab-rail', 'note', 'Géén beugel bij het bad 🛁', T + 11),
		change(a.id, home, 'home.night-route-lit', 'value', 'no', T + 12),
		change(a.id, person, 'balance.fallen', 'value', 'yes', T + 13),
		change(a.id, person, 'falls.tug', 'measured', 17.4, T + 14),
		change(a.id, person, 'falls.injured', 'value', 'yes', T + 15)
	];
	for (const one of changes) await saveAnswer(store, one, checkSummary);
	await saveAnswers(store, tickList(a.id, bath, [], T + 16, 'rest-fine'), checkSummary);
	await addPhoto(
		store,
		{
			checkId: a.id,
			roomId: stairs,
			itemId: rail,
			blob: jpegBlob(64, 48, 1),
			width: 64,
			height: 48
		},
		T + 20
	);
	const b = await createCheck(
		store,
		newCheck({
			label: MARKUP_LABEL,
			checkedBy: 'family',
			visitDate: '2026-11-20',
			region: 'general',
			mode: 'quick',
			rooms: [{ type: 'kitchen', name: '<b>Keuken</b>' }, 'home']
		}),
		checkSummary,
		T + 100
	);
	const kitchen = b.rooms[0]!.id;
	const slippery = 'general.slippery-floor';
	await saveAnswers(store, tickList(b.id, kitchen, [slippery], T + 101), checkSummary);
	await saveAnswer(
		store,
		change(b.id, kitchen, slippery, 'priority', 'low', T + 102),
		checkSummary
	);
	await saveAnswer(
		store,
		change(b.id, kitchen, slippery, 'note', 'Natte vloer bij het aanrecht', T + 103),
		checkSummary
	);
	await addPhoto(
		store,
		{
			checkId: b.id,
			roomId: kitchen,
			itemId: slippery,
			blob: jpegBlob(48, 64, 2),
			width: 48,
			height: 64
		},
		T + 120
	);
	// The next visit, as the plan sets it, without moving the check up the list (T + 100 stays).
	const stored = (await store.get('checks', b.id))!;
	const personOfB = stored.rooms.find((room) => room.type === 'personal');
	await store.put('checks', {
		...stored,
		nextVisitDate: '2027-05-20',
		// The client number a nurse gave for the care record (a deployment with one).
		...(personOfB
			? { identifiers: { [personOfB.id]: { clientNumber: 'C-20417', bsn: '111222333' } } }
			: { identifiers: { home: { clientNumber: 'C-20417', bsn: '111222333' } } })
	});
	await setFact(store, 'lastBackupAt', T - 1000);
	return { a: (await getCheck(store, a.id))!, b: (await getCheck(store, b.id))! };
}

/** How many answers `seedDevice` stores: eight and a tick list, and a tick list. */
export const SEEDED_ANSWERS = 8 + FLOOR.length + FLOOR.length;

/** Every record of every store, photos with their bytes in hex: to compare a whole database. */
export async function dumpRecords(store: Db) {
	const tx = store.transaction(['checks', 'answers', 'photos', 'facts'], 'readonly');
	const [checks, answers, photos, factKeys, facts] = await Promise.all([
		tx.objectStore('checks').getAll(),
		tx.objectStore('answers').getAll(),
		tx.objectStore('photos').getAll(),
		tx.objectStore('facts').getAllKeys(),
		tx.objectStore('facts').getAll()
	]);
	await tx.done;
	const photoRows = await Promise.all(
		photos.map(async ({ blob, ...rest }) => ({
			...rest,
			blobType: blob.type,
			bytes: Buffer.from(await blob.arrayBuffer()).toString('hex')
		}))
	);
	return { checks, answers, photos: photoRows, facts: factKeys.map((k, i) => [k, facts[i]]) };
}

/** The whole database as one string, to prove it did not change by a single byte. */
export async function dump(store: Db): Promise<string> {
	return JSON.stringify(await dumpRecords(store));
}

/** The parsed backup of a version-1 text, failing the test when the file was refused. */
export function parsed(
	text: string,
	region?: Region,
	language?: ReadOptions['language']
): ParsedBackup {
	const result = parseBackup(text, {
		decode: decodeWithJpegJs,
		...(region ? { region } : {}),
		...(language ? { language } : {})
	});
	if (isBackupProblem(result)) throw new Error(`refused: ${JSON.stringify(result)}`);
	return result;
}

/** The problem code of a refused version-1 text, failing the test when it was accepted. */
export function refused(text: string): BackupProblem {
	const result = parseBackup(text, { decode: decodeWithJpegJs });
	if (!isBackupProblem(result)) throw new Error('accepted a broken file');
	return result;
}

/** A backup of everything on a device, as text. */
export async function exportAll(store: Db, at = T + 1_000_000): Promise<string> {
	return encodeBackup(await readBackupEntries(store), new Date(at));
}

/**
 * A real JPEG of about `bytes` bytes that decodes fast: a small picture with application
 * segments of noise after its start marker, as a camera's metadata would be.
 */
export function paddedJpeg(bytes: number, seed: number): Uint8Array<ArrayBuffer> {
	const picture = new Uint8Array(makeJpeg(32, 24, seed));
	const out = new Uint8Array(Math.max(bytes, picture.length));
	out.set(picture.subarray(0, 2));
	let at = 2;
	let noise = seed * 2654435761;
	while (out.length - picture.length - at >= 4 + 16) {
		const length = Math.min(65_535, out.length - picture.length - at - 2);
		out[at] = 0xff;
		out[at + 1] = 0xef; // APP15
		out[at + 2] = length >> 8;
		out[at + 3] = length & 0xff;
		for (let i = 4; i < length + 2; i++) {
			noise = (noise * 1103515245 + 12345) >>> 0;
			out[at + i] = noise >>> 24;
		}
		at += length + 2;
	}
	out.set(picture.subarray(2), at);
	return out.subarray(0, at + picture.length - 2);
}

/**
 * A backup file of everything on a device, or of some checks, as a Blob: format 2, or format 3
 * with a `password` (its key wrapped with `iterations`, 600,000 unless a test asks for fewer).
 */
export async function makeArchive(
	store: Db,
	options: {
		checkIds?: readonly string[];
		at?: number;
		password?: string;
		iterations?: number;
	} = {}
): Promise<Blob> {
	const sink = new BlobSink(ARCHIVE_TYPE);
	await writeBackup(store, sink, {
		...(options.checkIds ? { checkIds: options.checkIds } : {}),
		...(options.password !== undefined ? { password: options.password } : {}),
		...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
		now: new Date(options.at ?? T + 1_000_000)
	});
	return sink.blob();
}

/** A picked file read as Settings reads it (photos decoded by jpeg-js), failing when refused. */
export async function readFile(file: Blob, options: ReadOptions = {}): Promise<ParsedBackup> {
	const result = await readBackupFile(file, { decode: decodeWithJpegJs, ...options });
	if (isBackupProblem(result)) {
		throw new Error(`refused: ${result.problem} (${result.detail})`);
	}
	return result;
}

/** The problem a picked file is refused with, failing the test when it was accepted. */
export async function refusedFile(file: Blob, options: ReadOptions = {}): Promise<BackupProblem> {
	const result = await readBackupFile(file, { decode: decodeWithJpegJs, ...options });
	if (!isBackupProblem(result)) throw new Error('accepted a broken file');
	return result;
}

/** Every check of a read backup, read again as a restore reads them. */
export async function entriesOf(backup: ParsedBackup): Promise<BackupEntry[]> {
	const entries: BackupEntry[] = [];
	for await (const { entry } of backup.entries()) entries.push(entry);
	return entries;
}

/**
 * Make a backup of everything on `source` and restore it on `target`, as Settings does: the
 * file made, read whole, then restored ("replace" for any check already there).
 */
export async function backupAndRestore(source: Db, target: Db): Promise<ImportResult> {
	let file: Blob;
	try {
		file = await makeArchive(source);
	} catch (error) {
		throw new Error(`Footing could not make the backup: ${String(error)}`, { cause: error });
	}
	const backup = await readFile(file);
	const conflicts = await findConflicts(target, backup);
	return importBackup(
		target,
		backup,
		Object.fromEntries(conflicts.map((c) => [c.checkId, 'replace']))
	);
}
