import { describe, expect, it } from 'vitest';
import { clip, lengthOf, LIMITS, utf8Length } from './limits';

describe('text limits', () => {
	it('count an emoji or an accented letter as one character', () => {
		expect(lengthOf('Jänsen')).toBe(6);
		expect(lengthOf('👵🏽 Oma')).toBe(6);
	});

	it('cut a text at a number of characters, never inside an emoji', () => {
		const name = 'a'.repeat(LIMITS.roomName - 1) + '😀😀';
		const cut = clip(name, LIMITS.roomName);
		expect(lengthOf(cut)).toBe(LIMITS.roomName);
		expect(cut.endsWith('😀')).toBe(true);
		expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
		expect(clip('short', LIMITS.roomName)).toBe('short');
	});

	it('count UTF-8 bytes as an encoder does', () => {
		for (const text of ['', 'abc', 'ëé€', '😀 x', '\uD800 lone', 'z\uDC00']) {
			expect(utf8Length(text), text).toBe(new TextEncoder().encode(text).length);
		}
	});
});
