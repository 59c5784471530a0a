/**
 * One check open on screen: its rooms and answers, kept in step with the database and with
 * other tabs. Every change is saved as it happens, in its own small transaction; notes and
 * rewritten fixes are saved after a short pause in typing, and at once when the page may go
 * away, when an update reloads it, or when another tab needs the database. Photos are kept by
 * RoomPhotos (./room-photos.svelte.ts); both report to the same SaveTracker.
 */
import { SvelteMap } from 'svelte/reactivity';
import {
	answerKey,
	applyChange,
	type Answer,
	type AnswerChange,
	type AnswerField,
	type AnswerFields,
	type Check,
	type CheckMode,
	type GivenWay,
	type Room
} from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { ROOM_KINDS, type RoomKind } from '$lib/checklist/types';
import {
	database,
	journalChanges,
	newId,
	onVersionChange,
	openCheck,
	saveAnswer,
	saveAnswers,
	setRooms,
	storedAnswer,
	updateCheck,
	type CheckDetails,
	type Db
} from '$lib/db';
import { measureSince, TIMINGS } from '$lib/timing';
import { onPageLeaving } from './page-life';
import { SaveTracker } from './save-tracker.svelte';
import { storage } from './storage.svelte';
import { announce, listen, type SyncMessage } from './sync';
import { appUpdate } from './update.svelte';

/** How long typing may pause before a note is saved. */
export const TYPING_PAUSE_MS = 400;
/** Fields typed letter by letter, saved after a pause rather than on every key. */
const TYPED: ReadonlySet<AnswerField> = new Set(['note', 'fix']);

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

export class CheckSession {
	check: Check = $state.raw() as Check;
	readonly answers = new SvelteMap<string, Answer>();
	/** Whether the last changes are saved, shared with the check's photos. */
	readonly saves: SaveTracker;
	/** The summary of the whole check, counted from the answers on screen. */
	readonly summary = $derived(checkSummary(this.check, this.answers));

	#db: Db;
	#typed = new Map<string, AnswerChange>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stops: (() => void)[] = [];
	#earlier: Promise<EarlierVisit | undefined> | undefined;

