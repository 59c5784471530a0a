/**
 * The whole checklist: every item in asking order, and look-ups by id and area.
 * See docs/checklist.md for how the catalogue is organised and how to add an item.
 */
import { AREAS } from './areas';
import { BALANCE_ITEMS } from './items/balance';
import { BATHROOM_ITEMS } from './items/bathroom';
import { BEDROOM_ITEMS } from './items/bedroom';
import { BONES_ITEMS } from './items/bones';
import { ENTRANCE_ITEMS } from './items/entrance';
import { EXERCISE_ITEMS } from './items/exercise';
import { EYESIGHT_ITEMS } from './items/eyesight';
import { FOOTWEAR_ITEMS } from './items/footwear';
import { GENERAL_ITEMS } from './items/general';
import { KITCHEN_ITEMS } from './items/kitchen';
import { LIVING_ITEMS } from './items/living';
import { MEDICINES_ITEMS } from './items/medicines';
import { OTHER_ITEMS } from './items/other';
import { STAIRS_ITEMS } from './items/stairs';
import { TOILET_ITEMS } from './items/toilet';
import type { Area, AreaId, Item } from './types';

/**
 * Every item, in asking order. A room asks its items in this order, so the shared items
 * (floors, rugs, light) come after the entrance and stair items and before the other rooms'
 * own items: a living room starts with its floor and light, a staircase with its steps.
 */
export const ITEMS: readonly Item[] = [
	...ENTRANCE_ITEMS,
	...STAIRS_ITEMS,
	...GENERAL_ITEMS,
	...LIVING_ITEMS,
	...KITCHEN_ITEMS,
	...BATHROOM_ITEMS,
	...TOILET_ITEMS,
	...BEDROOM_ITEMS,
	...OTHER_ITEMS,
	...FOOTWEAR_ITEMS,
	...MEDICINES_ITEMS,
	...EYESIGHT_ITEMS,
	...BALANCE_ITEMS,
	...EXERCISE_ITEMS,
	...BONES_ITEMS
];

const itemIndex = new Map<string, Item>(ITEMS.map((item) => [item.id, item]));
const areaIndex = new Map<string, Area>(AREAS.map((area) => [area.id, area]));

/** The item with this id, or undefined (e.g. an answer stored against a retired id). */
export function itemById(id: string): Item | undefined {
	return itemIndex.get(id);
}

/** The area with this id, or undefined. */
export function areaById(id: string): Area | undefined {
	return areaIndex.get(id);
}

/** The items asked in a room or personal topic of this area, in asking order. */
export function itemsForArea(area: AreaId): Item[] {
	return ITEMS.filter((item) => item.areas.includes(area));
}
