import type { AnswerMove } from '../retired';

/**
 * The personal items of the catalogue before the World Guidelines redesign (commit f27dab1) that
 * no longer exist, and what becomes of their answers. Never remove a line: a backup of any age
 * may still hold the old id. See docs/checklist-personal.md.
 */
export const RETIRED_PERSONAL_ITEMS: AnswerMove[] = [
	{
		from: 'balance.fall-checked',
		why: 'After a fall the fall-risk level (fall-risk.ts) now says whether the GP should assess it; “has anyone looked into the fall?” is no longer asked.'
	},
	{
		from: 'footwear.sit-to-dress',
		to: 'footwear.stand-to-dress',
		values: { yes: 'no', no: 'yes' },
		why: 'Turned round into a tick-list box: “sits to dress” yes is “stands to dress” no.'
	},
	{
		from: 'footwear.clothes-length',
		to: 'footwear.long-clothes',
		values: { yes: 'no', no: 'yes' },
		why: 'Turned round into a tick-list box: “short enough” yes is “long enough to trip over” no.'
	},
	{
		from: 'eyesight.reading-glasses',
		to: 'eyesight.walk-reading-glasses',
		values: { na: 'no' },
		why: 'Now a tick-list box, which has no “not applicable”: no glasses leaves the box unticked.'
	},
	{
		from: 'eyesight.varifocals',
		to: 'eyesight.varifocals-outside',
		values: { na: 'no' },
		why: 'Now a tick-list box, which has no “not applicable”: no varifocals leaves the box unticked.'
	},
	{
		from: 'eyesight.glasses-condition',
		to: 'eyesight.glasses-poor',
		values: { yes: 'no', no: 'yes', na: 'no' },
		why: 'Turned round into a tick-list box: “in good condition” yes is “dirty, scratched or sliding” no; no glasses leaves the box unticked.'
	},
	{
		from: 'bones.greens-nuts',
		why: 'Now asks about calcium-rich greens only (bones.calcium-greens): spinach and nuts no longer count, so an old answer cannot be carried over.'
	},
	{
		from: 'bones.supplement-taken',
		why: 'Folded into bones.vitamin-d, where a prescribed calcium and vitamin D tablet counts; its old answer already says whether vitamin D is taken daily.'
	},
	{
		from: 'bones.early-menopause',
		to: 'bones.menopause-early',
		values: { yes: null },
		why: 'Split into menopause before 45 and too little sex hormone: an old no is no to both, an old yes cannot say which, so it is dropped.'
	},
	{
		from: 'bones.slender',
		why: 'A small, slender build is now asked as a weight threshold (bones.low-weight); build alone cannot be carried over to it.'
	},
	{
		from: 'bones.underweight',
		to: 'bones.low-weight',
		values: { no: null },
		why: 'Now asked with a threshold (under 60 kg, or weight lost without trying): an old yes, underweight for one’s height, is nearly always under 60 kg; an old no cannot say, so it is dropped.'
	}
];
