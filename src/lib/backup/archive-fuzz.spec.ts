/**
 * Hostile and broken zip files (backup format 2): every one is refused with a problem code
 * before anything is written, and the device's data stays exactly as it was. Zip bombs (a file
 * that inflates past what it declares, sizes past the limits, files sharing their bytes), paths
 * out of the backup (`../x`, `/x`, `C:\x`), and every kind of lie about the contents.
 */
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '$lib/db';
import { findConflicts, importBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { seeded } from '../../../tests/fixtures/random';
import { BACKUP_PROBLEMS, BACKUP_LIMITS, type BackupProblemCode } from './validate';
import { readBackupFile } from './read';
import {
	backupAndRestore,
	decodeWithJpegJs,
	dump,
	makeArchive,
	readFile,
	seedDevice
} from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

type Files = Record<string, Uint8Array>;

/** A zip of these files (photos stored, text deflated), as a picked file. */
function zipOf(files: Files): Uint8Array {
	return zipSync(
		Object.fromEntries(
			Object.entries(files).map(([name, data]) => [
				name,
				[data, { level: name.endsWith('.jpg') ? 0 : 6 }] as const
			])
		)
	);
}

const text = (value: unknown) => strToU8(JSON.stringify(value));
const json = (bytes: Uint8Array) =>
	JSON.parse(new TextDecoder().decode(bytes)) as Record<string, never>;

/** Where each file's central directory record starts, by name. */
function directory(zip: Uint8Array): Map<string, number> {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const end = zip.length - 22;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const records = new Map<string, number>();
	for (let i = 0; i < count; i++) {
		const nameLength = view.getUint16(at + 28, true);
		const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
		records.set(name, at);
		at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return records;
}

/** A copy of a zip with fields of one file's directory record changed. */
function patched(
	zip: Uint8Array,
	name: string,
	fields: Partial<Record<'flags' | 'method' | 'crc' | 'compressed' | 'size' | 'offset', number>>
): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	const at = directory(copy).get(name)!;
	const offsets = { flags: 8, method: 10, crc: 16, compressed: 20, size: 24, offset: 42 } as const;
	for (const [field, value] of Object.entries(fields) as [keyof typeof offsets, number][]) {
		if (field === 'flags' || field === 'method') view.setUint16(at + offsets[field], value, true);
		else view.setUint32(at + offsets[field], value, true);
	}
	return copy;
}

/** A copy of a zip with a field of its end record changed. */
function patchedEnd(zip: Uint8Array, offset: number, value: number, bits: 16 | 32): Uint8Array {
	const copy = zip.slice();
	const view = new DataView(copy.buffer);
	if (bits === 16) view.setUint16(copy.length - 22 + offset, value, true);
	else view.setUint32(copy.length - 22 + offset, value, true);
	return copy;
}

interface Variant {
	kind: string;
	zip: Uint8Array;
	codes: readonly BackupProblemCode[];
}

let files: Files;
let good: Uint8Array;

beforeAll(async () => {
	const source = await freshDB();
	await seedDevice(source);
	good = new Uint8Array(await (await makeArchive(source)).arrayBuffer());
	files = unzipSync(good);
	source.close();
});

/** Broken and hostile variants of a good backup file, made deterministically. */
function variants(seed: number): Variant[] {
	const random = seeded(seed);
	const out: Variant[] = [];
	const add = (kind: string, zip: Uint8Array, codes: readonly BackupProblemCode[]) =>
		out.push({ kind, zip, codes });
	const withFiles = (
		kind: string,
		edit: (f: Files) => void,
		codes: readonly BackupProblemCode[]
	) => {
		const copy: Files = { ...files };
		edit(copy);
		add(kind, zipOf(copy), codes);
	};
	const names = Object.keys(files);
	const photos = names.filter((n) => n.startsWith('photos/'));
	const checkFiles = names.filter((n) => n.startsWith('checks/')).sort();

	// Paths out of the backup, and names no backup has: refused before anything is read.
	for (const name of [
		'../x',
		'../../../../etc/passwd',
		'/etc/passwd',
		'/footing-backup.json',
		'C:\\Windows\\x.json',
		'C:/x.json',
		'checks/../../x.json',
		'photos/../../x.jpg',
		'photos/a/b.jpg',
		'checks\\00001.json',
		'checks/00001.json/',
		'checks/1.json',
		'__MACOSX/._footing-backup.json',
		'footing-backup.json ',
		'ｆooting-backup.json',
		'photos/<script>.jpg',
		'photos/.jpg',
		'photos/x.jpeg',
		'index.html'
	]) {
		withFiles(`bad name ${name}`, (f) => (f[name] = strToU8('{}')), ['invalid']);
	}
	withFiles(
		'a photo moved out',
		(f) => {
			f['../../photo.jpg'] = f[photos[0]!]!;
			delete f[photos[0]!];
		},
		['invalid']
	);

	// Zip bombs.
	const check = checkFiles[0]!;
	const big = new Uint8Array(BACKUP_LIMITS.checkBytes + 1).fill(0x20);
	const bomb = zipOf({ ...files, [check]: big });
	add('inflates past what it declares', patched(bomb, check, { size: 4096 }), ['invalid']);
	add('declares more than a check may hold', bomb, ['too-big']);
	add(
		// Past the limit of a sealed photo too (format 3: 28 bytes more), refused from the directory.
		'declares a photo past the limit',
		patched(good, photos[0]!, {
			size: BACKUP_LIMITS.photoBytes + 29,
			compressed: BACKUP_LIMITS.photoBytes + 29
		}),
		['too-big']
	);
	add('declares a ratio deflate cannot make', patched(good, check, { size: 60 * 1024 * 1024 }), [
		'invalid'
	]);
	const many: Files = { ...files };
	const sixty = deflateSync(new Uint8Array(60 * 1024 * 1024));
	for (let i = 0; i < 60; i++) many[`checks/${String(i + 100).padStart(5, '0')}.json`] = sixty;
	// Stored as they are, then said to be deflated 60 MB each: 3.6 GB declared in all.
	const stored = zipSync(
		Object.fromEntries(Object.entries(many).map(([n, d]) => [n, [d, { level: 0 }] as const]))
	);
	add('declares gigabytes in all', patchedSizes(stored, 60 * 1024 * 1024), ['too-big']);
	const offsetOf = (name: string) =>
		new DataView(good.buffer, good.byteOffset).getUint32(directory(good).get(name)! + 42, true);
	add('two files share their bytes', patched(good, photos[1]!, { offset: offsetOf(photos[0]!) }), [
		'invalid'
	]);
	add('a file starts inside another', patched(good, check, { offset: offsetOf(check) + 10 }), [
		'invalid'
	]);

	// The container itself.
	add('empty', new Uint8Array(), ['empty']);
	for (let i = 0; i < 16; i++) {
		const cut = 1 + Math.floor(random() * (good.length - 2));
		add('cut short', good.slice(0, cut), ['not-a-backup', 'invalid', 'not-json', 'empty']);
	}
	add('encrypted', patched(good, check, { flags: 1 }), ['invalid']);
	add('bzip2', patched(good, check, { method: 12 }), ['invalid']);
	add('damaged (CRC)', patched(good, check, { crc: 12345 }), ['invalid']);
	add('ZIP64', patchedEnd(good, 10, 0xffff, 16), ['invalid', 'too-many']);
	add('multi-disk', patchedEnd(good, 4, 1, 16), ['invalid']);
	add('directory out of place', patchedEnd(good, 16, 7, 32), ['invalid']);
	add('count lies', patchedEnd(good, 10, names.length + 1, 16), ['invalid']);
	add('not a zip at all', strToU8('PK\u0003\u0004 but nothing else follows here, really'), [
		'not-a-backup',
		'not-json'
	]);

	// What the files say.
	const manifest = json(files['footing-backup.json']!);
	withFiles('no description', (f) => delete f['footing-backup.json'], ['not-a-backup']);
	withFiles(
		'another format',
		(f) => (f['footing-backup.json'] = text({ ...manifest, format: 'x' })),
		['not-a-backup']
	);
	withFiles(
		'newer version',
		(f) => (f['footing-backup.json'] = text({ ...manifest, version: 4 })),
		['newer-version']
	);
	withFiles(
		'version 3 without its key',
		(f) => (f['footing-backup.json'] = text({ ...manifest, version: 3 })),
		['invalid']
	);
	withFiles(
		'version 1 in a zip',
		(f) => (f['footing-backup.json'] = text({ ...manifest, version: 1 })),
		['invalid']
	);
	withFiles(
		'says more checks',
		(f) => (f['footing-backup.json'] = text({ ...manifest, checks: 3 })),
		['invalid']
	);
	withFiles(
		'says fewer photos',
		(f) => (f['footing-backup.json'] = text({ ...manifest, photos: 1 })),
		['invalid']
	);
	withFiles(
		'a key of its own',
		(f) => (f['footing-backup.json'] = text({ ...manifest, admin: true })),
		['invalid']
	);
	withFiles(
		'prototype key in the description',
		(f) =>
			(f['footing-backup.json'] = strToU8(
				JSON.stringify(manifest).replace('{', '{"__proto__":{"x":1},')
			)),
		['forbidden-key']
	);
	withFiles('a check missing', (f) => delete f[checkFiles[0]!], ['invalid']);
	withFiles(
		'checks not numbered in order',
		(f) => {
			f['checks/00009.json'] = f[checkFiles[1]!]!;
			delete f[checkFiles[1]!];
		},
		['invalid']
	);
	withFiles('a photo no check names', (f) => (f['photos/stray.jpg'] = f[photos[0]!]!), ['invalid']);
	withFiles('a photo missing', (f) => delete f[photos[0]!], ['invalid']);
	withFiles('the same check twice', (f) => (f[checkFiles[1]!] = f[checkFiles[0]!]!), ['invalid']);
	const first = json(files[checkFiles[0]!]!);
	const edits: [string, (c: Record<string, unknown>) => unknown, BackupProblemCode[]][] = [
		[
			'prototype key',
			() => JSON.stringify(first).replace('{', '{"__proto__":{"polluted":true},'),
			['forbidden-key']
		],
		[
			'constructor key deep',
			() => JSON.stringify(first).replace('"changedAt":{', '"changedAt":{"constructor":1,'),
			['forbidden-key']
		],
		[
			'nested 10,000 deep',
			() =>
				JSON.stringify({ ...first, x: '__deep__' }).replace(
					'"__deep__"',
					`${'['.repeat(10_000)}${']'.repeat(10_000)}`
				),
			['invalid']
		],
		['an unknown key', (c) => ({ ...c, extra: 1 }), ['invalid']],
		[
			'a photo with its bytes inside (version 1)',
			(c) => ({ ...c, photos: (c.photos as object[]).map((p) => ({ ...p, data: 'AAAA' })) }),
			['invalid']
		],
		[
			'a markup id',
			(c) => ({ ...c, check: { ...(c.check as object), id: '<script>' } }),
			['invalid']
		],
		[
			'a date that does not exist',
			(c) => ({ ...c, check: { ...(c.check as object), visitDate: '2026-02-30' } }),
			['bad-date']
		],
		['not JSON', () => '{"check":', ['not-json']],
		['an array', () => '[]', ['invalid']]
	];
	for (const [kind, edit, codes] of edits) {
		const edited = edit(structuredClone(first));
		withFiles(
			`check file: ${kind}`,
			(f) =>
				(f[checkFiles[0]!] = strToU8(typeof edited === 'string' ? edited : JSON.stringify(edited))),
			codes
		);
	}
	withFiles(
		'check file: not UTF-8',
		(f) => (f[checkFiles[0]!] = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
		['invalid']
	);
	return out;
}

/** A copy of a stored zip whose added check files say they are deflated, `size` bytes each. */
function patchedSizes(zip: Uint8Array, size: number): Uint8Array {
	let copy = zip;
	for (const name of directory(zip).keys()) {
		if (/^checks\/001\d\d\.json$/.test(name)) copy = patched(copy, name, { method: 8, size });
	}
	return copy;
}

/** Read a file and, only when it passes, restore it replacing whatever is there. */
async function attempt(store: Db, zip: Uint8Array) {
	const result = await readBackupFile(new Blob([zip as Uint8Array<ArrayBuffer>]), {
		decode: decodeWithJpegJs
	});
	if ('problem' in result) return result;
	const conflicts = await findConflicts(store, result);
	await importBackup(
		store,
		result,
		Object.fromEntries(conflicts.map((c) => [c.checkId, 'replace']))
	);
	return result;
}

describe('hostile and broken zip files', () => {
	it('the good file restores', async () => {
		const target = await db();
		const backup = await readFile(new Blob([good as Uint8Array<ArrayBuffer>]));
		expect(backup.checks).toHaveLength(2);
		expect((await importBackup(target, backup)).written).toHaveLength(2);
	});

	it('refuses every variant with its code and leaves the database exactly as it was', async () => {
		const store = await db();
		const source = await db();
		await seedDevice(source);
		await backupAndRestore(source, store);
		const before = await dump(store);
		const list = variants(20261125);
		expect(list.length).toBeGreaterThanOrEqual(75);
		for (const variant of list) {
			const result = await attempt(store, variant.zip);
			expect('problem' in result, variant.kind).toBe(true);
			const code = (result as { problem: BackupProblemCode }).problem;
			expect(BACKUP_PROBLEMS, variant.kind).toContain(code);
			expect(variant.codes, `${variant.kind} gave ${code}`).toContain(code);
		}
		expect(await dump(store)).toBe(before);
		expect(Object.prototype).not.toHaveProperty('polluted');
	}, 120_000);

	it('leaves out a damaged photo file, named by its check and item, and restores the rest', async () => {
		const photos = Object.keys(files).filter((n) => n.startsWith('photos/'));
		const crc = new DataView(good.buffer, good.byteOffset).getUint32(
			directory(good).get(photos[0]!)! + 16,
			true
		);
		for (const [kind, zip] of [
			['damaged (CRC)', patched(good, photos[0]!, { crc: crc ^ 1 })],
			['said to be deflated', patched(good, photos[0]!, { method: 8 })]
		] as const) {
			const target = await db();
			const result = await importBackup(
				target,
				await readFile(new Blob([zip as Uint8Array<ArrayBuffer>]))
			);
			expect(result.written, kind).toHaveLength(2);
			expect(result.photos, kind).toBe(1);
			expect(
				result.leftOut.map((p) => `photos/${p.photoId}.jpg`),
				kind
			).toEqual([photos[0]]);
		}
	});

	it('never throws on a file with random bytes changed, and changes nothing when it refuses', async () => {
		const random = seeded(99);
		const store = await db();
		const source = await db();
		await seedDevice(source);
		await backupAndRestore(source, store);
		let before = await dump(store);
		let refusedCount = 0;
		for (let i = 0; i < 60; i++) {
			const zip = good.slice();
			for (let flips = 0; flips < 1 + Math.floor(random() * 4); flips++) {
				zip[Math.floor(random() * zip.length)] = Math.floor(random() * 256);
			}
			const result = await attempt(store, zip);
			if ('problem' in result) {
				refusedCount += 1;
				expect(await dump(store)).toBe(before);
			} else {
				before = await dump(store); // a byte of a photo or of a time changed: it restored
			}
		}
		expect(refusedCount).toBeGreaterThan(0);
	}, 120_000);
});
