/**
 * JSON read defensively, before any schema looks at it: no key that could reach an object's
 * prototype (`__proto__`, `constructor`, `prototype`) anywhere, and no nesting deeper than a
 * limit, checked before parsing so a hostile file cannot exhaust the stack.
 */

/** Keys that could reach an object's prototype: refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

/** Raised by the reviver on a key that could reach a prototype. */
class ForbiddenKeyError extends Error {
	override name = 'ForbiddenKeyError';
}

/** The reviver of JSON.parse: refuses `__proto__`, `constructor` and `prototype` keys. */
function refuseForbiddenKeys(key: string, value: unknown): unknown {
	if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
	return value;
}

/** Where the string starting at `start` (a quote) ends, or -1 when it never does. */
function endOfString(source: string, start: number): number {
	let from = start + 1;
	for (;;) {
		const quote = source.indexOf('"', from);
		if (quote < 0) return -1;
		let slash = quote - 1;
		while (slash > start && source.charCodeAt(slash) === 0x5c) slash--;
		if ((quote - 1 - slash) % 2 === 0) return quote;
		from = quote + 1;
	}
}

/** Whether a JSON text nests objects and arrays deeper than `limit` (checked before parsing). */
export function nestsDeeperThan(source: string, limit: number): boolean {
	let depth = 0;
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (c === 0x22) {
			i = endOfString(source, i);
			if (i < 0) return false; // not JSON: parsing says so
		} else if (c === 0x7b || c === 0x5b) {
			if (++depth > limit) return true;
		} else if (c === 0x7d || c === 0x5d) {
			depth--;
		}
	}
	return false;
}

/** Why a text is not JSON that may be read further. */
export type JsonProblem = { problem: 'forbidden-key' | 'not-json' | 'invalid'; detail: string };

/** The JSON value of a text, or why it cannot be read. */
export function parseHardenedJson(source: string, depth: number): { value: unknown } | JsonProblem {
	if (nestsDeeperThan(source, depth)) return { problem: 'invalid', detail: 'nested too deeply' };
	try {
		return { value: JSON.parse(source, refuseForbiddenKeys) };
	} catch (error) {
		if (error instanceof ForbiddenKeyError)
			return { problem: 'forbidden-key', detail: error.message };
		if (error instanceof SyntaxError) return { problem: 'not-json', detail: error.message };
		return { problem: 'invalid', detail: String(error) };
	}
}
