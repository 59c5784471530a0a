/** Small facts about this device's data (see DeviceFacts in schema.ts). */
import type { DeviceFacts } from './schema';
import { write, type Db } from './write';

/** Read one fact. */
export async function getFact<K extends keyof DeviceFacts>(
	db: Db,
	key: K
): Promise<DeviceFacts[K] | undefined> {
	return (await db.get('facts', key)) as DeviceFacts[K] | undefined;
}

/** Remember one fact. */
export function setFact<K extends keyof DeviceFacts>(
	db: Db,
	key: K,
	value: DeviceFacts[K]
): Promise<void> {
	return write(db, ['facts'], async (tx) => {
		await tx.objectStore('facts').put(value, key);
	});
}
