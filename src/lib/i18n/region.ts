/**
 * The region Footing gives advice for, apart from the language it speaks: it follows the
 * language on first use (Dutch: the Netherlands; English: general) and can then be changed in
 * Settings. Each check keeps the region it was made in, so its plan keeps its advice.
 */
import { REGIONS, type Language, type Region } from '$lib/checklist/types';
import { LANGUAGE_KEY, pickLanguage } from './language';

/** Where the chosen region is remembered on this device. */
export const REGION_KEY = 'footing.region';

/** Whether a value is one of the regions Footing knows. */
export function isRegion(value: unknown): value is Region {
	return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** The region that goes with a language when none was chosen. */
export function regionForLanguage(language: Language): Region {
	return language === 'nl' ? 'nl' : 'general';
}

/** The region of this device: the one chosen, else the one of its language. */
export function deviceRegion(): Region {
	try {
		const saved = localStorage.getItem(REGION_KEY);
		if (isRegion(saved)) return saved;
		const languages = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
		return regionForLanguage(pickLanguage(localStorage.getItem(LANGUAGE_KEY), languages));
	} catch {
		return 'general';
	}
}
