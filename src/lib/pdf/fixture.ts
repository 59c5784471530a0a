/**
 * Test data for the action plan PDF: a home with stairs, a bathroom, a kitchen and one person,
 * with hazards of every priority, notes in Dutch, a rewritten fix and an action that is done.
 */
import {
	answerKey,
	type Answer,
	type AnswerFields,
	type Check,
	type Room
} from '$lib/checklist/check';
import type { Answers } from '$lib/checklist/rules';

/** The rooms of the test home, in the home's order. */
export const FIXTURE_ROOMS = {
	stairs: { id: 'r-stairs', type: 'stairs', name: '' },
	bathroom: { id: 'r-bath', type: 'bathroom', name: '' },
	kitchen: { id: 'r-kitchen', type: 'kitchen', name: '' },
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

/** A check of the test home with these rooms. */
export function fixtureCheck(rooms: readonly Room[] = Object.values(FIXTURE_ROOMS)): Check {
	return {
		id: 'check-1',
		label: FIXTURE_TEXT.label,
		checkedBy: 'nurse',
		visitDate: '2026-11-25',
		createdAt: 0,
		updatedAt: 0,
		rooms: [...rooms],
		summary: { answered: 0, total: 0, hazards: 0 }
	};
}

/** Answers from [room id, item id, fields] triples. */
export function fixtureAnswers(...given: [string, string, AnswerFields][]): Map<string, Answer> {
	return new Map(
		given.map(([roomId, itemId, fields]) => [
			answerKey(roomId, itemId),
			{ checkId: 'check-1', roomId, itemId, changedAt: {}, ...fields }
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
 * The answers of the test home: high hazards on the stairs and in the bathroom (one with a
 * rewritten fix, one done with a due date), a medium one with the Dutch note, a low one in the
 * kitchen, safe answers, and a person at risk on the fall-risk screen.
 */
export function fixtureAnswersWithHazards(): Answers {
	const { stairs, bathroom, kitchen, person } = FIXTURE_ROOMS;
	return fixtureAnswers(
		[stairs.id, 'stairs.clear', { value: 'yes' }],
		[stairs.id, 'stairs.rail-both-sides', { value: 'no', note: FIXTURE_TEXT.railNote }],
		[
			stairs.id,
			'stairs.light-over',
			{ value: 'no', done: true, due: '2026-12-15', note: FIXTURE_TEXT.lightNote }
		],
		[
			bathroom.id,
			'bathroom.grab-rail',
			{ value: 'no', fix: FIXTURE_TEXT.rewrittenFix, owner: 'family' }
		],
		[bathroom.id, 'bathroom.night-light', { value: 'no', note: FIXTURE_TEXT.dutchNote }],
		[bathroom.id, 'bathroom.bath-mat', { value: 'na' }],
		[kitchen.id, 'kitchen.spills', { value: 'no', priority: 'low' }],
		[kitchen.id, 'kitchen.climbing', { value: 'no' }],
		[person.id, 'balance.fallen', { value: 'yes' }],
		[person.id, 'balance.walking-aid', { value: 'yes' }],
		[person.id, 'balance.unsteady', { value: 'no' }],
		[person.id, 'exercise.strength-balance', { value: 'no' }],
		[person.id, 'bones.vitamin-d', { value: 'no' }],
		[person.id, 'bones.dairy', { value: 'no' }],
		[person.id, 'medicines.review', { value: 'no' }]
	);
}

/** Answers of the test home with no hazard at all. */
export function fixtureAnswersWithoutHazards(): Answers {
	const { stairs, bathroom, person } = FIXTURE_ROOMS;
	return fixtureAnswers(
		[stairs.id, 'stairs.clear', { value: 'yes' }],
		[stairs.id, 'stairs.rail-both-sides', { value: 'yes' }],
		[bathroom.id, 'bathroom.grab-rail', { value: 'yes' }],
		[person.id, 'balance.fallen', { value: 'no' }]
	);
}
