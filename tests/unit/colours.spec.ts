/**
 * The colour pairs Footing draws with keep their contrast in both themes: 4.5:1 for text,
 * 3:1 for the edges of controls and the focus ring (WCAG 1.4.3 and 1.4.11). axe checks the
 * text it sees on the screens; this checks every pair, also ones a screen shows only sometimes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');

/** The custom properties of the first block that follows `marker` (e.g. ':root {'). */
function palette(marker: string): Record<string, string> {
	const start = css.indexOf(marker);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!])
	);
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

const TEXT_PAIRS = [
	['text', 'bg'],
	['text', 'surface'],
	['text', 'surface-muted'],
	['text', 'surface-accent'],
	['text', 'hazard-bg'],
	['text', 'warning-bg'],
	['text-muted', 'bg'],
	['text-muted', 'surface'],
	['text-muted', 'surface-muted'],
	['accent-text', 'accent'],
	['accent', 'bg'],
	['accent', 'surface'],
	['accent-strong', 'surface'],
	['accent-strong', 'bg'],
	['hazard', 'surface'],
	['hazard', 'hazard-bg'],
	['safe', 'surface']
] as const;

const CONTROL_PAIRS = [
	['border', 'bg'],
	['border', 'surface'],
	['focus', 'bg'],
	['focus', 'surface'],
	['focus', 'surface-muted'],
	['hazard', 'bg']
] as const;

for (const [theme, marker] of [
	['light', ':root {'],
	['dark', '@media (prefers-color-scheme: dark) {']
] as const) {
	describe(`the ${theme} theme`, () => {
		const colours = { ...palette(':root {'), ...(theme === 'dark' ? palette(marker) : {}) };

		it('has every colour it is checked with', () => {
			for (const [a, b] of [...TEXT_PAIRS, ...CONTROL_PAIRS]) {
				expect(colours[a], a).toMatch(/^#/);
				expect(colours[b], b).toMatch(/^#/);
			}
		});

		for (const [fore, back] of TEXT_PAIRS) {
			it(`text in ${fore} on ${back} has at least 4.5:1`, () => {
				expect(contrast(colours[fore]!, colours[back]!)).toBeGreaterThanOrEqual(4.5);
			});
		}
		for (const [fore, back] of CONTROL_PAIRS) {
			it(`a control edge in ${fore} on ${back} has at least 3:1`, () => {
				expect(contrast(colours[fore]!, colours[back]!)).toBeGreaterThanOrEqual(3);
			});
		}
	});
}
