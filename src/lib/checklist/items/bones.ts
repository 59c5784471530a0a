import type { AnswerCondition, Group, Item } from '../types';

/**
 * Bone health: bones decide how badly a fall ends, not whether you fall. First the risk factors
 * for brittle bones (osteoporosis) as one tick list, then daylight and vitamin D (asked only
 * where the advice applies), food, the habits that weaken bones, and what to discuss with the GP:
 * a bone density scan only when a risk factor is present, the osteoporosis medicine only when
 * osteoporosis is known. Asked once for the person checked.
 */

const yes = (item: string): AnswerCondition => ({ item, answer: 'yes' });

export const BONES_GROUPS: Group[] = [
	{
		id: 'bones.risk',
		prompt: {
			en: 'Tick what applies to you:',
			nl: 'Vink aan wat voor u geldt:'
		},
		hint: {
			en: 'Most of these raise the chance of brittle bones (osteoporosis); your skin colour changes the vitamin D advice.',
			nl: 'De meeste hiervan vergroten de kans op broze botten (osteoporose). Uw huidskleur bepaalt mee welk vitamine D-advies geldt.'
		}
	},
	{
		id: 'bones.habits',
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

export const BONES_ITEMS: Item[] = [
	{
		id: 'bones.age',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: { en: 'You are 70 or older', nl: 'U bent 70 jaar of ouder' },
		question: { en: 'Are you 70 or older?', nl: 'Bent u 70 jaar of ouder?' },
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: '70 or older', nl: '70 jaar of ouder' },
		why: {
			en: 'The older you get, the more bone you lose and the greater the chance of osteoporosis.',
			nl: 'Hoe ouder u wordt, hoe meer bot u verliest en hoe groter de kans op osteoporose.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.woman-menopause',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'You are a woman past the menopause',
			nl: 'U bent een vrouw na de overgang'
		},
		question: {
			en: 'Are you a woman past the menopause?',
			nl: 'Bent u een vrouw na de overgang?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'A woman past the menopause', nl: 'Vrouw na de overgang' },
		why: {
			en: 'After the menopause, women lose bone faster because they have less oestrogen. White and Asian women run the highest risk.',
			nl: 'Na de overgang verliezen vrouwen sneller bot, omdat ze minder oestrogeen hebben. Witte en Aziatische vrouwen lopen het meeste risico.'
		},
		sources: ['leaflet']
	},
	{
		id: 'bones.menopause-early',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'Your menopause started before the age of 45',
			nl: 'U kwam vóór uw 45e in de overgang'
		},
		question: {
			en: 'Did your menopause start before the age of 45?',
			nl: 'Kwam u vóór uw 45e in de overgang?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Menopause before the age of 45', nl: 'Vóór het 45e jaar in de overgang' },
		why: {
			en: 'An early menopause means more years with little oestrogen, so the bones weaken sooner.',
			nl: 'Bij een vroege overgang heeft u meer jaren weinig oestrogeen. Daardoor worden de botten eerder zwakker.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.low-hormone',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'A doctor has said you have too little sex hormone (men too)',
			nl: 'Een arts zei dat u te weinig geslachtshormoon heeft (ook bij mannen)'
		},
		question: {
			en: 'Has a doctor said that you have too little sex hormone?',
			nl: 'Heeft een arts gezegd dat u te weinig geslachtshormoon heeft?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Too little sex hormone', nl: 'Te weinig geslachtshormoon' },
		why: {
			en: 'Sex hormones slow down bone loss, so too little of them weakens the bones, in women and in men.',
			nl: 'Geslachtshormonen remmen de afbraak van bot. Te weinig ervan maakt de botten zwakker, bij vrouwen en bij mannen.'
		},
		sources: ['leaflet']
	},
	{
		id: 'bones.family',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'Your mother or father had osteoporosis or broke a hip',
			nl: 'Uw moeder of vader had osteoporose of brak een heup'
		},
		question: {
			en: 'Did your mother or father have osteoporosis or break a hip?',
			nl: 'Had uw moeder of vader osteoporose, of heeft een van hen een heup gebroken?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'A parent had osteoporosis or a broken hip',
			nl: 'Een ouder had osteoporose of een gebroken heup'
		},
		why: {
			en: 'Osteoporosis runs in families, and a parent’s broken hip is one of the clearest signs.',
			nl: 'Osteoporose zit vaak in de familie. Een gebroken heup bij een ouder is een van de duidelijkste tekenen.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.fracture',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'You broke a bone after the age of 50, from a minor fall or bump',
			nl: 'U brak na uw 50e een bot door een kleine val of stoot'
		},
		question: {
			en: 'Have you broken a bone after the age of 50, from a minor fall or bump?',
			nl: 'Heeft u na uw 50e een bot gebroken door een kleine val of stoot?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Broke a bone after 50 from a minor fall or bump',
			nl: 'Brak na het 50e jaar een bot door een kleine val of stoot'
		},
		why: {
			en: 'A bone that breaks that easily is often a sign of osteoporosis, and the next fracture is then more likely.',
			nl: 'Een bot dat zo makkelijk breekt, is vaak een teken van osteoporose. De kans op een volgende breuk is dan groter.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.prednisone',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'You have taken prednisone or a similar steroid tablet for 3 months or longer',
			nl: 'U gebruikte 3 maanden of langer prednison of een vergelijkbare tablet'
		},
		question: {
			en: 'Have you taken prednisone or a similar medicine (corticosteroid tablets) for 3 months or longer?',
			nl: 'Heeft u 3 maanden of langer prednison of een vergelijkbaar medicijn (corticosteroïden in tabletvorm) gebruikt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Took prednisone-like tablets for 3 months or longer',
			nl: 'Gebruikte 3 maanden of langer prednisonachtige tabletten'
		},
		why: {
			en: 'Prednisone-like medicines weaken the bones quickly, already in the first months. Never stop them on your own.',
			nl: 'Prednisonachtige medicijnen maken de botten snel zwakker, al in de eerste maanden. Stop er nooit zelf mee.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.thyroid',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'You have, or have had, an overactive thyroid',
			nl: 'U heeft, of had, een te snel werkende schildklier'
		},
		question: {
			en: 'Do you have, or have you had, an overactive thyroid?',
			nl: 'Heeft u een te snel werkende schildklier, of heeft u die gehad?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Has or had an overactive thyroid',
			nl: 'Heeft of had een te snel werkende schildklier'
		},
		why: {
			en: 'An overactive thyroid speeds up bone loss.',
			nl: 'Een te snel werkende schildklier versnelt de afbraak van bot.'
		},
		sources: ['leaflet']
	},
	{
		id: 'bones.low-weight',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'You weigh less than 60 kg, or have lost weight without trying',
			nl: 'U weegt minder dan 60 kilo, of u bent afgevallen zonder dat u dat wilde'
		},
		question: {
			en: 'Do you weigh less than 60 kg, or have you lost weight without trying?',
			nl: 'Weegt u minder dan 60 kilo, of bent u afgevallen zonder dat u dat wilde?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Weighs under 60 kg, or lost weight without trying',
			nl: 'Weegt minder dan 60 kilo, of viel af zonder dat te willen'
		},
		why: {
			en: 'A low body weight means weaker bones and less padding over the hip in a fall. Losing weight without trying is a warning sign too.',
			nl: 'Een laag gewicht betekent zwakkere botten en minder bescherming over de heup als u valt. Afvallen zonder dat u dat wilt, is ook een waarschuwing.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.osteoporosis',
		kind: 'risk-factor',
		areas: ['bones'],
		group: 'bones.risk',
		option: {
			en: 'A doctor has told you that you have osteoporosis',
			nl: 'Een arts heeft gezegd dat u osteoporose (botontkalking) heeft'
		},
		question: {
			en: 'Has a doctor told you that you have osteoporosis?',
			nl: 'Heeft een arts gezegd dat u osteoporose (botontkalking) heeft?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Has osteoporosis', nl: 'Heeft osteoporose' },
		why: {
			en: 'With osteoporosis, a fall breaks a bone more easily, so preventing falls and taking the treatment matter even more.',
			nl: 'Met osteoporose breekt u bij een val sneller een bot. Vallen voorkomen en de behandeling volhouden zijn dan extra belangrijk.'
		},
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.dark-skin',
		kind: 'context',
		areas: ['bones'],
		group: 'bones.risk',
		option: { en: 'You have a dark skin', nl: 'U heeft een donkere huid' },
		question: { en: 'Do you have a dark skin?', nl: 'Heeft u een donkere huid?' },
		allowNA: false,
		why: {
			en: 'A dark skin makes less vitamin D in daylight, so extra vitamin D is advised at any age.',
			nl: 'Een donkere huid maakt in het daglicht minder vitamine D aan. Daarom is extra vitamine D op elke leeftijd het advies.'
		},
		sources: ['NL']
	},
	{
		id: 'bones.daylight',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Are you outside in daylight for at least 15 minutes on most days?',
			nl: 'Bent u de meeste dagen minstens een kwartier buiten in het daglicht?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Outside in daylight for less than 15 minutes on most days',
			nl: 'Is de meeste dagen minder dan een kwartier buiten in het daglicht'
		},
		why: {
			en: 'Your skin makes vitamin D in daylight, and you need vitamin D to take up calcium. Far from the equator the winter sun is too weak for it.',
			nl: 'Uw huid maakt vitamine D aan in het daglicht, en vitamine D heeft u nodig om calcium op te nemen. Ver van de evenaar is de winterzon daarvoor te zwak.'
		},
		fix: {
			en: 'Go outside every day, with your face and arms uncovered, for example for a short walk or to sit on a bench or the balcony. In summer, 15 to 30 minutes around midday is enough; do not let your skin burn.',
			nl: 'Ga elke dag naar buiten, met uw gezicht en armen onbedekt. Maak bijvoorbeeld een korte wandeling, of ga op een bankje of het balkon zitten. In de zomer is 15 tot 30 minuten rond het middaguur genoeg. Laat uw huid niet verbranden.'
		},
		regional: {
			nl: {
				why: {
					en: 'Your skin makes vitamin D in daylight, and you need vitamin D to take up calcium. In the Netherlands the skin makes almost no vitamin D from October to March.',
					nl: 'Uw huid maakt vitamine D aan in het daglicht, en vitamine D heeft u nodig om calcium op te nemen. In Nederland maakt de huid van oktober tot en met maart bijna geen vitamine D aan.'
				},
				fix: {
					en: 'Go outside every day, with your face and arms uncovered. From April to September, 15 to 30 minutes between 11:00 and 15:00 is enough; do not let your skin burn. In winter, daylight still helps your sleep and mood, but vitamin D then comes from food or a tablet.',
					nl: 'Ga elke dag naar buiten, met uw gezicht en armen onbedekt. Van april tot en met september is 15 tot 30 minuten tussen 11:00 en 15:00 uur genoeg. Laat uw huid niet verbranden. In de winter helpt daglicht nog wel voor slaap en stemming. Vitamine D komt dan uit eten of een tablet.'
				}
			},
			general: {
				why: {
					en: 'Your skin makes vitamin D in daylight, and you need vitamin D to take up calcium. In the UK the skin cannot make enough from sunlight between October and early March.',
					nl: 'Uw huid maakt vitamine D aan in het daglicht, en vitamine D heeft u nodig om calcium op te nemen. In het Verenigd Koninkrijk maakt de huid tussen oktober en begin maart niet genoeg aan.'
				},
				fix: {
					en: 'Go outside every day, with your face and arms uncovered. From late March to September, short spells outdoors between 11:00 and 15:00 are enough; do not let your skin burn. In winter, vitamin D comes from food or a supplement.',
					nl: 'Ga elke dag naar buiten, met uw gezicht en armen onbedekt. Van eind maart tot en met september is kort buiten zijn tussen 11:00 en 15:00 uur genoeg. Laat uw huid niet verbranden. In de winter komt vitamine D uit eten of een supplement.'
				}
			}
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Too little daylight is a risk factor for osteoporosis (leaflet).',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.vitamin-d',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Do you take vitamin D every day, on its own or in a calcium and vitamin D tablet from your GP?',
			nl: 'Neemt u elke dag vitamine D, los of in een calcium- en vitamine D-tablet van uw huisarts?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: {
			any: [
				yes('bones.age'),
				yes('bones.woman-menopause'),
				yes('bones.osteoporosis'),
				yes('bones.dark-skin'),
				{ item: 'bones.daylight', answer: 'no' }
			]
		},
		finding: {
			en: 'Takes no daily vitamin D, though it is advised',
			nl: 'Neemt geen vitamine D per dag, terwijl dat wel het advies is'
		},
		why: {
			en: 'Vitamin D is advised for you because of your age, sex, skin or time outdoors. Older skin makes less of it, and food gives too little.',
			nl: 'Vitamine D is voor u het advies, door uw leeftijd, geslacht, huid of de tijd dat u buiten bent. Een oudere huid maakt er minder van, en uit eten krijgt u te weinig.'
		},
		fix: {
			en: 'Ask your pharmacist or GP which daily dose of vitamin D suits you, and take it every day at a fixed moment. A calcium and vitamin D tablet from your GP counts.',
			nl: 'Vraag uw apotheker of huisarts welke dagelijkse hoeveelheid vitamine D bij u past. Neem die elke dag op een vast moment. Een calcium- en vitamine D-tablet van uw huisarts telt mee.'
		},
		regional: {
			nl: {
				fix: {
					en: 'The Health Council of the Netherlands (Gezondheidsraad, 2012) advises 20 micrograms (µg) of vitamin D every day from age 70. Women from 50 to 70, and people with a dark skin or who are seldom outside, take 10 µg a day. A calcium and vitamin D tablet from your GP counts. Ask your pharmacist if you are unsure.',
					nl: 'De Gezondheidsraad (2012) adviseert vanaf 70 jaar elke dag 20 microgram (µg) vitamine D. Vrouwen van 50 tot 70 jaar nemen 10 µg per dag. Dat geldt ook voor mensen met een donkere huid of die weinig buiten komen. Een calcium- en vitamine D-tablet van uw huisarts telt mee. Vraag het uw apotheker als u twijfelt.'
				}
			},
			general: {
				fix: {
					en: 'The NHS advises 10 micrograms (µg) of vitamin D a day in autumn and winter, and all year round if you are seldom outdoors or cover most of your skin. A calcium and vitamin D tablet from your GP counts. Ask your pharmacist or GP whether you need more.',
					nl: 'De Britse NHS adviseert in herfst en winter 10 microgram (µg) vitamine D per dag. Komt u weinig buiten, of bedekt u het grootste deel van uw huid, dan het hele jaar. Een calcium- en vitamine D-tablet van uw huisarts telt mee. Vraag uw apotheker of huisarts of u meer nodig heeft.'
				}
			}
		},
		owner: 'self',
		priority: 'medium',
		priorityReason:
			'Asked only where vitamin D is advised (age, sex, skin, daylight); cheap and simple.',
		sources: ['NL', 'leaflet']
	},
	{
		id: 'bones.dairy',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'How many portions of dairy do you have a day (a glass of milk or buttermilk, a bowl of yoghurt or quark, a slice of cheese)?',
			nl: 'Hoeveel porties zuivel neemt u per dag (een glas melk of karnemelk, een schaaltje yoghurt of kwark, een plak kaas)?'
		},
		labels: {
			yes: { en: '3 or more', nl: '3 of meer' },
			no: { en: 'Fewer than 3', nl: 'Minder dan 3' }
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Has fewer than 3 portions of dairy a day',
			nl: 'Neemt minder dan 3 porties zuivel per dag'
		},
		why: {
			en: 'Your bones need calcium, and dairy is the main source of it.',
			nl: 'Uw botten hebben calcium nodig, en zuivel is daarvan de belangrijkste bron.'
		},
		fix: {
			en: 'Have 3 to 4 portions of dairy a day, for example milk with breakfast, yoghurt as a snack and cheese on your bread. If you cannot have dairy, ask your GP or a dietitian about calcium.',
			nl: 'Neem 3 à 4 porties zuivel per dag, bijvoorbeeld melk bij het ontbijt, yoghurt tussendoor en kaas op brood. Kunt u geen zuivel gebruiken, vraag dan uw huisarts of een diëtist naar calcium.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Calcium keeps bones from weakening; it acts slowly but matters.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.calcium-greens',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Do you eat vegetables rich in calcium, such as kale, broccoli or pak choi, several times a week?',
			nl: 'Eet u een paar keer per week groente met veel calcium, zoals boerenkool, broccoli of paksoi?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Seldom eats calcium-rich vegetables such as kale or broccoli',
			nl: 'Eet weinig groente met veel calcium, zoals boerenkool of broccoli'
		},
		why: {
			en: 'After dairy, kale, broccoli and pak choi give calcium that your body takes up well. Spinach has calcium too, but the body takes up very little of it, and nuts give little.',
			nl: 'Na zuivel geven boerenkool, broccoli en paksoi calcium dat uw lichaam goed opneemt. Spinazie bevat ook calcium, maar daarvan neemt het lichaam heel weinig op. Noten geven weinig calcium.'
		},
		fix: {
			en: 'Eat kale, broccoli, pak choi or other cabbage greens several times a week. If you have little dairy as well, ask a dietitian how to get enough calcium.',
			nl: 'Eet een paar keer per week boerenkool, broccoli, paksoi of een andere koolsoort. Neemt u ook weinig zuivel, vraag dan een diëtist hoe u genoeg calcium krijgt.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A smaller source of calcium than dairy.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.oily-fish',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Do you eat oily fish, such as herring, mackerel or salmon, about once a week?',
			nl: 'Eet u ongeveer één keer per week vette vis, zoals haring, makreel of zalm?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Eats oily fish less than once a week',
			nl: 'Eet minder dan één keer per week vette vis'
		},
		why: {
			en: 'Oily fish is one of the few foods with a lot of vitamin D.',
			nl: 'Vette vis is een van de weinige voedingsmiddelen met veel vitamine D.'
		},
		fix: {
			en: 'Eat oily fish once a week, and use margarine or low-fat spread on your bread: vitamin D is often added to them.',
			nl: 'Eet één keer per week vette vis. Smeer margarine of halvarine op uw brood: daar is vaak vitamine D aan toegevoegd.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Helps, but a supplement gives more vitamin D.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.varied-diet',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Do you eat varied meals most days, with vegetables, fruit, bread and dairy, and fish, meat, eggs or beans?',
			nl: 'Eet u de meeste dagen gevarieerd, met groente, fruit, brood en zuivel, en vis, vlees, eieren of peulvruchten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Does not eat varied meals most days',
			nl: 'Eet de meeste dagen niet gevarieerd'
		},
		why: {
			en: 'A one-sided diet lacks what bones and muscles need to stay strong.',
			nl: 'Bij eenzijdig eten mist u wat botten en spieren nodig hebben om sterk te blijven.'
		},
		fix: {
			en: 'Vary your meals. If cooking or shopping is hard, ask about a meal service or help with shopping; a dietitian can advise.',
			nl: 'Eet gevarieerd. Is koken of boodschappen doen lastig, vraag dan naar een maaltijdservice of hulp bij boodschappen. Een diëtist kan u adviseren.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A one-sided diet weakens bones and muscles over time.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.protein',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Do you eat something rich in protein at every main meal, such as meat, fish, eggs, cheese, quark, beans or tofu?',
			nl: 'Eet u bij elke hoofdmaaltijd iets met veel eiwit, zoals vlees, vis, ei, kaas, kwark, peulvruchten of tofu?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: {
			any: [yes('bones.age'), yes('bones.low-weight'), { item: 'bones.varied-diet', answer: 'no' }]
		},
		finding: {
			en: 'Does not eat protein at every main meal',
			nl: 'Eet niet bij elke hoofdmaaltijd iets met eiwit'
		},
		why: {
			en: 'With age, and with weight loss or a one-sided diet, muscles shrink faster. Enough protein, together with exercise, keeps your legs and balance stronger.',
			nl: 'Met de jaren, en bij afvallen of eenzijdig eten, worden de spieren sneller kleiner. Genoeg eiwit houdt samen met bewegen uw benen en evenwicht sterker.'
		},
		fix: {
			en: 'Add something with protein to every meal: an egg or cheese at breakfast, yoghurt or quark in between, meat, fish or beans at dinner. If you are losing weight, ask your GP or a dietitian for advice.',
			nl: 'Neem bij elke maaltijd iets met eiwit. Bijvoorbeeld een ei of kaas bij het ontbijt, yoghurt of kwark tussendoor, en vlees, vis of peulvruchten ’s avonds. Valt u af, vraag dan uw huisarts of een diëtist om advies.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Add something with protein to every meal: an egg or cheese at breakfast, yoghurt or quark in between, meat, fish or beans at dinner. If you are losing weight, see a dietitian: basic health insurance pays for 3 hours a year, and the eigen risico applies.',
					nl: 'Neem bij elke maaltijd iets met eiwit. Bijvoorbeeld een ei of kaas bij het ontbijt, yoghurt of kwark tussendoor, en vlees, vis of peulvruchten ’s avonds. Valt u af, ga dan naar een diëtist. De basisverzekering betaalt 3 uur per jaar; het eigen risico geldt.'
				}
			}
		},
		owner: 'dietitian',
		priority: 'medium',
		priorityReason:
			'Muscle loss weakens legs and balance; asked of those most at risk (70+, low weight, one-sided diet).',
		sources: ['WFG', 'NL']
	},
	{
		id: 'bones.smoking',
		kind: 'hazard',
		areas: ['bones'],
		group: 'bones.habits',
		option: { en: 'You smoke', nl: 'U rookt' },
		question: { en: 'Do you smoke?', nl: 'Rookt u?' },
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Smokes', nl: 'Rookt' },
		why: {
			en: 'Smoking speeds up bone loss.',
			nl: 'Roken versnelt het verlies van bot.'
		},
		fix: {
			en: 'Stopping helps at any age. Your GP or pharmacist can help you quit.',
			nl: 'Stoppen helpt op elke leeftijd. Uw huisarts of apotheker kan u helpen om te stoppen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A risk factor the person can change.',
		sources: ['leaflet']
	},
	{
		id: 'bones.coffee',
		kind: 'hazard',
		areas: ['bones'],
		group: 'bones.habits',
		option: {
			en: 'You drink more than 4 cups of coffee a day',
			nl: 'U drinkt meer dan 4 koppen koffie per dag'
		},
		question: {
			en: 'Do you drink more than 4 cups of coffee a day?',
			nl: 'Drinkt u meer dan 4 koppen koffie per dag?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Drinks more than 4 cups of coffee a day',
			nl: 'Drinkt meer dan 4 koppen koffie per dag'
		},
		why: {
			en: 'A lot of coffee makes your body lose a little more calcium.',
			nl: 'Veel koffie zorgt ervoor dat uw lichaam iets meer calcium kwijtraakt.'
		},
		fix: {
			en: 'Keep to no more than 4 cups a day; drink water, tea or decaf instead, or add milk to your coffee.',
			nl: 'Houd het bij hoogstens 4 koppen per dag. Drink anders water, thee of cafeïnevrije koffie, of doe melk in uw koffie.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A small risk factor (the leaflet names it), but in the person’s own hands.',
		sources: ['leaflet']
	},
	{
		id: 'bones.salt',
		kind: 'hazard',
		areas: ['bones'],
		group: 'bones.habits',
		option: {
			en: 'You eat a lot of salt: salty snacks, ready meals, packet soup or extra salt',
			nl: 'U eet veel zout: zoute snacks, kant-en-klaarmaaltijden, pakjessoep of extra zout'
		},
		question: {
			en: 'Do you eat a lot of salt, such as salty snacks, ready meals, packet soup or extra salt on your food?',
			nl: 'Eet u veel zout, zoals zoute snacks, kant-en-klaarmaaltijden, soep uit een pakje of extra zout op uw eten?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Eats a lot of salt', nl: 'Eet veel zout' },
		why: {
			en: 'A lot of salt makes your body lose more calcium.',
			nl: 'Veel zout zorgt ervoor dat uw lichaam meer calcium kwijtraakt.'
		},
		fix: {
			en: 'Do not add salt at the table, use herbs instead, and choose fresh food over ready meals and packet soups.',
			nl: 'Doe geen extra zout op uw eten, maar gebruik kruiden. Kies vers eten in plaats van kant-en-klaarmaaltijden en pakjessoep.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A small risk factor (the leaflet names it), but in the person’s own hands.',
		sources: ['leaflet']
	},
	{
		id: 'bones.checked',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Has your GP checked whether you have osteoporosis, for example with a bone density scan?',
			nl: 'Heeft uw huisarts laten onderzoeken of u osteoporose heeft, bijvoorbeeld met een botdichtheidsmeting?'
		},
		labels: {
			yes: { en: 'Yes, it has been checked', nl: 'Ja, dat is onderzocht' },
			no: { en: 'No, or not sure', nl: 'Nee, of weet ik niet' }
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: {
			any: [
				yes('bones.menopause-early'),
				yes('bones.low-hormone'),
				yes('bones.family'),
				yes('bones.fracture'),
				yes('bones.prednisone'),
				yes('bones.thyroid'),
				yes('bones.low-weight')
			]
		},
		finding: {
			en: 'Bones not checked for osteoporosis despite a risk factor',
			nl: 'Botten niet onderzocht op osteoporose, ondanks een risicofactor'
		},
		why: {
			en: 'You have a risk factor for osteoporosis. It often goes unnoticed until a bone breaks, and treatment lowers the chance of a fracture.',
			nl: 'U heeft een risicofactor voor osteoporose. Osteoporose merkt u vaak pas als er een bot breekt. Behandeling verkleint de kans op een botbreuk.'
		},
		fix: {
			en: 'Ask your GP whether your bones should be checked with a bone density scan (DEXA), and mention the risk factors you ticked.',
			nl: 'Vraag uw huisarts of uw botten onderzocht moeten worden met een botdichtheidsmeting (DEXA-scan). Noem de risicofactoren die u heeft aangevinkt.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason:
			'Asked only with a risk factor present; finding osteoporosis early allows treatment before a fracture.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.osteoporosis-medicine',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'If you have been prescribed a medicine for osteoporosis, such as alendronic acid, do you take it as agreed?',
			nl: 'Als u een medicijn tegen osteoporose heeft gekregen, zoals alendroninezuur, neemt u dat dan in zoals afgesproken?'
		},
		hazardWhen: 'no',
		allowNA: true,
		askWhen: yes('bones.osteoporosis'),
		finding: {
			en: 'Does not take the osteoporosis medicine as agreed',
			nl: 'Neemt het medicijn tegen osteoporose niet in zoals afgesproken'
		},
		why: {
			en: 'Medicines for osteoporosis lower the chance of a fracture, but only when they are taken the right way, for years.',
			nl: 'Medicijnen tegen osteoporose verkleinen de kans op een botbreuk. Dat werkt alleen als u ze jarenlang op de goede manier inneemt.'
		},
		fix: {
			en: 'For alendronic acid and similar tablets: swallow the tablet with a full glass of tap water, at least half an hour before breakfast and other medicines. Then stay upright, sitting or standing, for half an hour. If the medicine bothers you, talk to your GP or pharmacist before you stop.',
			nl: 'Voor alendroninezuur en vergelijkbare tabletten: slik de tablet met een vol glas kraanwater. Doe dat minstens een half uur voor het ontbijt en andere medicijnen. Blijf daarna een half uur rechtop zitten of staan. Heeft u last van het medicijn, praat dan met uw huisarts of apotheker voordat u stopt.'
		},
		owner: 'pharmacist',
		priority: 'high',
		priorityReason: 'Prevents fractures in people with osteoporosis, but only when taken properly.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'exercise.safe-movement',
		kind: 'hazard',
		areas: ['bones'],
		question: {
			en: 'Has a physiotherapist shown you how to bend, lift and get up in a way that protects your back?',
			nl: 'Heeft een fysiotherapeut u geleerd hoe u bukt, tilt en opstaat op een manier die uw rug spaart?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: { any: [yes('bones.osteoporosis'), yes('bones.fracture')] },
		finding: {
			en: 'Has not learnt to bend and lift in a way that protects the back',
			nl: 'Heeft niet geleerd te bukken en tillen op een manier die de rug spaart'
		},
		why: {
			en: 'With weak bones even bending or lifting can break a bone in your spine. Moving the right way protects your back.',
			nl: 'Bij zwakke botten kan zelfs bukken of tillen een wervel breken. Op de goede manier bewegen beschermt uw rug.'
		},
		fix: {
			en: 'Ask a physiotherapist for advice on everyday movements: bend your knees, keep your back straight, and hold loads close to your body.',
			nl: 'Vraag een fysiotherapeut om advies over dagelijkse bewegingen. Buig door uw knieën en houd uw rug recht. Houd een last dicht bij uw lichaam.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Protects fragile spines during everyday tasks.',
		sources: ['leaflet']
	}
];
