import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerKey } from '$lib/checklist/check';
import { answersOf, database, saveAnswer } from '$lib/db';
import { change, newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';
import { CheckSession } from './check-session.svelte';

const YEAR = 365.25 * 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);

afterEach(() => vi.useRealTimers());

/** The device's clock, set to `skew` from the true time (only Date: timers still run). */
function setClock(skew: number): void {
	vi.useFakeTimers({ toFake: ['Date'], now: NOW + skew });
}

const stored = async (checkId: string, roomId: string) =>
	(await answersOf(await database(), checkId)).get(answerKey(roomId, 'stairs.rail-any'));

describe('the device clock, wherever it is set', () => {
	for (let years = -10; years <= 10; years++) {
		it(`keeps the later edit when the clock jumps ${years} years and back, also after a reload`, async () => {
			setClock(0);
			const check = await storedCheck(await database(), newCheck({ rooms: ['stairs'] }));
			const stairs = roomOf(check, 'stairs');
			let session = (await CheckSession.open(check.id))!;
			session.change(stairs, 'stairs.rail-any', 'value', 'no');
			session.change(stairs, 'stairs.rail-any', 'note', 'first');
			await session.flush();
			await vi.waitFor(() => expect(session.saves.state).toBe('saved'));

			setClock(years * YEAR);
			session.change(stairs, 'stairs.rail-any', 'value', 'yes');
			session.change(stairs, 'stairs.rail-any', 'note', 'second');
			await session.flush();
			await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
			expect((await stored(check.id, stairs))?.value).toBe('yes');
			expect((await stored(check.id, stairs))?.note).toBe('second');
			await session.close();

			// The clock goes back to the true time; the check is opened again, as after a reload.
			setClock(0);
			session = (await CheckSession.open(check.id))!;
			session.change(stairs, 'stairs.rail-any', 'value', 'na');
			session.change(stairs, 'stairs.rail-any', 'note', 'third');
			await session.flush();
			await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
			expect((await stored(check.id, stairs))?.value).toBe('na');
			expect((await stored(check.id, stairs))?.note).toBe('third');
			expect(session.answerOf(stairs, 'stairs.rail-any')?.value).toBe('na');
			await session.close();
		});
	}

	it('lets an edit win over answers restored from a device whose clock ran ten years ahead', async () => {
		setClock(0);
		const db = await database();
		const check = await storedCheck(db, newCheck({ rooms: ['stairs'] }));
		const stairs = roomOf(check, 'stairs');
		// As a restored backup stores them: stamps from the other device's clock.
		const ahead = NOW + 10 * YEAR;
		await saveAnswer(db, change(check.id, stairs, 'stairs.rail-any', 'value', 'no', ahead));
		await saveAnswer(db, change(check.id, stairs, 'stairs.rail-any', 'note', 'There', ahead));
		const session = (await CheckSession.open(check.id))!;
		session.change(stairs, 'stairs.rail-any', 'value', 'yes');
		session.change(stairs, 'stairs.rail-any', 'note', 'Here, later');
		await session.flush();
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		expect(await stored(check.id, stairs)).toMatchObject({ value: 'yes', note: 'Here, later' });
		await session.close();
	});
});
