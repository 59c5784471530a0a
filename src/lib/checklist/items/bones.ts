import type { Item } from '../types';

/**
 * Bone health: food, daylight, supplements, then the risk factors for osteoporosis, ending with
 * whether the bones have been checked. Asked once for the person checked.
 */
export const BONES_ITEMS: Item[] = [
	{
		id: 'bones.dairy',
		areas: ['bones'],
		question: {
			en: 'How many portions of dairy do you have a day (a glass of milk or buttermilk, a bowl of yoghurt or quark)?',
			nl: 'Hoeveel porties zuivel neemt u per dag (een glas melk of karnemelk, een schaaltje yoghurt of kwark)?'
		},
		hazardWhen: 'no',
		allowNA: false,
		labels: {
			yes: { en: '3 or more', nl: '3 of meer' },
			no: { en: 'Fewer than 3', nl: 'Minder dan 3' }
		},
		why: {
			en: 'Your bones need calcium, and dairy is the main source of it.',
			nl: 'Uw botten hebben calcium nodig, en zuivel is daarvan de belangrijkste bron.'
		},
		fix: {
			en: 'Have 3 to 4 portions of dairy a day, and a slice of cheese on your bread. If you cannot have dairy, ask your GP or a dietitian about calcium.',
			nl: 'Neem 3 à 4 porties zuivel per dag, en een plak kaas op brood. Kunt u geen zuivel gebruiken, vraag dan uw huisarts of een diëtist naar calcium.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Calcium keeps bones from weakening; it acts slowly but matters.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.greens-nuts',
		areas: ['bones'],
		question: {
			en: 'Do you eat green leafy vegetables, broccoli or nuts most days?',
			nl: 'Eet u de meeste dagen groene bladgroenten, broccoli of noten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Besides dairy, green vegetables, broccoli and nuts also provide calcium.',
			nl: 'Naast zuivel leveren ook groene groenten, broccoli en noten calcium.'
		},
		fix: {
			en: 'Eat green vegetables such as spinach, kale, endive or broccoli most days, and a handful of unsalted nuts.',
			nl: 'Eet de meeste dagen groene groenten zoals spinazie, boerenkool, andijvie of broccoli, en een handje ongezouten noten.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A smaller source of calcium than dairy.',
		sources: ['leaflet']
	},
	{
		id: 'bones.daylight',
		areas: ['bones'],
		question: {
			en: 'Are you outside in daylight for at least 15 minutes on most days?',
			nl: 'Bent u de meeste dagen minstens een kwartier buiten in het daglicht?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Your skin makes vitamin D in daylight, and you need vitamin D to take up calcium.',
			nl: 'Uw huid maakt vitamine D aan in het daglicht, en vitamine D heeft u nodig om calcium op te nemen.'
		},
		fix: {
			en: 'Go outside every day, with your face and hands uncovered, for example for a short walk or to sit on a bench or the balcony.',
			nl: 'Ga elke dag naar buiten, met uw gezicht en handen onbedekt, bijvoorbeeld voor een korte wandeling of om op een bankje of het balkon te zitten.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Too little daylight is a risk factor for osteoporosis.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.oily-fish',
		areas: ['bones'],
		question: {
			en: 'Do you eat oily fish, such as herring, mackerel or salmon, about once a week?',
			nl: 'Eet u ongeveer één keer per week vette vis, zoals haring, makreel of zalm?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Oily fish is one of the few foods with a lot of vitamin D.',
			nl: 'Vette vis is een van de weinige voedingsmiddelen met veel vitamine D.'
		},
		fix: {
			en: 'Eat oily fish once a week, and use margarine or low-fat spread (halvarine) on your bread: vitamin D is added to them.',
			nl: 'Eet één keer per week vette vis, en smeer margarine of halvarine op uw brood: daar is vitamine D aan toegevoegd.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Helps, but a supplement gives more vitamin D.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.vitamin-d',
		areas: ['bones'],
		question: {
			en: 'Do you take a vitamin D supplement every day?',
			nl: 'Slikt u elke dag vitamine D?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Older skin makes less vitamin D, and it is hard to get enough from food.',
			nl: 'Een oudere huid maakt minder vitamine D aan, en uit voeding krijgt u er moeilijk genoeg van binnen.'
		},
		fix: {
			en: 'Dutch advice: from age 70, take 20 micrograms (µg) of vitamin D every day. Women from 50, and people with dark skin or who are seldom outside, take 10 µg. Ask your pharmacist.',
			nl: 'Het Nederlandse advies: slik vanaf 70 jaar elke dag 20 microgram (µg) vitamine D. Vrouwen vanaf 50 jaar, en mensen met een donkere huid of die weinig buiten komen, slikken 10 µg. Vraag uw apotheker om advies.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Recommended for everyone over 70 in the Netherlands; cheap and simple.',
		sources: ['NL', 'leaflet']
	},
	{
		id: 'bones.supplement-taken',
		areas: ['bones'],
		question: {
			en: 'If your GP has prescribed calcium and vitamin D tablets, do you take them every day?',
			nl: 'Als uw huisarts calcium- en vitamine D-tabletten heeft voorgeschreven, neemt u die dan elke dag in?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'These tablets only help when taken every day, and many people stop without telling anyone.',
			nl: 'Deze tabletten helpen alleen als u ze elke dag inneemt, en veel mensen stoppen ermee zonder het te zeggen.'
		},
		fix: {
			en: 'Take them at a fixed moment, for example with a meal. If they cause problems, ask your GP or pharmacist about another form.',
			nl: 'Neem ze op een vast moment, bijvoorbeeld bij het eten. Heeft u er last van, vraag dan uw huisarts of apotheker naar een andere vorm.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Prescribed treatment only works when it is taken.',
		sources: ['leaflet']
	},
	{
		id: 'bones.osteoporosis-medicine',
		areas: ['bones'],
		question: {
			en: 'If you have been prescribed a medicine for osteoporosis (such as alendronic acid), do you take it as agreed?',
			nl: 'Als u een medicijn tegen osteoporose heeft gekregen (zoals alendroninezuur), neemt u dat dan in zoals afgesproken?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Medicines for osteoporosis lower the chance of a fracture, but only when taken correctly for years.',
			nl: 'Medicijnen tegen osteoporose verkleinen de kans op een botbreuk, maar alleen als u ze jarenlang goed inneemt.'
		},
		fix: {
			en: 'Follow the instructions (often once a week, on an empty stomach, with water, sitting upright). If it bothers you, talk to your GP or pharmacist before you stop.',
			nl: 'Volg de instructies (vaak één keer per week, op een lege maag, met water, rechtop). Heeft u er last van, praat dan met uw huisarts of apotheker voordat u stopt.'
		},
		owner: 'pharmacist',
		priority: 'high',
		priorityReason: 'Prevents fractures in people with osteoporosis, but only when taken.',
		sources: ['leaflet']
	},
	{
		id: 'bones.fracture',
		areas: ['bones'],
		question: {
			en: 'Have you broken a bone after the age of 50, from a minor fall or bump?',
			nl: 'Heeft u na uw 50e een bot gebroken door een kleine val of stoot?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'A bone that breaks that easily is often a sign of osteoporosis, and the next fracture is then more likely.',
			nl: 'Een bot dat zo makkelijk breekt, is vaak een teken van osteoporose, en dan is de kans op een volgende breuk groter.'
		},
		fix: {
			en: 'Ask your GP whether your bones should be checked with a bone density scan (DEXA).',
			nl: 'Vraag uw huisarts of uw botten gecontroleerd moeten worden met een botdichtheidsmeting (DEXA-scan).'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'A fracture from a minor fall is the strongest sign of osteoporosis.',
		sources: ['NL', 'leaflet']
	},
	{
		id: 'bones.age',
		areas: ['bones'],
		question: {
			en: 'Are you 70 or older?',
			nl: 'Bent u 70 jaar of ouder?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'The older you get, the more bone you lose and the greater the chance of osteoporosis.',
			nl: 'Hoe ouder u wordt, hoe meer bot u verliest en hoe groter de kans op osteoporose.'
		},
		fix: {
			en: 'Take 20 micrograms (µg) of vitamin D a day, stay active, and mention any other risk factors from this list to your GP.',
			nl: 'Slik elke dag 20 microgram (µg) vitamine D, blijf bewegen, en noem andere risicofactoren uit deze lijst bij uw huisarts.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Age cannot be changed; it adds weight to the other risk factors.',
		sources: ['leaflet']
	},
	{
		id: 'bones.woman-menopause',
		areas: ['bones'],
		question: {
			en: 'Are you a woman past the menopause?',
			nl: 'Bent u een vrouw na de overgang?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'After the menopause, women lose bone faster because they have less oestrogen. White and Asian women run the highest risk.',
			nl: 'Na de overgang verliezen vrouwen sneller bot, omdat ze minder oestrogeen hebben. Witte en Aziatische vrouwen lopen het meeste risico.'
		},
		fix: {
			en: 'Pay extra attention to calcium, vitamin D and exercise, and ask your GP about your bones if you have other risk factors too.',
			nl: 'Let extra op calcium, vitamine D en bewegen, en vraag uw huisarts naar uw botten als u ook andere risicofactoren heeft.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Cannot be changed; it adds weight to the other risk factors.',
		sources: ['leaflet']
	},
	{
		id: 'bones.early-menopause',
		areas: ['bones'],
		question: {
			en: 'Did your menopause start before 45, or have you been told you have too little sex hormone?',
			nl: 'Kwam u vóór uw 45e in de overgang, of heeft een arts gezegd dat u te weinig geslachtshormoon heeft?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Sex hormones slow down bone loss, so too little of them, in women and in men, weakens the bones.',
			nl: 'Geslachtshormonen remmen de afbraak van bot. Te weinig ervan maakt de botten zwakker, bij vrouwen en bij mannen.'
		},
		fix: {
			en: 'Mention this to your GP and ask whether your bones should be checked.',
			nl: 'Noem dit bij uw huisarts en vraag of uw botten gecontroleerd moeten worden.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'A recognised risk factor that may warrant a bone scan.',
		sources: ['leaflet']
	},
	{
		id: 'bones.family',
		areas: ['bones'],
		question: {
			en: 'Did your mother or father have osteoporosis or break a hip?',
			nl: 'Had uw moeder of vader osteoporose, of heeft een van hen een heup gebroken?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Osteoporosis runs in families.',
			nl: 'Osteoporose zit vaak in de familie.'
		},
		fix: {
			en: 'Mention this to your GP and ask whether your bones should be checked.',
			nl: 'Noem dit bij uw huisarts en vraag of uw botten gecontroleerd moeten worden.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'A recognised risk factor that may warrant a bone scan.',
		sources: ['leaflet']
	},
	{
		id: 'bones.thyroid',
		areas: ['bones'],
		question: {
			en: 'Do you have, or have you had, an overactive thyroid?',
			nl: 'Heeft u een te snel werkende schildklier, of heeft u die gehad?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'An overactive thyroid speeds up bone loss.',
			nl: 'Een te snel werkende schildklier versnelt de afbraak van bot.'
		},
		fix: {
			en: 'Mention this to your GP and ask whether your bones should be checked.',
			nl: 'Noem dit bij uw huisarts en vraag of uw botten gecontroleerd moeten worden.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'A recognised risk factor that may warrant a bone scan.',
		sources: ['leaflet']
	},
	{
		id: 'bones.prednisone',
		areas: ['bones'],
		question: {
			en: 'Have you taken prednisone or a similar medicine (corticosteroid tablets) for 3 months or longer?',
			nl: 'Heeft u 3 maanden of langer prednison of een vergelijkbaar medicijn (corticosteroïden in tabletvorm) gebruikt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Prednisone-like medicines weaken the bones quickly, already in the first months.',
			nl: 'Prednisonachtige medicijnen maken de botten snel zwakker, al in de eerste maanden.'
		},
		fix: {
			en: 'Do not stop them yourself. Ask your GP whether your bones should be checked and whether you need a medicine to protect them.',
			nl: 'Stop er niet zelf mee. Vraag uw huisarts of uw botten gecontroleerd moeten worden en of u een medicijn nodig heeft om ze te beschermen.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Long-term steroid use is a strong, treatable risk factor for fractures.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.slender',
		areas: ['bones'],
		question: {
			en: 'Are you small and slender in build?',
			nl: 'Bent u klein en tenger gebouwd?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'People with a small, slender build have less bone to lose, especially women.',
			nl: 'Mensen met een kleine, tengere bouw hebben minder bot om te verliezen, vooral vrouwen.'
		},
		fix: {
			en: 'Pay extra attention to calcium, vitamin D and exercise, and mention this to your GP if you have other risk factors too.',
			nl: 'Let extra op calcium, vitamine D en bewegen, en noem dit bij uw huisarts als u ook andere risicofactoren heeft.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Cannot be changed; it adds weight to the other risk factors.',
		sources: ['leaflet']
	},
	{
		id: 'bones.underweight',
		areas: ['bones'],
		question: {
			en: 'Are you underweight (too light for your height)?',
			nl: 'Heeft u ondergewicht (bent u te licht voor uw lengte)?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Too low a body weight means weaker bones and less padding over the hip if you fall. Losing weight without trying is a warning sign too.',
			nl: 'Een te laag gewicht betekent zwakkere botten en minder bescherming over de heup als u valt. Afvallen zonder dat u dat wilt, is ook een waarschuwing.'
		},
		fix: {
			en: 'Tell your GP. A dietitian can help you eat enough, with enough protein.',
			nl: 'Vertel het uw huisarts. Een diëtist kan u helpen om genoeg te eten, met genoeg eiwit.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason:
			'Underweight and unplanned weight loss raise fracture risk and need a doctor’s look.',
		sources: ['leaflet']
	},
	{
		id: 'bones.smoking',
		areas: ['bones'],
		question: {
			en: 'Do you smoke?',
			nl: 'Rookt u?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Smoking speeds up bone loss.',
			nl: 'Roken versnelt het verlies van bot.'
		},
		fix: {
			en: 'Stopping helps at any age. Your GP can help you quit.',
			nl: 'Stoppen helpt op elke leeftijd. Uw huisarts kan u helpen om te stoppen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A risk factor the person can change.',
		sources: ['leaflet']
	},
	{
		id: 'bones.varied-diet',
		areas: ['bones'],
		question: {
			en: 'Do you eat varied meals most days, with vegetables, fruit, bread and dairy, and fish, meat, eggs or beans?',
			nl: 'Eet u de meeste dagen gevarieerd, met groente, fruit, brood en zuivel, en vis, vlees, eieren of peulvruchten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A one-sided diet lacks what bones and muscles need to stay strong.',
			nl: 'Bij eenzijdig eten mist u wat botten en spieren nodig hebben om sterk te blijven.'
		},
		fix: {
			en: 'Vary your meals. If cooking is hard, ask about meal services or help with shopping; a dietitian can advise.',
			nl: 'Eet gevarieerd. Is koken lastig, vraag dan naar een maaltijdservice of hulp bij boodschappen; een diëtist kan adviseren.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A one-sided diet weakens bones and muscles over time.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'bones.coffee',
		areas: ['bones'],
		question: {
			en: 'Do you drink more than 4 cups of coffee a day?',
			nl: 'Drinkt u meer dan 4 koppen koffie per dag?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'A lot of coffee increases the loss of calcium from your body.',
			nl: 'Veel koffie zorgt ervoor dat uw lichaam meer calcium kwijtraakt.'
		},
		fix: {
			en: 'Keep to no more than 4 cups a day; drink water, tea or decaf instead, or add milk to your coffee.',
			nl: 'Houd het bij hoogstens 4 koppen per dag; drink in plaats daarvan water, thee of cafeïnevrije koffie, of doe melk in uw koffie.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A smaller risk factor, but in the person’s own hands.',
		sources: ['leaflet']
	},
	{
		id: 'bones.salt',
		areas: ['bones'],
		question: {
			en: 'Do you eat a lot of salt, such as salty snacks, ready meals, packet soup or extra salt on your food?',
			nl: 'Eet u veel zout, zoals zoute snacks, kant-en-klaarmaaltijden, soep uit een pakje of extra zout op uw eten?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'A lot of salt makes your body lose more calcium.',
			nl: 'Veel zout zorgt ervoor dat uw lichaam meer calcium kwijtraakt.'
		},
		fix: {
			en: 'Do not add salt at the table, use herbs instead, and choose fresh food over ready meals and packet soups.',
			nl: 'Doe geen extra zout op uw eten, gebruik liever kruiden, en kies vers eten in plaats van kant-en-klaarmaaltijden en pakjessoep.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A smaller risk factor, but in the person’s own hands.',
		sources: ['leaflet']
	},
	{
		id: 'bones.checked',
		areas: ['bones'],
		question: {
			en: 'Has your GP checked whether you have osteoporosis, for example with a bone density scan?',
			nl: 'Heeft uw huisarts laten onderzoeken of u osteoporose heeft, bijvoorbeeld met een botdichtheidsmeting?'
		},
		hazardWhen: 'no',
		allowNA: false,
		labels: {
			yes: { en: 'Yes, it has been checked', nl: 'Ja, dat is onderzocht' },
			no: { en: 'No, or not sure', nl: 'Nee, of weet ik niet' }
		},
		why: {
			en: 'Osteoporosis often goes unnoticed until a bone breaks, and treatment lowers the chance of a fracture.',
			nl: 'Osteoporose merkt u vaak pas als er een bot breekt, en behandeling verkleint de kans op een botbreuk.'
		},
		fix: {
			en: 'Ask your GP about osteoporosis, and mention the risk factors from this list that apply to you.',
			nl: 'Vraag uw huisarts naar osteoporose, en noem de risicofactoren uit deze lijst die voor u gelden.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Finding osteoporosis early allows treatment before a fracture.',
		sources: ['leaflet', 'NL']
	}
];
