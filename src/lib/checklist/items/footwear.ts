import type { Item } from '../types';

/** Shoes and clothing: asked once for the person checked. */
export const FOOTWEAR_ITEMS: Item[] = [
	{
		id: 'footwear.indoor-shoes',
		areas: ['footwear'],
		question: {
			en: 'At home, do you wear closed shoes or slippers that fit well, with a firm back around the heel and a non-slip sole?',
			nl: 'Draagt u in huis dichte schoenen of pantoffels die goed passen, met een stevige hielkap en een stroeve zool?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Loose slippers and mules slip off your heel and make you shuffle, and worn soles have no grip.',
			nl: 'In losse sloffen en muiltjes zit uw hiel niet vast, zodat u gaat sloffen, en versleten zolen hebben geen grip.'
		},
		fix: {
			en: 'Wear closed indoor shoes or slippers with a firm back around the heel, a low broad heel and a thin, non-slip sole. Fasten them with Velcro or laces.',
			nl: 'Draag dichte binnenschoenen of pantoffels met een stevige hielkap, een lage brede hak en een dunne, stroeve zool. Maak ze vast met klittenband of veters.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Worn every day; good footwear is one of the simplest fixes.',
		sources: ['leaflet', 'HF', 'NIA']
	},
	{
		id: 'footwear.socks-barefoot',
		areas: ['footwear'],
		question: {
			en: 'Do you sometimes walk around at home in socks, tights or bare feet?',
			nl: 'Loopt u in huis weleens op sokken, op panty’s of op blote voeten?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Socks and tights slide on smooth floors and stairs, and bare feet give no protection or grip.',
			nl: 'Op sokken en panty’s glijdt u uit op gladde vloeren en trappen, en blote voeten geven geen bescherming of grip.'
		},
		fix: {
			en: 'Put your shoes or slippers on as soon as you get up. If you like socks, choose ones with non-slip dots on the sole.',
			nl: 'Trek uw schoenen of pantoffels aan zodra u opstaat. Wilt u toch sokken, kies dan sokken met antislipnopjes onder de zool.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Socks on smooth floors and stairs are a common cause of slips.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'footwear.high-heels',
		areas: ['footwear'],
		question: {
			en: 'Do you wear shoes with high or narrow heels?',
			nl: 'Draagt u schoenen met hoge of smalle hakken?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'High and narrow heels make you less stable and easily twist your ankle.',
			nl: 'Op hoge of smalle hakken staat u minder stabiel, en u verzwikt makkelijk uw enkel.'
		},
		fix: {
			en: 'Choose shoes with a low, broad heel (no more than about 3 cm).',
			nl: 'Kies schoenen met een lage, brede hak (niet hoger dan ongeveer 3 cm).'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A clear fall risk, but only for those who wear them.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'footwear.slippery-soles',
		areas: ['footwear'],
		question: {
			en: 'Do any of the shoes you wear have smooth or worn soles?',
			nl: 'Hebben schoenen die u draagt een gladde of versleten zool?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Leather and worn soles slide on wet tiles, a wet pavement and smooth floors.',
			nl: 'Leren en versleten zolen glijden weg op natte tegels, een natte stoep en gladde vloeren.'
		},
		fix: {
			en: 'Have a shoemaker put non-slip rubber soles on your shoes, or replace them with shoes with a rubber, ridged sole.',
			nl: 'Laat de schoenmaker er een stroeve rubberen zool onder zetten, of vervang ze door schoenen met een rubberen zool met profiel.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Slippery soles cause slips, and the fix is simple.',
		sources: ['leaflet', 'HF']
	},
	{
		id: 'footwear.outdoor-grip',
		areas: ['footwear'],
		question: {
			en: 'Do you have outdoor shoes with a firm grip for wet or icy weather?',
			nl: 'Heeft u buitenschoenen met een goede grip voor nat of glad weer?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Many falls outside happen in autumn and winter, on wet leaves, rain and ice.',
			nl: 'Veel valpartijen buiten gebeuren in herfst en winter, op natte bladeren, regen en ijs.'
		},
		fix: {
			en: 'Wear sturdy shoes with a deep-ridged rubber sole outdoors. In frost, use slip-on grips (anti-slip covers) or stay in.',
			nl: 'Draag buiten stevige schoenen met een rubberen zool met diep profiel. Gebruik bij gladheid antisliphoesjes (ijsspikes) onder uw schoenen, of blijf binnen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Outdoor slips in winter often end in a broken wrist or hip.',
		sources: ['HF', 'NL']
	},
	{
		id: 'footwear.foot-problems',
		areas: ['footwear'],
		question: {
			en: 'Do painful feet, corns, swelling or long toenails make walking harder?',
			nl: 'Maken pijnlijke voeten, likdoorns, zwelling of lange teennagels het lopen moeilijker?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Painful feet change the way you walk and make you less steady.',
			nl: 'Met pijnlijke voeten loopt u anders en staat u minder stevig.'
		},
		fix: {
			en: 'See a chiropodist or podiatrist for your feet and nails, and tell your GP about pain or swelling.',
			nl: 'Ga naar een (medisch) pedicure of podotherapeut voor uw voeten en nagels, en vertel het uw huisarts bij pijn of zwelling.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Foot problems are a treatable cause of unsteady walking.',
		sources: ['NIA', 'NL']
	},
	{
		id: 'footwear.sit-to-dress',
		areas: ['footwear'],
		question: {
			en: 'Do you sit down to put on your shoes, socks and trousers?',
			nl: 'Gaat u zitten als u uw schoenen, sokken en broek aantrekt?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Dressing standing up means balancing on one leg while bending forward.',
			nl: 'Staand aankleden betekent op één been balanceren terwijl u voorover buigt.'
		},
		fix: {
			en: 'Always sit on a chair or the edge of the bed to dress your legs and feet. A long shoehorn or a sock aid saves bending.',
			nl: 'Ga altijd op een stoel of op de rand van het bed zitten om uw benen en voeten aan te kleden. Een lange schoenlepel of een kousenaantrekker scheelt bukken.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A daily moment on one leg, and the habit costs nothing.',
		sources: ['NIA', 'NL']
	},
	{
		id: 'footwear.clothes-length',
		areas: ['footwear'],
		question: {
			en: 'Are your trousers, nightdress and dressing gown short enough not to trip over?',
			nl: 'Zijn uw broeken, nachtjapon en ochtendjas kort genoeg om er niet over te struikelen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A long hem or a trailing belt catches under your foot, especially on the stairs.',
			nl: 'Een lange zoom of een loshangende ceintuur komt onder uw voet, zeker op de trap.'
		},
		fix: {
			en: 'Have long trousers and gowns shortened to just above the floor, and tie belts so they do not hang down.',
			nl: 'Laat lange broeken en ochtendjassen inkorten tot net boven de grond, en knoop ceinturen zo dat ze niet naar beneden hangen.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Less common, but easy to fix.',
		sources: ['NIA']
	}
];
