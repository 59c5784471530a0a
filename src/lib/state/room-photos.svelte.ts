/**
 * The photos of an open check, room by room as the rooms are opened: each shown through an
 * object URL made when it is first shown and revoked when it is removed, or when the check is
 * closed. A photo is made small on the device before it is stored.
 */
import { SvelteMap } from 'svelte/reactivity';
import { answerKey } from '$lib/checklist/check';
import {
	addPhoto,
	database,
	photosOfRoom,
	removePhoto,
	restorePhoto,
	type Db,
	type Photo
} from '$lib/db';
import { downscalePhoto } from '$lib/photos/downscale';
import type { SaveTracker } from './save-tracker.svelte';
import { announce, listen } from './sync';

/** A stored photo with a URL to show it by. */
export interface PhotoView extends Photo {
	url: string;
}

export class RoomPhotos {
	/** Photos of the rooms opened so far, by answer key, oldest first. */
	readonly #byAnswer = new SvelteMap<string, PhotoView[]>();
	#db: Db;
	#checkId: string;
	#saves: SaveTracker;
	#loaded = new Set<string>();
	#stop: () => void;

	constructor(db: Db, checkId: string, saves: SaveTracker) {
		this.#db = db;
		this.#checkId = checkId;
		this.#saves = saves;
		this.#stop = listen((message) => {
			if (message.type === 'replaced' && message.checkId === checkId) {
				// A backup restored over the check: every room shown is read again.
				for (const roomId of this.#loaded) void this.load(roomId);
				return;
			}
			if (message.type !== 'photos' || message.checkId !== checkId) return;
			if (this.#loaded.has(message.roomId)) void this.load(message.roomId);
		});
	}

	/** The photos of an open check, reporting to the check's save status. */
	static async open(checkId: string, saves: SaveTracker): Promise<RoomPhotos> {
		return new RoomPhotos(await database(), checkId, saves);
	}

	/** The photos of an item in a room (of a room loaded with `load`). */
	of(roomId: string, itemId: string): readonly PhotoView[] {
		return this.#byAnswer.get(answerKey(roomId, itemId)) ?? [];
	}

	/**
	 * Read the photos of a room from the database. A photo already shown keeps its URL; a new
	 * one gets one; the URL of a photo that is gone is revoked.
	 */
	async load(roomId: string): Promise<void> {
		const photos = await photosOfRoom(this.#db, this.#checkId, roomId);
		const shown = new Map<string, PhotoView>();
		for (const [key, views] of this.#byAnswer) {
			if (!key.startsWith(`${roomId}/`)) continue;
			for (const view of views) shown.set(view.id, view);
			this.#byAnswer.delete(key);
		}
		const byKey = new Map<string, PhotoView[]>();
		for (const photo of photos) {
			const view = shown.get(photo.id) ?? { ...photo, url: URL.createObjectURL(photo.blob) };
			shown.delete(photo.id);
			const key = answerKey(photo.roomId, photo.itemId);
			byKey.set(key, [...(byKey.get(key) ?? []), view]);
		}
		for (const gone of shown.values()) URL.revokeObjectURL(gone.url);
		for (const [key, views] of byKey) this.#byAnswer.set(key, views);
		this.#loaded.add(roomId);
	}

	/**
	 * Make a picked photo small and store it with the item. Fails with a problem the status
	 * explains (not an image, too big, device full); the answer and note are never touched.
	 */
	async attach(roomId: string, itemId: string, file: Blob): Promise<boolean> {
		const stored = await this.#saves.run(async () => {
			const small = await downscalePhoto(file);
			return addPhoto(this.#db, { checkId: this.#checkId, roomId, itemId, ...small });
		});
		if (!stored) return false;
		await this.#changed(roomId);
		return true;
	}

	/** The photo removed last, while it can still be put back. */
	removed = $state.raw<Photo | undefined>();

	/** Remove a photo; `undoRemove` puts it back. */
	async remove(photo: Photo): Promise<void> {
		const record: Photo = { ...photo };
		delete (record as Partial<PhotoView>).url; // a URL is of this page only: never stored
		const done = await this.#saves.run(async () => {
			await removePhoto(this.#db, photo.id);
			return true;
		});
		if (!done) return;
		this.removed = record;
		await this.#changed(photo.roomId);
	}

	/** Put back the photo removed last. */
	async undoRemove(): Promise<void> {
		const photo = this.removed;
		if (!photo) return;
		const done = await this.#saves.run(async () => {
			await restorePhoto(this.#db, photo);
			return true;
		});
		if (!done) return;
		this.removed = undefined;
		await this.#changed(photo.roomId);
	}

	/** Stop listening and let go of every URL. */
	close(): void {
		this.#stop();
		for (const views of this.#byAnswer.values())
			for (const view of views) URL.revokeObjectURL(view.url);
		this.#byAnswer.clear();
		this.#loaded.clear();
	}

	async #changed(roomId: string): Promise<void> {
		await this.load(roomId);
		announce({ type: 'photos', checkId: this.#checkId, roomId });
	}
}
