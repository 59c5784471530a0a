import { describe, expect, it } from 'vitest';
import {
	FALL_RISK_ADVICE,
	FALL_RISK_LEVELS,
	FALL_RISK_TEST_VERDICTS,
	GAIT_SPEED_MIN,
	KEY_QUESTION_IDS,
	SEVERITY_ITEM_IDS,
	TUG_MAX_SECONDS,
	WALK_METRES,
	fallRisk,
	fallRiskAdvice,
	fallRiskTest,
	type FallRiskInput
} from './fall-risk';
import { LANGUAGES, REGIONS, type AnswerValue } from './types';

/** Answers and measured values, as the screens would give them. */
function input(
	values: Record<string, AnswerValue>,
	measures: Record<string, number> = {}
): FallRiskInput {
	return {
		valueOf: (id) => values[id],
		measuredOf: (id) => measures[id]
	};
}

const KEY_ALL_NO = {
	'balance.fallen': 'no',
	'balance.unsteady': 'no',
	'balance.worried': 'no'
} as const;

/** The severity tick list answered with nothing ticked (every box 'no'). */
const NO_SEVERITY = Object.fromEntries(SEVERITY_ITEM_IDS.map((id) => [id, 'no'])) as Record<
	string,
	AnswerValue
>;

/** A fall without a severity finding, the other two key questions no. */
const PLAIN_FALL: Record<string, AnswerValue> = {
	...KEY_ALL_NO,
	'balance.fallen': 'yes',
	...NO_SEVERITY
};

describe('fallRisk: the key questions', () => {
	it('is low when all three are no, and asks for no test', () => {
		const result = fallRisk(input({ ...KEY_ALL_NO }));
		expect(result.level).toBe('low');
		expect(result.missing).toBeUndefined();
		expect(result.keyAnswers).toEqual({ fallen: false, unsteady: false, worried: false });
		expect(result.severity).toEqual([]);
		expect(result.gait).toBeUndefined();
	});

	it('is not known while they are unanswered', () => {
		const result = fallRisk(input({}));
		expect(result.level).toBeUndefined();
		expect(result.missing).toBe('key-questions');
		expect(result.keyAnswers).toEqual({});
	});

	it('is not known while only two are answered no', () => {
		const result = fallRisk(input({ 'balance.fallen': 'no', 'balance.unsteady': 'no' }));
		expect(result.level).toBeUndefined();
		expect(result.missing).toBe('key-questions');
	});

	it('is not known while the fall question is unanswered, even with another yes and a good test', () => {
		// A fall could still make it high, whatever the test says.
		const result = fallRisk(
			input({ 'balance.unsteady': 'yes', 'balance.worried': 'no' }, { 'falls.tug': 9 })
		);
		expect(result.level).toBeUndefined();
		expect(result.missing).toBe('key-questions');
	});

	it('goes on to the gait step on one yes without waiting for the third answer', () => {
		const result = fallRisk(
			input({ 'balance.fallen': 'no', 'balance.unsteady': 'yes' }, { 'falls.tug': 10 })
		);
		expect(result.level).toBe('low');
		expect(result.keyAnswers).toEqual({ fallen: false, unsteady: true });
	});

	it('lists the key questions in the World Guidelines’ order', () => {
		expect(KEY_QUESTION_IDS).toEqual(['balance.fallen', 'balance.unsteady', 'balance.worried']);
	});
});

