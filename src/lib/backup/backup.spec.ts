import { makeJpeg } from '../../../tests/fixtures/images';
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
	FLOOR,
	parsed,
	refused,
	SEEDED_ANSWERS,
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
		expect(result).toMatchObject({ skipped: [], answers: SEEDED_ANSWERS, photos: 2 });
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
			itemId: 'stairs.rail-any',
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
			change(a.id, stairs, 'stairs.rail-any', 'note', 'changed', T + 5e6),
			checkSummary
		);
		await addPhoto(target, {
			checkId: a.id,
			roomId: stairs,
			itemId: 'stairs.rail-any',
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
		const { followUp } = await import('$lib/db/follow-up');
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

describe('a backup made now', () => {
	it('gives back region, mode, next visit, measures and how answers were given exactly', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const text = await exportAll(source);
		const file = JSON.parse(text) as BackupFile;
		const inFile = (id: string) => file.checks.find((c) => c.check.id === id)!;
		expect(inFile(a.id).check).toMatchObject({ region: 'nl', mode: 'full' });
		expect(inFile(b.id).check).toMatchObject({
			region: 'general',
			mode: 'quick',
			nextVisitDate: '2027-05-20'
		});
		expect(inFile(a.id).check.summary).toEqual(a.summary);
		expect(a.summary).toMatchObject({ hazards: 4, openActions: 3, riskLevel: 'high' });

		const target = await db();
		// A region the device would give old files must not change a file that has one.
		await importBackup(target, parsed(text, 'general'));
		const restored = await listChecks(target);
		expect(restored.find((c) => c.id === a.id)).toEqual(a);
		expect(restored.find((c) => c.id === b.id)).toEqual(b);
		expect(restored.find((c) => c.id === b.id)!.nextVisitDate).toBe('2027-05-20');
		expect(Object.values(restored.find((c) => c.id === b.id)!.identifiers!)).toEqual([
			{ clientNumber: 'C-20417', bsn: '111222333' }
		]);
		// A BSN that fails the eleven test is no BSN Footing would have stored.
		const wrong = structuredClone(file);
		const withIds = wrong.checks.find((c) => c.check.id === b.id)!.check;
		withIds.identifiers = { home: { bsn: '123456789' } };
		expect(refused(JSON.stringify(wrong)).problem).toBe('invalid');
		expect(restored.find((c) => c.id === a.id)).not.toHaveProperty('nextVisitDate');

		const [stairs, bath, , person] = a.rooms.map((room) => room.id);
		const answers = await answersOf(target, a.id);
		expect(answers.get(`${person}/falls.tug`)).toMatchObject({
			measured: 17.4,
			changedAt: { measured: T + 14 }
		});
		for (const id of FLOOR)
			expect(answers.get(`${bath}/${id}`), id).toMatchObject({ value: 'no', given: 'rest-fine' });
		expect(answers.get(`${stairs}/stairs.rail-any`)).not.toHaveProperty('given');
		// The restored device exports the same file again.
		expect(JSON.parse(await exportAll(target))).toEqual(file);
	});
});

/** A file made before the checklist changed: no region, mode or whole home, old item ids. */
function oldFile(): BackupFile {
	const photo = bytesToBase64(new Uint8Array(makeJpeg(4, 3, 7)));
	const answer = (roomId: string, itemId: string, value: string, extra: object = {}) => ({
		checkId: 'check-old',
		roomId,
		itemId,
		value,
		changedAt: { value: T - 5000 },
		...extra
	});
	return {
		format: 'footing-backup',
		version: 1,
		exportedAt: new Date(T - 1000).toISOString(),
		app: { version: '0.1.0' },
		checks: [
			{
				check: {
					id: 'check-old',
					label: 'Mr Smit, Laan 4',
					checkedBy: 'family',
					visitDate: '2026-06-10',
					createdAt: T - 1e7,
					updatedAt: T - 5000,
					rooms: [
						{ id: 'room-living', type: 'living', name: '' },
						{ id: 'room-kitchen', type: 'kitchen', name: '' },
						{ id: 'room-hall', type: 'stairs', name: '' },
						{ id: 'room-smit', type: 'personal', name: 'Mr Smit' }
					],
					lastRoomId: 'room-hall',
					summary: { answered: 7, total: 110, hazards: 4 }
				},
				answers: [
					answer('room-living', 'general.rugs-fixed', 'no', { note: 'Loose runner' }),
					answer('room-living', 'general.switch-door', 'no'),
					answer('room-kitchen', 'general.switch-door', 'yes'),
					answer('room-hall', 'stairs.rail-firm', 'no'),
					answer('room-hall', 'stairs.rail-both-sides', 'no'),
					answer('room-smit', 'bones.age', 'yes'),
					answer('room-smit', 'balance.fall-checked', 'no')
				],
				photos: [
					{
						id: 'photo-rug',
						roomId: 'room-living',
						itemId: 'general.rugs-fixed',
						width: 4,
						height: 3,
						createdAt: T - 4000,
						type: 'image/jpeg',
						data: photo
					},
					{
						id: 'photo-switch',
						roomId: 'room-living',
						itemId: 'general.switch-door',
						width: 4,
						height: 3,
						createdAt: T - 3000,
						type: 'image/jpeg',
						data: photo
					}
				]
			}
		]
	} as unknown as BackupFile;
}

describe('a backup made before the checklist changed', () => {
	it('reads with a room for the whole home, the answers and photos moved, in the device’s region', async () => {
		const backup = parsed(JSON.stringify(oldFile()), 'nl');
		expect(backup.unknownItemIds).toEqual([]);
		const [entry] = await entriesOf(backup);
		expect(entry!.check).toMatchObject({ region: 'nl', mode: 'full' });
		expect(entry!.check.rooms.map((room) => [room.id, room.type])).toEqual([
			['room-living', 'living'],
			['room-kitchen', 'kitchen'],
			['room-hall', 'stairs'],
			['home', 'home'],
			['room-smit', 'personal']
		]);
		expect(entry!.answers.map((a) => `${a.roomId}/${a.itemId}=${a.value}`).sort()).toEqual([
			'home/home.switch-far=yes',
			'room-hall/stairs.rail-any=no',
			'room-hall/stairs.rail-both-sides=no',
			'room-living/general.loose-rug=yes',
			'room-smit/bones.age=yes'
		]);
		expect(entry!.answers.find((a) => a.itemId === 'general.loose-rug')?.note).toBe('Loose runner');
		expect(entry!.photos.map((p) => [p.id, p.roomId, p.itemId])).toEqual([
			['photo-rug', 'room-living', 'general.loose-rug'],
			['photo-switch', 'home', 'home.switch-far']
		]);
		// Without a region for old files, the general advice.
		const [general] = await entriesOf(parsed(JSON.stringify(oldFile())));
		expect(general!.check.region).toBe('general');
	});

	it('keeps a region the file has, and never gives the home a room id already taken', async () => {
		const file = oldFile();
		const check = file.checks[0]!.check as unknown as Record<string, unknown>;
		check.region = 'general';
		(check.rooms as { id: string }[])[0]!.id = 'home';
		for (const one of file.checks[0]!.answers.concat())
			if (one.roomId === 'room-living') one.roomId = 'home';
		for (const one of file.checks[0]!.photos) one.roomId = 'home';
		const entry = (await entriesOf(parsed(JSON.stringify(file), 'nl')))[0]!;
		expect(entry.check.region).toBe('general');
		const rooms = entry.check.rooms.map((room) => [room.id, room.type]);
		expect(rooms[0]).toEqual(['home', 'living']);
		expect(rooms).toContainEqual(['home-1', 'home']);
		expect(entry.answers.find((a) => a.itemId === 'home.switch-far')?.roomId).toBe('home-1');
		expect(entry.answers.find((a) => a.itemId === 'general.loose-rug')?.roomId).toBe('home');
	});

	it('restores as this version counts it: its summary counted again, with open actions', async () => {
		const target = await db();
		await importBackup(target, parsed(JSON.stringify(oldFile()), 'nl'));
		const [check] = await listChecks(target);
		expect(check).toMatchObject({ id: 'check-old', region: 'nl', mode: 'full' });
		// A loose rug, a switch too far away, no sturdy rail: the second rail is not asked now.
		expect(check!.summary).toMatchObject({ hazards: 3, openActions: 3 });
		const answers = await answersOf(target, 'check-old');
		expect(check!.summary).toEqual(checkSummary(check!, answers));
		expect(answers.get('home/home.switch-far')?.value).toBe('yes');
		expect((await photosOfCheck(target, 'check-old')).map((p) => [p.roomId, p.itemId])).toEqual([
			['room-living', 'general.loose-rug'],
			['home', 'home.switch-far']
		]);
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
				'stairs.rail-any',
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
