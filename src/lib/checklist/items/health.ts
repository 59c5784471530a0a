import type { AskWhen, Group, Item } from '../types';

/**
 * Health and daily life: dizziness, conditions that raise the chance of a fall (among them
 * memory problems, the cognition of the Dutch 2017 guideline's minimum set), a recent illness,
 * the toilet at night, and living alone with a way to call for help. Questions 8 (rushing to the
 * toilet) and 12 (feeling sad) of the 12-question test are shown here too.
 */

const LIVES_ALONE: AskWhen = { item: 'health.lives-alone', answer: 'yes' };

export const HEALTH_GROUPS: Group[] = [
	{
		id: 'health.conditions',
		prompt: {
			en: 'Tick the conditions you have:',
			nl: 'Vink aan welke aandoeningen u heeft:'
		},
		hint: {
			en: 'Those a doctor has told you about, or that you or the people around you notice.',
			nl: 'Wat een arts u heeft verteld, of wat uzelf of de mensen om u heen merken.'
		}
	},
	{
		id: 'health.recent',
		prompt: {
			en: 'Tick what happened in the past 3 months:',
			nl: 'Vink aan wat er de afgelopen 3 maanden gebeurde:'
		},
		hint: {
			en: 'Leave unticked what did not happen.',
			nl: 'Laat leeg wat niet gebeurde.'
		}
	}
];