	private constructor(db: Db, check: Check, answers: Map<string, Answer>, saves: SaveTracker) {
		this.#db = db;
		this.check = check;
		this.saves = saves;
		for (const [key, answer] of answers) this.answers.set(key, answer);
		this.#stops.push(
			listen((message) => void this.#heard(message)),
			onVersionChange((db) => this.#flushInto(db)),
			appUpdate.beforeReload(() => this.flush()),
			onPageLeaving(() => this.#flushInto(this.#db))
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

	/** Change one field of an answer: shown at once, saved now (or after typing pauses). */
	change<F extends AnswerField>(roomId: string, itemId: string, field: F, value: AnswerFields[F]) {
		const change: AnswerChange = {
			checkId: this.check.id,
			roomId,
			itemId,
			field,
			value,
			at: Date.now()
		};
		const key = answerKey(roomId, itemId);
		const next = applyChange(this.answers.get(key), change);
		if (next) this.answers.set(key, next);
		if (TYPED.has(field)) {
			this.#typed.set(`${key}#${field}`, change);
			this.saves.hold(this.#typed.size);
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
		} else {
			void this.#save(change, performance.now());
		}
	}

	/**
	 * Change several answers at once, saved together in one transaction or not at all (a tick
	 * list, "Everything else here is fine", an undo). Resolves true once committed.
	 */
	async changeMany(edits: readonly AnswerEdit[], given?: GivenWay): Promise<boolean> {
		if (edits.length === 0) return true;
		const at = Date.now();
		const changes: AnswerChange[] = edits.map((edit) => ({
			checkId: this.check.id,
			roomId: edit.roomId,
			itemId: edit.itemId,
			field: edit.field,
			value: edit.value,
			at,
			...(given && edit.field === 'value' && edit.value !== undefined ? { given } : {})
		}));
		for (const change of changes) {
			const key = answerKey(change.roomId, change.itemId);
			const next = applyChange(this.answers.get(key), change);
			if (next) this.answers.set(key, next);
		}
		const started = performance.now();
		const stored = await this.saves.run(() => saveAnswers(this.#db, changes, checkSummary));
		if (!stored) return false;
		measureSince(TIMINGS.answerSaved, started);
		for (const [key, answer] of stored) this.answers.set(key, this.#withTyped(key, answer));
		for (const change of changes) this.#saved(change);
		return true;
	}

	/** Save what is still waiting for a pause in typing. Resolves when it is committed. */
	async flush(): Promise<void> {
		await Promise.all(this.#startTyped(this.#db));
	}

	/** Remember the room open now, so reopening the check comes back to it. */
	async visit(roomId: string): Promise<void> {
		if (this.check.lastRoomId === roomId) return;
		this.check = { ...this.check, lastRoomId: roomId };
		await this.saves.run(() => updateCheck(this.#db, this.check.id, { lastRoomId: roomId }));
	}

	/** Change the label, who checks, or the date of the visit. */
	async updateDetails(details: CheckDetails): Promise<void> {
		const saved = await this.saves.run(() => updateCheck(this.#db, this.check.id, details));
		if (saved) this.#checkChanged(saved);
	}

	/** Make a quick check a full walk (every answer is kept), or back. */
	async setMode(mode: CheckMode): Promise<void> {
		const saved = await this.saves.run(() =>
			updateCheck(this.#db, this.check.id, { mode }, checkSummary)
		);
		if (saved) this.#checkChanged(saved);
	}

	/** Add a room of this kind, after the last room of the same kind (or at the kind's place). */
	async addRoom(type: RoomKind): Promise<Room | undefined> {
		const room: Room = { id: newId(), type, name: '' };
		const rooms = [...this.check.rooms];
		rooms.splice(placeFor(rooms, type), 0, room);
		return (await this.#setRooms(rooms)) ? room : undefined;
	}

	/** Give a room a name of its own ('' goes back to the kind's name). */
	async renameRoom(roomId: string, name: string): Promise<void> {
		const room = this.room(roomId);
		if (!room || room.name === name) return;
		await this.#setRooms(this.check.rooms.map((r) => (r.id === roomId ? { ...r, name } : r)));
	}

	/** Move a room one place up (-1) or down (1) in the walk. */
	async moveRoom(roomId: string, step: -1 | 1): Promise<void> {
		const rooms = [...this.check.rooms];
		const index = rooms.findIndex((room) => room.id === roomId);
		if (index < 0 || index + step < 0 || index + step >= rooms.length) return;
		const [room] = rooms.splice(index, 1);
		rooms.splice(index + step, 0, room!);
		await this.#setRooms(rooms);
	}

	/** Remove a room; its answers and photos are deleted with it. */
	async removeRoom(roomId: string): Promise<void> {
		await this.#setRooms(this.check.rooms.filter((room) => room.id !== roomId));
	}

	/** Stop listening; pending notes are saved first. */
	async close(): Promise<void> {
		await this.flush();
		for (const stop of this.#stops) stop();
	}

	async #setRooms(rooms: Room[]): Promise<boolean> {
		const saved = await this.saves.run(() =>
			setRooms(this.#db, this.check.id, rooms, checkSummary)
		);
		if (!saved) return false;
		this.#checkChanged(saved);
		return true;
	}

	/** The check record changed here: take it, drop answers of rooms gone, tell the other tabs. */
	#checkChanged(saved: Check): void {
		this.#take(saved);
		announce({ type: 'check', checkId: saved.id });
		announce({ type: 'list' });
	}

	#take(check: Check): void {
		this.check = check;
		const kept = new Set(check.rooms.map((room) => room.id));
		for (const [key, answer] of this.answers)
			if (!kept.has(answer.roomId)) this.answers.delete(key);
	}

	async #save(change: AnswerChange, started: number): Promise<void> {
		const stored = await this.saves.run(() => saveAnswer(this.#db, change, checkSummary));
		if (stored === undefined) return;
		measureSince(TIMINGS.answerSaved, started);
		const key = answerKey(change.roomId, change.itemId);
		// Keep what is still being typed here; take everything else as stored.
		this.answers.set(key, this.#withTyped(key, stored));
		this.#saved(change);
	}

	/** A change was committed: tell the other tabs, and ask to keep storage after the first. */
	#saved({ checkId, roomId, itemId }: AnswerChange): void {
		announce({ type: 'answer', checkId, roomId, itemId });
		storage.checkSaved();
	}

	/** Start saving every typed change now; synchronous up to the first write, for `pagehide`. */
	#startTyped(db: Db): Promise<void>[] {
		clearTimeout(this.#timer);
		const changes = [...this.#typed.values()];
		this.#typed.clear();
		const saves = changes.map((change) => {
			this.saves.begin();
			return saveAnswer(db, change).then(
				() => {
					this.saves.succeeded();
					this.#saved(change);
				},
				(error: unknown) => this.saves.failed(error)
			);
		});
		this.saves.hold(0);
		return saves;
	}

	/** The page is going away (hidden, closed, replaced): journal what is typed, and save it. */
	#flushInto(db: Db): void {
		journalChanges([...this.#typed.values()]);
		void this.#startTyped(db);
	}

	#withTyped(key: string, stored: Answer): Answer {
		let answer = stored;
		for (const change of this.#typed.values()) {
			if (answerKey(change.roomId, change.itemId) === key)
				answer = applyChange(answer, change) ?? answer;
		}
		return answer;
	}

	async #heard(message: SyncMessage): Promise<void> {
		if (message.type === 'list' || message.checkId !== this.check.id) return;
		if (message.type === 'answer') {
			const stored = await storedAnswer(this.#db, message.checkId, message.roomId, message.itemId);
			const key = answerKey(message.roomId, message.itemId);
			if (stored) this.answers.set(key, this.#withTyped(key, stored));
		} else if (message.type === 'check') {
			const found = await openCheck(this.#db, this.check.id);
			if (found) this.#take(found.check);
		}
	}
}

/** Where a new room of this kind goes: after the last of its kind, else before later kinds. */
function placeFor(rooms: readonly Room[], type: RoomKind): number {
	const order = (kind: RoomKind) => ROOM_KINDS.indexOf(kind);
	let place = rooms.length;
	for (let i = rooms.length - 1; i >= 0; i--) {
		if (order(rooms[i]!.type) <= order(type)) return i + 1;
		place = i;
	}
	return place;
}
