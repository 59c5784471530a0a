import { expect, type Locator, type Page } from '@playwright/test';
import { AREAS } from '../../../src/lib/checklist/areas';
import { groupById, itemById } from '../../../src/lib/checklist/catalogue';
import type { Language, RoomType } from '../../../src/lib/checklist/types';
import { en } from '../../../src/lib/i18n/en';
import { nl } from '../../../src/lib/i18n/nl';

/** The app's own messages, so the tests say what the user reads, in either language. */
export const MESSAGES = { en, nl } as const;

/** How each language is named on the language switch (in itself). */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands' };

export interface NewCheckOptions {
	label: string;
	/** How many rooms of each kind; kinds left out get none. */
	rooms: Partial<Record<RoomType, number>>;
	personal?: boolean;
	/** The name of the person checked, with `personal`. */
	person?: string;
	/** The quick check or the full walk (default: full). */
	mode?: 'quick' | 'full';
}

/** Page object for the screens of a check, in the language the app shows. */
export class CheckPages {
	constructor(
		readonly page: Page,
		readonly language: Language = 'en'
	) {}

	/** The messages of the language the pages are in. */
	get t() {
		return MESSAGES[this.language];
	}

	/** Switch the app's language with its switch in the header; the pages then speak it. */
	async switchLanguage(language: Language): Promise<void> {
		const button = this.page
			.getByRole('group', { name: this.t.app.languageLabel })
			.getByRole('button', { name: LANGUAGE_NAMES[language] });
		await button.click();
		await expect(this.page.locator('html')).toHaveAttribute('lang', language);
		const switched = this.page
			.getByRole('group', { name: MESSAGES[language].app.languageLabel })
			.getByRole('button', { name: LANGUAGE_NAMES[language] });
		await expect(switched).toHaveAttribute('aria-pressed', 'true');
		(this as { language: Language }).language = language;
	}

