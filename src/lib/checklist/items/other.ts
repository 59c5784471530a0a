import type { Group, Item } from '../types';

/**
 * Other room: garage, shed, laundry, balcony or garden. The floor and the light are the shared
 * tick list (general.ts); then one tick list for what is typical of these places, and two
 * habits. Kept short: these places are used less often than the rooms of the day.
 */
export const OTHER_GROUPS: Group[] = [
	{
		id: 'other.outside',
		prompt: {
			en: 'Tick what else you see here:',
			nl: 'Vink aan wat u hier verder ziet:'
		},
		hint: {
			en: 'Garage, shed, garden or balcony: leave unticked what is not there or is fine.',
			nl: 'Garage, schuur, tuin of balkon: wat er niet is of in orde is, vinkt u niet aan.'
		}
	}
];

export const OTHER_ITEMS: Item[] = [
	{
		id: 'other.tiles-uneven',
		kind: 'hazard',
		areas: ['other'],
		group: 'other.outside',
		option: {
			en: 'Loose or raised tiles, or uneven ground',
			nl: 'Losse of opstaande tegels, of ongelijke grond'
		},
		question: {
			en: 'Are there loose or raised tiles here, or uneven ground?',
			nl: 'Liggen hier losse of opstaande tegels, of is de grond ongelijk?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Tiles are loose or raised, or the ground is uneven',
			nl: 'Tegels liggen los of staan op, of de grond is ongelijk'
		},
		why: {
			en: 'Tree roots and frost lift tiles over the years, and a raised edge catches your toe.',
			nl: 'Boomwortels en vorst duwen tegels in de loop van de jaren omhoog. Aan een opstaande rand blijft uw teen haken.'
		},
		fix: {
			en: 'Have loose and raised tiles relaid. Until then, mark the bad spot or walk around it.',
			nl: 'Laat losse en opstaande tegels opnieuw leggen. Markeer tot die tijd de slechte plek, of loop eromheen.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'A trip hazard on a hard surface, in places used less often.',
		sources: ['HF', 'HSSAT']
	},
	{
		id: 'other.moss-algae',
		kind: 'hazard',
		areas: ['other'],
		group: 'other.outside',
		option: {
			en: 'Moss, algae, wet leaves or ice',
			nl: 'Mos, groene aanslag, natte bladeren of ijs'
		},
		question: {
			en: 'Do moss, green algae, wet leaves or ice make the ground here slippery?',
			nl: 'Maken mos, groene aanslag, natte bladeren of ijs de grond hier glad?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Moss, algae, wet leaves or ice make the ground slippery',
			nl: 'Mos, groene aanslag, natte bladeren of ijs maken de grond glad'
		},
		why: {
			en: 'Green algae on tiles in the shade is as slippery as ice, all year round.',
			nl: 'Groene aanslag op tegels in de schaduw is het hele jaar door zo glad als ijs.'
		},
		fix: {
			en: 'Brush off moss and algae, or have the tiles cleaned, and sweep up leaves in autumn. Grit or salt the path when frost is forecast.',
			nl: 'Borstel mos en groene aanslag weg, of laat de tegels reinigen. Veeg in de herfst de bladeren op. Strooi zand of zout als er vorst komt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Slips outside often break a wrist or a hip.',
		sources: ['HSSAT', 'NIA', 'NL']
	},
	{
		id: 'other.tools-lying',
		kind: 'hazard',
		areas: ['other'],
		group: 'other.outside',
		option: {
			en: 'Tools, hoses, pots or buckets lying about',
			nl: 'Gereedschap, slangen, potten of emmers die rondslingeren'
		},
		question: {
			en: 'Are tools, hoses, pots or buckets lying about where you walk?',
			nl: 'Slingeren gereedschap, slangen, potten of emmers rond waar u loopt?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Tools, hoses, pots or buckets lie about where people walk',
			nl: 'Gereedschap, slangen, potten of emmers slingeren rond waar u loopt'
		},
		why: {
			en: 'A hose across the path or a rake in the grass is an easy thing to trip over.',
			nl: 'Over een tuinslang op het pad of een hark in het gras struikelt u makkelijk.'
		},
		fix: {
			en: 'Hang tools on the wall, roll up the hose on a reel, and keep the path clear.',
			nl: 'Hang gereedschap aan de muur, rol de tuinslang op een haspel, en houd het pad vrij.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A common trip hazard, and easy to tidy away.',
		sources: ['HSSAT']
	},
	{
		id: 'other.steps-no-rail',
		kind: 'hazard',
		areas: ['other'],
		group: 'other.outside',
		option: {
			en: 'Steps with nothing firm to hold',
			nl: 'Opstapjes zonder iets stevigs om vast te houden'
		},
		question: {
			en: 'Are there steps here, into the garage, shed, cellar or garden, with nothing firm to hold?',
			nl: 'Zijn hier opstapjes naar de garage, schuur, kelder of tuin zonder iets stevigs om vast te houden?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'Steps here have no rail or other firm hold',
			nl: 'De opstapjes hier hebben geen leuning of ander stevig houvast'
		},
		why: {
			en: 'These steps are often steep, poorly lit and forgotten when the house is made safe.',
			nl: 'Deze opstapjes zijn vaak steil en slecht verlicht. Ze worden vergeten als het huis veilig wordt gemaakt.'
		},
		fix: {
			en: 'Have a firm rail or grab rail fitted beside the steps, and mark the edge of each step with a light-coloured strip.',
			nl: 'Laat een stevige leuning of handgreep naast de opstapjes plaatsen. Markeer de rand van elke tree met een lichte strip.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Steps without a hold are risky, but used less often than the main stairs.',
		sources: ['HSSAT', 'HF']
	},
	{
		id: 'other.threshold-step',
		kind: 'hazard',
		areas: ['other'],
		group: 'other.outside',
		option: {
			en: 'A high threshold or a step down at the door',
			nl: 'Een hoge drempel of een stap omlaag bij de deur'
		},
		question: {
			en: 'Is there a high threshold or a step down at the door to the balcony or garden?',
			nl: 'Is er een hoge drempel of een stap omlaag bij de deur naar het balkon of de tuin?'
		},
		allowNA: false,
		hazardWhen: 'yes',
		finding: {
			en: 'A high threshold or a step down at the door is hard to cross',
			nl: 'Een hoge drempel of een stap omlaag bij de deur is lastig'
		},
		why: {
			en: 'Balcony and garden doors often have a high threshold with a step down on the other side.',
			nl: 'Bij balkon- en tuindeuren zit vaak een hoge drempel, met aan de andere kant een stap naar beneden.'
		},
		fix: {
			en: 'Place a threshold ramp on both sides, and have a grab rail fitted beside the door.',
			nl: 'Leg aan beide kanten een drempelhulp, en laat een handgreep naast de deur plaatsen.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'A high threshold with a step down is an awkward spot to fall.',
		sources: ['HSSAT', 'NL']
	},
	{
		id: 'other.laundry-carry',
		kind: 'hazard',
		areas: ['other'],
		question: {
			en: 'Can you do the washing without carrying a full basket up or down stairs or steps?',
			nl: 'Kunt u de was doen zonder een volle wasmand de trap of opstapjes op of af te dragen?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'A full washing basket is carried up or down stairs or steps',
			nl: 'Een volle wasmand gaat de trap of opstapjes op of af'
		},
		why: {
			en: 'A full basket takes both hands and hides the steps from view.',
			nl: 'Voor een volle wasmand heeft u beide handen nodig, en u ziet de treden niet meer.'
		},
		fix: {
			en: 'Carry smaller loads in a bag over your shoulder, use a basket on wheels on the level, or ask someone to carry the basket.',
			nl: 'Draag kleinere hoeveelheden in een tas over uw schouder. Gebruik op de vlakke vloer een wasmand op wieltjes. Of vraag iemand de mand te dragen.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Carrying a basket on stairs combines two big risks.',
		sources: ['HSSAT', 'HF']
	},
	{
		id: 'other.ladder',
		kind: 'hazard',
		areas: ['other'],
		question: {
			en: 'Do you climb a ladder for jobs such as cleaning gutters, pruning or washing windows?',
			nl: 'Gaat u op een ladder staan voor klussen zoals de dakgoot schoonmaken, snoeien of ramen lappen?'
		},
		allowNA: false,
		labels: {
			yes: { en: 'Yes, sometimes', nl: 'Ja, weleens' },
			no: { en: 'No, never', nl: 'Nee, nooit' }
		},
		hazardWhen: 'yes',
		finding: {
			en: 'Climbs a ladder for jobs such as gutters, pruning or windows',
			nl: 'Gaat op een ladder staan voor klussen zoals de dakgoot, snoeien of ramen'
		},
		why: {
			en: 'Falls from ladders are among the most serious falls of older people, often onto a hard surface.',
			nl: 'Een val van de ladder is bij ouderen een van de ernstigste soorten valpartijen, vaak op een harde ondergrond.'
		},
		fix: {
			en: 'Leave ladder jobs to someone else: family, a neighbour, a window cleaner or a handyman.',
			nl: 'Laat klussen op een ladder over aan iemand anders: familie, een buurman, de glazenwasser of een klusjesman.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Falls from a height cause serious injuries, especially with brittle bones.',
		sources: ['NL']
	}
];
