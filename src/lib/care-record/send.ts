/**
 * Sending a check to the organisation's FHIR server: the transaction Bundle it posts, what the
 * server's answer means, and when to try again. No storage and no screens here
 * (src/lib/state/care-record.svelte.ts keeps the queue); `fetch` is passed in for the tests.
 */
import type { Answer, Check } from '$lib/checklist/check';
import type { Language } from '$lib/checklist/types';
import { checkBundle } from '$lib/fhir/bundle';
import { transactionBundle } from '$lib/fhir/transaction';
import type { Bundle } from '$lib/fhir/types';
import type { SendProblem } from '$lib/db/schema';

/** The server a deployment sends to (scripts/care-record.js). */
export interface CareRecordServer {
	base: string;
	origin: string;
	clientNumberSystem: string;
	/** Whether the organisation allows a BSN (FOOTING_FHIR_BSN=1). */
	bsn: boolean;
}

/**
 * The transaction that sends a check: conditional creates the first time, so that a try
 * repeated after a lost answer creates nothing twice; conditional updates once it was sent,
 * so that what changed since replaces what the server has (the Patient stays the
 * organisation's record either way).
 */
export function sendingBundle(
	check: Check,
	answers: ReadonlyMap<string, Answer>,
	options: { server: CareRecordServer; language: Language; sentBefore: boolean; now?: Date }
): Bundle {
	const bundle = checkBundle(check, answers, {
		language: options.language,
		now: options.now,
		identifiers: check.identifiers ?? {},
		clientNumberSystem: options.server.clientNumberSystem,
		bsn: options.server.bsn
	});
	return transactionBundle(bundle, { update: options.sentBefore });
}

/** How one try went. */
export type SendResult =
	{ ok: true } | { ok: false; problem: SendProblem; detail?: string; retryAfterMs?: number };

/** The longest of the server's words kept for the user. */
const DETAIL_MAX = 300;

/** Post a transaction to the server and say what its answer means. */
export async function postTransaction(
	server: CareRecordServer,
	token: string | undefined,
	bundle: Bundle,
	fetcher: typeof fetch = fetch
): Promise<SendResult> {
	let response: Response;
	try {
		response = await fetcher(server.base, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/fhir+json',
				Accept: 'application/fhir+json',
				...(token ? { Authorization: `Bearer ${token}` } : {})
			},
			body: JSON.stringify(bundle),
			// Nothing of the app's own origin goes along (no cookies), and no referrer.
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			cache: 'no-store'
		});
	} catch {
		// The server could not be reached: no connection, or it is down.
		return { ok: false, problem: 'offline' };
	}
	const detail = await outcomeText(response);
	if (response.ok) {
		if (await allEntriesOk(response)) return { ok: true };
		return { ok: false, problem: 'refused', detail };
	}
	if (response.status === 401 || response.status === 403)
		return { ok: false, problem: 'token', detail };
	if (response.status === 408 || response.status === 429 || response.status >= 500)
		return { ok: false, problem: 'server', detail, retryAfterMs: retryAfter(response) };
	return { ok: false, problem: 'refused', detail };
}

/** A server may answer 200 to a transaction whose entries failed (a batch-like server). */
async function allEntriesOk(response: Response): Promise<boolean> {
	const body = await jsonOf(response);
	const entries = (body as { entry?: { response?: { status?: string } }[] } | undefined)?.entry;
	if (!Array.isArray(entries)) return true;
	return entries.every((entry) => /^2\d\d/.test(entry.response?.status ?? '200'));
}

const bodies = new WeakMap<Response, Promise<unknown>>();
/** The response's JSON, read once, or undefined. */
function jsonOf(response: Response): Promise<unknown> {
	let body = bodies.get(response);
	if (!body) {
		body = response.json().catch(() => undefined);
		bodies.set(response, body);
	}
	return body;
}

/** What an OperationOutcome in the answer says, shortened, if there is one. */
async function outcomeText(response: Response): Promise<string | undefined> {
	const body = (await jsonOf(response)) as
		| { resourceType?: string; issue?: { diagnostics?: string; details?: { text?: string } }[] }
		| undefined;
	if (body?.resourceType !== 'OperationOutcome' || !Array.isArray(body.issue)) return undefined;
	const text = body.issue
		.map((issue) => issue.details?.text ?? issue.diagnostics)
		.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
		.join(' ')
		.trim();
	return text ? text.slice(0, DETAIL_MAX) : undefined;
}

/** The server's Retry-After in ms (seconds only; a date is ignored). */
function retryAfter(response: Response): number | undefined {
	const seconds = Number(response.headers.get('Retry-After'));
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** The first wait after a failed try; each further one doubles, up to the longest. */
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 30 * 60_000;

/**
 * When to try again after `tries` failed tries: 30 s, 1 min, 2 min, … up to 30 min, each
 * spread by up to a fifth so that many devices coming back online do not all try at once;
 * never sooner than the server asked.
 */
export function nextTryAt(tries: number, now: number, retryAfterMs = 0, random = Math.random) {
	const wait = Math.min(FIRST_WAIT_MS * 2 ** Math.max(0, tries - 1), LONGEST_WAIT_MS);
	const spread = wait * 0.2 * (random() * 2 - 1);
	return now + Math.max(Math.round(wait + spread), retryAfterMs);
}
