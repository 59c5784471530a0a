/**
 * How long each text the user types may be, said once for the inputs (`maxlength`), the checks
 * before saving and the backup file's validation. Lengths count characters as people see them
 * (Unicode code points), so an emoji is one character and a text is never cut inside one.
 * A browser's `maxlength` counts UTF-16 units, so an input never lets through more than this.
 */
export const LIMITS = {
	/** A home's label: a name and an address. */
	label: 120,
	/** A room's own name, or a person's name. */
	roomName: 120,
	/** A note on an answer. */
	note: 4000,
	/** A rewritten fix of an action. */
	fix: 4000,
	/** An organisation's client number (or a BSN) of a person. */
	clientNumber: 40
} as const;

/** The length of a text in characters (code points). */
export function lengthOf(text: string): number {
	let length = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// A high surrogate followed by a low one is one character.
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i += 1;
		}
		length += 1;
	}
	return length;
}

/** A text cut to at most `max` characters, never inside one. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text; // UTF-16 units >= code points: nothing to cut
	let end = 0;
	let count = 0;
	for (const ch of text) {
		if (count === max) break;
		end += ch.length;
		count += 1;
	}
	return text.slice(0, end);
}

/** The number of bytes a text takes in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i += 1;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}
