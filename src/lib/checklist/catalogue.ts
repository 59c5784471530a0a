/**
 * The whole checklist: every item in asking order, the tick lists, and look-ups by id and area.
 * See docs/checklist.md for how the catalogue is organised and how to add an item.
 */
import { AREAS } from './areas';
import { ACTIVITY_GROUPS, ACTIVITY_ITEMS } from './items/activity';
import { BATHROOM_GROUPS, BATHROOM_ITEMS } from './items/bathroom';
import { BEDROOM_GROUPS, BEDROOM_ITEMS } from './items/bedroom';
import { BONES_GROUPS, BONES_ITEMS } from './items/bones';
import { ENTRANCE_GROUPS, ENTRANCE_ITEMS } from './items/entrance';
import { EYESIGHT_GROUPS, EYESIGHT_ITEMS } from './items/eyesight';
import { FALLS_GROUPS, FALLS_ITEMS } from './items/falls';
import { FOOTWEAR_GROUPS, FOOTWEAR_ITEMS } from './items/footwear';
import { GENERAL_GROUPS, GENERAL_ITEMS } from './items/general';
import { HEALTH_GROUPS, HEALTH_ITEMS } from './items/health';
import { HOME_GROUPS, HOME_ITEMS } from './items/home';
import { KITCHEN_GROUPS, KITCHEN_ITEMS } from './items/kitchen';
import { LIVING_GROUPS, LIVING_ITEMS } from './items/living';
import { MEDICINES_GROUPS, MEDICINES_ITEMS } from './items/medicines';
import { OTHER_GROUPS, OTHER_ITEMS } from './items/other';
import { SELFTEST_ITEMS } from './items/selftest';
import { STAIRS_GROUPS, STAIRS_ITEMS } from './items/stairs';
import { TOILET_GROUPS, TOILET_ITEMS } from './items/toilet';
import type { Area, AreaId, Group, Item } from './types';

/**
 * Every item, in asking order. A room asks its items in this order: the entrance and the
 * stairs start with their own items, the other rooms with the shared floor and light items
 * (general.ts), then their own. The whole home comes after the rooms, then the personal topics.
 * An item asked in two personal topics (a question of the 12-question test that is also one of
 * the three key questions) sits where it is first asked.
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
	...HOME_ITEMS,
	...SELFTEST_ITEMS,
	...FALLS_ITEMS,
	...HEALTH_ITEMS,
	...MEDICINES_ITEMS,
	...FOOTWEAR_ITEMS,
	...EYESIGHT_ITEMS,
	...ACTIVITY_ITEMS,
	...BONES_ITEMS
];

/** Every tick list of the checklist. */
export const GROUPS: readonly Group[] = [
	...ENTRANCE_GROUPS,
	...STAIRS_GROUPS,
	...GENERAL_GROUPS,
	...LIVING_GROUPS,
	...KITCHEN_GROUPS,
	...BATHROOM_GROUPS,
	...TOILET_GROUPS,
	...BEDROOM_GROUPS,
	...OTHER_GROUPS,
	...HOME_GROUPS,
	...FALLS_GROUPS,
	...HEALTH_GROUPS,
	...MEDICINES_GROUPS,
	...FOOTWEAR_GROUPS,
	...EYESIGHT_GROUPS,
	...ACTIVITY_GROUPS,
	...BONES_GROUPS
];

const itemIndex = new Map<string, Item>(ITEMS.map((item) => [item.id, item]));
const areaIndex = new Map<string, Area>(AREAS.map((area) => [area.id, area]));
const groupIndex = new Map<string, Group>(GROUPS.map((group) => [group.id, group]));
const areaItems = new Map<AreaId, Item[]>(
	AREAS.map((area) => [area.id, ITEMS.filter((item) => item.areas.includes(area.id))])
);

/** The item with this id, or undefined (e.g. an answer stored against a retired id). */
export function itemById(id: string): Item | undefined {
	return itemIndex.get(id);
}

/** The area with this id, or undefined. */
export function areaById(id: string): Area | undefined {
	return areaIndex.get(id);
}

/** The tick list with this id, or undefined. */
export function groupById(id: string): Group | undefined {
	return groupIndex.get(id);
}

/** The items asked in a room or personal topic of this area, in asking order. */
export function itemsForArea(area: AreaId): readonly Item[] {
	return areaItems.get(area) ?? [];
}
