import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('pickLanguage', () => {
	it('keeps the language chosen before on this device', () => {
		expect(pickLanguage('nl', ['en-GB'])).toBe('nl');
	});

	it('takes the first browser language Footing speaks', () => {
		expect(pickLanguage(null, ['de-DE', 'nl-BE', 'en'])).toBe('nl');
		expect(pickLanguage(null, ['fr', 'EN-us'])).toBe('en');
	});

	it('ignores a saved value that is not a language and falls back to English', () => {
		expect(pickLanguage('klingon', ['fr-FR'])).toBe('en');
	});
});
