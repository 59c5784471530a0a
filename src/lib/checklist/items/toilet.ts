import type { Group, Item } from '../types';

/**
 * Toilet: about this toilet. The night-time route and whether a toilet is near the bedroom are
 * asked once for the whole home (home.ts), so a home with two toilets is not flagged twice.
 * Urgency is asked in the personal topics.
 */
export const TOILET_GROUPS: Group[] = [];

export const TOILET_ITEMS: Item[] = [
	{
		id: 'toilet.get-up',
		kind: 'hazard',
		areas: ['toilet'],
		question: {
			en: 'Can you sit down on the toilet and get up again easily?',
			nl: 'Kunt u makkelijk op het toilet gaan zitten en weer opstaan?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Sitting down on the toilet and getting up again is hard',
			nl: 'Op het toilet gaan zitten en weer opstaan gaat moeilijk'
		},
		why: {
			en: 'A low toilet makes you drop down and push hard to get up, often at night and half asleep.',
			nl: 'Op een laag toilet zakt u neer en moet u hard duwen om op te staan. Dat gebeurt vaak ’s nachts, half slapend.'
		},
		fix: {
			en: 'Use a raised toilet seat, with armrests if needed, or a toilet frame. An occupational therapist can advise on the right height.',
			nl: 'Gebruik een toiletverhoger, zo nodig met armsteunen, of een toiletsteun. Een ergotherapeut kan adviseren over de goede hoogte.'
		},
		owner: 'ot',
		priority: 'high',
		priorityReason: 'Done several times a day and night, in a small hard room.',
		sources: ['CDC', 'HF', 'NL'],
		regional: {
			nl: {
				fix: {
					en: 'Use a raised toilet seat, with armrests if needed, or a toilet frame. You can borrow one from the thuiszorgwinkel, and an occupational therapist can advise.',
					nl: 'Gebruik een toiletverhoger, zo nodig met armsteunen, of een toiletsteun. U kunt er een lenen bij de thuiszorgwinkel. Een ergotherapeut kan adviseren.'
				}
			}
		}
	},
	{
		id: 'toilet.rail',
		kind: 'hazard',
		areas: ['toilet'],
		question: {
			en: 'Is there a sturdy grab rail next to the toilet?',
			nl: 'Zit er een stevige handgreep naast het toilet?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'There is no sturdy grab rail next to the toilet',
			nl: 'Er zit geen stevige handgreep naast het toilet'
		},
		why: {
			en: 'Without a rail you push on the washbasin, the toilet roll holder or the door, and they give way.',
			nl: 'Zonder handgreep steunt u op het fonteintje, de wc-rolhouder of de deur, en die geven mee.'
		},
		fix: {
			en: 'Have a grab rail fitted to the wall beside the toilet, or a fold-up rail if there is no wall.',
			nl: 'Laat een handgreep naast het toilet aan de muur zetten, of een opklapbare beugel als daar geen muur is.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'A firm hold at the toilet prevents falls while standing up and turning.',
		sources: ['leaflet', 'CDC'],
		regional: {
			nl: {
				fix: {
					en: 'Have a grab rail fitted to the wall beside the toilet, or a fold-up rail if there is no wall. A DIY store or the thuiszorgwinkel sells them.',
					nl: 'Laat een handgreep naast het toilet aan de muur zetten, of een opklapbare beugel als daar geen muur is. U koopt ze bij de bouwmarkt of de thuiszorgwinkel.'
				}
			}
		}
	},
	{
		id: 'toilet.door-outwards',
		kind: 'hazard',
		areas: ['toilet'],
		question: {
			en: 'Does the door open outwards or slide, so a helper can get in if someone lies against it?',
			nl: 'Draait de deur naar buiten of schuift hij, zodat een helper erin kan als iemand ertegenaan ligt?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Someone lying on the floor would block the toilet door',
			nl: 'Iemand die op de grond ligt, blokkeert de deur van het toilet'
		},
		why: {
			en: 'In a small toilet, someone who falls often ends up against the door. If it opens inwards, no one can get in to help.',
			nl: 'In een klein toilet komt iemand die valt vaak tegen de deur te liggen. Draait de deur naar binnen, dan kan niemand erin om te helpen.'
		},
		fix: {
			en: 'Ask the landlord, or a handyman if you own the home, to rehang the door so it opens outwards, or to fit a sliding door. An occupational therapist can advise.',
			nl: 'Vraag de verhuurder om de deur naar buiten te laten draaien, of om een schuifdeur. Is het uw eigen huis? Vraag het dan een klusjesman. Een ergotherapeut kan adviseren.'
		},
		owner: 'landlord',
		priority: 'medium',
		priorityReason: 'Does not prevent a fall, but stops a long wait for help in a small room.',
		sources: ['NL']
	}
];
