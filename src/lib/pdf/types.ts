/**
 * What the action plan PDF is made from: the check with its answers, the photos of its hazards
 * and, for a follow-up visit, how it compares with the visit before.
 */
import type { Check } from '$lib/checklist/check';
import type { Plan, VisitComparison } from '$lib/checklist/plan';
import type { Answers } from '$lib/checklist/rules';
import type { Language } from '$lib/checklist/types';
import type { Writer } from './layout';
import type { HazardPhotos } from './photos';
import type { PdfText } from './text';

/** A photo of an item in a room, as JPEG bytes already made small (at most 1600 px) by the app. */
export interface PdfPhoto {
	id: string;
	roomId: string;
	itemId: string;
	jpeg: Uint8Array;
	width: number;
	height: number;
}

/** Everything the action plan PDF shows. */
export interface PlanPdfInput {
	check: Check;
	answers: Answers;
	language: Language;
	/** Photos of the check; only those of items that are hazards are printed. */
	photos: PdfPhoto[];
	/** When the PDF is made: printed in the footer. */
	now: Date;
	/** For a follow-up visit: what changed since the earlier visit, and its date (YYYY-MM-DD). */
	comparison?: VisitComparison & { earlierDate: string };
}

/** What every part of the PDF draws with and from. */
export interface PdfContext {
	writer: Writer;
	text: PdfText;
	language: Language;
	check: Check;
	answers: Answers;
	plan: Plan;
	photos: HazardPhotos;
}
