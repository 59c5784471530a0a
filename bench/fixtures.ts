/**
 * The benchmark's test data, made in code with a fixed seed (nothing large is committed):
 * backup files in Footing's own format (src/lib/backup/format.ts) that the benchmark restores
 * through Settings → "Choose a backup file".
 *
 * - list.json: 1,000 checks of varied homes (labels, dates, rooms and the whole home, a region
 *   and a mode, some answers), no photos.
 * - clients.json: 500 clients with 4 visits each (a first visit and three follow-ups, each
 *   carrying the answers of the one before), 2,000 checks, no photos.
 * - home.json: one full home, the PDF's test home (src/lib/pdf/fixture.ts): every room type
 *   once, the whole home and a person, every question asked answered, 40 hazards with notes and
 *   10 photos of 1600 x 1200 px attached to hazards.
 * - tap.json: one check with a living room (and the whole home) and nothing answered, for the
 *   answer taps.
 * - caseload.json: 200 varied checks (as in list.json) with 100 photos of 1600 x 1200 px, one on
 *   a finding of every other check, for turning the passcode on (issue #18).
 *
 * Run alone with `npx tsx bench/fixtures.ts [folder]`; bench/run.ts calls `writeFixtures`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeBackup, type BackupEntry, type BackupPhoto } from '../src/lib/backup/format';
import { isBackupProblem, parseBackup } from '../src/lib/backup/validate';
import {
	answerKey,
	ANSWER_FIELDS,
	CHECKERS,
	type Answer,
	type AnswerFields,
	type Check,
	type CheckMode,
	type Room
} from '../src/lib/checklist/check';
import {
	askingOf,
	checkSummary,
	isAsked,
	itemsFor,
	safeAnswer,
	type Asking
} from '../src/lib/checklist/rules';
import {
	ROOM_TYPES,
	type AnswerValue,
	type Item,
	type Region,
	type RoomType
} from '../src/lib/checklist/types';
import { fixtureAnswersWithHazards, fixtureCheck, fixturePhotos } from '../src/lib/pdf/fixture';
import { itemById } from '../src/lib/checklist/catalogue';
import { seeded } from '../tests/fixtures/random';

/** The seed of every fixture: the same files on every machine and every run. */
export const SEED = 20261125;
/** The moment the fixtures are "exported": fixed, so the files never change. */
const EXPORTED_AT = new Date(Date.UTC(2026, 10, 25, 9, 0, 0));
const DAY_MS = 24 * 60 * 60 * 1000;

/** How big the fixtures are (the figures). */
export const FIXTURE_SIZES = {
	listChecks: 1000,
	/** The long list: 10,000 checks, without their answers (the start page never reads them). */
	manyChecks: 10_000,
	clients: 500,
	visitsPerClient: 4,
	homeHazards: 40,
	homePhotos: 10,
	photoWidth: 1600,
	photoHeight: 1200,
	/**
	 * JPEG quality of the test photos. makeJpeg adds per-pixel grain, which compresses far worse
	 * than a real photo: at 20 a 1600 x 1200 picture is about 190 KB, the size of a phone photo
	 * after Footing's downscale (1600 px, quality 0.82).
	 */
	photoQuality: 20,
	/** The caseload that the passcode rows encrypt: 200 checks, a photo on every other one. */
	caseloadChecks: 200,
	caseloadPhotos: 100
} as const;

/** Where the fixture files are and what the benchmark needs to know about them. */
export interface FixtureFiles {
	/** 1,000 checks. */
	list: string;
	/** 10,000 checks, their answers left out. */
	manyChecks: string;
	/** 500 clients of 4 visits. */
	clients: string;
	/** The full home with photos. */
	home: string;
	homeCheckId: string;
	/** One check with a living room, for the answer taps. */
	tap: string;
	tapCheckId: string;
	tapRoomId: string;
	/** 200 checks with 100 photos, for turning the passcode on. */
	caseload: string;
	/** Bytes of each file, of the photos in the full home and of those in the caseload. */
	bytes: {
		list: number;
		manyChecks: number;
		clients: number;
		home: number;
		tap: number;
		photos: number;
		caseload: number;
		caseloadPhotos: number;
	};
}

