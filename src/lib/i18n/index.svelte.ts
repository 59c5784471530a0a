import type { Language } from '$lib/checklist/types';
import { en, type Messages } from './en';
import { LANGUAGE_KEY, pickLanguage } from './language';
import { nl } from './nl';

export type { Messages };
export const MESSAGES: Record<Language, Messages> = { en, nl };

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

	constructor() {
		if (typeof navigator !== 'undefined') {
			this.#language = pickLanguage(savedLanguage(), navigator.languages ?? [navigator.language]);
		}
	}

	get language(): Language {
		return this.#language;
	}

	/** Switch language, remember it on this device, and tell the page (`<html lang>`). */
	set language(language: Language) {
		this.#language = language;
		try {
			localStorage.setItem(LANGUAGE_KEY, language);
		} catch {
			// Not remembered, but the switch still works for this visit.
		}
	}

	/** The messages in the current language. */
	get t(): Messages {
		return MESSAGES[this.#language];
	}
}

export const locale = new Locale();
