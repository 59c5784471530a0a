import { readFile, writeFile } from 'node:fs/promises';
import { groupById, itemById, itemsForArea } from '../../src/lib/checklist/catalogue';
import { itemWhy } from '../../src/lib/checklist/rules';
import { readPdf } from '../../src/lib/pdf/read-pdf';
import type { HazardItem, MeasureItem } from '../../src/lib/checklist/types';
import { makeJpeg } from '../fixtures/images';
import { expect, expectNoAxeViolations, test, useLanguage, waitForOfflineReady } from './fixtures';
import { scrollToEnd } from './pages/a11y';
import { CheckPages, MESSAGES } from './pages/check';

/** The words of an item's question in English. */
const q = (id: string) => itemById(id)!.question.en;

test('a small home walked room by room, with a reload in the middle, keeps every answer and note', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Mrs Jansen, Dorpsstraat', rooms: { living: 1, bathroom: 1 } });
	await expect(check.heading()).toHaveText('Living room');

	await check.tick('general.loose-rug');
	await expect(check.tickList('general.floor')).toContainText(
		`Hazard: ${(itemById('general.loose-rug') as HazardItem).finding.en}`
	);
	await check.note('general.loose-rug', 'Runner by the sofa slides');
	await check.saved();
	await check.restFine(); // and on to the bathroom
	await expect(check.heading()).toHaveText('Bathroom');
	await check.saved();
	await check.previous();
	await expect(check.heading()).toHaveText('Living room');
	const bar = page.getByRole('navigation', { name: check.t.walk.label });
	await expect(bar).toContainText(/Living room · (\d+) of \1 answered/);
	await expect(check.box('general.loose-rug')).toBeChecked();

	await page.reload();
	await expect(check.heading()).toHaveText('Living room');
	await expect(check.box('general.loose-rug')).toBeChecked();
	await expect(check.box('general.cord')).not.toBeChecked();
	await expect(check.tickList('general.floor').getByLabel(/^Note: /)).toHaveValue(
		'Runner by the sofa slides'
	);
	await expect(bar).toContainText(/Living room · (\d+) of \1 answered/);

	await check.next();
	await expect(check.heading()).toHaveText('Bathroom');
	await check.answer('bathroom.grab-rail', 'No');
	await check.restFine();
	await expect(check.heading()).toHaveText('The whole home');
	await check.answer('home.alarm', 'No');
	await check.restFine(); // the last screen: it stays
	await expect(check.heading()).toHaveText('The whole home');
	await check.saved();
	await bar.getByRole('link', { name: /To the summary/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary');
	await expect(page.getByText('Every question is answered.')).toBeVisible();
	const hazards = page.getByRole('row');
	await expect(hazards.filter({ hasText: 'Living room' }).getByRole('cell')).toHaveText('1');
	await expect(hazards.filter({ hasText: 'Bathroom' }).getByRole('cell')).toHaveText('1');

	// Closing and reopening the check comes back to the room last open.
	await page.goto('/');
	await page.getByRole('link', { name: 'Open' }).click();
	await expect(page.getByRole('link', { name: 'Carry on: The whole home' })).toBeVisible();
});

test('each thing is asked once: the whole home asks what every room shares, the rooms do not', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Once', rooms: { living: 1, kitchen: 1, bedroom: 1, toilet: 1 } });
	const homeOnly = itemsForArea('home').map((item) => item.question.en);
	const asked: string[][] = [];
	for (let room = 0; room < 4; room++) {
		asked.push(await page.locator('legend, h3').allTextContents());
		await check.next();
	}
	await expect(check.heading()).toHaveText('The whole home');
	const home = await page.locator('legend').allTextContents();
	for (const questions of asked) {
		for (const question of homeOnly) expect(questions).not.toContain(question);
	}
	// The night route to the toilet and the phone within reach: asked here, once.
	expect(home).toContain(q('home.night-route-lit'));
	expect(home).toContain(q('home.phone'));
	// The same floor-and-light list in every room, answered for that room.
	for (const questions of asked) expect(questions).toContain('Tick what you see here:');
});

