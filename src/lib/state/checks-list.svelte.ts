/**
 * The checks on this device, as the start page lists them: the first screenful at once, then
 * all of them for search; delete with a short-lived Undo; a follow-up visit; the purge of
 * deleted checks whose Undo is long gone; and the backup reminder. Each action reports its
 * failure as a storage problem the page explains. The Undo of a delete is kept with the
 * check's deletion time in the database, so going back to the start page (or reloading it)
 * while it lasts shows it again.
 */
import { today, type Check } from '$lib/checklist/check';
import { backupReminder } from '$lib/backup/reminder';
import {
	database,
	deleteCheck,
	deletedSince,
	followUp,
	getFact,
	listChecks,
	purgeDeleted,
	recentChecks,
	restoreCheck,
	setFact,
	diagnose,
	type StorageProblem
} from '$lib/db';
import { mark, TIMINGS } from '$lib/timing';
import { storage } from './storage.svelte';
import { announce, listen } from './sync';
import { UNDO_MS } from './undo';

export { UNDO_MS };

/** How many checks the list shows before "Show more". */
export const PAGE = 30;
/** Deleted checks are removed for good this long after their deletion (the Undo is long gone). */
export const PURGE_AFTER_MS = 60_000;

export class ChecksList {
	/** The checks, newest change first; undefined until read. */
	checks = $state.raw<Check[] | undefined>();
	/** Why the last read or action failed, if it did. */
	problem = $state<StorageProblem | undefined>();
	query = $state('');
	/** How many matching checks are shown. */
	shown = $state(PAGE);
	/** What the page says after a delete (with Undo, while it lasts) or an undo. */
	notice = $state.raw<{ kind: 'deleted' | 'restored'; check: Check } | undefined>();
	/** The check just deleted, while its Undo lasts. */
	readonly deleted = $derived(this.notice?.kind === 'deleted' ? this.notice.check : undefined);
	/** When a backup reminder is due: how many days old the oldest unsaved change is. */
	reminder = $state<{ days: number } | undefined>();

	/** Visit dates by check id, to say which visit a follow-up follows. */
	readonly visitDates = $derived(
		new Map((this.checks ?? []).map((check) => [check.id, check.visitDate]))
	);

	/** The checks whose label holds every word of the query. */
	readonly matching = $derived.by(() => {
		const words = this.query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
		const checks = this.checks ?? [];
		if (words.length === 0) return checks;
		return checks.filter((check) => {
			const label = check.label.toLocaleLowerCase();
			return words.every((word) => label.includes(word));
		});
	});

	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	#now: () => number;

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	/**
	 * Show the list: the first screenful first, then every check, then tidy up (storage facts,
	 * the purge). Keeps the list in step with other tabs until the returned function is called.
	 */
	start(onFirstScreen: () => Promise<void> = async () => {}): () => void {
		void (async () => {
			if (!(await this.#attempt(async (db) => (this.checks = await recentChecks(db, PAGE)))))
				return;
			await onFirstScreen();
			mark(TIMINGS.listShown);
			await this.load();
			await this.#undoStillOpen();
			await storage.refresh();
			await this.purge();
		})();
		const stop = listen((change) => {
			if (change.type === 'restored' && this.deleted?.id === change.checkId) {
				clearTimeout(this.#undoTimer);
				this.notice = { kind: 'restored', check: this.deleted };
			}
			if (change.type === 'list' || change.type === 'answer' || change.type === 'restored')
				void this.load();
		});
		return () => {
			stop();
			clearTimeout(this.#undoTimer);
		};
	}

	/** Read every check again, and whether a backup reminder is due. */
	async load(): Promise<void> {
		await this.#attempt(async (db) => {
			const checks = await listChecks(db);
			this.checks = checks;
			this.reminder = backupReminder({
				now: this.#now(),
				changes: checks.map((check) => check.updatedAt),
				lastBackupAt: await getFact(db, 'lastBackupAt'),
				dismissedAt: await getFact(db, 'backupReminderDismissedAt')
			});
		});
	}

	/** A new search: show the first page of what matches. */
	search(query: string): void {
		this.query = query;
		this.shown = PAGE;
	}

	/** Show the next page of matching checks. */
	showMore(): void {
		this.shown += PAGE;
	}

	/** "Not now" on the backup reminder: quiet for a while. */
	async remindLater(): Promise<void> {
		this.reminder = undefined;
		await this.#attempt((db) => setFact(db, 'backupReminderDismissedAt', this.#now()));
	}

	/** Delete a check; it can be brought back with `undo` for a few seconds. */
	async delete(check: Check): Promise<boolean> {
		const at = this.#now();
		const done = await this.#attempt(async (db) => {
			await deleteCheck(db, check.id, at);
			return true;
		});
		if (!done) return false;
		// A window with the check open hears it at once, and offers the Undo too.
		announce({ type: 'deleted', checkId: check.id, at });
		announce({ type: 'list' });
		this.#offerUndo(check, at);
		await this.load();
		return true;
	}

	/** "Deleted", with Undo until its time is up. */
	#offerUndo(check: Check, at: number): void {
		this.notice = { kind: 'deleted', check };
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(
			() => (this.notice = undefined),
			Math.max(0, at + UNDO_MS - this.#now())
		);
	}

	/**
	 * Coming back to the start page (Back, a reload) while the Undo of a delete lasts: it is
	 * offered again, for the time it has left.
	 */
	async #undoStillOpen(): Promise<void> {
		if (this.notice) return;
		const now = this.#now();
		const recent = await this.#attempt((db) => deletedSince(db, now - UNDO_MS));
		const last = recent?.[0];
		if (last?.deletedAt !== undefined && last.deletedAt <= now && !this.notice)
			this.#offerUndo(last, last.deletedAt);
	}

	/** Bring back the check just deleted. */
	async undo(): Promise<Check | undefined> {
		const check = this.deleted;
		if (!check) return undefined;
		clearTimeout(this.#undoTimer);
		const done = await this.#attempt(async (db) => {
			await restoreCheck(db, check.id);
			return true;
		});
		if (!done) return undefined;
		this.notice = { kind: 'restored', check };
		announce({ type: 'restored', checkId: check.id });
		announce({ type: 'list' });
		await this.load();
		return check;
	}

	/** Start a follow-up visit of a check, dated today. Resolves with the new check's id. */
	async followUp(check: Check, visitDate = today()): Promise<string | undefined> {
		const next = await this.#attempt((db) => followUp(db, check.id, visitDate, this.#now()));
		if (!next) return undefined;
		announce({ type: 'list' });
		return next.id;
	}

	/** Remove for good the checks deleted long enough ago. A failure waits for the next start. */
	async purge(): Promise<void> {
		try {
			await purgeDeleted(await database(), this.#now() - PURGE_AFTER_MS);
		} catch (error) {
			console.error(error);
		}
	}

	/** Run work on the database; on failure remember the problem and resolve with undefined. */
	async #attempt<T>(work: (db: Awaited<ReturnType<typeof database>>) => Promise<T>) {
		try {
			const result = await work(await database());
			this.problem = undefined;
			return result;
		} catch (error) {
			console.error(error);
			this.problem = await diagnose(error);
			return undefined;
		}
	}
}
