import type { Group, Item } from '../types';

/**
 * The whole home, asked once per check: what is the same in every room, or belongs to the home
 * rather than to one room. The way to the toilet at night, then one tick list of things found
 * around the home, then a phone and help within reach.
 */
export const HOME_GROUPS: Group[] = [
	{
		id: 'home.around',
		prompt: {
			en: 'Tick what you find in this home:',
			nl: 'Vink aan wat u in dit huis tegenkomt:'
		},
		hint: {
			en: 'Think of all the rooms together. Leave unticked what is fine.',
			nl: 'Denk aan alle ruimtes samen. Wat in orde is, vinkt u niet aan.'
		}
	}
];

export const HOME_ITEMS: Item[] = [
	{
		id: 'home.night-route-lit',
		kind: 'hazard',
		areas: ['home'],
		question: {
			en: 'Is the way from the bed to the toilet lit at night, all the way?',
			nl: 'Is de weg van het bed naar het toilet ’s nachts verlicht, de hele weg?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'The way from the bed to the toilet is dark at night',
			nl: 'De weg van het bed naar het toilet is ’s nachts donker'
		},
		why: {
			en: 'Many falls happen on the way to the toilet at night: sleepy, in a hurry and in the dark.',
			nl: 'Veel valpartijen gebeuren ’s nachts op weg naar het toilet: slaperig, gehaast en in het donker.'
		},
		fix: {
			en: 'Put night lights in the sockets along the way, or lamps with a motion sensor that switch on as you pass. Leave the toilet light or a small lamp on at night.',
			nl: 'Zet nachtlampjes in de stopcontacten langs de route, of lampjes met bewegingsmelder die aangaan als u langsloopt. Laat ’s nachts het toiletlicht of een klein lampje aan.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason:
			'Night-time trips to the toilet are a common time to fall, and night lights are cheap.',
		sources: ['CDC', 'HF', 'NIA']
	},
	{
		id: 'home.toilet-near',
		kind: 'hazard',
		areas: ['home'],
		question: {
			en: 'Is there a toilet close to the bedroom, on the same floor?',
			nl: 'Is er een toilet dicht bij de slaapkamer, op dezelfde verdieping?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'There is no toilet near the bedroom, on the same floor',
			nl: 'Er is geen toilet dicht bij de slaapkamer, op dezelfde verdieping'
		},
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
	},
	{
		id: 'home.switch-far',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'A room you cross in the dark to reach the light switch',
			nl: 'Een ruimte waar u in het donker naar de lichtknop loopt'
		},
		question: {
			en: 'Is there a room where you must cross the dark to reach the light switch?',
			nl: 'Is er een ruimte waar u in het donker naar de lichtknop moet lopen?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'In some rooms the light switch is not by the door',
			nl: 'In sommige ruimtes zit de lichtknop niet bij de deur'
		},
		why: {
			en: 'Walking across a dark room to reach a lamp is when people trip over things they cannot see.',
			nl: 'Juist als u door een donkere ruimte naar een lamp loopt, struikelt u over dingen die u niet ziet.'
		},
		fix: {
			en: 'Have a switch fitted by the door, or use a lamp with a motion sensor or a remote-control plug.',
			nl: 'Laat een lichtknop bij de deur aanleggen, of gebruik een lamp met bewegingsmelder of een stekker met afstandsbediening.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Prevents walking in the dark; simple plug-in fixes exist.',
		sources: ['HF', 'NIA', 'leaflet']
	},
	{
		id: 'home.threshold-high',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'Raised thresholds between rooms',
			nl: 'Hoge drempels tussen de ruimtes'
		},
		question: {
			en: 'Are there raised thresholds between rooms that are easy to trip over?',
			nl: 'Zijn er hoge drempels tussen de ruimtes waar u makkelijk over struikelt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Raised thresholds between rooms are easy to trip over',
			nl: 'Er zijn hoge drempels tussen de ruimtes waar u makkelijk over struikelt'
		},
		why: {
			en: 'Many older homes have a raised threshold at every door, and at night or in a hurry you forget it is there.',
			nl: 'In veel oudere huizen zit bij elke deur een drempel. ’s Nachts of als u haast heeft, vergeet u die snel.'
		},
		fix: {
			en: 'Have the thresholds removed or lowered, or put threshold ramps over them. At least mark them with a strip in a contrasting colour.',
			nl: 'Laat de drempels weghalen of verlagen, of leg er drempelhulpen overheen. Markeer ze in elk geval met een strip in een opvallende kleur.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Crossed many times a day, also at night.',
		sources: ['HSSAT', 'NL']
	},
	{
		id: 'home.lock-inside',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'A bathroom or toilet lock that cannot be opened from outside',
			nl: 'Een slot op badkamer of toilet dat niet van buiten open kan'
		},
		question: {
			en: 'Is there a bathroom or toilet lock that cannot be opened from outside in an emergency?',
			nl: 'Is er een slot op de badkamer of het toilet dat in een noodgeval niet van buiten open kan?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'A bathroom or toilet lock cannot be opened from outside',
			nl: 'Een slot van de badkamer of het toilet kan niet van buiten open'
		},
		why: {
			en: 'If you fall behind a locked door, helpers cannot get in to you.',
			nl: 'Als u gevallen bent achter een deur die op slot zit, kunnen helpers niet bij u komen.'
		},
		fix: {
			en: 'Have a lock fitted that can be opened from outside with a coin (an emergency release), or leave the door unlocked.',
			nl: 'Laat een slot plaatsen dat u van buitenaf met een muntje opent (een noodontgrendeling). Of doe de deur niet op slot.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Does not prevent a fall, but stops a long wait for help after one.',
		sources: ['NL']
	},
	{
		id: 'home.pet-underfoot',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'A pet that gets under your feet',
			nl: 'Een huisdier dat tussen uw voeten loopt'
		},
		question: {
			en: 'Is there a pet that gets under your feet, or lies on the stairs or where you walk?',
			nl: 'Is er een huisdier dat tussen uw voeten loopt, of op de trap of in de looproute ligt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'A pet gets under the feet or lies where people walk',
			nl: 'Een huisdier loopt tussen de voeten of ligt in de looproute'
		},
		why: {
			en: 'A cat on a dark step or a dog rushing past is easy to trip over. At feeding time, pets get under your feet while the bowl is on the floor.',
			nl: 'Over een kat op een donkere tree of een hond die langs u rent, struikelt u makkelijk. Bij het eten geven lopen huisdieren tussen uw voeten, en de bak staat op de grond.'
		},
		fix: {
			en: 'Give the pet a bed away from the stairs and the walking routes. Feed it in a fixed spot, from a bowl on a raised stand. A bell on the collar helps you hear it.',
			nl: 'Geef het huisdier een mand uit de buurt van de trap en de looproutes. Geef het eten op een vaste plek, uit een bak op een verhoging. Een belletje aan de halsband helpt om het te horen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Pets underfoot cause falls, but only in homes with pets.',
		sources: ['HF']
	},
	{
		id: 'home.clutter',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'Things often left on the floor or the stairs for later',
			nl: 'Spullen die vaak voor later op de vloer of de trap blijven liggen'
		},
		question: {
			en: 'Are things such as post, washing or shopping often left on the floor or the stairs, to put away later?',
			nl: 'Blijven spullen zoals post, wasgoed of boodschappen vaak op de vloer of de trap liggen, om later op te ruimen?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Things are often left on the floor or the stairs for later',
			nl: 'Spullen blijven vaak voor later op de vloer of de trap liggen'
		},
		why: {
			en: 'A habit of putting things down for later brings back the clutter you cleared, often where you walk at night.',
			nl: 'Als u spullen vaak even neerlegt, ligt de vloer snel weer vol. Vaak juist waar u ’s nachts loopt.'
		},
		fix: {
			en: 'Give post, shopping and washing a fixed place on a table or shelf. Keep a basket at the foot of the stairs for things that go up, and clear it once a day.',
			nl: 'Geef post, boodschappen en wasgoed een vaste plek op een tafel of plank. Zet onder aan de trap een mand voor wat naar boven moet. Maak die elke dag leeg.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A habit behind many trip hazards, free to change.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'home.reach-storage',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'Everyday things up high or down low, outside the kitchen',
			nl: 'Spullen voor elke dag die hoog of laag staan, buiten de keuken'
		},
		question: {
			en: 'Outside the kitchen, are everyday things kept up high or down low, as in a wardrobe or a bathroom cabinet?',
			nl: 'Staan spullen voor elke dag buiten de keuken hoog of laag, zoals in de kledingkast of het badkamerkastje?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Everyday things outside the kitchen are kept too high or too low',
			nl: 'Spullen voor elke dag staan buiten de keuken te hoog of te laag'
		},
		why: {
			en: 'Reaching up to a high shelf, a curtain or a washing line, or bending down to a low drawer, easily upsets your balance.',
			nl: 'Reiken naar een hoge plank, een gordijn of een waslijn brengt u snel uit balans. Dat geldt ook voor bukken naar een lage la.'
		},
		fix: {
			en: 'Keep the clothes, towels and toiletries you use every day between waist and shoulder height. Lower a high clothes rail or washing line, and ask someone to hang curtains.',
			nl: 'Leg kleren, handdoeken en toiletspullen die u elke dag gebruikt tussen heup- en schouderhoogte. Laat een hoge kledingstang of waslijn lager hangen. Vraag iemand om gordijnen op te hangen.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Everyday reaching and bending, easy to change by moving things.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'home.no-torch',
		kind: 'hazard',
		areas: ['home'],
		group: 'home.around',
		option: {
			en: 'No torch by the bed for a power cut',
			nl: 'Geen zaklamp bij het bed voor een stroomstoring'
		},
		question: {
			en: 'Is a torch missing by the bed, for when the power fails?',
			nl: 'Ontbreekt er een zaklamp bij het bed, voor als de stroom uitvalt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'There is no torch within reach of the bed',
			nl: 'Er ligt geen zaklamp binnen handbereik van het bed'
		},
		why: {
			en: 'In a power cut, the house is pitch dark and the night lights are off too.',
			nl: 'Bij een stroomstoring is het aardedonker in huis, en de nachtlampjes doen het dan ook niet.'
		},
		fix: {
			en: 'Keep a torch with working batteries, or a rechargeable one, on the bedside table.',
			nl: 'Leg een zaklamp met goede batterijen, of een oplaadbare, op het nachtkastje.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Rarely needed, but cheap.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'home.phone',
		kind: 'hazard',
		areas: ['home'],
		question: {
			en: 'Is a phone always within reach: by the chair, by the bed and when you walk about the home?',
			nl: 'Is er altijd een telefoon binnen handbereik: bij de stoel, bij het bed en als u door het huis loopt?'
		},
		allowNA: false,
		labels: {
			yes: { en: 'Yes, always', nl: 'Ja, altijd' },
			no: { en: 'Not always', nl: 'Niet altijd' }
		},
		hazardWhen: 'no',
		finding: {
			en: 'A phone is not always within reach',
			nl: 'Er is niet altijd een telefoon binnen handbereik'
		},
		why: {
			en: 'Hurrying to a ringing phone is a common cause of falls, and after a fall you need to call for help.',
			nl: 'Haastig naar een rinkelende telefoon lopen is een bekende oorzaak van vallen. En na een val moet u hulp kunnen bellen.'
		},
		fix: {
			en: 'Carry a charged mobile phone in a pocket or on a cord. Or put cordless phones by the chair and the bed, with important numbers stored. Let callers know you may take a while to answer.',
			nl: 'Draag een opgeladen mobiele telefoon in uw zak of aan een koord. Of zet draadloze telefoons bij de stoel en het bed, met de belangrijke nummers erin. Laat bellers weten dat opnemen even kan duren.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Prevents rushing, and gets help after a fall.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'home.alarm',
		kind: 'context',
		areas: ['home'],
		question: {
			en: 'Is there a personal alarm here, a button worn on the wrist or round the neck that calls for help?',
			nl: 'Is er in dit huis een alarmknop die u om de pols of de hals draagt, om hulp te roepen?'
		},
		allowNA: false,
		why: {
			en: 'An alarm only helps if it is worn when a fall happens. Whether someone needs one is asked with the person.',
			nl: 'Een alarmknop helpt alleen als u hem draagt op het moment dat u valt. Of iemand er een nodig heeft, vragen we bij de persoon.'
		},
		sources: ['NL']
	},
	{
		id: 'home.alarm-worn',
		kind: 'hazard',
		areas: ['home'],
		question: {
			en: 'Is the alarm worn all the time, also in the shower and in bed at night?',
			nl: 'Wordt de alarmknop altijd gedragen, ook onder de douche en ’s nachts in bed?'
		},
		allowNA: false,
		askWhen: { item: 'home.alarm', answer: 'yes' },
		labels: {
			yes: { en: 'Yes, always', nl: 'Ja, altijd' },
			no: { en: 'Not always', nl: 'Niet altijd' }
		},
		hazardWhen: 'no',
		finding: {
			en: 'The personal alarm is not worn in the shower or at night',
			nl: 'De alarmknop wordt niet onder de douche of ’s nachts gedragen'
		},
		why: {
			en: 'Many falls happen in the bathroom and at night, just when an alarm is often left on the bedside table.',
			nl: 'Veel valpartijen gebeuren in de badkamer en ’s nachts. Juist dan ligt de alarmknop vaak op het nachtkastje.'
		},
		fix: {
			en: 'Wear the alarm all the time. Most are waterproof, so keep it on in the shower and in bed. Test it once a month.',
			nl: 'Draag de alarmknop altijd. De meeste zijn waterdicht, dus houd hem ook onder de douche en in bed om. Test hem elke maand.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'An alarm left on the side does not shorten a long lie after a fall.',
		sources: ['NL']
	},
	{
		id: 'home.helpers-in',
		kind: 'hazard',
		areas: ['home'],
		question: {
			en: 'Can a helper get in after a fall, with a key safe or a key at a neighbour’s?',
			nl: 'Kan een helper binnenkomen als u gevallen bent, via een sleutelkluis of een sleutel bij de buren?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Helpers cannot get in when no one can open the door',
			nl: 'Helpers kunnen niet binnenkomen als niemand de deur kan openen'
		},
		why: {
			en: 'Lying on the floor for a long time after a fall is dangerous in itself. Help must be able to get in quickly.',
			nl: 'Lang op de grond liggen na een val is op zichzelf al gevaarlijk. Hulp moet dan snel binnen kunnen komen.'
		},
		fix: {
			en: 'Have a key safe fitted by the door, or leave a key with a neighbour or nearby family. Tell the alarm service where the key is.',
			nl: 'Laat een sleutelkluis bij de deur ophangen, of geef een sleutel aan een buur of familie dichtbij. Vertel de alarmcentrale waar de sleutel is.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Does not prevent a fall, but shortens a long lie after one.',
		sources: ['NL']
	}
];
