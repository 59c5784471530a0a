import type { Plugin } from 'vite';

/**
 * jsPDF is published as one pre-built file that registers every plugin when it loads: forms,
 * canvas and HTML drawing, SVG, PNG/GIF/BMP/WebP decoders, TrueType and Unicode text, outlines,
 * tables and more. Because each plugin is a side effect, no bundler can leave out the ones an
 * app never calls. Footing's PDF uses standard Helvetica text, lines, rectangles and JPEG
 * photos, so this Vite plugin cuts the rest out of jsPDF's readable ES build as it is bundled:
 * a smaller download when the user asks for a PDF, and a smaller offline cache on every device.
 *
 * Kept: jsPDF's core, addImage with JPEG support, annotations (which also holds getTextWidth),
 * the compression filters, setLanguage, splitTextToSize and the standard fonts' metrics. The
 * cuts are tied to the jsPDF version in package-lock.json: if an update moves a marker, the
 * build stops with the cut's name rather than ship a broken PDF maker.
 */

export interface Cut {
	/** What is left out, for the error message. */
	what: string;
	/** Where the cut starts: text that occurs exactly once in the file. */
	from: string;
	/** Where it stops, not itself cut: the first occurrence after `from`. End of file when absent. */
	until?: string;
	/** What takes the cut's place. */
	replacement?: string;
}

/**
 * In file order. A cut starts and stops at the same level: both in code, or both inside a doc
 * comment (the comment opened before `from` is then closed by the one `until` is in).
 */
export const JSPDF_CUTS: readonly Cut[] = [
	{
		what: 'the PNG decoder import',
		from: "import { decode } from 'fast-png';\n",
		until: 'var globalObject = '
	},
	{
		what: 'AcroForm (form fields)',
		from: 'jsPDFAPI.__acroform__ = {};',
		until: '(function (jsPDFAPI) {\n\n  var namespace = "addImage_";'
	},
	{
		what: 'Arabic shaping, autoprint, canvas, cell tables and context2d',
		from: ' * jsPDF arabic parser PlugIn',
		until: ' * jsPDF filters PlugIn'
	},
	{
		what: 'file loading, html(), JavaScript actions and outlines',
		from: ' * jsPDF fileloading PlugIn',
		until: ' * jsPDF jpeg Support PlugIn'
	},
	{
		what: 'PNG, GIF, BMP, WebP and RGBA image support',
		from: ' * @see http://www.w3.org/TR/PNG-Chunks.html',
		until: ' * jsPDF setLanguage Plugin'
	},
	{
		what: 'TrueType fonts, SVG, total pages, viewer preferences, XMP, UTF-8, vFS and bidi text',
		from: ' * @name ttfsupport',
		replacement: ' */\nexport { GState, ShadingPattern, TilingPattern, jsPDF as default, jsPDF };\n'
	}
];

function countOf(text: string, part: string): number {
	return text.split(part).length - 1;
}

/** jsPDF's ES build with the cuts made; throws, naming the cut, when a marker is not where expected. */
export function trimJsPdf(source: string, cuts: readonly Cut[] = JSPDF_CUTS): string {
	let text = source;
	for (const cut of cuts) {
		if (countOf(text, cut.from) !== 1) {
			throw new Error(`Cannot trim jsPDF: the start of “${cut.what}” is not found exactly once.`);
		}
		const start = text.indexOf(cut.from);
		let end = text.length;
		if (cut.until !== undefined) {
			end = text.indexOf(cut.until, start + cut.from.length);
			if (end < 0) throw new Error(`Cannot trim jsPDF: the end of “${cut.what}” is not found.`);
		}
		text = text.slice(0, start) + (cut.replacement ?? '') + text.slice(end);
	}
	return text;
}

const TRIMMED_FILE = /[\\/]jspdf[\\/]dist[\\/]jspdf\.es\.js$/;

/** Resolves `jspdf` to its readable ES build (not the minified one) and trims it. */
export function trimmedJsPdf(): Plugin {
	return {
		name: 'footing:trimmed-jspdf',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (source !== 'jspdf') return null;
			return this.resolve('jspdf/dist/jspdf.es.js', importer, { ...options, skipSelf: true });
		},
		transform(code, id) {
			if (!TRIMMED_FILE.test(id.split('?')[0] ?? id)) return null;
			return { code: trimJsPdf(code), map: null };
		}
	};
}
