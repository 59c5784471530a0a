import type { Item } from '../types';

/**
 * Balance and falls. The first twelve items are the fall-risk self-screen (after CDC STEADI
 * "Stay Independent", in our own words): 2 points each for the first two, 1 for the rest,
 * 0 to 14, 4 or more = raised risk. Do not reorder or reword them without checking the
 * instrument. Follow-up questions come after the screen.
 */
export const BALANCE_ITEMS: Item[] = [
	{
		id: 'balance.fallen',
		areas: ['balance'],
		question: {
			en: 'Have you fallen in the past year?',
			nl: 'Bent u het afgelopen jaar gevallen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 2,
		why: {
			en: 'Someone who has fallen once is much more likely to fall again.',
			nl: 'Wie één keer gevallen is, heeft een veel grotere kans om opnieuw te vallen.'
		},
		fix: {
			en: 'Tell your GP about every fall, even if you were not hurt. Ask them to find out why you fell, and ask about a physiotherapist’s fall-prevention programme such as “In Balans”.',
			nl: 'Vertel uw huisarts over elke val, ook als u zich geen pijn heeft gedaan. Vraag of uitgezocht kan worden waarom u viel, en vraag naar een valpreventieprogramma van de fysiotherapeut, zoals ‘In Balans’.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'A fall in the past year is the strongest predictor of the next one.',
		sources: ['SI', 'NL']
	},
	{
		id: 'balance.walking-aid',
		areas: ['balance'],
		question: {
			en: 'Do you use a walking stick or walker, or has someone advised you to use one?',
			nl: 'Gebruikt u een wandelstok of rollator, of heeft iemand u dat aangeraden?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 2,
		why: {
			en: 'People who need a walking aid have weaker legs or balance and fall more often.',
			nl: 'Mensen die een loophulpmiddel nodig hebben, hebben minder kracht of evenwicht en vallen vaker.'
		},
		fix: {
			en: 'Ask a physiotherapist to check that the walking aid suits you and to train your strength and balance. If it was advised, start using it.',
			nl: 'Vraag een fysiotherapeut te kijken of het loophulpmiddel bij u past, en om uw kracht en evenwicht te trainen. Is het u aangeraden, ga het dan ook gebruiken.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Needing a walking aid is a strong sign of raised fall risk.',
		sources: ['SI']
	},
	{
		id: 'balance.unsteady',
		areas: ['balance'],
		question: {
			en: 'Do you sometimes feel unsteady when you walk?',
			nl: 'Voelt u zich soms wankel als u loopt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Feeling unsteady is a sign that your balance or leg strength is less than it was.',
			nl: 'Als u zich wankel voelt, is uw evenwicht of de kracht in uw benen minder dan vroeger.'
		},
		fix: {
			en: 'Ask a physiotherapist to test your balance and give you exercises. Tell your GP, so that causes such as dizziness or medicines can be checked.',
			nl: 'Vraag een fysiotherapeut om uw evenwicht te testen en u oefeningen te geven. Vertel het uw huisarts, zodat oorzaken zoals duizeligheid of medicijnen bekeken worden.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Balance problems are a main cause of falls, and training helps.',
		sources: ['SI', 'leaflet', 'NL']
	},
	{
		id: 'balance.furniture',
		areas: ['balance'],
		question: {
			en: 'At home, do you hold on to furniture to steady yourself as you walk?',
			nl: 'Houdt u zich in huis aan meubels vast om steun te hebben bij het lopen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Reaching for furniture shows that your balance needs support, and furniture is not always there or firm.',
			nl: 'Als u zich aan meubels vasthoudt, heeft uw evenwicht steun nodig, en meubels staan niet altijd op de goede plek of stevig.'
		},
		fix: {
			en: 'Ask a physiotherapist whether a walking aid would help indoors, and to train your balance.',
			nl: 'Vraag een fysiotherapeut of een loophulpmiddel in huis kan helpen, en om uw evenwicht te trainen.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'A sign of poor balance; counts towards the screen score.',
		sources: ['SI']
	},
	{
		id: 'balance.worried',
		areas: ['balance'],
		question: {
			en: 'Are you worried about falling?',
			nl: 'Bent u bang om te vallen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Fear of falling makes people move less, so they lose strength and balance and fall more easily.',
			nl: 'Als u bang bent om te vallen, gaat u vaak minder bewegen. Daardoor worden uw spieren en evenwicht zwakker, en valt u juist makkelijker.'
		},
		fix: {
			en: 'Talk about it with your GP or physiotherapist. A fall-prevention programme such as “In Balans” builds strength and confidence.',
			nl: 'Praat erover met uw huisarts of fysiotherapeut. Een valpreventieprogramma zoals ‘In Balans’ maakt u sterker en zekerder.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Fear of falling leads to inactivity and more falls.',
		sources: ['SI', 'leaflet', 'NL']
	},
	{
		id: 'balance.hands-to-stand',
		areas: ['balance'],
		question: {
			en: 'Do you need to push up with your hands to stand up from a chair?',
			nl: 'Moet u zich met uw handen omhoogduwen om uit een stoel op te staan?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Needing your arms to stand up is a sign of weak leg muscles.',
			nl: 'Als u uw armen nodig heeft om op te staan, is dat een teken van zwakke beenspieren.'
		},
		fix: {
			en: 'Ask a physiotherapist for leg-strengthening exercises, such as standing up from a chair several times a day.',
			nl: 'Vraag een fysiotherapeut om oefeningen voor sterkere benen, zoals een paar keer per dag opstaan uit een stoel.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Weak legs raise fall risk; strength can be trained at any age.',
		sources: ['SI']
	},
	{
		id: 'balance.kerb',
		areas: ['balance'],
		question: {
			en: 'Do you find it a bit hard to step up onto a kerb?',
			nl: 'Heeft u wat moeite om op een stoeprand te stappen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Trouble with a kerb shows reduced strength or balance, and kerbs themselves are a common place to trip.',
			nl: 'Moeite met een stoeprand wijst op minder kracht of evenwicht, en juist bij stoepranden struikelen veel mensen.'
		},
		fix: {
			en: 'Ask a physiotherapist for strength and balance training. Meanwhile, look for dropped kerbs and use your walking aid outside.',
			nl: 'Vraag een fysiotherapeut om kracht- en evenwichtstraining. Zoek tot die tijd verlaagde stoepranden op en gebruik buiten uw loophulpmiddel.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'A sign of weak legs or poor balance; counts towards the screen score.',
		sources: ['SI']
	},
	{
		id: 'balance.toilet-rush',
		areas: ['balance'],
		question: {
			en: 'Do you often have to hurry to get to the toilet in time?',
			nl: 'Moet u vaak haast maken om op tijd bij het toilet te zijn?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Rushing to the toilet, often at night, is a common moment to fall.',
			nl: 'Haastig naar het toilet lopen, vaak ’s nachts, is een bekend moment om te vallen.'
		},
		fix: {
			en: 'Tell your GP: there are treatments and pelvic-floor exercises. Make the route to the toilet clear and lit, and consider a commode by the bed at night.',
			nl: 'Vertel het uw huisarts: er zijn behandelingen en bekkenbodemoefeningen. Maak de weg naar het toilet vrij en verlicht, en denk ’s nachts aan een postoel naast het bed.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Urgency makes people hurry, often in the dark.',
		sources: ['SI']
	},
	{
		id: 'balance.numb-feet',
		areas: ['balance'],
		question: {
			en: 'Have you lost some feeling in your feet?',
			nl: 'Heeft u minder gevoel in uw voeten gekregen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Without feeling in your feet you notice uneven ground and loss of balance too late.',
			nl: 'Met weinig gevoel in uw voeten merkt u een ongelijke vloer of verlies van evenwicht te laat op.'
		},
		fix: {
			en: 'Tell your GP, so the cause (such as diabetes or a vitamin shortage) can be checked. Wear firm shoes and make sure the lighting is good.',
			nl: 'Vertel het uw huisarts, zodat de oorzaak (zoals diabetes of een vitaminetekort) onderzocht wordt. Draag stevige schoenen en zorg voor goed licht.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Numb feet affect balance; the cause may be treatable.',
		sources: ['SI']
	},
	{
		id: 'balance.meds-dizzy',
		areas: ['balance'],
		question: {
			en: 'Do you take medicine that sometimes makes you feel light-headed or more tired than usual?',
			nl: 'Gebruikt u medicijnen waardoor u zich soms licht in het hoofd of extra moe voelt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Side effects such as light-headedness and tiredness make a fall more likely.',
			nl: 'Bijwerkingen zoals een licht gevoel in het hoofd en moeheid maken een val waarschijnlijker.'
		},
		fix: {
			en: 'Ask your GP or pharmacist for a medication review. Do not stop a medicine yourself.',
			nl: 'Vraag uw huisarts of apotheker om een medicatiebeoordeling. Stop niet zelf met een medicijn.'
		},
		owner: 'pharmacist',
		priority: 'medium',
		priorityReason: 'Side effects are a common, often fixable cause of falls.',
		sources: ['SI']
	},
	{
		id: 'balance.meds-sleep-mood',
		areas: ['balance'],
		question: {
			en: 'Do you take medicine to help you sleep or to lift your mood?',
			nl: 'Gebruikt u medicijnen om te slapen of om uw stemming te verbeteren?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Sleeping pills, tranquillisers and antidepressants all make falls more likely.',
			nl: 'Slaapmiddelen, kalmeringsmiddelen en antidepressiva vergroten allemaal de kans op vallen.'
		},
		fix: {
			en: 'Ask your GP whether you still need them, and whether a lower dose or another treatment is possible. Do not stop suddenly.',
			nl: 'Vraag uw huisarts of u ze nog nodig heeft, en of een lagere dosis of een andere behandeling mogelijk is. Stop niet ineens.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'These medicines are among those most strongly linked to falls.',
		sources: ['SI', 'leaflet']
	},
	{
		id: 'balance.sad',
		areas: ['balance'],
		question: {
			en: 'Do you often feel sad or down?',
			nl: 'Voelt u zich vaak somber of neerslachtig?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		fallRiskTestPoints: 1,
		why: {
			en: 'Feeling low makes people less active and less alert, and is linked to more falls.',
			nl: 'Wie zich somber voelt, beweegt minder en let minder goed op, en valt vaker.'
		},
		fix: {
			en: 'Talk about it with your GP or home-care nurse. Help is available, and being active with others often helps too.',
			nl: 'Praat erover met uw huisarts of wijkverpleegkundige. Er is hulp mogelijk, en samen met anderen actief zijn helpt vaak ook.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Low mood is linked to falls and deserves attention in its own right.',
		sources: ['SI']
	},
	{
		id: 'balance.fall-checked',
		areas: ['balance'],
		question: {
			en: 'Has your GP or a physiotherapist looked into why you fell?',
			nl: 'Heeft uw huisarts of een fysiotherapeut onderzocht waarom u viel?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: { item: 'balance.fallen', answer: 'yes' },
		why: {
			en: 'A fall often has a cause that can be treated, such as dizziness, a medicine, weak legs or poor eyesight.',
			nl: 'Een val heeft vaak een oorzaak die te behandelen is, zoals duizeligheid, een medicijn, zwakke benen of slecht zien.'
		},
		fix: {
			en: 'Make an appointment with your GP to talk about the fall, and ask them to look into your risk of falling.',
			nl: 'Maak een afspraak met uw huisarts om over de val te praten, en vraag of die wil onderzoeken hoe groot uw kans is om te vallen.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason:
			'After a fall, finding the cause is the most effective way to prevent the next.',
		sources: ['NL']
	},
	{
		id: 'balance.aid-condition',
		areas: ['balance'],
		question: {
			en: 'Is your walking aid in good repair and set at the right height?',
			nl: 'Is uw loophulpmiddel in goede staat en staat het op de goede hoogte?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: { item: 'balance.walking-aid', answer: 'yes' },
		why: {
			en: 'A worn rubber tip slips, weak brakes let a walker roll away, and the wrong height makes you lean.',
			nl: 'Een versleten dop glijdt weg, slechte remmen laten een rollator wegrollen, en de verkeerde hoogte laat u scheef lopen.'
		},
		fix: {
			en: 'Ask the physiotherapist to set the height: the handle at wrist height with your arms hanging down. Replace worn tips and have the brakes checked.',
			nl: 'Vraag de fysiotherapeut de hoogte in te stellen: het handvat op polshoogte als uw armen naast uw lichaam hangen. Vervang versleten doppen en laat de remmen nakijken.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'A faulty walking aid fails the person who relies on it.',
		sources: ['NL']
	},
	{
		id: 'balance.aid-indoors',
		areas: ['balance'],
		question: {
			en: 'Do you use your walking aid every time you need it, indoors too?',
			nl: 'Gebruikt u uw loophulpmiddel elke keer dat u het nodig heeft, ook binnen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: { item: 'balance.walking-aid', answer: 'yes' },
		why: {
			en: 'Many falls happen on short walks at home, just when the walking aid is left in the hall.',
			nl: 'Veel valpartijen gebeuren bij korte stukjes lopen in huis, net als het loophulpmiddel in de gang staat.'
		},
		fix: {
			en: 'Keep the walking aid within reach, at night too. An occupational therapist can advise on a second aid for upstairs or a narrow indoor walker.',
			nl: 'Houd het loophulpmiddel binnen handbereik, ook ’s nachts. Een ergotherapeut kan adviseren over een tweede hulpmiddel voor boven of een smalle rollator voor binnen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'An aid only helps when it is used.',
		sources: ['NL']
	},
	{
		id: 'balance.dizzy-standing',
		areas: ['balance'],
		question: {
			en: 'Do you feel dizzy or light-headed when you stand up?',
			nl: 'Wordt u duizelig of licht in het hoofd als u opstaat?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'A drop in blood pressure when standing up is a common and treatable cause of falls.',
			nl: 'Als uw bloeddruk zakt bij het opstaan, kunt u vallen. Dat komt veel voor en is vaak te behandelen.'
		},
		fix: {
			en: 'Stand up slowly and wait a moment before you walk. Ask your GP to measure your blood pressure lying down and standing up.',
			nl: 'Sta rustig op en wacht even voordat u gaat lopen. Vraag uw huisarts uw bloeddruk liggend en staand te meten.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Dizziness on standing is a common, treatable cause of falls.',
		sources: ['NIA', 'NL']
	},
	{
		id: 'balance.call-help',
		areas: ['balance'],
		question: {
			en: 'If you fall and cannot get up, can you call for help wherever you are at home?',
			nl: 'Als u valt en niet zelf kunt opstaan, kunt u dan overal in huis hulp inroepen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Lying on the floor for hours after a fall causes its own harm, and the fear of it makes people move less.',
			nl: 'Urenlang op de grond liggen na een val is op zichzelf schadelijk, en de angst daarvoor maakt dat mensen minder gaan bewegen.'
		},
		fix: {
			en: 'Carry a mobile phone on you, or get a personal alarm to wear on your wrist or around your neck. A physiotherapist can teach you how to get up from the floor.',
			nl: 'Draag een mobiele telefoon bij u, of neem een personenalarm: een alarmknop die u om uw pols of hals draagt. Een fysiotherapeut kan u leren hoe u van de grond opstaat.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Does not prevent falls, but prevents a long lie after one.',
		sources: ['NIA', 'NL']
	}
];
