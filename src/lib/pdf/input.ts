/**
 * What the action plan PDF is made from, gathered from what is stored: the photos of the plan's
 * hazards only, made smaller for print, and for a follow-up visit how it compares with the one
 * before. Runs in the browser (photos are re-encoded on a canvas).
 */
import { answerKey, type Answer, type Check } from '$lib/checklist/check';
import { compareVisits, planActions } from '$lib/checklist/plan';
import type { Answers } from '$lib/checklist/rules';
import type { Language } from '$lib/checklist/types';
import { downscalePhoto, PRINT } from '$lib/photos/downscale';
import { DEFAULT_PDF_OPTIONS, type PdfOptions, type PdfPhoto, type PlanPdfInput } from './types';

/** A photo as stored: its Blob and where it belongs. */
export interface StoredPhoto {
	id: string;
	roomId: string;
	itemId: string;
	blob: Blob;
	createdAt?: number;
	/** Carried from the visit before. */
	fromPrevious?: boolean;
}

/** A check as stored, with everything its plan may show. */
export interface PlanSource {
	check: Check;
	answers: Answers;
	language: Language;
	/** Every photo of the check; only those of the plan's hazards are printed. */
	photos: readonly StoredPhoto[];
	/** The visit this one follows up, when there is one. */
	earlier?: { check: Check; answers: ReadonlyMap<string, Answer> };
	now: Date;
	/** What the reader chose (one part alone, the appendix, large print); default: none. */
	options?: Partial<PdfOptions>;
}

/** The input of `buildPlanPdf`, made from what is stored. */
export async function planPdfInput(source: PlanSource): Promise<PlanPdfInput> {
	const { check, answers, earlier } = source;
	const comparison = earlier && compareVisits(earlier, { check, answers });
	const shown = [...planActions(check, answers), ...(comparison?.resolved ?? [])];
	const hazards = new Set(shown.map((a) => answerKey(a.room.id, a.item.id)));
	const printed = source.photos.filter((photo) =>
		hazards.has(answerKey(photo.roomId, photo.itemId))
	);
	const photos = await Promise.all(printed.map(printPhoto));
	return {
		check,
		answers,
		language: source.language,
		photos,
		now: source.now,
		options: { ...DEFAULT_PDF_OPTIONS, ...source.options },
		comparison: comparison && { ...comparison, earlierDate: earlier.check.visitDate }
	};
}

/**
 * A smaller copy of a photo for print: sharp on paper, light to share. When the browser cannot
 * make one (out of memory, a photo it cannot decode), the stored JPEG is printed as it is; bytes
 * that are no JPEG at all are then left out when the PDF is drawn (photos.ts).
 */
async function printPhoto(photo: StoredPhoto): Promise<PdfPhoto> {
	const print = await downscalePhoto(photo.blob, PRINT).catch((error: unknown) => {
		console.error(error);
		return { blob: photo.blob, width: 0, height: 0 };
	});
	return {
		id: photo.id,
		roomId: photo.roomId,
		itemId: photo.itemId,
		width: print.width,
		height: print.height,
		jpeg: new Uint8Array(await print.blob.arrayBuffer()),
		...(photo.fromPrevious ? { earlier: true as const } : {}),
		...(photo.createdAt !== undefined ? { takenAt: photo.createdAt } : {})
	};
}
