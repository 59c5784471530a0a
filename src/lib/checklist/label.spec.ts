import { describe, expect, it } from 'vitest';
import { cleanLabel, LABEL_MAX } from './label';

describe('cleanLabel', () => {
	it('trims spaces and joins runs of spaces', () => {
		expect(cleanLabel('  Mrs Jansen,\n  Dorpsstraat 1 ')).toEqual({
			ok: true,
			label: 'Mrs Jansen, Dorpsstraat 1'
		});
	});

	it('refuses an empty label', () => {
		expect(cleanLabel('   ')).toEqual({ ok: false, problem: 'missing' });
	});

	it('refuses a label of 500 characters', () => {
		expect(cleanLabel('a'.repeat(500))).toEqual({ ok: false, problem: 'too-long' });
	});

	it('counts an emoji as one character and keeps it', () => {
		const label = '🏠'.repeat(LABEL_MAX);
		expect(cleanLabel(label)).toEqual({ ok: true, label });
	});

	it('keeps markup as plain text', () => {
		expect(cleanLabel('<script>alert(1)</script>')).toEqual({
			ok: true,
			label: '<script>alert(1)</script>'
		});
	});
});
