import type { AskWhen, Group, Item } from '../types';

/**
 * Falls and fall risk: the steps of the World Guidelines for Falls Prevention (2022) that
 * fall-risk.ts reads. The three key questions that open this topic (fallen, unsteady, worried)
 * are questions 1, 3 and 5 of the 12-question test (selftest.ts) and are asked there; here come
 * the severity of a fall (asked after a fall), getting up from the floor, and the gait and
 * balance tests (asked when any key question is yes). The ids are read by fall-risk.ts: do not
 * rename them.
 */

/** After a fall in the past 12 months. */
const AFTER_A_FALL: AskWhen = { item: 'balance.fallen', answer: 'yes' };

/** After a yes to any of the three key questions: the gait and balance step. */
const ANY_KEY_QUESTION: AskWhen = {
	any: [
		{ item: 'balance.fallen', answer: 'yes' },
		{ item: 'balance.unsteady', answer: 'yes' },
		{ item: 'balance.worried', answer: 'yes' }
	]
};

export const FALLS_GROUPS: Group[] = [
	{
		id: 'falls.severity',
		prompt: {
			en: 'About your falls in the past 12 months and your daily life, tick what applies:',
			nl: 'Over uw val of vallen van het afgelopen jaar en uw dagelijks leven, vink aan wat klopt:'
		},
		hint: {
			en: 'Leave unticked what did not happen.',
			nl: 'Laat leeg wat niet gebeurde.'
		}
	}
];

