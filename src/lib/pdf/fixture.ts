/**
 * Test data for the action plan PDF, and the benchmark's full home: every room type, the whole
 * home and one person, every question asked answered, 40 hazards (23 in the home, 17 of the
 * person) with every owner's part, notes in Dutch, a rewritten fix, a done action and due dates;
 * the person at high fall risk after an injurious fall, with timed tests, fall-risk medicines
 * and bone risk factors; and 10 photos of hazards.
 */
import {
	answerKey,
	type Answer,
	type AnswerFields,
	type Check,
	type GivenWay,
	type Room
} from '$lib/checklist/check';
import { askingOf, isAsked, itemsFor, safeAnswer, type Answers } from '$lib/checklist/rules';
import type { Region } from '$lib/checklist/types';
import { makeJpeg } from '../../../tests/fixtures/images';
import type { PdfPhoto } from './types';

/** The rooms of the test home, in the home's order. */
export const FIXTURE_ROOMS = {
	entrance: { id: 'r-entrance', type: 'entrance', name: '' },
	stairs: { id: 'r-stairs', type: 'stairs', name: '' },
	living: { id: 'r-living', type: 'living', name: '' },
	kitchen: { id: 'r-kitchen', type: 'kitchen', name: '' },
	bathroom: { id: 'r-bath', type: 'bathroom', name: '' },
	toilet: { id: 'r-toilet', type: 'toilet', name: '' },
	bedroom: { id: 'r-bedroom', type: 'bedroom', name: '' },
	other: { id: 'r-garden', type: 'other', name: 'Tuin en schuur' },
	home: { id: 'r-home', type: 'home', name: '' },
	person: { id: 'r-person', type: 'personal', name: 'Mevrouw Jansen' }
} as const satisfies Record<string, Room>;

/** The notes and texts of the test home that the PDF must print exactly. */
export const FIXTURE_TEXT = {
	label: 'Mevrouw Jansen, Dorpsstraat 1',
	/** A note with ë, ï, é, the curly apostrophe and the euro sign. */
	dutchNote: 'Overleg met Chloë en Anaïs: café’s lamp kost € 25 bij de bouwmarkt.',
	railNote: 'Huurwoning: de verhuurder plaatst de leuning na 1 december.',
	rewrittenFix: 'Zoon Jeroen zet een handgreep naast de douche; die kost ongeveer € 40.',
	lightNote: 'Lamp is vervangen door een ledlamp.'
} as const;

/** The hazards of the full home: room, item, and what the user added. */
const HOME_HAZARDS: [keyof typeof FIXTURE_ROOMS, string, AnswerFields?][] = [
	['entrance', 'entrance.path-uneven'],
	['entrance', 'entrance.steps-rail', { due: '2026-12-20' }],
	['entrance', 'entrance.light'],
	['stairs', 'stairs.rail-both-sides', { note: FIXTURE_TEXT.railNote }],
	['stairs', 'stairs.things-on-steps'],
	['stairs', 'stairs.dark-step', { due: '2026-12-05' }],
	['stairs', 'stairs.lamp-broken', { done: true, due: '2026-12-15', note: FIXTURE_TEXT.lightNote }],
	['living', 'general.loose-rug'],
	['living', 'general.cord'],
	['living', 'living.chair-get-up'],
	['living', 'living.lamp-reach', { priority: 'medium' }],
	['kitchen', 'kitchen.climbing'],
	['kitchen', 'kitchen.reach', { priority: 'low' }],
	['bathroom', 'bathroom.shower-grip'],
	['bathroom', 'bathroom.bath-mat'],
	['bathroom', 'bathroom.grab-rail', { fix: FIXTURE_TEXT.rewrittenFix, owner: 'family' }],
	['bathroom', 'bathroom.step-in'],
	['toilet', 'toilet.rail'],
	['toilet', 'toilet.door-outwards'],
	['bedroom', 'bedroom.light-from-bed', { note: FIXTURE_TEXT.dutchNote }],
	['bedroom', 'bedroom.bed-in-out'],
	['other', 'other.moss-algae'],
	['home', 'home.night-route-lit']
];

