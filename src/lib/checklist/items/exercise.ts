import type { Item } from '../types';

/** Exercise: asked once for the person checked. */
export const EXERCISE_ITEMS: Item[] = [
	{
		id: 'exercise.daily-30',
		areas: ['exercise'],
		question: {
			en: 'Are you physically active for at least 30 minutes a day (six times 5 minutes counts too)?',
			nl: 'Bent u elke dag minstens 30 minuten lichamelijk actief (zes keer 5 minuten telt ook)?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Moving every day keeps your muscles, balance and bones strong. It is about doing it regularly, not about top performance.',
			nl: 'Elke dag bewegen houdt uw spieren, evenwicht en botten sterk. Het gaat om regelmaat, niet om topprestaties.'
		},
		fix: {
			en: 'Build up to half an hour a day: a walk, housework, gardening, cycling. Short bits of 5 or 10 minutes count. If you are unsure what you can do, ask a physiotherapist.',
			nl: 'Bouw op naar een half uur per dag: wandelen, huishouden, tuinieren, fietsen. Korte stukjes van 5 of 10 minuten tellen mee. Twijfelt u over wat u kunt, vraag het dan een fysiotherapeut.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason:
			'Too little exercise weakens muscles, balance and bones; the gain builds slowly.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'exercise.strength-balance',
		areas: ['exercise'],
		question: {
			en: 'Do you do exercises for strength and balance at least twice a week?',
			nl: 'Doet u minstens twee keer per week oefeningen voor kracht en evenwicht?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Strength and balance exercises are the best-proven way to prevent falls; they cut falls by about a quarter.',
			nl: 'Oefeningen voor kracht en evenwicht zijn de best bewezen manier om vallen te voorkomen; ze verminderen het aantal valpartijen met ongeveer een kwart.'
		},
		fix: {
			en: 'Join a group such as “In Balans” or a seniors’ exercise class, or ask a physiotherapist for exercises to do at home.',
			nl: 'Doe mee met een groep zoals ‘In Balans’ of een beweeggroep voor ouderen, of vraag een fysiotherapeut om oefeningen voor thuis.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Exercise programmes cut the rate of falls by about 23% (Cochrane 2019).',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'exercise.weight-bearing',
		areas: ['exercise'],
		question: {
			en: 'Do you regularly do activities in which your legs carry your weight, such as walking, dancing or gardening?',
			nl: 'Doet u regelmatig iets waarbij uw benen uw gewicht dragen, zoals wandelen, dansen of tuinieren?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Bones grow stronger when they carry your weight. Walking, tennis, dancing and gardening help more than cycling or swimming.',
			nl: 'Botten worden sterker als ze uw gewicht dragen. Wandelen, tennissen, dansen en tuinieren helpen meer dan fietsen of zwemmen.'
		},
		fix: {
			en: 'Walk every day if you can, and choose activities on your feet. A physiotherapist can tell you what is safe for your bones.',
			nl: 'Wandel elke dag als het kan, en kies activiteiten waarbij u staat of loopt. Een fysiotherapeut kan vertellen wat veilig is voor uw botten.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Weight-bearing activity slows bone loss, which matters once a fall happens.',
		sources: ['leaflet']
	},
	{
		id: 'exercise.fear-avoid',
		areas: ['exercise'],
		question: {
			en: 'Do you avoid activities, such as going outside or walking, because you are afraid of falling or of pain?',
			nl: 'Doet u bepaalde dingen niet meer, zoals naar buiten gaan of wandelen, omdat u bang bent om te vallen of pijn te krijgen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Moving less because of fear or pain makes you weaker and less steady, so the risk of falling grows.',
			nl: 'Door angst of pijn minder bewegen maakt u zwakker en onzekerder, waardoor de kans om te vallen juist groter wordt.'
		},
		fix: {
			en: 'Ask a physiotherapist for guided exercise, so you learn what your body can handle and feel safer. Ask your GP about pain relief.',
			nl: 'Vraag een fysiotherapeut om begeleiding bij het bewegen, zodat u leert wat uw lichaam aankan en u zich zekerder voelt. Vraag uw huisarts naar pijnbestrijding.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Fear-driven inactivity leads to weakness and more falls.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'exercise.sitting',
		areas: ['exercise'],
		question: {
			en: 'Do you sit still for most of the day?',
			nl: 'Zit u het grootste deel van de dag stil?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Long hours of sitting weaken your legs, even if you also exercise now and then.',
			nl: 'Urenlang zitten maakt uw benen zwakker, ook als u af en toe wel beweegt.'
		},
		fix: {
			en: 'Get up and walk around for a few minutes every half hour, for example during the adverts on TV.',
			nl: 'Sta elk half uur op en loop een paar minuten rond, bijvoorbeeld tijdens de reclame op tv.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A gradual effect, but a free and easy habit.',
		sources: ['NL']
	},
	{
		id: 'exercise.safe-movement',
		areas: ['exercise'],
		question: {
			en: 'Has a physiotherapist shown you how to bend, lift and get up in a way that protects your back?',
			nl: 'Heeft een fysiotherapeut u geleerd hoe u bukt, tilt en opstaat op een manier die uw rug spaart?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'With weak bones even bending or lifting can break a bone in your spine. Moving the right way protects your back.',
			nl: 'Bij zwakke botten kan zelfs bukken of tillen een wervel breken. Op de goede manier bewegen beschermt uw rug.'
		},
		fix: {
			en: 'Ask your GP or a physiotherapist for advice on everyday movements: bend your knees, keep your back straight, hold loads close.',
			nl: 'Vraag uw huisarts of een fysiotherapeut om advies over dagelijkse bewegingen: buig door uw knieën, houd uw rug recht, houd een last dicht bij uw lichaam.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Protects fragile spines during everyday tasks.',
		sources: ['leaflet']
	},
	{
		id: 'exercise.fall-programme',
		areas: ['exercise'],
		question: {
			en: 'Have you taken part in a fall-prevention programme, such as “In Balans”, in the past two years?',
			nl: 'Heeft u de afgelopen twee jaar meegedaan aan een valpreventieprogramma, zoals ‘In Balans’?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Physiotherapists run special programmes that train balance and coordination, so that you feel more sure of yourself.',
			nl: 'Fysiotherapeuten hebben speciale programma’s die evenwicht en coördinatie trainen, zodat u zich zekerder voelt.'
		},
		fix: {
			en: 'Ask your GP or a physiotherapist about a fall-prevention programme near you, such as “In Balans”. Your health insurance may pay for it.',
			nl: 'Vraag uw huisarts of een fysiotherapeut naar een valpreventieprogramma bij u in de buurt, zoals ‘In Balans’. Soms vergoedt uw zorgverzekering het.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Most useful for people at raised risk (see the balance screen).',
		sources: ['leaflet', 'NL']
	}
];