describe('fallRisk: the severity of a fall', () => {
	it('is high after a fall with an injury', () => {
		const result = fallRisk(input({ ...PLAIN_FALL, 'falls.injured': 'yes' }));
		expect(result.level).toBe('high');
		expect(result.missing).toBeUndefined();
		expect(result.severity).toEqual(['falls.injured']);
	});

	it('is high for each severity finding alone, before any gait test', () => {
		for (const id of SEVERITY_ITEM_IDS) {
			const result = fallRisk(input({ ...PLAIN_FALL, [id]: 'yes' }));
			expect(result.level, id).toBe('high');
			expect(result.severity, id).toEqual([id]);
		}
	});

	it('is high after a fall with a severity finding even if the other key questions are unanswered', () => {
		const result = fallRisk(
			input({ 'balance.fallen': 'yes', ...NO_SEVERITY, 'falls.two-or-more': 'yes' })
		);
		expect(result.level).toBe('high');
	});

	it('is high with a severity finding whatever the gait test says', () => {
		const result = fallRisk(input({ ...PLAIN_FALL, 'falls.blackout': 'yes' }, { 'falls.tug': 8 }));
		expect(result.level).toBe('high');
		expect(result.gait?.impaired).toBe(false);
	});

	it('lists every severity finding present, in order', () => {
		const result = fallRisk(input({ ...PLAIN_FALL, 'falls.frail': 'yes', 'falls.injured': 'yes' }));
		expect(result.severity).toEqual(['falls.injured', 'falls.frail']);
	});

	it('is not known after a fall while the severity list is unanswered', () => {
		const result = fallRisk(input({ ...KEY_ALL_NO, 'balance.fallen': 'yes' }, { 'falls.tug': 9 }));
		expect(result.level).toBeUndefined();
		expect(result.missing).toBe('severity');
		expect(result.severity).toEqual([]);
	});

	it('ignores severity answers when there was no fall', () => {
		const result = fallRisk(input({ ...KEY_ALL_NO, 'falls.injured': 'yes' }));
		expect(result.level).toBe('low');
		expect(result.severity).toEqual([]);
	});
});

describe('fallRisk: gait and balance', () => {
	it('is intermediate after a fall without severity and a TUG of 16 s', () => {
		const result = fallRisk(input(PLAIN_FALL, { 'falls.tug': 16 }));
		expect(result.level).toBe('intermediate');
		expect(result.gait).toEqual({ tugSeconds: 16, impaired: true, notDone: [] });
	});

	it('is low when only unsteady and the TUG is 9 s', () => {
		const result = fallRisk(
			input({ ...KEY_ALL_NO, 'balance.unsteady': 'yes' }, { 'falls.tug': 9 })
		);
		expect(result.level).toBe('low');
		expect(result.gait).toEqual({ tugSeconds: 9, impaired: false, notDone: [] });
	});

	it('is not known when only worried and no test is done yet', () => {
		const result = fallRisk(input({ ...KEY_ALL_NO, 'balance.worried': 'yes' }));
		expect(result.level).toBeUndefined();
		expect(result.missing).toBe('gait');
		expect(result.gait).toEqual({ notDone: [] });
	});

	it('is intermediate with no TUG but a 4-metre walk of 6 s (0.67 m/s)', () => {
		const result = fallRisk(
			input({ ...KEY_ALL_NO, 'balance.unsteady': 'yes' }, { 'falls.walk-4m': 6 })
		);
		expect(result.level).toBe('intermediate');
		expect(result.gait?.walkSeconds).toBe(6);
		expect(result.gait?.gaitSpeed).toBeCloseTo(0.667, 3);
		expect(result.gait?.impaired).toBe(true);
	});

	it('is intermediate when a test could not be done (“not applicable”)', () => {
		const result = fallRisk(input({ ...KEY_ALL_NO, 'balance.worried': 'yes', 'falls.tug': 'na' }));
		expect(result.level).toBe('intermediate');
		expect(result.gait).toEqual({ impaired: true, notDone: ['falls.tug'] });
	});

	it('is intermediate when one test is fine and the other could not be done', () => {
		const result = fallRisk(
			input({ ...KEY_ALL_NO, 'balance.worried': 'yes', 'falls.walk-4m': 'na' }, { 'falls.tug': 10 })
		);
		expect(result.level).toBe('intermediate');
		expect(result.gait?.notDone).toEqual(['falls.walk-4m']);
	});

	it('is intermediate when the TUG is fine but the walk is slow', () => {
		const result = fallRisk(input(PLAIN_FALL, { 'falls.tug': 11, 'falls.walk-4m': 7 }));
		expect(result.level).toBe('intermediate');
	});

	it('is low when both tests are within their limits', () => {
		const result = fallRisk(input(PLAIN_FALL, { 'falls.tug': 11, 'falls.walk-4m': 4 }));
		expect(result.level).toBe('low');
		expect(result.gait).toEqual({
			tugSeconds: 11,
			walkSeconds: 4,
			gaitSpeed: 1,
			impaired: false,
			notDone: []
		});
	});

	it('does not read the chair stand', () => {
		const result = fallRisk(
			input({ ...KEY_ALL_NO, 'balance.worried': 'yes', 'falls.chair-stand': 'na' })
		);
		expect(result.missing).toBe('gait');
	});
});

