import type { Group, Item } from '../types';

/**
 * Eyesight and hearing: asked once for the person checked. The habits with glasses are one tick
 * list (someone without glasses ticks nothing); a box cannot be answered “not applicable”, so the
 * old reading-glasses and varifocals questions moved to new ids (retired-personal.ts).
 */

export const EYESIGHT_GROUPS: Group[] = [
	{
		id: 'eyesight.glasses',
		prompt: {
			en: 'If you wear glasses, tick what is true for you:',
			nl: 'Draagt u een bril? Vink dan aan wat voor u geldt:'
		},
		hint: {
			en: 'Leave them all unticked if you do not wear glasses.',
			nl: 'Draagt u geen bril, laat dan alles leeg.'
		}
	}
];

export const EYESIGHT_ITEMS: Item[] = [
	{
		id: 'eyesight.test',
		kind: 'hazard',
		areas: ['eyesight'],
		question: {
			en: 'When did you last have your eyes tested?',
			nl: 'Wanneer zijn uw ogen voor het laatst gemeten?'
		},
		labels: {
			yes: { en: 'In the past year', nl: 'In het afgelopen jaar' },
			no: { en: 'Longer ago, or not sure', nl: 'Langer geleden, of weet ik niet' }
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Eyes not tested in the past year',
			nl: 'Ogen zijn het afgelopen jaar niet gemeten'
		},
		why: {
			en: 'Eyesight changes slowly, so you may not notice that your glasses are no longer strong enough.',
			nl: 'Uw ogen veranderen langzaam. U merkt dus misschien niet dat uw bril niet meer sterk genoeg is.'
		},
		fix: {
			en: 'Have your eyes tested every year by an optician. If something is wrong, the optician or your GP can refer you to an eye specialist.',
			nl: 'Laat uw ogen elk jaar meten door een opticien. Is er iets mis, dan kan de opticien of uw huisarts u doorverwijzen naar de oogarts.'
		},
		owner: 'optician',
		priority: 'medium',
		priorityReason: 'Poor eyesight raises the risk of falling and is often easy to correct.',
		sources: ['leaflet', 'WFG', 'NL']
	},
	{
		id: 'eyesight.getting-worse',
		kind: 'hazard',
		areas: ['eyesight'],
		question: {
			en: 'Has your sight become worse, blurred or cloudy, or are you more bothered by glare?',
			nl: 'Ziet u slechter, wazig of troebel, of heeft u meer last van fel licht?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Sight has become worse, blurred or cloudy, or glare bothers more',
			nl: 'Ziet slechter, wazig of troebel, of heeft meer last van fel licht'
		},
		why: {
			en: 'These can be signs of cataract or another eye disease, which make it hard to see steps and edges.',
			nl: 'Dit kunnen tekenen zijn van grijze staar (cataract) of een andere oogziekte. Daardoor ziet u treden en randen slecht.'
		},
		fix: {
			en: 'Tell your GP or optician. Cataract is common and an operation often helps a lot; take extra care on stairs until then.',
			nl: 'Vertel het uw huisarts of opticien. Grijze staar (cataract) komt veel voor, en een operatie helpt vaak goed. Wees tot die tijd extra voorzichtig op de trap.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Untreated cataract is a common, treatable cause of falls.',
		sources: ['leaflet', 'WFG', 'NIA']
	},
	{
		id: 'eyesight.walk-reading-glasses',
		kind: 'hazard',
		areas: ['eyesight'],
		group: 'eyesight.glasses',
		option: {
			en: 'You walk around with your reading glasses on',
			nl: 'U loopt rond met uw leesbril op'
		},
		question: {
			en: 'Do you ever walk around while wearing your reading glasses?',
			nl: 'Loopt u weleens rond met uw leesbril op?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Walks around with reading glasses on',
			nl: 'Loopt rond met de leesbril op'
		},
		why: {
			en: 'Through reading glasses the floor and steps look blurred, so you misjudge where to put your feet.',
			nl: 'Door een leesbril ziet u de vloer en de treden wazig. U schat dan verkeerd in waar u uw voeten neerzet.'
		},
		fix: {
			en: 'Take your reading glasses off before you get up and walk, or ask the optician about glasses for distance as well.',
			nl: 'Zet uw leesbril af voordat u opstaat en gaat lopen. Of vraag de opticien ook naar een bril voor veraf.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A free habit that removes a common cause of misjudged steps.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'eyesight.varifocals-outside',
		kind: 'hazard',
		areas: ['eyesight'],
		group: 'eyesight.glasses',
		option: {
			en: 'You wear varifocals or bifocals on stairs or outside',
			nl: 'U draagt een multifocale of dubbelfocusbril op de trap of buiten'
		},
		question: {
			en: 'Do you wear varifocal or bifocal glasses when you walk on stairs or outside?',
			nl: 'Draagt u een multifocale of dubbelfocusbril als u op de trap of buiten loopt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Wears varifocals or bifocals on stairs or outside',
			nl: 'Draagt een multifocale of dubbelfocusbril op de trap of buiten'
		},
		why: {
			en: 'When you look down through the lower, reading part of the lens, steps and kerbs are blurred.',
			nl: 'Als u naar beneden kijkt door het onderste leesgedeelte van het glas, ziet u treden en stoepranden wazig.'
		},
		fix: {
			en: 'On stairs and kerbs, tilt your head down so you look through the top of the lens. Ask the optician whether separate distance glasses for walking outside would help.',
			nl: 'Buig op de trap en bij stoepranden uw hoofd naar beneden. Dan kijkt u door het bovenste deel van het glas. Vraag de opticien of een aparte bril voor veraf helpt bij het lopen buiten.'
		},
		owner: 'optician',
		priority: 'medium',
		priorityReason: 'Varifocals are linked to falls on stairs and kerbs.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'eyesight.glasses-poor',
		kind: 'hazard',
		areas: ['eyesight'],
		group: 'eyesight.glasses',
		option: {
			en: 'Your glasses are dirty or scratched, or slide down your nose',
			nl: 'Uw bril is vies of gekrast, of zakt af'
		},
		question: {
			en: 'Are your glasses dirty or scratched, or do they slide down your nose?',
			nl: 'Is uw bril vies of gekrast, of zakt hij af?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Glasses are dirty or scratched, or slide down',
			nl: 'De bril is vies of gekrast, of zakt af'
		},
		why: {
			en: 'Dirty or scratched lenses, or glasses that slide down, make everything less sharp.',
			nl: 'Met vieze of gekraste glazen, of een bril die afzakt, ziet u alles minder scherp.'
		},
		fix: {
			en: 'Clean your glasses every day with water and a soft cloth. Have the optician adjust the frame or replace scratched lenses.',
			nl: 'Maak uw bril elke dag schoon met water en een zachte doek. Laat de opticien het montuur bijstellen of gekraste glazen vervangen.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'Small effect, but easy to fix, mostly by the person themselves.',
		sources: ['leaflet']
	},
	{
		id: 'eyesight.hearing',
		kind: 'hazard',
		areas: ['eyesight'],
		question: {
			en: 'Do you find it hard to hear a conversation, the doorbell or the phone, even with a hearing aid if you have one?',
			nl: 'Heeft u moeite om gesprekken, de deurbel of de telefoon te horen, ook met uw hoortoestel als u dat heeft?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Finds it hard to hear',
			nl: 'Heeft moeite met horen'
		},
		why: {
			en: 'Poor hearing makes you less aware of what goes on around you, and is linked to poorer balance and more falls.',
			nl: 'Als u slecht hoort, merkt u minder van wat er om u heen gebeurt. Slecht horen gaat samen met een slechter evenwicht en vaker vallen.'
		},
		fix: {
			en: 'Ask your GP or a hearing-care professional for a hearing test; earwax can be the cause too. If you have a hearing aid, wear it during the day and keep it charged.',
			nl: 'Vraag uw huisarts of een audicien om een hoortest. Ook oorsmeer kan de oorzaak zijn. Heeft u een hoortoestel, draag het dan overdag en houd de batterij vol.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Hearing loss is common, linked to falls, and often helped by a hearing aid.',
		sources: ['WFG']
	}
];
