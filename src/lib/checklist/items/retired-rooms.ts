import type { AnswerMove } from '../retired';

/**
 * The room and shared items of the catalogue before the redesign (commit f27dab1) whose ids no
 * longer exist, and what becomes of their answers. A yes/no question turned into a tick-list
 * box is asked the other way round, so its values are inverted; "not applicable" (no rugs, no
 * steps) becomes an unticked box. Where several old items fill one new item, only one of them
 * carries the answers that mean "fine": the others map those to null, so they can only add a
 * finding and never contradict one (see docs/checklist.md, "Ids and retired moves").
 */
const INVERT = { yes: 'no', no: 'yes' } as const;
const INVERT_NA = { yes: 'no', no: 'yes', na: 'no' } as const;
/** Keep only the answer that meant a finding ('no'), inverted for a box. */
const FINDING_ONLY_INVERT = { yes: null, no: 'yes' } as const;

export const RETIRED_ROOM_ITEMS: AnswerMove[] = [
	// The shared floor and light questions became one tick list (general.floor).
	{
		from: 'general.floor-clear',
		to: 'general.things-on-floor',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round.'
	},
	{
		from: 'general.rugs-fixed',
		to: 'general.loose-rug',
		values: INVERT_NA,
		why: 'Now a box of the floor tick list; no rugs means nothing to tick. The entrance now asks about the doormat instead.'
	},
	{
		from: 'general.floor-covering',
		to: 'general.floor-damaged',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round.'
	},
	{
		from: 'general.floor-slippery',
		to: 'general.slippery-floor',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round.'
	},
	{
		from: 'general.cords',
		to: 'general.cord',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round.'
	},
	{
		from: 'general.furniture-route',
		to: 'general.furniture-in-way',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round.'
	},
	{
		from: 'general.light-bright',
		to: 'general.dim-light',
		values: INVERT,
		why: 'Now a box of the floor tick list, asked the other way round; the lumen figure is gone.'
	},
	{
		from: 'general.threshold',
		to: 'home.threshold-high',
		toHome: true,
		values: INVERT_NA,
		why: 'Thresholds are asked once for the whole home, as a box of its tick list.'
	},
	{
		from: 'general.switch-door',
		to: 'home.switch-far',
		toHome: true,
		values: INVERT,
		why: 'Switches by the door are asked once for the whole home, as a box of its tick list.'
	},
	{
		from: 'general.door-lock',
		to: 'home.lock-inside',
		toHome: true,
		values: INVERT_NA,
		why: 'Bathroom and toilet locks are asked once for the whole home, as a box of its tick list.'
	},

	// Entrance: the path and the door became one tick list; help getting in is per home.
	{
		from: 'entrance.path-even',
		to: 'entrance.path-uneven',
		values: INVERT,
		why: 'Now a box of the entrance tick list, asked the other way round.'
	},
	{
		from: 'entrance.path-clear',
		to: 'entrance.path-blocked',
		values: INVERT,
		why: 'Now a box of the entrance tick list, asked the other way round.'
	},
	{
		from: 'entrance.ice-leaves-moss',
		to: 'entrance.path-slippery',
		values: INVERT,
		why: 'Now a box of the entrance tick list, asked the other way round.'
	},
	{
		from: 'entrance.threshold',
		to: 'entrance.threshold-high',
		values: INVERT_NA,
		why: 'Now a box of the entrance tick list; no threshold means nothing to tick.'
	},
	{
		from: 'entrance.door-easy',
		to: 'entrance.door-hard',
		values: INVERT,
		why: 'Now a box of the entrance tick list, asked the other way round.'
	},
	{
		from: 'entrance.bag-shelf',
		to: 'entrance.no-bag-place',
		values: INVERT,
		why: 'Now a box of the entrance tick list, asked the other way round.'
	},
	{
		from: 'entrance.help-can-enter',
		to: 'home.helpers-in',
		toHome: true,
		why: 'A way for helpers to get in belongs to the home, not to one entrance.'
	},

	// Stairs: one sturdy rail first; the steps and the light became two tick lists.
	{
		from: 'stairs.rail-full-length',
		to: 'stairs.rail-any',
		values: { yes: null },
		why: 'A rail the whole way is now part of the first rail question; a full-length rail may still wobble, so only "no" is kept.'
	},
	{
		from: 'stairs.rail-firm',
		to: 'stairs.rail-any',
		values: { yes: null },
		why: 'A sturdy rail is now part of the first rail question; a firm rail may still be short, so only "no" is kept.'
	},
	{
		from: 'stairs.clear',
		to: 'stairs.things-on-steps',
		values: INVERT,
		why: 'Now a box of the stairs tick list, asked the other way round.'
	},
	{
		from: 'stairs.steps-firm',
		to: 'stairs.step-loose',
		values: INVERT,
		why: 'Now a box of the stairs tick list, asked the other way round.'
	},
	{
		from: 'stairs.covering-fixed',
		to: 'stairs.covering-loose',
		values: INVERT_NA,
		why: 'Now a box of the stairs tick list; no stair carpet means nothing to tick.'
	},
	{
		from: 'stairs.steps-not-slippery',
		to: 'stairs.step-slippery',
		values: INVERT,
		why: 'Now a box of the stairs tick list, asked the other way round.'
	},
	{
		from: 'stairs.edges-visible',
		to: 'stairs.edge-unseen',
		values: INVERT,
		why: 'Now a box of the stairs tick list, asked the other way round.'
	},
	{
		from: 'stairs.light-over',
		to: 'stairs.dark-step',
		values: INVERT,
		why: 'Now a box of the stairs light tick list, asked the other way round.'
	},
	{
		from: 'stairs.switch-top-bottom',
		to: 'stairs.one-switch',
		values: INVERT,
		why: 'Now a box of the stairs light tick list, asked the other way round.'
	},
	{
		from: 'stairs.bulbs-work',
		to: 'stairs.lamp-broken',
		values: INVERT,
		why: 'Now a box of the stairs light tick list, asked the other way round.'
	},
	{
		from: 'stairs.pets',
		to: 'home.pet-underfoot',
		toHome: true,
		values: { na: 'no' },
		why: 'Pets are asked once for the whole home, as a box of its tick list; no pets means nothing to tick.'
	},

	// Living room, kitchen: the phone and pets are per home; spills are part of the slippery floor.
	{
		from: 'living.phone-reach',
		to: 'home.phone',
		toHome: true,
		why: 'A phone within reach is asked once for the whole home.'
	},
	{
		from: 'kitchen.spills',
		to: 'general.slippery-floor',
		values: FINDING_ONLY_INVERT,
		why: 'Spills are part of the slippery-floor box; general.floor-slippery carries the answers that mean fine, so only findings move.'
	},
	{
		from: 'kitchen.pets',
		to: 'home.pet-underfoot',
		toHome: true,
		values: INVERT_NA,
		why: 'Pets are asked once for the whole home, as a box of its tick list; feeding is part of its fix.'
	},

	// Bathroom.
	{
		from: 'bathroom.shower-floor',
		to: 'bathroom.shower-grip',
		values: { no: null },
		why: 'Non-slip tiles now count as well as a mat or strips, so an old "no" may now be "yes": ask again.'
	},
	{
		from: 'bathroom.towel-rail',
		why: 'Folded into bathroom.grab-rail, which now says a towel rail does not count; that item keeps its own answers, so these are dropped.'
	},
	{
		from: 'bathroom.floor-dry',
		to: 'general.slippery-floor',
		values: FINDING_ONLY_INVERT,
		why: 'A wet floor is part of the slippery-floor box; general.floor-slippery carries the answers that mean fine, so only findings move.'
	},
	{
		from: 'bathroom.night-light',
		to: 'home.night-route-lit',
		toHome: true,
		why: 'Light at night is asked once for the whole home, as the way from the bed to the toilet.'
	},

	// Toilet: the night route and the distance from the bedroom are per home (review point 4).
	{
		from: 'toilet.route-lit',
		to: 'home.night-route-lit',
		toHome: true,
		why: 'The way from the bed to the toilet is asked once for the whole home, not per toilet.'
	},
	{
		from: 'toilet.near-bedroom',
		to: 'home.toilet-near',
		toHome: true,
		values: { no: null },
		why: 'Asked once for the whole home: one toilet near the bedroom is enough, so a far toilet’s "no" is dropped rather than flagged.'
	},

	// Bedroom: the way to the door is in the floor tick list; phone and torch are per home.
	{
		from: 'bedroom.path-door',
		to: 'general.things-on-floor',
		values: FINDING_ONLY_INVERT,
		why: 'The way from the bed to the door is part of the things-on-the-floor box; general.floor-clear carries the answers that mean fine.'
	},
	{
		from: 'bedroom.get-up-slowly',
		why: 'A habit of the person, now in the fix of balance.dizzy-standing (health); a room’s answer cannot move to a person.'
	},
	{
		from: 'bedroom.phone',
		to: 'home.phone',
		toHome: true,
		why: 'A phone within reach is asked once for the whole home.'
	},
	{
		from: 'bedroom.torch',
		to: 'home.no-torch',
		toHome: true,
		values: INVERT,
		why: 'A torch by the bed is asked once for the whole home, as a box of its tick list.'
	},

	// Other room: the outside hazards became one tick list.
	{
		from: 'other.tools-away',
		to: 'other.tools-lying',
		values: INVERT_NA,
		why: 'Now a box of the other-room tick list; not applicable means nothing to tick.'
	},
	{
		from: 'other.outdoor-even',
		to: 'other.tiles-uneven',
		values: INVERT_NA,
		why: 'Now a box of the other-room tick list; not applicable means nothing to tick.'
	},
	{
		from: 'other.outdoor-slippery',
		to: 'other.moss-algae',
		values: INVERT_NA,
		why: 'Now a box of the other-room tick list; not applicable means nothing to tick.'
	},
	{
		from: 'other.steps-rail',
		to: 'other.steps-no-rail',
		values: INVERT_NA,
		why: 'Now a box of the other-room tick list; no steps means nothing to tick.'
	},
	{
		from: 'other.balcony-threshold',
		to: 'other.threshold-step',
		values: INVERT_NA,
		why: 'Now a box of the other-room tick list; not applicable means nothing to tick.'
	}
];
