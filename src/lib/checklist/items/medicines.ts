import type { AnswerCondition, Group, Item, RiskFactorItem, Source, Text } from '../types';

/**
 * Medicines and alcohol. The medicines that raise the chance of a fall (STOPPFall, the Dutch
 * list of “valrisicoverhogende medicatie”) are one tick list of risk factors: taking one is
 * something to know, not an action. The one action is the medication review, asked when a
 * fall-risk medicine, 5 or more medicines, or a medicine question of the 12-question test
 * (10 and 11, shown here too) is answered yes; so the GP’s action is not repeated per medicine.
 */

export const MEDICINES_GROUPS: Group[] = [
	{
		id: 'medicines.fall-risk',
		prompt: {
			en: 'Tick the medicines you take:',
			nl: 'Vink aan welke medicijnen u gebruikt:'
		},
		hint: {
			en: 'Look at the labels or at your list of medicines. Never stop a medicine on your own.',
			nl: 'Kijk op de etiketten of op uw medicijnoverzicht. Stop nooit zelf met een medicijn.'
		}
	}
];

/** One box of the tick list of fall-risk medicines. */
function fallRiskMedicine(
	id: string,
	option: Text,
	question: Text,
	finding: Text,
	why: Text,
	sources: Source[]
): RiskFactorItem {
	return {
		id,
		kind: 'risk-factor',
		areas: ['medicines'],
		group: 'medicines.fall-risk',
		option,
		question,
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		finding,
		why,
		sources
	};
}

