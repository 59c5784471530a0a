/**
 * Finding 8: a photo in a backup that no viewer can decode is left out on restore, named by
 * its check and item, and everything else restores.
 */
import { describe, expect, it } from 'vitest';
import { itemById } from '$lib/checklist/catalogue';
import { addPhoto, answersOf, listChecks, photosOfCheck, type Db } from '$lib/db';
import { findConflicts, importBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { bytesToBase64, type BackupFile } from './format';
import { makeJpeg } from '../../../tests/fixtures/images';
import { backupAndRestore, exportAll, parsed, seedDevice, T } from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

/** Bytes that start like a JPEG and are nothing after it. */
function notAPicture(): Uint8Array {
	const bytes = new Uint8Array(600);
	let noise = 17;
	for (let i = 0; i < bytes.length; i++) bytes[i] = noise = (noise * 73 + 41) % 251;
	bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
	return bytes;
}

/** A real JPEG whose picture data is noise: its markers are right, no decoder can draw it. */
function garbledScan(): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(makeJpeg(32, 24, 5));
	let at = 2;
	while (bytes[at + 1] !== 0xda) at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
	for (let i = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!); i < bytes.length - 2; i++)
		bytes[i] = (i * 37) & 0xff;
	return bytes;
}

describe('an unreadable photo in a backup', () => {
	it('stored by an older Footing: backed up, then left out on restore with its check and item named', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const stairs = a.rooms[0]!.id;
		const good = new Uint8Array(makeJpeg(40, 30, 8));
		const broken = {
			'cut short': good.slice(0, good.length - 200),
			'not a picture': notAPicture(),
			'garbled picture': garbledScan()
		};
		for (const [i, bytes] of Object.values(broken).entries()) {
			await addPhoto(
				source,
				{
					checkId: a.id,
					roomId: stairs,
					itemId: 'stairs.rail-any',
					blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
					width: 32,
					height: 24
				},
				T + 500 + i
			);
		}
		const target = await db();
		const result = await backupAndRestore(source, target);
		expect(result.written).toHaveLength(2);
		// The two good photos of the device (one per check) are restored; the three broken are not.
		expect(await photosOfCheck(target, a.id)).toHaveLength(1);
		expect(await photosOfCheck(target, b.id)).toHaveLength(1);
		expect(result.photos).toBe(2);
		const question = itemById('stairs.rail-any')!.question;
		expect(result.leftOut).toHaveLength(3);
		for (const photo of result.leftOut) {
			expect(photo).toMatchObject({
				checkId: a.id,
				label: a.label,
				visitDate: a.visitDate,
				itemId: 'stairs.rail-any',
				item: question,
				room: { en: 'Hall and stairs', nl: 'Gang en trap' }
			});
		}
	});

	it('is left out and named by its check and item; the rest restores', async () => {
		const source = await db();
		const { a, b } = await seedDevice(source);
		const file = JSON.parse(await exportAll(source)) as BackupFile;
		const broken = file.checks.find((c) => c.check.id === a.id)!.photos[0]!;
		broken.data = bytesToBase64(notAPicture());
		const backup = parsed(JSON.stringify(file));

		const target = await db();
		expect(await findConflicts(target, backup)).toEqual([]);
		const result = await importBackup(target, backup);
		expect(result.written).toHaveLength(2);
		expect(await photosOfCheck(target, a.id)).toEqual([]);
		expect(await photosOfCheck(target, b.id)).toHaveLength(1);
		expect((await answersOf(target, a.id)).size).toBe((await answersOf(source, a.id)).size);
		expect((await listChecks(target)).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
		expect(result).toMatchObject({
			leftOut: [
				{ checkId: a.id, label: a.label, roomId: broken.roomId, itemId: 'stairs.rail-both-sides' }
			]
		});
	});
});
