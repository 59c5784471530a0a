/**
 * The key of a backup protected with a password (format 3): a random file key seals each file
 * of the zip (seal.ts, bound to the file's name), and is kept in the description only wrapped
 * under the password (keys.ts, purpose 'backup'). Loaded by archive.ts only for such a file,
 * so a plain backup never loads the cipher.
 */
import { ITERATIONS, newDataKey, unwrapKey, wrapKey, type WrappedKey } from '$lib/crypto/keys';
import { Sealer } from '$lib/crypto/seal';
import { bytesToBase64 } from './format';

/** How the description says the file key is wrapped (all of it safe to show). */
export interface Encryption {
	kdf: WrappedKey['kdf'];
	iterations: number;
	salt: string;
	nonce: string;
	wrapped: string;
}

/** A new file key wrapped under `password`: its sealer, and what the description says of it. */
export async function newFileKey(
	password: string,
	iterations = ITERATIONS
): Promise<{ sealer: Sealer; encryption: Encryption }> {
	const key = newDataKey();
	try {
		const wrap = await wrapKey(key, password, 'backup', iterations);
		const encryption: Encryption = {
			kdf: wrap.kdf,
			iterations: wrap.iterations,
			salt: bytesToBase64(wrap.salt),
			nonce: bytesToBase64(wrap.nonce),
			wrapped: bytesToBase64(wrap.wrapped)
		};
		return { sealer: new Sealer(key), encryption };
	} finally {
		key.fill(0);
	}
}

/**
 * The sealer of a file whose key is wrapped as `wrap`, or undefined when `password` is not its
 * password (or the wrap was changed: the two cannot be told apart).
 */
export async function openFileKey(wrap: WrappedKey, password: string): Promise<Sealer | undefined> {
	const key = await unwrapKey(wrap, password, 'backup');
	if (!key) return undefined;
	try {
		return new Sealer(key);
	} finally {
		key.fill(0);
	}
}
