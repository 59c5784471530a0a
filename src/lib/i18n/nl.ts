import type { Messages } from './en';

/** Dutch UI messages: "u" for the person using the app, plain words (B1). */
export const nl: Messages = {
	app: {
		name: 'Footing',
		tagline: 'Valgevaar in huis vinden en oplossen',
		skipToContent: 'Direct naar de inhoud',
		languageLabel: 'Taal',
		toolsLabel: 'Hulpmiddelen',
		home: 'Footing, startpagina'
	},
	start: {
		title: 'Een huis veiliger maken, ruimte voor ruimte',
		intro:
			'Footing loopt met u een huis door, ruimte voor ruimte, en helpt u te zien waarover iemand kan vallen: een los kleed, een donkere trap, een gladde badkuip.',
		intro2:
			'Bij elk gevaar ziet u een oplossing en wie kan helpen. Aan het eind krijgt u een plan om te printen of te delen. Alles blijft op dit apparaat.'
	},
	error: {
		notFound: 'Pagina niet gevonden',
		notFoundHelp: 'Deze pagina bestaat niet in Footing. Uw checks staan veilig op de startpagina.',
		other: 'Er ging iets mis',
		otherHelp: 'Footing kan deze pagina niet tonen. Uw opgeslagen antwoorden zijn niet aangetast.',
		toStart: 'Naar de startpagina'
	},
	settings: {
		title: 'Instellingen',
		link: 'Instellingen',
		dataTitle: 'Uw gegevens',
		dataOnDevice:
			'Alles wat u invult, blijft op dit apparaat. Footing heeft geen account en stuurt niets via internet.'
	},
	update: {
		available: 'Er is een nieuwe versie van Footing klaar.',
		reload: 'Opnieuw laden',
		later: 'Later',
		offlineReady: 'Footing werkt nu ook zonder internet.'
	}
};