describe('fallRisk: the cut-offs', () => {
	it('are the World Guidelines’: TUG over 15 s, gait speed below 0.8 m/s over 4 metres', () => {
		expect(TUG_MAX_SECONDS).toBe(15);
		expect(GAIT_SPEED_MIN).toBe(0.8);
		expect(WALK_METRES).toBe(4);
	});

	it('count a TUG of exactly 15 s as normal and 15.1 s as impaired', () => {
		expect(fallRisk(input(PLAIN_FALL, { 'falls.tug': 15 })).level).toBe('low');
		expect(fallRisk(input(PLAIN_FALL, { 'falls.tug': 15.1 })).level).toBe('intermediate');
	});

	it('count a gait speed of exactly 0.8 m/s (4 m in 5 s) as normal, and 5.1 s as impaired', () => {
		const exact = fallRisk(input(PLAIN_FALL, { 'falls.walk-4m': 5 }));
		expect(exact.gait?.gaitSpeed).toBe(0.8);
		expect(exact.level).toBe('low');
		expect(fallRisk(input(PLAIN_FALL, { 'falls.walk-4m': 5.1 })).level).toBe('intermediate');
	});
});

describe('the advice per level', () => {
	it('has a title, a meaning and a next step in every language for every level', () => {
		for (const level of FALL_RISK_LEVELS) {
			const advice = FALL_RISK_ADVICE[level];
			for (const text of [advice.title, advice.meaning, advice.next]) {
				for (const language of LANGUAGES) expect(text[language].trim(), level).not.toBe('');
				expect(text.en, level).not.toBe(text.nl);
			}
		}
	});

	it('gives a meaning of one sentence that says the GP decides and is not a diagnosis', () => {
		for (const level of FALL_RISK_LEVELS) {
			const { meaning } = FALL_RISK_ADVICE[level];
			for (const language of LANGUAGES) {
				expect(meaning[language].match(/[.!?](\s|$)/g), `${level} ${language}`).toHaveLength(1);
			}
			expect(meaning.en).toMatch(/not a diagnosis/);
			expect(meaning.en).toMatch(/GP decides/);
			expect(meaning.nl).toMatch(/geen diagnose/);
			expect(meaning.nl).toMatch(/huisarts beslist/);
		}
	});

	it('says to repeat the check in a year at low and intermediate, and asks for the GP’s assessment at high', () => {
		expect(FALL_RISK_ADVICE.low.next.en).toMatch(/in a year/);
		expect(FALL_RISK_ADVICE.intermediate.next.en).toMatch(/in a year/);
		expect(FALL_RISK_ADVICE.intermediate.next.en).toMatch(/strength-and-balance/);
		expect(FALL_RISK_ADVICE.high.next.en).toMatch(/fall-risk assessment/);
		expect(FALL_RISK_ADVICE.high.next.nl).toMatch(/valanalyse/);
	});

	it('takes the regional next step where there is one', () => {
		expect(fallRiskAdvice('intermediate', 'nl').next.nl).toMatch(/In Balans/);
		expect(fallRiskAdvice('intermediate', 'general').next).toBe(FALL_RISK_ADVICE.intermediate.next);
		expect(fallRiskAdvice('high', 'general').next.en).toMatch(/NHS falls service/);
		expect(fallRiskAdvice('low', 'nl').next).toBe(FALL_RISK_ADVICE.low.next);
	});

	it('names Dutch programmes and payment only in the Dutch region', () => {
		const dutch = /In Balans|Zicht op Evenwicht|Wmo|eigen risico|basisverzekering|VeiligheidNL/;
		for (const level of FALL_RISK_LEVELS) {
			const advice = FALL_RISK_ADVICE[level];
			const elsewhere = [advice.next, advice.regional?.general?.next].filter(
				(t) => t !== undefined
			);
			for (const text of elsewhere)
				for (const language of LANGUAGES) expect(text[language], level).not.toMatch(dutch);
		}
		for (const region of REGIONS)
			expect(fallRiskAdvice('high', region).title.en).toBe('High fall risk');
	});
});

