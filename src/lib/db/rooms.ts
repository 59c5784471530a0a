/**
 * The rooms of a check, one change at a time: add, rename, move, remove (and bring back). Each
 * is one transaction applied to the rooms as stored now, not as a screen last saw them, so two
 * windows changing rooms at once both keep their change.
 */
import { answerKey, type Answer, type Check, type Room } from '$lib/checklist/check';
import { ROOM_KINDS, type RoomKind } from '$lib/checklist/types';
import type { Summarize } from './answers';
import { cleanAnswer, liveCheck } from './records';
import type { Photo } from './schema';
import { write, type Db, type WriteTx } from './write';

/** Where a new room of this kind goes: after the last of its kind, else before later kinds. */
export function placeFor(rooms: readonly Room[], type: RoomKind): number {
	const order = (kind: RoomKind) => ROOM_KINDS.indexOf(kind);
	let place = rooms.length;
	for (let i = rooms.length - 1; i >= 0; i--) {
		if (order(rooms[i]!.type) <= order(type)) return i + 1;
		place = i;
	}
	return place;
}

type RoomTx = WriteTx<('checks' | 'answers' | 'photos')[]>;

/** Every answer of a check in a transaction, by key. */
async function answersIn(tx: RoomTx, id: string): Promise<Map<string, Answer>> {
	const all = await tx.objectStore('answers').index('by-check').getAll(id);
	return new Map(all.map((a) => [answerKey(a.roomId, a.itemId), cleanAnswer(a)] as const));
}

/**
 * One change of a check's rooms, applied to the rooms as stored now (not as a screen last saw
 * them) in one transaction, so two windows changing rooms at once both keep their change.
 * `change` returns the new rooms, or undefined to leave them (a room renamed away meanwhile).
 */
function changeRooms(
	db: Db,
	id: string,
	change: (rooms: readonly Room[]) => Room[] | undefined,
	summarize: Summarize | undefined,
	now: number
): Promise<Check> {
	return write(db, ['checks', 'answers', 'photos'], async (tx) => {
		const stored = liveCheck(await tx.objectStore('checks').get(id), id);
		const rooms = change(stored.rooms);
		if (!rooms) return stored;
		let check: Check = { ...stored, rooms, updatedAt: now };
		if (summarize) check = { ...check, summary: summarize(check, await answersIn(tx, id)) };
		await tx.objectStore('checks').put(check);
		return check;
	});
}

/** Add a room to a check: after the last room of its kind (or at its kind's place). */
export function addRoom(
	db: Db,
	id: string,
	room: Room,
	summarize: Summarize,
	now = Date.now()
): Promise<Check> {
	return changeRooms(
		db,
		id,
		(rooms) => {
			if (rooms.some((r) => r.id === room.id)) return undefined;
			const next = [...rooms];
			next.splice(placeFor(rooms, room.type), 0, room);
			return next;
		},
		summarize,
		now
	);
}

/** Give a room a name of its own ('' goes back to the kind's name). */
export function renameRoom(
	db: Db,
	id: string,
	roomId: string,
	name: string,
	now = Date.now()
): Promise<Check> {
	return changeRooms(
		db,
		id,
		(rooms) =>
			rooms.some((r) => r.id === roomId && r.name !== name)
				? rooms.map((r) => (r.id === roomId ? { ...r, name } : r))
				: undefined,
		undefined,
		now
	);
}

/** Move a room one place up (-1) or down (1) among the rooms as stored. */
export function moveRoom(
	db: Db,
	id: string,
	roomId: string,
	step: -1 | 1,
	now = Date.now()
): Promise<Check> {
	return changeRooms(
		db,
		id,
		(rooms) => {
			const index = rooms.findIndex((room) => room.id === roomId);
			if (index < 0 || index + step < 0 || index + step >= rooms.length) return undefined;
			const next = [...rooms];
			const [room] = next.splice(index, 1);
			next.splice(index + step, 0, room!);
			return next;
		},
		undefined,
		now
	);
}

/** A room removed from a check, with what it held, so that Undo can put it all back. */
export interface RemovedRoom {
	checkId: string;
	room: Room;
	/** Its place among the rooms when it was removed. */
	index: number;
	answers: Answer[];
	photos: Photo[];
}

/**
 * Remove one room from a check, with its answers and photos, in one transaction. Resolves
 * with the check and what was removed (undefined when the room was already gone).
 */
export function removeRoom(
	db: Db,
	id: string,
	roomId: string,
	summarize: Summarize,
	now = Date.now()
): Promise<{ check: Check; removed: RemovedRoom | undefined }> {
	return write(db, ['checks', 'answers', 'photos'], async (tx) => {
		const stored = liveCheck(await tx.objectStore('checks').get(id), id);
		const index = stored.rooms.findIndex((room) => room.id === roomId);
		if (index < 0) return { check: stored, removed: undefined };
		const answers = tx.objectStore('answers');
		const photoStore = tx.objectStore('photos');
		const all = await answersIn(tx, id);
		const gone: Answer[] = [];
		for (const [key, answer] of all) {
			if (answer.roomId !== roomId) continue;
			gone.push(answer);
			all.delete(key);
			void answers.delete([id, roomId, answer.itemId]);
		}
		// Photo values hold Blob handles only; reading them does not load the images.
		const photos = await photoStore.index('by-room').getAll([id, roomId]);
		for (const photo of photos) void photoStore.delete(photo.id);
		const rooms = stored.rooms.filter((room) => room.id !== roomId);
		const check: Check = { ...stored, rooms, updatedAt: now };
		check.summary = summarize(check, all);
		if (check.lastRoomId === roomId) delete check.lastRoomId;
		await tx.objectStore('checks').put(check);
		const room = stored.rooms[index]!;
		return { check, removed: { checkId: id, room, index, answers: gone, photos } };
	});
}

/**
 * Undo `removeRoom`: the room back at its place (or as near as the rooms now allow), with its
 * answers and photos, in one transaction. An answer saved for the room meanwhile is kept.
 */
export function restoreRoom(
	db: Db,
	removed: RemovedRoom,
	summarize: Summarize,
	now = Date.now()
): Promise<Check> {
	const id = removed.checkId;
	return write(db, ['checks', 'answers', 'photos'], async (tx) => {
		const stored = liveCheck(await tx.objectStore('checks').get(id), id);
		if (stored.rooms.some((room) => room.id === removed.room.id)) return stored;
		const rooms = [...stored.rooms];
		rooms.splice(Math.min(removed.index, rooms.length), 0, removed.room);
		const answers = tx.objectStore('answers');
		for (const answer of removed.answers) void answers.put(answer);
		for (const photo of removed.photos) void tx.objectStore('photos').put(photo);
		const check: Check = { ...stored, rooms, updatedAt: now };
		check.summary = summarize(check, await answersIn(tx, id));
		await tx.objectStore('checks').put(check);
		return check;
	});
}