const FALL_RISK_MEDICINES: RiskFactorItem[] = [
	fallRiskMedicine(
		'medicines.sleeping-pills',
		{
			en: 'Sleeping pills, such as temazepam, zolpidem or zopiclone, also from the chemist',
			nl: 'Slaapmiddelen, zoals temazepam, zolpidem of zopiclon, ook die van de drogist'
		},
		{ en: 'Do you take sleeping pills?', nl: 'Gebruikt u slaapmiddelen?' },
		{ en: 'Takes sleeping pills', nl: 'Gebruikt slaapmiddelen' },
		{
			en: 'Sleeping pills slow your reactions and upset your balance, even the next morning, and most of all when you get up at night.',
			nl: 'Slaapmiddelen maken uw reacties trager en uw evenwicht slechter. Dat duurt tot de volgende ochtend, en is het sterkst als u ’s nachts opstaat.'
		},
		['leaflet', 'SI', 'STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.sedatives',
		{
			en: 'Tranquillisers, such as oxazepam or diazepam',
			nl: 'Kalmeringsmiddelen, zoals oxazepam of diazepam'
		},
		{
			en: 'Do you take tranquillisers, such as oxazepam or diazepam, for example for anxiety or restlessness?',
			nl: 'Gebruikt u kalmeringsmiddelen, zoals oxazepam of diazepam, bijvoorbeeld tegen angst of onrust?'
		},
		{ en: 'Takes tranquillisers', nl: 'Gebruikt kalmeringsmiddelen' },
		{
			en: 'Tranquillisers make you drowsy and unsteady, and their effect can last well into the next day.',
			nl: 'Kalmeringsmiddelen maken u suf en wankel. Ze kunnen tot ver in de volgende dag werken.'
		},
		['leaflet', 'SI', 'STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.antidepressants',
		{
			en: 'Antidepressants, such as amitriptyline, sertraline or mirtazapine',
			nl: 'Antidepressiva, zoals amitriptyline, sertraline of mirtazapine'
		},
		{
			en: 'Do you take an antidepressant, such as amitriptyline, sertraline or mirtazapine?',
			nl: 'Gebruikt u een antidepressivum, zoals amitriptyline, sertraline of mirtazapine?'
		},
		{ en: 'Takes an antidepressant', nl: 'Gebruikt een antidepressivum' },
		{
			en: 'Antidepressants can make you drowsy or dizzy, and some lower your blood pressure when you stand up.',
			nl: 'Antidepressiva kunnen u suf of duizelig maken. Sommige laten uw bloeddruk zakken als u opstaat.'
		},
		['STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.antipsychotics',
		{
			en: 'Antipsychotics, such as haloperidol, quetiapine or risperidone',
			nl: 'Antipsychotica, zoals haloperidol, quetiapine of risperidon'
		},
		{
			en: 'Do you take an antipsychotic, such as haloperidol, quetiapine or risperidone?',
			nl: 'Gebruikt u een antipsychoticum, zoals haloperidol, quetiapine of risperidon?'
		},
		{ en: 'Takes an antipsychotic', nl: 'Gebruikt een antipsychoticum' },
		{
			en: 'Antipsychotics make you drowsy and stiff, and can lower your blood pressure when you stand up.',
			nl: 'Antipsychotica maken u suf en stijf. Ze kunnen uw bloeddruk laten zakken als u opstaat.'
		},
		['STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.anti-epileptics',
		{
			en: 'Medicines for epilepsy or nerve pain, such as gabapentin, pregabalin or carbamazepine',
			nl: 'Middelen tegen epilepsie of zenuwpijn, zoals gabapentine, pregabaline of carbamazepine'
		},
		{
			en: 'Do you take a medicine for epilepsy or nerve pain, such as gabapentin, pregabalin or carbamazepine?',
			nl: 'Gebruikt u een middel tegen epilepsie of zenuwpijn, zoals gabapentine, pregabaline of carbamazepine?'
		},
		{
			en: 'Takes a medicine for epilepsy or nerve pain',
			nl: 'Gebruikt een middel tegen epilepsie of zenuwpijn'
		},
		{
			en: 'These medicines can make you drowsy, dizzy and unsteady on your feet.',
			nl: 'Deze middelen kunnen u suf, duizelig en wankel maken.'
		},
		['STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.strong-painkillers',
		{
			en: 'Strong painkillers, such as tramadol, codeine, oxycodone or morphine',
			nl: 'Sterke pijnstillers, zoals tramadol, codeïne, oxycodon of morfine'
		},
		{
			en: 'Do you take strong painkillers, such as tramadol, codeine, oxycodone or morphine?',
			nl: 'Gebruikt u sterke pijnstillers, zoals tramadol, codeïne, oxycodon of morfine?'
		},
		{ en: 'Takes strong painkillers (opioids)', nl: 'Gebruikt sterke pijnstillers (opioïden)' },
		{
			en: 'Strong painkillers make you drowsy and dizzy, most of all when you start them or the dose goes up.',
			nl: 'Sterke pijnstillers maken u suf en duizelig. Dat is het sterkst als u ermee begint of als de dosis omhooggaat.'
		},
		['SI', 'STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.blood-pressure',
		{
			en: 'Blood-pressure medicines or water tablets',
			nl: 'Medicijnen tegen hoge bloeddruk, of plastabletten'
		},
		{
			en: 'Do you take medicines that lower your blood pressure, or water tablets?',
			nl: 'Gebruikt u medicijnen die uw bloeddruk verlagen, of plastabletten?'
		},
		{
			en: 'Takes blood-pressure medicines or water tablets',
			nl: 'Gebruikt bloeddrukverlagers of plastabletten'
		},
		{
			en: 'These medicines can make your blood pressure drop when you stand up, so you feel dizzy. Water tablets also make you hurry to the toilet.',
			nl: 'Deze medicijnen kunnen uw bloeddruk laten zakken als u opstaat. Dan wordt u duizelig. Door plastabletten moet u ook vaak snel naar het toilet.'
		},
		['SI', 'STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.alpha-blockers',
		{
			en: 'Prostate medicines, such as tamsulosin or alfuzosin',
			nl: 'Medicijnen voor de prostaat, zoals tamsulosine of alfuzosine'
		},
		{
			en: 'Do you take a medicine for the prostate, such as tamsulosin or alfuzosin?',
			nl: 'Gebruikt u een medicijn voor de prostaat, zoals tamsulosine of alfuzosine?'
		},
		{
			en: 'Takes a prostate medicine (alpha-blocker)',
			nl: 'Gebruikt een prostaatmedicijn (alfablokker)'
		},
		{
			en: 'These medicines relax blood vessels too, so your blood pressure can drop when you stand up.',
			nl: 'Deze medicijnen ontspannen ook de bloedvaten. Daardoor kan uw bloeddruk zakken als u opstaat.'
		},
		['STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.nitrates',
		{
			en: 'Medicines for chest pain (nitrates), such as a spray or tablet under the tongue',
			nl: 'Medicijnen tegen pijn op de borst (nitraten), zoals een spray of tablet onder de tong'
		},
		{
			en: 'Do you take a medicine for chest pain (a nitrate), such as a spray or tablet under the tongue?',
			nl: 'Gebruikt u een medicijn tegen pijn op de borst (een nitraat), zoals een spray of tablet onder de tong?'
		},
		{
			en: 'Takes a nitrate for chest pain',
			nl: 'Gebruikt een nitraat tegen pijn op de borst'
		},
		{
			en: 'Nitrates widen the blood vessels, so you can feel dizzy or faint, most of all just after taking one.',
			nl: 'Nitraten maken de bloedvaten wijder. Daardoor kunt u duizelig worden of flauwvallen, vooral vlak na het innemen.'
		},
		['STOPPFall', 'NL']
	),
	fallRiskMedicine(
		'medicines.diabetes',
		{
			en: 'Diabetes medicines that can cause low blood sugar: insulin, or tablets such as gliclazide',
			nl: 'Diabetesmiddelen die een te lage bloedsuiker kunnen geven: insuline, of tabletten zoals gliclazide'
		},
		{
			en: 'Do you take insulin, or diabetes tablets that can cause low blood sugar, such as gliclazide?',
			nl: 'Gebruikt u insuline, of diabetestabletten die een te lage bloedsuiker kunnen geven, zoals gliclazide?'
		},
		{
			en: 'Takes a diabetes medicine that can cause low blood sugar',
			nl: 'Gebruikt een diabetesmiddel dat de bloedsuiker te laag kan maken'
		},
		{
			en: 'A low blood sugar makes you shaky, dizzy and confused, and can make you fall.',
			nl: 'Bij een te lage bloedsuiker wordt u trillerig, duizelig en verward. Dan kunt u vallen.'
		},
		['NL', 'WFG']
	),
	fallRiskMedicine(
		'medicines.bladder',
		{
			en: 'Medicines for an overactive bladder, such as oxybutynin, tolterodine or solifenacin',
			nl: 'Medicijnen voor een overactieve blaas, zoals oxybutynine, tolterodine of solifenacine'
		},
		{
			en: 'Do you take a medicine for an overactive bladder, such as oxybutynin, tolterodine or solifenacin?',
			nl: 'Gebruikt u een medicijn voor een overactieve blaas, zoals oxybutynine, tolterodine of solifenacine?'
		},
		{
			en: 'Takes a medicine for an overactive bladder',
			nl: 'Gebruikt een medicijn voor een overactieve blaas'
		},
		{
			en: 'These medicines can make you drowsy and confused, and blur your sight.',
			nl: 'Deze medicijnen kunnen u suf en verward maken, en wazig laten zien.'
		},
		['STOPPFall', 'NL']
	)
];

/** The answers after which the one medication review is asked. */
const REVIEW_WHEN: AnswerCondition[] = [
	{ item: 'balance.meds-dizzy', answer: 'yes' },
	{ item: 'balance.meds-sleep-mood', answer: 'yes' },
	...FALL_RISK_MEDICINES.map((item): AnswerCondition => ({ item: item.id, answer: 'yes' })),
	{ item: 'medicines.many', answer: 'yes' }
];

export const MEDICINES_ITEMS: Item[] = [
	...FALL_RISK_MEDICINES,
	{
		id: 'medicines.many',
		kind: 'risk-factor',
		areas: ['medicines'],
		question: {
			en: 'How many different medicines do you take every day, including those from the chemist?',
			nl: 'Hoeveel verschillende medicijnen gebruikt u elke dag, ook die van de drogist?'
		},
		labels: {
			yes: { en: '5 or more', nl: '5 of meer' },
			no: { en: '4 or fewer', nl: '4 of minder' }
		},
		hazardWhen: 'yes',
		allowNA: false,
		quick: true,
		finding: {
			en: 'Takes 5 or more medicines a day',
			nl: 'Gebruikt 5 of meer medicijnen per dag'
		},
		why: {
			en: 'The more medicines you take, the greater the chance of side effects and of medicines working against each other.',
			nl: 'Hoe meer medicijnen u gebruikt, hoe groter de kans op bijwerkingen. Ook kunnen medicijnen elkaar beïnvloeden.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'medicines.review',
		kind: 'hazard',
		areas: ['medicines'],
		question: {
			en: 'Has your GP or pharmacist gone through all your medicines with you in the past year?',
			nl: 'Heeft uw huisarts of apotheker het afgelopen jaar al uw medicijnen met u doorgenomen?'
		},
		hazardWhen: 'no',
		// Kept from the old question (asked of everyone), so an old “not applicable” stays valid.
		allowNA: true,
		askWhen: { any: REVIEW_WHEN },
		quick: true,
		finding: {
			en: 'Medicines not reviewed with the GP or pharmacist in the past year',
			nl: 'Medicijnen zijn het afgelopen jaar niet doorgenomen met huisarts of apotheker'
		},
		why: {
			en: 'A medicine that raises the chance of a fall can often be lowered, stopped or swapped. Medicines that were right a few years ago may now be too strong.',
			nl: 'Een medicijn dat de kans op vallen vergroot, kan vaak minder, anders of helemaal weg. Wat een paar jaar geleden goed was, is nu misschien te sterk.'
		},
		fix: {
			en: 'Make an appointment with your GP or pharmacist for a medication review, and take all your medicines or a list of them. Ask which of them raise the chance of a fall, and whether one can be lowered or stopped. Never stop a medicine on your own.',
			nl: 'Maak een afspraak met uw huisarts of apotheker voor een medicatiebeoordeling. Neem al uw medicijnen of een lijst mee. Vraag welke medicijnen de kans vergroten dat u valt, en of er een minder of weg kan. Stop nooit zelf met een medicijn.'
		},
		owner: 'pharmacist',
		priority: 'high',
		priorityReason:
			'Lowering or stopping fall-risk medicines is one of the most effective single fixes (WFG, STOPPFall).',
		sources: ['STOPPFall', 'WFG', 'NL', 'SI']
	},
	{
		id: 'medicines.alcohol',
		kind: 'hazard',
		areas: ['medicines'],
		question: {
			en: 'Do you usually drink more than one glass of alcohol a day?',
			nl: 'Drinkt u meestal meer dan één glas alcohol per dag?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Usually drinks more than one glass of alcohol a day',
			nl: 'Drinkt meestal meer dan één glas alcohol per dag'
		},
		why: {
			en: 'Alcohol slows your reactions and upsets your balance, even more so with sleeping pills or tranquillisers. Too much alcohol also weakens your bones.',
			nl: 'Alcohol maakt uw reacties trager en uw evenwicht slechter, en met slaap- of kalmeringsmiddelen nog meer. Te veel alcohol maakt ook uw botten zwakker.'
		},
		fix: {
			en: 'Drink no more than one glass a day, preferably none, and never together with sleeping pills or tranquillisers. Your GP can help you cut down.',
			nl: 'Drink niet meer dan één glas per dag, liever helemaal niet. Drink nooit alcohol bij slaap- of kalmeringsmiddelen. Uw huisarts kan helpen om te minderen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Alcohol adds to fall risk and bone loss, and is in the person’s own hands.',
		sources: ['leaflet', 'NL']
	}
];
