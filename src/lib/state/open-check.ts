/**
 * Opening a check for its pages: the session of its answers and the photos, sharing one save
 * status; or why it could not be opened.
 */
import { diagnose, type StorageProblem } from '$lib/db';
import { CheckSession } from './check-session.svelte';
import { appLock } from './lock.svelte';
import { RoomPhotos } from './room-photos.svelte';

export interface OpenedCheck {
	/** Undefined when the check is not on this device (or was deleted). */
	session: CheckSession | undefined;
	photos: RoomPhotos | undefined;
	problem: StorageProblem | undefined;
}

/** Open a check and its photos; a failure becomes a problem the page explains. */
export async function openCheckPages(id: string): Promise<OpenedCheck> {
	// Locked: the lock screen shows instead; the pages load again once unlocked.
	await appLock.start();
	if (appLock.status === 'locked') {
		return { session: undefined, photos: undefined, problem: undefined };
	}
	try {
		const session = await CheckSession.open(id);
		const photos = session && (await RoomPhotos.open(session.check.id, session.saves));
		return { session, photos, problem: undefined };
	} catch (error) {
		console.error(error);
		return { session: undefined, photos: undefined, problem: await diagnose(error) };
	}
}
