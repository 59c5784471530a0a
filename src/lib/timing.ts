/**
 * User Timing marks for what users feel, read by the benchmark suite (bench/): they cost
 * nothing noticeable and show in the browser's performance panel too.
 */

/** Names of the measures Footing records. */
export const TIMINGS = {
	/** From the tap on an answer until its transaction has committed. */
	answerSaved: 'footing:answer-saved',
	/** From the tap on "Download PDF" until the file is ready. */
	pdfMade: 'footing:pdf-made',
	/** The start page shows its list of checks (a mark, from navigation start). */
	listShown: 'footing:list-shown'
} as const;

/** Record a measure from `start` (performance.now()) until now. */
export function measureSince(name: string, start: number): void {
	try {
		performance.measure(name, { start, end: performance.now() });
	} catch {
		// No User Timing here: nothing to record.
	}
}

/** Record a mark now. */
export function mark(name: string): void {
	try {
		performance.mark(name);
	} catch {
		// No User Timing here: nothing to record.
	}
}
