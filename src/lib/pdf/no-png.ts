/**
 * Stands in for fast-png, which jsPDF imports to decode PNG images. Footing only ever embeds
 * JPEG photos, so PNG decoding (with the pako and iobuffer it brings) is never needed; aliasing
 * it here (vite.config.ts) keeps it out of the build and the offline cache.
 */
export function decode(): never {
	throw new Error('Footing embeds JPEG photos only.');
}
