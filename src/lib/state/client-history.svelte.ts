/**
 * One client's history: every visit to the home, newest first, each with what changed since
 * the visit before (fixed, still open, new). A visit can be deleted (with Undo while it lasts)
 * without touching the others: each follow-up holds its own copy of what it carried.
 */
import type { Check } from '$lib/checklist/check';
import { clientsOf, type Client } from '$lib/checklist/clients';
import { compareVisits, type VisitComparison } from '$lib/checklist/plan';
import {
	database,
	deleteCheck,
	listChecks,
	openCheck,
	restoreCheck,
	storageProblemOf,
	type StorageProblem
} from '$lib/db';
import { announce, listen } from './sync';
import { UNDO_MS } from './undo';

/** One visit as the history lists it. */
export interface VisitEntry {
	check: Check;
	/** The visit it follows up, when that one is still on this device. */
	earlier?: Check;
	/** What changed since `earlier`. */
	changes?: VisitComparison;
}

export class ClientHistory {
	/** The client, undefined until read, or null when no visit of it is left. */
	client = $state.raw<Client | null | undefined>();
	/** Its visits, newest first, with what changed. */
	visits = $state.raw<VisitEntry[]>([]);
	problem = $state<StorageProblem | undefined>();
	/** The visit just deleted, while its Undo lasts. */
	deleted = $state.raw<Check | undefined>();
	readonly #id: string;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(clientId: string) {
		this.#id = clientId;
	}

	/** Read the history, and keep it in step with other tabs until the returned function runs. */
	start(): () => void {
		void this.load();
		const stop = listen((change) => {
			if (change.type === 'list' || change.type === 'answer') void this.load();
		});
		return () => {
			stop();
			clearTimeout(this.#undoTimer);
		};
	}

	async load(): Promise<void> {
		await this.#attempt(async (db) => {
			const client = clientsOf(await listChecks(db)).find((c) => c.id === this.#id);
			if (!client) {
				this.client = null;
				this.visits = [];
				return;
			}
			const opened = new Map(
				await Promise.all(
					client.visits.map(async (visit) => [visit.id, await openCheck(db, visit.id)] as const)
				)
			);
			this.visits = client.visits.map((check) => {
				const now = opened.get(check.id);
				const earlier = check.previousId ? opened.get(check.previousId) : undefined;
				return {
					check,
					earlier: earlier?.check,
					changes: now && earlier ? compareVisits(earlier, now) : undefined
				};
			});
			this.client = client;
		});
	}

	/** Delete one visit; Undo brings it back for a few seconds. */
	async delete(check: Check): Promise<boolean> {
		const at = Date.now();
		const done = await this.#attempt(async (db) => {
			await deleteCheck(db, check.id, at);
			return true;
		});
		if (!done) return false;
		this.deleted = check;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.deleted = undefined), UNDO_MS);
		// A window with the visit open hears it at once, and offers the Undo too.
		announce({ type: 'deleted', checkId: check.id, at });
		announce({ type: 'list' });
		await this.load();
		return true;
	}

	async undo(): Promise<void> {
		const check = this.deleted;
		if (!check) return;
		const done = await this.#attempt(async (db) => {
			await restoreCheck(db, check.id);
			return true;
		});
		if (!done) return;
		this.deleted = undefined;
		announce({ type: 'restored', checkId: check.id });
		announce({ type: 'list' });
		await this.load();
	}

	/** A follow-up of the latest visit, on `visitDate`; resolves with the new visit's id. */
	async followUp(visitDate: string): Promise<string | undefined> {
		const latest = this.client?.latest;
		if (!latest) return undefined;
		const next = await this.#attempt(async (db) => {
			const { followUp } = await import('$lib/db/follow-up');
			return followUp(db, latest.id, visitDate);
		});
		if (next) announce({ type: 'list' });
		return next?.id;
	}

	async #attempt<T>(work: (db: Awaited<ReturnType<typeof database>>) => Promise<T>) {
		try {
			const result = await work(await database());
			this.problem = undefined;
			return result;
		} catch (error) {
			console.error(error);
			this.problem = storageProblemOf(error);
			return undefined;
		}
	}
}
