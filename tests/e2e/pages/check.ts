import { expect, type Locator, type Page } from '@playwright/test';
import { AREAS } from '../../../src/lib/checklist/areas';
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
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(this.page.locator('html')).toHaveAttribute('lang', language);
		(this as { language: Language }).language = language;
	}

	/** Start a new check from the start page; ends on the first room. */
	async create({ label, rooms, personal = false }: NewCheckOptions): Promise<void> {
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
		await page.getByRole('checkbox', { name: t.newCheck.personal }).setChecked(personal);
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
		await expect(page).toHaveURL(/\/checks\/[^/]+$/);
	}

	/** The card of the item whose question matches. */
	item(question: string | RegExp): Locator {
		return this.page
			.getByRole('article')
			.filter({ has: this.page.getByRole('group', { name: question }) });
	}

	/** The radio button of an answer to an item, by its label (e.g. `t.room.no`). */
	choice(question: string | RegExp, answer: string): Locator {
		return this.page
			.getByRole('group', { name: question })
			.getByRole('radio', { name: answer, exact: true });
	}

	/** Answer an item by its question. */
	async answer(question: string | RegExp, answer: string): Promise<void> {
		const radio = this.choice(question, answer);
		await radio.check();
		await expect(radio).toBeChecked();
	}

	/** Expect an item to show this answer as given (and no other). */
	async expectAnswer(question: string | RegExp, answer: string): Promise<void> {
		await expect(this.choice(question, answer)).toBeChecked();
		const checked = this.page.getByRole('group', { name: question }).locator('input:checked');
		await expect(checked).toHaveCount(1);
	}

	/** Answer every question on the page with its first choice ("Yes") or second ("No"). */
	async answerAll(choice: 0 | 1 = 0): Promise<number> {
		const groups = this.page.locator('article fieldset');
		const count = await groups.count();
		for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').nth(choice).check();
		return count;
	}

	/** Type a note for an item. */
	async note(question: string | RegExp, text: string): Promise<void> {
		const card = this.item(question);
		const box = card.getByRole('textbox');
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
