import type { Language, Region } from '$lib/checklist/types';
import type { Messages } from './en';
import { LANGUAGE_KEY, pickLanguage } from './language';
import { isRegion, REGION_KEY, regionForLanguage } from './region';

export type { Messages };

/**
 * Each language's messages load as a chunk of their own, so a page carries only the language
 * it shows; the other loads when the user switches (both are cached for offline use).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
	en: () => import('./en').then((module) => module.en),
	nl: () => import('./nl').then((module) => module.nl)
};

/**
 * A choice remembered on this device. Reading `localStorage` itself throws when site data is
 * blocked (or Footing is framed by another site): the app then starts in the browser's language.
 */
function saved(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** The language the app speaks now, shared by every screen. */
class Locale {
	#language = $state<Language>('en');
	#messages = $state.raw<Messages>();
	/** The region chosen in Settings; until then it follows the language. */
	#region = $state<Region | undefined>((saved(REGION_KEY) as Region | null) ?? undefined);
	/** Resolves when the messages of the starting language are loaded (the root layout waits). */
	readonly ready: Promise<void>;

	constructor() {
		const start =
			typeof navigator === 'undefined'
				? 'en'
				: pickLanguage(saved(LANGUAGE_KEY), navigator.languages ?? [navigator.language]);
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

	/** Whose advice new checks give: the region chosen, else the one of the language. */
	get region(): Region {
		return isRegion(this.#region) ? this.#region : regionForLanguage(this.#language);
	}

	/** Choose the region for new checks, and remember it on this device. */
	set region(region: Region) {
		this.#region = region;
		try {
			localStorage.setItem(REGION_KEY, region);
		} catch {
			// Not remembered, but the choice holds for this visit.
		}
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
