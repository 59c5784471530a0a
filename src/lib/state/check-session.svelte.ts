/**
 * One check open on screen: its rooms and answers, kept in step with the database and with
 * other tabs. Every change is saved as it happens, in its own small transaction; notes and
 * rewritten fixes are saved after a short pause in typing, and at once when the page is hidden,
 * closed, updated, or when another tab needs the database.
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
	type Room
} from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import {
	addPhoto,
	database,
	isQuotaError,
	journalChanges,
	onVersionChange,
	openCheck,
	photosOfRoom,
	removePhoto,
	saveAnswer,
	setRooms,
	storedAnswer,
	updateCheck,
	type CheckDetails,
	type Db,
	type Photo
} from '$lib/db';
import { downscalePhoto, PhotoError, type PhotoProblem } from '$lib/photos/downscale';
import { measureSince, TIMINGS } from '$lib/timing';
import { announce, listen } from './sync';
import { appUpdate } from './update.svelte';
import { storage } from './storage.svelte';

/** How long typing may pause before a note is saved. */
const TYPING_PAUSE_MS = 400;
/** Fields typed letter by letter, saved after a pause rather than on every key. */
const TYPED: ReadonlySet<AnswerField> = new Set(['note', 'fix']);

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
/** Why a save failed, for a message in the user's language. */
export type SaveProblem = 'storage-full' | 'closed' | 'other' | PhotoProblem;

export interface PhotoView extends Photo {
	url: string;
}

export class CheckSession {
	check: Check = $state.raw() as Check;
	readonly answers = new SvelteMap<string, Answer>();
	/** Photos of the rooms opened so far, by answer key. */
	readonly photos = new SvelteMap<string, PhotoView[]>();
	saveState = $state<SaveState>('idle');
	problem = $state<SaveProblem | undefined>();
	/** The summary of the whole check, counted from the answers on screen. */
	readonly summary = $derived(checkSummary(this.check.rooms, this.answers));

	#db: Db;
	#saving = 0;
	#typed = new Map<string, AnswerChange>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stops: (() => void)[] = [];
	#loadedRooms = new Set<string>();

