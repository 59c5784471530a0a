import { checkSummary } from '$lib/checklist/rules';
import { describe, expect, it } from 'vitest';
import { change } from '../../../tests/fixtures/checks';
import {
	addPhoto,
	answersOf,
	listChecks,
	photosOfCheck,
	saveAnswer,
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
import { checkBackupFile, readBackupFile } from './read';
import { BACKUP_LIMITS, isBackupProblem } from './validate';

import {
	dump,
	dumpRecords,
	entriesOf,
	exportAll,
	jpegBlob,
	MARKUP_LABEL,
	MARKUP_NOTE,
	parsed,
	seedDevice,
	T
} from './testing';

const keep = closedAfterEach();
/** A new, empty database, closed after the test. */
const db = (): Promise<Db> => keep(freshDB());

describe('format', () => {
	it('writes base64 exactly as Node does and reads it back, in and across chunks', () => {
		let seed = 7;
		for (const length of [0, 1, 2, 3, 4, 5, 31, 24_575, 24_576, 24_577, 100_003]) {
			const bytes = new Uint8Array(length).map(
				() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
			);
			const text = bytesToBase64(bytes);
			expect(text === Buffer.from(bytes).toString('base64'), `${length} bytes`).toBe(true);
			// Buffer.equals, not toEqual: a deep compare of 100,000 elements takes seconds on a busy machine.
			const back = base64ToBytes(text);
			expect(back && Buffer.from(back).equals(Buffer.from(bytes)), `${length} bytes`).toBe(true);
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
		expect(backupFileName(now)).toBe('footing-backup-2026-11-25.zip');
		expect(backupFileName(now, 'Mrs Jansen')).toBe('footing-backup-2026-11-25-mrs-jansen.zip');
		expect(backupFileName(now, 'Mevr. Ötzi, Kerkstraat 3')).toBe(
			'footing-backup-2026-11-25-mevr-otzi-kerkstraat-3.zip'
		);
		expect(backupFileName(now, '<script>/../..\\x</script>')).toBe(
			'footing-backup-2026-11-25-script-x-script.zip'
		);
		expect(backupFileName(now, '***')).toBe('footing-backup-2026-11-25.zip');
		const long = backupFileName(now, 'a very long label '.repeat(10));
		expect(long).toMatch(/^footing-backup-2026-11-25-[a-z0-9]+(-[a-z0-9]+)*\.zip$/);
		expect(long.length).toBeLessThanOrEqual('footing-backup-2026-11-25-.zip'.length + 40);
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
		const entries = await entriesOf(parsed(await exportAll(source)));
		expect(entries[0]!.check).not.toHaveProperty('futureField');
		expect(entries.flatMap((e) => e.answers).map((x) => x.roomId)).not.toContain('room-gone');
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
		const choices = Object.fromEntries(backup.checks.map((c) => [c.id, 'replace' as const]));
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
		const entries = await entriesOf(backup);
		await saveAnswer(
			store,
			change(
				entries[1]!.check.id,
				entries[1]!.check.rooms[0]!.id,
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
		const last = entries[1]!.answers.at(-1)!;
		(last as unknown as Record<string, unknown>).hook = () => 'not storable';
		const choices = Object.fromEntries(entries.map((e) => [e.check.id, 'replace' as const]));
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
			const entries = await entriesOf(backup);
			const target = await db();
			await importBackup(target, parsed(await exportAll(store)), {});
			await saveAnswer(
				target,
				change(
					entries[0]!.check.id,
					entries[0]!.check.rooms[0]!.id,
					'kitchen.reach',
					'note',
					'newer',
					T + 9e6
				),
				checkSummary
			);
			const before = await dump(target);
			const choices: Record<string, ImportChoice> = Object.fromEntries(
				entries.map((e) => [e.check.id, 'keep-both'])
			);
			choices[entries[0]!.check.id] = 'replace';
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
	it('refuses a 2.1 GB file without reading a byte, and an empty one', async () => {
		const reads: string[] = [];
		const read = (what: string) => () => {
			reads.push(what);
			throw new Error('read');
		};
		const huge = {
			size: 2100 * 1000 * 1000,
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
		expect(BACKUP_LIMITS.archiveBytes).toBeLessThan(2100 * 1000 * 1000);
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
