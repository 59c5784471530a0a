/**
 * The stamps that order changes: a hybrid logical clock. A stamp is a whole number of
 * milliseconds since 1970, like `Date.now()`, so stamps stored by earlier versions (and in
 * backup files) keep their meaning. But a stamp is never lower than one this clock made or saw
 * before: when the device's clock is set back, or a stamp from a clock that ran ahead comes in
 * (another device's backup, another tab), the next stamp is that one plus 1. So a change made
 * later on this device always gets a higher stamp than what it replaces, whatever the wall
 * clock says, and a stamp from the future never blocks an edit.
 */

/** No stamp is taken from a wall clock before 1970 or after 2100 (backup files refuse those). */
export const STAMP_MIN = 0;
export const STAMP_MAX = Date.UTC(2100, 0, 1) - 1;

/** Whether a value is a stamp at all: a whole number of milliseconds in Footing's range. */
export function isStamp(value: unknown): value is number {
	return (
		typeof value === 'number' && Number.isInteger(value) && value >= STAMP_MIN && value <= STAMP_MAX
	);
}

export class HybridClock {
	#last = STAMP_MIN;
	readonly #wall: () => number;

	/** `wall` reads the device's clock (`Date.now` unless a test sets its own). */
	constructor(wall: () => number = () => Date.now()) {
		this.#wall = wall;
	}

	/** The stamp for a change made now: later than every stamp made or seen before. */
	tick(): number {
		const wall = Math.floor(this.#wall());
		const now = Number.isFinite(wall) ? Math.min(Math.max(wall, STAMP_MIN), STAMP_MAX) : STAMP_MIN;
		// Capped, so a file made on this device always restores (only a clock set past 2100
		// reaches the cap; equal stamps then let the later write win).
		this.#last = Math.min(Math.max(now, this.#last + 1), STAMP_MAX);
		return this.#last;
	}

	/** Take note of a stamp made elsewhere (stored, in a file, from another tab). */
	observe(stamp: unknown): void {
		if (isStamp(stamp) && stamp > this.#last) this.#last = stamp;
	}

	/** Take note of every stamp of some answers (their `changedAt`). */
	observeAnswers(answers: Iterable<{ changedAt: Partial<Record<string, number>> }>): void {
		for (const answer of answers)
			for (const stamp of Object.values(answer.changedAt)) this.observe(stamp);
	}

	/** The highest stamp made or seen so far. */
	get last(): number {
		return this.#last;
	}
}