/**
 * The person's answers that are not the safe one: a fall with an injury and more falls (high
 * risk), slow timed tests, sleeping pills and blood-pressure medicine, bone risk factors, and
 * 17 hazards. Every other question asked gets its safe answer.
 */
const PERSON_ANSWERS: Record<string, AnswerFields> = {
	'balance.fallen': { value: 'yes' },
	'balance.walking-aid': { value: 'yes' },
	'balance.unsteady': { value: 'yes' },
	'balance.worried': { value: 'yes' },
	'balance.hands-to-stand': { value: 'yes' },
	'balance.meds-dizzy': { value: 'yes' },
	'balance.meds-sleep-mood': { value: 'yes' },
	'falls.injured': { value: 'yes' },
	'falls.two-or-more': { value: 'yes' },
	'falls.get-up-floor': { value: 'no' },
	'falls.tug': { measured: 18.5 },
	'falls.walk-4m': { measured: 6.2 },
	'falls.chair-stand': { measured: 6 },
	'balance.dizzy-standing': { value: 'yes' },
	'health.arthritis': { value: 'yes' },
	'health.lives-alone': { value: 'yes' },
	'health.daily-contact': { value: 'no' },
	'health.call-help-alone': { value: 'no', due: '2026-12-10' },
	'medicines.sleeping-pills': { value: 'yes' },
	'medicines.blood-pressure': { value: 'yes' },
	'medicines.many': { value: 'yes' },
	'medicines.review': { value: 'no' },
	'footwear.indoor-shoes': { value: 'no' },
	'footwear.socks-barefoot': { value: 'yes' },
	'footwear.foot-problems': { value: 'yes' },
	'eyesight.test': { value: 'no' },
	'eyesight.walk-reading-glasses': { value: 'yes' },
	'balance.aid-condition': { value: 'no' },
	'exercise.strength-balance': { value: 'no' },
	'exercise.fall-programme': { value: 'no' },
	'bones.age': { value: 'yes' },
	'bones.woman-menopause': { value: 'yes' },
	'bones.family': { value: 'yes' },
	'bones.fracture': { value: 'yes' },
	'bones.dark-skin': { value: 'no' },
	'bones.vitamin-d': { value: 'no' },
	'bones.protein': { value: 'no' },
	'bones.checked': { value: 'no' },
	'exercise.safe-movement': { value: 'no' }
};

/**
 * How the safe answers of some rooms were given: the kitchen's with "Everything else here is
 * fine", the entrance's confirmed as "Still the same" as on the visit before.
 */
const GIVEN_IN: Partial<Record<Room['type'], GivenWay>> = {
	kitchen: 'rest-fine',
	entrance: 'still-same'
};

/** Answers of context items that have no safe answer (the user always answers them). */
const CONTEXT_ANSWERS: Record<string, AnswerFields> = { 'home.alarm': { value: 'yes' } };

/** The items of the full home given a photo (one each). */
export const PHOTO_ITEMS: [keyof typeof FIXTURE_ROOMS, string][] = [
	['entrance', 'entrance.path-uneven'],
	['entrance', 'entrance.steps-rail'],
	['stairs', 'stairs.rail-both-sides'],
	['stairs', 'stairs.dark-step'],
	['living', 'general.loose-rug'],
	['kitchen', 'kitchen.reach'],
	['bathroom', 'bathroom.shower-grip'],
	['bathroom', 'bathroom.grab-rail'],
	['toilet', 'toilet.rail'],
	['bedroom', 'bedroom.light-from-bed']
];

/** A check of the test home with these rooms, in a region. */
export function fixtureCheck(
	rooms: readonly Room[] = Object.values(FIXTURE_ROOMS),
	region: Region = 'nl'
): Check {
	return {
		id: 'check-1',
		label: FIXTURE_TEXT.label,
		checkedBy: 'nurse',
		visitDate: '2026-11-25',
		createdAt: 0,
		updatedAt: 0,
		rooms: [...rooms],
		region,
		mode: 'full',
		nextVisitDate: '2027-02-24',
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 }
	};
}

/** An answer record of the test home. */
function record(
	roomId: string,
	itemId: string,
	fields: AnswerFields & Pick<Answer, 'given'>
): Answer {
	return { checkId: 'check-1', roomId, itemId, changedAt: {}, ...fields };
}