	/** Start a new check from the start page; ends on the first room. */
	async create({
		label,
		rooms,
		personal = false,
		person,
		mode = 'full'
	}: NewCheckOptions): Promise<void> {
		const { page, t } = this;
		await page.goto('/');
		await page.getByRole('link', { name: t.start.newCheck }).click();
		await page.getByLabel(t.newCheck.label).fill(label);
		for (const area of AREAS.filter((a) => a.kind === 'room')) {
			const name = area.name[this.language];
			const count = page.getByRole('status', { name, exact: true });
			const want = rooms[area.id as RoomType] ?? 0;
			let have = Number(await count.textContent());
			for (; have < want; have++)
				await page.getByRole('button', { name: t.newCheck.more(name) }).click();
			for (; have > want; have--)
				await page.getByRole('button', { name: t.newCheck.fewer(name) }).click();
			await expect(count).toHaveText(String(want));
		}
		await page
			.getByRole('radio', { name: mode === 'quick' ? t.newCheck.modeQuick : t.newCheck.modeFull })
			.check();
		await page.getByRole('checkbox', { name: t.newCheck.personalTopics }).setChecked(personal);
		if (personal && person) await page.getByLabel(t.newCheck.personName).fill(person);
		await page.getByRole('button', { name: t.newCheck.start }).click();
		await expect(page).toHaveURL(/\/checks\/[^/]+\/rooms\//);
	}

	/** Start a follow-up visit of the check with this label from the start page. */
	async followUp(label: string): Promise<void> {
		const { page, t } = this;
		await page.goto('/');
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: label }) });
		await card.first().getByRole('button', { name: t.start.followUp }).click();
		// It asks first, with the date of today.
		await page
			.getByRole('dialog', { name: t.start.followUpTitle(label) })
			.getByRole('button', { name: t.start.followUpStart })
			.click();
		await expect(page).toHaveURL(/\/checks\/[^/]+$/);
	}

	/** An item's question as the page shows it, by the item's id (or a question given as such). */
	question(item: string | RegExp): string | RegExp {
		if (typeof item !== 'string') return item;
		return itemById(item)?.question[this.language] ?? item;
	}

	/** The card of an item, by its id or its question. */
	item(item: string | RegExp): Locator {
		return this.page
			.getByRole('article')
			.filter({ has: this.page.getByRole('group', { name: this.question(item), exact: true }) });
	}

	/**
	 * The radio button of an answer to an item, by its label (e.g. `t.room.no`). Plain Yes / No
	 * stand for an item's own wording of them, where it has one ("Yes, sometimes").
	 */
	choice(item: string | RegExp, answer: string): Locator {
		const labels = typeof item === 'string' ? itemById(item)?.labels : undefined;
		const label =
			labels && answer === this.t.room.yes
				? labels.yes[this.language]
				: labels && answer === this.t.room.no
					? labels.no[this.language]
					: answer;
		return this.page
			.getByRole('group', { name: this.question(item), exact: true })
			.getByRole('radio', { name: label, exact: true });
	}

	/** The card of a tick list, by the id of the list. */
	tickList(groupId: string): Locator {
		const prompt = groupById(groupId)!.prompt[this.language];
		return this.page
			.getByRole('article')
			.filter({ has: this.page.getByRole('group', { name: prompt, exact: true }) });
	}

	/** The box of an item in its tick list. */
	box(itemId: string): Locator {
		const item = itemById(itemId)!;
		return this.tickList(item.group!).getByRole('checkbox', {
			name: item.option![this.language],
			exact: true
		});
	}

	/**
	 * Bring a control to the middle of the window, as a user scrolls to what they tap: the walk's
	 * bar at the bottom of the window would be in the way of a tap at the very bottom.
	 */
	async centre(locator: Locator): Promise<void> {
		await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	}

	/** Tick (or untick) the box of an item in its tick list. */
	async tick(itemId: string, on = true): Promise<void> {
		await this.centre(this.box(itemId));
		await this.box(itemId).setChecked(on);
		await expect(this.box(itemId)).toBeChecked({ checked: on });
	}

	/** "None of these" in a tick list. */
	async noneOf(groupId: string): Promise<void> {
		const button = this.tickList(groupId).getByRole('button', { name: this.t.room.noneOfThese });
		await this.centre(button);
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
	}

	/** Go to the next screen of the walk with the bar's Next. */
	async next(): Promise<void> {
		const before = this.page.url();
		await this.page
			.getByRole('navigation', { name: this.t.walk.label })
			.getByRole('link', { name: new RegExp(`^${this.t.room.next}`) })
			.click();
		await expect(this.page).not.toHaveURL(before);
	}

	/** Go back to the screen before with the bar's Previous. */
	async previous(): Promise<void> {
		const before = this.page.url();
		await this.page
			.getByRole('navigation', { name: this.t.walk.label })
			.getByRole('link', { name: new RegExp(`^${this.t.room.previous}`) })
			.click();
		await expect(this.page).not.toHaveURL(before);
	}

	/**
	 * "Everything else here is fine" (on a person's topic "Nothing else to mention"), confirmed:
	 * the walk goes on to the next screen (the last one stays), which says what was answered.
	 * Resolves with the questions it listed.
	 */
	async restFine(): Promise<string[]> {
		const personal = this.t.restFine.personal;
		const forPerson = this.page.getByRole('button', { name: personal.button, exact: true });
		const words = (await forPerson.count()) > 0 ? personal : this.t.restFine;
		await this.page.getByRole('button', { name: words.button, exact: true }).click();
		const dialog = this.page.getByRole('dialog', { name: words.title });
		const listed = await dialog.getByRole('list').first().getByRole('listitem').allTextContents();
		await dialog.getByRole('button', { name: new RegExp(`^${words.confirm}`) }).click();
		await expect(this.page.getByText(words.done(listed.length))).toBeVisible();
		return listed.map((text) => text.replace(/\s+/g, ' ').trim());
	}

	/** Answer an item by its id or question, with the label of an answer (e.g. `t.room.no`). */
	async answer(item: string | RegExp, answer: string): Promise<void> {
		const radio = this.choice(item, answer);
		await this.centre(radio);
		await radio.check();
		await expect(radio).toBeChecked();
	}

	/** Expect an item to show this answer as given (and no other). */
	async expectAnswer(item: string | RegExp, answer: string): Promise<void> {
		await expect(this.choice(item, answer)).toBeChecked();
		const checked = this.page
			.getByRole('group', { name: this.question(item), exact: true })
			.locator('input:checked');
		await expect(checked).toHaveCount(1);
	}

	/** Type a note for a hazard found (the note belongs to its fix); a tick-list box by its item. */
	async note(item: string | RegExp, text: string): Promise<void> {
		const inList = typeof item === 'string' ? itemById(item) : undefined;
		const card = inList?.group ? this.tickList(inList.group) : this.item(item);
		const box =
			inList?.group && 'finding' in inList
				? card.getByLabel(`${this.t.room.note}: ${inList.finding[this.language]}`)
				: card.getByRole('textbox');
		if (!(await box.isVisible())) await card.getByText(this.t.room.note, { exact: true }).click();
		await box.fill(text);
	}

	/** Wait until the page says everything is saved. */
	async saved(): Promise<void> {
		await expect(this.page.getByText(this.t.save.saved)).toBeVisible();
	}

	/** The page's main heading. */
	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}
}
