/**
 * The walk-through rows, in the browser on the production build, at 1024 x 768 (a tablet held
 * landscape, as a nurse walks a home): a fresh default check walked with Next (questions shown,
 * the longest page, screens of scrolling), and the default home finished with three hazards and
 * "Everything else here is fine", in full and as a quick check (taps).
 *
 * The New check form makes the check, with its defaults. The walk is driven as the browser tests
 * drive it (tests/e2e/pages/check.ts: answers by item id, boxes, "None of these", "Everything
 * else here is fine", Next); what to tap comes from the plan (bench/lib/walk-plan.ts, the app's
 * own rules), and every screen is checked against it: the cards shown, and after the taps the
 * walk's bar saying how many are answered. Taps are counted in the page (every trusted
 * pointerdown) and must equal the plan's.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { itemById } from '../../src/lib/checklist/catalogue';
import type { CheckMode } from '../../src/lib/checklist/check';
import { stepProgress, stepQuestions } from '../../src/lib/checklist/rules';
import type { Region } from '../../src/lib/checklist/types';
import { CheckPages } from '../../tests/e2e/pages/check';
import { newContext, nextPaint } from './browser';
import type { Measurement, Row, RowSpec } from './report';
import type { Setup } from './measures';

/** What the walk rows need: the browser and where the app is served. */
type WalkSetup = Pick<Setup, 'browser' | 'app'>;
import { round } from './stats';
import {
	askingFor,
	formTaps,
	freshByRules,
	freshFigures,
	screenActions,
	stepAt,
	tally,
	tapsOf,
	type ScreenSeen,
	type TapTally,
	WALK_HAZARDS,
	wentOn,
	type WalkAction,
	type WalkAnswers
} from './walk-plan';

/** The window of the walk rows: a tablet, landscape. */
export const TABLET = { width: 1024, height: 768 } as const;
/** The region of a check made in English (the bench's browser): general advice. */
const REGION: Region = 'general';
/** The name typed on the New check form. */
const LABEL = 'Mrs Jansen, Dorpsstraat 1';
/** The address of a screen of the walk: /checks/[id]/rooms/[roomId]/[topic]. */
const SCREEN = /\/checks\/([^/]+)\/rooms\/([^/]+)\/([^/?#]+)$/;

declare global {
	interface Window {
		/** Counts a tap in the bench (exposed by `countTaps`). */
		__benchTap?: () => void;
	}
}

/** Count every trusted pointerdown in every page of the context. Returns the count so far. */
async function countTaps(context: BrowserContext): Promise<() => number> {
	let taps = 0;
	await context.exposeBinding('__benchTap', () => {
		taps += 1;
	});
	await context.addInitScript(() => {
		window.addEventListener(
			'pointerdown',
			(event) => {
				if (event.isTrusted) void window.__benchTap?.();
			},
			true
		);
	});
	return () => taps;
}

/** Run `use` in a fresh browser profile at the tablet size, closing it afterwards. */
async function inTablet<T>(
	setup: WalkSetup,
	use: (context: BrowserContext, page: Page) => Promise<T>
): Promise<T> {
	const context = await newContext(setup.browser, setup.app, TABLET);
	try {
		return await use(context, await context.newPage());
	} finally {
		await context.close();
	}
}

/**
 * Make a check with the New check form's defaults from the start page: "New check", the home's
 * name typed, "Quick check" for the quick one, "Start the check". Ends on the first screen.
 */
async function startDefaultCheck(pages: CheckPages, mode: CheckMode): Promise<void> {
	const { page, t } = pages;
	await page.goto('/');
	await page.getByRole('link', { name: t.start.newCheck }).click();
	await page.getByLabel(t.newCheck.label).fill(LABEL);
	if (mode === 'quick') await page.getByRole('radio', { name: t.newCheck.modeQuick }).check();
	await page.getByRole('button', { name: t.newCheck.start }).click();
	await page.waitForURL(SCREEN);
}

/** The room id and topic of the screen shown. */
function screenOf(page: Page): { roomId: string; topic: string; path: string } {
	const url = new URL(page.url());
	const found = SCREEN.exec(url.pathname);
	if (!found) throw new Error(`Not a screen of the walk: ${url.pathname}`);
	return { roomId: found[2]!, topic: found[3]!, path: found[0] };
}

/** Wait until the screen's heading is no longer `before`, and it is painted. */
async function screenShown(pages: CheckPages, before: string | undefined): Promise<string> {
	const heading = pages.heading();
	if (before !== undefined) await expect(heading).not.toHaveText(before, { timeout: 10_000 });
	await heading.waitFor();
	await pages.page.evaluate(() => document.fonts.ready.then(() => undefined));
	await nextPaint(pages.page);
	return (await heading.textContent())?.trim() ?? '';
}

/** The question cards and tick-list boxes shown, and the page's height. */
function seen(page: Page): Promise<Omit<ScreenSeen, 'path' | 'title'>> {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		return {
			cards: main.querySelectorAll('article').length,
			boxes: main.querySelectorAll('article input[type="checkbox"]').length,
			scrollHeight: document.documentElement.scrollHeight,
			viewportHeight: window.innerHeight
		};
	});
}

