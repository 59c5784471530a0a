/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same UUID, so a
 * check exported twice gives the same resource ids and `urn:uuid:` fullUrls. Synchronous and
 * without Node APIs (the browser's crypto.subtle is asynchronous), so the exports stay pure.
 */

/** SHA-1 of some bytes (FIPS 180-4), as 20 bytes. */
function sha1(bytes: Uint8Array): Uint8Array {
	const length = bytes.length;
	const blocks = Math.ceil((length + 9) / 64);
	const padded = new Uint8Array(blocks * 64);
	padded.set(bytes);
	padded[length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
	view.setUint32(padded.length - 4, (length * 8) >>> 0);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Uint32Array(80);
	for (let block = 0; block < blocks; block++) {
		for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4);
		for (let t = 16; t < 80; t++) {
			const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
			w[t] = (x << 1) | (x >>> 31);
		}
		let [a, b, c, d, e] = h as [number, number, number, number, number];
		for (let t = 0; t < 80; t++) {
			const [f, k] =
				t < 20
					? [(b & c) | (~b & d), 0x5a827999]
					: t < 40
						? [b ^ c ^ d, 0x6ed9eba1]
						: t < 60
							? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
							: [b ^ c ^ d, 0xca62c1d6];
			const next = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) >>> 0;
			e = d;
			d = c;
			c = ((b << 30) | (b >>> 2)) >>> 0;
			b = a;
			a = next;
		}
		h[0] = (h[0]! + a) >>> 0;
		h[1] = (h[1]! + b) >>> 0;
		h[2] = (h[2]! + c) >>> 0;
		h[3] = (h[3]! + d) >>> 0;
		h[4] = (h[4]! + e) >>> 0;
	}
	const out = new Uint8Array(20);
	const outView = new DataView(out.buffer);
	h.forEach((word, i) => outView.setUint32(i * 4, word));
	return out;
}

/** The bytes of a UUID written as text. */
function uuidBytes(uuid: string): Uint8Array {
	const hex = uuid.replace(/-/g, '');
	return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** The version-5 UUID of a name within a namespace (itself a UUID). */
export function uuidV5(name: string, namespace: string): string {
	const nameBytes = new TextEncoder().encode(name);
	const input = new Uint8Array(16 + nameBytes.length);
	input.set(uuidBytes(namespace));
	input.set(nameBytes, 16);
	const hash = sha1(input).slice(0, 16);
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122's namespace for URLs: Footing's names are its record identifiers, which are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
