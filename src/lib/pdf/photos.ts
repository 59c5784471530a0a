/**
 * The photos printed in the plan: only those of items that are hazards in it (or, on a
 * follow-up, were fixed since), each embedded in the PDF once (by alias), scaled to fit. An
 * action shows the photos taken at this visit, or when there are none the ones carried from the
 * visit before; "What changed" shows the two side by side. Bytes that are no readable JPEG are
 * left out, so one broken photo never stops the plan.
 */
import { answerKey } from '$lib/checklist/check';
import type { Action } from '$lib/checklist/plan';
import type { Band, Writer } from './layout';
import type { PdfPhoto } from './types';

/** The space between photos and below a row of them, in mm. */
const GAP = 3;

/** The JPEG markers that start a frame header, which holds the picture's size. */
const FRAME_MARKERS = new Set([
	0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf
]);

/** The size in pixels a JPEG's frame header gives, or undefined when it is no readable JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return undefined;
		const marker = bytes[at + 1]!;
		if (marker === 0xff) {
			at += 1; // a fill byte before a marker
			continue;
		}
		if (FRAME_MARKERS.has(marker)) {
			const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
			const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
			return width > 0 && height > 0 ? { width, height } : undefined;
		}
		if (marker === 0xda) return undefined; // the picture's data starts before any frame header
		at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
	}
	return undefined;
}

/** A photo with its size in pixels, read from its own bytes. */
interface SizedPhoto {
	photo: PdfPhoto;
	pixels: { width: number; height: number };
}

/** A photo with its size on paper, in mm. */
export interface PlacedPhoto {
	photo: PdfPhoto;
	width: number;
	height: number;
}

/** The size a photo is printed at: as large as allowed, keeping its shape. */
function place({ photo, pixels }: SizedPhoto, maxWidth: number, maxHeight: number): PlacedPhoto {
	const scale = Math.min(maxWidth / pixels.width, maxHeight / pixels.height);
	return { photo, width: pixels.width * scale, height: pixels.height * scale };
}

/** The photos of the plan's hazards, by room and item. */
export class HazardPhotos {
	private readonly byHazard = new Map<string, SizedPhoto[]>();

	private readonly earlier = new Map<string, SizedPhoto[]>();

	/** How many photos of each hazard could not be printed (no readable picture). */
	private readonly unprintable = new Map<string, number>();

	/** The photos of `actions`, and those of `fixed` (hazards of the visit before, fixed since). */
	constructor(
		photos: readonly PdfPhoto[],
		actions: readonly Action[],
		fixed: readonly Action[] = []
	) {
		const keys = new Set(
			[...actions, ...fixed].map((action) => answerKey(action.room.id, action.item.id))
		);
		const seen = new Set<string>();
		for (const photo of photos) {
			const key = answerKey(photo.roomId, photo.itemId);
			const pixels = jpegSize(photo.jpeg);
			if (!keys.has(key) || seen.has(photo.id)) continue;
			seen.add(photo.id);
			if (!pixels) {
				this.unprintable.set(key, (this.unprintable.get(key) ?? 0) + 1);
				continue;
			}
			const byKey = photo.earlier ? this.earlier : this.byHazard;
			byKey.set(key, [...(byKey.get(key) ?? []), { photo, pixels }]);
		}
	}

	/**
	 * An action's photos, each at most `maxWidth` by `maxHeight` mm: those of this visit, else
	 * the ones carried from the visit before (the latest picture of the hazard either way).
	 */
	of(action: Action, maxWidth: number, maxHeight: number): PlacedPhoto[] {
		const key = answerKey(action.room.id, action.item.id);
		const sized = this.byHazard.get(key) ?? this.earlier.get(key) ?? [];
		return sized.map((photo) => place(photo, maxWidth, maxHeight));
	}

	/** How many of an action's photos are left out because they hold no readable picture. */
	leftOut(action: Action): number {
		return this.unprintable.get(answerKey(action.room.id, action.item.id)) ?? 0;
	}

	/**
	 * Before and after: the first photo carried from the visit before and the first taken now,
	 * when there is a photo from before.
	 */
	beforeAfter(
		action: Action,
		maxWidth: number,
		maxHeight: number
	): { before: PlacedPhoto; after?: PlacedPhoto } | undefined {
		const key = answerKey(action.room.id, action.item.id);
		const before = this.earlier.get(key)?.[0];
		if (!before) return undefined;
		const after = this.byHazard.get(key)?.[0];
		return {
			before: place(before, maxWidth, maxHeight),
			after: after && place(after, maxWidth, maxHeight)
		};
	}

	/** Draw a placed photo with its top-left corner at (`x`, `top`). */
	static draw(writer: Writer, placed: PlacedPhoto, x: number, top: number): void {
		const { photo, width, height } = placed;
		writer.photo(photo.jpeg, x, top, width, height, `photo-${photo.id}`);
	}

	/** Bands that draw photos side by side from `x`, a new row when `width` is used. */
	static rows(writer: Writer, photos: readonly PlacedPhoto[], x: number, width: number): Band[] {
		const rows: PlacedPhoto[][] = [];
		let used = Infinity;
		for (const placed of photos) {
			if (used + placed.width > width) {
				rows.push([]);
				used = 0;
			}
			rows.at(-1)!.push(placed);
			used += placed.width + GAP;
		}
		return rows.map((row) => ({
			height: Math.max(...row.map((placed) => placed.height)) + GAP,
			draw: (top) => {
				let left = x;
				for (const placed of row) {
					HazardPhotos.draw(writer, placed, left, top);
					left += placed.width + GAP;
				}
			}
		}));
	}
}
