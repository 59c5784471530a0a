import type { Item } from '../types';

/**
 * The 12-question fall-risk self-test, after CDC STEADI “Stay Independent” (Rubenstein et al.
 * 2011), in our own words: the same 12 questions in the same order, 2 points each for the first
 * two and 1 for the rest (0 to 14), 4 or more = a raised risk. Do not reorder, drop or reword
 * them without checking the instrument (docs/checklist-personal.md, table b).
 *
 * They are signals, not actions: risk factors whose action comes from the fall-risk level
 * (fall-risk.ts) and from the topic they belong to. Questions 1, 3 and 5 are also the three key
 * questions of the World Guidelines that open the `falls` topic; others are shown again in
 * their own topic (the medicines, numb feet, toilet, walking aid and getting up from a chair).
 * Each is asked once: `areas` lists every topic that shows it.
 */
export const SELFTEST_ITEMS: Item[] = [
	{
		id: 'balance.fallen',
		kind: 'risk-factor',
		areas: ['falls', 'selftest'],
		question: {
			en: 'Have you fallen in the past 12 months?',
			nl: 'Bent u in de afgelopen 12 maanden gevallen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 2,
		finding: {
			en: 'Fell in the past 12 months',
			nl: 'Is in de afgelopen 12 maanden gevallen'
		},
		why: {
			en: 'Someone who has fallen once is much more likely to fall again, so every fall is worth telling your GP about.',
			nl: 'Wie één keer gevallen is, heeft een veel grotere kans om opnieuw te vallen. Vertel daarom elke val aan uw huisarts.'
		},
		sources: ['SI', 'WFG', 'NL']
	},
	{
		id: 'balance.walking-aid',
		kind: 'risk-factor',
		areas: ['selftest', 'activity'],
		question: {
			en: 'Do you use a walking stick, a walking frame or rollator, or has someone advised you to use one?',
			nl: 'Gebruikt u een wandelstok, looprek of rollator, of heeft iemand u dat aangeraden?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 2,
		finding: {
			en: 'Uses a walking aid, or has been advised to use one',
			nl: 'Gebruikt een loophulpmiddel, of kreeg dat aangeraden'
		},
		why: {
			en: 'People who need a walking aid have less strength or balance in their legs, and fall more often.',
			nl: 'Mensen die een loophulpmiddel nodig hebben, hebben minder kracht of evenwicht. Zij vallen vaker.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.unsteady',
		kind: 'risk-factor',
		areas: ['falls', 'selftest'],
		question: {
			en: 'Do you sometimes feel unsteady when you are standing or walking?',
			nl: 'Voelt u zich weleens wankel als u staat of loopt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Feels unsteady when standing or walking',
			nl: 'Voelt zich wankel bij staan of lopen'
		},
		why: {
			en: 'Feeling unsteady is a sign that your balance or the strength in your legs is less than it was.',
			nl: 'Als u zich wankel voelt, is uw evenwicht of de kracht in uw benen minder dan vroeger.'
		},
		sources: ['SI', 'WFG', 'NL', 'leaflet']
	},
	{
		id: 'balance.furniture',
		kind: 'risk-factor',
		areas: ['selftest'],
		question: {
			en: 'At home, do you hold on to furniture to steady yourself as you walk?',
			nl: 'Houdt u zich in huis aan meubels vast om steun te hebben bij het lopen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Holds on to furniture to walk at home',
			nl: 'Houdt zich in huis vast aan meubels bij het lopen'
		},
		why: {
			en: 'Reaching for furniture shows that your balance needs support, and furniture is not always there or firm.',
			nl: 'Als u zich aan meubels vasthoudt, heeft uw evenwicht steun nodig. Meubels staan niet altijd op de goede plek, en ze staan niet altijd stevig.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.worried',
		kind: 'risk-factor',
		areas: ['falls', 'selftest'],
		question: {
			en: 'Are you worried about falling?',
			nl: 'Maakt u zich zorgen dat u valt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Is worried about falling',
			nl: 'Maakt zich zorgen over vallen'
		},
		why: {
			en: 'Worry about falling makes people move less, so they lose strength and balance and fall more easily.',
			nl: 'Wie zich zorgen maakt over vallen, gaat vaak minder bewegen. Daardoor worden spieren en evenwicht zwakker, en valt u juist makkelijker.'
		},
		sources: ['SI', 'WFG', 'NL', 'leaflet']
	},
	{
		id: 'balance.hands-to-stand',
		kind: 'risk-factor',
		areas: ['selftest', 'activity'],
		question: {
			en: 'Do you need to push up with your hands to stand up from a chair?',
			nl: 'Moet u zich met uw handen omhoogduwen om uit een stoel op te staan?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Needs the hands to push up from a chair',
			nl: 'Moet zich met de handen uit een stoel omhoogduwen'
		},
		why: {
			en: 'Needing your arms to stand up is a sign of weak leg muscles.',
			nl: 'Als u uw armen nodig heeft om op te staan, is dat een teken van zwakke beenspieren.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.kerb',
		kind: 'risk-factor',
		areas: ['selftest'],
		question: {
			en: 'Do you find it a bit hard to step up onto a kerb?',
			nl: 'Heeft u wat moeite om een stoeprand op te stappen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Finds it hard to step up onto a kerb',
			nl: 'Heeft moeite om een stoeprand op te stappen'
		},
		why: {
			en: 'Trouble with a kerb shows less strength or balance, and kerbs themselves are a common place to trip.',
			nl: 'Moeite met een stoeprand wijst op minder kracht of evenwicht. Juist bij stoepranden struikelen veel mensen.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.toilet-rush',
		kind: 'risk-factor',
		areas: ['selftest', 'health'],
		question: {
			en: 'Do you often have to hurry to get to the toilet in time?',
			nl: 'Moet u vaak haast maken om op tijd bij het toilet te zijn?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Often has to rush to the toilet',
			nl: 'Moet vaak haast maken om op tijd bij het toilet te zijn'
		},
		why: {
			en: 'Rushing to the toilet, often at night and in the dark, is a common moment to fall.',
			nl: 'Haastig naar het toilet lopen, vaak ’s nachts en in het donker, is een bekend moment om te vallen.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.numb-feet',
		kind: 'risk-factor',
		areas: ['selftest', 'footwear'],
		question: {
			en: 'Have you lost some feeling in your feet?',
			nl: 'Heeft u minder gevoel in uw voeten gekregen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Has lost some feeling in the feet',
			nl: 'Heeft minder gevoel in de voeten'
		},
		why: {
			en: 'Without feeling in your feet you notice uneven ground and a loss of balance too late. The cause, such as diabetes or too little vitamin B12, can often be found.',
			nl: 'Met weinig gevoel in uw voeten merkt u een ongelijke vloer of verlies van evenwicht te laat op. De oorzaak, zoals diabetes of te weinig vitamine B12, is vaak te vinden.'
		},
		sources: ['SI']
	},
	{
		id: 'balance.meds-dizzy',
		kind: 'risk-factor',
		areas: ['selftest', 'medicines'],
		question: {
			en: 'Do you take medicine that sometimes makes you feel light-headed or more tired than usual?',
			nl: 'Gebruikt u medicijnen waardoor u zich soms licht in het hoofd voelt, of moeier dan normaal?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Takes medicine that causes light-headedness or tiredness',
			nl: 'Gebruikt medicijnen die licht in het hoofd of moe maken'
		},
		why: {
			en: 'Side effects such as light-headedness and tiredness increase the chance of a fall.',
			nl: 'Bijwerkingen zoals een licht gevoel in het hoofd en moeheid vergroten de kans dat u valt.'
		},
		sources: ['SI', 'STOPPFall']
	},
	{
		id: 'balance.meds-sleep-mood',
		kind: 'risk-factor',
		areas: ['selftest', 'medicines'],
		question: {
			en: 'Do you take medicine to help you sleep or to improve your mood?',
			nl: 'Gebruikt u medicijnen om te slapen of om uw stemming te verbeteren?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Takes medicine for sleep or mood',
			nl: 'Gebruikt medicijnen om te slapen of voor de stemming'
		},
		why: {
			en: 'Sleeping pills, tranquillisers and antidepressants all increase the chance of a fall.',
			nl: 'Slaapmiddelen, kalmeringsmiddelen en antidepressiva vergroten allemaal de kans dat u valt.'
		},
		sources: ['SI', 'leaflet', 'STOPPFall']
	},
	{
		id: 'balance.sad',
		kind: 'risk-factor',
		areas: ['selftest', 'health'],
		question: {
			en: 'Do you often feel sad or down?',
			nl: 'Voelt u zich vaak somber of neerslachtig?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		fallRiskTestPoints: 1,
		finding: {
			en: 'Often feels sad or down',
			nl: 'Voelt zich vaak somber of neerslachtig'
		},
		why: {
			en: 'Feeling low makes people less active and less alert, and is linked to more falls. It deserves attention in its own right: talk to your GP.',
			nl: 'Wie zich somber voelt, beweegt minder en let minder goed op, en valt vaker. Het verdient ook zelf aandacht: praat erover met uw huisarts.'
		},
		sources: ['SI']
	}
];
