import type { Group, Item } from '../types';

/**
 * Bedroom. The floor (the way from the bed to the door included) and the light are the shared
 * tick list (general.ts); the phone, the torch and the way to the toilet at night are asked once
 * for the whole home (home.ts). Getting up slowly is part of the personal dizziness question.
 */
export const BEDROOM_GROUPS: Group[] = [];

export const BEDROOM_ITEMS: Item[] = [
	{
		id: 'bedroom.light-from-bed',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Can you switch on a light from the bed, before you get up?',
			nl: 'Kunt u vanuit bed het licht aandoen, voordat u opstaat?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'No light can be switched on from the bed',
			nl: 'Vanuit bed kan het licht niet aan'
		},
		why: {
			en: 'Getting up and feeling your way to the switch in the dark is a common start of a night-time fall.',
			nl: '’s Nachts begint een val vaak zo: u staat op in het donker en zoekt op de tast naar de lichtknop.'
		},
		fix: {
			en: 'Put a lamp with an easy switch on the bedside table, or use a touch lamp or a remote-control plug.',
			nl: 'Zet een lamp met een makkelijke schakelaar op het nachtkastje, of gebruik een aanraaklamp of een stekker met afstandsbediening.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Night-time falls are common and this fix is cheap and quick.',
		sources: ['CDC', 'HF', 'NIA']
	},
	{
		id: 'bedroom.night-light',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Is there a night light, or a light that switches on by itself, between the bed and the door?',
			nl: 'Is er een nachtlampje, of een lamp die vanzelf aangaat, tussen het bed en de deur?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'There is no night light between the bed and the door',
			nl: 'Er is geen nachtlampje tussen het bed en de deur'
		},
		why: {
			en: 'A small light shows the way and the edges of the furniture without waking you up fully.',
			nl: 'Een klein lampje laat de weg en de randen van de meubels zien, zonder dat u helemaal wakker wordt.'
		},
		fix: {
			en: 'Plug in a night light near the floor, or one with a motion sensor that switches on when you get out of bed.',
			nl: 'Zet een nachtlampje laag in het stopcontact, of een lampje met bewegingsmelder dat aangaat als u uit bed stapt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Cheap and helps on every night-time walk.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'bedroom.bed-in-out',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Can you get into and out of bed easily and safely?',
			nl: 'Kunt u makkelijk en veilig in en uit bed komen?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Getting into or out of bed is hard or unsafe',
			nl: 'In of uit bed komen gaat moeilijk of onveilig'
		},
		why: {
			en: 'Struggling out of a soft or low bed, often half asleep, easily ends in a fall beside the bed.',
			nl: 'Moeizaam uit een zacht of laag bed komen, vaak half slapend, eindigt makkelijk in een val naast het bed.'
		},
		fix: {
			en: 'Ask an occupational therapist for advice: a firmer mattress, bed raisers, or a bed handle to hold on to. A home-care nurse or the occupational therapist can help you get a height-adjustable bed.',
			nl: 'Vraag een ergotherapeut om advies: een stevigere matras, bedverhogers, of een bedbeugel om u aan vast te houden. De wijkverpleegkundige of de ergotherapeut kan helpen om een hoog-laagbed te regelen.'
		},
		owner: 'ot',
		priority: 'high',
		priorityReason: 'Done every day and night; trouble getting out of bed signals a high risk.',
		sources: ['HF', 'NL']
	},
	{
		id: 'bedroom.bed-height',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Sitting on the edge of the bed, are your feet flat on the floor and your knees level with your hips?',
			nl: 'Zit u op de rand van het bed met uw voeten plat op de grond en uw knieën op heuphoogte?'
		},
		allowNA: false,
		askWhen: { item: 'bedroom.bed-in-out', answer: 'no' },
		hazardWhen: 'no',
		finding: {
			en: 'The bed is too high or too low to sit with feet flat on the floor',
			nl: 'Het bed is te hoog of te laag om met de voeten plat op de grond te zitten'
		},
		why: {
			en: 'A bed that is too high leaves your feet dangling; one that is too low makes standing up hard work.',
			nl: 'Bij een te hoog bed bungelen uw voeten. Uit een te laag bed opstaan is zwaar.'
		},
		fix: {
			en: 'Ask an occupational therapist which height suits you. Then raise a low bed with bed raisers, or lower a high one with a thinner mattress or shorter legs; family can help.',
			nl: 'Vraag een ergotherapeut welke hoogte bij u past. Zet een laag bed dan op bedverhogers, of maak een hoog bed lager met een dunnere matras of kortere poten. Familie kan helpen.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason:
			'Asked when getting out of bed is hard; the wrong height makes every getting-up harder.',
		sources: ['HF']
	},
	{
		id: 'bedroom.glasses',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Are your glasses within reach of the bed, for when you get up at night?',
			nl: 'Ligt uw bril binnen handbereik van het bed, voor als u ’s nachts opstaat?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'The glasses are not within reach of the bed at night',
			nl: 'De bril ligt ’s nachts niet binnen handbereik van het bed'
		},
		why: {
			en: 'Walking without your glasses at night means you will not see a threshold or something on the floor.',
			nl: 'Als u ’s nachts zonder bril loopt, ziet u een drempel of iets op de vloer niet.'
		},
		fix: {
			en: 'Keep your glasses for distance in the same place on the bedside table every night, and put them on before you get up.',
			nl: 'Leg uw bril voor veraf elke nacht op dezelfde plek op het nachtkastje. Zet hem op voordat u opstaat.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Night-time walking without glasses adds to every other hazard.',
		sources: ['leaflet']
	},
	{
		id: 'bedroom.walking-aid',
		kind: 'hazard',
		areas: ['bedroom'],
		question: {
			en: 'Is your walking stick, walking frame or rollator within reach of the bed?',
			nl: 'Staat uw wandelstok, looprek of rollator binnen handbereik van het bed?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'The walking aid is not within reach of the bed',
			nl: 'Het loophulpmiddel staat niet binnen handbereik van het bed'
		},
		why: {
			en: 'If your walking aid is across the room, you take the first, sleepiest steps of the night without it.',
			nl: 'Staat uw loophulpmiddel aan de andere kant van de kamer? Dan zet u de eerste, slaperige stappen van de nacht zonder steun.'
		},
		fix: {
			en: 'Park the walking aid next to the bed every evening, on the side where you get out, with the brakes on.',
			nl: 'Zet het loophulpmiddel elke avond naast het bed, aan de kant waar u uitstapt, met de remmen erop.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Only for those with a walking aid, but then used on every night-time walk.',
		sources: ['NL']
	}
];
