/**
 * Loss trials: the ways of losing a change that issue #17 found, each repeated many times
 * against the production build, counting what was lost (it must be nothing). The counts go to
 * test-results/loss-figures.json and, by hand, to docs/data.md. Each loop keeps one browser
 * context; timing never decides pass or fail, only what the user would see.
 *
 * - taps: an answer tapped, the tab closed 0–50 ms later, the check opened again;
 * - kills: a note typed, the renderer crashed 0–300 ms after the last key (no pagehide);
 * - races: two windows at the same instant: a rename and an added room, the same note typed,
 *   two answers.
 */
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { seeded } from '../fixtures/random';
import { expect, test } from './fixtures';
import { CheckPages } from './pages/check';
import { atOnce, kill } from './windows';

const RAIL = 'stairs.rail-any';
/** Two questions of the toilet, both always asked. */
const GRAB = 'toilet.rail';
const GET_UP = 'toilet.get-up';
const FIGURES = 'test-results/loss-figures.json';

const TAPS = Number(process.env.LOSS_TAPS ?? 200);
const KILLS = Number(process.env.LOSS_KILLS ?? 50);
const RACES = Number(process.env.LOSS_RACES ?? 50);

/** The middle of some numbers. */
function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** Write one trial's counts beside the others'. */
function record(name: string, figures: Record<string, number>): void {
	mkdirSync('test-results', { recursive: true });
	const all = existsSync(FIGURES) ? JSON.parse(readFileSync(FIGURES, 'utf8')) : {};
	all[name] = { ...figures, at: new Date().toISOString() };
	writeFileSync(FIGURES, `${JSON.stringify(all, null, '\t')}\n`);
	test.info().annotations.push({ type: name, description: JSON.stringify(figures) });
}

/** A check with the stairs (or the toilet), made in a page of this context; the room's URL. */
async function stairsCheck(page: Page, label: string, room: 'stairs' | 'toilet' = 'stairs') {
	await new CheckPages(page).create({ label, rooms: { [room]: 1 } });
	return page.url();
}

/** A page of the context open on a URL, showing its first heading. */
async function openAt(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return page;
}

// Long loops: each test needs well under a third of this on a quiet machine.
test.describe.configure({ timeout: 600_000 });

/**
 * The trials of one loop run in this many lanes at once (a check each, in the same browser
 * context), so the loop takes less time; the counts are over all lanes.
 */
const LANES = 2;

/** Run `trial` for lanes 0..LANES-1 at once, `count` trials shared out between them. */
async function inLanes(count: number, lane: (index: number, trials: number) => Promise<void>) {
	await Promise.all(
		Array.from({ length: LANES }, (_, index) =>
			lane(index, Math.floor(count / LANES) + (index < count % LANES ? 1 : 0))
		)
	);
}

test(`${TAPS} taps, each tab closed 0–50 ms after the tap: none lost`, async ({ context }) => {
	const random = seeded(17);
	let lost = 0;
	let taps = 0;
	const waits: number[] = [];
	const urls: string[] = [];
	for (let lane = 0; lane < LANES; lane++) {
		const first = await context.newPage();
		urls.push(await stairsCheck(first, `Taps ${lane + 1}`));
		await first.close();
	}
	await inLanes(TAPS, async (lane, trials) => {
		const url = urls[lane]!;
		let tab = await openAt(context, url);
		let expected: 'Yes' | 'No' | undefined;
		for (let i = 0; i < trials; i++) {
			const check = new CheckPages(tab);
			if (expected) {
				if (!(await check.choice(RAIL, expected).isChecked())) lost += 1;
				await expect(check.choice(RAIL, expected), `tap ${i} was kept`).toBeChecked();
			}
			expected = i % 2 ? 'No' : 'Yes';
			// A click as the finger gives it, without Playwright's waiting for the page to settle.
			await check.choice(RAIL, expected).evaluate((radio) => (radio as HTMLInputElement).click());
			taps += 1;
			const wait = Math.round(random() * 50);
			waits.push(wait);
			if (wait > 0) await tab.waitForTimeout(wait);
			await tab.close({ runBeforeUnload: false });
			tab = await openAt(context, url);
		}
		if (!(await new CheckPages(tab).choice(RAIL, expected!).isChecked())) lost += 1;
		await new CheckPages(tab).expectAnswer(RAIL, expected!);
	});
	record('taps', {
		taps,
		lost,
		closedAfterMsMin: Math.min(...waits),
		closedAfterMsMax: Math.max(...waits)
	});
	expect(taps).toBe(TAPS);
	expect(lost).toBe(0);
});

