import type { Area } from './types';

/** The room types, then the personal topics, in the order Footing asks them. */
export const AREAS: readonly Area[] = [
	{
		id: 'entrance',
		kind: 'room',
		name: { en: 'Entrance and outside paths', nl: 'Ingang en paden buiten' },
		intro: {
			en: 'The way from the street to the front door: paths, steps, light and the door itself.',
			nl: 'De weg van de straat naar de voordeur: paden, opstapjes, licht en de deur zelf.'
		}
	},
	{
		id: 'stairs',
		kind: 'room',
		name: { en: 'Hall and stairs', nl: 'Gang en trap' },
		intro: {
			en: 'Falls on the stairs are among the most serious, so look closely at every step, rail and lamp.',
			nl: 'Een val van de trap loopt vaak ernstig af, dus kijk goed naar elke tree, leuning en lamp.'
		}
	},
	{
		id: 'living',
		kind: 'room',
		name: { en: 'Living room', nl: 'Woonkamer' },
		intro: {
			en: 'You spend most of the day here: look at the floor, the walking routes, the chair and the light.',
			nl: 'Hier brengt u het grootste deel van de dag door: kijk naar de vloer, de looproutes, de stoel en het licht.'
		}
	},
	{
		id: 'kitchen',
		kind: 'room',
		name: { en: 'Kitchen', nl: 'Keuken' },
		intro: {
			en: 'Reaching up, bending down and carrying things in the kitchen can upset your balance.',
			nl: 'In de keuken reikt, bukt en draagt u veel, en dat kan uw evenwicht verstoren.'
		}
	},
	{
		id: 'bathroom',
		kind: 'room',
		name: { en: 'Bathroom', nl: 'Badkamer' },
		intro: {
			en: 'Wet, hard floors make the bathroom one of the places where a fall does the most harm.',
			nl: 'Door de natte, harde vloer loopt een val in de badkamer vaak slecht af.'
		}
	},
	{
		id: 'toilet',
		kind: 'room',
		name: { en: 'Toilet', nl: 'Toilet' },
		intro: {
			en: 'You often go there in a hurry and at night, so getting there and getting up again must be easy.',
			nl: 'U gaat er vaak snel en ’s nachts naartoe, dus de weg erheen en het opstaan moeten makkelijk gaan.'
		}
	},
	{
		id: 'bedroom',
		kind: 'room',
		name: { en: 'Bedroom', nl: 'Slaapkamer' },
		intro: {
			en: 'At night you get up sleepy and in the dark: look at the light, the bed and the way to the door.',
			nl: '’s Nachts staat u slaperig op in het donker: kijk naar het licht, het bed en de weg naar de deur.'
		}
	},
	{
		id: 'other',
		kind: 'room',
		name: { en: 'Other room', nl: 'Andere ruimte' },
		intro: {
			en: 'Garage, shed, laundry, balcony or garden: easy to forget, but full of steps, tools and wet floors.',
			nl: 'Garage, schuur, washok, balkon of tuin: snel vergeten, maar vol opstapjes, gereedschap en natte vloeren.'
		}
	},
	{
		id: 'footwear',
		kind: 'personal',
		name: { en: 'Shoes and clothing', nl: 'Schoenen en kleding' },
		intro: {
			en: 'What you wear on your feet matters as much as the floor you walk on.',
			nl: 'Wat u aan uw voeten draagt, is net zo belangrijk als de vloer waarop u loopt.'
		}
	},
	{
		id: 'medicines',
		kind: 'personal',
		name: { en: 'Medicines', nl: 'Medicijnen' },
		intro: {
			en: 'Some medicines, and alcohol, make you drowsy or dizzy and so more likely to fall.',
			nl: 'Sommige medicijnen, en ook alcohol, maken u suf of duizelig, waardoor u sneller valt.'
		}
	},
	{
		id: 'eyesight',
		kind: 'personal',
		name: { en: 'Eyesight', nl: 'Zien' },
		intro: {
			en: 'You need to see a step, an edge or something on the floor in time to avoid it.',
			nl: 'U moet een tree, een drempel of iets op de vloer op tijd zien om er niet over te vallen.'
		}
	},
	{
		id: 'balance',
		kind: 'personal',
		name: { en: 'Balance and falls', nl: 'Evenwicht en vallen' },
		intro: {
			en: 'The fall-risk test: twelve short questions that show whether your risk of falling is higher (4 points or more means it is time to act).',
			nl: 'De valrisicotest: twaalf korte vragen die laten zien of u een grotere kans heeft om te vallen (bij 4 punten of meer is het tijd om iets te doen).'
		}
	},
	{
		id: 'exercise',
		kind: 'personal',
		name: { en: 'Exercise', nl: 'Bewegen' },
		intro: {
			en: 'Moving every day keeps your muscles strong, your balance steady and your bones healthy.',
			nl: 'Elke dag bewegen houdt uw spieren sterk, uw evenwicht goed en uw botten gezond.'
		}
	},
	{
		id: 'bones',
		kind: 'personal',
		name: { en: 'Bone health', nl: 'Gezonde botten' },
		intro: {
			en: 'Strong bones break less easily if you do fall: this is about food, daylight and risk factors to discuss with your GP.',
			nl: 'Sterke botten breken minder snel als u toch valt: het gaat om voeding, daglicht en risicofactoren om met uw huisarts te bespreken.'
		}
	}
];
