/**
 * Backups protected with a password (format 3): the same zip as format 2, each check and photo
 * sealed with a random file key that is wrapped under the password. Nothing of a client can be
 * read from the file without the password; a wrong password, a missing one and a changed byte
 * are each refused before anything is written.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { photosOfCheck, type Db } from '$lib/db';
import { findConflicts, importBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { base64ToBytes } from './format';
import { passwordProblem } from './password';
import { BACKUP_LIMITS } from './validate';
import {
	dump,
	entriesOf,
	makeArchive,
	MARKUP_LABEL,
	MARKUP_NOTE,
	readFile,
	refusedFile,
	seedDevice
} from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

const PASSWORD = 'paard batterij nietje';
/** Test files are wrapped with few iterations, so the tests run fast; the app uses 600,000. */
const FAST = { password: PASSWORD, iterations: 1000 };

type Files = Record<string, Uint8Array>;

const filesOf = async (file: Blob): Promise<Files> =>
	unzipSync(new Uint8Array(await file.arrayBuffer()));
/** A zip of these files as Footing writes them: sealed files and photos stored, text deflated. */
const zipOf = (files: Files): Blob =>
	new Blob([
		zipSync(
			Object.fromEntries(
				Object.entries(files).map(([name, data]) => [
					name,
					[data, { level: name.endsWith('footing-backup.json') ? 6 : 0 }] as const
				])
			)
		) as Uint8Array<ArrayBuffer>
	]);
const manifestOf = (files: Files) =>
	JSON.parse(new TextDecoder().decode(files['footing-backup.json'])) as Record<string, unknown>;

/** Whether `needle` occurs anywhere in `haystack`. */
function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
	outer: for (let at = 0; at + needle.length <= haystack.length; at++) {
		for (let i = 0; i < needle.length; i++) if (haystack[at + i] !== needle[i]) continue outer;
		return true;
	}
	return false;
}

/** A copy of the files with one byte of one file flipped (its CRC made right again by zipSync). */
function flipped(files: Files, name: string, at = 20): Files {
	const bytes = files[name]!.slice();
	bytes[at]! ^= 0x01;
	return { ...files, [name]: bytes };
}