test('"Everything else here is fine" lists what it answers, keeps what was answered, and can be undone', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'All fine', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	await check.saved();

	await page.getByRole('button', { name: check.t.restFine.button }).click();
	const dialog = page.getByRole('dialog', { name: check.t.restFine.title });
	await expect(dialog).toContainText(q('bathroom.shower-grip'));
	await expect(dialog).not.toContainText(q('bathroom.grab-rail'));
	await dialog.getByRole('button', { name: check.t.check.cancel }).click();
	await expect(check.choice('bathroom.shower-grip', 'Yes')).not.toBeChecked();

	const listed = await check.restFine();
	expect(listed.length).toBeGreaterThan(2);
	expect(listed).toContain(`${q('bathroom.shower-grip')} — Yes`);
	await expect(check.heading()).toHaveText('The whole home');
	await check.saved();
	await check.previous();
	await check.expectAnswer('bathroom.grab-rail', 'No'); // untouched: it was answered
	await check.expectAnswer('bathroom.shower-grip', 'Yes');
	await expect(check.item('bathroom.shower-grip')).toContainText(check.t.room.givenRestFine);
	await expect(check.box('general.loose-rug')).not.toBeChecked();
	await expect(page.getByRole('button', { name: check.t.restFine.button })).toHaveCount(0);

	await page.reload();
	await check.expectAnswer('bathroom.shower-grip', 'Yes');
	await expect(check.item('bathroom.shower-grip')).toContainText(check.t.room.givenRestFine);

	// Undo, straight after giving it, on the last screen, which it does not leave.
	await check.next();
	await expect(check.heading()).toHaveText('The whole home');
	await check.answer('home.phone', 'No');
	await check.answer('home.alarm', 'No');
	await check.saved();
	await check.restFine();
	await check.saved();
	await check.expectAnswer('home.night-route-lit', 'Yes');
	await page.getByRole('status').getByRole('button', { name: check.t.restFine.undo }).click();
	await expect(page.getByText(check.t.restFine.undone('The whole home'))).toBeVisible();
	await check.saved();
	await expect(check.choice('home.night-route-lit', 'Yes')).not.toBeChecked();
	await check.expectAnswer('home.phone', 'No');
	await page.reload();
	await expect(check.choice('home.night-route-lit', 'Yes')).not.toBeChecked();
	await check.expectAnswer('home.phone', 'No');
	await expect(page.getByRole('button', { name: check.t.restFine.button })).toBeVisible();
});

test('"Nothing else to mention" on a person’s topic lists each question with the answer it gives, leaves the gates, and can be undone', async ({
	page
}) => {
	const check = new CheckPages(page);
	const t = check.t;
	const personal = t.restFine.personal;
	await check.create({ label: 'Person fine', rooms: {}, personal: true });
	await expect(check.heading()).toHaveText('Personal factors: Falls and fall risk');
	const falls = page.url();
	const dialog = page.getByRole('dialog', { name: personal.title });

	// Health and daily life: living alone is not assumed, it is listed apart for the user.
	await page.goto(falls.replace(/\/falls$/, '/health'));
	await page.getByRole('button', { name: personal.button }).click();
	const [given, left] = [dialog.getByRole('list').first(), dialog.getByRole('list').nth(1)];
	await expect(given).toContainText(`${q('health.spinning')} — ${t.room.no}`);
	await expect(given).toContainText(`— ${t.restFine.noneTicked}`);
	await expect(given).not.toContainText(q('health.lives-alone'));
	await expect(dialog).toContainText(t.restFine.left);
	await expect(left).toHaveText(q('health.lives-alone'));
	await dialog.getByRole('button', { name: t.check.cancel }).click();
	await expect(check.choice('health.spinning', 'No')).not.toBeChecked();

	// Bone health, the last screen: a tick list left unticked, a habit answered yes.
	await page.goto(falls.replace(/\/falls$/, '/bones'));
	await page.getByRole('button', { name: personal.button }).click();
	await expect(dialog.getByRole('listitem').first()).toContainText(
		`${groupById('bones.risk')!.prompt.en} — ${t.restFine.noneTicked}`
	);
	await expect(dialog).toContainText(`${q('bones.daylight')} — ${t.room.yes}`);
	await dialog.getByRole('button', { name: personal.confirm }).click();
	const status = page.getByRole('status').filter({ hasText: /questions answered/ });
	await expect(status).toBeVisible();
	await check.saved();
	await check.expectAnswer('bones.daylight', 'Yes');
	await expect(check.item('bones.daylight')).toContainText(t.room.givenRestFinePersonal);
	await expect(check.box('bones.age')).not.toBeChecked();
	await expect(
		check.tickList('bones.risk').getByRole('button', { name: t.room.noneOfThese })
	).toHaveAttribute('aria-pressed', 'true');
	const bar = page.getByRole('navigation', { name: t.walk.label });
	await expect(bar).toContainText(/Bone health · (\d+) of \1 answered/);

	await status.getByRole('button', { name: t.restFine.undo }).click();
	await expect(page.getByText(t.restFine.undone('Bone health'))).toBeVisible();
	await check.saved();
	await expect(check.choice('bones.daylight', 'Yes')).not.toBeChecked();
	await page.reload();
	await expect(check.choice('bones.daylight', 'Yes')).not.toBeChecked();

	// Given again: the care file's appendix says how the answers were given.
	await page.getByRole('button', { name: personal.button }).click();
	await dialog.getByRole('button', { name: personal.confirm }).click();
	await check.saved();
	await page.goto(falls.replace(/\/rooms\/.*$/, '/plan'));
	await page.getByRole('radio', { name: t.plan.careFile }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: t.plan.downloadPdf }).click()
	]);
	const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
	expect(pdf.text).toMatch(/Yes \(with “Nothing else to mention”\)/);
	expect(pdf.text).not.toContain('(with “Everything else here is fine”)');
});

