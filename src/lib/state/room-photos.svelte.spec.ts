import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPhoto, database } from '$lib/db';
import { fakePhoto } from '$lib/db/testing';
import { newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { RoomPhotos } from './room-photos.svelte';
import { SaveTracker } from './save-tracker.svelte';

afterEach(() => vi.restoreAllMocks());

/** A check with one photo on the stairs, and URL.createObjectURL / revokeObjectURL counted. */
async function withPhoto() {
	const db = await database();
	const check = await storedCheck(db, newCheck({ rooms: ['stairs', 'bathroom'] }));
	const stairs = roomOf(check, 'stairs');
	const photo = await addPhoto(db, {
		checkId: check.id,
		roomId: stairs,
		itemId: 'stairs.rail-any',
		blob: fakePhoto(),
		width: 4,
		height: 3
	});
	const made = vi.spyOn(URL, 'createObjectURL');
	const revoked = vi.spyOn(URL, 'revokeObjectURL');
	const photos = await RoomPhotos.open(check.id, new SaveTracker());
	return { check, stairs, photo, photos, made, revoked };
}

describe('the photos of an open check', () => {
	it('makes one URL per photo shown, and keeps it when the room is read again', async () => {
		const { stairs, photos, made, revoked } = await withPhoto();
		await photos.load(stairs);
		const [first] = photos.of(stairs, 'stairs.rail-any');
		expect(first?.url).toMatch(/^blob:/);
		await photos.load(stairs);
		await photos.load(stairs);
		expect(photos.of(stairs, 'stairs.rail-any')[0]?.url).toBe(first!.url);
		expect(made).toHaveBeenCalledTimes(1);
		expect(revoked).not.toHaveBeenCalled();
		photos.close();
	});

	it('revokes the URL of a photo removed, and every URL when the check closes', async () => {
		const { check, stairs, photo, photos, revoked } = await withPhoto();
		await photos.load(stairs);
		const url = photos.of(stairs, 'stairs.rail-any')[0]!.url;
		await photos.remove(photo);
		expect(photos.of(stairs, 'stairs.rail-any')).toEqual([]);
		expect(revoked).toHaveBeenCalledWith(url);

		await addPhoto(await database(), {
			checkId: check.id,
			roomId: stairs,
			itemId: 'stairs.rail-any',
			blob: fakePhoto(),
			width: 4,
			height: 3
		});
		await photos.load(stairs);
		const second = photos.of(stairs, 'stairs.rail-any')[0]!.url;
		photos.close();
		expect(revoked).toHaveBeenCalledWith(second);
		expect(photos.of(stairs, 'stairs.rail-any')).toEqual([]);
	});

	it('shows nothing of a room not loaded yet', async () => {
		const { check, photos } = await withPhoto();
		expect(photos.of(roomOf(check, 'bathroom'), 'stairs.rail-any')).toEqual([]);
		photos.close();
	});
});