describe('a backup protected with a password', () => {
	it('restores the same records and photo bytes as a plain backup, with the password', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const plain = await readFile(await makeArchive(source));
		const sealed = await readFile(await makeArchive(source, FAST), { password: PASSWORD });
		expect(plain.version).toBe(2);
		expect(sealed.version).toBe(3);
		expect(sealed.checks).toEqual(plain.checks);
		expect(await entriesOf(sealed)).toEqual(await entriesOf(plain));

		const target = await db();
		const result = await importBackup(target, sealed, {});
		expect(result.written.map((w) => w.how)).toEqual(['added', 'added']);
		for (const check of [a, b]) {
			const bytes = async (photos: { blob: Blob }[]) =>
				Promise.all(photos.map(async (p) => new Uint8Array(await p.blob.arrayBuffer())));
			expect(await bytes(await photosOfCheck(target, check.id))).toEqual(
				await bytes(await photosOfCheck(source, check.id))
			);
		}
	});

	it('holds no label, note or photo of a client in its bytes', async () => {
		const source = await db();
		const { a } = await seedDevice(source);
		const [photo] = await photosOfCheck(source, a.id);
		const photoBytes = new Uint8Array(await photo!.blob.arrayBuffer());
		const secrets = [
			'Mevr. de Vries, Kerkstraat 3',
			'Mevr. de Vries',
			'Badkamer boven',
			MARKUP_LABEL,
			MARKUP_NOTE,
			'Géén beugel bij het bad 🛁',
			'Laat een tweede leuning plaatsen',
			'Natte vloer bij het aanrecht'
		].map((text) => new TextEncoder().encode(text));
		const pieces = [photoBytes.subarray(0, 64), photoBytes.subarray(200, 264), photoBytes];

		const sealed = new Uint8Array(await (await makeArchive(source, FAST)).arrayBuffer());
		for (const secret of [...secrets, ...pieces]) expect(contains(sealed, secret)).toBe(false);
		// The search finds them where they are: the plain file stores photos as they are.
		const plain = new Uint8Array(await (await makeArchive(source)).arrayBuffer());
		for (const piece of pieces) expect(contains(plain, piece)).toBe(true);
	});

	it('says it is version 3, how the key is wrapped, and keeps the file names of format 2', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source, FAST));
		expect(Object.keys(files).sort()).toEqual(
			Object.keys(await filesOf(await makeArchive(source))).sort()
		);
		const manifest = manifestOf(files);
		expect(manifest).toMatchObject({ format: 'footing-backup', version: 3, checks: 2, photos: 2 });
		const encryption = manifest.encryption as Record<string, string | number>;
		expect(Object.keys(encryption).sort()).toEqual([
			'iterations',
			'kdf',
			'nonce',
			'salt',
			'wrapped'
		]);
		expect(encryption.kdf).toBe('PBKDF2-SHA-256');
		expect(base64ToBytes(encryption.salt as string)).toHaveLength(16);
		expect(base64ToBytes(encryption.nonce as string)).toHaveLength(12);
		expect(base64ToBytes(encryption.wrapped as string)).toHaveLength(48);
	});

	it('wraps its key with 600,000 iterations unless a test asks for fewer', async () => {
		const source = await db();
		await seedDevice(source);
		const file = await makeArchive(source, { password: PASSWORD });
		expect(manifestOf(await filesOf(file)).encryption).toMatchObject({ iterations: 600_000 });
		expect((await readFile(file, { password: PASSWORD })).checks).toHaveLength(2);
	});

	it('asks for the password when none is given, and refuses a wrong one', async () => {
		const source = await db();
		await seedDevice(source);
		const file = await makeArchive(source, FAST);
		expect((await refusedFile(file)).problem).toBe('password-needed');
		expect((await refusedFile(file, { password: 'paard batterij nietjes' })).problem).toBe(
			'wrong-password'
		);
		expect((await refusedFile(file, { password: '' })).problem).toBe('password-needed');
		// A password given for a plain file changes nothing.
		expect((await readFile(await makeArchive(source), { password: PASSWORD })).version).toBe(2);
	});

	it('refuses a changed byte in a sealed check, before anything is written', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source, FAST));
		for (const at of [0, 20, files['checks/00002.json']!.length - 1]) {
			const broken = zipOf(flipped(files, 'checks/00002.json', at));
			expect(await refusedFile(broken, { password: PASSWORD })).toMatchObject({
				problem: 'invalid'
			});
		}
		// Still a good file once zipped again without the change.
		expect((await readFile(zipOf(files), { password: PASSWORD })).checks).toHaveLength(2);
	});

	it('refuses checks or photos moved to another name', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source, FAST));
		const swapped = {
			...files,
			'checks/00001.json': files['checks/00002.json']!,
			'checks/00002.json': files['checks/00001.json']!
		};
		expect((await refusedFile(zipOf(swapped), { password: PASSWORD })).problem).toBe('invalid');

		const photos = Object.keys(files).filter((name) => name.startsWith('photos/'));
		const moved = { ...files, [photos[0]!]: files[photos[1]!]!, [photos[1]!]: files[photos[0]!]! };
		const target = await db();
		const before = await dump(target);
		const backup = await readFile(zipOf(moved), { password: PASSWORD });
		await expect(importBackup(target, backup, {})).rejects.toMatchObject({
			name: 'BackupReadError',
			problem: { problem: 'invalid' }
		});
		expect(await dump(target)).toBe(before);
	});

	it('refuses a changed byte in a sealed photo: nothing is restored', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source, FAST));
		const photo = Object.keys(files).find((name) => name.startsWith('photos/'))!;
		const target = await db();
		await seedDevice(target);
		const before = await dump(target);
		for (const at of [0, 40, files[photo]!.length - 1]) {
			const backup = await readFile(zipOf(flipped(files, photo, at)), { password: PASSWORD });
			const conflicts = await findConflicts(target, backup);
			await expect(
				importBackup(
					target,
					backup,
					Object.fromEntries(conflicts.map((c) => [c.checkId, 'replace']))
				)
			).rejects.toMatchObject({ name: 'BackupReadError', problem: { problem: 'invalid' } });
			expect(await dump(target)).toBe(before);
		}
	});

	it('refuses a version-3 file without its key, or with a key of another shape', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source, FAST));
		const manifest = manifestOf(files);
		const encryption = manifest.encryption as Record<string, unknown>;
		const withManifest = (value: unknown) =>
			zipOf({ ...files, 'footing-backup.json': strToU8(JSON.stringify(value)) });
		const withoutKey: Record<string, unknown> = { ...manifest };
		delete withoutKey.encryption;
		const broken = [
			withoutKey,
			{ ...manifest, encryption: { ...encryption, kdf: 'MD5' } },
			{ ...manifest, encryption: { ...encryption, salt: 'not base64!' } },
			{ ...manifest, encryption: { ...encryption, nonce: 'AAAA' } },
			{ ...manifest, encryption: { ...encryption, iterations: 0 } },
			{ ...manifest, encryption: { ...encryption, admin: true } },
			{ ...manifest, version: 2 }
		];
		for (const value of broken) {
			expect((await refusedFile(withManifest(value), { password: PASSWORD })).problem).toBe(
				'invalid'
			);
		}
		const changedWrap = base64ToBytes(encryption.wrapped as string)!;
		changedWrap[5]! ^= 1;
		const wrapped = Buffer.from(changedWrap).toString('base64');
		expect(
			(
				await refusedFile(withManifest({ ...manifest, encryption: { ...encryption, wrapped } }), {
					password: PASSWORD
				})
			).problem
		).toBe('wrong-password');
		expect((await refusedFile(withManifest({ ...manifest, version: 4 }))).problem).toBe(
			'newer-version'
		);
	});
});

describe('the password of a backup', () => {
	it('needs at least 8 characters, typed the same twice', () => {
		expect(passwordProblem('', '')).toBe('too-short');
		expect(passwordProblem('1234567', '1234567')).toBe('too-short');
		expect(passwordProblem('🛁🛁🛁🛁🛁🛁🛁', '🛁🛁🛁🛁🛁🛁🛁')).toBe('too-short');
		expect(passwordProblem('12345678', '12345679')).toBe('differ');
		expect(passwordProblem('12345678', '12345678')).toBeUndefined();
		expect(passwordProblem('paard batterij', 'paard batterij')).toBeUndefined();
	});
});

describe('a plain backup', () => {
	it('stays version 2, with no key and its files as they are', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source));
		const manifest = manifestOf(files);
		expect(manifest.version).toBe(2);
		expect(manifest).not.toHaveProperty('encryption');
		const check = JSON.parse(new TextDecoder().decode(files['checks/00001.json'])) as object;
		expect(check).toHaveProperty('check.label');
	});

	it('keeps to the limits of format 2: the room a seal takes is for sealed files only', async () => {
		const source = await db();
		await seedDevice(source);
		const files = await filesOf(await makeArchive(source));
		const photo = Object.keys(files).find((name) => name.startsWith('photos/'))!;
		const big = { ...files, [photo]: new Uint8Array(BACKUP_LIMITS.photoBytes + 10) };
		expect((await refusedFile(zipOf(big))).problem).toBe('too-big');
	});
});