export const FALLS_ITEMS: Item[] = [
	{
		id: 'falls.injured',
		kind: 'risk-factor',
		areas: ['falls'],
		group: 'falls.severity',
		option: {
			en: 'You were hurt in a fall: a wound, a broken bone, or you needed a doctor',
			nl: 'U raakte gewond bij een val: een wond, een breuk, of u had een dokter nodig'
		},
		question: {
			en: 'Were you hurt in a fall in the past 12 months?',
			nl: 'Raakte u gewond bij een val in de afgelopen 12 maanden?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		askWhen: AFTER_A_FALL,
		quick: true,
		finding: {
			en: 'Was hurt in a fall in the past 12 months',
			nl: 'Raakte gewond bij een val in de afgelopen 12 maanden'
		},
		why: {
			en: 'A fall that caused an injury makes the risk of falling high, whatever the other answers.',
			nl: 'Na een val waarbij u gewond raakte, is de kans op vallen hoog, wat de andere antwoorden ook zijn.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'falls.two-or-more',
		kind: 'risk-factor',
		areas: ['falls'],
		group: 'falls.severity',
		option: {
			en: 'You fell 2 or more times',
			nl: 'U viel 2 keer of vaker'
		},
		question: {
			en: 'Have you fallen 2 or more times in the past 12 months?',
			nl: 'Bent u in de afgelopen 12 maanden 2 keer of vaker gevallen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		askWhen: AFTER_A_FALL,
		quick: true,
		finding: {
			en: 'Fell 2 or more times in the past 12 months',
			nl: 'Is in de afgelopen 12 maanden 2 keer of vaker gevallen'
		},
		why: {
			en: 'Falling again and again shows a cause that is still there, and makes the risk of falling high.',
			nl: 'Wie vaker valt, heeft een oorzaak die er nog steeds is. De kans op vallen is dan hoog.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'falls.lay-long',
		kind: 'risk-factor',
		areas: ['falls'],
		group: 'falls.severity',
		option: {
			en: 'You could not get up by yourself and lay on the floor',
			nl: 'U kon niet zelf opstaan en lag op de grond'
		},
		question: {
			en: 'After a fall, did you lie on the floor because you could not get up by yourself?',
			nl: 'Lag u na een val op de grond, omdat u niet zelf kon opstaan?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		askWhen: AFTER_A_FALL,
		quick: true,
		finding: {
			en: 'Could not get up alone after a fall and lay on the floor',
			nl: 'Kon na een val niet zelf opstaan en lag op de grond'
		},
		why: {
			en: 'Lying on the floor for a long time harms the body and shows weak legs, so the risk of falling is high.',
			nl: 'Lang op de grond liggen is schadelijk en wijst op zwakke benen. De kans op vallen is dan hoog.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'falls.blackout',
		kind: 'risk-factor',
		areas: ['falls'],
		group: 'falls.severity',
		option: {
			en: 'You blacked out or fainted, just before or during a fall',
			nl: 'U viel flauw of was even weg, vlak voor of tijdens een val'
		},
		question: {
			en: 'Did you black out or faint just before or during a fall?',
			nl: 'Viel u flauw of was u even weg, vlak voor of tijdens een val?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		askWhen: AFTER_A_FALL,
		quick: true,
		finding: {
			en: 'Blacked out or fainted in a fall',
			nl: 'Viel flauw of was even weg bij een val'
		},
		why: {
			en: 'Blacking out can come from the heart or the blood pressure, and a doctor needs to look for the cause.',
			nl: 'Flauwvallen kan komen door het hart of de bloeddruk. Een arts moet naar de oorzaak zoeken.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'falls.frail',
		kind: 'risk-factor',
		areas: ['falls'],
		group: 'falls.severity',
		option: {
			en: 'You need help from others with daily tasks, such as shopping, housework, cooking or washing',
			nl: 'U heeft hulp van anderen nodig bij dagelijkse dingen, zoals boodschappen, huishouden, koken of wassen'
		},
		question: {
			en: 'Do you need help from others with daily tasks, such as shopping, housework, cooking or washing?',
			nl: 'Heeft u hulp van anderen nodig bij dagelijkse dingen, zoals boodschappen, huishouden, koken of wassen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		askWhen: AFTER_A_FALL,
		quick: true,
		finding: {
			en: 'Needs help from others with daily tasks',
			nl: 'Heeft hulp van anderen nodig bij dagelijkse dingen'
		},
		why: {
			en: 'Needing help with daily tasks is a sign of frailty: after a fall, it makes the risk of falling high.',
			nl: 'Hulp nodig hebben bij dagelijkse dingen is een teken van kwetsbaarheid. Na een val is de kans op vallen dan hoog.'
		},
		sources: ['WFG']
	},
	{
		id: 'falls.get-up-floor',
		kind: 'hazard',
		areas: ['falls'],
		question: {
			en: 'If you were lying on the floor, could you get up by yourself?',
			nl: 'Als u op de grond ligt, kunt u dan zelf opstaan?'
		},
		labels: {
			yes: { en: 'Yes, I can', nl: 'Ja, dat kan ik' },
			no: { en: 'No, or not sure', nl: 'Nee, of weet ik niet' }
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Cannot get up from the floor alone',
			nl: 'Kan niet zelf van de grond opstaan'
		},
		why: {
			en: 'Someone who cannot get up after a fall may lie on the floor for hours, which causes harm of its own. Getting up can be learnt.',
			nl: 'Wie na een val niet kan opstaan, ligt soms urenlang op de grond. Dat is op zichzelf schadelijk. Opstaan kunt u leren.'
		},
		fix: {
			en: 'Ask a physiotherapist to teach you how to get up from the floor, step by step, and practise it. Until you can, keep a phone on you or wear a personal alarm, in the shower and at night too.',
			nl: 'Vraag een fysiotherapeut om u stap voor stap te leren hoe u van de grond opstaat, en oefen het. Draag tot die tijd een telefoon of alarmknop bij u, ook onder de douche en ’s nachts.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason:
			'A long lie after a fall is a severity sign of its own; getting up can be taught and an alarm shortens the wait.',
		sources: ['WFG', 'NL', 'NIA']
	},
	{
		id: 'falls.tug',
		kind: 'measure',
		areas: ['falls'],
		question: {
			en: 'Timed Up and Go: how many seconds does it take to stand up, walk 3 metres, turn, walk back and sit down?',
			nl: 'Timed Up and Go: hoeveel seconden duurt opstaan, 3 meter lopen, omdraaien, teruglopen en weer gaan zitten?'
		},
		allowNA: true,
		askWhen: ANY_KEY_QUESTION,
		quick: true,
		unit: 'seconds',
		range: { min: 3, max: 180 },
		howTo: {
			en: [
				'Put a firm chair with arms against a wall.',
				'Mark a line on the floor 3 metres in front of the chair.',
				'Sit with your back against the chair and your feet flat on the floor.',
				'Use your usual walking aid if you have one.',
				'On “go”, stand up and walk at your usual pace to the line.',
				'Turn round, walk back and sit down again.',
				'The time runs from “go” until your back is against the chair again.',
				'Someone should walk beside you, to be safe.',
				'If the test cannot be done, answer “not applicable”.'
			].join('\n'),
			nl: [
				'Zet een stevige stoel met armleuningen tegen een muur.',
				'Maak een streep op de vloer, 3 meter voor de stoel.',
				'Ga zitten met uw rug tegen de leuning en uw voeten plat op de grond.',
				'Gebruik uw eigen loophulpmiddel als u dat heeft.',
				'Bij ‘start’ staat u op en loopt u in uw gewone tempo naar de streep.',
				'Draai om, loop terug en ga weer zitten.',
				'De tijd loopt vanaf ‘start’ tot uw rug weer tegen de leuning is.',
				'Laat iemand naast u lopen, voor de veiligheid.',
				'Lukt de test niet, kies dan ‘niet van toepassing’.'
			].join('\n')
		},
		why: {
			en: 'A time over 15 seconds shows that walking and balance need training. The test takes a minute and guides the next step.',
			nl: 'Duurt het langer dan 15 seconden, dan hebben lopen en evenwicht training nodig. De test duurt een minuut en wijst de volgende stap.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'falls.walk-4m',
		kind: 'measure',
		areas: ['falls'],
		question: {
			en: '4-metre walk: how many seconds does it take to walk 4 metres at your usual pace?',
			nl: '4 meter lopen: hoeveel seconden doet u over 4 meter in uw gewone tempo?'
		},
		allowNA: true,
		askWhen: ANY_KEY_QUESTION,
		unit: 'seconds',
		range: { min: 1, max: 120 },
		howTo: {
			en: [
				'Mark a start line and an end line 4 metres apart on a flat, clear floor.',
				'Leave 1 to 2 metres free before the start and after the end, for a run-up.',
				'Begin behind the run-up and walk at your usual pace, with your usual walking aid.',
				'Start the timer when your first foot crosses the start line.',
				'Stop it when your first foot crosses the end line.',
				'Walk on past the end line: do not slow down before it.',
				'If the test cannot be done, answer “not applicable”.'
			].join('\n'),
			nl: [
				'Maak op een vlakke, vrije vloer een startstreep en een eindstreep, 4 meter uit elkaar.',
				'Houd voor de start en na het eind 1 à 2 meter vrij om aan te lopen.',
				'Begin een stukje voor de startstreep en loop in uw gewone tempo, met uw eigen loophulpmiddel.',
				'Start de tijd als uw eerste voet over de startstreep gaat.',
				'Stop de tijd als uw eerste voet over de eindstreep gaat.',
				'Loop door tot voorbij de eindstreep, en ga niet eerder langzamer lopen.',
				'Lukt de test niet, kies dan ‘niet van toepassing’.'
			].join('\n')
		},
		why: {
			en: 'Taking more than 5 seconds, a speed below 0.8 metres a second, shows that walking and balance need training.',
			nl: 'Doet u er langer dan 5 seconden over, dan loopt u langzamer dan 0,8 meter per seconde. Lopen en evenwicht hebben dan training nodig.'
		},
		sources: ['WFG']
	},
	{
		id: 'falls.chair-stand',
		kind: 'measure',
		areas: ['falls'],
		question: {
			en: 'Chair stand (optional): how many times can you stand up fully from a chair in 30 seconds, with your arms crossed?',
			nl: 'Opstaan uit een stoel (mag u overslaan): hoe vaak staat u in 30 seconden helemaal op, armen over elkaar?'
		},
		allowNA: true,
		askWhen: ANY_KEY_QUESTION,
		unit: 'count',
		range: { min: 0, max: 40 },
		countdownSeconds: 30,
		howTo: {
			en: [
				'Put a firm chair without arms, with a seat about 43 cm high, against a wall.',
				'Sit in the middle of the seat with your feet flat on the floor.',
				'Cross your arms over your chest, hands on the opposite shoulders.',
				'On “go”, stand up straight and sit down again, as many times as you can in 30 seconds.',
				'Count each time you stand up fully.',
				'If you are more than halfway up when the time ends, that counts too.',
				'If you need your arms to stand up, stop: the count is 0.',
				'Stop at once if you feel unwell or unsteady.',
				'Someone should stand beside you, to be safe.'
			].join('\n'),
			nl: [
				'Zet een stevige stoel zonder armleuningen tegen een muur, met een zitting van ongeveer 43 cm hoog.',
				'Ga midden op de zitting zitten, met uw voeten plat op de grond.',
				'Kruis uw armen voor uw borst, met uw handen op de andere schouder.',
				'Bij ‘start’ staat u helemaal op en gaat u weer zitten.',
				'Doe dat zo vaak als u kunt in 30 seconden.',
				'Tel elke keer dat u helemaal staat.',
				'Bent u bij het eind meer dan halfweg, dan telt dat ook.',
				'Heeft u uw armen nodig om op te staan, stop dan: de uitkomst is 0.',
				'Stop meteen als u zich niet goed of wankel voelt.',
				'Laat iemand naast u staan, voor de veiligheid.'
			].join('\n')
		},
		why: {
			en: 'The count shows the strength in your legs. The physiotherapist or GP compares it with people of your age and sex.',
			nl: 'De uitkomst laat zien hoe sterk uw benen zijn. De fysiotherapeut of huisarts vergelijkt die met mensen van uw leeftijd.'
		},
		sources: ['WFG']
	}
];
