/**
 * Text safe for the PDF's built-in Helvetica, which only has the characters of WinAnsi
 * (Windows-1252). One character outside it garbles its whole line, so every text the PDF prints
 * goes through `pdfSafe` first: what has a sensible stand-in gets it, letters with an accent
 * the font lacks lose the accent, invisible and control characters go, the rest becomes "?".
 */

/** The characters WinAnsi adds to Latin-1 in its 0x80–0x9F range. */
const WINANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Stand-ins for characters the font lacks, where one reads naturally. */
const STAND_INS: Readonly<Record<string, string>> = {
	'\u0132': 'IJ',
	'\u0133': 'ij',
	'≥': '>=',
	'≤': '<=',
	'≠': '=/=',
	'≈': '~',
	'→': '->',
	'←': '<-',
	'↔': '<->',
	'⇒': '=>',
	'−': '-',
	'‐': '-',
	'‑': '-',
	'‒': '–',
	'―': '—',
	'′': '’',
	'″': '”',
	'‛': '‘',
	'‟': '“',
	'◦': '•',
	'▪': '•',
	'■': '•',
	'●': '•',
	'‣': '•',
	'⁃': '-',
	'✓': 'v',
	'✔': 'v',
	'✗': 'x',
	'✘': 'x',
	'☐': '[ ]',
	'☑': '[v]',
	'☒': '[x]',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ı: 'i',
	ħ: 'h',
	Ħ: 'H',
	ŧ: 't',
	Ŧ: 'T',
	ŋ: 'ng',
	Ŋ: 'NG'
};

/** What prints nothing and is dropped: soft hyphen, zero-width, direction marks, variation selectors, skin tones. */
const INVISIBLE: readonly [number, number][] = [
	[0x00ad, 0x00ad],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x2064],
	[0x2066, 0x2069],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff],
	[0x1f3fb, 0x1f3ff],
	[0xe0100, 0xe01ef]
];
/** Spaces of every width, shown as a plain space. */
const SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Line breaks of every kind, shown as a new line. */
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029\v\f]/g;
/** A combining accent, left over when a letter is taken apart. */
const ACCENT = /[\u0300-\u036f]/;
const ACCENTS = /[\u0300-\u036f]/g;

/** Whether a character prints nothing at all. */
function isInvisible(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return INVISIBLE.some(([first, last]) => code >= first && code <= last);
}

/** Whether a character is a control character (C0 other than tab and line breaks, DEL, C1). */
function isControl(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Whether Helvetica in WinAnsi has this character (a single code point). */
function fontHas(char: string): boolean {
	const code = char.codePointAt(0) ?? 0;
	return (
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xff) ||
		WINANSI_EXTRAS.includes(char)
	);
}

/** Whether a character is printed as it is: the font has it, and it is no special space or hyphen. */
function printsAsIs(char: string): boolean {
	return fontHas(char) && char !== '\u00a0' && char !== '\u00ad';
}

/** The stand-in for one character the font lacks, or "?" when there is none. */
function standIn(char: string): string {
	const known = STAND_INS[char];
	if (known !== undefined) return known;
	if (isInvisible(char) || ACCENT.test(char)) return '';
	if (SPACE.test(char)) return ' ';
	if (isControl(char)) return '';
	// Letters with an accent the font lacks (ő, ş, ć) keep their letter; ligatures and
	// full-width forms (ﬁ, Ａ) become their plain letters.
	const plain = char.normalize('NFKD').replace(ACCENTS, '');
	if (plain && [...plain].every(fontHas)) return plain;
	return '?';
}

/** Text the PDF font can print: see the file's comment. New lines are kept as "\n". */
export function pdfSafe(text: string): string {
	const unified = text.normalize('NFC').replace(LINE_BREAK, '\n');
	let safe = '';
	for (const char of unified) {
		safe += char === '\n' || printsAsIs(char) ? char : standIn(char);
	}
	return safe;
}

/** Text on one line: every line break becomes a space. */
export function pdfSafeLine(text: string): string {
	return pdfSafe(text).replace(/\n/g, ' ');
}
