/**
 * Whether a photo in a backup can be shown and printed, checked before it is restored (an
 * unreadable photo once blocked the PDF of its check for good). Two steps: the JPEG's own
 * structure (the markers every viewer and jsPDF read: start, a frame with its size, a scan, the
 * end), then a real decode by the browser (`createImageBitmap`). The unit tests decode with
 * jpeg-js instead (`backup/testing.ts`).
 */

/** Decodes a photo's bytes: whether it is a picture that can be shown. Never throws. */
export type PhotoDecoder = (bytes: Uint8Array<ArrayBuffer>) => Promise<boolean>;

/** Baseline, extended and progressive Huffman frames: the JPEGs browsers and PDFs draw. */
const FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Other frame kinds (lossless, hierarchical, arithmetic): not drawn everywhere. */
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const START = 0xd8;
const END = 0xd9;
const SCAN = 0xda;

/** Whether the bytes end with the end-of-image marker (zero padding after it allowed). */
function endsWithEnd(bytes: Uint8Array, from: number): boolean {
	let at = bytes.length - 1;
	while (at > from && bytes[at] === 0) at--;
	return at > from && bytes[at] === END && bytes[at - 1] === 0xff;
}

/** What is wrong with a JPEG's structure, or undefined when a viewer can read it. */
export function jpegProblem(bytes: Uint8Array): string | undefined {
	if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== START) return 'no start of image';
	let at = 2;
	let frame = false;
	while (at + 1 < bytes.length) {
		if (bytes[at] !== 0xff) return `no marker at byte ${at}`;
		while (bytes[at + 1] === 0xff && at + 2 < bytes.length) at++; // fill bytes
		const marker = bytes[at + 1]!;
		at += 2;
		if (marker === END) return frame ? 'no scan' : 'no frame';
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // no length
		if (at + 2 > bytes.length) return 'cut short';
		const length = (bytes[at]! << 8) | bytes[at + 1]!;
		if (length < 2 || at + length > bytes.length) return 'a segment runs past the end';
		if (FRAMES.has(marker)) {
			if (frame) return 'two frames';
			if (length < 8) return 'frame too short';
			const precision = bytes[at + 2];
			const height = (bytes[at + 3]! << 8) | bytes[at + 4]!;
			const width = (bytes[at + 5]! << 8) | bytes[at + 6]!;
			const components = bytes[at + 7]!;
			if (precision !== 8 || height === 0 || width === 0) return 'no picture size';
			if (components !== 1 && components !== 3) return `${components} colour components`;
			frame = true;
		} else if (OTHER_FRAMES.has(marker)) {
			return 'a kind of JPEG not every viewer draws';
		} else if (marker === SCAN) {
			if (!frame) return 'a scan before the frame';
			return endsWithEnd(bytes, at + length) ? undefined : 'cut short: no end of image';
		}
		at += length;
	}
	return 'cut short';
}

/** Only the structure, for where nothing can decode (a worker without canvas, Node). */
export const checkStructure: PhotoDecoder = async (bytes) => jpegProblem(bytes) === undefined;

/** The structure, then a real decode by the browser when it has `createImageBitmap`. */
export const decodeInBrowser: PhotoDecoder = async (bytes) => {
	if (jpegProblem(bytes) !== undefined) return false;
	if (typeof createImageBitmap !== 'function') return true;
	try {
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
		const drawn = bitmap.width > 0 && bitmap.height > 0;
		bitmap.close();
		return drawn;
	} catch {
		return false;
	}
};
