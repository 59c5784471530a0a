import type { Group, Item } from '../types';

/**
 * Bathroom: about this bathroom (a home may have several). The floor and the light are the
 * shared tick list (general.ts); the light at night is asked once for the whole home, as the
 * way from the bed to the toilet (home.ts). The bath or shower floor, the bath mat and the grab
 * rail stay single questions: they matter most.
 */
export const BATHROOM_GROUPS: Group[] = [];

export const BATHROOM_ITEMS: Item[] = [
	{
		id: 'bathroom.shower-grip',
		kind: 'hazard',
		areas: ['bathroom'],
		question: {
			en: 'Is the floor of the bath or shower non-slip, thanks to non-slip tiles, a non-slip mat or strips?',
			nl: 'Is de bodem van het bad of de douche stroef, door stroeve tegels, een antislipmat of antislipstrips?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'The floor of the bath or shower is slippery',
			nl: 'De bodem van het bad of de douche is glad'
		},
		why: {
			en: 'A wet bath and wet tiles with soap on them are very slippery, and falls in the bathroom often cause injury.',
			nl: 'Een nat bad en natte tegels met zeep erop zijn spiegelglad. Een val in de badkamer veroorzaakt vaak letsel.'
		},
		fix: {
			en: 'Put a non-slip mat with suction cups in the bath or shower, or stick non-slip strips on the floor. Lift the mat out to dry after use.',
			nl: 'Leg een antislipmat met zuignappen in het bad of de douche, of plak antislipstrips op de bodem. Haal de mat na gebruik eruit om te drogen.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; a mat costs little.',
		sources: ['leaflet', 'CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'bathroom.bath-mat',
		kind: 'hazard',
		areas: ['bathroom'],
		question: {
			en: 'Does the bath mat have a non-slip backing, so it stays put on a wet floor?',
			nl: 'Heeft de badmat een antisliponderkant, zodat hij blijft liggen op een natte vloer?'
		},
		allowNA: true,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'The bath mat has no non-slip backing',
			nl: 'De badmat heeft geen antisliponderkant'
		},
		why: {
			en: 'You step onto the bath mat with wet feet, often on one leg, and a mat that slides takes you with it.',
			nl: 'U stapt met natte voeten op de badmat, vaak op één been. Een mat die wegglijdt, neemt u mee.'
		},
		fix: {
			en: 'Replace it with a bath mat with a rubber, non-slip backing, or put a non-slip underlay beneath it.',
			nl: 'Vervang hem door een badmat met een rubberen antisliponderkant, of leg er een antisliponderkleed onder.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; the fix is cheap.',
		sources: ['leaflet', 'HSSAT']
	},
	{
		id: 'bathroom.grab-rail',
		kind: 'hazard',
		areas: ['bathroom'],
		question: {
			en: 'Is there a sturdy grab rail in the shower or beside the bath (a towel rail does not count)?',
			nl: 'Zit er een stevige handgreep in de douche of naast het bad (een handdoekrek telt niet)?'
		},
		allowNA: false,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'There is no sturdy grab rail in the shower or by the bath',
			nl: 'Er zit geen stevige handgreep in de douche of bij het bad'
		},
		why: {
			en: 'A grab rail gives a firm hold while you step in and out, turn round or wash your feet. A towel rail, the washbasin or a shower door can break off under your weight.',
			nl: 'Een handgreep geeft stevig houvast bij het in- en uitstappen, omdraaien of uw voeten wassen. Een handdoekrek, de wastafel of een douchedeur kan afbreken onder uw gewicht.'
		},
		fix: {
			en: 'Have grab rails fixed firmly into the wall where you step in and where you stand. Fit them too wherever you now hold a towel rail or the basin.',
			nl: 'Laat handgrepen stevig in de muur zetten waar u instapt en waar u staat. Zet ze ook waar u zich nu aan het handdoekrek of de wastafel vasthoudt.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Bathroom falls are more often injurious; grab rails are a proven fix.',
		sources: ['leaflet', 'CDC', 'HF', 'NIA'],
		regional: {
			nl: {
				fix: {
					en: 'Have grab rails fixed firmly into the wall where you step in and where you stand. Fit them too wherever you now hold a towel rail or the basin. A DIY store or the thuiszorgwinkel sells them.',
					nl: 'Laat handgrepen stevig in de muur zetten waar u instapt en waar u staat. Zet ze ook waar u zich nu aan het handdoekrek of de wastafel vasthoudt. U koopt ze bij de bouwmarkt of de thuiszorgwinkel.'
				}
			}
		}
	},
	{
		id: 'bathroom.step-in',
		kind: 'hazard',
		areas: ['bathroom'],
		question: {
			en: 'Can you get into and out of the bath or shower easily and safely?',
			nl: 'Kunt u makkelijk en veilig in en uit het bad of de douche stappen?'
		},
		allowNA: false,
		hazardWhen: 'no',
		finding: {
			en: 'Getting into or out of the bath or shower is hard or unsafe',
			nl: 'In of uit het bad of de douche stappen gaat moeilijk of onveilig'
		},
		why: {
			en: 'Lifting a leg over a high edge means standing on one wet foot, the moment many bathroom falls happen.',
			nl: 'Een been over een hoge rand tillen betekent op één natte voet staan. Juist dan gebeuren veel valpartijen in de badkamer.'
		},
		fix: {
			en: 'Ask an occupational therapist for advice: a bath board, a bath lift, or a walk-in shower without an edge. Ask your local council whether it helps with the cost of adaptations.',
			nl: 'Vraag een ergotherapeut om advies: een badplank, een badlift, of een inloopdouche zonder opstaande rand. Vraag bij uw gemeente of zij helpt met de kosten van aanpassingen.'
		},
		owner: 'council',
		priority: 'high',
		priorityReason: 'Getting in and out of the bath is one of the riskiest moments of the day.',
		sources: ['CDC', 'HF'],
		regional: {
			general: {
				fix: {
					en: 'Ask your local council’s adult social care team for an occupational therapy assessment. They can provide a bath board or a bath lift, and a council grant may help pay for a walk-in shower.',
					nl: 'Vraag de afdeling zorg van uw gemeente om een ergotherapeut die bij u komt kijken. Die kan zorgen voor een badplank of badlift. Een subsidie van de gemeente kan helpen bij een inloopdouche.'
				}
			},
			nl: {
				fix: {
					en: 'Ask an occupational therapist for advice: a bath board, a bath lift, or a walk-in shower without an edge. For a walk-in shower, go to the Wmo desk of your local council.',
					nl: 'Vraag een ergotherapeut om advies: een badplank, een badlift, of een inloopdouche zonder opstaande rand. Voor een inloopdouche kunt u terecht bij het Wmo-loket van uw gemeente.'
				}
			}
		}
	},
	{
		id: 'bathroom.shower-seat',
		kind: 'hazard',
		areas: ['bathroom'],
		question: {
			en: 'If there is a shower: can you sit down while you shower, on a shower chair or a fold-down seat?',
			nl: 'Als er een douche is: kunt u zitten tijdens het douchen, op een douchestoel of een klapstoeltje aan de muur?'
		},
		allowNA: true,
		hazardWhen: 'no',
		finding: {
			en: 'There is no seat to sit on while showering',
			nl: 'Er is geen zitje om op te zitten tijdens het douchen'
		},
		why: {
			en: 'Standing for a long time in warm water makes you tired and dizzy, and washing your feet standing up means balancing on one leg.',
			nl: 'Lang staan onder warm water maakt u moe en duizelig. En staand uw voeten wassen betekent balanceren op één been.'
		},
		fix: {
			en: 'Get a shower chair or have a fold-down seat fixed to the wall, with a hand-held shower head you can reach while sitting. Shops for care aids sell shower chairs.',
			nl: 'Gebruik een douchestoel of laat een klapstoeltje aan de muur zetten. Zorg voor een handdouche die u zittend kunt pakken. Winkels voor hulpmiddelen verkopen douchestoelen.'
		},
		owner: 'ot',
		priority: 'medium',
		priorityReason: 'Showering standing up is tiring and risky for people with poor balance.',
		sources: ['HSSAT', 'NIA', 'NL'],
		regional: {
			nl: {
				fix: {
					en: 'Get a shower chair or have a fold-down seat fixed to the wall, with a hand-held shower head you can reach while sitting. You can borrow a shower chair from the thuiszorgwinkel.',
					nl: 'Gebruik een douchestoel of laat een klapstoeltje aan de muur zetten. Zorg voor een handdouche die u zittend kunt pakken. Een douchestoel kunt u lenen bij de thuiszorgwinkel.'
				}
			}
		}
	}
];
