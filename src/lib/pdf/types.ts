/**
 * What the action plan PDF is made from: the check with its answers, the photos of its hazards,
 * for a follow-up visit how it compares with the visit before, and the reader's choices.
 */
import type { Check } from '$lib/checklist/check';
import type { PartId } from '$lib/checklist/parts';
import type { Plan, VisitComparison } from '$lib/checklist/plan';
import type { Answers } from '$lib/checklist/rules';
import type { Language, Region } from '$lib/checklist/types';
import type { Writer } from './layout';
import type { HazardPhotos } from './photos';
import type { SourceList } from './sources';
import type { PdfText } from './text';

/** A photo of an item in a room, as JPEG bytes already made small (at most 1600 px) by the app. */
export interface PdfPhoto {
	id: string;
	roomId: string;
	itemId: string;
	jpeg: Uint8Array;
	width: number;
	height: number;
	/** Carried from the visit before: "before" in "What changed", beside the one taken now. */
	earlier?: true;
	/** When it was taken (ms since 1970), for "Before (12 October 2026)". */
	takenAt?: number;
}

/** What the reader chose: the whole plan or one part, the appendix, the print size. */
export interface PdfOptions {
	/** Make one part's PDF alone (the handyman's jobs, the GP letter); absent: the whole plan. */
	part?: PartId;
	/** Add every answer at the end (for the care file); only with the whole plan. */
	appendix: boolean;
	/** Body text at 14 pt instead of 11 pt. */
	largePrint: boolean;
}

/** The options when none are chosen: the whole plan, no appendix, normal print. */
export const DEFAULT_PDF_OPTIONS: PdfOptions = { appendix: false, largePrint: false };

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
	options: PdfOptions;
}

/** What every part of the PDF draws with and from. */
export interface PdfContext {
	writer: Writer;
	text: PdfText;
	language: Language;
	region: Region;
	check: Check;
	answers: Answers;
	plan: Plan;
	photos: HazardPhotos;
	sources: SourceList;
}
