import type { Item } from '../types';

/**
 * Items shared by several room types: floors, rugs, cords, light. Each is asked in every room
 * of the types listed in its `areas`, and answered for that room.
 */
export const GENERAL_ITEMS: Item[] = [
	{
		id: 'general.floor-clear',
		areas: ['stairs', 'living', 'kitchen', 'bathroom', 'bedroom', 'other'],
		question: {
			en: 'Is the floor free of loose things such as shoes, bags, boxes, clothes or piles of paper?',
			nl: 'Is de vloer vrij van losse spullen zoals schoenen, tassen, dozen, kleren of stapels papier?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Things on the floor are among the most common causes of tripping at home.',
			nl: 'Spullen op de vloer zijn een van de meest voorkomende oorzaken van struikelen in huis.'
		},
		fix: {
			en: 'Pick everything up off the floor and give it a fixed place in a cupboard, on a shelf or in a basket on a table.',
			nl: 'Haal alles van de vloer en geef het een vaste plek in een kast, op een plank of in een mand op tafel.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'One of the most common causes of trips, and free to fix.',
		sources: ['CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.rugs-fixed',
		areas: ['entrance', 'stairs', 'living', 'kitchen', 'toilet', 'bedroom', 'other'],
		question: {
			en: 'Are all rugs and mats fixed down, or on a non-slip underlay?',
			nl: 'Liggen alle kleden en matten vast, of op een antislipondergrond?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A loose rug slides away under your foot, and its edge is easy to trip over.',
			nl: 'Een los kleed schuift onder uw voet weg, en over de rand struikelt u makkelijk.'
		},
		fix: {
			en: 'Fix the rug down with double-sided carpet tape or put a non-slip underlay beneath it, or take it away.',
			nl: 'Zet het kleed vast met dubbelzijdige tapijttape of leg er een antisliponderkleed onder, of haal het weg.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Loose rugs are a classic cause of falls, and cheap to fix.',
		sources: ['leaflet', 'CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.floor-covering',
		areas: ['stairs', 'living', 'kitchen', 'bathroom', 'toilet', 'bedroom', 'other'],
		question: {
			en: 'Is the floor in good condition, with no tears, holes, bumps or curled edges?',
			nl: 'Is de vloer in goede staat, zonder scheuren, gaten, bobbels of omkrullende randen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A torn carpet, a bump in the vinyl or a curled edge catches your toe when you do not lift your feet high.',
			nl: 'Aan een scheur in het tapijt, een bobbel in het vinyl of een omgekrulde rand blijft uw teen haken als u uw voeten niet hoog optilt.'
		},
		fix: {
			en: 'Have tears and bumps repaired and edges fixed down with a threshold strip or tape; replace a badly worn floor.',
			nl: 'Laat scheuren en bobbels herstellen en randen vastzetten met een overgangsprofiel of tape; vervang een erg versleten vloer.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'A trip hazard that is always there, but often only in one spot.',
		sources: ['HF', 'NIA']
	},
	{
		id: 'general.floor-slippery',
		areas: ['stairs', 'living', 'kitchen', 'bathroom', 'toilet', 'bedroom', 'other'],
		question: {
			en: 'Is the floor non-slip, even when it is wet?',
			nl: 'Is de vloer stroef, ook als hij nat is?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Smooth tiles, polished wood and laminate become very slippery with a little water, or when walked on in socks.',
			nl: 'Gladde tegels, gelakt hout en laminaat worden spiegelglad met een beetje water, of als u er op sokken over loopt.'
		},
		fix: {
			en: 'Do not use wax or polish on the floor. Ask a floor specialist about an anti-slip treatment, or lay non-slip mats where the floor gets wet.',
			nl: 'Gebruik geen boenwas of glansmiddel op de vloer. Vraag een vloerenspecialist naar een antislipbehandeling, of leg antislipmatten waar de vloer nat wordt.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Slippery floors cause falls, but the fix depends on the floor.',
		sources: ['leaflet', 'HF', 'HSSAT']
	},
	{
		id: 'general.cords',
		areas: ['stairs', 'living', 'kitchen', 'bedroom', 'other'],
		question: {
			en: 'Are all cords and cables kept out of the walking route?',
			nl: 'Liggen alle snoeren en kabels buiten de looproute?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A cord across the floor is hard to see and catches your foot.',
			nl: 'Een snoer over de vloer ziet u slecht, en uw voet blijft er makkelijk achter haken.'
		},
		fix: {
			en: 'Run cords along the wall and fix them with cable clips or a cable cover. Have an extra socket fitted where you need one.',
			nl: 'Leg snoeren langs de muur en zet ze vast met kabelclips of een kabelgoot. Laat een extra stopcontact aanleggen waar dat nodig is.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'A common trip hazard that is cheap and quick to fix.',
		sources: ['CDC', 'HF', 'NIA']
	},
	{
		id: 'general.furniture-route',
		areas: ['living', 'kitchen', 'other'],
		question: {
			en: 'Can you walk through the room without going around furniture, footstools or low tables?',
			nl: 'Kunt u door de ruimte lopen zonder om meubels, voetenbankjes of lage tafeltjes heen te gaan?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Squeezing past furniture makes you turn and step sideways, and low things are easy to overlook.',
			nl: 'Als u zich langs meubels moet wurmen, draait u en stapt u opzij, en lage dingen ziet u makkelijk over het hoofd.'
		},
		fix: {
			en: 'Move furniture so that there is a wide, straight path through the room. Put footstools and low tables out of the way.',
			nl: 'Zet de meubels zo dat er een brede, rechte looproute door de ruimte is. Zet voetenbankjes en lage tafeltjes aan de kant.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A frequent cause of trips that usually only needs moving things.',
		sources: ['CDC', 'HSSAT', 'NIA']
	},
	{
		id: 'general.threshold',
		areas: ['living', 'kitchen', 'bathroom', 'toilet', 'bedroom'],
		question: {
			en: 'Is the threshold at the door of this room low enough to step over without tripping?',
			nl: 'Is de drempel bij de deur van deze ruimte laag genoeg om eroverheen te stappen zonder te struikelen?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Many older homes have a raised threshold at every door, and at night or in a hurry you forget it is there.',
			nl: 'In veel oudere huizen zit bij elke deur een drempel. ’s Nachts of als u haast heeft, vergeet u die snel.'
		},
		fix: {
			en: 'Have the threshold removed or lowered, or put a threshold ramp over it. At least mark it with a strip in a contrasting colour.',
			nl: 'Laat de drempel weghalen of verlagen, of leg er een drempelhulp overheen. Markeer hem in elk geval met een strip in een opvallende kleur.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Crossed many times a day, also at night.',
		sources: ['HSSAT', 'NL']
	},
	{
		id: 'general.light-bright',
		areas: ['stairs', 'living', 'kitchen', 'bathroom', 'toilet', 'bedroom', 'other'],
		question: {
			en: 'Is the light bright enough to see the whole floor clearly, without dark corners?',
			nl: 'Is het licht fel genoeg om de hele vloer goed te zien, zonder donkere hoeken?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Older eyes need much more light to see a step, an edge or something lying on the floor.',
			nl: 'Oudere ogen hebben veel meer licht nodig om een opstapje, een rand of iets op de vloer te zien.'
		},
		fix: {
			en: 'Use brighter bulbs (LED, at least 800 lumens in the ceiling light) and add a lamp for dark corners. Avoid bare bulbs that dazzle.',
			nl: 'Gebruik fellere lampen (led, minstens 800 lumen in de plafondlamp) en zet een extra lamp in donkere hoeken. Vermijd kale lampen die verblinden.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Poor light makes every other hazard worse, and is cheap to fix.',
		sources: ['leaflet', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.switch-door',
		areas: ['living', 'kitchen', 'bathroom', 'toilet', 'bedroom', 'other'],
		question: {
			en: 'Is there a light switch right by the door, so you never have to cross the room in the dark?',
			nl: 'Zit er een lichtknop vlak bij de deur, zodat u nooit in het donker door de ruimte hoeft te lopen?'
		},
		hazardWhen: 'no',
		allowNA: false,
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
		id: 'general.door-lock',
		areas: ['bathroom', 'toilet'],
		question: {
			en: 'Can the door lock be opened from outside in an emergency?',
			nl: 'Kan het slot van de deur in een noodgeval van buitenaf open?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'If you fall behind a locked door, helpers cannot get in to you.',
			nl: 'Als u gevallen bent achter een deur die op slot zit, kunnen helpers niet bij u komen.'
		},
		fix: {
			en: 'Have a lock fitted that can be opened from outside with a coin (an emergency release), or leave the door unlocked.',
			nl: 'Laat een slot plaatsen dat van buitenaf met een muntje open kan (een noodontgrendeling), of doe de deur niet op slot.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Does not prevent a fall, but stops a long wait for help after one.',
		sources: ['NL']
	}
];
