/**
 * Sealing records with the data key, synchronously: AES-256-GCM from @noble/ciphers (audited,
 * Cure53 2024). Synchronous because a record is sealed inside an IndexedDB transaction, which
 * commits as soon as it waits for anything else, and because the journal is written to
 * localStorage on every key typed, even while the page closes. WebCrypto (async only) derives
 * and wraps the keys (keys.ts); both write the same bytes: a 12-byte random nonce, then the
 * ciphertext with its 16-byte tag. Loaded only when a passcode is set.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { TamperedError } from './errors';

export const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a seal is bound to: which record it is (text), or raw bytes (the known-answer tests). */
export type Context = string | Uint8Array;
const aad = (context: Context) => (typeof context === 'string' ? encoder.encode(context) : context);
const named = (context: Context) => (typeof context === 'string' ? context : 'bytes');

export class Sealer {
	readonly #key: Uint8Array;

	constructor(key: Uint8Array) {
		if (key.length !== 32) throw new Error('A data key is 32 bytes.');
		this.#key = key.slice();
	}

	/** `bytes` sealed: nonce + ciphertext + tag, bound to `context` (which record it is). */
	seal(bytes: Uint8Array, context: Context): Uint8Array<ArrayBuffer> {
		return this.sealWithNonce(bytes, context, crypto.getRandomValues(new Uint8Array(NONCE_BYTES)));
	}

	/** For the known-answer tests only: a nonce must never repeat under one key. */
	sealWithNonce(bytes: Uint8Array, context: Context, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
		const sealed = gcm(this.#key, nonce, aad(context)).encrypt(bytes);
		const out = new Uint8Array(NONCE_BYTES + sealed.length);
		out.set(nonce);
		out.set(sealed, NONCE_BYTES);
		return out;
	}

	/** The bytes sealed by `seal` for the same `context`; TamperedError when anything changed. */
	open(sealed: Uint8Array, context: Context): Uint8Array<ArrayBuffer> {
		if (!(sealed instanceof Uint8Array) || sealed.length < NONCE_BYTES + TAG_BYTES) {
			throw new TamperedError(named(context));
		}
		try {
			const nonce = sealed.subarray(0, NONCE_BYTES);
			const opened = gcm(this.#key, nonce, aad(context)).decrypt(sealed.subarray(NONCE_BYTES));
			return new Uint8Array(opened);
		} catch {
			throw new TamperedError(named(context));
		}
	}

	/** A JSON value sealed. */
	sealJson(value: unknown, context: Context): Uint8Array<ArrayBuffer> {
		return this.seal(encoder.encode(JSON.stringify(value)), context);
	}

	/** A JSON value sealed by `sealJson`. */
	openJson<T>(sealed: Uint8Array, context: Context): T {
		const bytes = this.open(sealed, context);
		try {
			return JSON.parse(decoder.decode(bytes)) as T;
		} catch {
			throw new TamperedError(named(context));
		}
	}
}
