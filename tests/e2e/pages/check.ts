import { expect, type Locator, type Page } from '@playwright/test';
import { AREAS } from '../../../src/lib/checklist/areas';

type RoomKind =
	'entrance' | 'stairs' | 'living' | 'kitchen' | 'bathroom' | 'toilet' | 'bedroom' | 'other';

export interface NewCheckOptions {
	label: string;
	/** How many rooms of each kind; kinds left out get none. */
	rooms: Partial<Record<RoomKind, number>>;
	personal?: boolean;
}

/** Page object for the screens of a check, in English. */
export class CheckPages {
	constructor(readonly page: Page) {}

	/** Start a new check from the start page; ends on the first room. */
	async create({ label, rooms, personal = false }: NewCheckOptions): Promise<void> {
		const { page } = this;
		await page.goto('/');
		await page.getByRole('link', { name: 'New check' }).click();
		await page.getByLabel('Name of the home').fill(label);
		for (const area of AREAS.filter((a) => a.kind === 'room')) {
			const name = area.name.en;
			const count = page.getByRole('status', { name, exact: true });
			const want = rooms[area.id as RoomKind] ?? 0;
			let have = Number(await count.textContent());
			for (; have < want; have++)
				await page.getByRole('button', { name: `One more: ${name}` }).click();
			for (; have > want; have--)
				await page.getByRole('button', { name: `One less: ${name}` }).click();
			await expect(count).toHaveText(String(want));
		}
		await page.getByRole('checkbox', { name: /Also check personal factors/ }).setChecked(personal);
		await page.getByRole('button', { name: 'Start the check' }).click();
		await expect(page).toHaveURL(/\/checks\/[^/]+\/rooms\//);
	}

	/** The card of the item whose question matches. */
	item(question: string | RegExp): Locator {
		return this.page
			.getByRole('article')
			.filter({ has: this.page.getByRole('group', { name: question }) });
	}

	/** Answer an item by its question. */
	async answer(question: string | RegExp, answer: string): Promise<void> {
		const radio = this.page
			.getByRole('group', { name: question })
			.getByRole('radio', { name: answer, exact: true });
		await radio.check();
		await expect(radio).toBeChecked();
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
		if (!(await box.isVisible())) await card.getByText('Note', { exact: true }).click();
		await box.fill(text);
	}

	/** Wait until the page says everything is saved. */
	async saved(): Promise<void> {
		await expect(this.page.getByText('Saved on this device')).toBeVisible();
	}

	/** The page's main heading. */
	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}
}
