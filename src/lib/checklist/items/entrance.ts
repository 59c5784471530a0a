import type { Group, Item } from '../types';

/**
 * Entrance and outside paths: from the street to the front door. One tick list for the path and
 * the door, then the outside steps (the rail first: "not applicable" when there are none, and
 * the other step questions only when there are steps), then the light.
 */
export const ENTRANCE_GROUPS: Group[] = [
	{
		id: 'entrance.outside',
		prompt: {
			en: 'Tick what you see on the way to the front door and at the door:',
			nl: 'Vink aan wat u ziet op de weg naar de voordeur en bij de deur:'
		},
		hint: {
			en: 'Walk from the street to the door. Leave unticked what is fine.',
			nl: 'Loop van de straat naar de deur. Wat in orde is, vinkt u niet aan.'
		}
	}
];

export const ENTRANCE_ITEMS: Item[] = [
	{
		id: 'entrance.path-uneven',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'Loose or raised tiles, holes or raised edges',
			nl: 'Losse of opstaande tegels, gaten of opstaande randen'
		},
		question: {
			en: 'Does the path to the front door have loose or raised tiles, holes or raised edges?',
			nl: 'Heeft het pad naar de voordeur losse of opstaande tegels, gaten of opstaande randen?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'The path has loose or raised tiles, holes or raised edges',
			nl: 'Het pad heeft losse of opstaande tegels, gaten of opstaande randen'
		},
		why: {
			en: 'A tile that sticks up a centimetre is enough to catch a toe. Outside, a trip often ends on a hard surface.',
			nl: 'Een tegel die een centimeter uitsteekt, is genoeg om over te struikelen. Buiten valt u dan meestal op een harde ondergrond.'
		},
		fix: {
			en: 'Ask the landlord to relay loose or raised tiles and fill the holes, or have a handyman do it if the path is your own. Report a broken public pavement to the council.',
			nl: 'Vraag de verhuurder om losse of opstaande tegels opnieuw te leggen en gaten te dichten. Is het pad van uzelf, laat het dan een klusjesman doen. Meld een kapotte stoep bij de gemeente.'
		},
		owner: 'landlord',
		priority: 'medium',
		priorityReason: 'A common trip hazard, used every day, but a fix usually needs someone else.',
		sources: ['CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'entrance.path-blocked',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'Bins, bikes, pots or plants in the way',
			nl: 'Vuilnisbakken, fietsen, potten of planten in de weg'
		},
		question: {
			en: 'Do bins, bikes or flowerpots stand on the path, or do plants hang over it?',
			nl: 'Staan er vuilnisbakken, fietsen of bloempotten op het pad, of hangen er planten over?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Bins, bikes, pots or plants are in the way on the path',
			nl: 'Vuilnisbakken, fietsen, potten of planten staan in de weg op het pad'
		},
		why: {
			en: 'Things on a path make you step aside onto uneven ground, or trip while you are looking at the door.',
			nl: 'Door spullen op het pad moet u uitwijken naar een ongelijke ondergrond. Of u struikelt terwijl u naar de deur kijkt.'
		},
		fix: {
			en: 'Give bins and bikes a fixed place beside the path and cut back plants that hang over it.',
			nl: 'Geef de vuilnisbak en de fiets een vaste plek naast het pad. Snoei planten terug die over het pad hangen.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Easy to fix and a frequent cause of trips outside.',
		sources: ['HF', 'HSSAT']
	},
	{
		id: 'entrance.path-slippery',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'Moss, wet leaves or ice that is not cleared',
			nl: 'Mos, natte bladeren of ijs die blijven liggen'
		},
		question: {
			en: 'Are moss, wet leaves or ice left on the path, rather than cleared?',
			nl: 'Blijven er mos, natte bladeren of ijs op het pad liggen?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Moss, wet leaves or ice are not cleared from the path',
			nl: 'Mos, natte bladeren of ijs worden niet van het pad gehaald'
		},
		why: {
			en: 'Ice, wet leaves and moss are as slippery as soap, and falls on them often break a wrist or a hip.',
			nl: 'IJs, natte bladeren en mos zijn zo glad als zeep. Een val daarop eindigt vaak in een gebroken pols of heup.'
		},
		fix: {
			en: 'Sweep up leaves in autumn, scrub off moss, and spread grit or salt when frost is forecast. Ask a neighbour or family to help.',
			nl: 'Veeg in de herfst de bladeren weg en borstel mos van de tegels. Strooi zand of zout als er vorst komt. Vraag een buur of familie om hulp.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Slips outside often end in a broken wrist or hip.',
		sources: ['HSSAT', 'NIA', 'NL']
	},
	{
		id: 'entrance.doormat-loose',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'A doormat that slides or curls up',
			nl: 'Een deurmat die schuift of omkrult'
		},
		question: {
			en: 'Is there a doormat that slides or curls up at the edges?',
			nl: 'Ligt er een deurmat die schuift of waarvan de randen omkrullen?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'The doormat slides or curls up at the edges',
			nl: 'De deurmat schuift of de randen krullen om'
		},
		why: {
			en: 'You step onto the doormat while you look at the door or the key, and a mat that slides or curls up trips you.',
			nl: 'U stapt op de deurmat terwijl u naar de deur of de sleutel kijkt. Een mat die schuift of omkrult, laat u dan struikelen.'
		},
		fix: {
			en: 'Replace it with a thin, heavy mat with a rubber backing, or take it away.',
			nl: 'Vervang hem door een dunne, zware mat met een rubberen onderkant, of haal hem weg.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Stepped on every time you come in, and cheap to fix.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'entrance.threshold-high',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'A high threshold at the front door',
			nl: 'Een hoge drempel bij de voordeur'
		},
		question: {
			en: 'Is there a high threshold at the front door that is easy to trip over?',
			nl: 'Is er bij de voordeur een hoge drempel waar u makkelijk over struikelt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'The front door has a high threshold that is easy to trip over',
			nl: 'Bij de voordeur is een hoge drempel waar u makkelijk over struikelt'
		},
		why: {
			en: 'A high threshold is easy to forget when you are carrying things or talking to someone at the door.',
			nl: 'Een hoge drempel vergeet u snel als u iets draagt of met iemand aan de deur praat.'
		},
		fix: {
			en: 'Fit a threshold ramp, or mark the threshold with a strip in a contrasting colour. A grab rail beside the door gives you something to hold.',
			nl: 'Leg een drempelhulp neer, of markeer de drempel met een strip in een opvallende kleur. Een handgreep naast de deur geeft houvast.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Crossed several times a day, often with full hands.',
		sources: ['HSSAT', 'HF', 'NL']
	},
	{
		id: 'entrance.door-hard',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'A heavy or sticking door, or a stiff lock',
			nl: 'Een zware of klemmende deur, of een stroef slot'
		},
		question: {
			en: 'Is the front door heavy or does it stick, or is the lock stiff?',
			nl: 'Is de voordeur zwaar of klemt hij, of gaat het slot stroef?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'The front door is heavy or sticks, or the lock is stiff',
			nl: 'De voordeur is zwaar of klemt, of het slot gaat stroef'
		},
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
		id: 'entrance.no-bag-place',
		kind: 'hazard',
		areas: ['entrance'],
		group: 'entrance.outside',
		option: {
			en: 'Nowhere to put bags down while unlocking',
			nl: 'Geen plek om tassen neer te zetten bij de deur'
		},
		question: {
			en: 'Is there nowhere by the front door to put your bags down while you unlock it?',
			nl: 'Is er bij de voordeur geen plek om uw tassen neer te zetten terwijl u de deur openmaakt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'There is nowhere by the door to put bags down while unlocking',
			nl: 'Er is bij de deur geen plek om tassen neer te zetten'
		},
		why: {
			en: 'With bags in both hands you have no hand free to hold on, and you bend down to put them on the ground.',
			nl: 'Met tassen in beide handen heeft u geen hand vrij om u vast te houden. En u moet bukken om ze op de grond te zetten.'
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
		id: 'entrance.steps-rail',
		kind: 'hazard',
		areas: ['entrance'],
		question: {
			en: 'If there are outside steps: is there a sturdy rail along them, the whole way up?',
			nl: 'Als er treden buiten zijn: is er een stevige leuning langs de treden, over de hele lengte?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'There is no sturdy rail along the outside steps',
			nl: 'Er is geen stevige leuning langs de treden buiten'
		},
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
		id: 'entrance.steps-firm',
		kind: 'hazard',
		areas: ['entrance'],
		question: {
			en: 'Are the outside steps firm and even, with no broken or loose edges?',
			nl: 'Zijn de treden buiten stevig en vlak, zonder kapotte of losse randen?'
		},
		allowNA: true,
		askWhen: { item: 'entrance.steps-rail', answer: ['yes', 'no'] },
		hazardWhen: 'no',
		finding: {
			en: 'The outside steps are loose, broken or uneven',
			nl: 'De treden buiten zijn los, kapot of ongelijk'
		},
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
		id: 'entrance.step-edges',
		kind: 'hazard',
		areas: ['entrance'],
		question: {
			en: 'Is the edge of each outside step easy to see, even at dusk?',
			nl: 'Is de rand van elke tree buiten goed te zien, ook als het schemert?'
		},
		allowNA: true,
		askWhen: { item: 'entrance.steps-rail', answer: ['yes', 'no'] },
		hazardWhen: 'no',
		finding: {
			en: 'The edges of the outside steps are hard to see',
			nl: 'De randen van de treden buiten zijn slecht te zien'
		},
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
		kind: 'hazard',
		areas: ['entrance'],
		question: {
			en: 'Are the path and the front door well lit after dark?',
			nl: 'Zijn het pad en de voordeur goed verlicht als het donker is?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'The path and the front door are not well lit after dark',
			nl: 'Het pad en de voordeur zijn in het donker niet goed verlicht'
		},
		why: {
			en: 'In winter you often come home in the dark, with a key or bags in your hands.',
			nl: 'In de winter komt u vaak in het donker thuis, met een sleutel of tassen in uw handen.'
		},
		fix: {
			en: 'Have an outside lamp fitted that switches on by itself, with a motion sensor or a light sensor, so it is on before you need it.',
			nl: 'Laat een buitenlamp ophangen die vanzelf aangaat, met een bewegingsmelder of een schemerschakelaar. Dan brandt het licht al als u eraan komt.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Darkness multiplies every other hazard outside.',
		sources: ['HF', 'HSSAT', 'leaflet']
	}
];