/** The walk's Next, if the screen has one (the last has "To the summary" instead). */
async function hasNext(pages: CheckPages): Promise<boolean> {
	const next = pages.page
		.getByRole('navigation', { name: pages.t.walk.label })
		.getByRole('link', { name: new RegExp(`^${pages.t.room.next}`) });
	return (await next.count()) > 0;
}

/** The most screens a walk may have before the bench gives up (the default has 16). */
const MAX_SCREENS = 40;

/**
 * A fresh check with the form's defaults, walked with Next only: every screen's question cards,
 * boxes and scroll height at 1024 x 768.
 */
export async function freshWalk(setup: WalkSetup): Promise<ScreenSeen[]> {
	return inTablet(setup, async (_context, page) => {
		const pages = new CheckPages(page);
		await startDefaultCheck(pages, 'full');
		const screens: ScreenSeen[] = [];
		let title: string | undefined;
		for (let i = 0; i < MAX_SCREENS; i++) {
			title = await screenShown(pages, title);
			screens.push({ path: screenOf(page).path, title, ...(await seen(page)) });
			if (!(await hasNext(pages))) return screens;
			await pages.next();
		}
		throw new Error(`The walk did not end after ${MAX_SCREENS} screens`);
	});
}

/** The three rows of the fresh walk: questions shown (and boxes), the longest page, scrolling. */
export async function freshWalkRows(setup: WalkSetup): Promise<{
	questions: Measurement;
	longest: Measurement;
	scrolling: Measurement;
}> {
	const screens = await freshWalk(setup);
	const figures = freshFigures(screens);
	const rules = freshByRules(REGION, 'full');
	const byRules = {
		questions: rules.reduce((sum, s) => sum + s.cards, 0),
		boxes: rules.reduce((sum, s) => sum + s.boxes, 0)
	};
	if (screens.length !== rules.length || screens.some((s, i) => s.cards !== rules[i]!.cards)) {
		throw new Error(
			`The screens do not show what the rules ask: ${screens.map((s) => s.cards).join(', ')} cards, the rules ${rules.map((s) => s.cards).join(', ')}`
		);
	}
	const perScreen = screens.map((s) => ({
		title: s.title,
		cards: s.cards,
		boxes: s.boxes,
		screensOfScrolling: round(s.scrollHeight / s.viewportHeight, 2)
	}));
	const longest = screens.filter((s) => s.cards === figures.longest).map((s) => s.title);
	const tallest = screens.reduce((a, b) => (b.scrollHeight > a.scrollHeight ? b : a));
	return {
		questions: {
			median: figures.questions,
			runs: [figures.questions],
			detail: {
				screens: figures.screens,
				boxes: figures.boxes,
				byRules,
				perScreen,
				was: 168
			},
			note: `${figures.questions} question cards on ${figures.screens} screens (a tick list is one; an item of the 12-question test shown again on another topic counts on each); ${figures.boxes} tick-list boxes. Was 168 before the redesign.`
		},
		longest: {
			median: figures.longest,
			runs: [figures.longest],
			detail: { screens: longest, was: 62 },
			note: `${longest.join('; ')}. Was 62.`
		},
		scrolling: {
			median: round(figures.screensOfScrolling, 1),
			runs: [round(figures.screensOfScrolling, 2)],
			detail: {
				viewport: TABLET,
				perScreen: perScreen.map((s) => ({ title: s.title, screens: s.screensOfScrolling })),
				tallest: { title: tallest.title, px: tallest.scrollHeight },
				was: 86
			},
			note: `Sum over the ${figures.screens} screens of the page's scroll height / 768 px (a screen that fits counts 1); the tallest: ${tallest.title}, ${round(tallest.scrollHeight / tallest.viewportHeight, 1)} screens. Was about 86.`
		}
	};
}

