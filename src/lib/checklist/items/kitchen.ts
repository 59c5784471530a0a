import type { Group, Item } from '../types';

/**
 * Kitchen. The floor (spills included), the walking route and the light are the shared tick
 * list (general.ts); pets are asked once for the whole home (home.ts).
 */
export const KITCHEN_GROUPS: Group[] = [];

export const KITCHEN_ITEMS: Item[] = [
	{
		id: 'kitchen.reach',
		kind: 'hazard',
		areas: ['kitchen'],
		question: {
			en: 'Are the things you use every day within easy reach, between waist and shoulder height?',
			nl: 'Staan de spullen die u elke dag gebruikt binnen handbereik, tussen heup- en schouderhoogte?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Everyday things in the kitchen are stored too high or too low',
			nl: 'Spullen voor elke dag staan in de keuken te hoog of te laag'
		},
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
		kind: 'hazard',
		areas: ['kitchen'],
		question: {
			en: 'Do you ever climb on a chair, table or stool to reach a high cupboard?',
			nl: 'Klimt u weleens op een stoel, tafel of kruk om bij een hoge kast te komen?'
		},
		allowNA: false,
		labels: {
			yes: { en: 'Yes, sometimes', nl: 'Ja, weleens' },
			no: { en: 'No, never', nl: 'Nee, nooit' }
		},
		hazardWhen: 'yes',
		finding: {
			en: 'Climbs on a chair, table or stool to reach high cupboards',
			nl: 'Klimt op een stoel, tafel of kruk om bij hoge kasten te komen'
		},
		why: {
			en: 'A fall from a chair is a fall from a height, onto a hard floor, often with nothing to hold.',
			nl: 'Een val van een stoel is een val van hoogte, op een harde vloer. Vaak is er niets om vast te pakken.'
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
		kind: 'hazard',
		areas: ['kitchen'],
		question: {
			en: 'If there is a step stool: is it sturdy, with non-slip feet and a handle to hold on to?',
			nl: 'Als er een opstapje is: is het stevig, met antislipvoeten en een beugel om vast te houden?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'The step stool is not sturdy or has no handle',
			nl: 'Het opstapje is niet stevig of heeft geen beugel'
		},
		why: {
			en: 'A wobbly step stool without a handle gives nothing to hold when you feel unsteady up high.',
			nl: 'Een wiebelig opstapje zonder beugel geeft geen houvast als u zich boven onzeker voelt.'
		},
		fix: {
			en: 'Replace it with a sturdy step stool with a high handle, and use it only when someone is around. Better still: move things lower.',
			nl: 'Vervang het door een stevige huishoudtrap met een hoge beugel. Gebruik die alleen als er iemand in de buurt is. Nog beter: zet spullen lager.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'A safer step reduces the risk, but not needing one is better.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'kitchen.bending',
		kind: 'hazard',
		areas: ['kitchen'],
		question: {
			en: 'Can you get things out of the oven, fridge and low cupboards without bending down low?',
			nl: 'Kunt u iets uit de oven, de koelkast en lage kastjes pakken zonder diep te bukken?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'The oven, the fridge or low cupboards mean bending down low',
			nl: 'Voor de oven, de koelkast of lage kastjes moet u diep bukken'
		},
		why: {
			en: 'Bending low makes you dizzy when you come up, and with weak bones bending forward while lifting can break a bone in your spine.',
			nl: 'Van diep bukken wordt u duizelig als u weer overeind komt. Met zwakke botten kan voorover bukken en tillen een wervel breken.'
		},
		fix: {
			en: 'Keep daily things on the upper shelves of the fridge and cupboards. Use a grabber for things on the floor. When you must go low, bend your knees, keep your back straight and hold on to the worktop.',
			nl: 'Zet wat u dagelijks gebruikt op de bovenste planken van koelkast en kasten. Gebruik een grijper voor dingen op de grond. Moet u toch laag zijn? Buig door uw knieën en houd uw rug recht. Houd u vast aan het aanrecht.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Bending causes dizziness and strains brittle spines.',
		sources: ['HF', 'leaflet']
	},
	{
		id: 'kitchen.carry-meals',
		kind: 'hazard',
		areas: ['kitchen'],
		question: {
			en: 'Can you carry your meals and hot drinks to the table safely, with a hand free to hold on?',
			nl: 'Kunt u uw maaltijd en warme drankjes veilig naar tafel brengen, met een hand vrij om u vast te houden?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Meals and hot drinks are carried without a hand free to hold on',
			nl: 'Maaltijd en warme drankjes gaan naar tafel zonder een hand vrij'
		},
		why: {
			en: 'With a plate and a cup in your hands you cannot steady yourself, and you do not see the floor.',
			nl: 'Met een bord en een kopje in uw handen kunt u zich niet vasthouden, en ziet u de vloer niet.'
		},
		fix: {
			en: 'Use a kitchen trolley or a rollator with a tray, eat at a table in the kitchen, or use cups with a lid.',
			nl: 'Gebruik een serveerwagen of een rollator met dienblad. Eet aan een tafel in de keuken, of gebruik bekers met een deksel.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'A daily task with full hands; simple aids fix it.',
		sources: ['HF']
	}
];
