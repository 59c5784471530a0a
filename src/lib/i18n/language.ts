import { LANGUAGES, type Language } from '$lib/checklist/types';

/** Where the chosen language is remembered on this device. */
export const LANGUAGE_KEY = 'footing.language';

/** Whether a value is one of the languages Footing speaks. */
export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one chosen before on this device, else the first of the
 * browser's preferred languages that Footing speaks, else English.
 */
export function pickLanguage(saved: string | null, preferred: readonly string[]): Language {
	if (isLanguage(saved)) return saved;
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLanguage(base)) return base;
	}
	return 'en';
}
