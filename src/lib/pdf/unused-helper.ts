/**
 * Stands in for html2canvas, canvg and dompurify, which jsPDF imports lazily for `.html()` and
 * SVG images. Footing draws its PDF with text and JPEG only, so these are never called; aliasing
 * them here (vite.config.ts) keeps about 100 KiB out of the build and the offline cache.
 */
export default function unusedJsPdfHelper(): never {
	throw new Error('Footing does not ship jsPDF’s HTML and SVG helpers.');
}
