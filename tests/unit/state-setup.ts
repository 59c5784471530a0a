/**
 * The browser the state classes expect, as far as their tests need it: IndexedDB (fake), a
 * page that can be hidden or closed, and local storage. BroadcastChannel, Blob and object URLs
 * are Node's own.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDatabase } from '../../src/lib/db';

class Page extends EventTarget {
	visibilityState: DocumentVisibilityState = 'visible';
}

const storage = new Map<string, string>();
Object.assign(globalThis, {
	navigator: globalThis.navigator ?? { language: 'en', languages: ['en'] },
	window: globalThis.window ?? new EventTarget(),
	document: globalThis.document ?? new Page(),
	localStorage: globalThis.localStorage ?? {
		getItem: (key: string) => storage.get(key) ?? null,
		setItem: (key: string, value: string) => void storage.set(key, String(value)),
		removeItem: (key: string) => void storage.delete(key),
		clear: () => storage.clear(),
		get length() {
			return storage.size;
		},
		key: (index: number) => [...storage.keys()][index] ?? null
	}
});

// Every test starts on an empty device, with no connection left from the one before.
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	localStorage.clear();
});
afterEach(() => closeDatabase());
