import { checkSummary } from '$lib/checklist/rules';
import { describe, expect, it } from 'vitest';
import { makeJpeg } from '../../../tests/fixtures/images';
import { seeded } from '../../../tests/fixtures/random';
import { ANSWER_FIELDS, type AnswerChange } from '$lib/checklist/check';
import {
	addPhoto,
	answersOf,
	createCheck,
	listChecks,
	photosOfCheck,
	saveAnswer,
	setFact,
	setRooms,
	type Db
} from '$lib/db';
import {
	findConflicts,
	ImportChoiceError,
	importBackup,
	readBackupEntries,
	type ImportChoice,
	type ImportChoices
} from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import {
	backupFileName,
	base64ToBytes,
	bytesToBase64,
	encodeBackup,
	type BackupFile
} from './format';
import {
	BACKUP_LIMITS,
	BACKUP_PROBLEMS,
	checkBackupFile,
	isBackupProblem,
	parseBackup,
	readBackupFile,
	type BackupProblem,
	type BackupProblemCode,
	type ParsedBackup
} from './validate';

/** 25 November 2026, 10:00 UTC. */
const T = Date.UTC(2026, 10, 25, 10, 0, 0);

const keep = closedAfterEach();
/** A new, empty database, closed after the test. */
const db = (): Promise<Db> => keep(freshDB());

/** A real JPEG as a Blob. */
function jpegBlob(width: number, height: number, seed: number): Blob {
	return new Blob([new Uint8Array(makeJpeg(width, height, seed))], { type: 'image/jpeg' });
}

/** A change of one field of an answer at a given time. */
function change<F extends AnswerChange['field']>(
	checkId: string,
	roomId: string,
	itemId: string,
	field: F,
	value: AnswerChange<F>['value'],
	at: number
): AnswerChange {
	return { checkId, roomId, itemId, field, value, at } as AnswerChange;
}

const MARKUP_LABEL = '<img src=x onerror="alert(1)"> Dhr. Jansen & "zoon"';
const MARKUP_NOTE = '<script>alert("x")</script> Leuning ontbreekt; één kant </textarea> &amp;';

/** A device with two checks made the way the screens make them: answers, actions, photos. */
async function seedDevice(store: Db) {
	const a = await createCheck(
		store,
		{
			label: 'Mevr. de Vries, Kerkstraat 3',
			checkedBy: 'nurse',
			visitDate: '2026-11-25',
			rooms: [
				{ type: 'stairs', name: '' },
				{ type: 'bathroom', name: 'Badkamer boven' },
				{ type: 'personal', name: 'Mevr. de Vries' }
			]
		},
		checkSummary,
		T
	);
	const [stairs, bath, person] = a.rooms.map((room) => room.id) as [string, string, string];
	const rail = 'stairs.rail-both-sides';
	const changes: AnswerChange[] = [
		change(a.id, stairs, rail, 'value', 'no', T + 1),
		change(a.id, stairs, rail, 'note', MARKUP_NOTE, T + 2),
		change(a.id, stairs, rail, 'fix', 'Laat een tweede leuning plaatsen, ook rechts.', T + 3),
		change(a.id, stairs, rail, 'owner', 'handyman', T + 4),
		change(a.id, stairs, rail, 'due', '2026-12-15', T + 5),
		change(a.id, stairs, rail, 'done', true, T + 6),
		change(a.id, stairs, rail, 'priority', 'high', T + 7),
		change(a.id, stairs, 'stairs.clear', 'value', 'yes', T + 8),
		change(a.id, bath, 'bathroom.grab-rail', 'value', 'no', T + 9),
		change(a.id, bath, 'bathroom.grab-rail', 'note', 'Géén beugel bij het bad 🛁', T + 10),
		change(a.id, person, 'balance.fallen', 'value', 'yes', T + 11)
	];
	for (const one of changes) await saveAnswer(store, one, checkSummary);
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
		{
			label: MARKUP_LABEL,
			checkedBy: 'family',
			visitDate: '2026-11-20',
			rooms: [{ type: 'kitchen', name: '<b>Keuken</b>' }]
		},
		checkSummary,
		T + 100
	);
	const kitchen = b.rooms[0]!.id;
	await saveAnswer(
		store,
		change(b.id, kitchen, 'kitchen.reach', 'value', 'no', T + 101),
		checkSummary
	);
	await saveAnswer(
		store,
		change(b.id, kitchen, 'kitchen.reach', 'priority', 'low', T + 102),
		checkSummary
	);
	await saveAnswer(
		store,
		change(b.id, kitchen, 'kitchen.reach', 'note', 'Pannen te hoog', T + 103),
		checkSummary
	);
	await addPhoto(
		store,
		{
			checkId: b.id,
			roomId: kitchen,
			itemId: 'kitchen.reach',
			blob: jpegBlob(48, 64, 2),
			width: 48,
			height: 64
		},
		T + 120
	);
	await setFact(store, 'lastBackupAt', T - 1000);
	return { a, b };
}

