import type { Owner, Priority, Region, Source, Text } from './types';

/** Who usually acts on a fix, as shown in the plan. */
export const OWNER_NAMES: Record<Owner, Text> = {
	self: { en: 'The person themselves', nl: 'De persoon zelf' },
	family: { en: 'Family or carer', nl: 'Familie of mantelzorger' },
	nurse: { en: 'Home-care nurse', nl: 'Wijkverpleegkundige' },
	physio: { en: 'Physiotherapist', nl: 'Fysiotherapeut' },
	gp: { en: 'GP', nl: 'Huisarts' },
	pharmacist: { en: 'Pharmacist', nl: 'Apotheker' },
	optician: { en: 'Optician', nl: 'Opticien' },
	ot: { en: 'Occupational therapist', nl: 'Ergotherapeut' },
	handyman: { en: 'Handyman', nl: 'Klusjesman' },
	landlord: { en: 'Landlord or housing association', nl: 'Verhuurder of woningcorporatie' },
	council: { en: 'The local council', nl: 'De gemeente' },
	dietitian: { en: 'Dietitian', nl: 'Diëtist' },
	podiatrist: { en: 'Podiatrist', nl: 'Podotherapeut' }
};

/** Owners whose name differs by region (the council's desk for adaptations is the Wmo desk in the Netherlands). */
export const REGIONAL_OWNER_NAMES: Partial<Record<Region, Partial<Record<Owner, Text>>>> = {
	nl: { council: { en: 'The council’s Wmo desk', nl: 'Wmo-loket van de gemeente' } }
};

/** The name of who acts, as said in a region. */
export function ownerName(owner: Owner, region: Region): Text {
	return REGIONAL_OWNER_NAMES[region]?.[owner] ?? OWNER_NAMES[owner];
}

/** The full names of the sources an item cites (see docs/checklist.md). */
export const SOURCE_NAMES: Record<Source, Text> = {
	leaflet: {
		en: 'Leaflet “Op de been blijven met osteoporose” (Dutch physiotherapy patient leaflet no. 9)',
		nl: 'Folder ‘Op de been blijven met osteoporose’ (patiëntenfolder fysiotherapie nr. 9)'
	},
	CDC: {
		en: 'CDC STEADI “Check for Safety”: a home fall-prevention checklist for older adults',
		nl: 'CDC STEADI ‘Check for Safety’: Amerikaanse checklist voor valpreventie in huis'
	},
	SI: {
		en: 'CDC STEADI “Stay Independent”: a 12-question fall-risk test',
		nl: 'CDC STEADI ‘Stay Independent’: Amerikaanse valrisicotest met 12 vragen'
	},
	HF: {
		en: 'HOME FAST: Home Falls and Accidents Screening Tool (University of Newcastle, Australia)',
		nl: 'HOME FAST: screeningslijst voor val- en ongevalsgevaar in huis (University of Newcastle, Australië)'
	},
	HSSAT: {
		en: 'Home Safety Self-Assessment Tool, version 5 (University at Buffalo)',
		nl: 'Home Safety Self-Assessment Tool, versie 5: zelftest voor veiligheid in huis (University at Buffalo)'
	},
	NIA: {
		en: 'US National Institute on Aging: fall-prevention advice, room by room',
		nl: 'National Institute on Aging (Verenigde Staten): advies over valpreventie, ruimte voor ruimte'
	},
	NL: {
		en: 'Dutch practice and advice: Ketenaanpak Valpreventie, “In Balans”, VeiligheidNL, Gezondheidsraad, Voedingscentrum',
		nl: 'Nederlandse praktijk en adviezen: Ketenaanpak Valpreventie, ‘In Balans’, VeiligheidNL, Gezondheidsraad, Voedingscentrum'
	},
	WFG: {
		en: 'World Guidelines for Falls Prevention and Management for Older Adults (Montero-Odasso et al., Age and Ageing, 2022)',
		nl: 'Wereldrichtlijn voor valpreventie bij ouderen (World Guidelines for Falls Prevention, Montero-Odasso e.a., Age and Ageing, 2022)'
	},
	STOPPFall: {
		en: 'STOPPFall: the European expert list of medicines that raise the risk of falling (Seppala et al., Age and Ageing, 2021)',
		nl: 'STOPPFall: Europese lijst van medicijnen die de kans op vallen vergroten (Seppala e.a., Age and Ageing, 2021)'
	}
};

/** The names of the priorities. */
export const PRIORITY_NAMES: Record<Priority, Text> = {
	high: { en: 'High', nl: 'Hoog' },
	medium: { en: 'Medium', nl: 'Gemiddeld' },
	low: { en: 'Low', nl: 'Laag' }
};
