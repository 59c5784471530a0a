import { describe, expect, it, vi } from 'vitest';
import { fixtureAnswersWithHazards, fixtureCheck, fixturePhotos } from './fixture';
import { planPdfInput, type StoredPhoto } from './input';
import { itemById } from '$lib/checklist/catalogue';
import type { HazardItem } from '$lib/checklist/types';
import { buildPlanPdf } from './plan-pdf';
import { readPdf } from './read-pdf';

/** The browser's downscaling, failing as it does on a photo it cannot decode or draw. */
vi.mock('$lib/photos/downscale', () => ({
	PRINT: { maxSide: 1000, quality: 0.8 },
	downscalePhoto: vi.fn(() => Promise.reject(new Error('The photo could not be drawn')))
}));

describe('the photos of the plan, when the browser cannot make them smaller', () => {
	it('prints the stored photos as they are, and leaves out one that is no picture', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const check = fixtureCheck();
		const answers = fixtureAnswersWithHazards(check);
		const [good, broken] = fixturePhotos();
		const stored: StoredPhoto[] = [
			{ ...good!, blob: new Blob([good!.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }) },
			{ ...broken!, blob: new Blob(['not a picture'], { type: 'image/jpeg' }) }
		];
		const input = await planPdfInput({
			check,
			answers,
			language: 'en',
			photos: stored,
			now: new Date(Date.UTC(2026, 10, 25))
		});
		expect(input.photos.map((photo) => photo.id)).toEqual([good!.id, broken!.id]);
		expect(input.photos[0]!.jpeg).toEqual(good!.jpeg);
		// The plan is made all the same, with the photo that is a picture.
		const bytes = await buildPlanPdf(input);
		const pdf = new TextDecoder('latin1').decode(bytes);
		expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
		// The plan says which item's photo is missing, beside that item.
		const read = await readPdf(bytes);
		const said = 'A photo of this item could not be printed: the file is damaged.';
		expect(read.text).toContain(said);
		const finding = itemById(broken!.itemId) as HazardItem;
		expect(read.text.indexOf(said)).toBeGreaterThan(read.text.indexOf(finding.finding.en));
	});
});
