/**
 * One check open on screen: its rooms and answers, kept in step with the database and with
 * other tabs. Every change is stamped by the hybrid logical clock (./clock.ts), written to the
 * journal in localStorage at once (so a page killed at any moment loses nothing), and saved in
 * its own small transaction; notes and rewritten fixes are saved after a short pause in typing,
 * and at once when the page may go away, when an update reloads it, or when another tab needs
 * the database. A save that fails shows what is really stored again. Photos are kept by
 * RoomPhotos (./room-photos.svelte.ts); both report to the same SaveTracker.
 */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import {
	answerKey,
	applyChange,
	JOIN_LINE,
	TYPED_FIELDS,
	type Answer,
	type AnswerChange,
	type AnswerField,
	type AnswerFields,
	type Check,
	type CheckMode,
	type GivenWay,
	type Room
} from '$lib/checklist/check';
import { cleanText } from '$lib/checklist/label';
import { clip, LIMITS } from '$lib/checklist/limits';
import { checkSummary } from '$lib/checklist/rules';
import type { RoomKind } from '$lib/checklist/types';
import {
	addRoom,
	CheckDeletedError,
	database,
	journalChange,
	journalChanges,
	journalSaved,
	moveRoom,
	newId,
	onVersionChange,
	openCheck,
	removeRoom,
	renameRoom,
	restoreCheck,
	restoreRoom,
	saveAnswers,
	saveChange,
	storedAnswer,
	updateCheck,
	type CheckDetails,
	type Db,
	type RemovedRoom
} from '$lib/db';
import { measureSince, TIMINGS } from '$lib/timing';
import { clock } from './clock';
import { onPageLeaving } from './page-life';
import { SaveTracker } from './save-tracker.svelte';
import { storage } from './storage.svelte';
import { announce, listen, type SyncMessage } from './sync';
import { UNDO_MS } from './undo';
import { appUpdate } from './update.svelte';

export type { RemovedRoom };

/** How long typing may pause before a note is saved. */
export const TYPING_PAUSE_MS = 400;
/** Fields typed letter by letter, saved after a pause rather than on every key. */
const TYPED: ReadonlySet<AnswerField> = new Set(TYPED_FIELDS);

/** One field of one answer to set, as part of a change of several. */
export interface AnswerEdit {
	roomId: string;
	itemId: string;
	field: AnswerField;
	value: AnswerFields[AnswerField];
}

/** An earlier visit of the same home, as a follow-up compares with it. */
export interface EarlierVisit {
	check: Check;
	answers: ReadonlyMap<string, Answer>;
}

/** The check was deleted (in another window): when, and whether Undo can still bring it back. */
export interface Deleted {
	at: number | undefined;
	canUndo: boolean;
}

/** The key of one field of one answer. */
const fieldKeyOf = (change: { roomId: string; itemId: string; field: AnswerField }) =>
	`${answerKey(change.roomId, change.itemId)}#${change.field}`;

export class CheckSession {
	check: Check = $state.raw() as Check;
	readonly answers = new SvelteMap<string, Answer>();
	/** Whether the last changes are saved, shared with the check's photos. */
	readonly saves: SaveTracker;
	/** The summary of the whole check, counted from the answers on screen. */
	readonly summary = $derived(checkSummary(this.check, this.answers));
	/** Set when the check was deleted in another window: nothing more is saved into it. */
	deleted = $state.raw<Deleted | undefined>();
	/** The room removed last, while its Undo lasts. */
	removedRoom = $state.raw<RemovedRoom | undefined>();
	/**
	 * Fields (`roomId/itemId#field`) where two windows typed at once and both texts were kept,
	 * so the card can say so.
	 */
	readonly joined = new SvelteSet<string>();

	#db: Db;
	/** Typed changes waiting for a pause in typing, by field. */
	#typed = new Map<string, AnswerChange>();
	/** The last change made here of each field, by field: a failed save rolls back only that. */
	#latest = new Map<string, AnswerChange>();
	/** Changes refused because the check was deleted: saved after all if it comes back. */
	#refused: AnswerChange[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#deletedTimer: ReturnType<typeof setTimeout> | undefined;
	#roomTimer: ReturnType<typeof setTimeout> | undefined;
	#stops: (() => void)[] = [];
	#earlier: Promise<EarlierVisit | undefined> | undefined;

