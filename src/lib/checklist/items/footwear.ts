import type { Group, Item } from '../types';

/**
 * Feet, shoes and clothing: asked once for the person checked. The indoor shoes are the one
 * question of the quick check (the leaflet: no socks, slippery shoes or high heels); the habits
 * are one tick list. Question 9 of the 12-question test (numb feet) is shown here too.
 */

export const FOOTWEAR_GROUPS: Group[] = [
	{
		id: 'footwear.habits',
		prompt: {
			en: 'Tick what is true for you:',
			nl: 'Vink aan wat voor u geldt:'
		},
		hint: {
			en: 'Leave unticked what does not apply.',
			nl: 'Laat leeg wat niet klopt.'
		}
	}
];

export const FOOTWEAR_ITEMS: Item[] = [
	{
		id: 'footwear.indoor-shoes',
		kind: 'hazard',
		areas: ['footwear'],
		question: {
			en: 'At home, do you wear closed shoes or slippers that fit well, with a firm back around the heel and a non-slip sole?',
			nl: 'Draagt u in huis dichte schoenen of pantoffels die goed passen, met een stevige hielkap en een stroeve zool?'
		},
		hazardWhen: 'no',
		allowNA: false,
		quick: true,
		finding: {
			en: 'Does not wear closed, well-fitting shoes or slippers at home',
			nl: 'Draagt in huis geen dichte, goed passende schoenen of pantoffels'
		},
		why: {
			en: 'Loose slippers and mules slip off your heel and make you shuffle, and worn soles have no grip.',
			nl: 'In losse sloffen en muiltjes zit uw hiel niet vast, zodat u gaat sloffen. Versleten zolen hebben geen grip.'
		},
		fix: {
			en: 'Wear closed indoor shoes or slippers with a firm back around the heel, a broad heel no higher than 2 to 2.5 cm, and a thin, non-slip sole. Fasten them with Velcro or laces.',
			nl: 'Draag dichte binnenschoenen of pantoffels met een stevige hielkap en een dunne, stroeve zool. De hak is breed en hoogstens 2 à 2,5 cm hoog. Maak ze vast met klittenband of veters.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Worn every day; good footwear is one of the simplest fixes.',
		sources: ['leaflet', 'HF', 'NIA']
	},
	{
		id: 'footwear.socks-barefoot',
		kind: 'hazard',
		areas: ['footwear'],
		group: 'footwear.habits',
		option: {
			en: 'You walk at home in socks, tights or bare feet',
			nl: 'U loopt in huis op sokken, panty’s of blote voeten'
		},
		question: {
			en: 'Do you sometimes walk around at home in socks, tights or bare feet?',
			nl: 'Loopt u in huis weleens op sokken, op panty’s of op blote voeten?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Walks at home in socks, tights or bare feet',
			nl: 'Loopt in huis op sokken, panty’s of blote voeten'
		},
		why: {
			en: 'Socks and tights slide on smooth floors and stairs, and bare feet give no protection or grip.',
			nl: 'Op sokken en panty’s glijdt u uit op gladde vloeren en trappen. Blote voeten geven geen bescherming of grip.'
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
		kind: 'hazard',
		areas: ['footwear'],
		group: 'footwear.habits',
		option: {
			en: 'You wear shoes with high or narrow heels',
			nl: 'U draagt schoenen met hoge of smalle hakken'
		},
		question: {
			en: 'Do you wear shoes with high or narrow heels?',
			nl: 'Draagt u schoenen met hoge of smalle hakken?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Wears shoes with high or narrow heels',
			nl: 'Draagt schoenen met hoge of smalle hakken'
		},
		why: {
			en: 'On heels higher than about 2.5 cm, or narrow ones, you stand less steadily and easily twist your ankle.',
			nl: 'Op hakken hoger dan ongeveer 2,5 cm, of op smalle hakken, staat u minder stevig. U verzwikt dan makkelijk uw enkel.'
		},
		fix: {
			en: 'Choose shoes with a broad heel no higher than 2 to 2.5 cm.',
			nl: 'Kies schoenen met een brede hak van hoogstens 2 à 2,5 cm.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A clear fall risk, but only for those who wear them.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'footwear.slippery-soles',
		kind: 'hazard',
		areas: ['footwear'],
		group: 'footwear.habits',
		option: {
			en: 'Some of your shoes have smooth or worn soles',
			nl: 'Sommige schoenen hebben een gladde of versleten zool'
		},
		question: {
			en: 'Do any of the shoes you wear have smooth or worn soles?',
			nl: 'Hebben schoenen die u draagt een gladde of versleten zool?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Wears shoes with smooth or worn soles',
			nl: 'Draagt schoenen met een gladde of versleten zool'
		},
		why: {
			en: 'Leather and worn soles slide on wet tiles, a wet pavement and smooth floors.',
			nl: 'Leren en versleten zolen glijden weg op natte tegels, een natte stoep en gladde vloeren.'
		},
		fix: {
			en: 'Have a shoe repairer put non-slip rubber soles on your shoes, or replace them with shoes with a ridged rubber sole.',
			nl: 'Laat de schoenmaker er een stroeve rubberen zool onder zetten. Of vervang ze door schoenen met een rubberen zool met profiel.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Slippery soles cause slips, and the fix is simple.',
		sources: ['leaflet', 'HF']
	},
	{
		id: 'footwear.stand-to-dress',
		kind: 'hazard',
		areas: ['footwear'],
		group: 'footwear.habits',
		option: {
			en: 'You stand to put on your shoes, socks or trousers',
			nl: 'U trekt staand uw schoenen, sokken of broek aan'
		},
		question: {
			en: 'Do you stand to put on your shoes, socks or trousers?',
			nl: 'Trekt u staand uw schoenen, sokken of broek aan?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Stands to put on shoes, socks or trousers',
			nl: 'Trekt staand schoenen, sokken of broek aan'
		},
		why: {
			en: 'Dressing standing up means balancing on one leg while bending forward.',
			nl: 'Staand aankleden betekent op één been balanceren terwijl u voorover buigt.'
		},
		fix: {
			en: 'Always sit on a chair or the edge of the bed to dress your legs and feet. A long shoehorn or a sock aid saves bending.',
			nl: 'Ga altijd op een stoel of de rand van het bed zitten als u uw benen en voeten aankleedt. Een lange schoenlepel of een sokkenaantrekker scheelt bukken.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A daily moment on one leg, and the habit costs nothing.',
		sources: ['NIA', 'NL']
	},
	{
		id: 'footwear.long-clothes',
		kind: 'hazard',
		areas: ['footwear'],
		group: 'footwear.habits',
		option: {
			en: 'Your trousers, nightdress or dressing gown are long enough to trip over',
			nl: 'Uw broek, nachtjapon of ochtendjas is zo lang dat u erover kunt struikelen'
		},
		question: {
			en: 'Are your trousers, nightdress or dressing gown long enough to trip over?',
			nl: 'Is uw broek, nachtjapon of ochtendjas zo lang dat u erover kunt struikelen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Trousers, nightdress or dressing gown long enough to trip over',
			nl: 'Broek, nachtjapon of ochtendjas is lang genoeg om over te struikelen'
		},
		why: {
			en: 'A long hem or a trailing belt catches under your foot, most of all on the stairs.',
			nl: 'Een lange zoom of een loshangende ceintuur komt onder uw voet, zeker op de trap.'
		},
		fix: {
			en: 'Have long trousers and gowns shortened to just above the floor, and tie belts so they do not hang down.',
			nl: 'Laat lange broeken en ochtendjassen inkorten tot net boven de grond. Knoop ceinturen zo dat ze niet naar beneden hangen.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Less common, but easy to fix.',
		sources: ['NIA']
	},
	{
		id: 'footwear.outdoor-grip',
		kind: 'hazard',
		areas: ['footwear'],
		question: {
			en: 'Do you have outdoor shoes with a firm grip for wet or icy weather?',
			nl: 'Heeft u buitenschoenen met een goede grip voor nat of glad weer?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Has no outdoor shoes with a firm grip for wet or icy weather',
			nl: 'Heeft geen buitenschoenen met goede grip voor nat of glad weer'
		},
		why: {
			en: 'Many falls outside happen in autumn and winter, on wet leaves, rain and ice.',
			nl: 'Veel valpartijen buiten gebeuren in herfst en winter, op natte bladeren, regen en ijs.'
		},
		fix: {
			en: 'Wear sturdy shoes with a deep-ridged rubber sole outdoors. In frost, put slip-on grips over your shoes, or stay in.',
			nl: 'Draag buiten stevige schoenen met een rubberen zool met diep profiel. Gebruik bij gladheid antisliphoesjes (ijsspikes) onder uw schoenen, of blijf binnen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Outdoor slips in winter often end in a broken wrist or hip.',
		sources: ['HF', 'NL']
	},
	{
		id: 'footwear.foot-problems',
		kind: 'hazard',
		areas: ['footwear'],
		question: {
			en: 'Do painful feet, corns, swelling or long toenails make walking harder?',
			nl: 'Maken pijnlijke voeten, likdoorns, zwelling of lange teennagels het lopen moeilijker?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Painful feet, corns, swelling or long toenails make walking harder',
			nl: 'Pijnlijke voeten, likdoorns, zwelling of lange nagels maken lopen moeilijker'
		},
		why: {
			en: 'Painful feet change the way you walk and make you less steady.',
			nl: 'Met pijnlijke voeten loopt u anders en staat u minder stevig.'
		},
		fix: {
			en: 'See a podiatrist or a chiropodist for your feet, nails and shoes, and tell your GP about pain or swelling that does not go away.',
			nl: 'Ga naar een podotherapeut of een medisch pedicure voor uw voeten, nagels en schoenen. Vertel het uw huisarts als pijn of zwelling niet overgaat.'
		},
		owner: 'podiatrist',
		priority: 'medium',
		priorityReason: 'Foot problems are a treatable cause of unsteady walking.',
		sources: ['WFG', 'NIA', 'NL']
	}
];
