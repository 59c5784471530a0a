/**
 * Whether what the user changed is saved: "Saving…", "Saved on this device", or the problem.
 * One tracker per open check, shared by its answers and its photos, so the check's bar shows one
 * status. A problem is cleared by the next save that succeeds, here and nowhere else.
 */
import { diagnose, storageProblemOf, type StorageProblem } from '$lib/db';
import { PhotoError, type PhotoProblem } from '$lib/photos/downscale';

export type { StorageProblem };

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
/** Why a save failed, for a message in the user's language. */
export type SaveProblem = StorageProblem | PhotoProblem;

/** Which problem an error is: a photo that cannot be used, or one of storing. */
export function saveProblemOf(error: unknown): SaveProblem {
	return error instanceof PhotoError ? error.problem : storageProblemOf(error);
}

/** A photo that cannot be used is the user's choice to redo, not a failure to save. */
function isPhotoProblem(problem: SaveProblem): problem is PhotoProblem {
	return problem === 'not-an-image' || problem === 'too-big' || problem === 'unreadable';
}

export class SaveTracker {
	state = $state<SaveState>('idle');
	problem = $state<SaveProblem | undefined>();
	#inFlight = 0;
	#held = 0;
	#failures = 0;

	/** Run one save: "Saving…" while it runs, then saved or its problem. Undefined on failure. */
	async run<T>(work: () => Promise<T>): Promise<T | undefined> {
		this.begin();
		try {
			const result = await work();
			this.succeeded();
			return result;
		} catch (error) {
			this.failed(error);
			return undefined;
		}
	}

	/** A save has started. Each `begin` is ended by one `succeeded` or `failed`. */
	begin(): void {
		this.#inFlight += 1;
		this.state = 'saving';
	}

	/** A save has committed: any earlier problem is solved by it. */
	succeeded(): void {
		this.problem = undefined;
		this.#failures += 1;
		this.#end();
	}

	/**
	 * A save failed: say why. A failure IndexedDB does not explain is looked into (a full
	 * device often shows only as an aborted write), and said better once known.
	 */
	failed(error: unknown): void {
		console.error(error);
		const problem = saveProblemOf(error);
		this.problem = problem;
		this.#end();
		if (problem !== 'other' && problem !== 'closed') return;
		const failures = ++this.#failures;
		void diagnose(error).then((better) => {
			// Only while this failure is still the one shown.
			if (failures === this.#failures && this.problem === problem && better !== problem) {
				this.problem = better;
				this.#settle();
			}
		});
	}

	/** How many changes wait for a pause in typing before they are saved: "Saving…" meanwhile. */
	hold(count: number): void {
		this.#held = count;
		if (count > 0) this.state = 'saving';
		else this.#settle();
	}

	#end(): void {
		this.#inFlight = Math.max(0, this.#inFlight - 1);
		this.#settle();
	}

	#settle(): void {
		if (this.#inFlight > 0 || this.#held > 0) return;
		this.state = this.problem && !isPhotoProblem(this.problem) ? 'failed' : 'saved';
	}
}
