/**
 * Sending checks to the care record: the organisation's FHIR server, in a deployment that has
 * one (scripts/care-record.js). The user asks for a check to be sent; it is queued on this
 * device and sent when there is a connection, tried again with growing waits when the server
 * fails, and kept waiting for the user when the server refuses the token or the record. Each
 * check shows where it stands. Sending twice creates nothing twice (conditional creates and
 * updates, $lib/care-record/send.ts), so a try whose answer was lost is safe to repeat.
 *
 * Loaded only in such a deployment: the root layout imports it when `__FOOTING_CARE_RECORD__`
 * is set, so a default build has none of this code.
 */
import type { Check } from '$lib/checklist/check';
import {
	answersOf,
	database,
	getCheck,
	getSecret,
	listSendings,
	queueSending,
	recordTry,
	setSecret,
	type Sending
} from '$lib/db';
import {
	nextTryAt,
	postTransaction,
	sendingBundle,
	type CareRecordServer
} from '$lib/care-record/send';
import { locale } from '$lib/i18n/index.svelte';
import { announce, listen } from './sync';

/** Where a check's sending stands, as the screens show it. */
export type SendingView =
	| { state: 'not-sent' }
	| { state: 'queued'; waitingForConnection: boolean; sentAt?: number }
	| { state: 'retrying'; problem: 'offline' | 'server'; at: number; detail?: string }
	| { state: 'failed'; problem: 'token' | 'refused'; detail?: string }
	| { state: 'sent'; at: number; changedSince: boolean };

/** Only one tab sends at a time (Web Locks), so two tabs never post the same check at once. */
const LOCK = 'footing-care-record';

class CareRecord {
	/** The server this deployment sends to. */
	readonly server: CareRecordServer | null = __FOOTING_CARE_RECORD__;
	/** Every check's sending, by check id. */
	sendings = $state.raw(new Map<string, Sending>());
	/** Whether an access token is stored on this device. */
	tokenSet = $state(false);
	/** Whether this tab is online, as the browser tells. */
	online = $state(true);
	#started: Promise<void> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running = false;
	#again = false;

	/** Read what is stored and send what waits; then keep sending as the connection comes back. */
	start(): Promise<void> {
		this.#started ??= this.#start();
		return this.#started;
	}

