/**
 * Tells other open Footing tabs what changed, so the same check open twice stays the same in
 * both within a moment. Messages carry only ids: the receiving tab reads the committed record
 * from the database, so a late message can never bring back an older answer.
 */
import type { AnswerField } from '$lib/checklist/check';

export type SyncMessage =
	/** An answer changed; `joined`: this field kept two texts typed at once. */
	| { type: 'answer'; checkId: string; roomId: string; itemId: string; joined?: AnswerField }
	/** The check's details or rooms changed. */
	| { type: 'check'; checkId: string }
	/** The check was written over whole (a backup restored with "Replace"): read it all again. */
	| { type: 'replaced'; checkId: string }
	/** The check was deleted at `at`; it can be brought back while its Undo lasts. */
	| { type: 'deleted'; checkId: string; at: number }
	/** A deleted check was brought back. */
	| { type: 'restored'; checkId: string }
	| { type: 'photos'; checkId: string; roomId: string }
	| { type: 'list' }
	/** Lock now (`locked`), or the passcode was set or turned off (`changed`): reload. */
	| { type: 'lock'; what: 'locked' | 'changed' }
	/** A check's sending to the care record, or the access token, changed. */
	| { type: 'care-record' };

const CHANNEL = 'footing';
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL);
	return channel;
}

/** Tell the other tabs about a committed change. */
export function announce(message: SyncMessage): void {
	open()?.postMessage(message);
}

/** Hear about changes committed in other tabs. Returns a function that stops listening. */
export function listen(handler: (message: SyncMessage) => void): () => void {
	const ch = open();
	if (!ch) return () => undefined;
	const onMessage = (event: MessageEvent<SyncMessage>) => handler(event.data);
	ch.addEventListener('message', onMessage);
	return () => ch.removeEventListener('message', onMessage);
}
