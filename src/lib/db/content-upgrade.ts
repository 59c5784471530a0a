/**
 * When the checklist changes what it asks (items retired, questions turned round, per-room
 * questions asked once for the whole home), the answers stored against the old items move to
 * the new ones, once, right after the database opens. It needs the checklist, which this
 * layer does not load: the caller passes the checklist's own functions (`ContentTools`).
 * Everything moves in one transaction, or nothing does. A check, answer or photo that cannot
 * be opened (changed or damaged) is left as it is: it would otherwise stop every other check's
 * upgrade, at every start.
 */
import type { Answer, Check } from '$lib/checklist/check';
import type { Region } from '$lib/checklist/types';
import type { Summarize } from './answers';
import { getFact, setFact } from './facts';
import { cleanAnswer, cleanCheck } from './records';
import { openUndamaged, rawOf } from './sealed';
import { write, type Db } from './write';

/** The version of the stored answers' item ids this code writes. */
export const CONTENT_VERSION = 2;

/** What the upgrade needs from the checklist (src/lib/checklist/retired.ts and rules.ts). */
export interface ContentTools {
	moveRetiredAnswers(answers: readonly Answer[], homeRoomId: string | undefined): Answer[];
	movedTo(
		itemId: string,
		roomId: string,
		homeRoomId: string | undefined
	): { itemId: string; roomId: string } | undefined;
	summarize: Summarize;
	/** The region of checks made before there were regions. */
	region: Region;
}

/**
 * Whether stored answers wait for the upgrade (a database from before version 3 says so). A
 * database without checks has nothing to move (a new one is made through every version): it
 * is marked up to date on the spot, so a first visit does not load the checklist for nothing.
 */
export async function contentUpgradeDue(db: Db): Promise<boolean> {
	if (((await getFact(db, 'contentVersion')) ?? CONTENT_VERSION) >= CONTENT_VERSION) return false;
	if ((await db.count('checks')) > 0) return true;
	await setFact(db, 'contentVersion', CONTENT_VERSION);
	return false;
}

/**
 * Move every check's answers and photos of retired items, and count the summaries again.
 * Returns how many checks were upgraded.
 */
export function upgradeContent(db: Db, tools: ContentTools): Promise<number> {
	return write(
		db,
		['checks', 'answers', 'photos', 'facts'],
		async (tx) => {
			// Read as stored and opened one by one, so a damaged record is skipped, not thrown.
			const stored = rawOf(tx);
			const checks = (await stored.objectStore('checks').getAll()).flatMap(
				(raw) => openUndamaged('checks', raw) ?? []
			);
			for (const raw of checks) {
				const check: Check = { ...cleanCheck(raw), region: raw.region ?? tools.region };
				const home = check.rooms.find((room) => room.type === 'home')?.id;
				const store = tx.objectStore('answers');
				const before = (await stored.objectStore('answers').index('by-check').getAll(check.id))
					.flatMap((raw) => openUndamaged('answers', raw) ?? [])
					.map(cleanAnswer);
				const after = tools.moveRetiredAnswers(before, home);
				for (const old of before) void store.delete([check.id, old.roomId, old.itemId]);
				for (const answer of after) void store.put(answer);
				const photos = tx.objectStore('photos');
				const storedPhotos = await stored.objectStore('photos').index('by-check').getAll(check.id);
				for (const photo of storedPhotos.flatMap((raw) => openUndamaged('photos', raw) ?? [])) {
					const target = tools.movedTo(photo.itemId, photo.roomId, home);
					if (target && (target.itemId !== photo.itemId || target.roomId !== photo.roomId))
						void photos.put({ ...photo, ...target });
				}
				const byKey = new Map(after.map((a) => [`${a.roomId}/${a.itemId}`, a] as const));
				void tx.objectStore('checks').put({ ...check, summary: tools.summarize(check, byKey) });
			}
			await tx.objectStore('facts').put(CONTENT_VERSION, 'contentVersion');
			return checks.length;
		},
		'strict'
	);
}