test('confirming "Everything else here is fine" goes on to the next screen, where it can be undone', async ({
	page
}) => {
	const check = new CheckPages(page);
	const t = check.t;
	await check.create({ label: 'Go on', rooms: { kitchen: 1, bathroom: 1 }, personal: true });
	await expect(check.heading()).toHaveText('Kitchen');
	await check.answer('kitchen.climbing', 'Yes');
	await check.saved();
	await page.getByRole('button', { name: t.restFine.button }).click();
	const dialog = page.getByRole('dialog', { name: t.restFine.title });
	const count = await dialog.getByRole('list').first().getByRole('listitem').count();
	await dialog.getByRole('button', { name: 'Yes, all fine — on to Bathroom' }).click();

	// On the next screen, with the focus on its heading as after Next, and the Undo offered.
	await expect(check.heading()).toHaveText('Bathroom');
	await expect(check.heading()).toBeFocused();
	const status = page.getByRole('status').filter({ hasText: 'Kitchen' });
	await expect(status).toHaveText(new RegExp(`^Kitchen: ${count} questions answered as fine\\.`));
	await check.saved();
	await status.getByRole('button', { name: t.restFine.undo }).click();
	await expect(status).toContainText('Taken back: the questions of Kitchen are open again.');
	await check.saved();
	await status.getByRole('link', { name: 'Back to Kitchen' }).click();
	await expect(check.heading()).toHaveText('Kitchen');
	await expect(check.choice('kitchen.reach', 'Yes')).not.toBeChecked();
	await check.expectAnswer('kitchen.climbing', 'Yes'); // answered by hand: kept

	// Given again, and the next screen left: the Undo is not offered on the screen after.
	await check.restFine();
	await expect(check.heading()).toHaveText('Bathroom');
	await check.next();
	await expect(check.heading()).toHaveText('The whole home');
	await expect(page.getByRole('status').filter({ hasText: 'Kitchen' })).toHaveCount(0);

	// A person's topic says where it goes on to as well.
	await check.answer('home.alarm', 'No');
	await check.restFine();
	await expect(check.heading()).toHaveText('Personal factors: Falls and fall risk');
	await page.getByRole('button', { name: t.restFine.personal.button }).click();
	await page
		.getByRole('dialog', { name: t.restFine.personal.title })
		.getByRole('button', {
			name: 'Yes, every answer is right — on to Fall-risk self-test (12 questions)'
		})
		.click();
	await expect(check.heading()).toHaveText('Personal factors: Fall-risk self-test (12 questions)');
	await expect(page.getByRole('status').filter({ hasText: 'Falls and fall risk:' })).toContainText(
		'Falls and fall risk: 4 questions answered.'
	);
});