test(`${KILLS} renderer crashes 0–300 ms after the last key of a note: none lost`, async ({
	context
}) => {
	const random = seeded(6);
	let lost = 0;
	let kills = 0;
	const waits: number[] = [];
	const urls: string[] = [];
	for (let lane = 0; lane < LANES; lane++) {
		const first = await context.newPage();
		urls.push(await stairsCheck(first, `Kills ${lane + 1}`));
		await first.close();
	}
	await inLanes(KILLS, async (lane, trials) => {
		const url = urls[lane]!;
		let tab = await openAt(context, url);
		for (let i = 0; i < trials; i++) {
			const text = `Loose ${lane}.${i}`;
			const check = new CheckPages(tab);
			await check.note(RAIL, '');
			await check.item(RAIL).getByRole('textbox').pressSequentially(text);
			const wait = Math.round(random() * 300);
			waits.push(wait);
			if (wait > 0) await tab.waitForTimeout(wait);
			await kill(tab);
			kills += 1;
			tab = await openAt(context, url);
			const box = new CheckPages(tab).item(RAIL).getByRole('textbox');
			if ((await box.inputValue({ timeout: 2000 }).catch(() => '')) !== text) lost += 1;
			await expect(box, `note ${i} was kept`).toHaveValue(text);
		}
	});
	record('kills', {
		kills,
		lost,
		killedAfterMsMin: Math.min(...waits),
		killedAfterMsMax: Math.max(...waits)
	});
	expect(kills).toBe(KILLS);
	expect(lost).toBe(0);
});

