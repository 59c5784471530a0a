import type { Group, Item } from '../types';

/**
 * Living room. The floor, the walking route and the light are the shared tick list
 * (general.ts); the phone is asked once for the whole home (home.ts).
 */
export const LIVING_GROUPS: Group[] = [];

export const LIVING_ITEMS: Item[] = [
	{
		id: 'living.chair-get-up',
		kind: 'hazard',
		areas: ['living'],
		question: {
			en: 'Can you get up easily from your usual chair or sofa?',
			nl: 'Komt u makkelijk overeind uit uw vaste stoel of bank?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Getting up from the usual chair or sofa is hard',
			nl: 'Opstaan uit de vaste stoel of bank gaat moeilijk'
		},
		why: {
			en: 'A low, soft chair makes you rock and push to get up, and many people lose their balance just as they stand.',
			nl: 'Uit een lage, zachte stoel moet u zich omhoog wippen en duwen. Juist bij het opstaan verliezen veel mensen hun evenwicht.'
		},
		fix: {
			en: 'Use a firm chair of the right height: feet flat, knees level with the hips. Raise a low chair with furniture raisers or a firm cushion. An occupational therapist can advise.',
			nl: 'Gebruik een stevige stoel van de goede hoogte: voeten plat op de grond, knieën op heuphoogte. Maak een lage stoel hoger met meubelverhogers of een stevig kussen. Een ergotherapeut kan adviseren.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Done many times a day; a hard stand-up is a sign of weak legs too.',
		sources: ['HF', 'SI']
	},
	{
		id: 'living.chair-armrests',
		kind: 'hazard',
		areas: ['living'],
		question: {
			en: 'Does your usual chair have firm armrests to push up from?',
			nl: 'Heeft uw vaste stoel stevige armleuningen om op te steunen bij het opstaan?'
		},
		allowNA: false,
		askWhen: { item: 'living.chair-get-up', answer: 'no' },
		hazardWhen: 'no',
		finding: {
			en: 'The usual chair has no firm armrests to push up from',
			nl: 'De vaste stoel heeft geen stevige armleuningen om op te steunen'
		},
		why: {
			en: 'Armrests let you push up with your arms and steady yourself before you take the first step.',
			nl: 'Met armleuningen duwt u zich met uw armen omhoog. Zo staat u eerst stevig voordat u de eerste stap zet.'
		},
		fix: {
			en: 'Choose a chair with firm armrests that reach to the front of the seat. Avoid chairs that swivel or have wheels.',
			nl: 'Kies een stoel met stevige armleuningen die tot aan de voorkant van de zitting lopen. Vermijd draaistoelen en stoelen op wieltjes.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Asked when getting up is hard; armrests help every time you stand.',
		sources: ['HF', 'NIA']
	},
	{
		id: 'living.furniture-sturdy',
		kind: 'hazard',
		areas: ['living'],
		question: {
			en: 'If you hold on to furniture as you walk, is it all sturdy enough to take your weight?',
			nl: 'Als u zich bij het lopen aan meubels vasthoudt, zijn die dan allemaal stevig genoeg om uw gewicht te houden?'
		},
		allowNA: true,
		labels: {
			yes: { en: 'Yes, all sturdy', nl: 'Ja, allemaal stevig' },
			no: { en: 'No, some wobble or move', nl: 'Nee, sommige wiebelen of schuiven' }
		},
		hazardWhen: 'no',
		finding: {
			en: 'Furniture used for support wobbles or moves',
			nl: 'Meubels die als steun dienen, wiebelen of schuiven'
		},
		why: {
			en: 'A light table, a plant stand or a chair on wheels moves away just when you lean on it.',
			nl: 'Een licht tafeltje, een plantenstandaard of een stoel op wieltjes schuift weg op het moment dat u erop leunt.'
		},
		fix: {
			en: 'Move wobbly or light furniture out of the walking route. Needing to hold on is a sign to ask a physiotherapist about a walking aid.',
			nl: 'Zet wiebelige of lichte meubels uit de looproute. Moet u zich vasthouden? Vraag dan een fysiotherapeut of een loophulpmiddel nodig is.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason:
			'Only a hazard for people who steady themselves on furniture, but then a real one.',
		sources: ['SI', 'NIA']
	},
	{
		id: 'living.lamp-reach',
		kind: 'hazard',
		areas: ['living'],
		question: {
			en: 'Can you switch on a lamp from your chair, without getting up or stretching?',
			nl: 'Kunt u vanuit uw stoel een lamp aandoen, zonder op te staan of ver te reiken?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'No lamp can be switched on from the chair',
			nl: 'Vanuit de stoel kan geen lamp aan'
		},
		why: {
			en: 'When dusk falls you otherwise get up and walk to a lamp in half-darkness.',
			nl: 'Anders staat u bij het vallen van de avond op en loopt u in het halfdonker naar een lamp.'
		},
		fix: {
			en: 'Put a lamp with an easy switch next to the chair, or use a remote-control plug.',
			nl: 'Zet een lamp met een makkelijke schakelaar naast de stoel, of gebruik een stekker met afstandsbediening.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Cheap and useful, but a smaller risk than the floor hazards.',
		sources: ['HF', 'leaflet']
	}
];
