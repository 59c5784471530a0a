import type { Item } from '../types';

/** Bathroom: about this bathroom (a home may have several). */
export const BATHROOM_ITEMS: Item[] = [
	{
		id: 'bathroom.shower-floor',
		areas: ['bathroom'],
		question: {
			en: 'Is the floor of the bath or shower non-slip, with a non-slip mat or strips?',
			nl: 'Is de bodem van het bad of de douche stroef, met een antislipmat of antislipstrips?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Wet enamel and tiles with soap on them are extremely slippery, and bathroom falls often cause injury.',
			nl: 'Nat email en tegels met zeep erop zijn spiegelglad, en een val in de badkamer veroorzaakt vaak letsel.'
		},
		fix: {
			en: 'Put a non-slip mat with suction cups or self-adhesive non-slip strips on the floor of the bath or shower.',
			nl: 'Leg een antislipmat met zuignappen in het bad of de douche, of plak antislipstrips op de bodem.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; a mat costs little.',
		sources: ['leaflet', 'CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'bathroom.bath-mat',
		areas: ['bathroom'],
		question: {
			en: 'Does the bath mat have a non-slip backing, so it stays put on a wet floor?',
			nl: 'Heeft de badmat een antisliponderkant, zodat hij blijft liggen op een natte vloer?'
		},
		hazardWhen: 'no',
		allowNA: true,
		why: {
			en: 'You step onto the bath mat with wet feet, often on one leg, and a mat that slides takes you with it.',
			nl: 'U stapt met natte voeten op de badmat, vaak op één been, en een mat die wegglijdt neemt u mee.'
		},
		fix: {
			en: 'Replace it with a bath mat with a rubber, non-slip backing, or put a non-slip underlay beneath it.',
			nl: 'Vervang hem door een badmat met een rubberen antislipondergrond, of leg er een antisliponderkleed onder.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; the fix is cheap.',
		sources: ['leaflet', 'HSSAT']
	},
	{
		id: 'bathroom.grab-rail',
		areas: ['bathroom'],
		question: {
			en: 'Is there a sturdy grab rail in the shower or beside the bath?',
			nl: 'Zit er een stevige handgreep in de douche of naast het bad?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'A grab rail gives a firm hold while you step in and out, turn around or wash your feet.',
			nl: 'Een handgreep geeft stevig houvast bij het in- en uitstappen, omdraaien of uw voeten wassen.'
		},
		fix: {
			en: 'Have a grab rail fixed into the wall by the bath or in the shower, where you step in and where you stand. Ask the landlord or the council (Wmo) about the costs.',
			nl: 'Laat een handgreep stevig in de muur vastzetten bij het bad of in de douche, waar u instapt en waar u staat. Vraag de verhuurder of de gemeente (Wmo) naar de kosten.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; grab rails are a proven fix.',
		sources: ['leaflet', 'CDC', 'HF', 'NIA']
	},
	{
		id: 'bathroom.towel-rail',
		areas: ['bathroom'],
		question: {
			en: 'Do you hold on to a towel rail, the washbasin or the shower door for support?',
			nl: 'Houdt u zich voor steun vast aan een handdoekrek, de wastafel of de douchedeur?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		why: {
			en: 'Towel rails, washbasins and shower doors are not made to hold your weight and can break off.',
			nl: 'Handdoekrekken, wastafels en douchedeuren zijn niet gemaakt om uw gewicht te dragen en kunnen afbreken.'
		},
		fix: {
			en: 'Have proper grab rails fitted where you now grab the towel rail or basin, and use those instead.',
			nl: 'Laat echte handgrepen plaatsen op de plekken waar u zich nu aan het handdoekrek of de wastafel vasthoudt, en gebruik die.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'A support that breaks off causes a sudden fall in a hard, wet room.',
		sources: ['CDC']
	},
	{
		id: 'bathroom.step-in',
		areas: ['bathroom'],
		question: {
			en: 'Can you get into and out of the bath or shower easily and safely?',
			nl: 'Kunt u makkelijk en veilig in en uit het bad of de douche stappen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Lifting a leg over a high edge means standing on one wet foot, the moment many bathroom falls happen.',
			nl: 'Een been over een hoge rand tillen betekent op één natte voet staan, en juist dan gebeuren veel valpartijen in de badkamer.'
		},
		fix: {
			en: 'Ask an occupational therapist for advice: a bath board, a bath lift, or a walk-in shower without an edge. The council (Wmo) may help with the costs.',
			nl: 'Vraag een ergotherapeut om advies: een badplank, een badlift, of een inloopdouche zonder opstaande rand. De gemeente (Wmo) kan helpen met de kosten.'
		},
		owner: 'ot',
		priority: 'high',
		priorityReason: 'Getting in and out of the bath is one of the riskiest moments of the day.',
		sources: ['CDC', 'HF']
	},
	{
		id: 'bathroom.shower-seat',
		areas: ['bathroom'],
		question: {
			en: 'Can you sit down while you shower, on a shower chair or a fold-down seat?',
			nl: 'Kunt u zitten tijdens het douchen, op een douchestoel of een opklapbaar douchezitje?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Standing for a long time in warm water makes you tired and dizzy, and washing your feet standing up means balancing on one leg.',
			nl: 'Lang staan onder warm water maakt u moe en duizelig, en staand uw voeten wassen betekent balanceren op één been.'
		},
		fix: {
			en: 'Get a shower chair or have a fold-down seat fixed to the wall, with a hand-held shower head you can reach while sitting. You can borrow a shower chair from a medical supplies shop (thuiszorgwinkel).',
			nl: 'Gebruik een douchestoel of laat een opklapbaar douchezitje aan de muur zetten, met een handdouche die u zittend kunt pakken. Een douchestoel kunt u lenen bij de thuiszorgwinkel.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Showering standing up is tiring and risky for people with poor balance.',
		sources: ['HSSAT', 'NIA', 'NL']
	},
	{
		id: 'bathroom.floor-dry',
		areas: ['bathroom'],
		question: {
			en: 'Does the floor around the bath or shower stay dry, without puddles or leaks?',
			nl: 'Blijft de vloer rond het bad of de douche droog, zonder plassen of lekkages?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'Water on a tiled floor is hard to see and makes it as slippery as ice.',
			nl: 'Water op een tegelvloer ziet u slecht en maakt hem zo glad als ijs.'
		},
		fix: {
			en: 'Use a shower curtain or screen that keeps the water in, have leaks repaired, and dry the floor straight after washing with a squeegee on a long handle.',
			nl: 'Gebruik een douchegordijn of douchewand die het water binnenhoudt, laat lekkages repareren, en trek de vloer na het wassen meteen droog met een trekker aan een lange steel.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Wet floors cause slips in a room where falls often injure.',
		sources: ['HSSAT', 'leaflet']
	},
	{
		id: 'bathroom.night-light',
		areas: ['bathroom'],
		question: {
			en: 'Is there light in the bathroom at night, such as a night light or a lamp with a motion sensor?',
			nl: 'Is er ’s nachts licht in de badkamer, zoals een nachtlampje of een lamp met bewegingsmelder?'
		},
		hazardWhen: 'no',
		allowNA: false,
		why: {
			en: 'At night you come in sleepy and your eyes need time to adjust to the dark or to a bright light.',
			nl: '’s Nachts komt u slaperig binnen, en uw ogen hebben tijd nodig om te wennen aan het donker of aan fel licht.'
		},
		fix: {
			en: 'Plug in a night light, or fit a lamp with a motion sensor that gives soft light.',
			nl: 'Zet een nachtlampje in het stopcontact, of laat een lamp met bewegingsmelder ophangen die zacht licht geeft.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason: 'Night-time visits are common; a night light is cheap.',
		sources: ['NIA']
	}
];
