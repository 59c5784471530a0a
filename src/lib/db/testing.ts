/** Helpers for data-layer tests (fake-indexeddb): fresh databases, old versions with data. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openFootingDB } from './open';
import type { FootingDB } from './schema';

let count = 0;

/** A name no other test uses. */
export function freshName(): string {
	count += 1;
	return `footing-test-${count}-${Math.random().toString(36).slice(2)}`;
}

/** A new, empty database at the current version. */
export function freshDB(name = freshName()) {
	return openFootingDB({ name });
}

/**
 * For a test file: a function that keeps a connection until the end of the current test, then
 * closes it, so that no test leaves a database open for the next one.
 */
export function closedAfterEach(): <T extends { close(): void }>(
	opening: Promise<T>
) => Promise<T> {
	let open: { close(): void }[] = [];
	afterEach(() => {
		for (const connection of open) connection.close();
		open = [];
	});
	return async (opening) => {
		const connection = await opening;
		open.push(connection);
		return connection;
	};
}

/** A tiny JPEG-typed Blob standing in for a photo. */
export function fakePhoto(): Blob {
	return new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
}

export interface Fixture {
	version: number;
	checks: readonly object[];
	answers: readonly object[];
	photos: readonly object[];
	facts: Record<string, unknown>;
}

/** A database built by the migrations up to `fixture.version`, holding the fixture's records. */
export async function openDBWithData(name: string, fixture: Fixture): Promise<void> {
	const steps = MIGRATIONS.slice(0, fixture.version);
	const db = await openDB<FootingDB>(name, fixture.version, {
		async upgrade(db, oldVersion, _newVersion, tx) {
			for (let step = oldVersion; step < fixture.version; step++) await steps[step]!(db, tx);
		}
	});
	const tx = db.transaction(['checks', 'answers', 'photos', 'facts'], 'readwrite');
	for (const check of fixture.checks) void tx.objectStore('checks').put(check as never);
	for (const answer of fixture.answers) void tx.objectStore('answers').put(answer as never);
	for (const photo of fixture.photos)
		void tx.objectStore('photos').put({ ...photo, blob: fakePhoto() } as never);
	for (const [key, value] of Object.entries(fixture.facts))
		void tx.objectStore('facts').put(value as never, key as never);
	await tx.done;
	db.close();
}

/** localStorage as a browser has it, for Node. */
export class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, String(value));
	removeItem = (key: string) => void this.#items.delete(key);
	key = (index: number) => [...this.#items.keys()][index] ?? null;
	get length() {
		return this.#items.size;
	}
}