/** Every record of every store, photos with their bytes in hex: to compare a whole database. */
async function dumpRecords(store: Db) {
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
async function dump(store: Db): Promise<string> {
	return JSON.stringify(await dumpRecords(store));
}

/** The parsed backup, failing the test when the file was refused. */
function parsed(text: string): ParsedBackup {
	const result = parseBackup(text);
	if (isBackupProblem(result)) throw new Error(`refused: ${JSON.stringify(result)}`);
	return result;
}

/** The problem code of a refused text, failing the test when it was accepted. */
function refused(text: string): BackupProblem {
	const result = parseBackup(text);
	if (!isBackupProblem(result)) throw new Error('accepted a broken file');
	return result;
}

/** A backup of everything on a device, as text. */
async function exportAll(store: Db, at = T + 1_000_000): Promise<string> {
	return encodeBackup(await readBackupEntries(store), new Date(at));
}

describe('format', () => {
	it('writes base64 exactly as Node does and reads it back, in and across chunks', () => {
		let seed = 7;
		for (const length of [0, 1, 2, 3, 4, 5, 31, 24_575, 24_576, 24_577, 100_003]) {
			const bytes = new Uint8Array(length).map(
				() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
			);
			const text = bytesToBase64(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64'));
			expect(base64ToBytes(text)).toEqual(bytes);
		}
		for (const bad of [
			'A',
			'AB=C',
			'A===',
			'====',
			'@@@@',
			'QUJD\n',
			'QUJ D',
			'QQ',
			'QUJ\u0141',
			'QU\u0141=',
			'-_-_'
		]) {
			expect(base64ToBytes(bad)).toBeUndefined();
		}
	});

	it('names the file by the date, with a safe slug of the label for one check', () => {
		const now = new Date(2026, 10, 25, 12, 0, 0);
		expect(backupFileName(now)).toBe('footing-backup-2026-11-25.json');
		expect(backupFileName(now, 'Mrs Jansen')).toBe('footing-backup-2026-11-25-mrs-jansen.json');
		expect(backupFileName(now, 'Mevr. Ötzi, Kerkstraat 3')).toBe(
			'footing-backup-2026-11-25-mevr-otzi-kerkstraat-3.json'
		);
		expect(backupFileName(now, '<script>/../..\\x</script>')).toBe(
			'footing-backup-2026-11-25-script-x-script.json'
		);
		expect(backupFileName(now, '***')).toBe('footing-backup-2026-11-25.json');
		const long = backupFileName(now, 'a very long label '.repeat(10));
		expect(long).toMatch(/^footing-backup-2026-11-25-[a-z0-9]+(-[a-z0-9]+)*\.json$/);
		expect(long.length).toBeLessThanOrEqual('footing-backup-2026-11-25-.json'.length + 40);
	});

	it('writes the documented shape: format, version, date, app, checks with base64 photos', async () => {
		const store = await db();
		await seedDevice(store);
		const file = JSON.parse(await exportAll(store)) as BackupFile;
		expect(file).toMatchObject({
			format: 'footing-backup',
			version: 1,
			exportedAt: new Date(T + 1_000_000).toISOString(),
			app: { version: expect.any(String) }
		});
		expect(file.checks).toHaveLength(2);
		const photo = file.checks.flatMap((c) => c.photos)[0]!;
		expect(photo).toMatchObject({ type: 'image/jpeg', width: expect.any(Number) });
		expect(Buffer.from(photo.data, 'base64').subarray(0, 3)).toEqual(
			Buffer.from([0xff, 0xd8, 0xff])
		);
	});
});

describe('export and import', () => {
	it('restores two checks on an empty device exactly: answers, actions, notes, photos', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const backup = parsed(await exportAll(source));
		expect(backup.unknownItemIds).toEqual([]);

		const target = await db();
		expect(await findConflicts(target, backup)).toEqual([]);
		const result = await importBackup(target, backup);
		expect(result).toMatchObject({ skipped: [], answers: 5, photos: 2 });
		expect(result.written.map((w) => w.how)).toEqual(['added', 'added']);

		expect(await listChecks(target)).toEqual(await listChecks(source));
		for (const check of [a, b]) {
			expect(await answersOf(target, check.id)).toEqual(await answersOf(source, check.id));
			const [before, after] = [
				await photosOfCheck(source, check.id),
				await photosOfCheck(target, check.id)
			];
			expect(after.map(({ blob: _b, ...meta }) => meta)).toEqual(
				before.map(({ blob: _b, ...meta }) => meta)
			);
			for (const [i, photo] of after.entries()) {
				expect(photo.blob.type).toBe('image/jpeg');
				const bytes = Buffer.from(await photo.blob.arrayBuffer());
				expect(bytes.equals(Buffer.from(await before[i]!.blob.arrayBuffer()))).toBe(true);
			}
		}
		const action = (await answersOf(target, a.id)).get(`${a.rooms[0]!.id}/stairs.rail-both-sides`);
		expect(action).toMatchObject({
			value: 'no',
			note: MARKUP_NOTE,
			fix: 'Laat een tweede leuning plaatsen, ook rechts.',
			owner: 'handyman',
			due: '2026-12-15',
			done: true,
			priority: 'high'
		});
		const [sourceRecords, targetRecords] = [await dumpRecords(source), await dumpRecords(target)];
		expect({ ...targetRecords, facts: [] }).toEqual({ ...sourceRecords, facts: [] });
	});

	it('gives back markup in labels, room names and notes as the same text', async () => {
		const source = await db();
		const { b } = await seedDevice(source);
		const target = await db();
		await importBackup(target, parsed(await exportAll(source)));
		const check = (await listChecks(target)).find((c) => c.id === b.id)!;
		expect(check.label).toBe(MARKUP_LABEL);
		expect(check.rooms[0]!.name).toBe('<b>Keuken</b>');
		const notes = [...(await answersOf(target, (await listChecks(target))[1]!.id)).values()];
		expect(notes.map((n) => n.note)).toContain(MARKUP_NOTE);
	});

	it('exports only checks not deleted, or the ones asked for', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		expect((await readBackupEntries(source, [b.id, 'nope', b.id])).map((e) => e.check.id)).toEqual([
			b.id
		]);
		const { deleteCheck } = await import('$lib/db');
		await deleteCheck(source, b.id);
		expect((await readBackupEntries(source)).map((e) => e.check.id)).toEqual([a.id]);
	});

	it('writes a file it can always read back: fields it does not know and stale records are left out', async () => {
		const source = await db();
		const { a } = await seedDevice(source);
		await source.put('checks', {
			...(await source.get('checks', a.id))!,
			futureField: 42
		} as never);
		await setRooms(source, a.id, a.rooms.slice(0, 2), checkSummary); // the person's answers go
		await source.put('answers', {
			checkId: a.id,
			roomId: 'room-gone',
			itemId: 'stairs.clear',
			value: 'no',
			changedAt: { value: T },
			futureField: 1
		} as never);
		const backup = parsed(await exportAll(source));
		expect(backup.entries[0]!.check).not.toHaveProperty('futureField');
		expect(backup.entries.flatMap((e) => e.answers).map((x) => x.roomId)).not.toContain(
			'room-gone'
		);
	});

	it('importing the same file twice: already here; skip, keep both or replace', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const backup = parsed(await exportAll(source));
		const target = await db();
		await importBackup(target, backup);

		const conflicts = await findConflicts(target, backup);
		expect(conflicts.map((c) => [c.checkId, c.identical, c.deleted])).toEqual([
			[b.id, true, false],
			[a.id, true, false]
		]);

		// Skip: nothing written.
		const before = await dump(target);
		const skipped = await importBackup(target, backup, { [a.id]: 'skip', [b.id]: 'skip' });
		expect(skipped).toMatchObject({ written: [], skipped: [b.id, a.id], answers: 0, photos: 0 });
		expect(await dump(target)).toBe(before);

		// Keep both: a copy of a under a new id, the stored one untouched.
		const storedA = (await dumpRecords(target)).answers.filter((x) => x.checkId === a.id);
		const copied = await importBackup(target, backup, { [a.id]: 'keep-both', [b.id]: 'skip' });
		const copyId = copied.written[0]!.id;
		expect(copied.written).toEqual([{ fileId: a.id, id: copyId, how: 'copied' }]);
		expect(copyId).not.toBe(a.id);
		const checks = await listChecks(target);
		expect(checks).toHaveLength(3);
		const copy = checks.find((c) => c.id === copyId)!;
		expect(copy).toMatchObject({ label: a.label, visitDate: a.visitDate });
		expect(copy.rooms).toEqual(checks.find((c) => c.id === a.id)!.rooms);
		const copyAnswers = [...(await answersOf(target, copyId)).values()];
		const original = [...(await answersOf(target, a.id)).values()];
		expect(copyAnswers.map(({ checkId: _c, ...rest }) => rest)).toEqual(
			original.map(({ checkId: _c, ...rest }) => rest)
		);
		expect((await dumpRecords(target)).answers.filter((x) => x.checkId === a.id)).toEqual(storedA);
		const copyPhotos = await photosOfCheck(target, copyId);
		const originalPhotos = await photosOfCheck(target, a.id);
		expect(copyPhotos).toHaveLength(originalPhotos.length);
		expect(copyPhotos[0]!.id).not.toBe(originalPhotos[0]!.id);
		expect((await findConflicts(target, backup)).every((c) => c.identical)).toBe(true);

		// Replace: a changed check goes back to the file's version, photos not doubled.
		const stairs = a.rooms[0]!.id;
		await saveAnswer(
			target,
			change(a.id, stairs, 'stairs.clear', 'note', 'changed', T + 5e6),
			checkSummary
		);
		await addPhoto(target, {
			checkId: a.id,
			roomId: stairs,
			itemId: 'stairs.clear',
			blob: jpegBlob(8, 8, 9),
			width: 8,
			height: 8
		});
		const changed = await findConflicts(target, backup);
		expect(changed.find((c) => c.checkId === a.id)?.identical).toBe(false);
		const replaced = await importBackup(target, backup, { [a.id]: 'replace', [b.id]: 'skip' });
		expect(replaced.written).toEqual([{ fileId: a.id, id: a.id, how: 'replaced' }]);
		expect(await answersOf(target, a.id)).toEqual(await answersOf(source, a.id));
		expect(await photosOfCheck(target, a.id)).toHaveLength(1);
		expect(await listChecks(target)).toHaveLength(3);
		expect((await findConflicts(target, backup)).every((c) => c.identical)).toBe(true);
	});

	it('writes nothing without a choice for every check already here', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const backup = parsed(await exportAll(source));
		const before = await dump(source);
		await expect(importBackup(source, backup)).rejects.toBeInstanceOf(ImportChoiceError);
		await expect(importBackup(source, backup, { [a.id]: 'replace' })).rejects.toMatchObject({
			checkIds: [b.id]
		});
		const nonsense = { [a.id]: 'merge', [b.id]: 'skip' } as unknown as ImportChoices;
		await expect(importBackup(source, backup, nonsense)).rejects.toMatchObject({
			checkIds: [a.id]
		});
		// A choice must be the check's own: one inherited from Object.prototype does not count.
		const inherited = Object.create({ [a.id]: 'replace', [b.id]: 'replace' }) as ImportChoices;
		await expect(importBackup(source, backup, inherited)).rejects.toBeInstanceOf(ImportChoiceError);
		expect(await dump(source)).toBe(before);
	});

	it('reports a deleted check with the same id, and replacing it brings it back', async () => {
		const source = await db();
		const { a } = await seedDevice(source);
		const backup = parsed(await exportAll(source));
		const { deleteCheck } = await import('$lib/db');
		await deleteCheck(source, a.id);
		const conflict = (await findConflicts(source, backup)).find((c) => c.checkId === a.id);
		expect(conflict).toMatchObject({ deleted: true, identical: false });
		const choices = Object.fromEntries(backup.entries.map((e) => [e.check.id, 'replace' as const]));
		await importBackup(source, backup, choices);
		expect((await listChecks(source)).map((c) => c.id)).toContain(a.id);
	});

	it('links a follow-up in the file to the copy of its earlier visit', async () => {
		const store = await db();
		const { a } = await seedDevice(store);
		const { followUp } = await import('$lib/db');
		const later = (await followUp(store, a.id, '2026-12-20', T + 1e7))!;
		const both = parsed(encodeBackup(await readBackupEntries(store, [a.id, later.id])));
		const result = await importBackup(store, both, {
			[a.id]: 'keep-both',
			[later.id]: 'keep-both'
		});
		const [copyA, copyLater] = result.written.map((w) => w.id);
		const stored = await listChecks(store);
		expect(stored.find((c) => c.id === copyLater)?.previousId).toBe(copyA);
		expect(stored.find((c) => c.id === later.id)?.previousId).toBe(a.id);
	});
});