/** Answers from [room id, item id, fields] triples. */
export function fixtureAnswers(...given: [string, string, AnswerFields][]): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, fields]) => [
			answerKey(roomId, itemId),
			record(roomId, itemId, fields)
		])
	);
}

/** A copy of `answers` with these answers added, or their fields changed. */
export function withAnswers(answers: Answers, ...given: [string, string, AnswerFields][]): Answers {
	const copy = new Map(answers);
	for (const [key, answer] of fixtureAnswers(...given))
		copy.set(key, { ...copy.get(key), ...answer });
	return copy;
}

/**
 * The answers of the full home: every question asked answered, in asking order (so follow-ups
 * are asked as the app would ask them), the chosen ones as hazards or risk factors.
 */
export function fixtureAnswersWithHazards(check: Check = fixtureCheck()): Map<string, Answer> {
	const given = new Map<string, AnswerFields>();
	const hazards = new Set<string>();
	for (const [room, itemId, fields] of HOME_HAZARDS) {
		const key = answerKey(FIXTURE_ROOMS[room].id, itemId);
		given.set(key, { ...fields });
		hazards.add(key);
	}
	for (const [itemId, fields] of Object.entries(PERSON_ANSWERS))
		given.set(answerKey(FIXTURE_ROOMS.person.id, itemId), fields);
	const answers = new Map<string, Answer>();
	const asking = askingOf(check);
	for (const room of check.rooms) {
		for (const item of itemsFor(room.type)) {
			if (!isAsked(item, answers, room.id, asking)) continue;
			const key = answerKey(room.id, item.id);
			const chosen = given.get(key) ?? CONTEXT_ANSWERS[item.id];
			const fields: AnswerFields & Pick<Answer, 'given'> = { ...chosen };
			if (hazards.has(key) && item.kind === 'hazard') fields.value = item.hazardWhen;
			if (fields.value === undefined && item.kind !== 'measure') {
				const safe = safeAnswer(item);
				if (safe === undefined) continue;
				fields.value = safe;
			}
			if (item.kind === 'measure' && fields.measured === undefined) fields.value = 'na';
			const way = chosen ? undefined : GIVEN_IN[room.type];
			if (way) fields.given = way;
			answers.set(key, record(room.id, item.id, fields));
		}
	}
	return answers;
}

/** Answers of the test home with no hazard at all: the first question of some rooms, safe. */
export function fixtureAnswersWithoutHazards(): Map<string, Answer> {
	const { stairs, bathroom, person } = FIXTURE_ROOMS;
	return fixtureAnswers(
		[stairs.id, 'stairs.rail-any', { value: 'yes' }],
		[stairs.id, 'stairs.rail-both-sides', { value: 'yes' }],
		[bathroom.id, 'bathroom.grab-rail', { value: 'yes' }],
		[person.id, 'balance.fallen', { value: 'no' }]
	);
}

/**
 * The photo sizes of the fixture: as the app stores them (1600 px), as it hands them to the PDF
 * maker after making them smaller for print (1000 px, input.ts), and small for quick tests.
 * makeJpeg's grain compresses worse than a real photo, so a low quality gives a real one's size.
 */
export const PHOTO_SIZES = {
	stored: { width: 1600, height: 1200, quality: 20 },
	print: { width: 1000, height: 750, quality: 20 },
	small: { width: 320, height: 240, quality: 50 }
} as const;

/** A test photo of an item in a room. */
export function fixturePhoto(
	id: string,
	roomId: string,
	itemId: string,
	seed: number,
	size: { width: number; height: number; quality: number } = PHOTO_SIZES.small
): PdfPhoto {
	return {
		id,
		roomId,
		itemId,
		jpeg: new Uint8Array(makeJpeg(size.width, size.height, seed, size.quality)),
		width: size.width,
		height: size.height
	};
}

/** The 10 photos of the full home, one per item of `PHOTO_ITEMS`. */
export function fixturePhotos(
	size: { width: number; height: number; quality: number } = PHOTO_SIZES.small
): PdfPhoto[] {
	return PHOTO_ITEMS.map(([room, itemId], index) =>
		fixturePhoto(`photo-${index + 1}`, FIXTURE_ROOMS[room].id, itemId, index + 1, size)
	);
}
