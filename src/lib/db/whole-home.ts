/**
 * The room for the whole home that a check made before the checklist asked about the whole
 * home gets, once: by the database's upgrade to version 3 (migrations.ts) and by the backup
 * reader for a check of a file made before then ($lib/backup/validate.ts). One function for
 * both, so a check restored from an old backup is the check the upgrade made of it. No imports:
 * the upgrade runs it on records as they were stored then.
 */

/**
 * The id of that room: the same in every visit of a home (room ids are unique within a check
 * only), so a follow-up compares its whole-home answers with the visit before.
 */
export const WHOLE_HOME_ID = 'home';

/** The room for the whole home. */
export interface WholeHomeRoom {
	id: string;
	type: 'home';
	name: '';
}

/**
 * The rooms of a check made before there was a room for the whole home, with one added (before
 * the persons) when the check has any room of the home and none for the whole home yet. Its id
 * is WHOLE_HOME_ID, or `home-1`, `home-2`… when a room of the check already has that one.
 */
export function withWholeHome<R extends { id: string; type: string }>(
	rooms: readonly R[]
): (R | WholeHomeRoom)[] {
	const result: (R | WholeHomeRoom)[] = [...rooms];
	if (!rooms.some((room) => room.type !== 'personal') || rooms.some((r) => r.type === 'home'))
		return result;
	const ids = new Set(rooms.map((room) => room.id));
	let id = WHOLE_HOME_ID;
	for (let n = 1; ids.has(id); n++) id = `${WHOLE_HOME_ID}-${n}`;
	const at = rooms.findIndex((room) => room.type === 'personal');
	result.splice(at < 0 ? result.length : at, 0, { id, type: 'home', name: '' });
	return result;
}
