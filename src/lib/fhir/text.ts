/**
 * Texts in FHIR: a text in one language with its translations into Footing's other languages
 * (the R4 core `translation` extension on the primitive's `_name` twin), and codings with their
 * display written the same way.
 */
import { LANGUAGES, type Language, type Text } from '../checklist/types';
import { HL7 } from './canonical';
import type { Coding, PrimitiveExtensions } from './types';

/** The translations of a text into every language but `language`, as R4 translation extensions. */
export function translations(text: Text, language: Language = 'en'): PrimitiveExtensions {
	return {
		extension: LANGUAGES.filter((other) => other !== language).map((other) => ({
			url: HL7.translation,
			extension: [
				{ url: 'lang', valueCode: other },
				{ url: 'content', valueString: text[other] }
			]
		}))
	};
}

/** A `text` in a language with its translations on `_text`. */
export function textOf(
	text: Text,
	language: Language = 'en'
): { text: string; _text: PrimitiveExtensions } {
	return { text: text[language], _text: translations(text, language) };
}

/** A coding with its display in a language and the display's translations. */
export function coding(
	system: string,
	code: string,
	display: Text,
	language: Language = 'en'
): Coding {
	return { system, code, display: display[language], _display: translations(display, language) };
}

/** The translation of a primitive into a language, if it has one. */
export function translationOf(
	extensions: PrimitiveExtensions | undefined,
	language: Language
): string | undefined {
	for (const extension of extensions?.extension ?? []) {
		if (extension.url !== HL7.translation) continue;
		const parts = extension.extension ?? [];
		if (parts.find((part) => part.url === 'lang')?.valueCode !== language) continue;
		return parts.find((part) => part.url === 'content')?.valueString;
	}
	return undefined;
}

/** The same words in every language (a name the user typed). */
export function sameInAll(words: string): Text {
	return Object.fromEntries(LANGUAGES.map((language) => [language, words])) as Text;
}
