/**
 * The checks on this device, as the start page lists them: the first screenful at once, then
 * all of them for search; delete with a short-lived Undo; a follow-up visit; the purge of
 * deleted checks whose Undo is long gone; and the backup reminder. Each action reports its
 * failure as a storage problem the page explains. The Undo of a delete is kept with the
 * check's deletion time in the database, so going back to the start page (or reloading it)
 * while it lasts shows it again.
 */
import { today, type Check } from '$lib/checklist/check';
import { clientsOf, matches, searchText } from '$lib/checklist/clients';
import { backupReminder } from '$lib/backup/reminder';
// The modules themselves, not the barrel: see src/lib/db/database.ts.
import {
	deleteCheck,
	deletedSince,
	listChecks,
	listedCheck,
	oldestChangeSince,
	purgeDeleted,
	recentChecks,
	restoreCheck
} from '$lib/db/checks';
import { database } from '$lib/db/database';
import { diagnose, type StorageProblem } from '$lib/db/errors';
import { getFact, setFact } from '$lib/db/facts';
import type { Db } from '$lib/db/write';
import { dateSearchTexts } from '$lib/i18n/format';
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
	/** How many checks on the device were changed or damaged, so they cannot be shown. */
	unreadable = $state(0);
	query = $state('');
	/** How many matching clients are shown. */
	shown = $state(PAGE);
	/** What the page says after a delete (with Undo, while it lasts) or an undo. */
	notice = $state.raw<{ kind: 'deleted' | 'restored'; check: Check } | undefined>();
	/** The check just deleted, while its Undo lasts. */
	readonly deleted = $derived(this.notice?.kind === 'deleted' ? this.notice.check : undefined);
	/** When a backup reminder is due: how many days old the oldest unsaved change is. */
	reminder = $state<{ days: number } | undefined>();

	/** The checks as clients (a home and its people, with every visit), latest change first. */
	readonly clients = $derived(clientsOf(this.checks ?? []));

	/** What each client can be found by, made once per read of the list, not per keystroke. */
	readonly #searchIndex = $derived(
		new Map(this.clients.map((client) => [client.id, searchText(client, dateSearchTexts)]))
	);

	/**
	 * The clients found by every word of the query: in the home's name, a person's name or a
	 * visit date, in any case and without diacritics.
	 */
	readonly matching = $derived.by(() => {
		if (!this.query.trim()) return this.clients;
		return this.clients.filter((client) =>
			matches(this.#searchIndex.get(client.id) ?? '', this.query)
		);
	});

	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	#now: () => number;
	/**
	 * The list's reads, one after the other: a read started before a change was committed can
	 * then never land after the read that has the change, and put the older list back.
	 */
	#reading: Promise<unknown> = Promise.resolve();

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	/**
	 * Show the list: the first screenful first, then every check, then tidy up (the purge).
	 * What the page shows above the list (the backup reminder, the hint to keep the data) is
	 * known with the first screen, so it never pushes the list down under a finger. Keeps the
	 * list in step with other tabs until the returned function is called.
	 */
	start(onFirstScreen: () => Promise<void> = async () => {}): () => void {
		void (async () => {
			const shown = await this.#attempt(async (db) => {
				const unreadable = { count: 0 };
				const [checks, reminder] = await Promise.all([
					recentChecks(db, PAGE, unreadable),
					this.#reminderDue(db),
					storage.refreshKept()
				]);
				this.reminder = reminder;
				this.unreadable = unreadable.count;
				return (this.checks = checks);
			});
			if (!shown) return;
			await onFirstScreen();
			mark(TIMINGS.listShown);
			await this.load();
			await this.#undoStillOpen();
			await this.purge();
		})();
		const stop = listen((change) => {
			if (change.type === 'restored' && this.deleted?.id === change.checkId) {
				clearTimeout(this.#undoTimer);
				this.notice = { kind: 'restored', check: this.deleted };
			}
			if (change.type === 'answer') void this.#refresh(change.checkId);
			else if (change.type === 'list' || change.type === 'restored') void this.load();
		});
		return () => {
			stop();
			clearTimeout(this.#undoTimer);
		};
	}

	/** Read every check again, and whether a backup reminder is due. */
	async load(): Promise<void> {
		await this.#inTurn(() =>
			this.#attempt(async (db) => {
				const unreadable = { count: 0 };
				const checks = await listChecks(db, unreadable);
				this.checks = checks;
				this.unreadable = unreadable.count;
				this.reminder = await this.#reminderDue(db);
			})
		);
	}

	/**
	 * Another tab saved an answer of one check: only that check's record changed (its summary,
	 * when it was changed), so only it is read again, with the reminder; with 10,000 checks on
	 * the device, reading them all took the start page 150 ms for each answer tapped elsewhere.
	 * A check that can no longer be opened sends for the whole list, which counts it.
	 */
	async #refresh(checkId: string): Promise<void> {
		const unreadable = { count: 0 };
		await this.#inTurn(() =>
			this.#attempt(async (db) => {
				const [check, reminder] = await Promise.all([
					listedCheck(db, checkId, unreadable),
					this.#reminderDue(db)
				]);
				if (!this.checks || unreadable.count > 0) return;
				const others = this.checks.filter((one) => one.id !== checkId);
				if (check) {
					const at = others.findIndex((one) => one.updatedAt <= check.updatedAt);
					others.splice(at < 0 ? others.length : at, 0, check);
				}
				this.checks = others;
				this.reminder = reminder;
			})
		);
		if (unreadable.count > 0) await this.load();
	}

	/** Run one of the list's reads after those before it (see `#reading`). */
	#inTurn<T>(read: () => Promise<T>): Promise<T> {
		const next = this.#reading.then(read);
		this.#reading = next.catch(() => undefined);
		return next;
	}

	/** Whether the backup reminder is due: the oldest change since the last backup decides. */
	async #reminderDue(db: Db): Promise<{ days: number } | undefined> {
		const [lastBackupAt, dismissedAt] = await Promise.all([
			getFact(db, 'lastBackupAt'),
			getFact(db, 'backupReminderDismissedAt')
		]);
		const oldest = await oldestChangeSince(db, lastBackupAt ?? 0);
		return backupReminder({
			now: this.#now(),
			changes: oldest === undefined ? [] : [oldest],
			lastBackupAt,
			dismissedAt
		});
	}

	/** A new search: show the first page of what matches. */
	search(query: string): void {
		this.query = query;
		this.shown = PAGE;
	}

	/** Show the next page of matching clients. */
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
		const next = await this.#attempt(async (db) => {
			const { followUp } = await import('$lib/db/follow-up');
			return followUp(db, check.id, visitDate, this.#now());
		});
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
	async #attempt<T>(work: (db: Db) => Promise<T>) {
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
