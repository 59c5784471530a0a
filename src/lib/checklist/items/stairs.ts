import type { AskWhen, Group, Item } from '../types';

/**
 * Hall and stairs. First the one rail that every staircase needs ("not applicable" for a hall
 * without stairs); the rest of the stairs is asked only when there are stairs, the second rail
 * only when the first is there. The hall's floor and light are the shared tick list
 * (general.ts), asked after these.
 */
const HAS_STAIRS: AskWhen = { item: 'stairs.rail-any', answer: ['yes', 'no'] };

export const STAIRS_GROUPS: Group[] = [
	{
		id: 'stairs.steps',
		prompt: {
			en: 'Tick what you see on the stairs:',
			nl: 'Vink aan wat u op de trap ziet:'
		},
		hint: {
			en: 'Look at every step, from the top to the bottom. Leave unticked what is fine.',
			nl: 'Kijk naar elke tree, van boven tot beneden. Wat in orde is, vinkt u niet aan.'
		}
	},
	{
		id: 'stairs.light',
		prompt: {
			en: 'Tick what you see about the light on the stairs:',
			nl: 'Vink aan wat u ziet aan het licht bij de trap:'
		},
		hint: {
			en: 'Switch the light on and look from the top and from the bottom.',
			nl: 'Doe het licht aan en kijk van boven en van onderen.'
		}
	}
];