test('on a tablet a closed card is its question and one row; an open panel goes under the answers', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	const check = new CheckPages(page);
	const t = check.t;
	await check.create({ label: 'Tablet', rooms: { bathroom: 1 } });
	await expect(check.heading()).toHaveText('Bathroom');
	const card = check.item('bathroom.grab-rail');
	const yes = check.choice('bathroom.grab-rail', 'Yes');
	const why = card.getByText(t.room.why, { exact: true });
	const note = card.getByText(t.room.note, { exact: true });
	/** The middle of an element, from the top of the page. */
	const middle = async (element: typeof why) => {
		const box = (await element.boundingBox())!;
		return box.y + box.height / 2;
	};
	const top = async (element: typeof why) => (await element.boundingBox())!.y;
	const bottom = async (element: typeof why) => {
		const box = (await element.boundingBox())!;
		return box.y + box.height;
	};

	// Closed: "Why?" and "Note" on the line of the answers.
	await expect(why).toBeVisible();
	expect(Math.abs((await middle(why)) - (await middle(yes.locator('..'))))).toBeLessThan(8);
	expect(Math.abs((await middle(note)) - (await middle(yes.locator('..'))))).toBeLessThan(8);

	// Open: its text under the answers, across the card, and the answers stay where they were.
	/** Where the answers sit in their card. */
	const answersIn = async () => (await top(yes.locator('..'))) - (await top(card));
	const answersAt = await answersIn();
	await why.click();
	const text = card.getByText(itemWhy(itemById('bathroom.grab-rail')!, 'general').en);
	await expect(text).toBeVisible();
	const textBox = (await text.boundingBox())!;
	expect(textBox.width).toBeGreaterThan(((await card.boundingBox())!.width * 2) / 3);
	await expect.poll(() => top(why)).toBeGreaterThanOrEqual(await bottom(yes.locator('..')));
	expect(await answersIn()).toBe(answersAt);
	await why.click();
	await expect.poll(() => middle(why)).toBeCloseTo(await middle(yes.locator('..')), -1);

	// A tick list in two columns, "None of these" in the free place beside the last box.
	const floor = check.tickList('general.floor');
	const boxes = floor.locator('label');
	const count = await boxes.count();
	expect(count % 2).toBe(1);
	expect(await top(boxes.nth(1))).toBe(await top(boxes.nth(0)));
	expect((await boxes.nth(1).boundingBox())!.x).toBeGreaterThan(
		(await boxes.nth(0).boundingBox())!.x
	);
	const none = floor.getByRole('button', { name: t.room.noneOfThese });
	expect(Math.abs((await middle(none)) - (await middle(boxes.nth(count - 1))))).toBeLessThan(8);

	// The screen's two ways to finish it side by side.
	const fine = page.getByRole('button', { name: t.restFine.button });
	const noRoom = page.getByRole('button', { name: 'This home has no bathroom' });
	expect(Math.abs((await middle(fine)) - (await middle(noRoom)))).toBeLessThan(8);

	// On a phone there is no room beside the answers: "Why?" goes under them, boxes one column.
	await page.setViewportSize({ width: 360, height: 740 });
	await expect.poll(() => top(why)).toBeGreaterThanOrEqual(await bottom(yes.locator('..')));
	expect((await boxes.nth(1).boundingBox())!.y).toBeGreaterThan(
		(await boxes.nth(0).boundingBox())!.y
	);
});

test('an answer says what it means; a tap that finds nothing moves on to the next question', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Says', rooms: { kitchen: 1 } });
	await check.choice('kitchen.climbing', 'Yes').click();
	await expect(check.item('kitchen.climbing')).toContainText(/^.*Hazard: /);
	await expect(check.item('kitchen.climbing')).toContainText(check.t.room.fix);
	// A hazard keeps the focus on its card, with its fix box open.
	await expect(check.choice('kitchen.climbing', 'Yes')).toBeFocused();

	await check.choice('kitchen.reach', 'Yes').click();
	await expect(check.item('kitchen.reach')).toContainText(check.t.room.saysFine);
	// Nothing found: the next open question has the focus, in view.
	const after = page.locator(':focus');
	await expect(after).toHaveAttribute('type', 'radio');
	const focusedQuestion = await after.evaluate(
		(input) => input.closest('fieldset')?.querySelector('legend')?.textContent ?? ''
	);
	expect(focusedQuestion).not.toBe(q('kitchen.reach'));
	await expect(after).toBeInViewport();
});

