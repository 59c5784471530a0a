import type { Messages } from './en';

const count = (n: number, one: string, many: string) =>
	n === 1 ? one : many.replace('#', String(n));

/** Dutch UI messages: "u" for the person using the app, plain words (B1). Terms: docs/glossary.md. */
export const nl: Messages = {
	app: {
		name: 'Footing',
		tagline: 'Valgevaren in huis vinden en oplossen',
		skipToContent: 'Direct naar de inhoud',
		languageLabel: 'Taal',
		toolsLabel: 'Hulpmiddelen',
		home: 'Footing, startpagina'
	},
	start: {
		unreadable: (n: number) =>
			`${count(n, '1 check', '# checks')} op dit apparaat ${n === 1 ? 'is' : 'zijn'} veranderd of beschadigd. Daardoor kan Footing ${n === 1 ? 'die' : 'ze'} niet laten zien. Verder is er niets veranderd. Zet ${n === 1 ? 'hem' : 'ze'} terug uit een reservekopie als u die heeft.`,
		title: 'Een huis veiliger maken, ruimte voor ruimte',
		intro:
			'Footing loopt met u een huis door, ruimte voor ruimte, en helpt u te zien waarover iemand kan vallen: een los kleed, een donkere trap, een gladde badkuip.',
		intro2:
			'Bij elk gevaar ziet u de oplossing en wie het doet. Aan het eind krijgt u een actieplan om te printen of te delen. Alles blijft op dit apparaat.',
		listTitle: 'Checks op dit apparaat',
		newCheck: 'Nieuwe check',
		search: 'Zoeken op naam, adres of datum van het bezoek',
		empty: 'Nog geen checks. Begin een check om een huis ruimte voor ruimte door te lopen.',
		noMatch: (query: string) => `Geen check gevonden voor ‘${query}’.`,
		showMore: (n: number) => `Nog ${n} tonen`,
		open: 'Openen',
		followUp: 'Vervolgbezoek',
		delete: 'Verwijderen',
		deleteTitle: (label: string) => `De check ‘${label}’ verwijderen?`,
		deleteText: 'De antwoorden, notities en foto’s worden van dit apparaat verwijderd.',
		deleted: (label: string) => `‘${label}’ is verwijderd.`,
		undo: 'Ongedaan maken',
		restored: (label: string) => `‘${label}’ is terug.`,
		followUpOf: (date: string) => `Vervolg op het bezoek van ${date}`,
		lastVisit: (date: string) => `Laatste bezoek: ${date}`,
		visits: (n: number) => count(n, '1 bezoek', '# bezoeken'),
		allVisits: (n: number) => `Alle ${n} bezoeken`,
		openActions: (n: number) =>
			n === 0
				? 'Geen acties meer open'
				: count(n, '1 actie staat nog open', '# acties staan nog open'),
		risk: { low: 'Laag valrisico', intermediate: 'Matig valrisico', high: 'Hoog valrisico' },
		followUpTitle: (label: string) => `Een vervolgbezoek beginnen voor ‘${label}’?`,
		followUpText: (date: string) =>
			`Er komt een nieuw bezoek met de antwoorden en het actieplan van het bezoek van ${date}. U kijkt daarna alles opnieuw na: één tik als het nog hetzelfde is.`,
		followUpDate: 'Datum van het nieuwe bezoek',
		followUpStart: 'Vervolgbezoek beginnen',
		areasTitle: 'Wat Footing nakijkt',
		areasRooms: 'Ruimtes in huis',
		areasPersonal: 'Persoonlijke factoren'
	},
	followUp: {
		doneBeforeTitle: (n: number) =>
			n === 1
				? 'Klaar bij het vorige bezoek: nog goed?'
				: `Klaar bij het vorige bezoek (${n}): nog goed?`,
		carried: 'Van het vorige bezoek. Is het nog hetzelfde?',
		stillSame: 'Nog hetzelfde',
		doneBefore: 'Klaar bij het vorige bezoek. Is het nog goed?',
		stillFine: 'Nog goed',
		rechecked: (n: number, total: number) => `${n} van ${total} opnieuw nagekeken`,
		restSame: 'De rest is hier nog hetzelfde',
		restSameTitle: 'Is de rest hier nog hetzelfde?',
		restSameText: 'Deze antwoorden van het vorige bezoek worden dan bevestigd zoals ze zijn:',
		restSameConfirm: 'Ja, nog hetzelfde',
		restSameDone: (n: number) =>
			n === 1 ? '1 vraag bevestigd: nog hetzelfde.' : `${n} vragen bevestigd: nog hetzelfde.`,
		restSameUndone: 'Teruggedraaid: die antwoorden zijn weer van het vorige bezoek.',
		measureAgain: 'Doe de test opnieuw: tot dan ziet u de uitslag van de vorige keer.'
	},
	client: {
		title: 'Bezoeken aan dit huis',
		back: 'Alle cliënten',
		notFound: 'Er staat geen bezoek van deze cliënt op dit apparaat.',
		first: 'Eerste bezoek',
		earlierGone:
			'Het vorige bezoek is verwijderd. Daardoor is niet te zien wat er sindsdien is veranderd.',
		changes: (fixed: number, open: number, added: number) =>
			`Sinds het vorige bezoek: ${fixed} opgelost, ${open} nog open, ${added} nieuw`,
		deleteVisit: 'Dit bezoek verwijderen',
		deleteTitle: (date: string) => `Het bezoek van ${date} verwijderen?`,
		deleteText:
			'De antwoorden, notities en foto’s van dit bezoek worden van dit apparaat verwijderd. De andere bezoeken blijven zoals ze zijn.',
		deleted: (date: string) => `Het bezoek van ${date} is verwijderd.`
	},
	checker: {
		nurse: 'Een verpleegkundige of verzorgende',
		family: 'Een familielid of mantelzorger',
		self: 'De bewoner zelf'
	},
	checkedBy: {
		nurse: 'Ingevuld door een verpleegkundige of verzorgende',
		family: 'Ingevuld door een familielid of mantelzorger',
		self: 'Ingevuld door de bewoner zelf'
	},
	progress: {
		answered: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
		hazards: (n: number) =>
			n === 0 ? 'Geen gevaren gevonden' : count(n, '1 gevaar gevonden', '# gevaren gevonden')
	},
	newCheck: {
		title: 'Nieuwe check',
		label: 'Naam of adres',
		labelHint: 'Bijvoorbeeld een naam en straat: ‘Mevrouw Jansen, Dorpsstraat’.',
		labelMissing: 'Vul een naam voor het huis in.',
		labelTooLong: (max: number) => `Gebruik voor de naam niet meer dan ${max} tekens.`,
		who: 'Wie doet de check?',
		date: 'Datum van het bezoek',
		roomsTitle: 'Welke ruimtes heeft het huis?',
		roomsHint:
			'Tel ze allemaal: twee badkamers, of een trap naar de eerste en naar de tweede verdieping. U kunt dit later nog aanpassen.',
		fewer: (room: string) => `Eén minder: ${room}`,
		more: (room: string) => `Eén meer: ${room}`,
		personName: 'Naam van de persoon (mag leeg blijven)',
		nothingChosen: 'Kies minstens één ruimte, of de persoonlijke factoren.',
		start: 'Begin de check',
		modeTitle: 'Hoe uitgebreid?',
		modeQuick: 'Snelle check: de belangrijkste punten, ongeveer 30 vragen',
		modeQuickHint:
			'Voor een check van uw eigen huis, of voor iemand met een laag valrisico. U kunt later verder met de volledige check; alle antwoorden blijven bewaard.',
		modeFull: 'Volledige check: elke ruimte in detail',
		modeFullHint:
			'Voor iemand die gevallen is, zich wankel voelt of bang is om te vallen: daar helpt een veiliger huis het meest.',
		personalTopics:
			'Ook persoonlijke factoren nakijken: vallen, medicijnen, voeten en schoenen, zien, evenwicht en botten',
		problems: 'Verbeter dit nog:'
	},
	check: {
		notFound: 'Deze check staat niet op dit apparaat. Misschien is hij verwijderd.',
		rooms: 'Ruimtes',
		summary: 'Samenvatting',
		plan: 'Actieplan',
		overview: 'Alle ruimtes',
		continue: (room: string) => `Verder met: ${room}`,
		followUpNote: (date: string) =>
			`Dit is een vervolgbezoek. De antwoorden van het bezoek van ${date} zijn al ingevuld: kijk ze allemaal opnieuw na.`,
		earlierUnreadable:
			'Het eerdere bezoek kon niet worden gelezen, dus dit bezoek wordt er niet mee vergeleken. Laad de pagina opnieuw om het nog eens te proberen.',
		noRooms:
			'Deze check heeft nog geen ruimtes en geen persoon: voeg er een toe bij ‘Ruimtes aanpassen’.',
		editDetails: 'Gegevens van de check',
		saveDetails: 'Gegevens opslaan',
		editRooms: 'Ruimtes aanpassen',
		addRoom: 'Ruimte toevoegen',
		roomType: 'Soort ruimte',
		roomName: (room: string) => `Naam van ${room}`,
		removeRoom: 'Verwijderen',
		removeRoomTitle: (room: string) => `‘${room}’ en de antwoorden verwijderen?`,
		removeRoomText: 'De antwoorden, notities en foto’s van deze ruimte worden verwijderd.',
		moveUp: (room: string) => `Naar boven: ${room}`,
		moveDown: (room: string) => `Naar beneden: ${room}`,
		cancel: 'Annuleren',
		confirmRemove: 'Verwijderen',
		roomRemoved: (room: string) => `‘${room}’ is verwijderd, met de antwoorden.`,
		roomBack: (room: string) => `‘${room}’ is terug.`,
		undo: 'Ongedaan maken',
		deletedElsewhere: 'Deze check is in een ander venster verwijderd.',
		deletedUndoHint:
			'Wat u hier verandert, wordt niet opgeslagen. Behalve als u het verwijderen ongedaan maakt.',
		deletedGone: 'De check kan niet meer terug. Wat u hier verandert, wordt dus niet opgeslagen.',
		deletedBack: 'De check is terug. Uw wijzigingen zijn opgeslagen.'
	},
	room: {
		previous: 'Vorige',
		next: 'Volgende',
		toSummary: 'Naar de samenvatting',
		yes: 'Ja',
		no: 'Nee',
		na: 'Niet van toepassing',
		hazard: 'Gevaar',
		ok: 'In orde',
		saysHazard: (finding: string) => `Gevaar: ${finding}`,
		saysFine: 'In orde: hier is niets op te lossen',
		saysNotApplicable: 'Hier niet van toepassing',
		saysRiskFactor: (finding: string) => `Om te bespreken met uw huisarts: ${finding}`,
		saysNoted: 'Genoteerd',
		why: 'Waarom?',
		fix: 'Oplossing',
		owner: 'Wie doet het',
		priority: 'Prioriteit',
		note: 'Notitie',
		addPhoto: 'Foto toevoegen',
		removePhoto: (n: number) => `Foto ${n} verwijderen`,
		photoAlt: (n: number, question: string) => `Foto ${n} bij: ${question}`,
		photosBefore: (date: string) => `Eerder: foto gemaakt op ${date}`,
		photoBeforeAlt: (n: number, question: string) => `Foto ${n} van eerder, bij: ${question}`,
		photosNow: 'Nu: een foto van hoe het er vandaag uitziet',
		photoRemoved: 'De foto is verwijderd.',
		fromPrevious: 'Van het vorige bezoek: kijk dit opnieuw na',
		givenRestFine: 'Beantwoord met ‘Al het andere is hier in orde’',
		givenRestFinePersonal: 'Beantwoord met ‘Verder niets bijzonders’',
		givenStillSame: 'Bevestigd: nog hetzelfde',
		questions: (n: number) => count(n, '1 vraag', '# vragen'),
		noneOfThese: 'Geen van deze',
		ticked: (n: number) =>
			n === 0
				? 'Niets aangevinkt: hier is niets gevonden'
				: count(n, '1 aangevinkt', '# aangevinkt'),
		noRoom: (room: string) => `Dit huis heeft geen ${room.toLocaleLowerCase('nl')}`,
		removeThisRoom: (room: string) => `‘${room}’ uit deze check halen`,
		noRoomTitle: (room: string) => `‘${room}’ uit deze check halen?`,
		noRoomText:
			'De vragen hierover worden dan niet meer gesteld. Antwoorden, notities en foto’s van deze ruimte worden verwijderd.',
		noRoomConfirm: 'Haal weg',
		noteJoined:
			'Deze notitie is tegelijk in twee vensters getypt. Beide teksten zijn bewaard, onder elkaar.',
		fixJoined:
			'Deze tekst is tegelijk in twee vensters getypt. Beide teksten zijn bewaard, onder elkaar.',
		personalIntro: 'Persoonlijke factoren',
		allTopics: 'Alle onderwerpen'
	},
	fallRiskTest: {
		title: 'Zelftest valrisico (12 vragen)',
		score: (score: number, max: number) => `${score} van ${max} punten`,
		answered: (answered: number, total: number) => `${answered} van ${total} vragen beantwoord`
	},
	walk: {
		answered: (answered: number, total: number) => `${answered} van ${total} beantwoord`,
		label: 'Door de check lopen',
		stepOf: (n: number, total: number) => `Scherm ${n} van ${total}`
	},
	restFine: {
		button: 'Al het andere is hier in orde',
		title: 'De rest van dit scherm als in orde beantwoorden?',
		text: 'Deze vragen worden beantwoord als in orde, zonder dat er iets gevonden is:',
		left: 'Deze beantwoordt u zelf:',
		confirm: 'Ja, alles in orde',
		confirmOn: (place: string) => `Ja, alles in orde — door naar ${place}`,
		done: (n: number) =>
			count(n, '1 vraag beantwoord als in orde.', '# vragen beantwoord als in orde.'),
		undo: 'Ongedaan maken',
		undone: (place: string) => `Teruggedraaid: de vragen van ${place} staan weer open.`,
		backTo: (place: string) => `Terug naar ${place}`,
		nothing: 'Alle vragen hier zijn beantwoord.',
		noneTicked: 'niets aangevinkt',
		personal: {
			button: 'Verder niets bijzonders',
			title: 'De andere vragen zo beantwoorden?',
			text: 'Bevestig alleen als elk antwoord hieronder klopt.',
			confirm: 'Ja, alle antwoorden kloppen',
			confirmOn: (place: string) => `Ja, alle antwoorden kloppen — door naar ${place}`,
			done: (n: number) => count(n, '1 vraag beantwoord.', '# vragen beantwoord.')
		}
	},
	measure: {
		howTo: 'Zo doet u de test',
		start: 'Start',
		stop: 'Stop',
		again: 'Opnieuw starten',
		countdown: (n: number) => `Start over ${n}…`,
		go: 'Nu!',
		running: 'Loopt',
		seconds: (value: string) => `${value} seconden`,
		times: (value: string) => count(Number(value), '1 keer', `${value} keer`),
		typeSeconds: 'Of typ de tijd in seconden',
		typeCount: 'Of typ het aantal keer',
		use: 'Gebruik dit',
		couldNot: 'De test lukte niet',
		couldNotSaid: 'De test kon niet worden gedaan.',
		measured: 'Gemeten',
		outOfRange: (min: number, max: number) => `Geef een getal van ${min} tot en met ${max}.`,
		timerHint: 'Tik op Start, en op Stop zodra de test klaar is.'
	},
	fallRisk: {
		title: 'Valrisico',
		missing: {
			'key-questions': 'Beantwoord de drie vragen hierboven om het valrisico te zien.',
			severity: 'Vink aan wat er bij de val gebeurde om het valrisico te zien.',
			gait: 'Doe hieronder een looptest, of typ een tijd, om te zien of het risico laag of matig is.'
		},
		howFound: 'Volgens de wereldrichtlijn voor valpreventie (2022).',
		gaitSpeed: (speed: string) => `Loopsnelheid: ${speed} meter per seconde`,
		disclaimer:
			'Footing helpt u gevaren in huis te vinden en op te lossen. Het vervangt niet het onderzoek naar valrisico door uw huisarts.'
	},
	speech: {
		read: 'Voorlezen',
		stop: 'Stoppen met voorlezen'
	},
	region: {
		title: 'Advies voor',
		hint: 'Sommig advies hangt af van het land: wie betaalt, welk programma, waar u het vraagt. Nieuwe checks gebruiken deze keuze; elke check houdt zijn eigen.',
		nl: 'Nederland',
		general: 'Elders: algemeen advies (met diensten in het Verenigd Koninkrijk)',
		newCheckNote: (region: string) => `Advies voor: ${region}.`,
		change: 'Wijzig dit bij Instellingen',
		label: 'Advies voor'
	},
	save: {
		saving: 'Bezig met opslaan…',
		saved: 'Opgeslagen op dit apparaat',
		'storage-full':
			'Dit apparaat is vol. Daardoor is de laatste wijziging niet opgeslagen. Alles wat eerder is opgeslagen, blijft bewaard. Maak wat ruimte vrij of verwijder foto’s, en probeer het opnieuw.',
		closed:
			'Footing is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw om verder te gaan. Uw antwoorden zijn bewaard.',
		blocked:
			'Footing staat in een ander tabblad open met een oudere versie. Daardoor is de laatste wijziging niet opgeslagen. Sluit dat tabblad en laad deze pagina opnieuw.',
		'upgrade-failed':
			'Footing kon de opgeslagen gegevens niet bijwerken. Daardoor is de laatste wijziging niet opgeslagen. Verder is er niets veranderd. Laad de pagina opnieuw om het nog eens te proberen.',
		other:
			'De laatste wijziging kon niet worden opgeslagen. Alles wat eerder is opgeslagen, blijft bewaard. Probeer het opnieuw.',
		damaged:
			'Een deel van wat op dit apparaat is opgeslagen, is veranderd of beschadigd. Daardoor is de laatste wijziging niet opgeslagen. Verder is er niets veranderd.',
		deleted:
			'Deze check is in een ander venster verwijderd. Daardoor is de laatste wijziging niet opgeslagen.',
		'not-an-image': 'Dit bestand is geen foto. Kies een foto.',
		'too-big': 'Deze foto is te groot. Kies een kleinere foto.',
		unreadable: 'Deze foto kon niet worden gelezen. Probeer een andere foto.'
	},
	plan: {
		title: 'Actieplan',
		intro:
			'Elk gevonden gevaar, met de oplossing en wie het doet. Pas aan wat anders moet, en vink een actie af als die klaar is.',
		none: 'Geen gevaren gevonden, dus er hoeft niets te gebeuren. Goed nieuws!',
		done: (done: number, total: number) => `${done} van ${total} acties klaar`,
		byPriority: (high: number, medium: number, low: number) =>
			`${high} met hoge, ${medium} met gemiddelde en ${low} met lage prioriteit`,
		priorityHeading: {
			high: 'Prioriteit: hoog',
			medium: 'Prioriteit: gemiddeld',
			low: 'Prioriteit: laag'
		},
		fix: 'Oplossing',
		resetFix: 'Tekst uit de checklist weer gebruiken',
		owner: 'Wie doet het',
		due: 'Uiterlijk klaar op',
		markDone: 'Klaar',
		note: 'Notitie',
		toMentionGp: 'Om te bespreken met uw huisarts',
		personalTitle: 'Advies over persoonlijke factoren',
		noPersonalActions: 'Bij deze persoon zijn geen gevaren gevonden.',
		compareTitle: (date: string) => `Vergeleken met het bezoek van ${date}`,
		resolved: 'Opgelost sinds het vorige bezoek',
		added: 'Nieuwe gevaren',
		remaining: 'Nog niet opgelost',
		nothing: 'Geen',
		exportTitle: 'Het actieplan printen of delen',
		download: 'Pdf downloaden',
		share: 'Pdf delen',
		making: 'De pdf wordt gemaakt…',
		made: (name: string) => `De pdf is klaar: ${name}`,
		changeFix: 'Wijzigen',
		fixDone: 'Klaar met wijzigen',
		fixEmpty: 'Nog geen tekst: tik op Wijzigen om te schrijven wat er moet gebeuren.',
		why: 'Waarom',
		doneFolded: (n: number) => `Gedaan (${n})`,
		view: 'Toon',
		viewByPriority: 'Op prioriteit',
		viewSoonest: 'Eerst te doen',
		soonestEmpty: 'Nog geen open actie heeft een datum. Geef acties een datum om ze hier te zien.',
		noDate: 'Nog geen datum',
		overdue: 'Te laat',
		showFor: 'Toon de acties van',
		whoActs: 'Wie doet het',
		everyone: 'Iedereen',
		partCount: (name: string, n: number) => `${name} (${n})`,
		noneForPart: 'In dit plan is er voor hen niets te doen.',
		copyTitle: 'Welk exemplaar?',
		clientCopy: 'Voor de cliënt: het plan, zonder de lijst met alle antwoorden',
		careFile: 'Voor het dossier: met alle antwoorden aan het eind',
		largePrint: 'Grote letters (14 pt)',
		partPdf: (name: string) => `Het deel voor: ${name}`,
		sharePdf: 'De pdf delen',
		downloadPdf: 'De pdf downloaden',
		shareHint:
			'Opent het deelmenu van dit apparaat, om de pdf te mailen of via een berichtenapp te sturen.',
		downloadHint: 'Bewaart de pdf bij de downloads van dit apparaat.',
		calendar: 'De datums in een agenda zetten (.ics)',
		calendarMade: (name: string) =>
			`Het agendabestand staat klaar: ${name}. Open het om de datums toe te voegen.`,
		calendarEmpty: 'Er zijn nog geen datums: geef acties of het volgende bezoek een datum.',
		calendarDue: (finding: string, who: string) => `Te doen: ${finding} (${who})`,
		calendarNextVisit: (label: string) => `Volgend Footing-bezoek: ${label}`,
		calendarFrom: 'Uit het actieplan van Footing voor',
		nextVisit: 'Volgend bezoek',
		nextVisitHint:
			'Wanneer de volgende check van dit huis gepland is. Dit komt op de eerste bladzijde van de pdf en in het agendabestand.',
		failed: 'De pdf kon niet worden gemaakt. Uw plan blijft bewaard. Probeer het opnieuw.'
	},
	summary: {
		hazardsColumn: 'Gevaren',
		title: 'Samenvatting',
		total: (n: number) =>
			n === 0
				? 'Geen gevaren gevonden in dit huis'
				: count(n, 'In totaal 1 gevaar gevonden', 'In totaal # gevaren gevonden'),
		perRoom: 'Gevaren per ruimte',
		unanswered: 'Nog niet beantwoord',
		allAnswered: 'Alle vragen zijn beantwoord.',
		toFallRisk: 'Naar de vragen over valrisico',
		goFullTitle: 'Verder met de volledige check',
		goFullText:
			'Het valrisico is verhoogd. Nu loont een volledige check van elke ruimte het meest: bij mensen met een verhoogd risico maakt het weghalen van gevaren in huis de kans op een val meer dan een derde kleiner. Alle antwoorden blijven bewaard.',
		goFull: 'Verder met de volledige check',
		quickNote:
			'Dit was een snelle check van de belangrijkste punten. Een volledige check vraagt naar elke ruimte in detail; uw antwoorden blijven bewaard.',
		toPlan: 'Naar het actieplan'
	},
	dateField: {
		outOfRange: (min: number, max: number) =>
			`Kijk het jaar na: typ een datum van ${min} tot en met ${max}. Deze datum is niet bewaard.`,
		incomplete:
			'Deze datum is niet compleet. Typ de dag, de maand en het jaar. De datum is niet bewaard.'
	},
	backup: {
		title: 'Reservekopieën',
		intro:
			'Een reservekopie bevat uw checks met de antwoorden, notities, foto’s en plannen. Bewaar het bestand op een veilige plek, of open het in Footing op een ander apparaat.',
		prepareAll: 'Maak een reservekopie van alle checks',
		prepareChosen: 'Maak een reservekopie van de gekozen cliënten',
		prepareOne: 'Maak een reservekopie van deze check',
		preparing: 'De reservekopie wordt gemaakt…',
		ready: (checks: number, photos: number, size: string) =>
			`De reservekopie bevat ${checks === 1 ? '1 check' : `${checks} checks`} en ${photos === 1 ? '1 foto' : `${photos} foto’s`}: ${size}.`,
		leftOutChecks: (n: number) =>
			`${count(n, '1 check', '# checks')} op dit apparaat ${n === 1 ? 'is' : 'zijn'} veranderd of beschadigd. Daarom ${n === 1 ? 'zit die' : 'zitten ze'} niet in deze reservekopie. Alle andere checks wel.`,
		leftOutParts: (n: number) =>
			`${count(n, '1 antwoord of foto', '# antwoorden of foto’s')} op dit apparaat ${n === 1 ? 'is' : 'zijn'} veranderd of beschadigd. Daarom ${n === 1 ? 'zit die' : 'zitten ze'} niet in deze reservekopie. Al het andere wel.`,
		nothing: 'Er zijn nog geen checks om een reservekopie van te maken.',
		preparingProgress: (done: number, total: number) =>
			`De reservekopie wordt gemaakt… ${done} van ${total === 1 ? '1 check' : `${total} checks`}.`,
		chooseClients: 'Kies welke cliënten in de reservekopie komen',
		allClients: 'Alle cliënten',
		client: (visits: number, photos: number, size: string) =>
			`${visits === 1 ? '1 bezoek' : `${visits} bezoeken`}, ${photos === 1 ? '1 foto' : `${photos} foto’s`}, ongeveer ${size}`,
		chosen: (checks: number, photos: number, size: string) =>
			`Gekozen: ${checks === 1 ? '1 check' : `${checks} checks`} en ${photos === 1 ? '1 foto' : `${photos} foto’s`}, ongeveer ${size}.`,
		noneChosen: 'Kies minstens één cliënt om een reservekopie te maken.',
		overSize: (size: string, max: string) =>
			`Deze reservekopie wordt ongeveer ${size}. Een reservekopie van hoogstens ${max} kunt u op elk apparaat terugzetten. Zet bij een paar cliënten het vinkje uit. Maak daarna een tweede reservekopie met de andere cliënten.`,
		overCount:
			'In deze reservekopie komen meer checks, antwoorden of foto’s dan Footing in één keer kan terugzetten. Zet bij een paar cliënten het vinkje uit. Maak daarna een tweede reservekopie met de andere cliënten.',
		overCheck: (labels: string) =>
			`Te groot voor een reservekopie (meer dan 1000 ruimtes, 100.000 antwoorden of 10.000 foto’s in één check): ${labels}. Zet het vinkje uit om de reservekopie te maken.`,
		protect: 'Beveilig met een wachtwoord',
		protectHint:
			'Wie het bestand heeft, heeft dit wachtwoord nodig om het te openen. Footing kan een vergeten wachtwoord niet terughalen. Bewaar het op een veilige plek, niet bij het bestand.',
		password: 'Wachtwoord',
		passwordRepeat: 'Herhaal het wachtwoord',
		passwordTooShort: 'Gebruik minstens 8 tekens voor het wachtwoord.',
		passwordsDiffer: 'De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.',
		savePlain: 'Opslaan zonder wachtwoord',
		plainWarning:
			'Dit bestand bevat gezondheidsgegevens van uw cliënten. Iedereen die het bestand krijgt, kan die lezen.',
		readyProtected: 'Het bestand is beveiligd met een wachtwoord.',
		save: 'Reservekopie opslaan',
		share: 'Reservekopie delen',
		saved: (name: string) => `Reservekopie opgeslagen: ${name}`,
		last: (when: string) => `Laatste reservekopie: ${when}.`,
		never: 'Op dit apparaat is nog geen reservekopie gemaakt.',
		failed:
			'De reservekopie kon niet worden gemaakt. Uw checks staan nog veilig op dit apparaat. Probeer het opnieuw.',
		restoreTitle: 'Een reservekopie terugzetten',
		restoreIntro:
			'Kies een reservekopie van Footing, of een check die is opgeslagen voor het zorgdossier (FHIR). Footing leest eerst het hele bestand. Pas daarna verandert er iets op dit apparaat.',
		chooseFile: 'Kies een reservekopie',
		filePassword: 'Wachtwoord van de reservekopie',
		open: 'Openen',
		reading: 'Het bestand wordt gelezen…',
		readingProgress: (done: number, total: number) =>
			`Het bestand wordt gelezen… ${done} van ${total === 1 ? '1 check' : `${total} checks`}.`,
		found: (checks: number, date: string) =>
			`Deze reservekopie bevat ${checks === 1 ? '1 check' : `${checks} checks`}, gemaakt op ${date}.`,
		unknownItems: (n: number) =>
			`Er staan antwoorden in op ${n === 1 ? '1 vraag' : `${n} vragen`} die deze versie van Footing niet kent. Die worden bewaard, en zijn weer te zien als Footing is bijgewerkt.`,
		conflictsTitle: 'Staat al op dit apparaat',
		conflict: (label: string, date: string) => `‘${label}’ van ${date}`,
		identical: 'Hetzelfde als op dit apparaat.',
		different: 'Anders dan die op dit apparaat.',
		choice: {
			'keep-both': 'Allebei bewaren',
			replace: 'Die op dit apparaat vervangen',
			skip: 'Overslaan'
		},
		restore: 'Terugzetten',
		restoring: 'Bezig met terugzetten…',
		restoringProgress: (done: number, total: number) =>
			`Bezig met terugzetten… ${done} van ${total === 1 ? '1 check' : `${total} checks`}.`,
		photosLeftOut: (n: number) =>
			n === 1
				? 'Footing kon 1 foto in de reservekopie niet lezen. Die is weggelaten. De rest is teruggezet:'
				: `Footing kon ${n} foto’s in de reservekopie niet lezen. Die zijn weggelaten. De rest is teruggezet:`,
		photoLeftOut: (item: string, room: string, label: string, date: string) =>
			`De foto bij ‘${item}’ (${room}) in ‘${label}’ van ${date}.`,
		restored: (n: number) =>
			n === 0 ? 'Er is niets teruggezet.' : `${n === 1 ? '1 check' : `${n} checks`} teruggezet.`,
		cancel: 'Annuleren',
		problems: {
			empty: 'Dit bestand is leeg, dus er is niets om terug te zetten.',
			'too-big': 'Dit bestand is te groot voor een reservekopie van Footing.',
			unreadable: 'Footing kon dit bestand niet lezen. Kies het bestand opnieuw.',
			'not-json': 'Dit bestand is geen reservekopie van Footing, of het is beschadigd.',
			'not-a-backup':
				'Dit bestand is geen reservekopie van Footing. Kies een bestand waarvan de naam begint met ‘footing-backup’.',
			'newer-version':
				'Deze reservekopie is gemaakt met een nieuwere versie van Footing. Er is niets veranderd. Werk Footing eerst bij en probeer het dan opnieuw.',
			'forbidden-key':
				'Dit bestand bevat iets wat niet in een reservekopie hoort, dus Footing heeft het niet gebruikt. Er is niets veranderd.',
			invalid:
				'Deze reservekopie is beschadigd of aangepast nadat hij is gemaakt. Er is niets veranderd.',
			'bad-date':
				'In deze reservekopie staat een datum die niet bestaat, dus het bestand is waarschijnlijk beschadigd. Er is niets veranderd.',
			'bad-photo':
				'In deze reservekopie staat een foto die geen afbeelding is of te groot is. Er is niets veranderd.',
			'too-many':
				'In deze reservekopie staan meer checks, antwoorden of foto’s dan Footing in één keer kan laden. Er is niets veranderd. Maak kleinere reservekopieën, bijvoorbeeld van één check tegelijk.',
			'password-needed':
				'Deze reservekopie is beveiligd met een wachtwoord. Typ het wachtwoord om hem te openen.',
			'wrong-password':
				'Dit is niet het wachtwoord van deze reservekopie. Controleer het wachtwoord en probeer het opnieuw. Er is niets veranderd.',
			'fhir-not-footing':
				'Dit FHIR-bestand bevat geen antwoorden op de checklist van Footing, dus er is niets om terug te zetten. Er is niets veranderd.',
			'storage-full':
				'Dit apparaat is vol, dus de reservekopie kon niet worden teruggezet. Er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.',
			other:
				'De reservekopie kon niet worden teruggezet. Er is niets veranderd. Probeer het opnieuw.'
		},
		reminder: (days: number) =>
			`Uw laatste wijzigingen zijn ${days} dagen oud en staan nog niet in een reservekopie. Maak een reservekopie, dan zijn ze veilig als dit apparaat kwijtraakt of de browser de gegevens wist.`,
		reminderAction: 'Reservekopie maken',
		reminderLater: 'Nu niet'
	},
	careRecord: {
		title: 'Naar het zorgdossier sturen',
		intro: (host: string) =>
			`Het zorgdossier van uw organisatie (${host}) kan deze check ontvangen: de antwoorden, het valrisico en het actieplan. Verder gaat er niets van dit apparaat af.`,
		clientNumber: (name: string) => `Cliëntnummer van ${name}`,
		clientNumberHint:
			'Zoals in het dossier van uw organisatie. Het zorgdossier vindt de cliënt daarmee.',
		bsn: (name: string) => `BSN van ${name}`,
		bsnHint: 'Het burgerservicenummer: 9 cijfers. Alleen als uw organisatie erom vraagt.',
		bsnInvalid: 'Dit is geen geldig BSN. Een BSN heeft 9 cijfers; controleer het nummer.',
		send: 'Naar het zorgdossier sturen',
		sendAgain: 'Opnieuw sturen',
		notSent: 'Nog niet verstuurd.',
		queuedOffline:
			'Wacht op verbinding. Footing verstuurt de check zodra dit apparaat weer online is, of de volgende keer dat u Footing opent.',
		sending: 'Bezig met versturen…',
		sent: (when: string) => `Verstuurd op ${when}.`,
		changedSince: (when: string) =>
			`Verstuurd op ${when}. Daarna veranderd: stuur de check opnieuw om het zorgdossier bij te werken.`,
		retrying: (when: string) =>
			`Het zorgdossier was niet bereikbaar. Footing probeert het zelf opnieuw om ${when}.`,
		serverProblem: (when: string) =>
			`Het zorgdossier had een probleem en heeft de check niet opgenomen. Footing probeert het zelf opnieuw om ${when}.`,
		tokenProblem:
			'Het zorgdossier accepteerde het toegangstoken niet. Vul bij Instellingen een nieuw token in; dan wordt de check alsnog verstuurd.',
		refused: 'Het zorgdossier heeft deze check niet opgenomen.',
		serverSaid: (text: string) => `Het zorgdossier meldde: ${text}`,
		nothingLost: 'Er is niets verloren: de check blijft op dit apparaat.',
		settingsTitle: 'Versturen naar het zorgdossier',
		settingsIntro: (host: string) =>
			`Checks kunnen naar het zorgdossier van uw organisatie op ${host}. Er gaat niets weg tot u bij een check kiest voor ‘Naar het zorgdossier sturen’.`,
		token: 'Toegangstoken',
		tokenHint:
			'Dit krijgt u van uw organisatie. Het blijft alleen op dit apparaat (afgesloten met de toegangscode van Footing als die is ingesteld).',
		tokenSaved: 'Er is een toegangstoken bewaard op dit apparaat.',
		noToken: 'Nog geen toegangstoken bewaard.',
		saveToken: 'Token bewaren',
		forgetToken: 'Token vergeten',
		tokenStored: 'Het toegangstoken is bewaard.',
		tokenForgotten: 'Het toegangstoken is vergeten.',
		saveFailed: 'Dit kon niet worden bewaard. Er is niets veranderd.'
	},
	fhir: {
		title: 'Voor zorgdossiers (FHIR)',
		intro:
			'Zorgorganisaties kunnen de checklist en de checks van Footing inlezen in hun zorgdossiers. De bestanden gebruiken de FHIR-standaard (R4).',
		questionnaire: 'De checklist downloaden (FHIR Questionnaire)',
		checkRecord: 'Deze check downloaden voor het zorgdossier (FHIR)',
		saved: (name: string) => `Opgeslagen: ${name}`
	},
	exportCheck: {
		title: 'Deze check bewaren of delen'
	},
	data: {
		closed:
			'Footing is in een ander tabblad gewijzigd. Laad deze pagina opnieuw om verder te gaan. Uw antwoorden zijn bewaard.',
		blocked:
			'Footing staat in een ander tabblad nog open met een oudere versie. Sluit dat tabblad en laad deze pagina opnieuw.',
		'upgrade-failed':
			'Footing kon de opgeslagen gegevens niet bijwerken naar deze nieuwe versie. Er is niets veranderd of verloren gegaan. Laad de pagina opnieuw om het nog eens te proberen.',
		'storage-full':
			'Dit apparaat is vol, dus Footing kan niets nieuws bewaren. Alles wat al bewaard is, blijft veilig. Maak ruimte vrij, bijvoorbeeld door foto’s of apps te verwijderen, en probeer het opnieuw.',
		other:
			'Footing kon de opgeslagen gegevens niet openen. Laad de pagina opnieuw om het nog eens te proberen.',
		damaged:
			'Een deel van wat op dit apparaat is opgeslagen, is veranderd of beschadigd. Daardoor kan Footing het niet laten zien. Er is niets veranderd. Zet het terug uit een reservekopie als u die heeft.',
		deleted: 'Deze check is in een ander venster verwijderd.',
		reload: 'Opnieuw laden'
	},
	error: {
		notFound: 'Pagina niet gevonden',
		notFoundHelp: 'Deze pagina bestaat niet in Footing. Uw checks staan veilig op de startpagina.',
		other: 'Er ging iets mis',
		otherHelp: 'Footing kon deze pagina niet tonen. Uw opgeslagen antwoorden zijn veilig.',
		toStart: 'Naar de startpagina'
	},
	settings: {
		title: 'Instellingen',
		link: 'Instellingen',
		dataTitle: 'Uw gegevens',
		dataOnDevice:
			'Alles wat u invult, blijft op dit apparaat. Footing heeft geen account en stuurt niets via internet.',
		storageTitle: 'Opslag op dit apparaat',
		persisted:
			'Deze browser heeft beloofd de gegevens van Footing te bewaren, ook als het apparaat bijna vol is.',
		notPersisted:
			'Deze browser kan de gegevens van Footing wissen als het apparaat bijna vol is, of na een week zonder gebruik (Safari). Installeer Footing om ze te bewaren, en maak reservekopieën.',
		persistUnknown:
			'Footing kan niet zien of deze browser de gegevens bewaart. Maak reservekopieën.',
		usage: (used: string) => `Footing gebruikt ${used} op dit apparaat.`,
		installTitle: 'Footing installeren',
		installHelp:
			'Installeer Footing om het als app te openen, zonder internet, en om de gegevens te bewaren: kies in Chrome of Edge ‘App installeren’ in het menu; tik op een iPhone of iPad op Delen en dan op ‘Zet op beginscherm’.',
		installed: 'Footing is op dit apparaat geïnstalleerd.',
		storageHint: 'Deze browser kan uw checks wissen als het apparaat bijna vol is.',
		storageHintLink: 'Zo houdt u ze veilig',
		eraseTitle: 'Alle gegevens wissen',
		eraseText:
			'Wis alle checks, antwoorden, notities en foto’s die Footing op dit apparaat bewaart. Dit kunt u niet ongedaan maken: maak eerst een reservekopie als u ze nog nodig kunt hebben.',
		eraseButton: 'Alle gegevens wissen',
		eraseConfirmTitle: 'Alles wissen wat Footing op dit apparaat bewaart?',
		eraseConfirmText: 'Alle checks, antwoorden, notities en foto’s zijn dan voorgoed weg.',
		eraseConfirm: 'Alles wissen',
		eraseFailed:
			'Niet alles kon worden gewist. Sluit andere tabbladen met Footing en probeer het opnieuw.',
		erased: 'Alles wat Footing op dit apparaat bewaarde, is gewist.',
		startAgain: 'Opnieuw beginnen'
	},
	lock: {
		title: 'Footing is vergrendeld',
		intro: 'Vul uw toegangscode in om de checks op dit apparaat te zien.',
		passcode: 'Toegangscode',
		unlock: 'Ontgrendelen',
		busy: 'Een moment…',
		wrong: 'Dat is niet de toegangscode. Probeer het opnieuw.',
		wait: (seconds: number) =>
			`Dat is niet de toegangscode. U kunt het over ${count(seconds, '1 seconde', '# seconden')} opnieuw proberen.`,
		damaged:
			'De opgeslagen toegangscode is beschadigd. Daardoor kan Footing er niet mee ontgrendelen. Gebruik uw herstelcode, of wis alles.',
		forgot: 'Toegangscode vergeten?',
		recoveryTitle: 'Een nieuwe toegangscode met uw herstelcode',
		recoveryCode: 'Herstelcode',
		recoveryHint:
			'De 24 letters en cijfers die u opschreef toen u de toegangscode instelde. Spaties en streepjes maken niet uit.',
		newPasscode: 'Nieuwe toegangscode',
		repeat: 'Herhaal de nieuwe toegangscode',
		reset: 'Nieuwe toegangscode instellen',
		wrongCode: 'Die herstelcode past niet. Controleer hem en probeer het opnieuw.',
		forgotBoth: 'Allebei vergeten?',
		eraseText:
			'Zonder de toegangscode of de herstelcode kan niemand de checks op dit apparaat lezen, ook Footing niet. U kunt alles wissen en opnieuw beginnen. Alle checks, antwoorden en foto’s op dit apparaat zijn dan voorgoed weg. Een eerder gemaakte reservekopie kunt u daarna terugzetten.',
		erase: 'Alles op dit apparaat wissen',
		eraseConfirm: 'Alles wissen',
		lockNow: 'Vergrendel',
		lockNowLabel: 'Footing nu vergrendelen',
		sealing: (done: number, total: number) =>
			`De opgeslagen gegevens worden versleuteld: ${done} van ${total} klaar. Houd Footing open.`,
		opening: (done: number, total: number) =>
			`De versleuteling van de opgeslagen gegevens wordt opgeheven: ${done} van ${total} klaar. Houd Footing open.`
	},
	passcode: {
		title: 'Toegangscode',
		intro:
			'Voor een gedeelde tablet, of een die kwijt kan raken: met een toegangscode worden de checks, namen, notities en foto’s versleuteld bewaard. Niemand kan ze lezen zonder de code.',
		turnOn: 'Footing vergrendelen met een toegangscode',
		rule: 'Minstens 6 cijfers, of een wachtzin van minstens 8 tekens.',
		passcode: 'Toegangscode',
		repeat: 'Herhaal de toegangscode',
		'too-short': 'Deze toegangscode is te kort: gebruik minstens 6 cijfers, of 8 tekens.',
		'too-simple': 'Deze toegangscode is te makkelijk te raden. Kies een andere.',
		differ: 'De twee toegangscodes zijn niet hetzelfde.',
		next: 'Volgende',
		cancel: 'Annuleren',
		recoveryTitle: 'Uw herstelcode',
		recoveryIntro:
			'Schrijf deze code op en bewaar hem op een veilige plek, niet bij het apparaat. Daarmee kunt u een nieuwe toegangscode instellen als u de uwe vergeet. Footing laat hem alleen nu zien.',
		wroteDown: 'Ik heb de herstelcode opgeschreven',
		confirm: 'Toegangscode aanzetten',
		on: 'Footing is vergrendeld met een toegangscode. Wat op dit apparaat is opgeslagen, is versleuteld.',
		idle: 'Vergrendelen als Footing zo lang niet gebruikt is',
		minutes: (n: number) => count(n, '1 minuut', '# minuten'),
		hiddenNote: 'Footing vergrendelt ook als het een minuut op de achtergrond heeft gestaan.',
		change: 'Toegangscode wijzigen',
		current: 'Huidige toegangscode',
		newPasscode: 'Nieuwe toegangscode',
		repeatNew: 'Herhaal de nieuwe toegangscode',
		save: 'Nieuwe toegangscode opslaan',
		changed: 'De toegangscode is gewijzigd.',
		wrong: 'Dat is niet de huidige toegangscode.',
		turnOff: 'Toegangscode uitzetten',
		turnOffText:
			'Wat op dit apparaat is opgeslagen, is dan niet meer versleuteld: iedereen die Footing hier opent, kan het lezen.',
		turnedOff:
			'De toegangscode staat uit. Wat op dit apparaat is opgeslagen, is niet meer versleuteld.'
	},
	update: {
		available: 'Er is een nieuwe versie van Footing klaar.',
		reload: 'Opnieuw laden',
		later: 'Later',
		offlineReady: 'Footing werkt nu ook zonder internet.'
	}
};