export const HEALTH_ITEMS: Item[] = [
	{
		id: 'balance.dizzy-standing',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'Do you feel dizzy or light-headed when you stand up?',
			nl: 'Wordt u duizelig of licht in het hoofd als u opstaat?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Feels dizzy or light-headed on standing up',
			nl: 'Wordt duizelig of licht in het hoofd bij het opstaan'
		},
		why: {
			en: 'A drop in blood pressure when you stand up is a common cause of falls, and it can often be treated.',
			nl: 'Als uw bloeddruk zakt bij het opstaan, kunt u vallen. Dat komt veel voor en is vaak te behandelen.'
		},
		fix: {
			en: 'Stand up slowly: sit on the edge of the bed or chair for a moment first, then stand and wait before you walk. Ask your GP to measure your blood pressure lying down and standing up.',
			nl: 'Sta rustig op. Ga eerst even op de rand van het bed of de stoel zitten. Sta dan op en wacht even voordat u loopt. Vraag uw huisarts uw bloeddruk liggend en staand te meten.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Dizziness on standing is a common, treatable cause of falls.',
		sources: ['WFG', 'NIA', 'NL']
	},
	{
		id: 'health.spinning',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'Does everything sometimes spin when you turn over in bed, lie down or look up?',
			nl: 'Draait alles soms om u heen als u zich omdraait in bed, gaat liggen of omhoogkijkt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Everything spins when turning in bed, lying down or looking up',
			nl: 'Alles draait bij omdraaien in bed, gaan liggen of omhoogkijken'
		},
		why: {
			en: 'This is often a harmless problem of the inner ear (BPPV). It upsets your balance, but a few simple head movements often cure it.',
			nl: 'Dit is vaak een onschuldig probleem van het evenwichtsorgaan in het oor (BPPD). Het verstoort uw evenwicht, maar een paar eenvoudige hoofdbewegingen helpen vaak.'
		},
		fix: {
			en: 'Tell your GP: the GP or a physiotherapist can do the head movements that often cure it in one visit. Until then, sit up slowly and wait before you stand.',
			nl: 'Vertel het uw huisarts. De huisarts of een fysiotherapeut kan de hoofdbewegingen doen die het vaak in één keer verhelpen. Kom tot die tijd rustig overeind en wacht even voordat u gaat staan.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason: 'Common in older people, upsets balance, and is often cured quickly.',
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.parkinson',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: { en: 'Parkinson’s disease', nl: 'De ziekte van Parkinson' },
		question: {
			en: 'Do you have Parkinson’s disease?',
			nl: 'Heeft u de ziekte van Parkinson?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Has Parkinson’s disease', nl: 'Heeft de ziekte van Parkinson' },
		why: {
			en: 'Parkinson’s disease affects walking and balance, and raises the chance of a fall a lot.',
			nl: 'De ziekte van Parkinson maakt lopen en evenwicht moeilijker. De kans dat u valt, is daardoor veel groter.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.stroke',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: { en: 'A stroke in the past', nl: 'Een beroerte (CVA) gehad' },
		question: {
			en: 'Have you had a stroke?',
			nl: 'Heeft u een beroerte (CVA) gehad?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Has had a stroke', nl: 'Heeft een beroerte gehad' },
		why: {
			en: 'After a stroke, strength, feeling or balance on one side is often less, which raises the chance of a fall.',
			nl: 'Na een beroerte zijn kracht, gevoel of evenwicht aan één kant vaak minder. Daardoor valt u sneller.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.arthritis',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: {
			en: 'Arthritis, or pain in your hips, knees or back that makes walking harder',
			nl: 'Artrose of reuma, of pijn in heupen, knieën of rug die het lopen moeilijker maakt'
		},
		question: {
			en: 'Do you have arthritis, or pain in your hips, knees or back that makes walking harder?',
			nl: 'Heeft u artrose of reuma, of pijn in heupen, knieën of rug die het lopen moeilijker maakt?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Has arthritis or pain that makes walking harder',
			nl: 'Heeft artrose, reuma of pijn die het lopen moeilijker maakt'
		},
		why: {
			en: 'Painful, stiff joints change the way you walk and make you less steady.',
			nl: 'Met pijnlijke, stijve gewrichten loopt u anders en staat u minder stevig.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.heart',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: {
			en: 'A heart condition, such as an irregular heartbeat or heart failure',
			nl: 'Een hartaandoening, zoals een onregelmatige hartslag of hartfalen'
		},
		question: {
			en: 'Do you have a heart condition, such as an irregular heartbeat or heart failure?',
			nl: 'Heeft u een hartaandoening, zoals een onregelmatige hartslag of hartfalen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Has a heart condition', nl: 'Heeft een hartaandoening' },
		why: {
			en: 'Some heart conditions, and their medicines, can make you dizzy or faint.',
			nl: 'Sommige hartaandoeningen, en de medicijnen ervoor, kunnen u duizelig maken of laten flauwvallen.'
		},
		sources: ['WFG']
	},
	{
		id: 'health.diabetes',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: { en: 'Diabetes', nl: 'Diabetes (suikerziekte)' },
		question: {
			en: 'Do you have diabetes?',
			nl: 'Heeft u diabetes (suikerziekte)?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: { en: 'Has diabetes', nl: 'Heeft diabetes' },
		why: {
			en: 'Diabetes can dull the feeling in your feet, harm your eyes, and with some medicines cause low blood sugar.',
			nl: 'Diabetes kan het gevoel in uw voeten en uw ogen aantasten. Met sommige medicijnen kan uw bloedsuiker te laag worden.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.memory',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.conditions',
		option: {
			en: 'Memory problems or dementia',
			nl: 'Geheugenproblemen of dementie'
		},
		question: {
			en: 'Do you have memory problems or dementia?',
			nl: 'Heeft u geheugenproblemen of dementie?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Has memory problems or dementia',
			nl: 'Heeft geheugenproblemen of dementie'
		},
		why: {
			en: 'Memory problems make it harder to notice danger and to remember advice, and they double the chance of a fall.',
			nl: 'Met geheugenproblemen ziet u gevaar minder snel en onthoudt u adviezen minder goed. De kans dat u valt, is ongeveer twee keer zo groot.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.hospital',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.recent',
		option: { en: 'A stay in hospital', nl: 'Een opname in het ziekenhuis' },
		question: {
			en: 'Have you stayed in hospital in the past 3 months?',
			nl: 'Bent u de afgelopen 3 maanden in het ziekenhuis opgenomen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Stayed in hospital in the past 3 months',
			nl: 'Was de afgelopen 3 maanden in het ziekenhuis opgenomen'
		},
		why: {
			en: 'After a hospital stay, muscles are weaker and medicines often change, so the chance of a fall is higher for weeks.',
			nl: 'Na een ziekenhuisopname zijn de spieren zwakker en zijn medicijnen vaak veranderd. Daardoor is de kans op vallen wekenlang groter.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.ill',
		kind: 'risk-factor',
		areas: ['health'],
		group: 'health.recent',
		option: {
			en: 'An illness that kept you in bed or indoors for several days',
			nl: 'Een ziekte waardoor u een paar dagen in bed of binnen bleef'
		},
		question: {
			en: 'In the past 3 months, has an illness kept you in bed or indoors for several days?',
			nl: 'Bent u de afgelopen 3 maanden door ziekte een paar dagen in bed of binnen gebleven?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Was ill in bed or indoors for days in the past 3 months',
			nl: 'Was de afgelopen 3 maanden dagen ziek in bed of binnen'
		},
		why: {
			en: 'A few days in bed weaken the legs, and the first days up again are a common time to fall.',
			nl: 'Een paar dagen in bed maken de benen zwakker. De eerste dagen daarna valt u makkelijker.'
		},
		sources: ['WFG']
	},
	{
		id: 'health.confused',
		kind: 'hazard',
		areas: ['health'],
		group: 'health.recent',
		option: {
			en: 'In recent days: suddenly confused or drowsy, more than usual',
			nl: 'De laatste dagen: plotseling verward of suf, meer dan normaal'
		},
		question: {
			en: 'In recent days, have you been suddenly more confused or drowsy than usual?',
			nl: 'Bent u de laatste dagen plotseling verwarder of suffer dan normaal?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Suddenly more confused or drowsy than usual',
			nl: 'Is plotseling verwarder of suffer dan normaal'
		},
		why: {
			en: 'Sudden confusion (delirium) often has a cause that needs treatment, such as an infection or a medicine. It also makes a fall much more likely.',
			nl: 'Plotselinge verwardheid (delier) heeft vaak een oorzaak die behandeld moet worden, zoals een infectie of een medicijn. Ook de kans op vallen is dan veel groter.'
		},
		fix: {
			en: 'Call the GP today and say that the confusion came on suddenly. Until the GP has seen you, make sure someone stays close, also at night.',
			nl: 'Bel vandaag de huisarts en zeg dat de verwardheid plotseling begon. Zorg dat er iemand in de buurt blijft tot de huisarts is geweest, ook ’s nachts.'
		},
		owner: 'gp',
		priority: 'high',
		priorityReason: 'Sudden confusion needs a doctor the same day and sharply raises fall risk.',
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.night-toilet',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'Do you get up 2 or more times a night to pass urine?',
			nl: 'Staat u ’s nachts 2 keer of vaker op om te plassen?'
		},
		hazardWhen: 'yes',
		allowNA: false,
		finding: {
			en: 'Gets up 2 or more times a night to pass urine',
			nl: 'Staat ’s nachts 2 keer of vaker op om te plassen'
		},
		why: {
			en: 'Each trip at night means getting up sleepy, perhaps dizzy, in the dark, and often in a hurry.',
			nl: 'Elke keer dat u ’s nachts opstaat, bent u slaperig en soms duizelig. U loopt in het donker, en vaak met haast.'
		},
		fix: {
			en: 'Tell your GP: the cause, such as the bladder, the prostate or a water tablet taken late in the day, can often be treated. Keep the way to the toilet lit, and sit on the edge of the bed for a moment before you stand.',
			nl: 'Vertel het uw huisarts. De oorzaak is vaak te behandelen. Denk aan de blaas, de prostaat of een plastablet die u laat op de dag neemt. Zorg dat de weg naar het toilet verlicht is. Ga even op de rand van het bed zitten voordat u opstaat.'
		},
		owner: 'gp',
		priority: 'medium',
		priorityReason:
			'Night-time toilet trips are a frequent moment of falls, and the cause is often treatable.',
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.continence-aids',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'Has a GP or nurse talked with you about aids, such as pads, a urine bottle or a commode by the bed?',
			nl: 'Heeft een huisarts of verpleegkundige met u gesproken over hulpmiddelen, zoals incontinentiemateriaal, een urinaal of een postoel naast het bed?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: {
			any: [
				{ item: 'balance.toilet-rush', answer: 'yes' },
				{ item: 'health.night-toilet', answer: 'yes' }
			]
		},
		finding: {
			en: 'Continence aids have not been discussed yet',
			nl: 'Hulpmiddelen bij plassen zijn nog niet besproken'
		},
		why: {
			en: 'Pads, a urine bottle or a commode by the bed take away the rush to the toilet, at night above all.',
			nl: 'Incontinentiemateriaal, een urinaal of een postoel naast het bed halen de haast weg, vooral ’s nachts.'
		},
		fix: {
			en: 'Ask your GP or home-care nurse which continence aids suit you, and how to get them. A commode or urine bottle by the bed saves the walk at night.',
			nl: 'Vraag uw huisarts of wijkverpleegkundige welke hulpmiddelen bij u passen, en hoe u ze krijgt. Met een postoel of urinaal naast het bed hoeft u ’s nachts niet te lopen.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Ask your GP or home-care nurse which continence aids suit you. With a prescription, basic health insurance usually pays for continence pads; the eigen risico applies. You can borrow a commode from a thuiszorgwinkel.',
					nl: 'Vraag uw huisarts of wijkverpleegkundige welke hulpmiddelen bij u passen. Met een voorschrift betaalt de basisverzekering meestal incontinentiemateriaal; het eigen risico geldt. Een postoel kunt u lenen bij de thuiszorgwinkel.'
				}
			}
		},
		owner: 'nurse',
		priority: 'medium',
		priorityReason: 'Aids take away the rush at night, a frequent moment of falls.',
		sources: ['NL']
	},
	{
		id: 'health.lives-alone',
		kind: 'context',
		areas: ['health'],
		question: {
			en: 'Do you live alone?',
			nl: 'Woont u alleen?'
		},
		allowNA: false,
		why: {
			en: 'Someone who lives alone needs a sure way to call for help after a fall, and someone who notices when something is wrong.',
			nl: 'Wie alleen woont, heeft na een val een zekere manier nodig om hulp te roepen. En iemand die merkt als er iets mis is.'
		},
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.daily-contact',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'Is there someone who sees you or calls you every day?',
			nl: 'Is er iemand die u elke dag ziet of belt?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: LIVES_ALONE,
		finding: {
			en: 'Lives alone without daily contact with anyone',
			nl: 'Woont alleen en heeft niet elke dag contact met iemand'
		},
		why: {
			en: 'After a fall, someone who lives alone may lie on the floor until the next visit. Daily contact keeps that wait short.',
			nl: 'Wie alleen woont, ligt na een val soms op de grond tot er iemand langskomt. Elke dag contact houdt dat wachten kort.'
		},
		fix: {
			en: 'Agree a daily call or visit at a fixed time with family, a neighbour or a friend, and what they do if you do not answer. Ask about a daily phone round or visiting volunteers in your area.',
			nl: 'Spreek met familie, een buur of een vriend een vast moment af waarop zij elke dag bellen of langskomen. Spreek ook af wat zij doen als u niet opneemt. Vraag in uw buurt naar een dienst die elke dag belt, of naar vrijwilligers die langskomen.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Agree a daily call or visit at a fixed time with family, a neighbour or a friend, and what they do if you do not answer. Ask the Wmo desk of your council or the local welfare organisation about a daily phone round (belcirkel) or visiting volunteers.',
					nl: 'Spreek met familie, een buur of een vriend een vast moment af waarop zij elke dag bellen of langskomen. Spreek ook af wat zij doen als u niet opneemt. Vraag bij het Wmo-loket van uw gemeente of de welzijnsorganisatie naar een belcirkel of vrijwilligers die langskomen.'
				}
			}
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'A long lie is most dangerous for someone living alone whom nobody checks on.',
		sources: ['WFG', 'NL']
	},
	{
		id: 'health.call-help-alone',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'As you live alone: if you fall and cannot get up, can you call for help wherever you are at home?',
			nl: 'U woont alleen: als u valt en niet zelf kunt opstaan, kunt u dan overal in huis hulp inroepen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: LIVES_ALONE,
		finding: {
			en: 'Lives alone and cannot call for help everywhere at home',
			nl: 'Woont alleen en kan niet overal in huis hulp inroepen'
		},
		why: {
			en: 'Lying on the floor for hours after a fall causes harm of its own, and when you live alone nobody else will notice.',
			nl: 'Urenlang op de grond liggen na een val is op zichzelf schadelijk. Als u alleen woont, merkt niemand anders het.'
		},
		fix: {
			en: 'Get a personal alarm to wear on your wrist or round your neck, all day, in the shower and at night too. It calls a response service or people you choose. Otherwise, always keep a mobile phone on you.',
			nl: 'Neem een personenalarm: een alarmknop die u om uw pols of hals draagt. Draag hem de hele dag, ook onder de douche en ’s nachts. Daarmee belt u een meldkamer of mensen die u kiest. Draag anders altijd een mobiele telefoon bij u.'
		},
		regional: {
			nl: {
				fix: {
					en: 'Get a personal alarm to wear on your wrist or round your neck, all day, in the shower and at night too. It calls a response service or people you choose. Ask your health insurer or the Wmo desk of your council whether they contribute. Otherwise, always keep a mobile phone on you.',
					nl: 'Neem een personenalarm: een alarmknop die u om uw pols of hals draagt. Draag hem de hele dag, ook onder de douche en ’s nachts. Daarmee belt u een meldkamer of mensen die u kiest. Vraag uw zorgverzekeraar of het Wmo-loket van uw gemeente of zij meebetalen. Draag anders altijd een mobiele telefoon bij u.'
				}
			},
			general: {
				fix: {
					en: 'Get a personal alarm to wear on your wrist or round your neck, all day, in the shower and at night too. It calls a response service or people you choose. Your local council can often arrange one (a careline or telecare service). Otherwise, always keep a mobile phone on you.',
					nl: 'Neem een personenalarm: een alarmknop die u om uw pols of hals draagt. Draag hem de hele dag, ook onder de douche en ’s nachts. Daarmee belt u een meldkamer of mensen die u kiest. Uw gemeente kan dat vaak regelen (een careline- of telecaredienst). Draag anders altijd een mobiele telefoon bij u.'
				}
			}
		},
		owner: 'family',
		priority: 'high',
		priorityReason:
			'A long lie is high risk for someone living alone (clinical review): an alarm shortens it.',
		sources: ['WFG', 'NL', 'NIA']
	},
	{
		id: 'balance.call-help',
		kind: 'hazard',
		areas: ['health'],
		question: {
			en: 'If you fall and cannot get up, can you call for help wherever you are at home?',
			nl: 'Als u valt en niet zelf kunt opstaan, kunt u dan overal in huis hulp inroepen?'
		},
		hazardWhen: 'no',
		allowNA: false,
		askWhen: { item: 'health.lives-alone', answer: 'no' },
		finding: {
			en: 'Cannot call for help everywhere at home after a fall',
			nl: 'Kan na een val niet overal in huis hulp inroepen'
		},
		why: {
			en: 'Even when you live with others, they may be out, asleep or out of earshot. Lying on the floor for hours causes harm of its own.',
			nl: 'Ook als u met anderen woont, zijn zij soms weg, slapen ze of horen ze u niet. Urenlang op de grond liggen is op zichzelf schadelijk.'
		},
		fix: {
			en: 'Keep a mobile phone on you, or get a personal alarm to wear on your wrist or round your neck, in the shower and at night too. Agree with the people you live with how you can reach them.',
			nl: 'Draag een mobiele telefoon bij u, of neem een personenalarm om uw pols of hals. Draag die ook onder de douche en ’s nachts. Spreek met uw huisgenoten af hoe u hen bereikt.'
		},
		owner: 'family',
		priority: 'medium',
		priorityReason:
			'Does not prevent falls, but prevents a long lie after one; someone else lives in the home.',
		sources: ['NIA', 'NL']
	}
];
