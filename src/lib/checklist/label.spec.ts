import { describe, expect, it } from 'vitest';
import { cleanLabel, cleanName, LABEL_MAX, untitledLabel } from './label';
import { LIMITS } from './limits';

/** What a label shows, or the problem that refuses it. */
function shown(raw: string): string {
	const result = cleanLabel(raw);
	return result.ok ? result.label : `refused: ${result.problem}`;
}

const FAMILY = '👨\u200D👩\u200D👧\u200D👦'; // man, woman, girl, boy joined by ZWJ
const SCOTLAND = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'; // a flag of tags
const RAINBOW = '🏳️\u200D🌈';

describe('cleanLabel', () => {
	it('trims spaces and joins runs of spaces', () => {
		expect(cleanLabel('  Mrs Jansen,\n  Dorpsstraat 1 ')).toEqual({
			ok: true,
			label: 'Mrs Jansen, Dorpsstraat 1'
		});
	});

	it('refuses an empty label', () => {
		expect(cleanLabel('   ')).toEqual({ ok: false, problem: 'missing' });
	});

	it('refuses a label of 500 characters', () => {
		expect(cleanLabel('a'.repeat(500))).toEqual({ ok: false, problem: 'too-long' });
	});

	it('counts an emoji as one character and keeps it', () => {
		const label = '🏠'.repeat(LABEL_MAX);
		expect(cleanLabel(label)).toEqual({ ok: true, label });
	});

	it('keeps markup as plain text', () => {
		expect(cleanLabel('<script>alert(1)</script>')).toEqual({
			ok: true,
			label: '<script>alert(1)</script>'
		});
	});

	it('drops a right-to-left override, so "Mrs exe.png Jansen" can no longer be faked', () => {
		expect(shown('Mrs \u202Egnp.exe\u202C Jansen')).toBe('Mrs gnp.exe Jansen');
		// Every embedding, override and isolate, opened or closed.
		const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
		expect(shown(`Oma${controls} Els`)).toBe('Oma Els');
		expect(shown(controls)).toBe('refused: missing');
	});

	it('refuses a label of control characters only, and drops them inside a name', () => {
		expect(shown('\u0000\u0007')).toBe('refused: missing');
		expect(shown('\u0085\u009B\u007F')).toBe('refused: missing'); // DEL and C1 controls
		expect(shown('Jan\u0000sen')).toBe('Jansen');
		expect(shown('Jan\u001B[31msen')).toBe('Jan[31msen'); // a terminal escape loses its ESC
		expect(shown('Mrs\tJansen\r\nDorpsstraat')).toBe('Mrs Jansen Dorpsstraat');
	});

	it('refuses a label that shows nothing: zero-width, invisible or joiner characters only', () => {
		for (const invisible of ['\u200B', '\u200B \u200C\u200D', '\uFEFF', '\u2060', '\u00AD']) {
			expect(shown(invisible), JSON.stringify(invisible)).toBe('refused: missing');
		}
		expect(shown('\u3164')).toBe('refused: missing'); // the Hangul filler, a blank "letter"
		expect(shown('\u2800')).toBe('refused: missing'); // a blank braille cell
		expect(shown('\u0301\u0308')).toBe('refused: missing'); // accents on nothing
		expect(shown('\u{E0041}\u{E0042}')).toBe('refused: missing'); // hidden tag letters
	});

	it('drops zero-width characters that only hide or split a name', () => {
		expect(shown('Jan\u200Bsen')).toBe('Jansen');
		expect(shown('Jansen\u200D')).toBe('Jansen');
		expect(shown('\u200CJansen \u200D Els')).toBe('Jansen Els');
		expect(shown('Jan\u{E0041}\u{E0042}sen')).toBe('Jansen'); // text smuggled in tags
	});

	it('keeps emoji families, flags and joined letters whole', () => {
		expect(shown(`Fam. Jansen ${FAMILY}`)).toBe(`Fam. Jansen ${FAMILY}`);
		expect(shown(`${SCOTLAND} ${RAINBOW}`)).toBe(`${SCOTLAND} ${RAINBOW}`);
		expect(shown('👵🏽 Oma')).toBe('👵🏽 Oma');
		expect(shown('❤️ Opa')).toBe('❤️ Opa'); // with its variation selector
		// Persian and Hindi need their joiners between letters.
		expect(shown('می\u200Cخواهم')).toBe('می\u200Cخواهم');
		expect(shown('क्\u200Dष')).toBe('क्\u200Dष');
	});

	it('keeps Dutch accents, and writes them one way however they were typed', () => {
		expect(shown('Mevr. Ëlla Çelik-de Vries, Hoofdstraat 1')).toBe(
			'Mevr. Ëlla Çelik-de Vries, Hoofdstraat 1'
		);
		// "e" + combining diaeresis, as some keyboards send it, becomes the single letter ë.
		expect(shown('Mevr. Dae\u0308len')).toBe('Mevr. Da\u00EBlen');
	});

	it('keeps right-to-left names, which need no override to show', () => {
		expect(shown('محمد العلي')).toBe('محمد العلي');
		expect(shown('דוד כהן')).toBe('דוד כהן');
	});

	it('drops half of an emoji (a lone surrogate), which would show as a box', () => {
		expect(shown('Jansen \uD83D')).toBe('Jansen');
		expect(shown('\uDE00Jansen')).toBe('Jansen');
	});

	it('counts the length after cleaning', () => {
		expect(shown('a'.repeat(LABEL_MAX) + '\u202E\u200B')).toBe('a'.repeat(LABEL_MAX));
	});
});

describe('cleanName (a room or a person)', () => {
	it('cleans as a label does', () => {
		expect(cleanName('  Mrs \u202Egnp.exe\u202C\u0000 Jansen ')).toEqual({
			ok: true,
			name: 'Mrs gnp.exe Jansen'
		});
		expect(cleanName(`Kamer van ${FAMILY}`)).toEqual({ ok: true, name: `Kamer van ${FAMILY}` });
	});

	it('gives an empty name for nothing visible: the screens then show the kind’s name', () => {
		for (const raw of ['', '   ', '\u0000\u0007', '\u200B', '\u202E\u202C']) {
			expect(cleanName(raw), JSON.stringify(raw)).toEqual({ ok: true, name: '' });
		}
	});

	it('refuses a name longer than the limit', () => {
		expect(cleanName('a'.repeat(LIMITS.roomName + 1))).toEqual({ ok: false, problem: 'too-long' });
		expect(cleanName('a'.repeat(LIMITS.roomName))).toEqual({
			ok: true,
			name: 'a'.repeat(LIMITS.roomName)
		});
	});
});

describe('untitledLabel', () => {
	it('names a check that has no label by its visit date, in the language', () => {
		expect(untitledLabel('2025-03-12', 'en')).toBe('Check of 12 March 2025');
		expect(untitledLabel('2025-03-12', 'nl')).toBe('Check van 12 maart 2025');
	});

	it('is a label the form would accept', () => {
		const label = untitledLabel('2025-03-12', 'nl');
		expect(cleanLabel(label)).toEqual({ ok: true, label });
	});
});