test('the bar with progress and Previous / Next is on every screen of the walk', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({
		label: 'Bar',
		rooms: { entrance: 1, stairs: 1, kitchen: 1 },
		personal: true,
		person: 'Jan de Vries'
	});
	const bar = page.getByRole('navigation', { name: check.t.walk.label });
	const titles: string[] = [];
	for (;;) {
		await expect(bar).toBeVisible();
		await expect(bar).toContainText(/ · \d+ of \d+ answered/);
		titles.push((await check.heading().textContent()) ?? '');
		const next = bar.getByRole('link', { name: /^Next/ });
		if ((await next.count()) === 0) break;
		await check.next();
	}
	await expect(bar.getByRole('link', { name: /To the summary/ })).toBeVisible();
	expect(titles).toEqual([
		'Entrance and outside paths',
		'Hall and stairs',
		'Kitchen',
		'The whole home',
		'Personal factors: Falls and fall risk — Jan de Vries',
		'Personal factors: Fall-risk self-test (12 questions) — Jan de Vries',
		'Personal factors: Health and daily life — Jan de Vries',
		'Personal factors: Medicines — Jan de Vries',
		'Personal factors: Feet, shoes and clothing — Jan de Vries',
		'Personal factors: Eyesight and hearing — Jan de Vries',
		'Personal factors: Balance and exercise — Jan de Vries',
		'Personal factors: Bone health — Jan de Vries'
	]);
	// The bar stays in reach while scrolling a long screen, without hiding its end.
	await page.evaluate(() => window.scrollTo(0, 0));
	const box = (await bar.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
});

test('the fall-risk questions give the level, with a timed walking test', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Risk', rooms: {}, personal: true });
	await expect(check.heading()).toHaveText('Personal factors: Falls and fall risk');
	const panel = page.getByRole('complementary', { name: check.t.fallRisk.title });
	await check.answer('balance.fallen', 'No');
	await check.answer('balance.unsteady', 'Yes');
	await check.answer('balance.worried', 'No');
	await expect(panel).toContainText(check.t.fallRisk.missing.gait);
	const tug = check.page.getByRole('article').filter({ hasText: q('falls.tug') });
	await tug.getByLabel(check.t.measure.typeSeconds).fill('16,5');
	await tug.getByRole('button', { name: check.t.measure.use }).click();
	await expect(tug).toContainText('Measured: 16.5 seconds');
	await expect(panel).toContainText('Intermediate fall risk');
	await tug.getByLabel(check.t.measure.typeSeconds).fill('9');
	await tug.getByRole('button', { name: check.t.measure.use }).click();
	await expect(panel).toContainText('Low fall risk');
	await tug.getByLabel(check.t.measure.typeSeconds).fill('900');
	await tug.getByRole('button', { name: check.t.measure.use }).click();
	const { range } = itemById('falls.tug') as MeasureItem;
	await expect(tug.getByRole('alert')).toHaveText(check.t.measure.outOfRange(range.min, range.max));
	await expect(tug).toContainText('Measured: 9 seconds');

	// The timer: a countdown, then a stopwatch that the user stops.
	await tug.getByRole('button', { name: check.t.measure.start }).click();
	await expect(tug).toContainText('Starting in 3');
	await expect(tug.getByRole('button', { name: check.t.measure.stop })).toBeVisible({
		timeout: 6000
	});
	await tug.getByRole('button', { name: check.t.measure.stop }).click();
	await expect(tug).toContainText(/Measured: \d+(\.\d)? seconds/);

	await check.answer('balance.fallen', 'Yes');
	await check.tick('falls.injured');
	await expect(panel).toContainText('High fall risk');
	await check.saved();
	await page.reload();
	await expect(panel).toContainText('High fall risk');
});