type Random = () => number;

/** A whole number in [min, max]. */
function between(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

/** One element of a list. */
function pick<T>(random: Random, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]!;
}

/** A shuffled copy of a list (Fisher–Yates). */
function shuffled<T>(random: Random, list: readonly T[]): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** An id made of the generator's numbers, shaped like a UUID (ids are plain tokens). */
function seededId(random: Random): string {
	const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A date as YYYY-MM-DD (UTC). */
function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

const TITLES = ['Mrs', 'Mr', 'Mevrouw', 'Meneer', 'Ms', 'Dr'] as const;
const NAMES = [
	'Jansen',
	'de Vries',
	'van den Berg',
	'Bakker',
	'Visser',
	'Smit',
	'Meijer',
	'de Boer',
	'Mulder',
	'de Groot',
	'Bos',
	'Vos',
	'Peters',
	'Hendriks',
	'van Leeuwen',
	'Dekker',
	'Brouwer',
	'de Wit',
	'Dijkstra',
	'Smith',
	'Jones',
	'Williams',
	'Taylor',
	'Brown',
	'Davies',
	'Evans',
	'Wilson',
	'Thomas',
	'Johnson',
	'Roberts'
] as const;
const STREETS = [
	'Dorpsstraat',
	'Kerkstraat',
	'Schoolstraat',
	'Molenweg',
	'Julianalaan',
	'Beatrixstraat',
	'Stationsweg',
	'Eikenlaan',
	'High Street',
	'Station Road',
	'Church Lane',
	'Mill Road',
	'Park Avenue',
	'Victoria Road',
	'Green Lane'
] as const;
const NOTES = [
	'Loose mat by the door; the daughter will take it away this weekend.',
	'Lamp is broken, needs a new bulb – ask the caretaker.',
	'Rail only on the left side going down. Landlord says the right one comes after 1 December.',
	'Cables run across the walking route to the chair; tape them to the skirting board.',
	'Step into the shower is 18 cm high. Occupational therapist to advise on a grab rail.',
	'She gets up at night two or three times; no light on the way to the toilet.',
	'Slippers are worn flat and too loose; new closed slippers on the shopping list.',
	'Pills for sleep since March (zolpidem); discuss with the GP at the next visit.',
	'Glasses are over three years old, reading is harder – make an optician’s appointment.',
	'Overleg met Chloë en Anaïs: café’s lamp kost € 25 bij de bouwmarkt.',
	'Garden path has uneven tiles near the shed, slippery with moss in autumn.',
	'Chair is low and soft; a raiser or a firmer chair would help getting up.'
] as const;

/**
 * The safe answer to an item (sometimes "not applicable" where the item allows it), or
 * undefined where only the user can answer (a timed test, a gate without a safe side).
 */
function safeValue(random: Random, item: Item): AnswerValue | undefined {
	if (item.allowNA && !item.group && random() < 0.15) return 'na';
	return safeAnswer(item);
}

/** The answer that makes a finding of an item (a hazard or a risk factor), if it has one. */
function findingValue(item: Item): AnswerValue | undefined {
	return item.kind === 'hazard' || item.kind === 'risk-factor' ? item.hazardWhen : undefined;
}

/** An answer record as the app stores it, with its change times. */
function answerRecord(checkId: string, room: Room, item: Item, fields: AnswerFields, at: number) {
	const changedAt = Object.fromEntries(Object.keys(fields).map((field) => [field, at]));
	return { checkId, roomId: room.id, itemId: item.id, ...fields, changedAt } satisfies Answer;
}

/**
 * The rooms of a varied home: 2–9 rooms, some types twice, the whole home after them (the New
 * check form adds it whenever a room is chosen), a person most of the time.
 */
function variedRooms(random: Random): Room[] {
	const types: RoomType[] = ['entrance', 'living', 'kitchen', 'bathroom', 'bedroom'];
	const extra = between(random, 0, 4);
	for (let i = 0; i < extra; i++) types.push(pick(random, ROOM_TYPES));
	const chosen = shuffled(random, types).slice(0, between(random, 2, types.length));
	chosen.sort((a, b) => ROOM_TYPES.indexOf(a) - ROOM_TYPES.indexOf(b));
	const rooms: Room[] = chosen.map((type, i) => ({ id: `room-${i + 1}`, type, name: '' }));
	rooms.push({ id: 'home-1', type: 'home', name: '' });
	if (random() < 0.7) rooms.push({ id: 'person-1', type: 'personal', name: '' });
	return rooms;
}

/**
 * Answer one question the way the screen answers it: an item on its own, or for a box of a tick
 * list the whole list (the box ticked or not, the other boxes unticked), as GroupCard does.
 */
function answerQuestion(
	random: Random,
	answers: Map<string, Answer>,
	checkId: string,
	room: Room,
	item: Item,
	at: number
): void {
	const finding = findingValue(item);
	const hazard = finding !== undefined && random() < 0.3;
	const boxes = item.group ? itemsFor(room.type).filter((other) => other.group === item.group) : [];
	for (const other of item.group ? boxes : [item]) {
		const value =
			other === item && hazard ? finding : item.group ? ('no' as const) : safeValue(random, other);
		if (value === undefined) continue;
		const fields: AnswerFields = { value };
		if (other === item && hazard && random() < 0.3) fields.note = pick(random, NOTES);
		answers.set(answerKey(room.id, other.id), answerRecord(checkId, room, other, fields, at));
	}
}

/** Whether an item can be answered now: asked in this check, not a follow-up, not answered. */
function answerable(item: Item, answers: Map<string, Answer>, room: Room, asking: Asking): boolean {
	return (
		!item.askWhen &&
		item.kind !== 'measure' &&
		isAsked(item, answers, room.id, asking) &&
		!answers.has(answerKey(room.id, item.id))
	);
}

/**
 * A check of a varied home with 3 to 25 questions answered (a tick list is one), no photos: one
 * entry of list.json. Most are full checks, some quick; most give Dutch advice, some general.
 */
function variedEntry(random: Random, index: number): BackupEntry {
	const id = seededId(random);
	const rooms = variedRooms(random);
	const region: Region = random() < 0.7 ? 'nl' : 'general';
	const mode: CheckMode = random() < 0.2 ? 'quick' : 'full';
	const asking = askingOf({ region, mode });
	const createdAt = EXPORTED_AT.getTime() - between(random, 1, 3 * 365) * DAY_MS;
	const updatedAt = createdAt + between(random, 0, 20) * DAY_MS + index;
	const answers = new Map<string, Answer>();
	const wanted = between(random, 3, 25);
	let answered = 0;
	for (let tries = 0; answered < wanted && tries < wanted * 4; tries++) {
		const room = pick(random, rooms);
		const item = pick(random, itemsFor(room.type));
		if (!answerable(item, answers, room, asking)) continue;
		answerQuestion(random, answers, id, room, item, updatedAt);
		answered += 1;
	}
	const check: Check = {
		id,
		label: `${pick(random, TITLES)} ${pick(random, NAMES)}, ${pick(random, STREETS)} ${between(random, 1, 240)}`,
		checkedBy: pick(random, CHECKERS),
		visitDate: isoDay(createdAt),
		createdAt,
		updatedAt,
		rooms,
		region,
		mode,
		lastRoomId: rooms[0]!.id,
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
	};
	check.summary = checkSummary(check, answers);
	return { check, answers: [...answers.values()], photos: [] };
}

/** The 1,000 checks of list.json. */
export function listEntries(random: Random = seeded(SEED)): BackupEntry[] {
	return Array.from({ length: FIXTURE_SIZES.listChecks }, (_, i) => variedEntry(random, i));
}

/**
 * The checks of many-checks.json: varied checks as in list.json, with their counts (summary)
 * but not their answers, which the start page never reads; so the file stays small enough
 * to restore in a minute.
 */
export function manyCheckEntries(random: Random = seeded(SEED + 2)): BackupEntry[] {
	return Array.from({ length: FIXTURE_SIZES.manyChecks }, (_, i) => {
		const { check } = variedEntry(random, i);
		return { check, answers: [], photos: [] };
	});
}

/**
 * The visits of clients.json: for each client a varied first visit and follow-ups six weeks
 * apart, each linked to the one before and to the client, carrying its answers as a follow-up
 * does (marked "from the last visit").
 */
export function clientEntries(random: Random = seeded(SEED + 1)): BackupEntry[] {
	const entries: BackupEntry[] = [];
	for (let client = 0; client < FIXTURE_SIZES.clients; client++) {
		let visit = variedEntry(random, client);
		const first = visit.check.id;
		entries.push(visit);
		for (let n = 1; n < FIXTURE_SIZES.visitsPerClient; n++) {
			const id = seededId(random);
			const at = visit.check.updatedAt + 42 * DAY_MS;
			const check: Check = {
				...visit.check,
				id,
				previousId: visit.check.id,
				clientId: first,
				visitDate: isoDay(at),
				createdAt: at,
				updatedAt: at + n
			};
			const answers = visit.answers.map((answer) => ({
				...answer,
				checkId: id,
				fromPrevious: true
			}));
			visit = { check, answers, photos: [] };
			entries.push(visit);
		}
	}
	return entries;
}

/**
 * The full home of home.json: the PDF's test home (src/lib/pdf/fixture.ts), so the browser rows
 * and the PDF maker's rows (bench/lib/pdf.ts) measure the same plan: every room type, the whole
 * home and a person at high fall risk, every question asked answered, 40 hazards with notes,
 * owners, due dates and one done, and 10 photos of 1600 x 1200 px on hazards.
 */
export function fullHomeEntry(): BackupEntry {
	const id = 'bench-full-home';
	const at = EXPORTED_AT.getTime() - DAY_MS;
	const base = fixtureCheck(undefined, 'nl');
	const given = fixtureAnswersWithHazards(base);
	const answers = [...given.values()].map((answer) => {
		const changed = ANSWER_FIELDS.filter((field) => answer[field] !== undefined);
		return {
			...answer,
			checkId: id,
			changedAt: Object.fromEntries(changed.map((field) => [field, at]))
		} satisfies Answer;
	});
	const check: Check = {
		...base,
		id,
		visitDate: isoDay(at),
		nextVisitDate: isoDay(at + 90 * DAY_MS),
		createdAt: at,
		updatedAt: at + 3_600_000,
		lastRoomId: base.rooms[0]!.id,
		summary: checkSummary(base, given)
	};
	const { homePhotos, photoWidth, photoHeight, photoQuality } = FIXTURE_SIZES;
	const photos = fixturePhotos({ width: photoWidth, height: photoHeight, quality: photoQuality })
		.slice(0, homePhotos)
		.map((photo, i): BackupPhoto => ({
			id: photo.id,
			roomId: photo.roomId,
			itemId: photo.itemId,
			width: photo.width,
			height: photo.height,
			createdAt: at + i * 60_000,
			type: 'image/jpeg',
			bytes: new Uint8Array(photo.jpeg)
		}));
	return { check, answers, photos };
}

/**
 * The checks of caseload.json: 200 varied checks (made as list.json's are), and on every other
 * one a photo of 1600 x 1200 px attached to one of its answers (a finding where it has one):
 * 100 photos. The photos are the full home's 10, each used 10 times under its own id: making
 * a photo costs about 0.2 s, and its size (about 190 KB) is what the sealing costs, not its
 * picture.
 */
export function caseloadEntries(
	photos: readonly BackupPhoto[],
	random: Random = seeded(SEED + 2)
): BackupEntry[] {
	const { caseloadChecks, caseloadPhotos } = FIXTURE_SIZES;
	const every = caseloadChecks / caseloadPhotos;
	let n = 0;
	return Array.from({ length: caseloadChecks }, (_, i) => {
		const entry = variedEntry(random, i);
		if (i % every !== 0) return entry;
		const answer =
			entry.answers.find((a) => a.value === findingValue(itemById(a.itemId)!)) ?? entry.answers[0]!;
		const photo = photos[n % photos.length]!;
		n += 1;
		const withPhoto: BackupPhoto = {
			...photo,
			id: `caseload-photo-${n}`,
			roomId: answer.roomId,
			itemId: answer.itemId,
			createdAt: entry.check.updatedAt
		};
		return { ...entry, photos: [withPhoto] };
	});
}

/** The room whose answers the tap rows tap: a living room. */
export const TAP_ROOM: Room = { id: 'room-living', type: 'living', name: '' };

/**
 * The check of tap.json: a living room and the whole home (as the New check form makes it),
 * nothing answered, in the full mode with general advice (the language of the bench's browser).
 */
export function tapEntry(): BackupEntry {
	const rooms: Room[] = [TAP_ROOM, { id: 'home-1', type: 'home', name: '' }];
	const at = EXPORTED_AT.getTime();
	const check: Check = {
		id: 'bench-tap-home',
		label: 'Tap test home',
		checkedBy: 'self',
		visitDate: isoDay(at),
		createdAt: at,
		updatedAt: at,
		rooms,
		region: 'general',
		mode: 'full',
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
	};
	check.summary = checkSummary(check, new Map());
	return { check, answers: [], photos: [] };
}

/** Write a backup file, after making sure the app itself would accept it. */
function writeBackup(path: string, entries: readonly BackupEntry[]): number {
	const text = encodeBackup(entries, EXPORTED_AT);
	const parsed = parseBackup(text);
	if (isBackupProblem(parsed)) {
		throw new Error(
			`${path}: the app would refuse this backup (${parsed.problem}: ${parsed.detail})`
		);
	}
	writeFileSync(path, text);
	return Buffer.byteLength(text);
}

/** Make every fixture file in `folder` (created if needed). */
export function writeFixtures(folder: string): FixtureFiles {
	mkdirSync(folder, { recursive: true });
	const home = fullHomeEntry();
	const tap = tapEntry();
	const files = {
		list: join(folder, 'list.json'),
		manyChecks: join(folder, 'many-checks.json'),
		clients: join(folder, 'clients.json'),
		home: join(folder, 'home.json'),
		tap: join(folder, 'tap.json'),
		caseload: join(folder, 'caseload.json')
	};
	const caseload = caseloadEntries(home.photos);
	const bytes = {
		list: writeBackup(files.list, listEntries()),
		manyChecks: writeBackup(files.manyChecks, manyCheckEntries()),
		clients: writeBackup(files.clients, clientEntries()),
		home: writeBackup(files.home, [home]),
		tap: writeBackup(files.tap, [tap]),
		photos: home.photos.reduce((sum, photo) => sum + photo.bytes.length, 0),
		caseload: writeBackup(files.caseload, caseload),
		caseloadPhotos: caseload.reduce(
			(sum, entry) => sum + entry.photos.reduce((one, photo) => one + photo.bytes.length, 0),
			0
		)
	};
	return {
		...files,
		homeCheckId: home.check.id,
		tapCheckId: tap.check.id,
		tapRoomId: TAP_ROOM.id,
		bytes
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const folder = resolve(process.argv[2] ?? 'bench/results/fixtures');
	const written = writeFixtures(folder);
	console.log(JSON.stringify(written, null, '\t'));
}
