import { describe, expect, it } from 'vitest';
import { HybridClock, isStamp, STAMP_MAX } from './clock';

const YEAR = 365.25 * 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('the hybrid logical clock', () => {
	it('gives the wall-clock time while the clock runs normally', () => {
		let wall = NOW;
		const clock = new HybridClock(() => wall);
		expect(clock.tick()).toBe(NOW);
		wall += 5000;
		expect(clock.tick()).toBe(NOW + 5000);
	});

	for (let years = -10; years <= 10; years++) {
		it(`always stamps a later change higher when the wall clock jumps ${years} years, and back`, () => {
			let wall = NOW;
			const clock = new HybridClock(() => wall);
			const stamps = [clock.tick()];
			wall = NOW + years * YEAR;
			stamps.push(clock.tick(), clock.tick());
			wall = NOW;
			stamps.push(clock.tick());
			wall = NOW + 1;
			stamps.push(clock.tick());
			for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThan(stamps[i - 1]!);
		});

		it(`stamps an edit above a stamp seen from a clock ${years} years off`, () => {
			const clock = new HybridClock(() => NOW);
			const seen = Math.round(NOW + years * YEAR);
			clock.observe(seen);
			expect(clock.tick()).toBeGreaterThan(seen);
			expect(clock.tick()).toBeGreaterThan(seen);
		});
	}

	it('ignores what is not a stamp, and never takes one from a clock past 2100', () => {
		const clock = new HybridClock(() => Date.UTC(2300, 0, 1));
		clock.observe('later');
		clock.observe(Number.POSITIVE_INFINITY);
		clock.observe(-5);
		clock.observe(1.5);
		expect(clock.tick()).toBe(STAMP_MAX);
		expect(isStamp(clock.tick())).toBe(true);
		expect(new HybridClock(() => Number.NaN).tick()).toBe(1);
		expect(new HybridClock(() => -1e12).tick()).toBe(1);
	});

	it('reads the stamps of answers', () => {
		const clock = new HybridClock(() => NOW);
		clock.observeAnswers([{ changedAt: { value: NOW + 10, note: NOW + 20 } }, { changedAt: {} }]);
		expect(clock.last).toBe(NOW + 20);
		expect(clock.tick()).toBe(NOW + 21);
	});
});
