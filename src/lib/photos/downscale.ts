/**
 * Photos are made small on the device before they are stored: at most 1600 px on the long
 * side, as JPEG. A phone photo of 5 MB becomes about 250 KB, so a check with many photos
 * still fits on the device and in the PDF.
 */

/** The longest side a stored photo may have. */
export const MAX_SIDE = 1600;
/** Files bigger than this are refused before decoding (a phone photo is rarely over 20 MB). */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;
const QUALITY = 0.82;

export type PhotoProblem = 'not-an-image' | 'too-big' | 'unreadable';

/** A photo that could not be used, with the reason the screen explains to the user. */
export class PhotoError extends Error {
	override name = 'PhotoError';
	constructor(readonly problem: PhotoProblem) {
		super(problem);
	}
}

/** The size to draw an image at so its longest side is at most `max`. */
export function fitWithin(width: number, height: number, max = MAX_SIDE) {
	const scale = Math.min(1, max / Math.max(width, height));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

/** A photo's size for printing: 75 mm wide at 300 dpi needs about 900 px. */
export const PRINT = { maxSide: 1000, quality: 0.72 };

/** Decode a picked file and return it as a JPEG of at most `maxSide` px on its long side. */
export async function downscalePhoto(
	file: Blob,
	{ maxSide = MAX_SIDE, quality = QUALITY } = {}
): Promise<{ blob: Blob; width: number; height: number }> {
	if (file.type && !file.type.startsWith('image/')) throw new PhotoError('not-an-image');
	if (file.size > MAX_FILE_BYTES) throw new PhotoError('too-big');
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		throw new PhotoError(file.type ? 'unreadable' : 'not-an-image');
	}
	try {
		const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSide);
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new PhotoError('unreadable');
		context.fillStyle = '#fff'; // transparent PNGs get a white background in JPEG
		context.fillRect(0, 0, width, height);
		context.drawImage(bitmap, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) =>
			canvas.toBlob(resolve, 'image/jpeg', quality)
		);
		if (!blob) throw new PhotoError('unreadable');
		return { blob, width, height };
	} finally {
		bitmap.close();
	}
}
