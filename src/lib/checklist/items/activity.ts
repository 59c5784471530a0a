import type { AskWhen, Group, Item } from '../types';

/**
 * Balance and exercise: the walking aid, daily activity, strength and balance, and a
 * fall-prevention programme for those whom the three key questions point to. Questions 2
 * (walking aid) and 6 (hands to stand up) of the 12-question test are shown here too; the
 * walking-aid follow-ups are asked after a yes to question 2.
 */

const WALKING_AID: AskWhen = { item: 'balance.walking-aid', answer: 'yes' };

export const ACTIVITY_GROUPS: Group[] = [
	{
		id: 'activity.habits',
		prompt: {
			en: 'Tick what is true for you:',
			nl: 'Vink aan wat voor u geldt:'
		},
		hint: {
			en: 'Leave unticked what does not apply.',
			nl: 'Laat leeg wat niet klopt.'
		}
	}
];

export const ACTIVITY_ITEMS: Item[] = [
	{
		id: 'balance.aid-condition',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Is your walking aid in good repair and set at the right height?',
			nl: 'Is uw loophulpmiddel in goede staat, en staat het op de goede hoogte?'
		},
		hazardWhen: 'no',
		allowNA: true,
		askWhen: WALKING_AID,
		finding: {
			en: 'The walking aid is worn or at the wrong height',
			nl: 'Het loophulpmiddel is versleten of staat op de verkeerde hoogte'
		},
		why: {
			en: 'A worn rubber tip slips, weak brakes let a rollator roll away, and the wrong height makes you lean.',
			nl: 'Een versleten dop glijdt weg, slechte remmen laten een rollator wegrollen, en de verkeerde hoogte laat u scheef lopen.'
		},
		fix: {
			en: 'Ask the physiotherapist to set the height: the handle at wrist height with your arms hanging down. Replace worn tips and have the brakes checked.',
			nl: 'Vraag de fysiotherapeut de hoogte in te stellen: het handvat op polshoogte als uw armen naast uw lichaam hangen. Vervang versleten doppen en laat de remmen nakijken.'
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'A faulty walking aid fails the person who relies on it.',
		sources: ['NL']
	},
	{
		id: 'balance.aid-indoors',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Do you use your walking aid every time you need it, indoors too?',
			nl: 'Gebruikt u uw loophulpmiddel elke keer dat u het nodig heeft, ook binnen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: WALKING_AID,
		finding: {
			en: 'Does not always use the walking aid, indoors too',
			nl: 'Gebruikt het loophulpmiddel niet altijd, ook binnen niet'
		},
		why: {
			en: 'Many falls happen on short walks at home, just when the walking aid is left in the hall.',
			nl: 'Veel valpartijen gebeuren bij korte stukjes lopen in huis, net als het loophulpmiddel in de gang staat.'
		},
		fix: {
			en: 'Keep the walking aid within reach, at night too. If one was advised, start using it. An occupational therapist can advise on a second aid for upstairs or a narrow rollator for indoors.',
			nl: 'Houd het loophulpmiddel binnen handbereik, ook ’s nachts. Is het u aangeraden, ga het dan ook gebruiken. Een ergotherapeut kan adviseren over een tweede hulpmiddel voor boven, of een smalle rollator voor binnen.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'An aid only helps when it is used.',
		sources: ['SI', 'NL']
	},
	{
		id: 'exercise.daily-30',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Are you physically active for at least 30 minutes a day (six times 5 minutes counts too)?',
			nl: 'Bent u elke dag minstens 30 minuten lichamelijk actief (zes keer 5 minuten telt ook)?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Active for less than 30 minutes a day',
			nl: 'Is minder dan 30 minuten per dag actief'
		},
		why: {
			en: 'Moving every day keeps your muscles, balance and bones stronger. It is about doing it regularly, not about top performance.',
			nl: 'Elke dag bewegen houdt uw spieren, evenwicht en botten sterker. Het gaat om regelmaat, niet om topprestaties.'
		},
		fix: {
			en: 'Build up to half an hour a day: a walk, housework, gardening, cycling. Short bits of 5 or 10 minutes count. If you are unsure what you can do, ask a physiotherapist.',
			nl: 'Bouw op naar een half uur per dag: wandelen, huishouden, tuinieren, fietsen. Korte stukjes van 5 of 10 minuten tellen mee. Twijfelt u wat u kunt, vraag het dan een fysiotherapeut.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason:
			'Too little exercise weakens muscles, balance and bones; the gain builds slowly.',
		sources: ['leaflet', 'WFG', 'NL']
	},
	{
		id: 'exercise.strength-balance',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Do you do exercises for strength and balance at least twice a week?',
			nl: 'Doet u minstens twee keer per week oefeningen voor kracht en evenwicht?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'No strength and balance exercise twice a week',
			nl: 'Doet geen twee keer per week oefeningen voor kracht en evenwicht'
		},
		why: {
			en: 'Exercises for strength and balance are the best-proven way to prevent falls: they cut falls by about a quarter.',
			nl: 'Oefeningen voor kracht en evenwicht zijn de best bewezen manier om vallen te voorkomen. Ze verminderen het aantal valpartijen met ongeveer een kwart.'
		},
		fix: {
			en: 'Join a strength-and-balance group for older people, or ask a physiotherapist for exercises to do at home. Build up slowly, and keep going: the effect lasts only while you exercise.',
			nl: 'Doe mee met een beweeggroep voor ouderen, of vraag een fysiotherapeut om oefeningen voor thuis. Bouw rustig op en blijf oefenen: het effect blijft alleen zolang u doorgaat.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Join a strength-and-balance group for older people, such as In Balans, or ask a physiotherapist for exercises to do at home. Build up slowly, and keep going: the effect lasts only while you exercise.',
					nl: 'Doe mee met een beweeggroep voor ouderen, zoals In Balans, of vraag een fysiotherapeut om oefeningen voor thuis. Bouw rustig op en blijf oefenen: het effect blijft alleen zolang u doorgaat.'
				}
			}
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Exercise programmes cut the rate of falls by about 23% (Cochrane 2019).',
		sources: ['leaflet', 'WFG', 'NL']
	},
	{
		id: 'exercise.weight-bearing',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Do you regularly do activities in which your legs carry your weight, such as walking, dancing or gardening?',
			nl: 'Doet u regelmatig iets waarbij uw benen uw gewicht dragen, zoals wandelen, dansen of tuinieren?'
		},
		hazardWhen: 'no',
		allowNA: false,
		finding: {
			en: 'Seldom does activities in which the legs carry the body’s weight',
			nl: 'Doet weinig waarbij de benen het lichaamsgewicht dragen'
		},
		why: {
			en: 'When your legs carry your weight, your bones lose less strength. Walking, tennis, dancing and gardening help more than cycling or swimming. The effect builds slowly, over about a year.',
			nl: 'Als uw benen uw gewicht dragen, verliezen uw botten minder stevigheid. Wandelen, tennissen, dansen en tuinieren helpen meer dan fietsen of zwemmen. Het effect komt langzaam, in ongeveer een jaar.'
		},
		fix: {
			en: 'Walk every day if you can, and choose activities on your feet. A physiotherapist can tell you what is safe for your bones.',
			nl: 'Wandel elke dag als het kan, en kies activiteiten waarbij u staat of loopt. Een fysiotherapeut kan vertellen wat veilig is voor uw botten.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Weight-bearing activity slows bone loss, which matters once a fall happens.',
		sources: ['leaflet']
	},
	{
		id: 'exercise.fear-avoid',
		kind: 'hazard',
		areas: ['activity'],
		group: 'activity.habits',
		option: {
			en: 'You avoid going out or walking for fear of falling or of pain',
			nl: 'U gaat minder naar buiten of wandelt minder, uit angst om te vallen of voor pijn'
		},
		question: {
			en: 'Do you avoid activities, such as going outside or walking, because you are afraid of falling or of pain?',
			nl: 'Vermijdt u dingen zoals wandelen of naar buiten gaan, omdat u bang bent te vallen of pijn te krijgen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Avoids going out or walking for fear of falling or pain',
			nl: 'Gaat minder naar buiten of wandelt minder uit angst voor vallen of pijn'
		},
		why: {
			en: 'Moving less because of fear or pain makes you weaker and less steady, so the risk of falling grows.',
			nl: 'Door angst of pijn minder bewegen maakt u zwakker en onzekerder. Daardoor wordt de kans om te vallen juist groter.'
		},
		fix: {
			en: 'Ask a physiotherapist for guided exercise, so you learn what your body can handle and feel safer. Ask your GP about pain relief.',
			nl: 'Vraag een fysiotherapeut om begeleiding bij het bewegen. Zo leert u wat uw lichaam aankan, en voelt u zich zekerder. Vraag uw huisarts naar pijnbestrijding.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Ask a physiotherapist for guided exercise, so you learn what your body can handle and feel safer. For fear of falling there is also Zicht op Evenwicht, in a group or at home. Ask your GP about pain relief.',
					nl: 'Vraag een fysiotherapeut om begeleiding bij het bewegen. Zo leert u wat uw lichaam aankan, en voelt u zich zekerder. Bij angst om te vallen is er ook Zicht op Evenwicht, in een groep of thuis. Vraag uw huisarts naar pijnbestrijding.'
				}
			}
		},
		owner: 'physio',
		priority: 'medium',
		priorityReason: 'Fear-driven inactivity leads to weakness and more falls.',
		sources: ['leaflet', 'WFG', 'NL']
	},
	{
		id: 'exercise.sitting',
		kind: 'hazard',
		areas: ['activity'],
		group: 'activity.habits',
		option: {
			en: 'You sit still for most of the day',
			nl: 'U zit het grootste deel van de dag stil'
		},
		question: {
			en: 'Do you sit still for most of the day?',
			nl: 'Zit u het grootste deel van de dag stil?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Sits still for most of the day',
			nl: 'Zit het grootste deel van de dag stil'
		},
		why: {
			en: 'Long hours of sitting weaken your legs, even if you also exercise now and then.',
			nl: 'Urenlang zitten maakt uw benen zwakker, ook als u af en toe wel beweegt.'
		},
		fix: {
			en: 'Get up and walk around for a few minutes every half hour, for example during the adverts on TV.',
			nl: 'Sta elk half uur op en loop een paar minuten rond, bijvoorbeeld tijdens de reclame op tv.'
		},
		owner: 'self',
		priority: 'low',
		priorityReason: 'A gradual effect, but a free and easy habit.',
		sources: ['WFG', 'NL']
	},
	{
		id: 'activity.dog-pull',
		kind: 'hazard',
		areas: ['activity'],
		group: 'activity.habits',
		option: {
			en: 'You walk a dog that pulls on its lead',
			nl: 'U laat een hond uit die aan de lijn trekt'
		},
		question: {
			en: 'Do you walk a dog that pulls on its lead?',
			nl: 'Laat u een hond uit die aan de lijn trekt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Walks a dog that pulls on its lead',
			nl: 'Laat een hond uit die aan de lijn trekt'
		},
		why: {
			en: 'A sudden pull on the lead can throw you off balance, and falls while walking a dog often end in a broken wrist or hip.',
			nl: 'Een plotselinge ruk aan de lijn kan u uit evenwicht brengen. Een val tijdens het uitlaten eindigt vaak in een gebroken pols of heup.'
		},
		fix: {
			en: 'Use a short lead and a harness, and never wind the lead round your wrist. Ask a dog trainer to teach the dog not to pull, and let someone else walk it on icy days.',
			nl: 'Gebruik een korte lijn en een tuigje, en wikkel de lijn nooit om uw pols. Vraag een hondentrainer om de hond te leren niet te trekken. Laat iemand anders de hond uitlaten als het glad is.'
		},
		owner: 'self',
		priority: 'medium',
		priorityReason: 'Dog-walking falls are common in older people and often cause fractures.',
		sources: ['HF']
	},
	{
		id: 'activity.bike-hard',
		kind: 'hazard',
		areas: ['activity'],
		group: 'activity.habits',
		option: {
			en: 'You find it hard to get on or off your bike or e-bike, or to stop safely',
			nl: 'U vindt op- of afstappen of veilig stoppen met uw fiets of e-bike lastig'
		},
		question: {
			en: 'Do you find it hard to get on or off your bike or e-bike, or to stop safely?',
			nl: 'Vindt u op- of afstappen of veilig stoppen met uw fiets of e-bike lastig?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Finds getting on, off or stopping a bike or e-bike hard',
			nl: 'Vindt op- of afstappen of stoppen met de fiets of e-bike lastig'
		},
		why: {
			en: 'Many bicycle falls of older people happen while getting on, getting off or stopping, and an e-bike is heavier and faster.',
			nl: 'Veel fietsvallen van ouderen gebeuren bij het op- en afstappen en bij het stoppen. Een e-bike is ook zwaarder en sneller.'
		},
		fix: {
			en: 'Choose a bike with a low step-through frame, and a saddle from which both feet reach the ground. Take a cycling or e-bike course for older people, and wear a helmet.',
			nl: 'Kies een fiets met een lage instap, en een zadel waarop u met beide voeten bij de grond kunt. Volg een fiets- of e-bikecursus voor ouderen, en draag een fietshelm.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Choose a bike with a low step-through frame, and a saddle from which both feet reach the ground. Ask your council about a cycling course for older people (Doortrappen), and wear a helmet.',
					nl: 'Kies een fiets met een lage instap, en een zadel waarop u met beide voeten bij de grond kunt. Vraag uw gemeente naar een fietscursus voor ouderen (Doortrappen), en draag een fietshelm.'
				}
			}
		},
		owner: 'self',
		priority: 'medium',
		priorityReason:
			'Cycling falls, on e-bikes more and more, are a large share of older people’s injuries in the Netherlands.',
		sources: ['NL']
	},
	{
		id: 'exercise.fall-programme',
		kind: 'hazard',
		areas: ['activity'],
		question: {
			en: 'Have you taken part in a fall-prevention exercise programme in the past two years?',
			nl: 'Heeft u de afgelopen twee jaar meegedaan aan een valpreventief beweegprogramma?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: {
			any: [
				{ item: 'balance.fallen', answer: 'yes' },
				{ item: 'balance.unsteady', answer: 'yes' },
				{ item: 'balance.worried', answer: 'yes' }
			]
		},
		finding: {
			en: 'Has not joined a fall-prevention exercise programme',
			nl: 'Heeft niet meegedaan aan een valpreventief beweegprogramma'
		},
		why: {
			en: 'You fell, feel unsteady or worry about falling. A programme that trains strength and balance step by step cuts falls by about a quarter and makes you surer on your feet.',
			nl: 'U viel, voelt zich wankel of maakt zich zorgen over vallen. Een programma dat stap voor stap kracht en evenwicht traint, vermindert vallen met ongeveer een kwart. U voelt zich er ook zekerder door.'
		},
		fix: {
			en: 'Ask your GP or a physiotherapist about a fall-prevention exercise programme near you, in a group or at home.',
			nl: 'Vraag uw huisarts of een fysiotherapeut naar een valpreventief beweegprogramma bij u in de buurt, in een groep of thuis.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Ask your GP or physiotherapist about a fall-prevention programme such as In Balans or Otago. After a fall-risk assessment the GP can refer you. For people of 65 or over with a high fall risk, basic health insurance pays one programme every 12 months; the eigen risico applies. If worry about falling is the main problem, ask about Zicht op Evenwicht.',
					nl: 'Vraag uw huisarts of fysiotherapeut naar een valpreventief beweegprogramma, zoals In Balans of Otago. Na een valanalyse kan de huisarts u verwijzen. Bent u 65 of ouder met een hoog valrisico, dan betaalt de basisverzekering één programma per 12 maanden. Het eigen risico geldt. Maakt u zich vooral zorgen over vallen, vraag dan naar Zicht op Evenwicht.'
				}
			},
			general: {
				fix: {
					en: 'Ask your GP about a strength-and-balance programme near you, or ask to be referred to the local NHS falls service. Many areas run strength-and-balance classes for older people.',
					nl: 'Vraag uw huisarts naar een programma voor kracht en evenwicht bij u in de buurt. Of vraag om een verwijzing naar de valpreventiedienst van de NHS. Op veel plaatsen zijn er beweeggroepen voor kracht en evenwicht voor ouderen.'
				}
			}
		},
		owner: 'physio',
		priority: 'high',
		priorityReason:
			'Asked only when a key question is yes (raised risk): then the programme is the main intervention (WFG).',
		sources: ['leaflet', 'WFG', 'NL']
	}
];
