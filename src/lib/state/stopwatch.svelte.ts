/**
 * The timer of a timed test: a countdown before it starts ("3, 2, 1, go"), then either a
 * stopwatch the user stops (Timed Up and Go, the 4-metre walk) or a fixed time that ends by
 * itself (the 30-second chair stand). Time is read from the clock at each tick, not counted
 * in ticks, so a slow or busy device still measures right.
 */
export type StopwatchPhase = 'ready' | 'countdown' | 'running' | 'done';

export class Stopwatch {
	phase = $state<StopwatchPhase>('ready');
	/** Seconds left in the countdown before the start. */
	countdown = $state(0);
	/** Seconds since the start (a stopwatch), or left (a fixed time). */
	shown = $state(0);
	/** The seconds measured, once stopped. */
	measured = $state<number | undefined>();

	#startedAt = 0;
	#timer: ReturnType<typeof setInterval> | undefined;
	#now: () => number;

	constructor(
		/** A fixed time in seconds (the chair stand); absent: a stopwatch. */
		readonly duration?: number,
		readonly countdownFrom = 3,
		now: () => number = () => performance.now(),
		/** Told when the countdown ends ("go") and when a fixed time is up ("stop"). */
		readonly onCue: (cue: 'go' | 'stop') => void = () => {}
	) {
		this.#now = now;
	}

	/** Start the countdown, then the test. */
	start(): void {
		this.#clear();
		this.measured = undefined;
		this.phase = 'countdown';
		this.countdown = this.countdownFrom;
		const countdownStart = this.#now();
		this.#timer = setInterval(() => this.#tick(countdownStart), 100);
	}

	/** Stop the stopwatch: the time measured, to a tenth of a second. */
	stop(): void {
		if (this.phase !== 'running') return;
		this.#clear();
		const seconds = (this.#now() - this.#startedAt) / 1000;
		this.measured = Math.round(seconds * 10) / 10;
		this.shown = this.measured;
		this.phase = 'done';
	}

	/** Back to the start, nothing measured. */
	reset(): void {
		this.#clear();
		this.phase = 'ready';
		this.shown = 0;
		this.measured = undefined;
	}

	#tick(countdownStart: number): void {
		const now = this.#now();
		if (this.phase === 'countdown') {
			const left = this.countdownFrom - (now - countdownStart) / 1000;
			this.countdown = Math.max(0, Math.ceil(left));
			if (left > 0) return;
			this.phase = 'running';
			this.#startedAt = now;
			this.onCue('go');
		}
		const elapsed = (now - this.#startedAt) / 1000;
		if (this.duration === undefined) {
			this.shown = Math.floor(elapsed * 10) / 10;
			return;
		}
		this.shown = Math.max(0, Math.ceil(this.duration - elapsed));
		if (elapsed >= this.duration) {
			this.#clear();
			this.measured = this.duration;
			this.phase = 'done';
			this.onCue('stop');
		}
	}

	#clear(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
	}
}
