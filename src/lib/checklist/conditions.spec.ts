import { describe, expect, it } from 'vitest';
import { askWhenHolds } from './conditions';
import type { AnswerValue } from './types';

const answers = (values: Record<string, AnswerValue>) => (id: string) => values[id];

describe('askWhen', () => {
	it('asks an item without a condition always', () => {
		expect(askWhenHolds(undefined, answers({}))).toBe(true);
	});

	it('asks after the one answer it names, not after another or none', () => {
		const when = { item: 'a.x', answer: 'yes' } as const;
		expect(askWhenHolds(when, answers({ 'a.x': 'yes' }))).toBe(true);
		expect(askWhenHolds(when, answers({ 'a.x': 'no' }))).toBe(false);
		expect(askWhenHolds(when, answers({}))).toBe(false);
	});

	it('asks after any of several answers of one item', () => {
		const when = { item: 'a.x', answer: ['yes', 'no'] } as const;
		expect(askWhenHolds(when, answers({ 'a.x': 'no' }))).toBe(true);
		expect(askWhenHolds(when, answers({ 'a.x': 'na' }))).toBe(false);
	});

	it('asks after any one of several items (any), or only after all of them (all)', () => {
		const conditions = [
			{ item: 'a.x', answer: 'yes' },
			{ item: 'a.y', answer: 'yes' }
		] as const;
		expect(askWhenHolds({ any: conditions }, answers({ 'a.y': 'yes' }))).toBe(true);
		expect(askWhenHolds({ any: conditions }, answers({ 'a.x': 'no', 'a.y': 'no' }))).toBe(false);
		expect(askWhenHolds({ all: conditions }, answers({ 'a.y': 'yes' }))).toBe(false);
		expect(askWhenHolds({ all: conditions }, answers({ 'a.x': 'yes', 'a.y': 'yes' }))).toBe(true);
	});
});