describe('the 12-question test', () => {
	const items = [
		{ id: 'balance.fallen', fallRiskTestPoints: 2 as const },
		{ id: 'balance.walking-aid', fallRiskTestPoints: 2 as const },
		...Array.from({ length: 10 }, (_, i) => ({
			id: `test.q${i + 3}`,
			fallRiskTestPoints: 1 as const
		}))
	];
	const allNo = Object.fromEntries(items.map((item) => [item.id, 'no'])) as Record<
		string,
		AnswerValue
	>;
	const test = (values: Record<string, AnswerValue>) => fallRiskTest(items, (id) => values[id]);

	it('scores 2, 2, then 1 each, 14 at most', () => {
		const all = Object.fromEntries(items.map((item) => [item.id, 'yes'])) as Record<
			string,
			AnswerValue
		>;
		expect(test(all)).toEqual({ score: 14, answered: 12, verdict: 'at-risk' });
		expect(test(allNo)).toEqual({ score: 0, answered: 12, verdict: 'below-cut-off' });
	});

	it('is at risk from 4 points, even before every question is answered', () => {
		expect(test({ 'balance.fallen': 'yes', 'balance.walking-aid': 'yes' }).verdict).toBe('at-risk');
		expect(test({ ...allNo, 'test.q3': 'yes', 'test.q4': 'yes', 'test.q5': 'yes' })).toEqual({
			score: 3,
			answered: 12,
			verdict: 'below-cut-off'
		});
	});

	it('tells someone who fell but scored under 4 to tell the GP anyway', () => {
		const result = test({ ...allNo, 'balance.fallen': 'yes', 'test.q3': 'yes' });
		expect(result).toEqual({ score: 3, answered: 12, verdict: 'below-cut-off-fell' });
		expect(FALL_RISK_TEST_VERDICTS['below-cut-off-fell'].en).toMatch(/GP/);
		expect(FALL_RISK_TEST_VERDICTS['below-cut-off-fell'].nl).toMatch(/huisarts/);
	});

	it('is incomplete under 4 points while a question is unanswered', () => {
		expect(test({ 'balance.fallen': 'no' })).toEqual({
			score: 0,
			answered: 1,
			verdict: 'incomplete'
		});
	});

	it('never calls a score under 4 “no risk”, and says to repeat the test in a year', () => {
		for (const key of ['below-cut-off', 'below-cut-off-fell'] as const) {
			const verdict = FALL_RISK_TEST_VERDICTS[key];
			expect(verdict.en).not.toMatch(/no (raised |higher )?risk|low risk|safe/i);
			expect(verdict.nl).not.toMatch(/geen risico|laag risico|veilig/i);
			expect(verdict.en).toMatch(/in a year/);
			expect(verdict.nl).toMatch(/over een jaar/);
		}
		expect(FALL_RISK_TEST_VERDICTS['below-cut-off'].en).toMatch(/does not mean/);
	});
});
