/**
 * The key hierarchy, with WebCrypto: one random 256-bit data key seals every record
 * (seal.ts); it is stored only wrapped, once under a key derived from the passcode and once
 * under a key derived from the recovery code. Deriving is PBKDF2-SHA-256 with 600,000
 * iterations (OWASP's figure for PBKDF2-HMAC-SHA256) and a random 16-byte salt per wrap;
 * wrapping is AES-256-GCM, so a wrong secret and a changed wrap both fail the tag check.
 * Changing the passcode wraps the same data key again: nothing else is touched.
 */

export const KDF = 'PBKDF2-SHA-256';
export const ITERATIONS = 600_000;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;

/** What each wrap is for, bound into it: a recovery wrap never opens as a passcode wrap. */
export type WrapPurpose = 'passcode' | 'recovery' | 'backup';

/** A key wrapped under a secret: all stored in clear, none of it reveals the key. */
export interface WrappedKey {
	kdf: typeof KDF;
	iterations: number;
	salt: Uint8Array<ArrayBuffer>;
	nonce: Uint8Array<ArrayBuffer>;
	/** The data key sealed with AES-GCM (ciphertext and tag). */
	wrapped: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

/** A secret as typed, in one Unicode form (a passcode typed on another keyboard still opens). */
export function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
	return encoder.encode(secret.normalize('NFC'));
}

/** PBKDF2-SHA-256 of a secret: `bytes` bytes (known-answer tested against RFC 7914). */
export async function kdfBits(
	secret: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number,
	bytes = 32
): Promise<Uint8Array<ArrayBuffer>> {
	const material = await crypto.subtle.importKey('raw', secretBytes(secret), 'PBKDF2', false, [
		'deriveBits'
	]);
	return new Uint8Array(
		await crypto.subtle.deriveBits(
			{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
			material,
			bytes * 8
		)
	);
}

/** The key-wrapping key of a secret (not extractable). */
export async function deriveKey(
	secret: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<CryptoKey> {
	const bits = await kdfBits(secret, salt, iterations);
	try {
		return await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
	} finally {
		bits.fill(0);
	}
}

/** A new random data key. */
export function newDataKey(): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(32));
}

/** `key` wrapped under `secret`, for `purpose`. */
export async function wrapKey(
	key: Uint8Array<ArrayBuffer>,
	secret: string,
	purpose: WrapPurpose,
	iterations = ITERATIONS
): Promise<WrappedKey> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
	const kek = await deriveKey(secret, salt, iterations);
	const wrapped = new Uint8Array(
		await crypto.subtle.encrypt(
			{ name: 'AES-GCM', iv: nonce, additionalData: encoder.encode(`footing-key:${purpose}`) },
			kek,
			key
		)
	);
	return { kdf: KDF, iterations, salt, nonce, wrapped };
}

/**
 * The key wrapped in `wrap`, or undefined when `secret` is not the one (or the wrap was
 * changed: the two cannot be told apart, by design).
 */
export async function unwrapKey(
	wrap: WrappedKey,
	secret: string,
	purpose: WrapPurpose
): Promise<Uint8Array<ArrayBuffer> | undefined> {
	if (!isWrappedKey(wrap)) return undefined;
	const kek = await deriveKey(secret, wrap.salt, wrap.iterations);
	try {
		const key = new Uint8Array(
			await crypto.subtle.decrypt(
				{
					name: 'AES-GCM',
					iv: wrap.nonce,
					additionalData: encoder.encode(`footing-key:${purpose}`)
				},
				kek,
				wrap.wrapped
			)
		);
		return key.length === 32 ? key : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a stored value has the shape of a wrap (anything else is a damaged lock). */
export function isWrappedKey(value: unknown): value is WrappedKey {
	const wrap = value as Partial<WrappedKey> | undefined;
	return (
		typeof wrap === 'object' &&
		wrap !== null &&
		wrap.kdf === KDF &&
		Number.isInteger(wrap.iterations) &&
		wrap.iterations! >= 1 &&
		wrap.iterations! <= 10_000_000 &&
		wrap.salt instanceof Uint8Array &&
		wrap.nonce instanceof Uint8Array &&
		wrap.nonce.length === NONCE_BYTES &&
		wrap.wrapped instanceof Uint8Array
	);
}

/** Crockford's base 32: no I, L, O or U, so a code read back aloud or by hand stays the same. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 24; // 120 bits

/** A new recovery code: 24 characters in six groups of four (120 random bits). */
export function newRecoveryCode(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
	const chars = Array.from(bytes, (byte) => CODE_ALPHABET[byte & 31]);
	return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * A recovery code as the user typed it, in the form it was made: upper case, without spaces
 * or dashes, with the letters people mistake for digits read as those digits. Undefined
 * when it cannot be a code.
 */
export function normalizeRecoveryCode(typed: string): string | undefined {
	const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
	if (plain.length !== CODE_LENGTH || [...plain].some((c) => !CODE_ALPHABET.includes(c))) {
		return undefined;
	}
	return plain.replace(/(.{4})(?=.)/g, '$1-');
}

/** Why a new passcode is refused, or undefined when it will do. */
export type PasscodeProblem = 'too-short' | 'too-simple';

/**
 * At least 6 digits, or a passphrase of at least 8 characters; not one digit repeated nor a
 * run (123456, 987654), the codes tried first.
 */
export function passcodeProblem(passcode: string): PasscodeProblem | undefined {
	const digitsOnly = /^\d+$/.test(passcode);
	if ([...passcode].length < (digitsOnly ? 6 : 8)) return 'too-short';
	if (digitsOnly) {
		const steps = new Set<number>();
		for (let i = 1; i < passcode.length; i++) {
			steps.add((passcode.charCodeAt(i) - passcode.charCodeAt(i - 1) + 10) % 10);
		}
		if (steps.size === 1 && [0, 1, 9].includes([...steps][0]!)) return 'too-simple';
	}
	if (new Set(passcode).size === 1) return 'too-simple';
	return undefined;
}

/** Why a new passcode typed twice is refused: one of passcodeProblem's, or the two differ. */
export type NewPasscodeProblem = PasscodeProblem | 'differ';

/** Why a new passcode, typed twice, will not do (its own rule first), or undefined when it will. */
export function newPasscodeProblem(first: string, second: string): NewPasscodeProblem | undefined {
	return passcodeProblem(first) ?? (first === second ? undefined : 'differ');
}
