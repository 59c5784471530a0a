/**
 * Prints the whole checklist as JSON on stdout, for reviewers and other tools:
 * `npm run --silent catalogue > catalogue.json`.
 */
import { AREAS } from '../src/lib/checklist/areas';
import { ITEMS } from '../src/lib/checklist/catalogue';
import { OWNER_NAMES, PRIORITY_NAMES, SOURCE_NAMES } from '../src/lib/checklist/names';
import { PERSONAL_SECTION } from '../src/lib/checklist/rules';
import { LANGUAGES } from '../src/lib/checklist/types';

const catalogue = {
	format: 'footing-catalogue',
	languages: LANGUAGES,
	areas: AREAS.map((area) => ({
		...area,
		items: ITEMS.filter((item) => item.areas.includes(area.id)).map((item) => item.id)
	})),
	personalSection: PERSONAL_SECTION,
	items: ITEMS,
	owners: OWNER_NAMES,
	priorities: PRIORITY_NAMES,
	sources: SOURCE_NAMES
};

process.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
