import type { Item } from '../types';

/** Toilet: about this toilet. Urgency is asked in the balance screen. */
export const TOILET_ITEMS: Item[] = [
	{
		id: 'toilet.get-up',
		areas: ['toilet'],
		question: {
			en: 'Can you sit down on the toilet and get up again easily?',
			nl: 'Kunt u makkelijk op het toilet gaan zitten en weer opstaan?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A low toilet makes you drop down and push hard to get up, often at night and half asleep.',
			nl: 'Op een laag toilet zakt u neer en moet u hard duwen om op te staan, vaak ’s nachts en half slapend.'
		},
		fix: {
			en: 'Use a raised toilet seat, with armrests if needed. You can borrow one from a medical supplies shop (thuiszorgwinkel), and an occupational therapist can advise.',
			nl: 'Gebruik een toiletverhoger, zo nodig met armsteunen. U kunt er een lenen bij de thuiszorgwinkel, en een ergotherapeut kan adviseren.'
		},
		owner: 'ot',
		priority: 'high',
		priorityReason: 'Done several times a day and night, in a small hard room.',
		sources: ['CDC', 'HF', 'NL']
	},
	{
		id: 'toilet.rail',
		areas: ['toilet'],
		question: {
			en: 'Is there a sturdy grab rail next to the toilet?',
			nl: 'Zit er een stevige handgreep naast het toilet?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Without a rail you push on the washbasin, the toilet roll holder or the door, and they give way.',
			nl: 'Zonder handgreep steunt u op het fonteintje, de wc-rolhouder of de deur, en die geven mee.'
		},
		fix: {
			en: 'Have a grab rail fitted to the wall beside the toilet, or a fold-up rail if there is no wall. Ask the landlord or the council (Wmo) about the costs.',
			nl: 'Laat een handgreep naast het toilet aan de muur zetten, of een opklapbare beugel als daar geen muur is. Vraag de verhuurder of de gemeente (Wmo) naar de kosten.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'A firm hold at the toilet prevents falls while standing up and turning.',
		sources: ['leaflet', 'CDC']
	},
	{
		id: 'toilet.route-lit',
		areas: ['toilet'],
		question: {
			en: 'Is the way from the bed to this toilet lit at night?',
			nl: 'Is de weg van het bed naar dit toilet ’s nachts verlicht?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Many falls happen on the way to the toilet at night: sleepy, in a hurry and in the dark.',
			nl: 'Veel valpartijen gebeuren ’s nachts op weg naar het toilet: slaperig, gehaast en in het donker.'
		},
		fix: {
			en: 'Put night lights in the sockets along the way, or lamps with a motion sensor that switch on as you pass.',
			nl: 'Zet nachtlampjes in de stopcontacten langs de route, of lampjes met bewegingsmelder die aangaan als u langsloopt.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason:
			'Night-time trips to the toilet are a common time to fall, and night lights are cheap.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'toilet.near-bedroom',
		areas: ['toilet'],
		question: {
			en: 'Is this toilet close to the bedroom, on the same floor?',
			nl: 'Is dit toilet dicht bij de slaapkamer, op dezelfde verdieping?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A long walk, or the stairs, at night adds many risky steps to every toilet visit.',
			nl: 'Een lange weg, of de trap, maakt elk toiletbezoek ’s nachts een stuk gevaarlijker.'
		},
		fix: {
			en: 'For the night, put a commode or a urinal by the bed. An occupational therapist can advise on other options.',
			nl: 'Zet voor de nacht een postoel of een urinaal bij het bed. Een ergotherapeut kan adviseren over andere mogelijkheden.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Adds distance and sometimes stairs to night-time walking.',
		sources: ['HF']
	}
];
