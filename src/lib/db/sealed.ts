/**
 * The seal at the door. With a passcode set, every record of a check, an answer or a photo is
 * stored sealed: in clear only its ids and what an index needs (which docs/data.md lists and
 * says why), everything else AES-GCM sealed under the data key, bound to those clear fields
 * (so neither can be changed or swapped unseen), a photo's bytes sealed on their own.
 *
 * It is done here, once, by wrapping the connection: `sealedDatabase` hands out the same
 * connection, transactions, stores, indexes and cursors, whose reads open records and whose
 * writes seal them. No function of the data layer can forget it, and none of them changes.
 * Sealing is synchronous (crypto/seal.ts), so it happens inside a transaction. A record is
 * read whichever way it is stored, so a device half-way through turning the passcode on or
 * off reads everything; writes seal while `sealWrites` is on.
 */
import type { IDBPDatabase } from 'idb';
import { LockedError, TamperedError } from '$lib/crypto/errors';
import type { Sealer } from '$lib/crypto/seal';
import type { FootingDB } from './schema';

type Db = IDBPDatabase<FootingDB>;
type Row = Record<string, unknown>;

/** The stores whose records hold a person's data, and the fields each keeps in clear. */
const CLEAR_FIELDS = {
	checks: ['id', 'updatedAt', 'previousId'],
	answers: ['checkId', 'roomId', 'itemId'],
	photos: ['id', 'checkId', 'roomId', 'itemId'],
	sendings: ['checkId'],
	secrets: ['name']
} as const satisfies Record<string, readonly string[]>;

export type SealedStore = keyof typeof CLEAR_FIELDS;
export const SEALED_STORES = Object.keys(CLEAR_FIELDS) as SealedStore[];
const isSealedStore = (name: unknown): name is SealedStore =>
	typeof name === 'string' && name in CLEAR_FIELDS;

/** This tab's key, when unlocked, and whether new writes are sealed. */
const keyring: { sealer?: Sealer; sealWrites: boolean } = { sealWrites: false };

/** Use `sealer` to open records, and seal new writes when `sealWrites` (the passcode is on). */
export function useSealer(sealer: Sealer | undefined, sealWrites: boolean): void {
	keyring.sealer = sealer;
	keyring.sealWrites = sealWrites && sealer !== undefined;
}

/** Whether writes are sealed now. */
export function sealsWrites(): boolean {
	return keyring.sealWrites;
}

/** The bytes of each photo Blob this tab opened or was handed, for sealing it synchronously. */
const photoBytes = new WeakMap<Blob, Uint8Array>();

/**
 * Make a photo's Blob ready to be sealed inside a transaction (which cannot wait for its
 * bytes). Call it before the transaction that stores a photo from elsewhere (the camera, a
 * file); photos read from the database are ready already.
 */
export async function photoReady(blob: Blob): Promise<void> {
	if (!keyring.sealWrites || photoBytes.has(blob)) return;
	photoBytes.set(blob, new Uint8Array(await blob.arrayBuffer()));
}

/** A Blob of `bytes`, ready to be sealed. */
export function photoBlob(bytes: Uint8Array<ArrayBuffer>, type: string): Blob {
	const blob = new Blob([bytes], { type });
	photoBytes.set(blob, bytes);
	return blob;
}

/** Photos stored in clear while writes are sealed, to seal once their transaction is done. */
const strayPhotos = new Set<string>();

/** The ids of photos stored in clear since the last call, to seal now (write.ts). */
export function takeStrayPhotos(): string[] {
	const ids = [...strayPhotos];
	strayPhotos.clear();
	return ids;
}

/** Whether a stored record is sealed. */
export function isSealed(stored: unknown): boolean {
	return (
		typeof stored === 'object' && stored !== null && (stored as Row).sealed instanceof Uint8Array
	);
}

const contextOf = (store: SealedStore, row: Row) =>
	`footing:${store}:${JSON.stringify(CLEAR_FIELDS[store].map((field) => row[field] ?? null))}`;

function sealerOrLocked(): Sealer {
	if (!keyring.sealer) throw new LockedError('Footing is locked.');
	return keyring.sealer;
}

