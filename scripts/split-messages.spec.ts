import { describe, expect, it } from 'vitest';
import { messagesPart } from './split-messages';

const code = `const count = (n) => String(n);
export const en = { app: { name: 'Footing' }, backup: { title: 'Backups', ready: (n) => count(n), 'odd-key': 'x' }, plan: { title: 'Plan' } };`;
const paths = ['app', 'backup.title'];

/** The messages object a part's code exports. */
function run(part: string): unknown {
	return new Function(`${part.replace('export const en', 'const en')}; return en;`)();
}

describe('splitting messages at build time', () => {
	it('keeps the start page’s sections and messages in the start part', () => {
		expect(run(messagesPart(code, 'en', paths, 'start'))).toEqual({
			app: { name: 'Footing' },
			backup: { title: 'Backups' }
		});
	});

	it('keeps everything else in the rest, helpers included', () => {
		const rest = run(messagesPart(code, 'en', paths, 'rest')) as {
			backup: { ready: (n: number) => string };
		};
		expect(Object.keys(rest)).toEqual(['backup', 'plan']);
		expect(Object.keys(rest.backup)).toEqual(['ready', 'odd-key']);
		expect(rest.backup.ready(3)).toBe('3');
	});

	it('stops the build when a listed message does not exist', () => {
		expect(() => messagesPart(code, 'en', ['backup.gone'], 'start')).toThrow(/backup\.gone/);
		expect(() => messagesPart(code, 'nl', paths, 'start')).toThrow(/export const nl/);
	});
});
