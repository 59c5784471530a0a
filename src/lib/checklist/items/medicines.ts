import type { Item } from '../types';

/** Medicines and alcohol: asked once for the person checked (the screen asks two more). */
export const MEDICINES_ITEMS: Item[] = [
	{
		id: 'medicines.sleeping-pills',
		areas: ['medicines'],
		question: {
			en: 'Do you take sleeping pills?',
			nl: 'Gebruikt u slaapmiddelen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Sleeping pills slow your reactions and affect your balance, even the next morning, and especially when you get up at night.',
			nl: 'Slaapmiddelen maken uw reacties trager en uw evenwicht slechter, ook de volgende ochtend, en zeker als u ’s nachts opstaat.'
		},
		fix: {
			en: 'Do not stop suddenly. Ask your GP whether you can reduce them step by step, and about other ways to sleep better.',
			nl: 'Stop niet ineens. Vraag uw huisarts of u ze stap voor stap kunt afbouwen, en naar andere manieren om beter te slapen.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason:
			'Sleeping pills are among the medicines most strongly linked to falls and hip fractures.',
		sources: ['leaflet', 'SI', 'NL']
	},
	{
		id: 'medicines.sedatives',
		areas: ['medicines'],
		question: {
			en: 'Do you take tranquillisers (calming medicines such as oxazepam or diazepam), for example for anxiety or restlessness?',
			nl: 'Gebruikt u kalmeringsmiddelen (zoals oxazepam of diazepam), bijvoorbeeld tegen angst of onrust?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Tranquillisers make you drowsy and unsteady, and their effect can last well into the next day.',
			nl: 'Kalmeringsmiddelen maken u suf en wankel, en ze kunnen tot ver in de volgende dag werken.'
		},
		fix: {
			en: 'Do not stop suddenly. Ask your GP whether you still need them and whether you can reduce them step by step.',
			nl: 'Stop niet ineens. Vraag uw huisarts of u ze nog nodig heeft en of u ze stap voor stap kunt afbouwen.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Tranquillisers are among the medicines most strongly linked to falls.',
		sources: ['leaflet', 'SI', 'NL']
	},
	{
		id: 'medicines.blood-pressure',
		areas: ['medicines'],
		question: {
			en: 'Do you take medicines that lower your blood pressure, or water tablets?',
			nl: 'Gebruikt u medicijnen die uw bloeddruk verlagen, of plastabletten?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'These medicines can make your blood pressure drop when you stand up, so you feel dizzy. Water tablets also make you hurry to the toilet.',
			nl: 'Deze medicijnen kunnen uw bloeddruk laten zakken als u opstaat, waardoor u duizelig wordt. Van plastabletten moet u ook vaak snel naar het toilet.'
		},
		fix: {
			en: 'Ask your GP or practice nurse to measure your blood pressure lying down and standing up, and to check whether the dose is still right. Do not stop them yourself.',
			nl: 'Vraag uw huisarts of praktijkondersteuner om uw bloeddruk liggend en staand te meten, en na te gaan of de dosis nog goed is. Stop er niet zelf mee.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason:
			'Often needed, but a drop in pressure on standing causes falls and is easy to check.',
		sources: ['SI', 'NL']
	},
	{
		id: 'medicines.strong-painkillers',
		areas: ['medicines'],
		question: {
			en: 'Do you take strong painkillers, such as tramadol, codeine, oxycodone or morphine?',
			nl: 'Gebruikt u sterke pijnstillers, zoals tramadol, codeïne, oxycodon of morfine?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Strong painkillers make you drowsy and dizzy, especially when you start or raise the dose.',
			nl: 'Sterke pijnstillers maken u suf en duizelig, vooral als u ermee begint of de dosis omhooggaat.'
		},
		fix: {
			en: 'Take extra care in the first weeks and after a higher dose. Ask your GP whether a lower dose or another painkiller is possible.',
			nl: 'Wees extra voorzichtig in de eerste weken en na een hogere dosis. Vraag uw huisarts of een lagere dosis of een andere pijnstiller mogelijk is.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason:
			'Often needed for osteoporosis pain, but a known cause of drowsiness and falls.',
		sources: ['SI', 'NL']
	},
	{
		id: 'medicines.many',
		areas: ['medicines'],
		question: {
			en: 'How many different medicines do you take every day, including those from the chemist?',
			nl: 'Hoeveel verschillende medicijnen gebruikt u elke dag, ook die van de drogist?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		labels: {
			yes: { en: '5 or more', nl: '5 of meer' },
			no: { en: '4 or fewer', nl: '4 of minder' }
		},
		why: {
			en: 'The more medicines you take, the greater the chance of side effects and of medicines working against each other.',
			nl: 'Hoe meer medicijnen u gebruikt, hoe groter de kans op bijwerkingen en op medicijnen die elkaar beïnvloeden.'
		},
		fix: {
			en: 'Ask your pharmacist or GP for a medication review: a talk in which they go through all your medicines with you.',
			nl: 'Vraag uw apotheker of huisarts om een medicatiebeoordeling: een gesprek waarin zij al uw medicijnen met u doorlopen.'
		},
		owner: 'pharmacist',
		priority: 'medium',
		priorityReason: 'Five or more medicines raise the risk of falling; a review is simple.',
		sources: ['NL']
	},
	{
		id: 'medicines.review',
		areas: ['medicines'],
		question: {
			en: 'Has your GP or pharmacist gone through all your medicines with you in the past year?',
			nl: 'Heeft uw huisarts of apotheker het afgelopen jaar al uw medicijnen met u doorgenomen?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Medicines that were right a few years ago may now be unnecessary, or too strong for you.',
			nl: 'Medicijnen die een paar jaar geleden goed waren, zijn nu misschien overbodig of te sterk voor u.'
		},
		fix: {
			en: 'Make an appointment for a medication review with your pharmacist or GP, and take all your medicines or a list of them with you.',
			nl: 'Maak een afspraak voor een medicatiebeoordeling bij uw apotheker of huisarts, en neem al uw medicijnen of een lijst mee.'
		},
		owner: 'pharmacist',
		priority: 'medium',
		priorityReason: 'A medication review is a proven part of fall prevention.',
		sources: ['NL']
	},
	{
		id: 'medicines.alcohol',
		areas: ['medicines'],
		question: {
			en: 'Do you usually drink more than one glass of alcohol a day?',
			nl: 'Drinkt u meestal meer dan één glas alcohol per dag?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Alcohol slows your reactions and upsets your balance, even more so with sleeping pills or tranquillisers. Too much alcohol also weakens your bones.',
			nl: 'Alcohol maakt uw reacties trager en uw evenwicht slechter, en met slaap- of kalmeringsmiddelen nog meer. Te veel alcohol maakt ook uw botten zwakker.'
		},
		fix: {
			en: 'Drink no more than one glass a day, preferably none, and never together with sleeping pills or tranquillisers. Your GP can help you cut down.',
			nl: 'Drink niet meer dan één glas per dag, liever helemaal niet, en nooit samen met slaap- of kalmeringsmiddelen. Uw huisarts kan helpen om te minderen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Alcohol adds to fall risk and bone loss, and is in the person’s own hands.',
		sources: ['leaflet', 'NL']
	}
];