/** A record as it is stored now: sealed while the passcode is on, else as it is. */
export function sealRecord<T>(store: SealedStore, value: T): T {
	if (!keyring.sealWrites) return value;
	const sealer = sealerOrLocked();
	const row = value as Row;
	const clear: Row = {};
	const rest: Row = { ...row };
	for (const field of CLEAR_FIELDS[store]) {
		if (row[field] !== undefined) clear[field] = row[field];
		delete rest[field];
	}
	const context = contextOf(store, row);
	if (store === 'photos') {
		const blob = row.blob as Blob;
		const bytes = photoBytes.get(blob);
		if (!bytes) {
			// A photo read in clear (half-way through turning the passcode on) and stored again:
			// its bytes cannot be read inside this transaction. Stored as it was, and sealed just
			// after the transaction commits (`sealStrayPhotos`).
			strayPhotos.add(String(row.id));
			return value;
		}
		delete rest.blob;
		rest.blobType = blob.type;
		clear.data = sealer.seal(bytes, `${context}#bytes`);
	}
	clear.sealed = sealer.sealJson(rest, context);
	return clear as T;
}

/** A record as stored, opened (LockedError while locked; TamperedError when changed). */
export function openRecord<T>(store: SealedStore, stored: T): T {
	if (!isSealed(stored)) return stored;
	const sealer = sealerOrLocked();
	const row = stored as Row;
	const context = contextOf(store, row);
	const value: Row = sealer.openJson<Row>(row.sealed as Uint8Array, context);
	for (const field of CLEAR_FIELDS[store]) {
		if (row[field] !== undefined) value[field] = row[field];
	}
	if (store === 'photos') {
		const bytes = sealer.open(row.data as Uint8Array, `${context}#bytes`);
		value.blob = photoBlob(bytes, typeof value.blobType === 'string' ? value.blobType : '');
		delete value.blobType;
	}
	return value as T;
}

/** What a sealed journal entry starts with (a plain one is JSON, so never starts so). */
const SEALED_TEXT = 'sealed:';
const JOURNAL = 'footing:journal';

/** A journal entry as kept in localStorage: sealed while the passcode is on, else JSON. */
export function journalText(value: unknown): string {
	if (!keyring.sealWrites) return JSON.stringify(value);
	const bytes = sealerOrLocked().sealJson(value, JOURNAL);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return SEALED_TEXT + btoa(binary);
}

/** A journal entry read back (throws when it cannot be opened: locked, changed, not JSON). */
export function journalValue(text: string): unknown {
	if (!text.startsWith(SEALED_TEXT)) return JSON.parse(text);
	const binary = atob(text.slice(SEALED_TEXT.length));
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return sealerOrLocked().openJson(bytes, JOURNAL);
}

/** How many records could not be opened (changed or damaged), for a list that skips them. */
export interface Unreadable {
	count: number;
}

/**
 * A record as stored, opened; undefined, and counted in `unreadable`, when it was changed or
 * damaged (or is sealed and the keys are gone): for lists, which show the rest.
 */
export function openReadable<T>(
	store: SealedStore,
	stored: T,
	unreadable?: Unreadable
): T | undefined {
	return openCounting(store, stored, unreadable, true);
}

/**
 * A record as stored, opened; undefined, and counted in `damaged`, when it was changed or
 * damaged. Locked, it throws (LockedError): for a backup, which must fail rather than come out
 * short when Footing locks half-way through it.
 */
export function openUndamaged<T>(
	store: SealedStore,
	stored: T,
	damaged?: Unreadable
): T | undefined {
	return openCounting(store, stored, damaged, false);
}

/** A record opened, or undefined and counted when it is damaged (or, if `locked`, locked). */
function openCounting<T>(
	store: SealedStore,
	stored: T,
	count: Unreadable | undefined,
	locked: boolean
): T | undefined {
	try {
		return openRecord(store, stored);
	} catch (error) {
		if (!(error instanceof TamperedError || (locked && error instanceof LockedError))) throw error;
		if (count) count.count += 1;
		return undefined;
	}
}

// The wrappers. Each hands on what it wraps, but for the reads and writes of records.

type Fn = (...args: unknown[]) => unknown;
const cache = new WeakMap<object, object>();
const unwrapped = new WeakMap<object, object>();

function wrapWith<T extends object>(target: T, make: (target: T) => T): T {
	let wrapped = cache.get(target) as T | undefined;
	if (!wrapped) {
		wrapped = make(target);
		cache.set(target, wrapped);
		unwrapped.set(wrapped, target);
	}
	return wrapped;
}

function passOn(target: object, prop: string | symbol): unknown {
	const value = Reflect.get(target, prop, target);
	return typeof value === 'function' ? (value as Fn).bind(target) : value;
}

const openAll = (store: SealedStore, rows: unknown[]) => rows.map((row) => openRecord(store, row));