test('a quick check asks the essentials, then goes on to the full walk with every answer kept', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Quick', rooms: { bathroom: 1 }, personal: true, mode: 'quick' });
	await expect(check.heading()).toHaveText('Bathroom');
	await expect(check.item('bathroom.step-in')).toHaveCount(0); // not one of the essentials
	await check.answer('bathroom.grab-rail', 'No');
	await check.next(); // the whole home
	await check.next(); // the person's falls
	await check.answer('balance.fallen', 'Yes');
	await check.tick('falls.lay-long');
	await check.saved();
	await page.goto(page.url().replace(/\/rooms\/.*$/, '/summary'));
	await expect(page.getByText('High fall risk')).toBeVisible();
	await page.getByRole('button', { name: check.t.summary.goFull }).click();
	await check.saved();
	await page.goto(page.url().replace(/\/summary$/, ''));
	await page.getByRole('link', { name: /^Bathroom/ }).click();
	await expect(check.item('bathroom.step-in')).toHaveCount(1);
	await check.expectAnswer('bathroom.grab-rail', 'No');
});

test('read aloud says the question in the app’s language, and is not offered without a voice', async ({
	browser
}) => {
	const withVoice = await browser.newContext();
	await withVoice.addInitScript(() => {
		const said: { text: string; lang: string }[] = [];
		(window as unknown as { said: typeof said }).said = said;
		const voices = [
			{ lang: 'en-GB', name: 'English', localService: true, default: true, voiceURI: 'en' },
			{ lang: 'nl-NL', name: 'Nederlands', localService: true, default: false, voiceURI: 'nl' }
		];
		// The page's utterances, as plain objects the stub voices can be set on.
		(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
			voice: unknown;
			lang = '';
			rate = 1;
			onend: unknown;
			onerror: unknown;
			constructor(readonly text: string) {}
		};
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => voices,
				addEventListener: () => {},
				speak: (u: SpeechSynthesisUtterance) => said.push({ text: u.text, lang: u.lang }),
				cancel: () => {}
			}
		});
	});
	const page = await withVoice.newPage();
	const check = new CheckPages(page);
	await check.create({ label: 'Speak', rooms: { kitchen: 1 } });
	await check.item('kitchen.reach').getByRole('button', { name: check.t.speech.read }).click();
	const said = () =>
		page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
	expect((await said()).at(-1)).toMatchObject({ lang: 'en-GB' });
	expect((await said()).at(-1)!.text).toContain(q('kitchen.reach'));
	await check.switchLanguage('nl');
	await check.item('kitchen.reach').getByRole('button', { name: check.t.speech.read }).click();
	expect((await said()).at(-1)).toMatchObject({
		lang: 'nl-NL',
		text: expect.stringContaining(itemById('kitchen.reach')!.question.nl)
	});
	await withVoice.close();

	const silent = await browser.newContext();
	await silent.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', {
			value: { getVoices: () => [], addEventListener: () => {}, speak: () => {}, cancel: () => {} }
		});
	});
	const quiet = await silent.newPage();
	const other = new CheckPages(quiet);
	await other.create({ label: 'Quiet', rooms: { kitchen: 1 } });
	await expect(other.item('kitchen.reach')).toBeVisible();
	await expect(quiet.getByRole('button', { name: other.t.speech.read })).toHaveCount(0);
	await silent.close();
});

test('a photo is made small on the device, stays after a reload, and its removal can be undone', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Photo home', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	const card = check.item('bathroom.grab-rail');
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'bath.jpg',
		mimeType: 'image/jpeg',
		buffer: makeJpeg(2400, 1800)
	});
	const photo = card.getByRole('img', { name: /Photo 1 for/ });
	await expect(photo).toBeVisible();
	await page.reload();
	await expect(photo).toBeVisible();
	const size = await photo.evaluate((img: HTMLImageElement) => [
		img.naturalWidth,
		img.naturalHeight
	]);
	expect(size).toEqual([1600, 1200]);
	await card.getByRole('button', { name: 'Remove photo 1' }).click();
	await expect(photo).toHaveCount(0);
	await card.getByRole('button', { name: check.t.restFine.undo }).click();
	await expect(photo).toBeVisible();
	await page.reload();
	await expect(photo).toBeVisible();
	await card.getByRole('button', { name: 'Remove photo 1' }).click();
	await expect(photo).toHaveCount(0);
	await page.reload();
	await expect(card.getByRole('img')).toHaveCount(0);
});

