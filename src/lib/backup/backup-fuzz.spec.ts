import { checkSummary } from '$lib/checklist/rules';
import { describe, expect, it } from 'vitest';
import { makeJpeg } from '../../../tests/fixtures/images';
import { change } from '../../../tests/fixtures/checks';
import { seeded } from '../../../tests/fixtures/random';
import { ANSWER_FIELDS, type CheckSummary } from '$lib/checklist/check';
import { answersOf, photosOfCheck, saveAnswer, type Db } from '$lib/db';
import { findConflicts, importBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { bytesToBase64, type BackupFile } from './format';
import {
	BACKUP_LIMITS,
	BACKUP_PROBLEMS,
	isBackupProblem,
	parseBackup,
	type BackupProblem,
	type BackupProblemCode,
	type ParsedBackup
} from './validate';

import { dump, entriesOf, parsed, refused, T } from './testing';

const keep = closedAfterEach();
/** A new, empty database, closed after the test. */
const db = (): Promise<Db> => keep(freshDB());

// Fuzzing: hundreds of broken and hostile variants of a valid backup.

type Path = (string | number)[];
type Node = Record<string, unknown> | unknown[];

/**
 * A valid backup with fixed ids, as this version writes it: regions and modes, a room for the
 * whole home, every field of a check, a summary and an answer used, and two real photos.
 */
function baseFile(): BackupFile {
	const photo = (seed: number) => bytesToBase64(new Uint8Array(makeJpeg(16, 12, seed)));
	return {
		format: 'footing-backup',
		version: 1,
		exportedAt: new Date(T + 1e7).toISOString(),
		app: { version: '0.1.0' },
		checks: [
			{
				check: {
					id: 'check-a',
					label: 'Mevr. de Vries, Kerkstraat 3',
					checkedBy: 'nurse',
					visitDate: '2026-11-02',
					createdAt: T,
					updatedAt: T + 5000,
					rooms: [
						{ id: 'room-stairs', type: 'stairs', name: '' },
						{ id: 'room-bath', type: 'bathroom', name: 'Badkamer boven' },
						{ id: 'room-home', type: 'home', name: '' },
						{ id: 'room-me', type: 'personal', name: 'Mevr. de Vries' }
					],
					region: 'nl',
					mode: 'full',
					lastRoomId: 'room-bath',
					nextVisitDate: '2027-05-02',
					summary: { answered: 5, total: 60, hazards: 2, openActions: 2, riskLevel: 'high' }
				},
				answers: [
					{
						checkId: 'check-a',
						roomId: 'room-stairs',
						itemId: 'stairs.rail-both-sides',
						value: 'no',
						note: 'Leuning alleen links; <b>géén</b> rechts',
						priority: 'high',
						fix: 'Tweede leuning laten plaatsen',
						owner: 'handyman',
						due: '2026-12-15',
						done: false,
						changedAt: {
							value: T + 1000,
							note: T + 1100,
							priority: T + 1200,
							fix: T + 1300,
							owner: T + 1400,
							due: T + 1500,
							done: T + 1600
						}
					},
					{
						checkId: 'check-a',
						roomId: 'room-bath',
						itemId: 'bathroom.grab-rail',
						value: 'no',
						changedAt: { value: T + 2000 }
					},
					{
						checkId: 'check-a',
						roomId: 'room-me',
						itemId: 'balance.fallen',
						value: 'yes',
						fromPrevious: true,
						changedAt: { value: T + 3000 }
					},
					{
						checkId: 'check-a',
						roomId: 'room-stairs',
						itemId: 'stairs.rail-any',
						value: 'yes',
						given: 'rest-fine',
						changedAt: { value: T + 900 }
					},
					{
						checkId: 'check-a',
						roomId: 'room-home',
						itemId: 'home.night-route-lit',
						value: 'yes',
						given: 'still-same',
						changedAt: { value: T + 2500 }
					},
					{
						checkId: 'check-a',
						roomId: 'room-me',
						itemId: 'falls.injured',
						value: 'yes',
						changedAt: { value: T + 3100 }
					},
					{
						checkId: 'check-a',
						roomId: 'room-me',
						itemId: 'falls.tug',
						measured: 16.2,
						changedAt: { measured: T + 3200 }
					}
				],
				photos: [
					{
						id: 'photo-1',
						roomId: 'room-stairs',
						itemId: 'stairs.rail-both-sides',
						width: 16,
						height: 12,
						createdAt: T + 4000,
						type: 'image/jpeg',
						data: photo(1)
					},
					{
						id: 'photo-2',
						roomId: 'room-bath',
						itemId: 'bathroom.grab-rail',
						width: 16,
						height: 12,
						createdAt: T + 4500,
						type: 'image/jpeg',
						data: photo(2)
					}
				]
			},
			{
				check: {
					id: 'check-b',
					label: '<i>Dhr.</i> Jansen & zoon',
					checkedBy: 'family',
					visitDate: '2026-11-20',
					createdAt: T + 10_000,
					updatedAt: T + 20_000,
					rooms: [
						{ id: 'room-kitchen', type: 'kitchen', name: '' },
						{ id: 'room-home-b', type: 'home', name: '' }
					],
					region: 'general',
					mode: 'quick',
					previousId: 'check-a',
					summary: { answered: 1, total: 2, hazards: 0, openActions: 0 }
				},
				answers: [
					{
						checkId: 'check-b',
						roomId: 'room-kitchen',
						itemId: 'kitchen.step-stool',
						value: 'na',
						note: 'Keuken 👍',
						changedAt: { value: T + 11_000, note: T + 12_000 }
					}
				],
				photos: []
			}
		]
	} as unknown as BackupFile;
}

/** Keys a backup may leave out: a check's links, its region and mode, and every field of an answer. */
const OPTIONAL_KEYS = new Set<string>([
	'previousId',
	'lastRoomId',
	'nextVisitDate',
	'identifiers',
	'clientNumber',
	'bsn',
	// Absent in files made before the checklist changed: they get defaults when read.
	'region',
	'mode',
	'openActions',
	'riskLevel',
	...ANSWER_FIELDS,
	'fromPrevious',
	'given'
]);

/** Every value inside a document with its path (the document itself left out). */
function walk(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
	const found = path.length ? [{ path, value }] : [];
	if (Array.isArray(value)) {
		value.forEach((inner, i) => found.push(...walk(inner, [...path, i])));
	} else if (value && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) found.push(...walk(inner, [...path, key]));
	}
	return found;
}

