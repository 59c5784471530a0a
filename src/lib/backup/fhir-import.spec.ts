/**
 * A FHIR file chosen as a backup: Footing's own export of a check, or a response another forms
 * client made from the blank Questionnaire, is restored as a check (checked like any backup
 * first); any other FHIR file is refused with its own message, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { answerKey, type Answer } from '$lib/checklist/check';
import { fallRiskOf } from '$lib/checklist/rules';
import { answersOf, listChecks, type Db } from '$lib/db';
import { importBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { checkBundle } from '$lib/fhir/bundle';
import { CODE_SYSTEMS, QUESTIONNAIRE_URL } from '$lib/fhir/canonical';
import { answers, check } from '$lib/fhir/testing';
import { parsed, refused } from './testing';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

const coding = (system: string, code: string) => ({ valueCoding: { system, code } });
/** A response as another forms client makes it from the blank Questionnaire: no Footing ids. */
const blank = {
	resourceType: 'QuestionnaireResponse',
	questionnaire: QUESTIONNAIRE_URL,
	status: 'completed',
	language: 'nl',
	subject: { display: 'Dhr. de Vries' },
	authored: '2026-12-02T14:00:00+01:00',
	item: [
		{
			linkId: 'room',
			item: [
				{ linkId: 'room/type', answer: [coding(CODE_SYSTEMS.roomKind, 'bathroom')] },
				{
					linkId: 'bathroom',
					item: [
						{ linkId: 'bathroom.grab-rail', answer: [coding(CODE_SYSTEMS.answer, 'no')] },
						{ linkId: 'bathroom.grab-rail/note', answer: [{ valueString: 'Los' }] }
					]
				}
			]
		},
		{
			linkId: 'person',
			item: [
				{
					linkId: 'falls',
					item: [
						{ linkId: 'balance.fallen', answer: [coding(CODE_SYSTEMS.answer, 'yes')] },
						{ linkId: 'falls.severity', answer: [coding(CODE_SYSTEMS.item, 'falls.injured')] },
						{ linkId: 'falls.tug', answer: [{ valueDecimal: 14 }] }
					]
				}
			]
		}
	]
};

describe('a FHIR file chosen as a backup', () => {
	it('restores a response from another forms client as a check, with its fall-risk level', async () => {
		const target = await db();
		const backup = parsed(JSON.stringify(blank));
		expect(backup.checks).toHaveLength(1);
		expect(backup.checks[0]).toMatchObject({ label: 'Dhr. de Vries', visitDate: '2026-12-02' });
		await importBackup(target, backup);
		const [restored] = await listChecks(target);
		expect(restored!.rooms.map((room) => room.type)).toEqual(['bathroom', 'personal']);
		const stored = await answersOf(target, restored!.id);
		const bathroom = restored!.rooms[0]!.id;
		expect(stored.get(answerKey(bathroom, 'bathroom.grab-rail'))).toMatchObject({
			value: 'no',
			note: 'Los'
		});
		const someone = restored!.rooms[1]!.id;
		expect(stored.get(answerKey(someone, 'falls.tug'))!.measured).toBe(14);
		expect(fallRiskOf(someone, stored).level).toBe('high');
		expect(restored!.summary.riskLevel).toBe('high');
	});

	it('restores Footing’s own export of a check with every answer', async () => {
		const target = await db();
		const exported = checkBundle(check, answers, {
			language: 'nl'
		});
		await importBackup(target, parsed(JSON.stringify(exported)));
		const [restored] = await listChecks(target);
		expect(restored).toMatchObject({
			id: check.id,
			label: check.label,
			visitDate: check.visitDate
		});
		const stored = await answersOf(target, check.id);
		const values = (map: ReadonlyMap<string, Answer>) =>
			[...map.values()]
				.filter((answer) => answer.value !== undefined || answer.measured !== undefined)
				.map((answer) => [answer.roomId, answer.itemId, answer.value, answer.measured])
				.sort();
		expect(values(stored)).toEqual(values(answers));
	});

	it('refuses a FHIR file with no answers to Footing’s checklist, and one of no checklist at all', () => {
		const other = { ...blank, questionnaire: 'https://example.org/Questionnaire/phq-9' };
		expect(refused(JSON.stringify(other)).problem).toBe('fhir-not-footing');
		const bundle = { resourceType: 'Bundle', type: 'collection', entry: [] };
		expect(refused(JSON.stringify(bundle)).problem).toBe('fhir-not-footing');
		expect(refused(JSON.stringify({ resourceType: 'Patient' })).problem).toBe('not-a-backup');
	});
});