	private constructor(db: Db, check: Check, answers: Map<string, Answer>, saves: SaveTracker) {
		this.#db = db;
		this.check = check;
		this.saves = saves;
		clock.observeAnswers(answers.values());
		const rooms = new Set(check.rooms.map((room) => room.id));
		for (const [key, answer] of answers)
			if (rooms.has(answer.roomId)) this.answers.set(key, answer);
		this.#stops.push(
			listen((message) => void this.#heard(message)),
			onVersionChange((db) => void this.#startTyped(db)),
			appUpdate.beforeReload(() => this.flush()),
			onPageLeaving(() => void this.#startTyped(this.#db))
		);
	}

	/** Open a check from the database; undefined when it does not exist. */
	static async open(id: string, saves = new SaveTracker()): Promise<CheckSession | undefined> {
		const db = await database();
		const found = await openCheck(db, id);
		return found && new CheckSession(db, found.check, found.answers, saves);
	}

	/** The answer given for an item in a room, if any. */
	answerOf(roomId: string, itemId: string): Answer | undefined {
		return this.answers.get(answerKey(roomId, itemId));
	}

	room(roomId: string): Room | undefined {
		return this.check.rooms.find((room) => room.id === roomId);
	}

	/** Whether a field kept two texts typed at once in two windows (the card says so). */
	wasJoined(roomId: string, itemId: string, field: AnswerField): boolean {
		return this.joined.has(fieldKeyOf({ roomId, itemId, field }));
	}

	/**
	 * The visit this one follows up, read once while the check is open (the overview, the
	 * comparison and the PDF all use it). Undefined for a first visit or when it was deleted.
	 */
	earlierVisit(): Promise<EarlierVisit | undefined> {
		const previousId = this.check.previousId;
		if (!previousId) return Promise.resolve(undefined);
		this.#earlier ??= openCheck(this.#db, previousId);
		this.#earlier.catch(() => (this.#earlier = undefined)); // try again next time
		return this.#earlier;
	}

	/** Change one field of an answer: shown at once, journalled, saved now (or after typing pauses). */
	change<F extends AnswerField>(roomId: string, itemId: string, field: F, value: AnswerFields[F]) {
		const key = answerKey(roomId, itemId);
		const fieldKey = fieldKeyOf({ roomId, itemId, field });
		const current = this.answers.get(key);
		const change: AnswerChange = {
			checkId: this.check.id,
			roomId,
			itemId,
			field,
			value,
			at: clock.tick()
		};
		if (TYPED.has(field)) {
			// The text this typing began from: another window's text stored since is kept too.
			change.base = this.#typed.get(fieldKey)?.base ?? current?.changedAt[field] ?? 0;
		}
		// Shown as typed here (another window's text meets it only when it is saved).
		this.answers.set(key, shownWith(current, change));
		this.#latest.set(fieldKey, change);
		journalChange(change);
		if (TYPED.has(field)) {
			this.#typed.set(fieldKey, change);
			this.saves.hold(this.#typed.size);
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
		} else {
			void this.#save(change, current, performance.now());
		}
	}

	/**
	 * Change several answers at once, saved together in one transaction or not at all (a tick
	 * list, "Everything else here is fine", an undo). Resolves true once committed.
	 */
	async changeMany(edits: readonly AnswerEdit[], given?: GivenWay): Promise<boolean> {
		return this.#saveMany(edits, given);
	}

	/**
	 * On a follow-up: the answers carried over from the last visit (the given items of one room)
	 * are confirmed as still the same, in one change, keeping their values.
	 */
	async confirmSame(roomId: string, itemIds: readonly string[]): Promise<boolean> {
		return this.#saveMany(
			this.#carriedValues(roomId, itemIds, (a) => a.fromPrevious),
			'still-same'
		);
	}

	/** The Undo of `confirmSame`: those answers are carried over again, not confirmed yet. */
	async backToCarried(roomId: string, itemIds: readonly string[]): Promise<boolean> {
		const confirmed = (answer: Answer) => answer.given === 'still-same';
		return this.#saveMany(this.#carriedValues(roomId, itemIds, confirmed), undefined, true);
	}

	/** The values of the given answers of a room that pass `which`, as edits that keep them. */
	#carriedValues(
		roomId: string,
		itemIds: readonly string[],
		which: (answer: Answer) => boolean | undefined
	): AnswerEdit[] {
		return itemIds.flatMap((itemId) => {
			const answer = this.answerOf(roomId, itemId);
			return answer?.value !== undefined && which(answer)
				? [{ roomId, itemId, field: 'value' as const, value: answer.value }]
				: [];
		});
	}

	async #saveMany(
		edits: readonly AnswerEdit[],
		given?: GivenWay,
		carried?: true
	): Promise<boolean> {
		if (edits.length === 0) return true;
		const at = clock.tick();
		const changes: AnswerChange[] = edits.map((edit) => ({
			checkId: this.check.id,
			roomId: edit.roomId,
			itemId: edit.itemId,
			field: edit.field,
			value: edit.value,
			at,
			...(given && edit.field === 'value' && edit.value !== undefined ? { given } : {}),
			...(carried && edit.field === 'value' ? { carried } : {})
		}));
		const before = new Map<string, Answer | undefined>();
		for (const change of changes) {
			const key = answerKey(change.roomId, change.itemId);
			if (!before.has(key)) before.set(key, this.answers.get(key));
			this.answers.set(key, shownWith(this.answers.get(key), change));
			this.#latest.set(fieldKeyOf(change), change);
		}
		journalChanges(changes);
		const started = performance.now();
		this.saves.begin();
		try {
			const stored = await saveAnswers(this.#db, changes, checkSummary);
			this.saves.succeeded();
			journalSaved(changes);
			measureSince(TIMINGS.answerSaved, started);
			this.#take(stored.values());
			for (const change of changes) this.#saved(change, false);
			return true;
		} catch (error) {
			await this.#failed(error, changes, before);
			return false;
		}
	}

	/** Save what is still waiting for a pause in typing. Resolves when it is committed. */
	async flush(): Promise<void> {
		await Promise.all(this.#startTyped(this.#db));
	}

	/** Remember the room open now, so reopening the check comes back to it. */
	async visit(roomId: string): Promise<void> {
		if (this.check.lastRoomId === roomId || this.deleted) return;
		this.check = { ...this.check, lastRoomId: roomId };
		await this.saves.run(() => updateCheck(this.#db, this.check.id, { lastRoomId: roomId }));
	}

	/**
	 * Change some details (the label, who checks, the date of the visit): only those given are
	 * written, so what another window changed in the others stays.
	 */
	async updateDetails(details: CheckDetails): Promise<void> {
		if (Object.keys(details).length === 0) return;
		const saved = await this.#run(() => updateCheck(this.#db, this.check.id, details));
		if (saved) this.#checkChanged(saved);
	}

	/** Make a quick check a full walk (every answer is kept), or back. */
	async setMode(mode: CheckMode): Promise<void> {
		const saved = await this.saves.run(() =>
			updateCheck(this.#db, this.check.id, { mode }, checkSummary)
		);
		if (saved) this.#checkChanged(saved);
	}

	/**
	 * Add a room of this kind, after the last room of the same kind (or at the kind's place),
	 * to the rooms as stored now.
	 */
	async addRoom(type: RoomKind): Promise<Room | undefined> {
		const room: Room = { id: newId(), type, name: '' };
		const saved = await this.#run(() => addRoom(this.#db, this.check.id, room, checkSummary));
		if (!saved) return undefined;
		this.#checkChanged(saved);
		return room;
	}

	/**
	 * Give a room a name of its own ('' goes back to the kind's name), cleaned as every name is
	 * (no characters that hide or reorder text) and cut at the names' limit.
	 */
	async renameRoom(roomId: string, typed: string): Promise<void> {
		const room = this.room(roomId);
		const name = clip(cleanText(typed), LIMITS.roomName);
		if (!room || room.name === name) return;
		const saved = await this.#run(() => renameRoom(this.#db, this.check.id, roomId, name));
		if (saved) this.#checkChanged(saved);
	}

	/** Move a room one place up (-1) or down (1) in the walk. */
	async moveRoom(roomId: string, step: -1 | 1): Promise<void> {
		const saved = await this.#run(() => moveRoom(this.#db, this.check.id, roomId, step));
		if (saved) this.#checkChanged(saved);
	}

	/** Whether a room holds anything the user gave: answers, notes or photos to ask about. */
	roomHasAnswers(roomId: string): boolean {
		for (const answer of this.answers.values()) if (answer.roomId === roomId) return true;
		return false;
	}

	/**
	 * Remove a room; its answers and photos are deleted with it. `removedRoom` holds them for a
	 * few seconds, so `undoRemoveRoom` can bring everything back.
	 */
	async removeRoom(roomId: string): Promise<void> {
		const result = await this.#run(() => removeRoom(this.#db, this.check.id, roomId, checkSummary));
		if (!result) return;
		this.#checkChanged(result.check);
		if (!result.removed) return;
		this.removedRoom = result.removed;
		clearTimeout(this.#roomTimer);
		this.#roomTimer = setTimeout(() => (this.removedRoom = undefined), UNDO_MS);
		if (result.removed.photos.length > 0)
			announce({ type: 'photos', checkId: this.check.id, roomId });
	}

	/** Bring back the room removed last, with its answers and photos. Resolves with the room. */
	async undoRemoveRoom(): Promise<Room | undefined> {
		const removed = this.removedRoom;
		if (!removed) return undefined;
		clearTimeout(this.#roomTimer);
		const saved = await this.#run(() => restoreRoom(this.#db, removed, checkSummary));
		if (!saved) return undefined;
		this.removedRoom = undefined;
		this.#checkChanged(saved);
		this.#take(removed.answers);
		if (removed.photos.length > 0)
			announce({ type: 'photos', checkId: this.check.id, roomId: removed.room.id });
		return removed.room;
	}

	/** Bring back the check another window deleted, and save what was refused meanwhile. */
	async undoDelete(): Promise<boolean> {
		if (!this.deleted?.canUndo) return false;
		const done = await this.saves.run(async () => {
			await restoreCheck(this.#db, this.check.id);
			return true;
		});
		if (!done) return false;
		announce({ type: 'restored', checkId: this.check.id });
		announce({ type: 'list' });
		await this.#cameBack();
		return true;
	}

	/** Stop listening; pending notes are saved first. */
	async close(): Promise<void> {
		await this.flush();
		for (const stop of this.#stops) stop();
		clearTimeout(this.#deletedTimer);
		clearTimeout(this.#roomTimer);
	}

	/** Run a change of the check, saying "Saving…" and its problem; a deletion is noticed. */
	async #run<T>(work: () => Promise<T>): Promise<T | undefined> {
		const result = await this.saves.run(async () => {
			try {
				return await work();
			} catch (error) {
				if (error instanceof CheckDeletedError) this.#learnDeleted(error.deletedAt);
				throw error;
			}
		});
		return result;
	}

	/** The check record changed here: take it, drop answers of rooms gone, tell the other tabs. */
	#checkChanged(saved: Check): void {
		this.#takeCheck(saved);
		announce({ type: 'check', checkId: saved.id });
		announce({ type: 'list' });
	}

	#takeCheck(check: Check): void {
		this.check = check;
		const kept = new Set(check.rooms.map((room) => room.id));
		for (const [key, answer] of this.answers)
			if (!kept.has(answer.roomId)) this.answers.delete(key);
	}

	/** Stored answers: shown (with what is still being typed here on top), their stamps noted. */
	#take(stored: Iterable<Answer>): void {
		const rooms = new Set(this.check.rooms.map((room) => room.id));
		for (const answer of stored) {
			clock.observeAnswers([answer]);
			if (!rooms.has(answer.roomId)) continue;
			const key = answerKey(answer.roomId, answer.itemId);
			this.answers.set(key, this.#withTyped(key, answer));
		}
	}

	async #save(change: AnswerChange, before: Answer | undefined, started: number): Promise<void> {
		this.saves.begin();
		try {
			const saved = await saveChange(this.#db, change, checkSummary);
			this.saves.succeeded();
			journalSaved([change]);
			measureSince(TIMINGS.answerSaved, started);
			if (saved.answer) this.#take([saved.answer]);
			this.#saved(change, saved.joined);
		} catch (error) {
			const key = answerKey(change.roomId, change.itemId);
			await this.#failed(error, [change], new Map([[key, before]]));
		}
	}

	/**
	 * Changes could not be saved. Into a deleted check: kept, to be saved if it comes back.
	 * Otherwise the problem is shown, and a tapped answer goes back to what is really stored
	 * (unless changed again since); typed text stays on screen and in the journal.
	 */
	async #failed(
		error: unknown,
		changes: readonly AnswerChange[],
		before: ReadonlyMap<string, Answer | undefined>
	): Promise<void> {
		this.saves.failed(error);
		if (error instanceof CheckDeletedError) {
			this.#refused.push(...changes);
			this.#learnDeleted(error.deletedAt);
			return;
		}
		const undone = changes.filter(
			(change) => !TYPED.has(change.field) && this.#latest.get(fieldKeyOf(change)) === change
		);
		journalSaved(undone);
		for (const change of undone) {
			const key = answerKey(change.roomId, change.itemId);
			let stored: Answer | undefined;
			try {
				stored = await storedAnswer(this.#db, change.checkId, change.roomId, change.itemId);
			} catch {
				stored = before.get(key); // the database cannot be read either: as it was here
			}
			if (this.#latest.get(fieldKeyOf(change)) !== change) continue; // changed again since
			this.answers.set(key, withField(this.answers.get(key), stored, change));
		}
	}

	/** A change was committed: tell the other tabs, and ask to keep storage after the first. */
	#saved({ checkId, roomId, itemId, field }: AnswerChange, joined: boolean): void {
		announce({ type: 'answer', checkId, roomId, itemId, ...(joined ? { joined: field } : {}) });
		storage.checkSaved();
	}

	/** Start saving every typed change now; synchronous up to the first write, for `pagehide`. */
	#startTyped(db: Db): Promise<void>[] {
		clearTimeout(this.#timer);
		const changes = [...this.#typed.values()];
		this.#typed.clear();
		const saves = changes.map(async (change) => {
			this.saves.begin();
			try {
				const saved = await saveChange(db, change);
				this.saves.succeeded();
				journalSaved([change]);
				if (saved.joined) this.#joined(change, saved.answer);
				if (saved.answer) this.#take([saved.answer]);
				this.#saved(change, saved.joined);
			} catch (error) {
				await this.#failed(error, [change], new Map());
			}
		});
		this.saves.hold(0);
		return saves;
	}

	/**
	 * A typed text was saved together with another window's, typed at once. The card says so;
	 * what is typed here since goes on after the other text too.
	 */
	#joined(change: AnswerChange, stored: Answer | undefined): void {
		const fieldKey = fieldKeyOf(change);
		this.joined.add(fieldKey);
		const text = stored?.[change.field as 'note' | 'fix'];
		const mine = typeof change.value === 'string' ? change.value : '';
		const typing = this.#typed.get(fieldKey);
		if (!typing || typeof text !== 'string' || !text.endsWith(`${JOIN_LINE}${mine}`)) return;
		const rebased: AnswerChange = {
			...typing,
			value: `${text.slice(0, text.length - mine.length)}${String(typing.value ?? '')}`,
			base: stored!.changedAt[change.field]
		};
		this.#typed.set(fieldKey, rebased);
		this.#latest.set(fieldKey, rebased);
		journalChange(rebased);
	}

	/** A stored answer with what is still being typed here on top, as the screen shows it. */
	#withTyped(key: string, stored: Answer): Answer {
		let answer = stored;
		for (const change of this.#typed.values()) {
			if (answerKey(change.roomId, change.itemId) === key) answer = typedOnTop(answer, change);
		}
		return answer;
	}

	/** The check is deleted: say so, with Undo while it lasts. */
	#learnDeleted(at: number | undefined): void {
		const canUndo = at !== undefined && Date.now() < at + UNDO_MS;
		this.deleted = { at, canUndo };
		clearTimeout(this.#deletedTimer);
		if (canUndo)
			this.#deletedTimer = setTimeout(
				() => (this.deleted = { at, canUndo: false }),
				at + UNDO_MS - Date.now()
			);
	}

	/** The check is back: save what was refused while it was deleted. */
	async #cameBack(): Promise<void> {
		clearTimeout(this.#deletedTimer);
		this.deleted = undefined;
		const refused = this.#refused;
		this.#refused = [];
		if (refused.length === 0) return;
		this.saves.begin();
		try {
			const stored = await saveAnswers(this.#db, refused, checkSummary);
			this.saves.succeeded();
			journalSaved(refused);
			this.#take(stored.values());
			for (const change of refused) this.#saved(change, false);
		} catch (error) {
			await this.#failed(error, refused, new Map());
		}
	}

	async #heard(message: SyncMessage): Promise<void> {
		if (!('checkId' in message) || message.checkId !== this.check.id) return;
		if (message.type === 'answer') {
			const stored = await storedAnswer(this.#db, message.checkId, message.roomId, message.itemId);
			if (stored) this.#take([stored]);
			if (message.joined) this.joined.add(fieldKeyOf({ ...message, field: message.joined }));
		} else if (message.type === 'check') {
			const found = await openCheck(this.#db, this.check.id);
			if (found) this.#takeCheck(found.check);
		} else if (message.type === 'replaced') {
			const found = await openCheck(this.#db, this.check.id);
			if (!found) return;
			this.#takeCheck(found.check);
			for (const key of [...this.answers.keys()])
				if (!found.answers.has(key)) this.answers.delete(key);
			this.#take(found.answers.values());
		} else if (message.type === 'deleted') {
			this.#learnDeleted(message.at);
		} else if (message.type === 'restored') {
			if (this.deleted) await this.#cameBack();
		}
	}
}

/** An answer with a change made here, shown at once (its stamp is later than any seen). */
function shownWith(current: Answer | undefined, change: AnswerChange): Answer {
	const plain = { ...change, base: undefined };
	return (
		applyChange(current, plain) ?? typedOnTop(current ?? applyChange(undefined, plain)!, change)
	);
}

/** A stored answer with a text still being typed here on top (the stored stamps kept). */
function typedOnTop(stored: Answer, change: AnswerChange): Answer {
	const next: Answer = { ...stored };
	if (change.value === undefined || (change.value === '' && change.field !== 'fix'))
		delete next[change.field];
	else (next as AnswerFields)[change.field] = change.value as never;
	return next;
}

/** An answer with one field as stored (value and stamp), the rest as shown now. */
function withField(shown: Answer | undefined, stored: Answer | undefined, change: AnswerChange) {
	const field = change.field;
	const base: Answer = shown ?? {
		checkId: change.checkId,
		roomId: change.roomId,
		itemId: change.itemId,
		changedAt: {}
	};
	const next: Answer = { ...base, changedAt: { ...base.changedAt } };
	if (stored?.[field] === undefined) delete next[field];
	else (next as AnswerFields)[field] = stored[field] as never;
	if (stored?.changedAt[field] === undefined) delete next.changedAt[field];
	else next.changedAt[field] = stored.changedAt[field];
	if (field === 'value') {
		if (stored?.given) next.given = stored.given;
		else delete next.given;
		if (stored?.fromPrevious) next.fromPrevious = true;
		else delete next.fromPrevious;
	}
	return next;
}
