import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

type Tree = { [key: string]: unknown };

/** Every message as [dotted key, value], depth first. */
function entries(tree: Tree, prefix = ''): [string, unknown][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null
			? entries(value as Tree, `${prefix}${key}.`)
			: [[`${prefix}${key}`, value] as [string, unknown]]
	);
}

/** Call a message function with sample arguments so its text can be checked. */
function render(value: unknown): string {
	if (typeof value === 'function') return String(value(2, 'Sample', 3));
	return String(value);
}

describe('UI messages', () => {
	const english = new Map(entries(en));
	const dutch = new Map(entries(nl));

	it('has every English key in Dutch and every Dutch key in English', () => {
		expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
	});

	it('has no empty message in either language', () => {
		for (const [key, value] of [...english, ...dutch]) {
			expect(render(value).trim(), key).not.toBe('');
		}
	});

	it('has messages of the same kind (text or function) in both languages', () => {
		for (const [key, value] of english) {
			expect(typeof dutch.get(key), key).toBe(typeof value);
		}
	});
});