/** A database that throws a quota error on the `failAt`-th photo write, at once or later. */
function failingPhotoWrites(store: Db, failAt: number, how: 'throw' | 'reject'): Db {
	let adds = 0;
	const bound = (target: object, key: PropertyKey): unknown => {
		const value: unknown = Reflect.get(target, key);
		return typeof value === 'function' ? value.bind(target) : value;
	};
	const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	const photos = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'add'
					? bound(target, key)
					: (...args: unknown[]) => {
							adds += 1;
							if (adds === failAt && how === 'throw') throw quota();
							if (adds === failAt) return Promise.reject(quota());
							return (target as { add: (...a: unknown[]) => unknown }).add(...args);
						}
		});
	const transaction = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'objectStore'
					? bound(target, key)
					: (name: string) => {
							const objectStore = (target as { objectStore: (n: string) => object }).objectStore(
								name
							);
							return name === 'photos' ? photos(objectStore) : objectStore;
						}
		});
	return new Proxy(store, {
		get: (target, key) =>
			key !== 'transaction'
				? bound(target, key)
				: (...args: unknown[]) =>
						transaction((target.transaction as (...a: unknown[]) => object)(...args))
	});
}

describe('a failure half-way through an import', () => {
	it('leaves the database unchanged when a record cannot be stored (after replacing deletes)', async () => {
		const store = await db();
		await seedDevice(store);
		const backup = parsed(await exportAll(store));
		await saveAnswer(
			store,
			change(
				backup.entries[1]!.check.id,
				backup.entries[1]!.check.rooms[0]!.id,
				'stairs.clear',
				'note',
				'newer than the file',
				T + 9e6
			),
			checkSummary
		);
		const before = await dump(store);
		// The last answer of the second check cannot be cloned: `add` throws after the first
		// check was deleted and written again and the second check's answers were cleared.
		const last = backup.entries[1]!.answers.at(-1)!;
		(last as unknown as Record<string, unknown>).hook = () => 'not storable';
		const choices = Object.fromEntries(backup.entries.map((e) => [e.check.id, 'replace' as const]));
		await expect(importBackup(store, backup, choices)).rejects.toMatchObject({
			name: 'DataCloneError'
		});
		expect(await dump(store)).toBe(before);
		// Without the bad record the same import goes through and does change the data.
		delete (last as unknown as Record<string, unknown>).hook;
		await importBackup(store, backup, choices);
		expect(await dump(store)).not.toBe(before);
	});

	for (const how of ['throw', 'reject'] as const) {
		it(`leaves the database unchanged when the disk is full on the second photo (${how})`, async () => {
			const store = await db();
			await seedDevice(store);
			const backup = parsed(await exportAll(store));
			const target = await db();
			await importBackup(target, parsed(await exportAll(store)), {});
			await saveAnswer(
				target,
				change(
					backup.entries[0]!.check.id,
					backup.entries[0]!.check.rooms[0]!.id,
					'kitchen.reach',
					'note',
					'newer',
					T + 9e6
				),
				checkSummary
			);
			const before = await dump(target);
			const choices: Record<string, ImportChoice> = Object.fromEntries(
				backup.entries.map((e) => [e.check.id, 'keep-both'])
			);
			choices[backup.entries[0]!.check.id] = 'replace';
			await expect(
				importBackup(failingPhotoWrites(target, 2, how), backup, choices)
			).rejects.toMatchObject({ name: 'StorageFullError' });
			expect(await dump(target)).toBe(before);
			// The same import succeeds once there is room.
			await importBackup(target, backup, choices);
			expect(await listChecks(target)).toHaveLength(3);
		});
	}
});

