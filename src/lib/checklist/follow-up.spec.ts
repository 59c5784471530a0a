import { describe, expect, it } from 'vitest';
import { answerKey, type Answer, type Check } from './check';
import { carriedAnswers, followUpCheck, photosToCarry } from './follow-up';

const answer = (itemId: string, fields: Partial<Answer>, roomId = 'bath'): Answer => ({
	checkId: 'first',
	roomId,
	itemId,
	changedAt: { value: 1 },
	...fields
});

describe('what a follow-up carries from the visit before', () => {
	it('carries every answer with its whole action, marked as from the last visit', () => {
		const [copy] = carriedAnswers(
			[
				answer('bathroom.bath-mat', {
					value: 'no',
					owner: 'family',
					due: '2026-12-15',
					fix: 'Buy a mat with suckers',
					note: 'Mat by the bath',
					priority: 'high',
					done: true
				})
			],
			'second',
			500
		);
		expect(copy).toEqual({
			checkId: 'second',
			roomId: 'bath',
			itemId: 'bathroom.bath-mat',
			value: 'no',
			owner: 'family',
			due: '2026-12-15',
			fix: 'Buy a mat with suckers',
			note: 'Mat by the bath',
			priority: 'high',
			done: true,
			fromPrevious: true,
			changedAt: {
				value: 500,
				owner: 500,
				due: 500,
				fix: 500,
				note: 500,
				priority: 500,
				done: 500
			}
		});
	});

	it('keeps a fix the user emptied, and leaves out an answer with nothing in it', () => {
		const copies = carriedAnswers(
			[answer('bathroom.grab-rail', { value: 'no', fix: '' }), answer('bathroom.bath-mat', {})],
			'second',
			500
		);
		expect(copies.map((c) => [c.itemId, c.fix])).toEqual([['bathroom.grab-rail', '']]);
	});

	it('does not carry how an answer was given: a carried answer is confirmed anew', () => {
		const [copy] = carriedAnswers(
			[answer('bathroom.grab-rail', { value: 'yes', given: 'rest-fine' })],
			'second',
			500
		);
		expect(copy?.given).toBeUndefined();
		expect(copy?.fromPrevious).toBe(true);
	});
});

describe('the photos a follow-up carries', () => {
	const hazards = new Map(
		[
			answer('bathroom.bath-mat', { value: 'no' }),
			answer('bathroom.grab-rail', { value: 'no' }),
			answer('bathroom.shower-grip', { value: 'yes' })
		].map((a) => [answerKey(a.roomId, a.itemId), a])
	);
	const photo = (id: string, itemId: string, fromPrevious?: boolean) => ({
		id,
		roomId: 'bath',
		itemId,
		...(fromPrevious ? { fromPrevious } : {})
	});

	it('carries the photos taken at the last visit, or, when none was, the ones it carried', () => {
		const carried = photosToCarry(
			[
				photo('mat-first', 'bathroom.bath-mat', true),
				photo('mat-second', 'bathroom.bath-mat'),
				photo('rail-first', 'bathroom.grab-rail', true)
			],
			hazards
		);
		expect(carried.map((p) => p.id).sort()).toEqual(['mat-second', 'rail-first']);
	});

	it('leaves behind the photos of what is no longer a hazard', () => {
		const itemSafeNow = photo('grip', 'bathroom.shower-grip');
		expect(photosToCarry([itemSafeNow], hazards)).toEqual([]);
	});

	it('leaves behind the photos of a hazard already fixed at the last visit', () => {
		const fixed = new Map(hazards);
		fixed.set(
			answerKey('bath', 'bathroom.bath-mat'),
			answer('bathroom.bath-mat', { value: 'no', done: true })
		);
		const carried = photosToCarry(
			[photo('mat', 'bathroom.bath-mat'), photo('rail', 'bathroom.grab-rail')],
			fixed
		);
		expect(carried.map((p) => p.id)).toEqual(['rail']);
	});
});

describe('the new visit of a follow-up', () => {
	it('is the same home, with nothing checked again yet, in the same client', () => {
		const earlier: Check = {
			id: 'first',
			label: 'Mrs Jänsen',
			checkedBy: 'nurse',
			visitDate: '2026-11-25',
			createdAt: 1,
			updatedAt: 2,
			rooms: [{ id: 'bath', type: 'bathroom', name: '' }],
			region: 'nl',
			mode: 'full',
			lastRoomId: 'bath',
			nextVisitDate: '2027-01-10',
			identifiers: { home: { clientNumber: 'C-1001' } },
			summary: { answered: 30, total: 30, hazards: 4, openActions: 3 }
		};
		const next = followUpCheck(earlier, { id: 'second', clientId: 'first' }, '2027-01-10', 900);
		expect(next).toMatchObject({
			id: 'second',
			label: 'Mrs Jänsen',
			visitDate: '2027-01-10',
			previousId: 'first',
			clientId: 'first',
			rooms: earlier.rooms,
			// The same client: the care record finds them by the same number.
			identifiers: { home: { clientNumber: 'C-1001' } },
			summary: { answered: 0, total: 30, hazards: 4, openActions: 3 }
		});
		expect(next.lastRoomId).toBeUndefined();
		expect(next.nextVisitDate).toBeUndefined();
	});
});
