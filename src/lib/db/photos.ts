/** Photos of items: JPEG Blobs in their own store, so answers and lists stay small. */
import { newId } from './checks';
import { CheckDeletedError } from './errors';
import type { Photo } from './schema';
import { photoReady } from './sealed';
import { write, type Db } from './write';

export type NewPhoto = Omit<Photo, 'id' | 'createdAt'>;

/**
 * Store a photo of an item. Fails with StorageFullError when the device is full (nothing else
 * changes then), and with CheckDeletedError when the check was deleted.
 */
export async function addPhoto(db: Db, photo: NewPhoto, now = Date.now()): Promise<Photo> {
	const record: Photo = { ...photo, id: newId(), createdAt: now };
	await photoReady(photo.blob);
	return write(db, ['photos', 'checks'], async (tx) => {
		const check = await tx.objectStore('checks').get(photo.checkId);
		if (!check || check.deletedAt !== undefined)
			throw new CheckDeletedError(photo.checkId, check?.deletedAt);
		void tx.objectStore('photos').add(record);
		void tx.objectStore('checks').put({ ...check, updatedAt: now });
		return record;
	});
}

/** Put a removed photo back as it was (its id and time kept), for Undo. */
export async function restorePhoto(db: Db, photo: Photo): Promise<void> {
	await photoReady(photo.blob);
	return write(db, ['photos'], async (tx) => {
		await tx.objectStore('photos').put(photo);
	});
}

/** Remove one photo. */
export function removePhoto(db: Db, id: string): Promise<void> {
	return write(db, ['photos'], (tx) => tx.objectStore('photos').delete(id));
}

/** The photos of one room of a check, oldest first. */
export async function photosOfRoom(db: Db, checkId: string, roomId: string): Promise<Photo[]> {
	const photos = await db.getAllFromIndex('photos', 'by-room', [checkId, roomId]);
	return photos.sort((a, b) => a.createdAt - b.createdAt);
}

/** All photos of a check, oldest first (for the plan and its PDF). */
export async function photosOfCheck(db: Db, checkId: string): Promise<Photo[]> {
	const photos = await db.getAllFromIndex('photos', 'by-check', checkId);
	return photos.sort((a, b) => a.createdAt - b.createdAt);
}
