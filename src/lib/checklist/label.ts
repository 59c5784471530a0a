import { formatDate } from '$lib/i18n/format';
import { lengthOf, LIMITS } from './limits';
import type { Language } from './types';

/** The longest label a home may have: enough for a name and an address. */
export const LABEL_MAX = LIMITS.label;

export type LabelResult =
	{ ok: true; label: string } | { ok: false; problem: 'missing' | 'too-long' };

export type NameResult = { ok: true; name: string } | { ok: false; problem: 'too-long' };

/** Half of a character written in two UTF-16 units, without its other half: shows as a box. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters that separate words (tab, line ends, NEL, the information separators). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SEPARATING_CONTROL = /[\t\n\v\f\r\u001C-\u001F\u0085]/g;

/** Every other C0 and C1 control character, and DEL. */
const CONTROL = /\p{Cc}/gu;

/**
 * Characters that change how text around them is shown or hide text, and that no name needs:
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * can show "Mrs ‮gnp.exe‬ Jansen" as "Mrs exe.png Jansen"; the zero-width space, word joiner and
 * invisible operators, the byte-order mark, the soft hyphen, the Mongolian vowel separator,
 * the deprecated format characters (U+206A–U+206F) and the interlinear annotation marks.
 * The left-to-right and right-to-left marks stay: they cannot reorder letters, and mixed
 * Arabic or Hebrew text with numbers needs them.
 */
const HIDING =
	/[\u202A-\u202E\u2066-\u2069\u200B\u2060-\u2064\uFEFF\u00AD\u180E\u206A-\u206F\uFFF9-\uFFFB]/g;

/**
 * Tag characters (U+E0000–U+E007F) are invisible; their only use is a flag such as Scotland's
 * (a black flag, lowercase tag letters, a cancel tag). Such a flag stays; any other tag
 * character, e.g. text hidden in tags, goes.
 */
const TAGS =
	/(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,8}\u{E007F})|[\u{E0000}-\u{E007F}]/gu;

/** A run of zero-width joiners and non-joiners. */
const JOINERS = /[\u200C\u200D]+/g;

/** A character that shows something: not a space, format character, lone mark or blank filler. */
const VISIBLE = /[^\s\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * A joiner (U+200D) or non-joiner (U+200C) stays only between two characters of a word: emoji
 * families (👨‍👩‍👧), some flags (🏳️‍🌈) and Persian or Indic words need it there. At either end of
 * the text or beside a space it shows nothing and only makes two equal names differ.
 */
function keepInnerJoiners(text: string): string {
	return text.replace(JOINERS, (run, at: number) => {
		const before = text[at - 1];
		const after = text[at + run.length];
		const inWord = before && after && !/\s/.test(before) && !/\s/.test(after);
		return inWord ? run[0]! : '';
	});
}

/**
 * A text the user typed or a file holds, made safe to show as a name: control characters and
 * characters that reorder or hide text removed (see HIDING), zero-width joiners kept only
 * inside a word, spaces at the ends and runs of spaces joined, accents written one way (NFC).
 * Empty when nothing visible is left. Markup needs no cleaning: names are always shown as text.
 */
export function cleanText(raw: string): string {
	const text = keepInnerJoiners(
		raw
			.replace(LONE_SURROGATE, '')
			.replace(SEPARATING_CONTROL, ' ')
			.replace(CONTROL, '')
			.replace(HIDING, '')
			.replace(TAGS, (_tag, flag: string | undefined) => flag ?? '')
	)
		.replace(/\s+/g, ' ')
		.trim()
		.normalize('NFC');
	return VISIBLE.test(text) ? text : '';
}

/**
 * A home's label as the user typed it (or a backup file holds it), cleaned by cleanText.
 * Empty, or longer than LABEL_MAX characters once cleaned, is refused.
 */
export function cleanLabel(raw: string): LabelResult {
	const label = cleanText(raw);
	if (!label) return { ok: false, problem: 'missing' };
	if (lengthOf(label) > LABEL_MAX) return { ok: false, problem: 'too-long' };
	return { ok: true, label };
}

/**
 * A room's or a person's name, cleaned by cleanText. Empty is a name too: the screens then
 * show the kind's name ("Bedroom 2", "Person 2"). Longer than LIMITS.roomName is refused.
 */
export function cleanName(raw: string): NameResult {
	const name = cleanText(raw);
	if (lengthOf(name) > LIMITS.roomName) return { ok: false, problem: 'too-long' };
	return { ok: true, name };
}

const UNTITLED: Record<Language, string> = { en: 'Check of', nl: 'Check van' };

/** The label for a check that has none (e.g. from a backup file): "Check of 12 March 2025". */
export function untitledLabel(visitDate: string, language: Language): string {
	return `${UNTITLED[language]} ${formatDate(visitDate, language)}`;
}
