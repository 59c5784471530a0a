import type { Item } from '../types';

/** Kitchen. Floors, rugs, cords, walking route and light are asked by general.ts. */
export const KITCHEN_ITEMS: Item[] = [
	{
		id: 'kitchen.reach',
		areas: ['kitchen'],
		question: {
			en: 'Are the things you use every day within easy reach, between waist and shoulder height?',
			nl: 'Staan de spullen die u elke dag gebruikt binnen handbereik, tussen heup- en schouderhoogte?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Reaching up high or bending down low many times a day makes it easy to lose your balance.',
			nl: 'Als u steeds hoog moet reiken of diep moet bukken, verliest u makkelijk uw evenwicht.'
		},
		fix: {
			en: 'Move everyday pans, plates, food and cups to the shelves and drawers between waist and shoulder height. Put what you rarely use up high.',
			nl: 'Zet pannen, borden, eten en kopjes die u elke dag gebruikt op planken en in laden tussen heup- en schouderhoogte. Zet wat u zelden gebruikt hoog.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Easy to fix and it removes many risky moments a day.',
		sources: ['CDC', 'HF', 'NIA']
	},
	{
		id: 'kitchen.climbing',
		areas: ['kitchen'],
		question: {
			en: 'Do you ever climb on a chair, table or stool to reach a high cupboard?',
			nl: 'Klimt u weleens op een stoel, tafel of kruk om bij een hoge kast te komen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'A fall from a chair is a fall from a height, onto a hard floor, often with nothing to hold.',
			nl: 'Een val van een stoel is een val van hoogte, op een harde vloer, vaak zonder iets om vast te pakken.'
		},
		fix: {
			en: 'Never climb on a chair or table. Move things lower, ask someone to get them down, or use a sturdy step stool with a handle.',
			nl: 'Klim nooit op een stoel of tafel. Zet spullen lager, vraag iemand ze te pakken, of gebruik een stevige huishoudtrap met beugel.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Falls from a height cause serious injuries, especially with brittle bones.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'kitchen.step-stool',
		areas: ['kitchen'],
		question: {
			en: 'Is the step stool sturdy, with non-slip feet and a handle to hold on to?',
			nl: 'Is het opstapje of de huishoudtrap stevig, met antislipvoeten en een beugel om vast te houden?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'A wobbly step stool without a handle gives nothing to hold when you feel unsteady up high.',
			nl: 'Een wiebelig opstapje zonder beugel geeft geen houvast als u zich boven onzeker voelt.'
		},
		fix: {
			en: 'Replace it with a sturdy step stool with a high handle, and use it only when someone is around. Better still: move things lower.',
			nl: 'Vervang het door een stevige huishoudtrap met een hoge beugel, en gebruik die alleen als er iemand in de buurt is. Nog beter: zet spullen lager.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A safer step reduces the risk, but not needing one is better.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'kitchen.bending',
		areas: ['kitchen'],
		question: {
			en: 'Can you get things out of the oven, fridge and low cupboards without bending down low?',
			nl: 'Kunt u iets uit de oven, de koelkast en lage kastjes pakken zonder diep te bukken?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Bending low makes you dizzy when you come up, and with weak bones bending forward while lifting can break a bone in your spine.',
			nl: 'Van diep bukken wordt u duizelig als u weer overeind komt, en met zwakke botten kan voorover bukken en tillen een wervel breken.'
		},
		fix: {
			en: 'Keep daily things on the upper shelves of the fridge and cupboards. Use a grabber for things on the floor, and bend your knees with a straight back, holding on to the worktop.',
			nl: 'Zet wat u dagelijks gebruikt op de bovenste planken van koelkast en kasten. Gebruik een grijper voor dingen op de grond, en buk door uw knieën met een rechte rug, terwijl u het aanrecht vasthoudt.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Bending causes dizziness and strains brittle spines.',
		sources: ['HF', 'leaflet']
	},
	{
		id: 'kitchen.spills',
		areas: ['kitchen'],
		question: {
			en: 'Are spills and splashes on the floor wiped up straight away?',
			nl: 'Wordt gemorst eten of drinken op de vloer meteen opgeruimd?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A drop of oil or water on a kitchen floor is hard to see and very slippery.',
			nl: 'Een druppel olie of water op de keukenvloer ziet u slecht en is erg glad.'
		},
		fix: {
			en: 'Wipe up spills at once with a mop or a cloth on a long handle, so you do not have to kneel or bend.',
			nl: 'Neem gemorst eten of drinken meteen op met een dweil of een doek aan een lange steel, zodat u niet hoeft te knielen of te bukken.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Slips in the kitchen are common, and the habit costs nothing.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'kitchen.carry-meals',
		areas: ['kitchen'],
		question: {
			en: 'Can you carry your meals and hot drinks to the table safely, with a hand free to hold on?',
			nl: 'Kunt u uw maaltijd en warme drankjes veilig naar tafel brengen, met een hand vrij om u vast te houden?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'With a plate and a cup in your hands you cannot steady yourself, and you do not see the floor.',
			nl: 'Met een bord en een kopje in uw handen kunt u zich niet vasthouden, en ziet u de vloer niet.'
		},
		fix: {
			en: 'Use a kitchen trolley or a walker with a tray, eat at a table in the kitchen, or use cups with a lid.',
			nl: 'Gebruik een serveerwagen of een rollator met dienblad, eet aan een tafel in de keuken, of gebruik bekers met een deksel.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Daily task with full hands; simple aids fix it.',
		sources: ['HF']
	},
	{
		id: 'kitchen.pets',
		areas: ['kitchen'],
		question: {
			en: 'Can you feed and look after your pet without bending down low or tripping over it?',
			nl: 'Kunt u uw huisdier eten geven en verzorgen zonder diep te bukken of erover te struikelen?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Pets get under your feet at feeding time, and the bowl sits on the floor.',
			nl: 'Huisdieren lopen bij het eten geven tussen uw voeten, en de bak staat op de grond.'
		},
		fix: {
			en: 'Put the food bowl on a raised stand, feed the pet in a fixed spot out of the walking route, and fill the bowl using a long scoop.',
			nl: 'Zet de etensbak op een verhoging, geef het dier eten op een vaste plek buiten de looproute, en vul de bak met een lange schep.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Pets underfoot cause falls, but only in homes with pets.',
		sources: ['HF']
	}
];