test('a room loads its photos once: a change to the check in another tab does not reload them', async ({
	page,
	context
}) => {
	// Count the object URLs the page makes for photos, and its reads of a room's photos.
	await context.addInitScript(() => {
		const make = URL.createObjectURL.bind(URL);
		const counted = window as unknown as { photoUrls: number; photoReads: number };
		counted.photoUrls = 0;
		counted.photoReads = 0;
		URL.createObjectURL = (blob: Blob | MediaSource) => {
			if (blob instanceof Blob && blob.type === 'image/jpeg') counted.photoUrls += 1;
			return make(blob);
		};
		const getAll = IDBIndex.prototype.getAll;
		IDBIndex.prototype.getAll = function (this: IDBIndex, ...args) {
			if (this.name === 'by-room') counted.photoReads += 1;
			return getAll.apply(this, args);
		};
	});
	const check = new CheckPages(page);
	await check.create({ label: 'Photo home', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	const card = check.item('bathroom.grab-rail');
	await card.getByLabel(check.t.room.addPhoto).setInputFiles({
		name: 'bath.jpg',
		mimeType: 'image/jpeg',
		buffer: makeJpeg(800, 600)
	});
	const photo = card.getByRole('img', { name: /Photo 1 for/ });
	await expect(photo).toBeVisible();
	await page.reload();
	await expect(photo).toBeVisible();
	const src = await photo.getAttribute('src');
	const counts = () =>
		page.evaluate(() => {
			const counted = window as unknown as { photoUrls: number; photoReads: number };
			return { urls: counted.photoUrls, reads: counted.photoReads };
		});
	// Entering the room read its photos once and made one URL for its one photo.
	expect(await counts()).toEqual({ urls: 1, reads: 1 });

	const other = await context.newPage();
	await other.goto(page.url().replace(/\/rooms\/.*$/, ''));
	await other.getByText(check.t.check.editDetails).click();
	await other.getByLabel(check.t.newCheck.label).fill('Photo home, renamed');
	await other.getByRole('button', { name: check.t.check.saveDetails }).click();
	await expect(page.getByRole('link', { name: 'Photo home, renamed' })).toBeVisible();

	await expect(photo).toHaveAttribute('src', src!);
	expect(await counts()).toEqual({ urls: 1, reads: 1 });
	await other.close();
});

test('a file that is not a photo gets a clear message and changes nothing', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Bad files', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	const card = check.item('bathroom.grab-rail');
	const folder = test.info().outputPath();
	await writeFile(`${folder}-notes.txt`, 'not a photo');
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('not a photo')
	});
	await expect(page.getByText('This file is not a photo. Please choose a photo.')).toBeVisible();
	await card.getByLabel('Add a photo').setInputFiles({
		name: 'broken.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02])
	});
	await expect(
		page.getByText('This photo could not be read. Please try another one.')
	).toBeVisible();
	await expect(card.getByRole('img')).toHaveCount(0);
	await check.expectAnswer('bathroom.grab-rail', 'No');
});

test('a 45 MB photo is made small and stored', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Big photo', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	const card = check.item('bathroom.grab-rail');
	const big = Buffer.concat([makeJpeg(1200, 900, 3), Buffer.alloc(45 * 1024 * 1024)]);
	await card
		.getByLabel('Add a photo')
		.setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: big });
	await expect(card.getByRole('img', { name: /Photo 1 for/ })).toBeVisible({ timeout: 20_000 });
});

test('a label with markup, emoji, no text or 500 characters is handled', async ({ page }) => {
	await page.goto('/new');
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page.getByRole('alert')).toContainText('Please fill in a name for the home.');
	await page.getByLabel('Name or address').fill('x'.repeat(500));
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page.getByRole('alert')).toContainText('120 characters or fewer');
	const hostile = '<img src=x onerror=alert(1)> 🏠 <script>alert(2)</script>';
	await page.getByLabel('Name or address').fill(hostile);
	await page.getByRole('button', { name: 'Start the check' }).click();
	await expect(page).toHaveURL(/\/rooms\//);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 3, name: hostile })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('delete asks first, and undo brings the check back', async ({ page }) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Delete me', rooms: { toilet: 1 } });
	await page.goto('/');
	await page.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete the check “Delete me”?' });
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete' }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('“Delete me” was deleted.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible();
});

