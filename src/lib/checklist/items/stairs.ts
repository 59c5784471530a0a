import type { Item } from '../types';

/** Hall and stairs. The hall's floor, rugs and light are asked by the shared items (general.ts). */
export const STAIRS_ITEMS: Item[] = [
	{
		id: 'stairs.clear',
		areas: ['stairs'],
		question: {
			en: 'Are the stairs free of things such as shoes, post, washing or boxes?',
			nl: 'Is de trap vrij van spullen zoals schoenen, post, wasgoed of dozen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Something left on a step is the classic cause of a fall down the stairs.',
			nl: 'Iets wat op een tree ligt, is een bekende oorzaak van een val van de trap.'
		},
		fix: {
			en: 'Keep the stairs completely clear. Put things that need to go up in a basket at the foot of the stairs, not on a step.',
			nl: 'Houd de trap helemaal leeg. Zet spullen die naar boven moeten in een mand naast de trap, niet op een tree.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls, and this fix costs nothing.',
		sources: ['CDC', 'HSSAT', 'NIA']
	},
	{
		id: 'stairs.steps-firm',
		areas: ['stairs'],
		question: {
			en: 'Are all the steps firm and even, with none loose, broken or worn hollow?',
			nl: 'Zijn alle treden stevig en vlak, zonder losse, kapotte of uitgesleten treden?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A loose or uneven step breaks the rhythm of your feet, and on the stairs that is enough to fall.',
			nl: 'Een losse of ongelijke tree haalt uw voeten uit het ritme, en op de trap is dat genoeg om te vallen.'
		},
		fix: {
			en: 'Have loose or broken steps repaired straight away. If you rent, report it to the landlord as urgent.',
			nl: 'Laat losse of kapotte treden meteen repareren. Huurt u, meld het dan met spoed bij de verhuurder.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls.',
		sources: ['CDC', 'HSSAT']
	},
	{
		id: 'stairs.rail-both-sides',
		areas: ['stairs'],
		question: {
			en: 'Is there a handrail on both sides of the stairs?',
			nl: 'Zit er aan beide kanten van de trap een trapleuning?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'With a rail on both sides you can hold on with your stronger hand going up and coming down, and with both hands if you feel unsteady.',
			nl: 'Met een leuning aan beide kanten houdt u zich naar boven én naar beneden vast met uw sterkste hand, en met twee handen als u zich onzeker voelt.'
		},
		fix: {
			en: 'Have a second handrail fitted. Ask the landlord or the council (Wmo) whether they pay for it.',
			nl: 'Laat een tweede trapleuning plaatsen. Vraag de verhuurder of de gemeente (Wmo) of zij de kosten betalen.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; a second rail is one of the most useful fixes.',
		sources: ['CDC', 'HSSAT', 'leaflet', 'NL']
	},
	{
		id: 'stairs.rail-full-length',
		areas: ['stairs'],
		question: {
			en: 'Does the handrail run the full length of the stairs, from the first step to the last?',
			nl: 'Loopt de trapleuning over de hele trap door, van de eerste tot de laatste tree?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Many falls happen on the top or bottom step, exactly where a short rail stops.',
			nl: 'Veel valpartijen gebeuren op de bovenste of onderste tree, precies waar een korte leuning ophoudt.'
		},
		fix: {
			en: 'Have the rail extended so it starts before the first step and ends after the last one.',
			nl: 'Laat de leuning verlengen, zodat die vóór de eerste tree begint en na de laatste tree doorloopt.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'The first and last steps are where many stair falls happen.',
		sources: ['CDC', 'HF', 'HSSAT']
	},
	{
		id: 'stairs.rail-firm',
		areas: ['stairs'],
		question: {
			en: 'Are the handrails firmly fixed, without any wobble?',
			nl: 'Zitten de trapleuningen stevig vast, zonder te wiebelen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A rail that gives way when you need it is worse than no rail at all.',
			nl: 'Een leuning die losschiet op het moment dat u hem nodig heeft, is erger dan geen leuning.'
		},
		fix: {
			en: 'Have loose rails fixed into the wall with proper plugs and screws, or replaced.',
			nl: 'Laat losse leuningen goed vastzetten met stevige pluggen en schroeven, of vervangen.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'A rail that fails turns a stumble into a fall down the stairs.',
		sources: ['CDC', 'HF', 'HSSAT']
	},
	{
		id: 'stairs.light-over',
		areas: ['stairs'],
		question: {
			en: 'Is there a lamp that lights up every step, from top to bottom?',
			nl: 'Is er een lamp die elke tree verlicht, van boven tot beneden?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'On a dark or half-lit staircase you cannot see where one step ends and the next begins.',
			nl: 'Op een donkere of half verlichte trap ziet u niet waar de ene tree ophoudt en de volgende begint.'
		},
		fix: {
			en: 'Have a ceiling light fitted over the stairs, or an extra lamp for the dark part. Bright, even light without glare is best.',
			nl: 'Laat een plafondlamp boven de trap ophangen, of een extra lamp bij het donkere stuk. Fel, gelijkmatig licht zonder verblinding is het best.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls; you must see each step.',
		sources: ['CDC', 'NIA', 'leaflet']
	},
	{
		id: 'stairs.switch-top-bottom',
		areas: ['stairs'],
		question: {
			en: 'Is there a light switch at the top and at the bottom of the stairs?',
			nl: 'Zit er een lichtknop boven én onder aan de trap?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'With only one switch, you walk the stairs in the dark one way.',
			nl: 'Met maar één lichtknop loopt u de trap één kant op in het donker.'
		},
		fix: {
			en: 'Have a second switch fitted (a two-way switch), or a lamp with a motion sensor. Switches that glow are easy to find at night.',
			nl: 'Laat een tweede schakelaar aanleggen (een hotelschakeling), of een lamp met bewegingsmelder. Lichtknoppen die oplichten, vindt u ’s nachts makkelijk.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; no one should climb them in the dark.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'stairs.bulbs-work',
		areas: ['stairs'],
		question: {
			en: 'Do all the lamps on the stairs and the landing work?',
			nl: 'Doen alle lampen bij de trap en op de overloop het?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'It is easy to get used to a broken bulb on the stairs, but every trip up or down is then more dangerous.',
			nl: 'Aan een kapotte lamp bij de trap went u snel, maar elke keer dat u de trap neemt, is dat dan gevaarlijker.'
		},
		fix: {
			en: 'Ask someone to replace the bulb now; do not climb up to do it yourself. LED bulbs last many years.',
			nl: 'Vraag iemand de lamp nu te vervangen; ga er niet zelf voor op een trapje staan. Ledlampen gaan vele jaren mee.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls, and this fix takes minutes.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'stairs.covering-fixed',
		areas: ['stairs'],
		question: {
			en: 'Is the stair carpet or covering fixed firmly on every step, with no loose or torn bits?',
			nl: 'Zit de traploper of bekleding op elke tree goed vast, zonder losse of gescheurde stukken?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A loose stair carpet slides under your foot, and a torn edge catches your toe.',
			nl: 'Een losse traploper schuift onder uw voet weg, en aan een gescheurde rand blijft uw teen haken.'
		},
		fix: {
			en: 'Have the carpet fixed down on every step, or take it off and put non-slip strips on the bare steps.',
			nl: 'Laat de traploper op elke tree goed vastzetten, of haal hem weg en plak antislipstrips op de kale treden.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls.',
		sources: ['CDC', 'HSSAT']
	},
	{
		id: 'stairs.steps-not-slippery',
		areas: ['stairs'],
		question: {
			en: 'Are the steps non-slip, rather than polished wood, smooth stone or worn carpet?',
			nl: 'Zijn de treden stroef, en dus niet van gladgelakt hout, gladde steen of versleten tapijt?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'On a smooth step your heel can slide off the edge, especially in socks or slippers.',
			nl: 'Op een gladde tree glijdt uw hiel makkelijk over de rand, zeker op sokken of pantoffels.'
		},
		fix: {
			en: 'Fix non-slip strips or treads to each step, close to the edge.',
			nl: 'Plak antislipstrips of antislipprofielen op elke tree, vlak bij de rand.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Slips on stairs lead to serious falls.',
		sources: ['CDC', 'NIA', 'leaflet']
	},
	{
		id: 'stairs.edges-visible',
		areas: ['stairs'],
		question: {
			en: 'Is the edge of every step easy to see, for example thanks to a strip in a contrasting colour?',
			nl: 'Is de rand van elke tree goed te zien, bijvoorbeeld door een strip in een opvallende kleur?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Going down, the steps seem to merge into one, and you may miss the edge, especially with poor eyesight.',
			nl: 'Naar beneden lijken de treden in elkaar over te lopen. Dan mist u makkelijk een rand, zeker als u slecht ziet.'
		},
		fix: {
			en: 'Fix a non-slip strip in a contrasting colour along the front edge of each step, at least the top and bottom ones.',
			nl: 'Plak een antislipstrip in een opvallende kleur langs de voorkant van elke tree, in elk geval op de bovenste en onderste.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Cheap and helps most those with poor eyesight.',
		sources: ['HF']
	},
	{
		id: 'stairs.carrying',
		areas: ['stairs'],
		question: {
			en: 'Do you carry things on the stairs that need both hands or block your view of the steps?',
			nl: 'Draagt u op de trap spullen waarvoor u beide handen nodig heeft, of waardoor u de treden niet ziet?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'With full hands you cannot hold the rail, and with a basket in front of you, you cannot see the steps.',
			nl: 'Met volle handen kunt u de leuning niet vasthouden, en met een mand voor u ziet u de treden niet.'
		},
		fix: {
			en: 'Keep one hand for the rail: use a shoulder bag or a backpack, walk twice with smaller loads, or ask someone to carry heavy things.',
			nl: 'Houd altijd één hand vrij voor de leuning: gebruik een schoudertas of rugzak, loop twee keer met minder, of vraag iemand zware dingen te dragen.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; a free hand on the rail prevents them.',
		sources: ['HF']
	},
	{
		id: 'stairs.manage',
		areas: ['stairs'],
		question: {
			en: 'Can you go up and down the stairs easily and safely, without stopping or pulling yourself up?',
			nl: 'Kunt u makkelijk en veilig de trap op en af, zonder te stoppen of uzelf omhoog te trekken?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'When the stairs are hard work, tired legs and a hurried step make a fall more likely.',
			nl: 'Als de trap zwaar is, maken vermoeide benen en haast een val waarschijnlijker.'
		},
		fix: {
			en: 'Ask a physiotherapist to practise the stairs with you and to train your leg strength. An occupational therapist can advise on a stairlift or on living on one floor.',
			nl: 'Vraag een fysiotherapeut om met u het traplopen te oefenen en uw beenkracht te trainen. Een ergotherapeut kan adviseren over een traplift of over wonen op één verdieping.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Someone who struggles on stairs is at high risk of a serious fall.',
		sources: ['HF', 'NL']
	},
	{
		id: 'stairs.pets',
		areas: ['stairs'],
		question: {
			en: 'Do pets lie, sleep or play on the stairs or in the hall?',
			nl: 'Liggen, slapen of spelen huisdieren op de trap of in de gang?'
		},
		hazardWhen: 'yes',
		allowNA: true,
		why: {
			en: 'A cat on a dark step or a dog rushing past on the stairs is easy to trip over.',
			nl: 'Over een kat op een donkere tree of een hond die langs u de trap af rent, struikelt u makkelijk.'
		},
		fix: {
			en: 'Give the pet its bed away from the stairs. A bell on the collar helps you hear it. If you use a stair gate, choose one with a latch at hand height that opens away from the stairs.',
			nl: 'Geef het huisdier een mand uit de buurt van de trap. Een belletje aan de halsband helpt om het te horen. Gebruikt u een traphekje, kies dan een hekje met de sluiting op handhoogte dat van de trap af opengaat.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Right on the stairs, but only in homes with pets.',
		sources: ['HF']
	}
];