export const STAIRS_ITEMS: Item[] = [
	{
		id: 'stairs.rail-any',
		kind: 'hazard',
		areas: ['stairs'],
		question: {
			en: 'If there are stairs here: is there at least one sturdy rail, the whole way up?',
			nl: 'Als hier een trap is: is er ten minste één stevige leuning, over de hele trap?'
		},
		allowNA: true,
		quick: true,
		hazardWhen: 'no',
		finding: {
			en: 'There is no sturdy rail the whole way up the stairs',
			nl: 'Er is geen stevige leuning over de hele trap'
		},
		why: {
			en: 'A rail is the one thing to hold if you miss a step. It must be firm and run from the first step to the last, because many falls happen on those two.',
			nl: 'Een leuning is uw enige houvast als u misstapt. Hij moet stevig vastzitten en van de eerste tot de laatste tree lopen. Juist op die treden gebeuren veel valpartijen.'
		},
		fix: {
			en: 'Have a handyman fit a sturdy rail the whole way, from before the first step to past the last one. Have a rail that wobbles fixed firmly straight away.',
			nl: 'Laat een klusjesman een stevige leuning plaatsen over de hele trap, van vóór de eerste tot na de laatste tree. Laat een leuning die wiebelt meteen goed vastzetten.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; without a sturdy rail there is nothing to hold.',
		sources: ['leaflet', 'CDC', 'HF', 'HSSAT', 'NIA']
	},
	{
		id: 'stairs.rail-both-sides',
		kind: 'hazard',
		areas: ['stairs'],
		question: {
			en: 'Is there a rail on both sides of the stairs?',
			nl: 'Zit er aan beide kanten van de trap een leuning?'
		},
		allowNA: false,
		askWhen: { item: 'stairs.rail-any', answer: 'yes' },
		hazardWhen: 'no',
		finding: {
			en: 'There is a rail on one side of the stairs only',
			nl: 'Er zit maar aan één kant van de trap een leuning'
		},
		why: {
			en: 'With a rail on both sides you hold on with your stronger hand going up and coming down, and with both hands if you feel unsteady.',
			nl: 'Met een leuning aan beide kanten houdt u zich naar boven én naar beneden vast met uw sterkste hand. En met twee handen als u zich onzeker voelt.'
		},
		fix: {
			en: 'Have a second rail fitted on the other side, the whole way. Ask your local council whether it helps with home adaptations.',
			nl: 'Laat aan de andere kant een tweede leuning plaatsen, over de hele trap. Vraag bij uw gemeente of zij helpt met aanpassingen in huis.'
		},
		owner: 'council',
		priority: 'medium',
		priorityReason:
			'There is already one sturdy rail; a second helps most those who are unsteady or have one weak arm.',
		sources: ['CDC', 'HSSAT', 'leaflet', 'NL'],
		regional: {
			general: {
				fix: {
					en: 'Have a second rail fitted on the other side, the whole way. Ask your local council for a home adaptations assessment: a stair rail is a minor adaptation that is often fitted free.',
					nl: 'Laat aan de andere kant een tweede leuning plaatsen, over de hele trap. Vraag uw gemeente om te bekijken welke aanpassingen u nodig heeft. Een trapleuning is een kleine aanpassing die vaak gratis wordt geplaatst.'
				}
			},
			nl: {
				fix: {
					en: 'Have a second rail fitted on the other side, the whole way. Ask the Wmo desk of your local council whether it helps with the cost.',
					nl: 'Laat aan de andere kant een tweede leuning plaatsen, over de hele trap. Vraag bij het Wmo-loket van uw gemeente of zij helpen met de kosten.'
				}
			}
		}
	},
	{
		id: 'stairs.things-on-steps',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.steps',
		option: { en: 'Things on the steps', nl: 'Spullen op de treden' },
		question: {
			en: 'Are there things on the steps, such as shoes, post, washing or boxes?',
			nl: 'Liggen er spullen op de treden, zoals schoenen, post, wasgoed of dozen?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: {
			en: 'Things are left on the steps of the stairs',
			nl: 'Er liggen spullen op de treden van de trap'
		},
		why: {
			en: 'Something left on a step is the classic cause of a fall down the stairs.',
			nl: 'Iets wat op een tree ligt, is een bekende oorzaak van een val van de trap.'
		},
		fix: {
			en: 'Keep the stairs completely clear. Put things that need to go up in a basket at the foot of the stairs, not on a step.',
			nl: 'Houd de trap helemaal leeg. Zet spullen die naar boven moeten in een mand naast de trap, niet op een tree.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls, and this fix costs nothing.',
		sources: ['CDC', 'HSSAT', 'NIA']
	},
	{
		id: 'stairs.step-loose',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.steps',
		option: { en: 'A loose, broken or worn step', nl: 'Een losse, kapotte of uitgesleten tree' },
		question: {
			en: 'Is any step loose, broken or worn hollow?',
			nl: 'Is er een tree los, kapot of uitgesleten?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: {
			en: 'A step is loose, broken or worn hollow',
			nl: 'Een tree is los, kapot of uitgesleten'
		},
		why: {
			en: 'A loose or uneven step breaks the rhythm of your feet, and on the stairs that is enough to fall.',
			nl: 'Een losse of ongelijke tree haalt uw voeten uit het ritme. Op de trap is dat genoeg om te vallen.'
		},
		fix: {
			en: 'Have the step repaired straight away. Until then, mark it with bright tape and hold the rail.',
			nl: 'Laat de tree meteen repareren. Markeer hem tot die tijd met felgekleurde tape en houd de leuning vast.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls.',
		sources: ['CDC', 'HSSAT']
	},
	{
		id: 'stairs.covering-loose',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.steps',
		option: { en: 'Loose or torn stair carpet', nl: 'Een losse of gescheurde traploper' },
		question: {
			en: 'Is the stair carpet or covering loose or torn on any step?',
			nl: 'Zit de traploper of bekleding ergens los, of is hij gescheurd?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: {
			en: 'The stair carpet or covering is loose or torn',
			nl: 'De traploper of bekleding zit los of is gescheurd'
		},
		why: {
			en: 'A loose stair carpet slides under your foot, and a torn edge catches your toe.',
			nl: 'Een losse traploper schuift onder uw voet weg, en aan een gescheurde rand blijft uw teen haken.'
		},
		fix: {
			en: 'Have the carpet fixed down on every step, or take it off and put non-slip strips on the bare steps.',
			nl: 'Laat de traploper op elke tree goed vastzetten. Of haal hem weg en plak antislipstrips op de kale treden.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls.',
		sources: ['CDC', 'HSSAT']
	},
	{
		id: 'stairs.step-slippery',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.steps',
		option: { en: 'Slippery steps', nl: 'Gladde treden' },
		question: {
			en: 'Are the steps slippery, for example polished wood, smooth stone or worn carpet?',
			nl: 'Zijn de treden glad, bijvoorbeeld van gelakt hout, gladde steen of versleten tapijt?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: { en: 'The steps of the stairs are slippery', nl: 'De treden van de trap zijn glad' },
		why: {
			en: 'On a smooth step your heel can slide off the edge, especially in socks or slippers.',
			nl: 'Op een gladde tree glijdt uw hiel makkelijk over de rand, zeker op sokken of pantoffels.'
		},
		fix: {
			en: 'Fix non-slip strips or treads to each step, close to the edge.',
			nl: 'Plak antislipstrips of antislipprofielen op elke tree, vlak bij de rand.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Slips on stairs lead to serious falls.',
		sources: ['CDC', 'NIA', 'leaflet']
	},
	{
		id: 'stairs.edge-unseen',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.steps',
		option: {
			en: 'Step edges that are hard to see',
			nl: 'Randen van treden die slecht te zien zijn'
		},
		question: {
			en: 'Are the edges of the steps hard to see, especially going down?',
			nl: 'Zijn de randen van de treden slecht te zien, vooral naar beneden?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: {
			en: 'The edges of the steps are hard to see',
			nl: 'De randen van de treden zijn slecht te zien'
		},
		why: {
			en: 'Going down, the steps seem to merge into one, and you may miss the edge, especially with poor eyesight.',
			nl: 'Naar beneden lijken de treden in elkaar over te lopen. Dan mist u makkelijk een rand, zeker als u slecht ziet.'
		},
		fix: {
			en: 'Fix a non-slip strip in a contrasting colour along the front edge of each step, at least the top and bottom ones.',
			nl: 'Plak een antislipstrip in een opvallende kleur langs de voorkant van elke tree. Doe dat in elk geval op de bovenste en de onderste.'
		},
		owner: 'handyman',
		priority: 'medium',
		priorityReason: 'Cheap and helps most those with poor eyesight.',
		sources: ['HF']
	},
	{
		id: 'stairs.dark-step',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.light',
		option: {
			en: 'A step that stays dark or in shadow',
			nl: 'Een tree die donker blijft of in de schaduw ligt'
		},
		question: {
			en: 'With the light on, does any step stay dark or in shadow?',
			nl: 'Blijft er een tree donker of in de schaduw als het licht aan is?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'Some steps stay dark or in shadow with the light on',
			nl: 'Sommige treden blijven donker of in de schaduw als het licht aan is'
		},
		why: {
			en: 'On a dark or half-lit staircase you cannot see where one step ends and the next begins.',
			nl: 'Op een donkere of half verlichte trap ziet u niet waar de ene tree ophoudt en de volgende begint.'
		},
		fix: {
			en: 'Have a ceiling light fitted over the stairs, or an extra lamp for the dark part. Bright, even light without glare is best.',
			nl: 'Laat een plafondlamp boven de trap ophangen, of een extra lamp bij het donkere stuk. Fel, gelijkmatig licht zonder verblinding is het best.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls; you must see each step.',
		sources: ['CDC', 'NIA', 'leaflet']
	},
	{
		id: 'stairs.one-switch',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.light',
		option: {
			en: 'A light switch at one end only',
			nl: 'Maar aan één kant een lichtknop'
		},
		question: {
			en: 'Is there a light switch at only one end of the stairs?',
			nl: 'Zit er maar aan één kant van de trap een lichtknop?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'There is a light switch at one end of the stairs only',
			nl: 'Er zit maar aan één kant van de trap een lichtknop'
		},
		why: {
			en: 'With only one switch, you walk the stairs in the dark one way.',
			nl: 'Met maar één lichtknop loopt u de trap één kant op in het donker.'
		},
		fix: {
			en: 'Have a second switch fitted (a two-way switch), or a lamp with a motion sensor. Switches that glow are easy to find at night.',
			nl: 'Laat een tweede schakelaar aanleggen (een hotelschakeling), of een lamp met bewegingsmelder. Lichtknoppen die oplichten, vindt u ’s nachts makkelijk.'
		},
		owner: 'handyman',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; no one should climb them in the dark.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'stairs.lamp-broken',
		kind: 'hazard',
		areas: ['stairs'],
		group: 'stairs.light',
		option: { en: 'A lamp that does not work', nl: 'Een lamp die het niet doet' },
		question: {
			en: 'Is there a lamp on the stairs or the landing that does not work?',
			nl: 'Is er een lamp bij de trap of op de overloop die het niet doet?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		quick: true,
		hazardWhen: 'yes',
		finding: {
			en: 'A lamp on the stairs or the landing does not work',
			nl: 'Een lamp bij de trap of op de overloop doet het niet'
		},
		why: {
			en: 'It is easy to get used to a broken bulb on the stairs, but every trip up or down is then more dangerous.',
			nl: 'Aan een kapotte lamp bij de trap went u snel. Maar elke keer dat u de trap neemt, is dat dan gevaarlijker.'
		},
		fix: {
			en: 'Ask someone to replace the bulb now; do not climb up to do it yourself. LED bulbs last many years.',
			nl: 'Vraag iemand de lamp nu te vervangen. Ga er niet zelf voor op een trapje staan. Ledlampen gaan vele jaren mee.'
		},
		owner: 'family',
		priority: 'high',
		priorityReason: 'Stairs cause many of the most injurious falls, and this fix takes minutes.',
		sources: ['CDC', 'NIA']
	},
	{
		id: 'stairs.carrying',
		kind: 'hazard',
		areas: ['stairs'],
		question: {
			en: 'Do you carry things on the stairs that need both hands or block your view of the steps?',
			nl: 'Draagt u op de trap spullen waarvoor u beide handen nodig heeft, of waardoor u de treden niet ziet?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'yes',
		finding: {
			en: 'Things are carried on the stairs with both hands, or hide the steps',
			nl: 'Op de trap worden spullen gedragen met twee handen, of ze verbergen de treden'
		},
		why: {
			en: 'With full hands you cannot hold the rail, and with a basket in front of you, you cannot see the steps.',
			nl: 'Met volle handen kunt u de leuning niet vasthouden. En met een mand voor u ziet u de treden niet.'
		},
		fix: {
			en: 'Keep one hand for the rail: use a shoulder bag or a backpack, walk twice with smaller loads, or ask someone to carry heavy things.',
			nl: 'Houd altijd één hand vrij voor de leuning. Gebruik een schoudertas of rugzak, loop twee keer met minder, of vraag iemand zware dingen te dragen.'
		},
		owner: 'self',
		priority: 'high',
		priorityReason:
			'Stairs cause many of the most injurious falls; a free hand on the rail prevents them.',
		sources: ['HF']
	},
	{
		id: 'stairs.manage',
		kind: 'hazard',
		areas: ['stairs'],
		question: {
			en: 'Can you go up and down the stairs easily and safely, without stopping or pulling yourself up?',
			nl: 'Kunt u makkelijk en veilig de trap op en af, zonder te stoppen of uzelf omhoog te trekken?'
		},
		allowNA: false,
		askWhen: HAS_STAIRS,
		hazardWhen: 'no',
		finding: {
			en: 'Going up and down the stairs is hard or unsafe',
			nl: 'De trap op en af gaan is zwaar of onveilig'
		},
		why: {
			en: 'When the stairs are hard work, tired legs and a hurried step make a fall more likely.',
			nl: 'Als de trap zwaar is, vergroten vermoeide benen en haast de kans dat u valt.'
		},
		fix: {
			en: 'Ask a physiotherapist to practise the stairs with you and to train your leg strength. An occupational therapist can advise on a stairlift or on living on one floor.',
			nl: 'Vraag een fysiotherapeut om met u het traplopen te oefenen en uw beenkracht te trainen. Een ergotherapeut kan adviseren over een traplift of over wonen op één verdieping.'
		},
		owner: 'physio',
		priority: 'high',
		priorityReason: 'Someone who struggles on stairs is at high risk of a serious fall.',
		sources: ['HF', 'NL']
	}
];