	async #start(): Promise<void> {
		if (!this.server || typeof window === 'undefined') return;
		this.online = navigator.onLine;
		addEventListener('online', () => {
			this.online = true;
			void this.run();
		});
		addEventListener('offline', () => (this.online = false));
		listen((message) => {
			if (message.type === 'care-record') void this.#reload();
		});
		await this.#reload();
		void this.run();
	}

	async #reload(): Promise<void> {
		const db = await database();
		const [sendings, token] = await Promise.all([
			listSendings(db),
			getSecret(db, 'care-record-token')
		]);
		this.sendings = sendings;
		this.tokenSet = token !== undefined;
	}

	/** Where a check's sending stands. */
	viewOf(check: Pick<Check, 'id' | 'updatedAt'>): SendingView {
		const sending = this.sendings.get(check.id);
		if (!sending) return { state: 'not-sent' };
		if (sending.state === 'sent')
			return {
				state: 'sent',
				at: sending.sentAt!,
				changedSince: check.updatedAt !== sending.sentVersion
			};
		if (sending.state === 'failed')
			return {
				state: 'failed',
				problem: sending.problem === 'token' ? 'token' : 'refused',
				detail: sending.detail
			};
		if (sending.problem === 'offline' || sending.problem === 'server')
			if (sending.nextTryAt !== undefined && this.online)
				return {
					state: 'retrying',
					problem: sending.problem,
					at: sending.nextTryAt,
					detail: sending.detail
				};
		return {
			state: 'queued',
			waitingForConnection: !this.online || sending.problem === 'offline',
			sentAt: sending.sentAt
		};
	}

	/** Queue a check to be sent (again), and send it now if there is a connection. */
	async send(checkId: string): Promise<void> {
		const db = await database();
		const sending = await queueSending(db, checkId);
		this.#put(sending);
		announce({ type: 'care-record' });
		await this.run();
	}

	/**
	 * Store the access token the organisation gave (sealed with a passcode set), or forget it
	 * with an empty one. A new token sends again what the old one could not.
	 */
	async setToken(token: string): Promise<void> {
		const db = await database();
		const value = token.trim() || undefined;
		await setSecret(db, 'care-record-token', value);
		this.tokenSet = value !== undefined;
		if (value) {
			for (const sending of this.sendings.values())
				if (sending.state === 'failed' && sending.problem === 'token')
					this.#put(await queueSending(db, sending.checkId));
		}
		announce({ type: 'care-record' });
		void this.run();
	}

	/**
	 * Send every queued check whose time has come, one at a time, in one tab at a time; then
	 * wait for the earliest next try. Offline, nothing is tried: the 'online' event runs it again.
	 */
	async run(): Promise<void> {
		if (!this.server) return;
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = true;
		try {
			do {
				this.#again = false;
				await withLock(() => this.#sendDue());
			} while (this.#again);
		} catch {
			// The database could not be read (locked, closed for an update): what waits stays
			// queued on the device and goes at the next start or connection.
		} finally {
			this.#running = false;
		}
		this.#schedule();
	}

	async #sendDue(): Promise<void> {
		const db = await database();
		// Another tab may have sent meanwhile: read the queue as stored, not as this tab saw it.
		this.sendings = await listSendings(db);
		for (const sending of this.sendings.values()) {
			if (sending.state !== 'queued') continue;
			if (sending.nextTryAt !== undefined && sending.nextTryAt > Date.now()) continue;
			if (!navigator.onLine) {
				this.online = false;
				return;
			}
			await this.#try(sending);
		}
	}

	async #try(sending: Sending): Promise<void> {
		const server = this.server!;
		const db = await database();
		const check = await getCheck(db, sending.checkId);
		if (!check || check.deletedAt !== undefined) return;
		const [answers, token] = await Promise.all([
			answersOf(db, check.id),
			getSecret(db, 'care-record-token')
		]);
		const bundle = sendingBundle(check, answers, {
			server,
			language: locale.language,
			sentBefore: sending.sentAt !== undefined
		});
		const result = await postTransaction(server, token, bundle);
		const now = Date.now();
		const tries = sending.tries + 1;
		const next: Sending = result.ok
			? {
					checkId: sending.checkId,
					state: 'sent',
					queuedAt: sending.queuedAt,
					tries,
					sentAt: now,
					sentVersion: check.updatedAt
				}
			: {
					...sending,
					state: result.problem === 'token' || result.problem === 'refused' ? 'failed' : 'queued',
					tries,
					problem: result.problem,
					detail: result.detail,
					nextTryAt:
						result.problem === 'offline' || result.problem === 'server'
							? nextTryAt(tries, now, result.retryAfterMs)
							: undefined
				};
		if (result.ok || next.detail === undefined) delete next.detail;
		if (next.nextTryAt === undefined) delete next.nextTryAt;
		const stored = await recordTry(db, next);
		if (stored) this.#put(stored);
		announce({ type: 'care-record' });
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		const waits = [...this.sendings.values()]
			.filter((sending) => sending.state === 'queued' && sending.nextTryAt !== undefined)
			.map((sending) => sending.nextTryAt!);
		if (waits.length === 0) return;
		const wait = Math.max(0, Math.min(...waits) - Date.now());
		this.#timer = setTimeout(() => void this.run(), wait);
	}

	#put(sending: Sending): void {
		const next = new Map(this.sendings);
		next.set(sending.checkId, sending);
		this.sendings = next;
	}
}

/** Run `task` holding the sending lock (or just run it where Web Locks are missing). */
function withLock(task: () => Promise<void>): Promise<void> {
	if (typeof navigator === 'undefined' || !navigator.locks) return task();
	return navigator.locks.request(LOCK, task);
}

export const careRecord = new CareRecord();