test('search finds checks by label', async ({ page }) => {
	const check = new CheckPages(page);
	for (const label of ['Mrs Jansen, Dorpsstraat 1', 'Mr Pietersen, Kerkweg 4']) {
		await check.create({ label, rooms: { toilet: 1 } });
	}
	await page.goto('/');
	await page.getByLabel(MESSAGES.en.start.search).fill('kerkweg');
	await expect(page.getByRole('heading', { name: 'Mr Pietersen, Kerkweg 4' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Mrs Jansen, Dorpsstraat 1' })).toHaveCount(0);
	await page.getByLabel(MESSAGES.en.start.search).fill('nobody');
	await expect(page.getByText('No check matches “nobody”.')).toBeVisible();
});

test('rooms can be added, renamed and removed; a room added later walks with its kind', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Rooms', rooms: { stairs: 1 }, personal: true });
	const overview = page.url().replace(/\/rooms\/.*$/, '');
	await page.goto(overview);
	await page.getByText('Change rooms').click();
	await page.getByLabel('Kind of room').selectOption({ label: 'Bathroom' });
	await page.getByRole('button', { name: 'Add a room' }).click();
	await check.saved();
	await page.getByLabel('Name of Bathroom').fill('Upstairs bathroom');
	await page.getByLabel('Name of Bathroom').blur();
	await check.saved();
	const list = page.getByRole('list', { name: 'Rooms' }).getByRole('link');
	const names = (await list.allTextContents()).map((text) => text.split(/\d+ of/)[0]!.trim());
	// The bathroom walks after the stairs and before the whole home and the person.
	expect(names.slice(0, 3)).toEqual(['Hall and stairs', 'Upstairs bathroom', 'The whole home']);

	// "This home has no …" on the room's own screen asks first, then takes it out of the walk.
	await list.filter({ hasText: 'Hall and stairs' }).click();
	await page.getByRole('button', { name: 'This home has no hall and stairs' }).click();
	await page.getByRole('dialog').getByRole('button', { name: check.t.room.noRoomConfirm }).click();
	await expect(check.heading()).toHaveText('Upstairs bathroom');
	await page.goto(overview);
	await expect(page.getByRole('list', { name: 'Rooms' })).not.toContainText('Hall and stairs');
});

test('a follow-up visit keeps the earlier answers and links to the earlier check', async ({
	page
}) => {
	const check = new CheckPages(page);
	await check.create({ label: 'Follow me', rooms: { bathroom: 1 } });
	await check.answer('bathroom.grab-rail', 'No');
	await check.saved();
	await check.followUp('Follow me');
	await expect(page.getByText(/This is a follow-up visit/)).toBeVisible();
	await page.getByRole('link', { name: /Carry on/ }).click();
	await check.expectAnswer('bathroom.grab-rail', check.t.room.no);
	await expect(check.item('bathroom.grab-rail')).toContainText('From the last visit');
	await page.goto('/');
	// One client with two visits on the start page.
	await expect(page.getByRole('heading', { name: 'Follow me' })).toHaveCount(1);
	await expect(
		page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Follow me' }) })
	).toContainText(MESSAGES.en.start.visits(2));
});

test('the whole journey works offline after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	const check = new CheckPages(page);
	await check.create({ label: 'Offline home', rooms: { toilet: 1 } });
	await check.answer('toilet.rail', 'No');
	await check.saved();
	await page.reload();
	await check.expectAnswer('toilet.rail', 'No');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Offline home' })).toBeVisible();
});

for (const language of ['en', 'nl'] as const) {
	test(`axe finds nothing on any screen of a check (${language})`, async ({ page }) => {
		test.setTimeout(90_000);
		await useLanguage(page, language);
		const walk = new CheckPages(page, language);
		await walk.create({ label: 'Axe home', rooms: { stairs: 1, bathroom: 1 }, personal: true });
		await walk.answer('stairs.rail-any', walk.t.room.no);
		for (let screen = 0; screen < 11; screen++) {
			await scrollToEnd(page);
			await expectNoAxeViolations(page, `screen ${screen + 1} (${language})`);
			const next = page
				.getByRole('navigation', { name: walk.t.walk.label })
				.getByRole('link', { name: new RegExp(`^${walk.t.room.next}`) });
			if ((await next.count()) === 0) break;
			await walk.next();
		}
		await page.goto(page.url().replace(/\/rooms\/.*$/, '/summary'));
		await expectNoAxeViolations(page, `summary (${language})`);
	});
}
