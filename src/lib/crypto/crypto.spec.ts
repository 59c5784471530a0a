import { describe, expect, it } from 'vitest';
import { TamperedError } from './errors';
import {
	kdfBits,
	newDataKey,
	newPasscodeProblem,
	newRecoveryCode,
	normalizeRecoveryCode,
	passcodeProblem,
	unwrapKey,
	wrapKey
} from './keys';
import { Sealer } from './seal';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!, (h) => parseInt(h, 16));
const toHex = (bytes: Uint8Array) =>
	Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('known answers', () => {
	it('derives PBKDF2-SHA-256 as RFC 7914 section 11 gives it', async () => {
		const bits = await kdfBits('passwd', new TextEncoder().encode('salt'), 1, 64);
		expect(toHex(bits)).toBe(
			'55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
				'49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783'
		);
	});

	it('seals with AES-256-GCM as the GCM specification test case 16 gives it', () => {
		// McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (256-bit key, AAD).
		const key = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
		const nonce = hex('cafebabefacedbaddecaf888');
		const plain = hex(
			'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
				'1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39'
		);
		const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
		const sealer = new Sealer(key);
		const sealed = sealer.sealWithNonce(plain, aad, nonce);
		expect(toHex(sealed)).toBe(
			'cafebabefacedbaddecaf888' +
				'522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
				'8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
				'76fc6ece0f4e1768cddf8853bb2d551b'
		);
		expect(sealer.open(sealed, aad)).toEqual(plain);
	});
});

describe('sealing records', () => {
	const sealer = new Sealer(newDataKey());

	it('opens what it sealed, and a new nonce each time', () => {
		const a = sealer.sealJson({ note: 'Loose rug by the bed' }, 'answers:x');
		const b = sealer.sealJson({ note: 'Loose rug by the bed' }, 'answers:x');
		expect(toHex(a)).not.toBe(toHex(b));
		expect(sealer.openJson(a, 'answers:x')).toEqual({ note: 'Loose rug by the bed' });
		expect(new TextDecoder().decode(a)).not.toContain('rug');
	});

	it('refuses a flipped byte, a cut seal, another record and another key', () => {
		const sealed = sealer.sealJson({ label: 'Mrs Jansen' }, 'checks:1');
		const flipped = sealed.slice();
		flipped[20]! ^= 1;
		expect(() => sealer.openJson(flipped, 'checks:1')).toThrow(TamperedError);
		expect(() => sealer.open(sealed.subarray(0, 20), 'checks:1')).toThrow(TamperedError);
		expect(() => sealer.openJson(sealed, 'checks:2')).toThrow(TamperedError);
		expect(() => new Sealer(newDataKey()).openJson(sealed, 'checks:1')).toThrow(TamperedError);
	});
});

describe('wrapping the data key', () => {
	it('unwraps with the secret and purpose it was wrapped for, and nothing else', async () => {
		const key = newDataKey();
		const wrap = await wrapKey(key, '483920', 'passcode', 1000);
		expect(await unwrapKey(wrap, '483920', 'passcode')).toEqual(key);
		expect(await unwrapKey(wrap, '483921', 'passcode')).toBeUndefined();
		expect(await unwrapKey(wrap, '483920', 'recovery')).toBeUndefined();
		const changed = { ...wrap, wrapped: wrap.wrapped.slice() };
		changed.wrapped[3]! ^= 0x80;
		expect(await unwrapKey(changed, '483920', 'passcode')).toBeUndefined();
		expect(await unwrapKey({ ...wrap, salt: 'x' } as never, '483920', 'passcode')).toBeUndefined();
	});

	it('wraps with 600,000 iterations by default', async () => {
		const wrap = await wrapKey(newDataKey(), 'a long passphrase', 'passcode');
		expect(wrap.iterations).toBe(600_000);
		expect(wrap.salt.length).toBe(16);
	});

	it('opens a passcode typed in another Unicode form', async () => {
		const key = newDataKey();
		const wrap = await wrapKey(key, 'café au lait', 'passcode', 1000);
		expect(await unwrapKey(wrap, 'cafe\u0301 au lait', 'passcode')).toEqual(key);
	});
});

describe('recovery codes and passcodes', () => {
	it('makes codes of 24 characters that read back however they are typed', () => {
		const code = newRecoveryCode();
		expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
		expect(normalizeRecoveryCode('0000-1111-2222-3333-4444-555O')).toBe(
			'0000-1111-2222-3333-4444-5550'
		);
		expect(normalizeRecoveryCode('1234')).toBeUndefined();
		expect(normalizeRecoveryCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeUndefined();
	});

	it('asks for 6 digits or 8 characters, and refuses the codes tried first', () => {
		expect(passcodeProblem('48392')).toBe('too-short');
		expect(passcodeProblem('483920')).toBeUndefined();
		expect(passcodeProblem('123456')).toBe('too-simple');
		expect(passcodeProblem('987654')).toBe('too-simple');
		expect(passcodeProblem('111111')).toBe('too-simple');
		expect(passcodeProblem('rozen')).toBe('too-short');
		expect(passcodeProblem('rozen in de tuin')).toBeUndefined();
		expect(passcodeProblem('aaaaaaaa')).toBe('too-simple');
	});

	it('refuses a new passcode typed twice when it is weak, then when the two differ', () => {
		expect(newPasscodeProblem('483920', '483920')).toBeUndefined();
		expect(newPasscodeProblem('483920', '483921')).toBe('differ');
		expect(newPasscodeProblem('48392', '48392')).toBe('too-short');
		expect(newPasscodeProblem('123456', '654321')).toBe('too-simple');
		expect(newPasscodeProblem('rozen in de tuin', 'rozen in de tuin')).toBeUndefined();
		expect(newPasscodeProblem('rozen in de tuin', 'rozen in de tuin ')).toBe('differ');
	});
});
