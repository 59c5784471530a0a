import { describe, expect, it } from 'vitest';
import { GP_QUESTIONS } from '$lib/checklist/parts';
import { PDF_TEXT } from '$lib/pdf/text';
import { en } from './en';
import { nl } from './nl';

type Tree = object;

/** Every message as [dotted key, value], depth first. */
function entries(tree: Tree, prefix = ''): [string, unknown][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null
			? entries(value, `${prefix}${key}.`)
			: [[`${prefix}${key}`, value] as [string, unknown]]
	);
}

/** Messages whose arguments are ids, not numbers or names. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
	gpQuestion: [GP_QUESTIONS[0], 'general']
};

/** Call a message function with sample arguments so its text can be checked. */
function render(value: unknown, key = ''): string {
	if (typeof value !== 'function') return String(value);
	const sample = SAMPLE_ARGUMENTS[key.split('.').at(-1) ?? ''];
	if (sample) return String(value(...sample));
	try {
		return String(value(2, 'Sample', 3));
	} catch {
		return String(value('Sample', 'Sample', 'Sample'));
	}
}

for (const [name, english, dutch] of [
	['UI messages', new Map(entries(en)), new Map(entries(nl))],
	['PDF texts', new Map(entries(PDF_TEXT.en)), new Map(entries(PDF_TEXT.nl))]
] as const)
	describe(name, () => {
		it('has every English key in Dutch and every Dutch key in English', () => {
			expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
		});

		it('has no empty message in either language', () => {
			for (const [key, value] of [...english, ...dutch]) {
				expect(render(value, key).trim(), key).not.toBe('');
			}
		});

		it('has messages of the same kind (text or function) in both languages', () => {
			for (const [key, value] of english) {
				expect(typeof dutch.get(key), key).toBe(typeof value);
			}
		});
	});

describe('the questions to the GP', () => {
	it('has each question in both languages and both regions', () => {
		for (const language of [PDF_TEXT.en, PDF_TEXT.nl])
			for (const id of GP_QUESTIONS)
				for (const region of ['general', 'nl'] as const)
					expect(language.gpQuestion(id, region).trim(), `${id} ${region}`).not.toBe('');
	});
});
