/**
 * The sources the plan cites: numbered in the checklist's order of sources, cited after each
 * action's reason as "[1, 3]", and listed at the end with their full names (`SOURCE_NAMES`).
 */
import { SOURCE_NAMES } from '$lib/checklist/names';
import { SOURCES, type Source } from '$lib/checklist/types';
import { PAGE, lineHeight } from './layout';
import type { PdfContext } from './types';

/** The sources of one document, numbered. */
export class SourceList {
	private readonly numbers = new Map<Source, number>();

	constructor(cited: Iterable<Source>) {
		const wanted = new Set(cited);
		for (const source of SOURCES)
			if (wanted.has(source)) this.numbers.set(source, this.numbers.size + 1);
	}

	/** How many sources are cited. */
	get size(): number {
		return this.numbers.size;
	}

	/** The citation of some sources: "[1, 3]"; '' when none of them is listed. */
	cite(sources: readonly Source[]): string {
		const numbers = [...new Set(sources)]
			.map((source) => this.numbers.get(source))
			.filter((number): number is number => number !== undefined)
			.sort((a, b) => a - b);
		return numbers.length > 0 ? `[${numbers.join(', ')}]` : '';
	}

	/** The list at the end: a heading, a line of how to read it, and each source by number. */
	draw(context: PdfContext): void {
		if (this.size === 0) return;
		const { writer, text, language, check } = context;
		const { fonts } = writer;
		writer.heading(text.sourcesTitle, fonts.h2, 8);
		writer.paragraph(text.sourcesIntro);
		const numberWidth = writer.width('[00]', fonts.body) + 2;
		for (const [source, number] of this.numbers) {
			const name = text.sourceName?.(source, check.region) ?? SOURCE_NAMES[source][language];
			const x = PAGE.left + numberWidth;
			const bands = writer.textBands(name, fonts.body, x);
			const first = bands[0]!;
			const drawFirst = first.draw;
			first.draw = (top) => {
				writer.text(`[${number}]`, PAGE.left, top, fonts.body);
				drawFirst(top);
			};
			writer.block([...bands, { height: lineHeight(fonts.body) * 0.3, draw: () => {} }]);
		}
	}
}
