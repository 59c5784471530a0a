import type { Item } from '../types';

/** Living room. Floors, rugs, cords, walking route and light are asked by general.ts. */
export const LIVING_ITEMS: Item[] = [
	{
		id: 'living.chair-get-up',
		areas: ['living'],
		question: {
			en: 'Can you get up easily from your usual chair or sofa?',
			nl: 'Komt u makkelijk overeind uit uw vaste stoel of bank?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A low, soft chair makes you rock and push to get up, and many people lose their balance just as they stand.',
			nl: 'Uit een lage, zachte stoel moet u zich omhoog wippen en duwen, en juist bij het opstaan verliezen veel mensen hun evenwicht.'
		},
		fix: {
			en: 'Use a firm chair of the right height (feet flat, knees level with the hips). Raise a low chair with furniture raisers or a firm cushion; an occupational therapist can advise.',
			nl: 'Gebruik een stevige stoel van de goede hoogte (voeten plat op de grond, knieën op heuphoogte). Maak een lage stoel hoger met meubelverhogers of een stevig kussen; een ergotherapeut kan adviseren.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Done many times a day; a hard stand-up is a sign of weak legs too.',
		sources: ['HF', 'SI']
	},
	{
		id: 'living.chair-armrests',
		areas: ['living'],
		question: {
			en: 'Does your usual chair have firm armrests to push up from?',
			nl: 'Heeft uw vaste stoel stevige armleuningen om op te steunen bij het opstaan?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Armrests let you push up with your arms and steady yourself before you take the first step.',
			nl: 'Met armleuningen duwt u zich met uw armen omhoog, en staat u eerst stevig voordat u de eerste stap zet.'
		},
		fix: {
			en: 'Choose a chair with firm armrests that reach to the front of the seat. Avoid chairs that swivel or have wheels.',
			nl: 'Kies een stoel met stevige armleuningen die tot aan de voorkant van de zitting lopen. Vermijd draaistoelen en stoelen op wieltjes.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Helps every time you stand up, especially with weak legs.',
		sources: ['HF', 'NIA']
	},
	{
		id: 'living.furniture-sturdy',
		areas: ['living'],
		question: {
			en: 'If you hold on to furniture as you walk, is it all sturdy enough to take your weight?',
			nl: 'Als u zich bij het lopen aan meubels vasthoudt, zijn die dan allemaal stevig genoeg om uw gewicht te houden?'
		},
		hazardWhen: 'no',
		allowNA: true,
		labels: {
			yes: { en: 'Yes, all sturdy', nl: 'Ja, allemaal stevig' },
			no: { en: 'No, some wobble or move', nl: 'Nee, sommige wiebelen of schuiven' }
		},
		why: {
			en: 'A light table, a plant stand or a chair on wheels moves away just when you lean on it.',
			nl: 'Een licht tafeltje, een plantenstandaard of een stoel op wieltjes schuift weg op het moment dat u erop leunt.'
		},
		fix: {
			en: 'Move wobbly or light furniture out of the walking route. Needing to hold on is a sign to ask a physiotherapist about a walking aid.',
			nl: 'Zet wiebelige of lichte meubels uit de looproute. Als u zich moet vasthouden, vraag dan een fysiotherapeut of een loophulpmiddel nodig is.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason:
			'Only a hazard for people who steady themselves on furniture, but then a real one.',
		sources: ['SI', 'NIA']
	},
	{
		id: 'living.lamp-reach',
		areas: ['living'],
		question: {
			en: 'Can you switch on a lamp from your chair, without getting up or stretching?',
			nl: 'Kunt u vanuit uw stoel een lamp aandoen, zonder op te staan of ver te reiken?'
		},
		hazardWhen: 'no',
		allowNA: false,
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
	},
	{
		id: 'living.phone-reach',
		areas: ['living'],
		question: {
			en: 'Is a phone within reach of your chair?',
			nl: 'Ligt er een telefoon binnen handbereik van uw stoel?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Hurrying to a ringing phone is a common cause of falls, and after a fall you need to call for help.',
			nl: 'Haastig naar een rinkelende telefoon lopen is een bekende oorzaak van vallen, en na een val moet u hulp kunnen bellen.'
		},
		fix: {
			en: 'Keep a mobile or cordless phone next to your chair, charged, with important numbers stored. Let callers know you may take a while to answer.',
			nl: 'Leg een opgeladen mobiele of draadloze telefoon naast uw stoel, met de belangrijke nummers erin. Laat bellers weten dat het even kan duren voordat u opneemt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Prevents rushing, and gets help after a fall.',
		sources: ['HSSAT', 'NIA']
	}
];
