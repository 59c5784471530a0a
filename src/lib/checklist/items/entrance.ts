import type { Item } from '../types';

/** Entrance and outside paths: from the street to the front door. */
export const ENTRANCE_ITEMS: Item[] = [
	{
		id: 'entrance.path-even',
		areas: ['entrance'],
		question: {
			en: 'Is the path to the front door even, with no loose tiles, holes or raised edges?',
			nl: 'Is het pad naar de voordeur vlak, zonder losse tegels, gaten of opstaande randen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A tile that sticks up a centimetre is enough to catch a toe. Outside, a trip often ends on a hard surface.',
			nl: 'Een tegel die een centimeter uitsteekt, is genoeg om over te struikelen. Buiten valt u dan meestal op een harde ondergrond.'
		},
		fix: {
			en: 'Have loose or raised tiles relaid and holes filled. If you rent, ask the landlord; if it is the public pavement, report it to the council.',
			nl: 'Laat losse of opstaande tegels opnieuw leggen en gaten dichtmaken. Huurt u, vraag het dan aan de verhuurder; gaat het om de stoep, meld het dan bij de gemeente.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'A common trip hazard, used every day, but a fix usually needs someone else.',
		sources: ['CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'entrance.path-clear',
		areas: ['entrance'],
		question: {
			en: 'Is the path free of bins, bikes, flowerpots and overhanging plants?',
			nl: 'Is het pad vrij van vuilnisbakken, fietsen, bloempotten en overhangende planten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Things on a path make you step aside onto uneven ground, or trip when you are looking at the door.',
			nl: 'Door spullen op het pad moet u uitwijken naar een ongelijke ondergrond, of u struikelt terwijl u naar de deur kijkt.'
		},
		fix: {
			en: 'Give bins and bikes a fixed place beside the path and cut back plants that hang over it.',
			nl: 'Geef de vuilnisbak en de fiets een vaste plek naast het pad en snoei planten terug die over het pad hangen.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Easy to fix and a frequent cause of trips outside.',
		sources: ['HF']
	},
	{
		id: 'entrance.steps-firm',
		areas: ['entrance'],
		question: {
			en: 'Are the outside steps firm and even, with no broken or loose edges?',
			nl: 'Zijn de treden buiten stevig en vlak, zonder kapotte of losse randen?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A step that rocks or crumbles gives way just when your weight is on one foot.',
			nl: 'Een tree die wiebelt of afbrokkelt, geeft mee op het moment dat u op één been staat.'
		},
		fix: {
			en: 'Have broken or loose steps repaired. Until then, mark the bad step and use the rail.',
			nl: 'Laat kapotte of losse treden herstellen. Zet tot die tijd een duidelijke markering op de slechte tree en houd de leuning vast.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Falls on steps cause many of the most serious injuries.',
		sources: ['CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'entrance.steps-rail',
		areas: ['entrance'],
		question: {
			en: 'Is there a sturdy rail along the outside steps, the whole way up?',
			nl: 'Is er bij de treden buiten een stevige leuning, over de hele lengte?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Outside steps are often wet, and there is nothing else to grab if you miss a step.',
			nl: 'Treden buiten zijn vaak nat, en er is niets anders om vast te pakken als u misstapt.'
		},
		fix: {
			en: 'Have a firm rail fitted along the full length of the steps, starting before the first step. Even one or two steps deserve a rail.',
			nl: 'Laat een stevige leuning aanbrengen over de hele lengte van de treden, te beginnen vóór de eerste tree. Ook bij één of twee treden is een leuning nuttig.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Falls on steps cause many of the most serious injuries.',
		sources: ['CDC', 'HF', 'HSSAT', 'leaflet']
	},
	{
		id: 'entrance.step-edges',
		areas: ['entrance'],
		question: {
			en: 'Is the edge of each outside step easy to see, even at dusk?',
			nl: 'Is de rand van elke tree buiten goed te zien, ook als het schemert?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Grey steps on a grey path blend together, and a missed edge is a common cause of a fall.',
			nl: 'Grijze treden op een grijs pad lopen in elkaar over. Een rand die u niet ziet, is een bekende oorzaak van vallen.'
		},
		fix: {
			en: 'Paint a light-coloured line or fix a contrasting non-slip strip along the edge of each step.',
			nl: 'Verf een lichte streep of plak een antislipstrip in een opvallende kleur langs de rand van elke tree.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Cheap to fix and it prevents missed steps, especially with poor eyesight.',
		sources: ['HF']
	},
	{
		id: 'entrance.light',
		areas: ['entrance'],
		question: {
			en: 'Are the path and the front door well lit after dark?',
			nl: 'Zijn het pad en de voordeur goed verlicht als het donker is?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'In winter you often come home in the dark, with a key or bags in your hands.',
			nl: 'In de winter komt u vaak in het donker thuis, met een sleutel of tassen in uw handen.'
		},
		fix: {
			en: 'Have an outside lamp fitted that switches on by itself, with a motion sensor or a light sensor, so it is on before you need it.',
			nl: 'Laat een buitenlamp ophangen die vanzelf aangaat, met een bewegingsmelder of een schemerschakelaar, zodat het licht al brandt als u eraan komt.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Darkness multiplies every other hazard outside.',
		sources: ['HF', 'HSSAT', 'leaflet']
	},
	{
		id: 'entrance.threshold',
		areas: ['entrance'],
		question: {
			en: 'Is the threshold at the front door low enough to step over without catching your foot?',
			nl: 'Is de drempel bij de voordeur laag genoeg om eroverheen te stappen zonder uw voet te stoten?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A high threshold is easy to forget when you are carrying things or talking to someone at the door.',
			nl: 'Een hoge drempel vergeet u snel als u iets draagt of met iemand aan de deur praat.'
		},
		fix: {
			en: 'Fit a threshold ramp, or mark the threshold with a contrasting strip. A grab rail beside the door gives something to hold.',
			nl: 'Leg een drempelhulp neer, of markeer de drempel met een strip in een opvallende kleur. Een handgreep naast de deur geeft houvast.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Used several times a day, often with full hands.',
		sources: ['HSSAT', 'NL']
	},
	{
		id: 'entrance.ice-leaves-moss',
		areas: ['entrance'],
		question: {
			en: 'Is the path kept free of ice, wet leaves and moss?',
			nl: 'Wordt het pad vrijgehouden van ijs, natte bladeren en mos?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Ice, wet leaves and moss are as slippery as soap, and falls on them often break a wrist or hip.',
			nl: 'IJs, natte bladeren en mos zijn zo glad als zeep. Een val daarop eindigt vaak in een gebroken pols of heup.'
		},
		fix: {
			en: 'Sweep up leaves in autumn, scrub off moss, and spread grit or salt when frost is forecast. Ask a neighbour or family to help.',
			nl: 'Veeg in de herfst de bladeren weg, borstel mos van de tegels en strooi zand of zout als er vorst komt. Vraag een buur of familie om hulp.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Slips outside often end in a broken wrist or hip.',
		sources: ['HSSAT', 'NIA', 'NL']
	},
	{
		id: 'entrance.bag-shelf',
		areas: ['entrance'],
		question: {
			en: 'Is there a place by the front door to put down your bags while you unlock it?',
			nl: 'Is er bij de voordeur een plek om uw tassen neer te zetten terwijl u de deur openmaakt?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'With bags in both hands you have no hand free to hold on, and you bend down to put them on the ground.',
			nl: 'Met tassen in beide handen heeft u geen hand vrij om u vast te houden, en u moet bukken om ze op de grond te zetten.'
		},
		fix: {
			en: 'Put a small table, bench or shelf by the door at about waist height.',
			nl: 'Zet een tafeltje, bankje of plankje bij de deur, ongeveer op heuphoogte.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Small gain, but cheap and easy.',
		sources: ['HSSAT']
	},
	{
		id: 'entrance.door-easy',
		areas: ['entrance'],
		question: {
			en: 'Does the front door open and close easily, without struggling with the key or the door?',
			nl: 'Gaat de voordeur makkelijk open en dicht, zonder gedoe met de sleutel of de deur?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Pushing a heavy or sticking door, or twisting at a stiff lock, throws you off balance on the doorstep.',
			nl: 'Duwen tegen een zware of klemmende deur, of wringen aan een stroef slot, brengt u op de drempel uit balans.'
		},
		fix: {
			en: 'Have a sticking door planed and a stiff lock oiled or replaced. A key with a large grip helps with weak hands.',
			nl: 'Laat een klemmende deur bijschaven en een stroef slot smeren of vervangen. Een sleutel met een grote greep helpt bij weinig kracht in de handen.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Used daily; a struggle at the door happens at a step or threshold.',
		sources: ['HF']
	},
	{
		id: 'entrance.help-can-enter',
		areas: ['entrance'],
		question: {
			en: 'Can a helper get in if you fall and cannot reach the door (a key safe, or a key with a neighbour)?',
			nl: 'Kan een hulpverlener binnenkomen als u gevallen bent en niet bij de deur kunt (een sleutelkluis, of een sleutel bij de buren)?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Lying on the floor for a long time after a fall is dangerous in itself. Help must be able to get in quickly.',
			nl: 'Lang op de grond liggen na een val is op zichzelf al gevaarlijk. Hulp moet dan snel binnen kunnen komen.'
		},
		fix: {
			en: 'Have a key safe fitted by the door, or leave a key with a neighbour or nearby family, and tell the alarm service where it is.',
			nl: 'Laat een sleutelkluis bij de deur ophangen, of geef een sleutel aan een buur of familie dichtbij, en geef dit door aan de alarmcentrale.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Does not prevent a fall, but shortens a long lie after one.',
		sources: ['NL']
	}
];
