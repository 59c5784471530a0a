/**
 * The last "Everything else here is fine" (or "Nothing else to mention") given in the walk, kept
 * while the walk goes on to the next screen, so that screen can say what was answered and offer
 * its Undo. One at a time: a new one replaces it, and leaving the screen it is shown on ends it.
 */
import type { AnswerEdit, CheckSession } from './check-session.svelte';

/** A screen of the walk, as its address names it. */
export interface ScreenKey {
	roomId: string;
	topic: string;
}

export interface GivenFine {
	checkId: string;
	/** The screen it answered, and the name it is shown with. */
	from: ScreenKey;
	place: string;
	/** How many questions it answered. */
	questions: number;
	/** On a person's topic ("Nothing else to mention"), or a room's. */
	personal: boolean;
	/** The screen it is shown on: the next one, or the same on the last screen of the walk. */
	shownOn: ScreenKey;
	/** The edits that take it back; undefined once taken back. */
	undo?: AnswerEdit[];
}

const same = (a: ScreenKey, b: ScreenKey) => a.roomId === b.roomId && a.topic === b.topic;

class RestFineGiven {
	current = $state.raw<GivenFine | undefined>();

	/** Remember one just given. */
	given(fine: GivenFine): void {
		this.current = fine;
	}

	/** What to show on this screen of this check, if anything. */
	on(checkId: string, screen: ScreenKey): GivenFine | undefined {
		const fine = this.current;
		return fine && fine.checkId === checkId && same(fine.shownOn, screen) ? fine : undefined;
	}

	/** Whether it is shown on the screen it answered (the last screen of the walk). */
	stayed(fine: GivenFine): boolean {
		return same(fine.from, fine.shownOn);
	}

	/** Take it back: the answers it gave are open again. Resolves true once saved. */
	async undo(session: CheckSession, fine: GivenFine): Promise<boolean> {
		if (!fine.undo || !(await session.changeMany(fine.undo))) return false;
		if (this.current === fine) this.current = { ...fine, undo: undefined };
		return true;
	}

	/** The screen it is shown on is left: it is no longer offered. */
	left(checkId: string, screen: ScreenKey): void {
		if (this.on(checkId, screen)) this.current = undefined;
	}
}

export const restFineGiven = new RestFineGiven();