test.describe('two windows at the same instant', () => {
	/** Two windows on the same check's stairs; the overview's URL. */
	async function twoWindows(
		page: Page,
		context: BrowserContext,
		label: string,
		room: 'stairs' | 'toilet' = 'stairs'
	) {
		const url = await stairsCheck(page, label, room);
		const other = await openAt(context, url);
		return { url, a: page, b: other };
	}

	test(`${RACES} renames in one window and rooms added in the other: none lost`, async ({
		page,
		context
	}) => {
		const { url, a, b } = await twoWindows(page, context, 'Rooms race');
		const overview = url.replace(/\/rooms\/.*$/, '');
		for (const tab of [a, b]) {
			await tab.goto(overview);
			await tab.getByText('Change rooms').click();
		}
		await b.getByLabel('Kind of room').selectOption({ label: 'Toilet' });
		let lost = 0;
		const apart: number[] = [];
		let name = 'Hall and stairs';
		for (let i = 1; i <= RACES; i++) {
			const next = `Stairs ${i}`;
			await a.getByLabel(`Name of ${name}`).fill(next);
			apart.push(
				await atOnce(
					a.getByLabel(`Name of ${name}`),
					{ kind: 'change' },
					b.getByRole('button', { name: 'Add a room' }),
					{ kind: 'click' }
				)
			);
			name = next;
			for (const tab of [a, b]) {
				const renamed = tab.getByLabel(`Name of ${next}`);
				const toilets = tab.getByRole('textbox', { name: /^Name of Toilet/ });
				await expect(renamed)
					.toHaveValue(next, { timeout: 2000 })
					.catch(() => undefined);
				await expect(toilets)
					.toHaveCount(i, { timeout: 2000 })
					.catch(() => undefined);
				if ((await renamed.count()) !== 1 || (await toilets.count()) !== i) lost += 1;
			}
			expect(lost, `race ${i}`).toBe(0);
		}
		await a.reload();
		await a.getByText('Change rooms').click();
		await expect(a.getByLabel(`Name of ${name}`)).toHaveValue(name);
		await expect(a.getByRole('textbox', { name: /^Name of Toilet/ })).toHaveCount(RACES);
		record('rename+add', {
			races: RACES,
			lost,
			msApartMedian: Math.round(median(apart)),
			msApartMax: Math.round(Math.max(...apart))
		});
	});

	test(`${RACES} times the same note typed in both windows: none lost`, async ({
		page,
		context
	}) => {
		const { a, b } = await twoWindows(page, context, 'Notes race');
		const [pa, pb] = [new CheckPages(a), new CheckPages(b)];
		await pa.answer(RAIL, 'Yes');
		await pb.expectAnswer(RAIL, 'Yes');
		await pa.note(RAIL, '');
		await pb.note(RAIL, '');
		let lost = 0;
		const apart: number[] = [];
		for (let i = 0; i < RACES; i++) {
			const [mine, theirs] = [`A${i} rail loose at the top`, `B${i} rail missing on the left`];
			apart.push(
				await atOnce(
					pa.item(RAIL).getByRole('textbox'),
					{ kind: 'type', text: mine },
					pb.item(RAIL).getByRole('textbox'),
					{ kind: 'type', text: theirs }
				)
			);
			for (const tab of [pa, pb]) {
				const box = tab.item(RAIL).getByRole('textbox');
				const both = new RegExp(`^(${mine}\\n———\\n${theirs}|${theirs}\\n———\\n${mine})$`);
				await expect(box)
					.toHaveValue(both, { timeout: 3000 })
					.catch(() => undefined);
				if (!both.test(await box.inputValue())) lost += 1;
			}
			expect(lost, `race ${i}`).toBe(0);
		}
		await a.reload();
		await expect(pa.item(RAIL).getByRole('textbox')).toHaveValue(new RegExp(`A${RACES - 1} `));
		await expect(pa.item(RAIL).getByRole('textbox')).toHaveValue(new RegExp(`B${RACES - 1} `));
		record('note+note', {
			races: RACES,
			lost,
			msApartMedian: Math.round(median(apart)),
			msApartMax: Math.round(Math.max(...apart))
		});
	});

	test(`${RACES} answers tapped in both windows at once: none lost`, async ({ page, context }) => {
		const { a, b } = await twoWindows(page, context, 'Answers race', 'toilet');
		const [pa, pb] = [new CheckPages(a), new CheckPages(b)];
		let lost = 0;
		const apart: number[] = [];
		for (let i = 0; i < RACES; i++) {
			const [grab, getUp] = i % 2 ? (['Yes', 'No'] as const) : (['No', 'Yes'] as const);
			apart.push(
				await atOnce(pa.choice(GRAB, grab), { kind: 'click' }, pb.choice(GET_UP, getUp), {
					kind: 'click'
				})
			);
			for (const tab of [pa, pb]) {
				for (const [item, answer] of [
					[GRAB, grab],
					[GET_UP, getUp]
				] as const) {
					const radio = tab.choice(item, answer);
					await expect(radio)
						.toBeChecked({ timeout: 2000 })
						.catch(() => undefined);
					if (!(await radio.isChecked({ timeout: 1000 }).catch(() => false))) lost += 1;
				}
			}
			expect(lost, `race ${i}`).toBe(0);
		}
		await a.reload();
		const last = RACES - 1;
		await pa.expectAnswer(GRAB, last % 2 ? 'Yes' : 'No');
		await pa.expectAnswer(GET_UP, last % 2 ? 'No' : 'Yes');
		record('answer+answer', {
			races: RACES,
			lost,
			msApartMedian: Math.round(median(apart)),
			msApartMax: Math.round(Math.max(...apart))
		});
	});
});