describe('checking a picked file', () => {
	it('refuses a 200 MB file without reading a byte, and an empty one', async () => {
		const reads: string[] = [];
		const read = (what: string) => () => {
			reads.push(what);
			throw new Error('read');
		};
		const huge = {
			size: 200 * 1024 * 1024,
			type: 'application/json',
			text: read('text'),
			arrayBuffer: read('arrayBuffer'),
			bytes: read('bytes'),
			stream: read('stream'),
			slice: read('slice')
		} as unknown as Blob;
		expect(checkBackupFile(huge)).toMatchObject({ problem: 'too-big' });
		expect(await readBackupFile(huge)).toMatchObject({ problem: 'too-big' });
		expect(reads).toEqual([]);
		expect(checkBackupFile(new Blob([]))).toEqual({ problem: 'empty' });
		expect(await readBackupFile(new Blob([' \n\t ']))).toEqual({ problem: 'empty' });
		expect(checkBackupFile(new Blob(['{}']))).toBeUndefined();
		expect(BACKUP_LIMITS.fileBytes).toBeLessThan(200 * 1024 * 1024);
	});

	it('reads a picked file through to the backup', async () => {
		const source = await db();
		await seedDevice(source);
		const file = new Blob([await exportAll(source)], { type: 'application/json' });
		const result = await readBackupFile(file);
		expect(isBackupProblem(result)).toBe(false);
		const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) } as Blob;
		expect(await readBackupFile(unreadable)).toMatchObject({ problem: 'unreadable' });
	});
});

