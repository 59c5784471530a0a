import type { Language } from '$lib/checklist/types';
import type { Messages } from './en';
import { LANGUAGE_KEY, pickLanguage } from './language';

export type { Messages };

/**
 * Each language's messages load as a chunk of their own, so a page carries only the language
 * it shows; the other loads when the user switches (both are cached for offline use).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
	en: () => import('./en').then((module) => module.en),
	nl: () => import('./nl').then((module) => module.nl)
};

function savedLanguage(): string | null {
	try {
		return localStorage.getItem(LANGUAGE_KEY);
	} catch {
		return null; // storage blocked: fall back to the browser's languages
	}
}

/** The language the app speaks now, shared by every screen. */
class Locale {
	#language = $state<Language>('en');
	#messages = $state.raw<Messages>();
	/** Resolves when the messages of the starting language are loaded (the root layout waits). */
	readonly ready: Promise<void>;

	constructor() {
		const start =
			typeof navigator === 'undefined'
				? 'en'
				: pickLanguage(savedLanguage(), navigator.languages ?? [navigator.language]);
		this.ready = this.#switchTo(start);
	}

	get language(): Language {
		return this.#language;
	}

	/** Switch language (text and `<html lang>` change together) and remember it on this device. */
	set language(language: Language) {
		try {
			localStorage.setItem(LANGUAGE_KEY, language);
		} catch {
			// Not remembered, but the switch still works for this visit.
		}
		void this.#switchTo(language);
	}

	/** The messages in the current language. */
	get t(): Messages {
		return this.#messages!;
	}

	async #switchTo(language: Language): Promise<void> {
		const messages = await LOADERS[language]();
		this.#messages = messages;
		this.#language = language;
	}
}

export const locale = new Locale();
