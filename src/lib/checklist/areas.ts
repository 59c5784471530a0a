import type { Area } from './types';

/** The room types, the whole home, then the personal topics, in the order Footing asks them. */
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
		id: 'home',
		kind: 'home',
		name: { en: 'The whole home', nl: 'Het hele huis' },
		intro: {
			en: 'What is the same in every room is asked once: the way to the toilet at night, light switches, doors, a phone and help within reach.',
			nl: 'Wat in elke ruimte hetzelfde is, vragen we één keer: de weg naar het toilet ’s nachts, lichtknoppen, deuren, een telefoon en hulp binnen bereik.'
		}
	},
	{
		id: 'falls',
		kind: 'personal',
		name: { en: 'Falls and fall risk', nl: 'Vallen en valrisico' },
		intro: {
			en: 'Three short questions, and a walking test where they call for one, show how high the risk of a fall is.',
			nl: 'Drie korte vragen, en een looptest als die nodig is, laten zien hoe groot de kans op een val is.'
		}
	},
	{
		id: 'selftest',
		kind: 'personal',
		name: { en: 'Fall-risk self-test (12 questions)', nl: 'Zelftest valrisico (12 vragen)' },
		intro: {
			en: 'Twelve short questions that show whether the chance of a fall is higher: 4 points or more means it is time to act.',
			nl: 'Twaalf korte vragen laten zien of uw kans op een val groter is: vanaf 4 punten is het tijd om iets te doen.'
		}
	},
	{
		id: 'health',
		kind: 'personal',
		name: { en: 'Health and daily life', nl: 'Gezondheid en dagelijks leven' },
		intro: {
			en: 'Dizziness, some illnesses, memory and living alone all change the risk of a fall and what helps.',
			nl: 'Duizeligheid, sommige ziektes, het geheugen en alleen wonen bepalen mee hoe groot de kans op een val is en wat helpt.'
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
		id: 'footwear',
		kind: 'personal',
		name: { en: 'Feet, shoes and clothing', nl: 'Voeten, schoenen en kleding' },
		intro: {
			en: 'What you wear on your feet matters as much as the floor you walk on.',
			nl: 'Wat u aan uw voeten draagt, is net zo belangrijk als de vloer waarop u loopt.'
		}
	},
	{
		id: 'eyesight',
		kind: 'personal',
		name: { en: 'Eyesight and hearing', nl: 'Zien en horen' },
		intro: {
			en: 'You need to see a step or an edge in time, and to hear what goes on around you.',
			nl: 'U moet een tree of een drempel op tijd zien, en horen wat er om u heen gebeurt.'
		}
	},
	{
		id: 'activity',
		kind: 'personal',
		name: { en: 'Balance and exercise', nl: 'Evenwicht en bewegen' },
		intro: {
			en: 'Moving every day keeps your muscles strong and your balance steady, and exercise cuts falls by about a quarter.',
			nl: 'Elke dag bewegen houdt uw spieren sterk en uw evenwicht goed, en oefenen maakt de kans op een val ongeveer een kwart kleiner.'
		}
	},
	{
		id: 'bones',
		kind: 'personal',
		name: { en: 'Bone health', nl: 'Gezonde botten' },
		intro: {
			en: 'Strong bones decide how badly a fall ends: this is about food, daylight and what to discuss with your GP.',
			nl: 'Sterke botten bepalen hoe een val afloopt: het gaat om voeding, daglicht en wat u met uw huisarts bespreekt.'
		}
	}
];