// ---------------------------------------------------------------------------------------------
// Fuzzing: hundreds of broken and hostile variants of a valid backup.

type Path = (string | number)[];
type Node = Record<string, unknown> | unknown[];

/** A valid backup with fixed ids, every field of an answer used, and two real photos. */
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
						{ id: 'room-me', type: 'personal', name: 'Mevr. de Vries' }
					],
					lastRoomId: 'room-bath',
					summary: { answered: 3, total: 40, hazards: 2 }
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
					rooms: [{ id: 'room-kitchen', type: 'kitchen', name: '' }],
					previousId: 'check-a',
					summary: { answered: 1, total: 12, hazards: 0 }
				},
				answers: [
					{
						checkId: 'check-b',
						roomId: 'room-kitchen',
						itemId: 'kitchen.reach',
						value: 'na',
						note: 'Keuken 👍',
						changedAt: { value: T + 11_000, note: T + 12_000 }
					}
				],
				photos: []
			}
		]
	};
}

/** Keys a backup may leave out: a check's links, and every field of an answer. */
const OPTIONAL_KEYS = new Set<string>([
	'previousId',
	'lastRoomId',
	...ANSWER_FIELDS,
	'fromPrevious'
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
	const numbers = pathsWhere((_p, v) => typeof v === 'number');
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
	// Photos that are not images.
	const png = bytesToBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
	const noise = bytesToBase64(
		new Uint8Array(300).map(() => Math.floor(random() * 256)).map((b, i) => (i === 0 ? 0 : b))
	);
	const text = bytesToBase64(new TextEncoder().encode('<svg onload="alert(1)"></svg>'));
	const jpeg = base.checks[0]!.photos[0]!.data;
	const badPhotos = [
		png,
		noise,
		text,
		'@@@@',
		'abc',
		'AB=C',
		'====',
		'',
		`data:image/jpeg;base64,${jpeg}`,
		`${jpeg.slice(0, 8)} ${jpeg.slice(8)}`,
		jpeg.slice(0, -1),
		`${jpeg}\n`,
		'AAAA'
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
	for (const version of [2, 3, 99, 1e6]) {
		mutate('newer version', (doc) => ((doc as { version: unknown }).version = version), [
			'newer-version'
		]);
	}
	for (const version of [0, -1, 1.5, '1', null, [1], { v: 1 }]) {
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
			doc.checks[1]!.check.rooms = Array.from({ length: 101 }, (_, i) => ({
				id: `r-${i}`,
				type: 'other',
				name: ''
			}));
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
	it('the base file of the fuzz test is valid', () => {
		expect(parsed(JSON.stringify(baseFile())).entries).toHaveLength(2);
	});

	it('refuses every one of 250+ broken variants with a code, and leaves the database as it was', async () => {
		const store = await db();
		await importBackup(store, parsed(JSON.stringify(baseFile())));
		await saveAnswer(
			store,
			change('check-a', 'room-stairs', 'stairs.clear', 'value', 'no', T + 9e6),
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
	});

	it('makes the same variants on every run', () => {
		expect(variants(7).map((v) => v.text)).toEqual(variants(7).map((v) => v.text));
	});

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

	it('accepts optional fields left out, and cleans a label as the screens do', () => {
		const doc = baseFile();
		const answer = doc.checks[0]!.answers[0]!;
		for (const key of ['note', 'priority', 'fix', 'owner', 'due', 'done'] as const)
			delete answer[key];
		delete doc.checks[0]!.check.lastRoomId;
		doc.checks[1]!.check.label = '  Dhr.\tJansen   <i>x</i> ';
		const backup = parsed(JSON.stringify(doc));
		expect(backup.entries[1]!.check.label).toBe('Dhr. Jansen <i>x</i>');
		expect(backup.entries[0]!.answers[0]).not.toHaveProperty('note');
	});

	it('a newer version is refused before anything else is looked at', () => {
		expect(refused(JSON.stringify({ format: 'footing-backup', version: 2, whatever: [] }))).toEqual(
			{
				problem: 'newer-version',
				detail: 'version 2'
			}
		);
	});
});
