/** Starting a check: stored, announced to other tabs, and storage asked to be kept. */
import type { Check } from '$lib/checklist/check';
import { checkSummary } from '$lib/checklist/rules';
import { createCheck, database, diagnose, type NewCheck, type StorageProblem } from '$lib/db';
import { storage } from './storage.svelte';
import { announce } from './sync';

export type { NewCheck };

/**
 * Store a new check; resolves with it, or with why it could not be stored (a full device is
 * said as such, also when the browser only aborts or closes the database).
 */
export async function startCheck(input: NewCheck): Promise<Check | { problem: StorageProblem }> {
	try {
		const check = await createCheck(await database(), input, checkSummary);
		announce({ type: 'list' });
		storage.checkSaved();
		return check;
	} catch (error) {
		console.error(error);
		return { problem: await diagnose(error) };
	}
}
