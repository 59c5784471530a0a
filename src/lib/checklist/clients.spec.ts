import { describe, expect, it } from 'vitest';
import type { Check } from './check';
import { clientIdOf, clientsOf, folded, matches, peopleOf, searchText } from './clients';

let made = 0;
function visit(id: string, fields: Partial<Check> = {}): Check {
	made += 1;
	return {
		id,
		label: 'Mevr. Jänsen, Dorpsstraat 1',
		checkedBy: 'nurse',
		visitDate: '2026-11-02',
		createdAt: made,
		updatedAt: made,
		rooms: [
			{ id: 'hall', type: 'stairs', name: '' },
			{ id: 'p1', type: 'personal', name: 'Anna Jänsen' }
		],
		region: 'nl',
		mode: 'full',
		summary: { answered: 0, total: 0, hazards: 0, openActions: 0 },
		...fields
	};
}

describe('clients', () => {
	it('groups a visit with the visits it follows, newest first, the client changed last first', () => {
		const first = visit('a');
		const second = visit('b', { previousId: 'a', visitDate: '2026-12-14' });
		const third = visit('c', { previousId: 'b', visitDate: '2027-01-20' });
		const other = visit('x', { label: 'Dhr. de Vries', updatedAt: 1 });
		const clients = clientsOf([second, other, first, third]);
		expect(clients.map((c) => c.id)).toEqual(['a', 'x']);
		expect(clients[0]!.visits.map((v) => v.id)).toEqual(['c', 'b', 'a']);
		expect(clients[0]!.latest.id).toBe('c');
	});

	it('keeps the visits of a client together when the first visit was deleted', () => {
		const second = visit('b', { previousId: 'a' });
		const third = visit('c', { previousId: 'b' });
		const clients = clientsOf([third, second]);
		expect(clients).toHaveLength(1);
		expect(clients[0]!.id).toBe('a');
	});

	it('takes a client id a visit was given, and stops on a loop of links', () => {
		const byId = new Map<string, Check>();
		const one = visit('one', { previousId: 'two' });
		const two = visit('two', { previousId: 'one' });
		byId.set('one', one).set('two', two);
		expect(['one', 'two']).toContain(clientIdOf(one, byId));
		expect(clientIdOf(visit('z', { clientId: 'client-7', previousId: 'one' }), byId)).toBe(
			'client-7'
		);
	});

	it('a follow-up of a follow-up ten deep is one client', () => {
		const visits = [visit('v0')];
		for (let i = 1; i <= 10; i++) visits.push(visit(`v${i}`, { previousId: `v${i - 1}` }));
		expect(clientsOf(visits.reverse())).toHaveLength(1);
	});
});

describe('finding a client', () => {
	const dates = (iso: string) => [iso === '2026-11-02' ? '2 november 2026' : iso];
	const client = clientsOf([
		visit('a'),
		visit('b', { previousId: 'a', visitDate: '2026-12-14' })
	])[0]!;
	const text = searchText(client, dates);

	it('by the home’s name or a person’s name, in any case, without diacritics', () => {
		expect(matches(text, 'jansen')).toBe(true);
		expect(matches(text, 'JÄNSEN dorpsstraat')).toBe(true);
		expect(matches(text, 'anna')).toBe(true);
		expect(matches(text, 'pietersen')).toBe(false);
	});

	it('by a visit date, as written or as YYYY-MM-DD', () => {
		expect(matches(text, '2 november')).toBe(true);
		expect(matches(text, '2026-12-14')).toBe(true);
		expect(matches(text, '3 november')).toBe(false);
	});

	it('folds text and lists the people named', () => {
		expect(folded('  Ångström   ÉÈ ')).toBe('angstrom ee');
		expect(peopleOf(visit('p', { rooms: [{ id: 'x', type: 'personal', name: '' }] }))).toEqual([]);
	});
});
