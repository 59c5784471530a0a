import type { Item } from '../types';

/**
 * Other room: garage, shed, laundry, balcony or garden. Floors, rugs, cords, walking route and
 * light are asked by general.ts; these items may be "not applicable" to the room at hand.
 */
export const OTHER_ITEMS: Item[] = [
	{
		id: 'other.tools-away',
		areas: ['other'],
		question: {
			en: 'Are garden tools, hoses, pots and buckets put away, off the path?',
			nl: 'Zijn tuingereedschap, slangen, potten en emmers opgeruimd, van het pad af?'
		},
		hazardWhen: 'no',
		allowNA: true,
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
		priorityReason: 'A common trip hazard outside, and easy to tidy away.',
		sources: ['HSSAT']
	},
	{
		id: 'other.outdoor-even',
		areas: ['other'],
		question: {
			en: 'Are the terrace, garden paths or balcony floor even, with no loose or raised tiles?',
			nl: 'Zijn het terras, de tuinpaden of de balkonvloer vlak, zonder losse of opstaande tegels?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Tree roots and frost lift tiles over the years, and a raised edge catches your toe.',
			nl: 'Boomwortels en vorst duwen tegels in de loop van de jaren omhoog, en aan een opstaande rand blijft uw teen haken.'
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
		id: 'other.outdoor-slippery',
		areas: ['other'],
		question: {
			en: 'Are the terrace, garden paths or balcony kept free of moss, algae, wet leaves and ice?',
			nl: 'Worden het terras, de tuinpaden of het balkon vrijgehouden van mos, groene aanslag, natte bladeren en ijs?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Green algae on tiles in the shade is as slippery as ice, all year round.',
			nl: 'Groene aanslag op tegels in de schaduw is het hele jaar door zo glad als ijs.'
		},
		fix: {
			en: 'Brush off moss and algae, or have the tiles cleaned, and sweep up leaves in autumn. Grit or salt the path when frost is forecast.',
			nl: 'Borstel mos en groene aanslag weg, of laat de tegels reinigen, en veeg in de herfst de bladeren op. Strooi zand of zout als er vorst komt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Slips outside often break a wrist or a hip.',
		sources: ['HSSAT', 'NIA', 'NL']
	},
	{
		id: 'other.steps-rail',
		areas: ['other'],
		question: {
			en: 'Is there a rail or something firm to hold at the steps into the garage, shed, cellar or garden?',
			nl: 'Is er een leuning of iets stevigs om vast te houden bij de opstapjes naar de garage, schuur, kelder of tuin?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'These steps are often steep, poorly lit and forgotten when the house is made safe.',
			nl: 'Deze opstapjes zijn vaak steil en slecht verlicht, en worden vergeten als het huis veilig wordt gemaakt.'
		},
		fix: {
			en: 'Have a firm rail or grab rail fitted beside the steps, and mark the edge of each step with a light-coloured strip.',
			nl: 'Laat een stevige leuning of handgreep naast de opstapjes plaatsen, en markeer de rand van elke tree met een lichte strip.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Steps without a hold are risky, but used less often than the main stairs.',
		sources: ['HSSAT', 'HF']
	},
	{
		id: 'other.balcony-threshold',
		areas: ['other'],
		question: {
			en: 'Can you step over the threshold to the balcony or garden safely?',
			nl: 'Kunt u veilig over de drempel naar het balkon of de tuin stappen?'
		},
		hazardWhen: 'no',
		allowNA: true,
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
		areas: ['other'],
		question: {
			en: 'Can you do the washing without carrying a full basket up or down stairs or steps?',
			nl: 'Kunt u de was doen zonder een volle wasmand de trap of opstapjes op of af te dragen?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A full basket takes both hands and hides the steps from view.',
			nl: 'Voor een volle wasmand heeft u beide handen nodig, en u ziet de treden niet meer.'
		},
		fix: {
			en: 'Carry smaller loads in a bag over your shoulder, use a basket on wheels on the level, or ask someone to carry the basket.',
			nl: 'Draag kleinere hoeveelheden in een tas over uw schouder, gebruik een wasmand op wieltjes op de vlakke vloer, of vraag iemand de mand te dragen.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Carrying a basket on stairs combines two big risks.',
		sources: ['HSSAT', 'HF']
	},
	{
		id: 'other.ladder',
		areas: ['other'],
		question: {
			en: 'Do you climb a ladder for jobs such as cleaning gutters, pruning or washing windows?',
			nl: 'Gaat u op een ladder staan voor klussen zoals de dakgoot schoonmaken, snoeien of ramen lappen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
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
