import type { Item } from '../types';

/** Bedroom. Floors, rugs, cords and light are asked by general.ts. */
export const BEDROOM_ITEMS: Item[] = [
	{
		id: 'bedroom.light-from-bed',
		areas: ['bedroom'],
		question: {
			en: 'Can you switch on a light from the bed, before you get up?',
			nl: 'Kunt u vanuit bed het licht aandoen, voordat u opstaat?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Getting up and feeling your way to the switch in the dark is a common start of a night-time fall.',
			nl: 'In het donker opstaan en op de tast naar de lichtknop zoeken, is vaak het begin van een val ’s nachts.'
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
		areas: ['bedroom'],
		question: {
			en: 'Is there a night light, or a light that switches on by itself, between the bed and the door?',
			nl: 'Is er een nachtlampje, of een lamp die vanzelf aangaat, tussen het bed en de deur?'
		},
		hazardWhen: 'no',
		allowNA: false,
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
		areas: ['bedroom'],
		question: {
			en: 'Can you get into and out of bed easily and safely?',
			nl: 'Kunt u makkelijk en veilig in en uit bed komen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Struggling out of a soft or low bed, often half asleep, easily ends in a fall beside the bed.',
			nl: 'Moeizaam uit een zacht of laag bed komen, vaak half slapend, eindigt makkelijk in een val naast het bed.'
		},
		fix: {
			en: 'Ask an occupational therapist for advice: a firmer mattress, bed raisers, or a bed handle to hold on to. The home-care nurse can help you get a height-adjustable bed.',
			nl: 'Vraag een ergotherapeut om advies: een stevigere matras, bedverhogers, of een bedbeugel om u aan vast te houden. De wijkverpleegkundige kan helpen om een hoog-laagbed te regelen.'
		},
		owner: 'ot',
		priority: 'high',
		priorityReason: 'Done every day and night; trouble getting out of bed signals a high risk.',
		sources: ['HF', 'NL']
	},
	{
		id: 'bedroom.bed-height',
		areas: ['bedroom'],
		question: {
			en: 'When you sit on the edge of the bed, are your feet flat on the floor with your knees about level with your hips?',
			nl: 'Als u op de rand van het bed zit, staan uw voeten dan plat op de grond, met uw knieën ongeveer op heuphoogte?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A bed that is too high leaves your feet dangling; one that is too low makes standing up hard work.',
			nl: 'Bij een te hoog bed bungelen uw voeten; uit een te laag bed opstaan is zwaar.'
		},
		fix: {
			en: 'Raise a low bed with bed raisers, or lower a high one (a thinner mattress or shorter legs), so your feet are flat and your knees level with your hips.',
			nl: 'Zet een laag bed op bedverhogers, of maak een hoog bed lager (een dunnere matras of kortere poten), zodat uw voeten plat staan en uw knieën op heuphoogte zijn.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'The wrong height makes every getting-up harder.',
		sources: ['HF']
	},
	{
		id: 'bedroom.path-door',
		areas: ['bedroom'],
		question: {
			en: 'Is the way from the bed to the door clear, with nothing to trip over in the dark?',
			nl: 'Is de weg van het bed naar de deur vrij, zonder iets om in het donker over te struikelen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'At night you walk this route half asleep, and slippers, clothes or a chair in the way are easy to miss.',
			nl: '’s Nachts loopt u deze route half slapend, en pantoffels, kleren of een stoel in de weg ziet u dan niet.'
		},
		fix: {
			en: 'Keep a clear path from the bed to the door. Put clothes on a chair out of the way and slippers where you step into them.',
			nl: 'Houd een vrije looproute van het bed naar de deur. Leg kleren op een stoel uit de weg en zet uw pantoffels waar u erin stapt.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Night-time walking is when trips are most likely.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'bedroom.get-up-slowly',
		areas: ['bedroom'],
		question: {
			en: 'Do you get up slowly, sitting on the edge of the bed for a moment before you stand?',
			nl: 'Staat u rustig op, door eerst even op de rand van het bed te blijven zitten?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'When you stand up quickly after lying down, your blood pressure drops and you may feel dizzy or faint.',
			nl: 'Als u na het liggen snel opstaat, zakt uw bloeddruk en kunt u duizelig worden of flauwvallen.'
		},
		fix: {
			en: 'Sit on the edge of the bed, move your feet up and down a few times, then stand up and wait a moment before you walk. Tell your GP if you often feel dizzy.',
			nl: 'Ga op de rand van het bed zitten, beweeg uw voeten een paar keer op en neer, sta dan op en wacht even voordat u gaat lopen. Vertel het uw huisarts als u vaak duizelig bent.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'A free habit that prevents dizzy falls at night and in the morning.',
		sources: ['NIA', 'NL']
	},
	{
		id: 'bedroom.phone',
		areas: ['bedroom'],
		question: {
			en: 'Is there a phone within reach of the bed?',
			nl: 'Ligt er een telefoon binnen handbereik van het bed?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'If you fall at night or feel ill, you need to be able to call for help without getting up.',
			nl: 'Als u ’s nachts valt of zich niet goed voelt, moet u hulp kunnen bellen zonder op te staan.'
		},
		fix: {
			en: 'Keep a charged mobile phone or a cordless phone on the bedside table, with important numbers stored.',
			nl: 'Leg een opgeladen mobiele of draadloze telefoon op het nachtkastje, met de belangrijke nummers erin.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Brings help quickly after a night-time fall.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'bedroom.torch',
		areas: ['bedroom'],
		question: {
			en: 'Is there a torch within reach of the bed, in case the power fails?',
			nl: 'Ligt er een zaklamp binnen handbereik van het bed, voor als de stroom uitvalt?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'In a power cut, the house is pitch dark and the night lights are off too.',
			nl: 'Bij een stroomstoring is het aardedonker in huis, en de nachtlampjes doen het dan ook niet.'
		},
		fix: {
			en: 'Keep a torch with working batteries, or a rechargeable one, on the bedside table.',
			nl: 'Leg een zaklamp met goede batterijen, of een oplaadbare, op het nachtkastje.'
		},
		owner: 'family',
		priority: 'low',
		priorityReason: 'Rarely needed, but cheap.',
		sources: ['HSSAT', 'NIA']
	},
	{
		id: 'bedroom.glasses',
		areas: ['bedroom'],
		question: {
			en: 'Are your glasses within reach of the bed, for when you get up at night?',
			nl: 'Ligt uw bril binnen handbereik van het bed, voor als u ’s nachts opstaat?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'Walking without your glasses at night means you will not see a threshold or something on the floor.',
			nl: 'Als u ’s nachts zonder bril loopt, ziet u een drempel of iets op de vloer niet.'
		},
		fix: {
			en: 'Keep your (distance) glasses in the same place on the bedside table every night, and put them on before you get up.',
			nl: 'Leg uw bril voor veraf elke nacht op dezelfde plek op het nachtkastje, en zet hem op voordat u opstaat.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Night-time walking without glasses adds to every other hazard.',
		sources: ['leaflet']
	},
	{
		id: 'bedroom.walking-aid',
		areas: ['bedroom'],
		question: {
			en: 'Is your walking stick or walker within reach of the bed?',
			nl: 'Staat uw wandelstok of rollator binnen handbereik van het bed?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'If your walking aid is across the room, you take the first, sleepiest steps of the night without it.',
			nl: 'Als uw loophulpmiddel aan de andere kant van de kamer staat, zet u de eerste, slaperige stappen van de nacht zonder steun.'
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