	private constructor(db: Db, check: Check, answers: Map<string, Answer>) {
		this.#db = db;
		this.check = check;
		for (const [key, answer] of answers) this.answers.set(key, answer);
		this.#stops.push(
			listen((message) => void this.#heard(message)),
			onVersionChange((db) => this.#flushInto(db)),
			appUpdate.beforeReload(() => this.flush())
		);
		const onHide = () => {
			if (document.visibilityState === 'hidden') this.#flushInto(this.#db);
		};
		const onPageHide = () => this.#flushInto(this.#db);
		document.addEventListener('visibilitychange', onHide);
		window.addEventListener('pagehide', onPageHide);
		this.#stops.push(() => {
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', onPageHide);
		});
	}

	/** Open a check from the database; undefined when it does not exist. */
	static async open(id: string): Promise<CheckSession | undefined> {
		const db = await database();
		const found = await openCheck(db, id);
		return found && new CheckSession(db, found.check, found.answers);
	}

	/** The answer given for an item in a room, if any. */
	answerOf(roomId: string, itemId: string): Answer | undefined {
		return this.answers.get(answerKey(roomId, itemId));
	}

	room(roomId: string): Room | undefined {
		return this.check.rooms.find((room) => room.id === roomId);
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
			this.saveState = 'saving';
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
		} else {
			void this.#save(change, performance.now());
		}
	}

	/** Save what is still waiting for a pause in typing. Resolves when it is committed. */
	async flush(): Promise<void> {
		await Promise.all(this.#startTyped(this.#db));
	}

	/** Remember the room open now, so reopening the check comes back to it. */
	async visit(roomId: string): Promise<void> {
		if (this.check.lastRoomId === roomId) return;
		this.check = { ...this.check, lastRoomId: roomId };
		await this.#run(() => updateCheck(this.#db, this.check.id, { lastRoomId: roomId }));
	}

	/** Change the label, who checks, or the date of the visit. */
	async updateDetails(details: CheckDetails): Promise<void> {
		const saved = await this.#run(() => updateCheck(this.#db, this.check.id, details));
		if (saved) {
			this.check = saved;
			announce({ type: 'check', checkId: this.check.id });
			announce({ type: 'list' });
		}
	}

	/** Add, rename or remove rooms. Answers and photos of removed rooms are deleted. */
	async setRooms(rooms: Room[]): Promise<void> {
		const saved = await this.#run(() => setRooms(this.#db, this.check.id, rooms, checkSummary));
		if (!saved) return;
		const kept = new Set(rooms.map((room) => room.id));
		for (const [key, answer] of this.answers)
			if (!kept.has(answer.roomId)) this.answers.delete(key);
		this.check = saved;
		announce({ type: 'check', checkId: this.check.id });
		announce({ type: 'list' });
	}

	/** Load the photos of a room to show them. */
	async loadPhotos(roomId: string): Promise<void> {
		const photos = await photosOfRoom(this.#db, this.check.id, roomId);
		for (const [key, views] of this.photos) {
			if (key.startsWith(`${roomId}/`)) {
				for (const view of views) URL.revokeObjectURL(view.url);
				this.photos.delete(key);
			}
		}
		const byKey = new Map<string, PhotoView[]>();
		for (const photo of photos) {
			const key = answerKey(photo.roomId, photo.itemId);
			byKey.set(key, [
				...(byKey.get(key) ?? []),
				{ ...photo, url: URL.createObjectURL(photo.blob) }
			]);
		}
		for (const [key, views] of byKey) this.photos.set(key, views);
		this.#loadedRooms.add(roomId);
	}

	/**
	 * Make a picked photo small and store it with the item. Fails with a problem the screen
	 * explains (not an image, too big, device full); the answer and note are never touched.
	 */
	async attachPhoto(roomId: string, itemId: string, file: File): Promise<boolean> {
		this.problem = undefined;
		this.saveState = 'saving';
		this.#saving += 1;
		try {
			const small = await downscalePhoto(file);
			await addPhoto(this.#db, { checkId: this.check.id, roomId, itemId, ...small });
			await this.loadPhotos(roomId);
			announce({ type: 'photos', checkId: this.check.id, roomId });
			return true;
		} catch (error) {
			this.#fail(error);
			return false;
		} finally {
			this.#settle();
		}
	}

	/** Remove a photo. */
	async deletePhoto(photo: Photo): Promise<void> {
		await this.#run(() => removePhoto(this.#db, photo.id));
		await this.loadPhotos(photo.roomId);
		announce({ type: 'photos', checkId: this.check.id, roomId: photo.roomId });
	}

	/** Stop listening and release photo URLs; pending notes are saved first. */
	async close(): Promise<void> {
		await this.flush();
		for (const stop of this.#stops) stop();
		for (const views of this.photos.values())
			for (const view of views) URL.revokeObjectURL(view.url);
	}

	async #save(change: AnswerChange, started: number): Promise<void> {
		const stored = await this.#run(() => saveAnswer(this.#db, change, checkSummary));
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
			this.#saving += 1;
			return saveAnswer(db, change).then(
				() => this.#saved(change),
				(error: unknown) => this.#fail(error)
			);
		});
		for (const save of saves) void save.finally(() => this.#settle());
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

	async #run<T>(work: () => Promise<T>): Promise<T | undefined> {
		this.saveState = 'saving';
		this.#saving += 1;
		try {
			const result = await work();
			this.problem = undefined;
			return result;
		} catch (error) {
			this.#fail(error);
			return undefined;
		} finally {
			this.#settle();
		}
	}

	#fail(error: unknown): void {
		console.error(error);
		if (error instanceof PhotoError) this.problem = error.problem;
		else if (isQuotaError(error) || (error as Error)?.name === 'StorageFullError')
			this.problem = 'storage-full';
		else if (
			(error as Error)?.name === 'DatabaseClosedError' ||
			(error as Error)?.name === 'InvalidStateError'
		)
			this.problem = 'closed';
		else this.problem = 'other';
	}

	#settle(): void {
		this.#saving = Math.max(0, this.#saving - 1);
		if (this.#saving > 0 || this.#typed.size > 0) return;
		this.saveState = this.problem && !isPhotoProblem(this.problem) ? 'failed' : 'saved';
	}

	async #heard(message: Parameters<Parameters<typeof listen>[0]>[0]): Promise<void> {
		if (message.type === 'list' || message.checkId !== this.check.id) return;
		if (message.type === 'answer') {
			const stored = await storedAnswer(this.#db, message.checkId, message.roomId, message.itemId);
			const key = answerKey(message.roomId, message.itemId);
			if (stored) this.answers.set(key, this.#withTyped(key, stored));
		} else if (message.type === 'check') {
			const found = await openCheck(this.#db, this.check.id);
			if (!found) return;
			this.check = found.check;
			const kept = new Set(found.check.rooms.map((room) => room.id));
			for (const [key, answer] of this.answers)
				if (!kept.has(answer.roomId)) this.answers.delete(key);
		} else if (message.type === 'photos' && this.#loadedRooms.has(message.roomId)) {
			await this.loadPhotos(message.roomId);
		}
	}
}

function isPhotoProblem(problem: SaveProblem): boolean {
	return problem === 'not-an-image' || problem === 'too-big' || problem === 'unreadable';
}