function sealedCursor(store: SealedStore, cursor: unknown): unknown {
	if (!cursor) return cursor;
	return wrapWith(cursor as object, (target) => {
		const t = target as Record<string, Fn> & { value: unknown };
		return new Proxy(target, {
			get(_, prop) {
				if (prop === 'value') return openRecord(store, t.value);
				if (prop === 'update')
					return (value: unknown) => t.update!.call(target, sealRecord(store, value));
				if (prop === 'continue' || prop === 'advance' || prop === 'continuePrimaryKey') {
					return async (...args: unknown[]) =>
						sealedCursor(store, await (t[prop] as Fn).apply(target, args));
				}
				return passOn(target, prop);
			}
		});
	});
}

function readsAndWrites(store: SealedStore, target: object, prop: string | symbol): unknown {
	const t = target as Record<string, Fn>;
	switch (prop) {
		case 'get':
			return async (...args: unknown[]) => openRecord(store, await t.get!.apply(target, args));
		case 'getAll':
			return async (...args: unknown[]) =>
				openAll(store, (await t.getAll!.apply(target, args)) as unknown[]);
		case 'openCursor':
			return async (...args: unknown[]) =>
				sealedCursor(store, await t.openCursor!.apply(target, args));
		case 'iterate':
		case Symbol.asyncIterator:
			return () => {
				throw new Error('Iterate a sealed store with openCursor.');
			};
		default:
			return undefined;
	}
}

function sealedIndex(store: SealedStore, index: object): object {
	return wrapWith(
		index,
		(target) =>
			new Proxy(target, {
				get: (_, prop) => readsAndWrites(store, target, prop) ?? passOn(target, prop)
			})
	);
}

function sealedStore(store: SealedStore, objectStore: object): object {
	return wrapWith(objectStore, (target) => {
		const t = target as Record<string, Fn>;
		return new Proxy(target, {
			get(_, prop) {
				if (prop === 'put' || prop === 'add') {
					return (value: unknown, ...rest: unknown[]) =>
						t[prop]!.call(target, sealRecord(store, value), ...rest);
				}
				if (prop === 'index') {
					return (name: string) => sealedIndex(store, t.index!.call(target, name) as object);
				}
				return readsAndWrites(store, target, prop) ?? passOn(target, prop);
			}
		});
	});
}

function sealedTransaction(tx: object): object {
	return wrapWith(tx, (target) => {
		const t = target as Record<string, Fn> & { objectStoreNames: DOMStringList };
		const storeOf = (name: string) => {
			const objectStore = t.objectStore!.call(target, name) as object;
			return isSealedStore(name) ? sealedStore(name, objectStore) : objectStore;
		};
		return new Proxy(target, {
			get(_, prop) {
				if (prop === 'objectStore') return storeOf;
				if (prop === 'store') {
					const names = t.objectStoreNames;
					return names.length === 1 ? storeOf(names[0]!) : undefined;
				}
				return passOn(target, prop);
			}
		});
	});
}

/**
 * What a wrapped transaction or store is without the seal: records as they are stored. Only
 * for sealing or opening the stored records themselves (lock.ts).
 */
export function rawOf<T extends object>(wrapped: T): T {
	return (unwrapped.get(wrapped) as T | undefined) ?? wrapped;
}

/** The connection, with every record of a person sealed on its way in and opened on its way out. */
export function sealedDatabase(db: Db): Db {
	const d = db as unknown as Record<string, Fn>;
	const reads: Record<string, (store: SealedStore, result: unknown) => unknown> = {
		get: openRecord,
		getFromIndex: openRecord,
		getAll: (store, rows) => openAll(store, rows as unknown[]),
		getAllFromIndex: (store, rows) => openAll(store, rows as unknown[])
	};
	const wrapped = new Proxy(db, {
		get(_, prop) {
			if (prop === 'transaction') {
				return (...args: unknown[]) => sealedTransaction(d.transaction!.apply(db, args) as object);
			}
			if (typeof prop === 'string' && prop in reads) {
				return async (store: unknown, ...args: unknown[]) => {
					const result = await d[prop]!.call(db, store, ...args);
					return isSealedStore(store) ? reads[prop]!(store, result) : result;
				};
			}
			if (prop === 'put' || prop === 'add') {
				return (store: unknown, value: unknown, ...args: unknown[]) =>
					d[prop]!.call(
						db,
						store,
						isSealedStore(store) ? sealRecord(store, value) : value,
						...args
					);
			}
			return passOn(db, prop);
		}
	});
	unwrapped.set(wrapped, db);
	return wrapped;
}
