import type { AreaId, Group, Item } from '../types';

/**
 * The floor and the light, asked as one tick list in every room where they apply (the entrance
 * has its own list for the path). Each box is answered for that room; a tick is the finding.
 */
const FLOOR_AREAS: readonly AreaId[] = [
	'stairs',
	'living',
	'kitchen',
	'bathroom',
	'toilet',
	'bedroom',
	'other'
];

export const GENERAL_GROUPS: Group[] = [
	{
		id: 'general.floor',
		prompt: {
			en: 'Tick what you see here:',
			nl: 'Vink aan wat u hier ziet:'
		},
		hint: {
			en: 'Look at the floor, the walking route and the light. Leave unticked what is fine.',
			nl: 'Kijk naar de vloer, de looproute en het licht. Wat in orde is, vinkt u niet aan.'
		}
	}
];

export const GENERAL_ITEMS: Item[] = [
	{
		id: 'general.loose-rug',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: { en: 'A loose rug or mat', nl: 'Een los kleed of een losse mat' },
		question: {
			en: 'Is there a rug or mat that is not fixed down or on a non-slip underlay?',
			nl: 'Ligt er een kleed of mat die niet vastligt en niet op een antislipondergrond ligt?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'A rug or mat lies loose on the floor',
			nl: 'Er ligt een los kleed of een losse mat op de vloer'
		},
		why: {
			en: 'A loose rug slides away under your foot, and its edge is easy to trip over.',
			nl: 'Een los kleed schuift onder uw voet weg, en over de rand struikelt u makkelijk.'
		},
		fix: {
			en: 'Fix the rug down with double-sided carpet tape or put a non-slip underlay beneath it. Better still, take it away.',
			nl: 'Zet het kleed vast met dubbelzijdige tapijttape of leg er een antisliponderkleed onder. Nog beter: haal het weg.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Loose rugs are a classic cause of falls, and cheap to fix.',
		sources: ['leaflet', 'CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.cord',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: { en: 'A cord across the walking route', nl: 'Een snoer over de looproute' },
		question: {
			en: 'Does a cord or cable run across the walking route?',
			nl: 'Loopt er een snoer of kabel over de looproute?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'A cord or cable runs across the walking route',
			nl: 'Er loopt een snoer of kabel over de looproute'
		},
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
		id: 'general.things-on-floor',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: {
			en: 'Things on the floor: shoes, bags, boxes, papers',
			nl: 'Spullen op de vloer: schoenen, tassen, dozen, papier'
		},
		question: {
			en: 'Are there things on the floor, such as shoes, bags, boxes, clothes or papers?',
			nl: 'Liggen er spullen op de vloer, zoals schoenen, tassen, dozen, kleren of papier?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'Things lie on the floor, such as shoes, bags, boxes or papers',
			nl: 'Er liggen spullen op de vloer, zoals schoenen, tassen, dozen of papier'
		},
		why: {
			en: 'Things on the floor are among the most common causes of tripping at home, above all at night.',
			nl: 'Spullen op de vloer zijn in huis een van de meest voorkomende oorzaken van struikelen, vooral ’s nachts.'
		},
		fix: {
			en: 'Pick everything up off the floor and give it a fixed place in a cupboard, on a shelf or in a basket on a table. Keep the way from the bed to the door clear.',
			nl: 'Haal alles van de vloer. Geef het een vaste plek in een kast, op een plank of in een mand op tafel. Houd de weg van het bed naar de deur vrij.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'One of the most common causes of trips, and free to fix.',
		sources: ['CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.furniture-in-way',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: {
			en: 'Furniture or a low table in the way',
			nl: 'Een meubel of laag tafeltje in de weg'
		},
		question: {
			en: 'Does furniture, a footstool or a low table stand in the walking route?',
			nl: 'Staat er een meubel, voetenbankje of laag tafeltje in de looproute?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'Furniture or a low table stands in the walking route',
			nl: 'Er staat een meubel of laag tafeltje in de looproute'
		},
		why: {
			en: 'Squeezing past furniture makes you turn and step sideways, and low things are easy to overlook.',
			nl: 'Als u zich langs meubels moet wurmen, draait u en stapt u opzij. Lage dingen ziet u makkelijk over het hoofd.'
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
		id: 'general.floor-damaged',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: {
			en: 'A worn, torn or bumpy floor',
			nl: 'Een versleten, gescheurde of bobbelige vloer'
		},
		question: {
			en: 'Is the floor worn, torn or bumpy anywhere, or does an edge curl up?',
			nl: 'Is de vloer ergens versleten, gescheurd of bobbelig, of krult er een rand op?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'The floor is worn, torn or bumpy, or an edge curls up',
			nl: 'De vloer is versleten, gescheurd of bobbelig, of een rand krult op'
		},
		why: {
			en: 'A torn carpet, a bump in the vinyl or a curled edge catches your toe when you do not lift your feet high.',
			nl: 'Aan een scheur in het tapijt, een bobbel in het vinyl of een omgekrulde rand blijft uw teen haken. Dat gebeurt vooral als u uw voeten niet hoog optilt.'
		},
		fix: {
			en: 'Have tears and bumps repaired and edges fixed down with a threshold strip or tape. Replace a badly worn floor.',
			nl: 'Laat scheuren en bobbels herstellen en randen vastzetten met een overgangsprofiel of tape. Vervang een erg versleten vloer.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'A trip hazard that is always there, but often only in one spot.',
		sources: ['HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.slippery-floor',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: {
			en: 'A slippery floor, or one that is often wet',
			nl: 'Een gladde vloer, of een vloer die vaak nat is'
		},
		question: {
			en: 'Is the floor slippery, or often wet from spills, splashes or a leak?',
			nl: 'Is de vloer glad, of vaak nat door morsen, spatten of een lekkage?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'The floor is slippery or often wet',
			nl: 'De vloer is glad of vaak nat'
		},
		why: {
			en: 'Smooth tiles, polished wood and laminate become very slippery with a little water, or when you walk on them in socks.',
			nl: 'Gladde tegels, gelakt hout en laminaat worden spiegelglad met een beetje water, of als u er op sokken over loopt.'
		},
		fix: {
			en: 'Wipe up spills and splashes at once with a mop on a long handle, and have leaks repaired. Do not wax or polish the floor. Ask a floor specialist about an anti-slip treatment, or lay non-slip mats where the floor gets wet.',
			nl: 'Neem gemorst eten of water meteen op met een dweil aan een lange steel. Laat lekkages repareren. Gebruik geen boenwas of glansmiddel. Vraag een vloerenspecialist naar een antislipbehandeling, of leg antislipmatten waar de vloer nat wordt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Slippery floors cause falls, but the fix depends on the floor.',
		sources: ['leaflet', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'general.dim-light',
		kind: 'hazard',
		areas: [...FLOOR_AREAS],
		group: 'general.floor',
		option: { en: 'Too little light, or dark corners', nl: 'Te weinig licht, of donkere hoeken' },
		question: {
			en: 'Is the light too dim to see the whole floor clearly, or are there dark corners?',
			nl: 'Is het licht te zwak om de hele vloer goed te zien, of zijn er donkere hoeken?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'The light is too dim to see the whole floor, or corners are dark',
			nl: 'Het licht is te zwak om de hele vloer te zien, of hoeken zijn donker'
		},
		why: {
			en: 'Older eyes need much more light to see a step, an edge or something lying on the floor.',
			nl: 'Oudere ogen hebben veel meer licht nodig om een opstapje, een rand of iets op de vloer te zien.'
		},
		fix: {
			en: 'Use bright LED bulbs and add lamps: several lamps light a room more evenly than one bright one. Put a lamp in each dark corner, and avoid bare bulbs that dazzle.',
			nl: 'Gebruik felle ledlampen en zet er lampen bij. Met meer lampen wordt een ruimte gelijkmatiger licht dan met één felle lamp. Zet een lamp in elke donkere hoek. Vermijd kale lampen die verblinden.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Poor light makes every other hazard worse, and is cheap to fix.',
		sources: ['leaflet', 'HF', 'HSSAT', 'NIA']
	}
];
