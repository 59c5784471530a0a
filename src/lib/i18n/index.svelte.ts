import type { Language, Region } from '$lib/checklist/types';
import type { Messages } from './en';
import { LANGUAGE_KEY, pickLanguage } from './language';
import { joinMessages } from './parts';
import { isRegion, REGION_KEY, regionForLanguage } from './region';

export type { Messages };

type Part = Record<string, Record<string, unknown>>;

/**
 * Each language's messages load as chunks of their own, so a page carries only the language it
 * shows; the other loads when the user switches (both are cached for offline use). Each comes
 * in two parts (./parts.ts): what the start page shows, and the rest.
 */
const LOADERS: Record<Language, { start: () => Promise<Part>; rest: () => Promise<Part> }> = {
	en: {
		start: () => import('./en?part=start').then((module) => module.en),
		rest: () => import('./en?part=rest').then((module) => module.en)
	},
	nl: {
		start: () => import('./nl?part=start').then((module) => module.nl),
		rest: () => import('./nl?part=rest').then((module) => module.nl)
	}
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
	/**
	 * Resolves when the start page's messages in the starting language are loaded: the root
	 * layout waits for them on the start page.
	 */
	readonly ready: Promise<void>;
	#complete: Promise<void>;

	constructor() {
		const start =
			typeof navigator === 'undefined'
				? 'en'
				: pickLanguage(saved(LANGUAGE_KEY), navigator.languages ?? [navigator.language]);
		this.ready = LOADERS[start].start().then((part) => {
			this.#messages = part as Messages;
			this.#language = start;
		});
		// The rest follows once the start page has its part, so it does not hold up the first paint.
		this.#complete = this.ready.then(async () => {
			const rest = await LOADERS[start].rest();
			if (this.#language === start && this.#messages) {
				this.#messages = joinMessages<Messages>(this.#messages, rest);
			}
		});
	}

	/**
	 * Resolves when every message of the current language is loaded: every page but the start
	 * page waits for it (the root layout).
	 */
	get complete(): Promise<void> {
		return this.#complete;
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
		this.#complete = this.#switchTo(language);
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

	/** Both parts of the language's messages are loaded before its text shows. */
	async #switchTo(language: Language): Promise<void> {
		const [start, rest] = await Promise.all([LOADERS[language].start(), LOADERS[language].rest()]);
		this.#messages = joinMessages<Messages>(start, rest);
		this.#language = language;
	}
}

export const locale = new Locale();
