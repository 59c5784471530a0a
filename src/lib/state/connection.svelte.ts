/**
 * The state of this tab's connection to the database, for the banner that asks the user to
 * reload when a newer Footing in another tab has taken the database over.
 */
import { onVersionChange } from '$lib/db';

class Connection {
	/** A newer version opened in another tab: this tab saved its last changes and let go. */
	replaced = $state(false);

	constructor() {
		if (typeof window !== 'undefined') onVersionChange(() => (this.replaced = true));
	}
}

export const connection = new Connection();
