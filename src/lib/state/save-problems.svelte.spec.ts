import { describe, expect, it, vi } from 'vitest';
import { database, StorageFullError } from '$lib/db';
import { newCheck, roomOf, storedCheck } from '../../../tests/fixtures/checks';

/** The data layer as it is, except that the next saves can be made to fail. */
const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock('$lib/db', async (importOriginal) => {
	const db = await importOriginal<typeof import('$lib/db')>();
	return {
		...db,
		saveChange: (...args: Parameters<typeof db.saveChange>) => {
			if (failures.left > 0) {
				failures.left -= 1;
				return Promise.reject(new StorageFullError('The device is full.'));
			}
			return db.saveChange(...args);
		}
	};
});

const { CheckSession } = await import('./check-session.svelte');

describe('a save that failed, then one that succeeded', () => {
	it('shows the problem after a note fails, and clears it when the next note is saved', async () => {
		const check = await storedCheck(await database(), newCheck({ rooms: ['stairs'] }));
		const session = (await CheckSession.open(check.id))!;
		const stairs = roomOf(check, 'stairs');
		vi.spyOn(console, 'error').mockImplementation(() => {});

		failures.left = 1;
		session.change(stairs, 'stairs.rail-any', 'note', 'first try');
		await session.flush();
		expect(session.saves.problem).toBe('storage-full');
		expect(session.saves.state).toBe('failed');

		session.change(stairs, 'stairs.rail-any', 'note', 'second try');
		await session.flush();
		expect(session.saves.problem).toBeUndefined();
		expect(session.saves.state).toBe('saved');
		await session.close();
	});

	it('clears the problem when an answer is saved after a failed one', async () => {
		const check = await storedCheck(await database(), newCheck({ rooms: ['stairs'] }));
		const session = (await CheckSession.open(check.id))!;
		const stairs = roomOf(check, 'stairs');
		vi.spyOn(console, 'error').mockImplementation(() => {});

		failures.left = 1;
		session.change(stairs, 'stairs.rail-any', 'value', 'no');
		await vi.waitFor(() => expect(session.saves.problem).toBe('storage-full'));
		session.change(stairs, 'stairs.rail-any', 'value', 'yes');
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));
		expect(session.saves.problem).toBeUndefined();
		await session.close();
	});

	it('shows the answer really stored after a tap that could not be saved', async () => {
		const check = await storedCheck(await database(), newCheck({ rooms: ['stairs'] }));
		const session = (await CheckSession.open(check.id))!;
		const stairs = roomOf(check, 'stairs');
		vi.spyOn(console, 'error').mockImplementation(() => {});
		session.change(stairs, 'stairs.rail-any', 'value', 'yes');
		await vi.waitFor(() => expect(session.saves.state).toBe('saved'));

		failures.left = 1;
		session.change(stairs, 'stairs.rail-any', 'value', 'no');
		expect(session.answerOf(stairs, 'stairs.rail-any')?.value).toBe('no'); // shown at once
		await vi.waitFor(() => expect(session.saves.problem).toBe('storage-full'));
		await vi.waitFor(() => expect(session.answerOf(stairs, 'stairs.rail-any')?.value).toBe('yes'));
		expect(session.summary.hazards).toBe(0);
		// Nothing left to replay at the next start: the user saw it undone.
		for (let i = 0; i < localStorage.length; i++)
			expect(localStorage.getItem(localStorage.key(i)!)).not.toContain('"no"');
		await session.close();
	});
});
