/** What can go wrong with keys and sealed data, each its own class (the screens say which). */

/** A sealed record or file does not open: it was changed, damaged or sealed for another place. */
export class TamperedError extends Error {
	override name = 'TamperedError';
	constructor(readonly context: string) {
		super(`Sealed data for ${context} was changed or damaged.`);
	}
}

/** Footing is locked: the data key is not in memory, so nothing sealed can be read or written. */
export class LockedError extends Error {
	override name = 'LockedError';
}