/** Carry out one action of the plan on the screen, as a test drives the walk. */
async function perform(pages: CheckPages, action: WalkAction): Promise<void> {
	const { page, t } = pages;
	switch (action.kind) {
		case 'tick':
			return pages.tick(action.itemId);
		case 'none':
			return pages.noneOf(action.groupId);
		case 'answer': {
			const label =
				action.value === 'yes' ? t.room.yes : action.value === 'no' ? t.room.no : t.room.na;
			return pages.answer(action.itemId, label);
		}
		case 'measure': {
			const question = itemById(action.itemId)!.question[pages.language];
			const card = page.getByRole('article').filter({ hasText: question });
			await card.getByLabel(t.measure.typeSeconds).fill(String(action.value));
			await card.getByRole('button', { name: t.measure.use }).click();
			return expect(card).toContainText(t.measure.measured);
		}
		case 'rest-fine': {
			const listed = await pages.restFine();
			if (listed.length !== action.questions)
				throw new Error(
					`"Everything else here is fine" listed ${listed.length} questions, the plan ${action.questions}`
				);
			return;
		}
		case 'next':
			return pages.next();
	}
}

/** What finishing the default home found: its taps, counted and planned, and the screens. */
export interface FinishedWalk {
	taps: TapTally;
	/** Trusted pointerdowns the page saw, plus the fields typed. */
	counted: number;
	screens: { title: string; actions: number }[];
	hazards: number;
	/** Every action of the walk, in order (Next included). */
	actions: WalkAction[];
}

/**
 * Finish the default home (made on the form, full or quick): on each screen carry out the
 * plan's actions, check the walk's bar against the plan, then Next; at the end the summary must
 * say every question is answered. Every tap is counted in the page.
 */
export async function finishDefaultHome(setup: WalkSetup, mode: CheckMode): Promise<FinishedWalk> {
	return inTablet(setup, async (context, page) => {
		const taps = await countTaps(context);
		const pages = new CheckPages(page);
		await startDefaultCheck(pages, mode);
		const asking = askingFor(REGION, mode);
		const answers: WalkAnswers = new Map();
		const done: WalkAction[] = [];
		const screens: FinishedWalk['screens'] = [];
		let hazards = 0;
		let title: string | undefined;
		for (let i = 0; i < MAX_SCREENS; i++) {
			title = await screenShown(pages, title);
			const { roomId, topic } = screenOf(page);
			const step = stepAt(roomId, topic);
			const cards = (await seen(page)).cards;
			const asked = stepQuestions(step, answers, asking).length;
			if (cards !== asked)
				throw new Error(`${title}: ${cards} cards shown, the rules ask ${asked}`);
			const last = !(await hasNext(pages));
			const actions = screenActions(step, answers, asking, WALK_HAZARDS, last);
			for (const action of actions) await perform(pages, action);
			const progress = stepProgress(step, answers, asking);
			hazards += progress.hazards;
			done.push(...actions);
			screens.push({ title, actions: actions.reduce((sum, a) => sum + tapsOf(a).taps, 0) });
			// Gone on to the next screen: that screen said how many it answered (pages.restFine).
			if (wentOn(actions)) continue;
			const bar = page.getByRole('navigation', { name: pages.t.walk.label });
			await expect(bar).toContainText(pages.t.walk.answered(progress.answered, progress.total));
			if (last) break;
			const next: WalkAction = { kind: 'next' };
			await perform(pages, next);
			done.push(next);
		}
		await pages.saved();
		const counted = taps() + 1; // the home's name, typed on the form
		const tallied = tally(done, formTaps(mode));
		const typed = done.reduce((sum, a) => sum + tapsOf(a).typed, 0);
		await page.goto(page.url().replace(/\/rooms\/.*$/, '/summary'));
		await expect(page.getByText(pages.t.summary.allAnswered)).toBeVisible();
		return { taps: tallied, counted: counted + typed, screens, hazards, actions: done };
	});
}