/** The object or array holding the value at `path`. */
function parentOf(doc: unknown, path: Path): Node {
	let node = doc as Node;
	for (const key of path.slice(0, -1)) node = (node as Record<string, unknown>)[key] as Node;
	return node;
}

/** Set the value at `path`. */
function setAt(doc: unknown, path: Path, value: unknown): void {
	(parentOf(doc, path) as Record<string | number, unknown>)[path.at(-1)!] = value;
}

/** The kind of a JSON value. */
function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** A value of each JSON kind. */
const KIND_SAMPLES: Record<string, unknown> = {
	string: 'x',
	number: 7,
	boolean: true,
	array: [],
	object: {},
	null: null
};

interface Variant {
	kind: string;
	text: string;
	/** The codes this variant may be refused with (any code when left out). */
	codes?: readonly BackupProblemCode[];
}

const DEEP = '"__deep__"';
const HUGE = 1024 * 1024;

/** Broken and hostile variants of a valid backup, made deterministically from `seed`. */
function variants(seed: number): Variant[] {
	const random = seeded(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const base = baseFile();
	const baseText = JSON.stringify(base);
	const all = walk(base);
	const out: Variant[] = [];
	/** Add a variant made by changing a copy of the base document. */
	const mutate = (
		kind: string,
		edit: (doc: BackupFile) => void,
		codes?: readonly BackupProblemCode[],
		finish: (text: string) => string = (text) => text
	) => {
		const doc = structuredClone(base);
		edit(doc);
		out.push({ kind, text: finish(JSON.stringify(doc)), codes });
	};
	const pathsWhere = (test: (path: Path, value: unknown) => boolean) =>
		all.filter(({ path, value }) => test(path, value)).map(({ path }) => path);
	const objects = [[] as Path, ...pathsWhere((_p, v) => kindOf(v) === 'object')];
	const strings = pathsWhere((_p, v) => typeof v === 'string');
	// A measure may be any number from 0 on (1.5 seconds is real): it has bad values of its own.
	const isMeasure = (p: Path) => p.at(-1) === 'measured' && p.at(-2) !== 'changedAt';
	const numbers = pathsWhere((p, v) => typeof v === 'number' && !isMeasure(p));
	const measures = pathsWhere((p) => isMeasure(p));
	const required = pathsWhere(
		(p) =>
			typeof p.at(-1) === 'string' &&
			p.at(-2) !== 'changedAt' &&
			!OPTIONAL_KEYS.has(String(p.at(-1)))
	);
	const ids = pathsWhere((p) =>
		['id', 'roomId', 'itemId', 'checkId', 'previousId', 'lastRoomId'].includes(String(p.at(-1)))
	);

	// Truncated at random points.
	out.push({ kind: 'truncated', text: '', codes: ['empty'] });
	for (let i = 0; i < 24; i++) {
		const cut = 1 + Math.floor(random() * (baseText.length - 1));
		out.push({ kind: 'truncated', text: baseText.slice(0, cut), codes: ['not-json', 'empty'] });
	}
	// Required fields removed.
	for (let i = 0; i < 25; i++) {
		const path = pick(required);
		mutate('field removed', (doc) => {
			delete (parentOf(doc, path) as Record<string, unknown>)[String(path.at(-1))];
		});
	}
	// Types changed: string <-> number <-> boolean <-> array <-> object <-> null.
	for (let i = 0; i < 30; i++) {
		const { path, value } = pick(all);
		const other = pick(Object.keys(KIND_SAMPLES).filter((k) => k !== kindOf(value)));
		mutate('type changed', (doc) => setAt(doc, path, structuredClone(KIND_SAMPLES[other])));
	}
	// Huge strings (1 MB).
	for (let i = 0; i < 12; i++) {
		const path = pick(strings);
		const huge = path.at(-1) === 'data' ? 'A'.repeat(HUGE) : '<é>'.repeat(HUGE / 3);
		mutate('huge string', (doc) => setAt(doc, path, huge));
	}
	// Deep nesting, down to 100,000 levels.
	for (const depth of [33, 40, 100, 1000, 5000, 20_000, 100_000]) {
		const path = pick(all).path;
		const open = random() < 0.5 ? '[' : '{"a":';
		const close = open === '[' ? ']' : '}';
		mutate(
			'deep nesting',
			(doc) => setAt(doc, path, '__deep__'),
			['invalid'],
			(text) => text.replace(DEEP, `${open.repeat(depth)}1${close.repeat(depth)}`)
		);
	}
	// __proto__, constructor and prototype as keys at random depths, and as ids.
	for (let i = 0; i < 18; i++) {
		const path = pick(objects);
		const key = pick(['__proto__', 'constructor', 'prototype']);
		const value = pick<unknown>([{ polluted: true }, 'x', 1, [], { isAdmin: true, toString: 1 }]);
		mutate(
			'forbidden key',
			(doc) => {
				const target = walkTo(doc, path) as object;
				Object.defineProperty(target, key, {
					value,
					enumerable: true,
					configurable: true,
					writable: true
				});
			},
			['forbidden-key']
		);
	}
	for (const key of ['__proto__', 'constructor', 'prototype']) {
		mutate('forbidden id', (doc) => setAt(doc, pick(ids), key), ['forbidden-key', 'invalid']);
	}
	// Dates that are not real, or not dates.
	const dayPaths: Path[] = [
		['checks', 0, 'check', 'visitDate'],
		['checks', 1, 'check', 'visitDate'],
		['checks', 0, 'answers', 0, 'due']
	];
	const badDays = [
		'2026-02-30',
		'yesterday',
		'2026-13-01',
		'2026-11-25T10:00:00Z',
		'',
		'25-11-2026',
		'2026-2-3',
		'0000-01-01',
		'+02026-11-25',
		'2026-11-25 ',
		'2023-02-29',
		'２０２６-11-25'
	];
	for (let i = 0; i < 16; i++) {
		const path = pick(dayPaths);
		const bad = pick(badDays);
		mutate('bad date', (doc) => setAt(doc, path, bad), ['bad-date']);
	}
	for (const bad of [
		'2026-02-30T10:00:00Z',
		'yesterday',
		'2026-11-25',
		'2026-11-25T25:00:00Z',
		'Wed Nov 25 2026',
		'2026-11-25T10:00:00'
	]) {
		mutate('bad date', (doc) => (doc.exportedAt = bad), ['bad-date']);
	}
	// Negative, fractional, enormous and NaN-like numbers.
	for (let i = 0; i < 20; i++) {
		const path = pick(numbers);
		const bad = pick([-1, -T, 1.5, 1e300, -1e-7, Number.MAX_SAFE_INTEGER, 'NaN', null, '__inf__']);
		mutate(
			'bad number',
			(doc) => setAt(doc, path, bad),
			undefined,
			(text) => text.replace('"__inf__"', pick(['1e999', '-1e999']))
		);
	}
	for (const bad of [-1, -0.5, 1e7, 'NaN', null, '17', true, '__inf__']) {
		mutate(
			'bad measure',
			(doc) => setAt(doc, pick(measures), bad),
			['invalid'],
			(text) => text.replace('"__inf__"', '1e999')
		);
	}
	// Picklists of the new fields: only the values this version knows.
	for (const [path, bad] of [
		[['checks', 0, 'check', 'region'], 'be'],
		[['checks', 1, 'check', 'region'], 'NL'],
		[['checks', 0, 'check', 'mode'], 'short'],
		[['checks', 0, 'check', 'summary', 'riskLevel'], 'very-high'],
		[['checks', 0, 'answers', 3, 'given'], 'guessed'],
		[['checks', 0, 'check', 'rooms', 2, 'type'], 'house']
	] as [Path, string][]) {
		mutate('unknown value', (doc) => setAt(doc, path, bad), ['invalid']);
	}
	// Photos that are not images.
	const jpeg = base.checks[0]!.photos[0]!.data;
	// Photos whose text is not base64 at all: the file is damaged. (Bytes that are base64 but no
	// picture are left out on restore, the rest restored: see the test below.)
	const badPhotos = [
		'@@@@',
		'abc',
		'AB=C',
		'====',
		'',
		`data:image/jpeg;base64,${jpeg}`,
		`${jpeg.slice(0, 8)} ${jpeg.slice(8)}`,
		jpeg.slice(0, -1),
		`${jpeg}\n`
	];
	for (const bad of badPhotos) {
		mutate('photo not an image', (doc) => (doc.checks[0]!.photos[pick([0, 1])]!.data = bad), [
			'bad-photo'
		]);
	}
	for (const type of ['image/png', 'image/svg+xml', 'text/html']) {
		mutate(
			'photo not an image',
			(doc) => ((doc.checks[0]!.photos[0] as { type: string }).type = type),
			['bad-photo']
		);
	}
	// Versions: newer ones refused with their own message, nonsense ones as invalid.
	for (const version of [4, 99, 1e6]) {
		mutate('newer version', (doc) => ((doc as { version: unknown }).version = version), [
			'newer-version'
		]);
	}
	// Versions 2 and 3 are zips: a JSON document saying either is not a backup Footing wrote.
	for (const version of [0, -1, 1.5, '1', null, [1], { v: 1 }, 2, 3]) {
		mutate('bad version', (doc) => ((doc as { version: unknown }).version = version), ['invalid']);
	}
	// Not a Footing backup.
	for (const format of ['footing-backup2', 'Footing-Backup', '', 123, null, ['footing-backup']]) {
		mutate('wrong format', (doc) => ((doc as { format: unknown }).format = format), [
			'not-a-backup'
		]);
	}
	for (const root of ['[]', 'null', '42', '"footing-backup"', 'true', `[${baseText}]`]) {
		out.push({ kind: 'not an object', text: root, codes: ['not-a-backup'] });
	}
	// Not JSON at all.
	const garbage = Array.from({ length: 200 }, () =>
		String.fromCharCode(Math.floor(random() * 0xffff))
	).join('');
	for (const bad of [
		garbage,
		'<html><body>Footing</body></html>',
		"{'format':'footing-backup'}",
		'NaN',
		`${baseText.slice(0, -1)},}`,
		`${baseText}x`,
		'{"a":1}{"b":2}',
		'\u0000\u0001'
	]) {
		out.push({ kind: 'not json', text: bad, codes: ['not-json', 'not-a-backup'] });
	}
	// Unknown room types.
	for (const type of ['garage', 'Kitchen', '', ' stairs', 'personal ', '<b>bath</b>']) {
		mutate(
			'unknown room type',
			(doc) => ((doc.checks[0]!.check.rooms[pick([0, 1, 2])] as { type: string }).type = type),
			['invalid']
		);
	}
	// Answers and photos pointing at rooms not in their check.
	for (let i = 0; i < 10; i++) {
		const room = pick(['room-missing', 'room-kitchen', 'ROOM-STAIRS']);
		if (i % 2)
			mutate('missing room', (doc) => (doc.checks[0]!.answers[pick([0, 1, 2])]!.roomId = room), [
				'invalid'
			]);
		else
			mutate('missing room', (doc) => (doc.checks[0]!.photos[pick([0, 1])]!.roomId = room), [
				'invalid'
			]);
	}
	// Ids that are markup, paths, too long or empty.
	for (let i = 0; i < 12; i++) {
		const bad = pick([
			'<script>alert(1)</script>',
			'a b',
			'../../etc/passwd',
			'x'.repeat(101),
			'',
			'-lead',
			'id\n',
			'ìd'
		]);
		const path = pick(ids);
		mutate('bad id', (doc) => setAt(doc, path, bad), ['invalid']);
	}
	// Keys this version does not know (objects are strict).
	for (let i = 0; i < 10; i++) {
		const path = pick(objects);
		const key = pick(['deletedAt', 'extra', 'isAdmin', 'html']);
		mutate('unknown key', (doc) => ((walkTo(doc, path) as Record<string, unknown>)[key] = 1), [
			'invalid'
		]);
	}
	// Things that repeat or contradict.
	mutate('repeats', (doc) => doc.checks.push(structuredClone(doc.checks[0]!)), ['invalid']);
	mutate(
		'repeats',
		(doc) => doc.checks[0]!.answers.push(structuredClone(doc.checks[0]!.answers[0]!)),
		['invalid']
	);
	mutate('repeats', (doc) => (doc.checks[0]!.photos[1]!.id = 'photo-1'), ['invalid']);
	mutate('repeats', (doc) => (doc.checks[0]!.check.rooms[1]!.id = 'room-stairs'), ['invalid']);
	mutate('repeats', (doc) => (doc.checks[0]!.answers[0]!.checkId = 'check-b'), ['invalid']);
	mutate('repeats', (doc) => (doc.checks[1]!.check.id = 'check-a'), ['invalid']);
	// Too many, and too long after cleaning.
	mutate(
		'too many',
		(doc) => {
			const small = { ...structuredClone(doc.checks[1]!), photos: [] };
			doc.checks = Array.from({ length: BACKUP_LIMITS.checks + 1 }, (_, i) => ({
				...small,
				check: { ...small.check, id: `c-${i}` },
				answers: small.answers.map((a) => ({ ...a, checkId: `c-${i}` }))
			}));
		},
		['too-many']
	);
	mutate(
		'too many',
		(doc) => {
			doc.checks[1]!.check.rooms = Array.from(
				{ length: BACKUP_LIMITS.roomsPerCheck + 1 },
				(_, i) => ({
					id: `r-${i}`,
					type: 'other',
					name: ''
				})
			);
			doc.checks[1]!.answers = [];
		},
		['too-many']
	);
	mutate('too long', (doc) => (doc.checks[0]!.check.label = 'é'.repeat(121)), ['invalid']);
	mutate('too long', (doc) => (doc.checks[0]!.answers[0]!.note = 'x'.repeat(4001)), ['invalid']);
	mutate('too long', (doc) => (doc.checks[0]!.answers[0]!.fix = '<'.repeat(4001)), ['invalid']);
	mutate('too long', (doc) => (doc.checks[0]!.check.rooms[1]!.name = 'n'.repeat(121)), ['invalid']);
	return out;
}

/** The value at `path`. */
function walkTo(doc: unknown, path: Path): unknown {
	let node = doc;
	for (const key of path) node = (node as Record<string | number, unknown>)[key];
	return node;
}

/** Parse a file and, only when it passes, import it replacing whatever is there. */
async function attemptImport(store: Db, text: string): Promise<ParsedBackup | BackupProblem> {
	const result = parseBackup(text);
	if (isBackupProblem(result)) return result;
	const conflicts = await findConflicts(store, result);
	await importBackup(
		store,
		result,
		Object.fromEntries(conflicts.map((c) => [c.checkId, 'replace']))
	);
	return result;
}

describe('fuzzing: broken and hostile files', () => {
	it('the base file of the fuzz test is valid, and read with every field it has', async () => {
		const backup = parsed(JSON.stringify(baseFile()), 'general');
		expect(backup.checks).toHaveLength(2);
		expect(backup.unknownItemIds).toEqual([]);
		const [a, b] = await entriesOf(backup);
		expect(a!.check).toEqual(baseFile().checks[0]!.check);
		expect(b!.check).toMatchObject({ region: 'general', mode: 'quick', previousId: 'check-a' });
		// A check that has its room for the whole home gets no second one.
		expect(b!.check.rooms.map((room) => room.type)).toEqual(['kitchen', 'home']);
		expect(a!.answers).toEqual(baseFile().checks[0]!.answers);
	});

	it('refuses every one of 250+ broken variants with a code, and leaves the database as it was', async () => {
		const store = await db();
		await importBackup(store, parsed(JSON.stringify(baseFile())));
		await saveAnswer(
			store,
			change('check-a', 'room-stairs', 'stairs.rail-any', 'value', 'no', T + 9e6),
			checkSummary
		);
		const before = await dump(store);
		const list = variants(20261125);
		const kinds = new Map<string, number>();
		for (const variant of list) kinds.set(variant.kind, (kinds.get(variant.kind) ?? 0) + 1);
		expect(list.length).toBeGreaterThanOrEqual(250);
		for (const variant of list) {
			const label = `${variant.kind}: ${variant.text.slice(0, 80)}`;
			const result = await attemptImport(store, variant.text);
			expect(isBackupProblem(result), label).toBe(true);
			const code = (result as BackupProblem).problem;
			expect(BACKUP_PROBLEMS, label).toContain(code);
			if (variant.codes) expect(variant.codes, `${label} gave ${code}`).toContain(code);
		}
		expect(await dump(store)).toBe(before);
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(Object.prototype).not.toHaveProperty('isAdmin');
		expect([...kinds.keys()].length).toBeGreaterThanOrEqual(20);
	}, 60_000);

	it('makes the same variants on every run', () => {
		expect(variants(7).map((v) => v.text)).toEqual(variants(7).map((v) => v.text));
	}, 60_000);

	it('keeps and reports an item id this version does not know (from a newer Footing)', async () => {
		const doc = baseFile();
		doc.checks[1]!.answers.push({
			checkId: 'check-b',
			roomId: 'room-kitchen',
			itemId: 'kitchen.stairlift-2030',
			value: 'no',
			changedAt: { value: T }
		});
		doc.checks[0]!.photos[0]!.itemId = 'stairs.future-item';
		const backup = parsed(JSON.stringify(doc));
		expect(backup.unknownItemIds).toEqual(['kitchen.stairlift-2030', 'stairs.future-item']);
		const store = await db();
		await importBackup(store, backup);
		expect(
			(await answersOf(store, 'check-b')).get('room-kitchen/kitchen.stairlift-2030')
		).toMatchObject({ value: 'no' });
		expect((await photosOfCheck(store, 'check-a')).map((p) => p.itemId)).toContain(
			'stairs.future-item'
		);
	});

	it('accepts optional fields left out, and cleans a label as the screens do', async () => {
		const doc = baseFile();
		const answer = doc.checks[0]!.answers[0]!;
		for (const key of ['note', 'priority', 'fix', 'owner', 'due', 'done'] as const)
			delete answer[key];
		delete doc.checks[0]!.answers[3]!.given;
		const check = doc.checks[0]!.check as Partial<BackupFile['checks'][0]['check']>;
		for (const key of ['lastRoomId', 'nextVisitDate', 'region', 'mode'] as const) delete check[key];
		const summary = check.summary as Partial<CheckSummary>;
		delete summary.openActions;
		delete summary.riskLevel;
		doc.checks[1]!.check.label = '  Dhr.\tJansen   <i>x</i> ';
		const entries = await entriesOf(parsed(JSON.stringify(doc), 'nl'));
		expect(entries[1]!.check.label).toBe('Dhr. Jansen <i>x</i>');
		expect(entries[0]!.answers[0]).not.toHaveProperty('note');
		expect(entries[0]!.answers[3]).not.toHaveProperty('given');
		expect(entries[0]!.check).toMatchObject({ region: 'nl', mode: 'full' });
		expect(entries[0]!.check).not.toHaveProperty('nextVisitDate');
		expect(entries[0]!.check.summary).toEqual({
			answered: 5,
			total: 60,
			hazards: 2,
			openActions: 0
		});
	});

	it('names a check whose name holds nothing visible after its date, in the user’s language', async () => {
		const doc = baseFile();
		doc.checks[0]!.check.label = '\u202E\u200B \u2066';
		doc.checks[0]!.check.visitDate = '2026-11-04';
		const [en] = await entriesOf(parsed(JSON.stringify(doc)));
		expect(en!.check.label).toBe('Check of 4 November 2026');
		const [nl] = await entriesOf(parsed(JSON.stringify(doc), 'nl', 'nl'));
		expect(nl!.check.label).toBe('Check van 4 november 2026');
	});

	it('accepts any measure a timed test can give, fractions of a second included', async () => {
		const doc = baseFile();
		for (const measured of [0, 1.5, 7.25, 600]) {
			doc.checks[0]!.answers[6]!.measured = measured;
			const [first] = await entriesOf(parsed(JSON.stringify(doc)));
			expect(first!.answers[6]!.measured).toBe(measured);
		}
	});

	it('a newer version is refused before anything else is looked at', () => {
		expect(refused(JSON.stringify({ format: 'footing-backup', version: 4, whatever: [] }))).toEqual(
			{
				problem: 'newer-version',
				detail: 'version 4'
			}
		);
	});

	it('leaves out a photo that is base64 but no picture, names it, and restores the rest', async () => {
		const random = seeded(5);
		const notPictures = {
			png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
			noise: new Uint8Array(300).map(() => Math.floor(random() * 256)),
			svg: new TextEncoder().encode('<svg onload="alert(1)"></svg>'),
			zeros: new Uint8Array(3),
			'jpeg start, then noise': new Uint8Array(300).map((_, i) =>
				i < 3 ? [0xff, 0xd8, 0xff][i]! : Math.floor(random() * 256)
			),
			'jpeg cut short': new Uint8Array(makeJpeg(16, 12, 1)).subarray(0, 200)
		};
		for (const [kind, bytes] of Object.entries(notPictures)) {
			const doc = baseFile();
			doc.checks[0]!.photos[1]!.data = bytesToBase64(bytes);
			const store = await db();
			const result = await importBackup(store, parsed(JSON.stringify(doc)));
			expect(
				result.leftOut.map((p) => [p.photoId, p.itemId]),
				kind
			).toEqual([['photo-2', 'bathroom.grab-rail']]);
			expect(
				(await photosOfCheck(store, 'check-a')).map((p) => p.id),
				kind
			).toEqual(['photo-1']);
			expect((await answersOf(store, 'check-a')).size, kind).toBe(doc.checks[0]!.answers.length);
			expect((await answersOf(store, 'check-b')).size, kind).toBe(doc.checks[1]!.answers.length);
		}
	});
});
