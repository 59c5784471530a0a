import type { Item } from '../types';

/** Eyesight: asked once for the person checked. */
export const EYESIGHT_ITEMS: Item[] = [
	{
		id: 'eyesight.test',
		areas: ['eyesight'],
		question: {
			en: 'When did you last have your eyes tested?',
			nl: 'Wanneer zijn uw ogen voor het laatst gemeten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		labels: {
			yes: { en: 'In the past year', nl: 'In het afgelopen jaar' },
			no: { en: 'Longer ago, or not sure', nl: 'Langer geleden, of weet ik niet' }
		},
		why: {
			en: 'Eyesight changes slowly, so you may not notice that your glasses are no longer strong enough.',
			nl: 'Uw ogen veranderen langzaam, dus u merkt misschien niet dat uw bril niet meer sterk genoeg is.'
		},
		fix: {
			en: 'Have your eyes tested every year by an optician. If something is wrong, the optician or your GP can refer you to an eye specialist.',
			nl: 'Laat uw ogen elk jaar meten door een opticien. Is er iets mis, dan kan de opticien of uw huisarts u doorverwijzen naar de oogarts.'
		},
		owner: 'optician',
		priority: 'medium',
		priorityReason: 'Poor eyesight raises the risk of falling and is often easy to correct.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'eyesight.getting-worse',
		areas: ['eyesight'],
		question: {
			en: 'Has your sight become worse, blurred or cloudy, or are you more bothered by glare?',
			nl: 'Ziet u slechter, wazig of troebel, of heeft u meer last van fel licht?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'These can be signs of cataract or another eye disease, which make it hard to see steps and edges.',
			nl: 'Dit kunnen tekenen zijn van staar of een andere oogziekte, waardoor u treden en randen slecht ziet.'
		},
		fix: {
			en: 'Tell your GP or optician. Cataract is common and an operation often helps a lot; take extra care on stairs until then.',
			nl: 'Vertel het uw huisarts of opticien. Staar komt veel voor en een operatie helpt vaak goed; wees tot die tijd extra voorzichtig op de trap.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Untreated cataract is a common, treatable cause of falls.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'eyesight.reading-glasses',
		areas: ['eyesight'],
		question: {
			en: 'Do you ever walk around while wearing your reading glasses?',
			nl: 'Loopt u weleens rond met uw leesbril op?'
		},
		hazardWhen: 'yes',
		allowNA: true,
		why: {
			en: 'Through reading glasses the floor and steps look blurred, so you misjudge where to put your feet.',
			nl: 'Door een leesbril ziet u de vloer en de treden wazig, zodat u verkeerd inschat waar u uw voeten neerzet.'
		},
		fix: {
			en: 'Take your reading glasses off before you get up and walk, or ask the optician about glasses for distance as well.',
			nl: 'Zet uw leesbril af voordat u opstaat en gaat lopen, of vraag de opticien ook naar een bril voor veraf.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A free habit that removes a common cause of misjudged steps.',
		sources: ['leaflet', 'NIA']
	},
	{
		id: 'eyesight.varifocals',
		areas: ['eyesight'],
		question: {
			en: 'Do you wear varifocal or bifocal glasses when you walk on stairs or outside?',
			nl: 'Draagt u een multifocale of dubbelfocusbril als u op de trap of buiten loopt?'
		},
		hazardWhen: 'yes',
		allowNA: true,
		why: {
			en: 'When you look down through the lower, reading part of the lens, steps and kerbs are blurred.',
			nl: 'Als u naar beneden kijkt door het onderste leesgedeelte van het glas, ziet u treden en stoepranden wazig.'
		},
		fix: {
			en: 'On stairs and kerbs, tilt your head down so you look through the top of the lens. Ask the optician whether separate distance glasses for walking outside would help.',
			nl: 'Buig op de trap en bij stoepranden uw hoofd naar beneden, zodat u door het bovenste deel van het glas kijkt. Vraag de opticien of een aparte bril voor veraf helpt om buiten mee te lopen.'
		},
		owner: 'optician',
		priority: 'medium',
		priorityReason: 'Varifocals are linked to falls on stairs and kerbs.',
		sources: ['leaflet', 'NL']
	},
	{
		id: 'eyesight.glasses-condition',
		areas: ['eyesight'],
		question: {
			en: 'Are your glasses clean, free of scratches and comfortable on your nose?',
			nl: 'Is uw bril schoon, zonder krassen, en zit hij goed?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Dirty or scratched lenses, or glasses that slide down, make everything less sharp.',
			nl: 'Met vieze of gekraste glazen, of een bril die afzakt, ziet u alles minder scherp.'
		},
		fix: {
			en: 'Clean your glasses every day, and have the optician adjust the frame or replace scratched lenses.',
			nl: 'Maak uw bril elke dag schoon, en laat de opticien het montuur bijstellen of gekraste glazen vervangen.'
		},
		owner: 'optician',
		priority: 'low',
		priorityReason: 'Small effect, but easy to fix.',
		sources: ['leaflet']
	}
];
