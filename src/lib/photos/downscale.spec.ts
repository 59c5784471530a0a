import { describe, expect, it } from 'vitest';
import { fitWithin } from './downscale';

describe('fitWithin', () => {
	it('shrinks a landscape phone photo to 1600 px wide, keeping its shape', () => {
		expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
	});

	it('shrinks a portrait photo by its height', () => {
		expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
	});

	it('never enlarges a small picture', () => {
		expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
	});
});