/** What the answers that are not hazards were for, in words: the whole home's, the person's. */
function otherAnswers(actions: readonly WalkAction[], answers: number): string {
	const home = actions.filter(
		(a) => a.kind === 'answer' && itemById(a.itemId)?.areas.includes('home')
	).length;
	const person = `${answers - home} on the person's screens`;
	return home > 0
		? `${home} for the whole home's alarm, the gate it leaves open; ${person}`
		: person;
}

/** A taps row from a finished walk. */
export function tapsMeasurement(walk: FinishedWalk): Measurement {
	const { taps } = walk;
	if (walk.counted !== taps.total)
		throw new Error(`The page saw ${walk.counted} taps, the plan made ${taps.total}`);
	if (walk.hazards !== 3) throw new Error(`${walk.hazards} hazards found, not 3`);
	const parts = [
		`${taps.form} on the New check form (New check, the name typed${taps.form > 3 ? ', Quick check' : ''}, Start)`,
		`${taps.hazards} hazards (stair rail No, loose rug ticked, bathroom grab rail No)`,
		`${taps.restFine} for "Everything else here is fine" or "Nothing else to mention" + confirm (${taps.restFine / 2} screens)`,
		`${taps.answers} other answers (${otherAnswers(walk.actions, taps.answers)})`,
		`${taps.noneOfThese} "None of these"`,
		...(taps.measures > 0 ? [`${taps.measures} for timed tests`] : []),
		`${taps.next} Next`
	];
	return {
		median: taps.total,
		runs: [taps.total],
		detail: { ...taps, walkOnly: taps.total - taps.form, screens: walk.screens },
		note: `${taps.total} taps: ${parts.join(', ')}; the walk alone ${taps.total - taps.form}. Counted in the page (trusted pointerdowns, the typed name as one) and equal to the plan's.`
	};
}

/** The walk-through rows of the issue. */
export const WALK_SPECS = {
	questions: {
		id: 'walk-questions',
		measure:
			'Questions shown on a fresh default check (7 rooms, the whole home, 1 person), with Next',
		unit: 'questions',
		target: '<= 90',
		max: 90,
		judged: 'median'
	},
	longest: {
		id: 'walk-longest-page',
		measure: 'The longest page of a fresh default check: question cards on one screen',
		unit: 'questions',
		target: '<= 15',
		max: 15,
		judged: 'median'
	},
	scrolling: {
		id: 'walk-scrolling',
		measure: 'Scrolling for the whole fresh check at 1024 x 768 (screens of scrolling)',
		unit: 'screens',
		target: '<= 30',
		max: 30,
		judged: 'median'
	},
	tapsFull: {
		id: 'walk-taps-full',
		measure: 'Taps to finish the default home with 3 hazards, "everything else is fine"',
		unit: 'taps',
		target: '<= 40',
		max: 40,
		judged: 'median'
	},
	tapsQuick: {
		id: 'walk-taps-quick',
		measure: 'Taps to finish the default home as a quick check, 3 hazards',
		unit: 'taps',
		target: '<= 35',
		max: 35,
		judged: 'median'
	}
} satisfies Record<string, RowSpec>;

/** Measure one row: a failure becomes a row that says so (run.ts passes its own, with a timeout). */
export type RowMeasurer = (spec: RowSpec, measure: () => Promise<Measurement>) => Promise<Row>;

/**
 * The five walk-through rows, one walk per row group: the fresh walk once for its three rows,
 * then each finished walk. The figures are counts, the same on every run: each walk is made once.
 */
export async function walkRows(setup: WalkSetup, row: RowMeasurer): Promise<Row[]> {
	let fresh: ReturnType<typeof freshWalkRows> | undefined;
	const freshPart = (part: 'questions' | 'longest' | 'scrolling') => async () => {
		fresh ??= freshWalkRows(setup);
		return (await fresh)[part];
	};
	return [
		await row(WALK_SPECS.questions, freshPart('questions')),
		await row(WALK_SPECS.longest, freshPart('longest')),
		await row(WALK_SPECS.scrolling, freshPart('scrolling')),
		await row(WALK_SPECS.tapsFull, async () =>
			tapsMeasurement(await finishDefaultHome(setup, 'full'))
		),
		await row(WALK_SPECS.tapsQuick, async () =>
			tapsMeasurement(await finishDefaultHome(setup, 'quick'))
		)
	];
}
