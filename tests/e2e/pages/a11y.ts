/** In-page checks for accessibility tests: target sizes, reflow, visible focus. */
import { expect, type Page } from '@playwright/test';

/** The smallest target, CSS px (WCAG 2.5.5 AAA). */
export const MIN_TARGET = 44;

/**
 * Every visible interactive element smaller than 44 x 44 CSS px. A radio, checkbox or file
 * input is measured by its label, which is what the user taps.
 */
export function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate((min) => {
		const selector =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const small: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>(selector)) {
			let target: HTMLElement = element;
			if (
				element instanceof HTMLInputElement &&
				['radio', 'checkbox', 'file'].includes(element.type)
			) {
				target =
					element.closest('label') ??
					(element.id ? document.querySelector<HTMLElement>(`label[for="${element.id}"]`) : null) ??
					element;
			}
			const box = target.getBoundingClientRect();
			const style = getComputedStyle(target);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
			if (box.width < min - 0.5 || box.height < min - 0.5) {
				const name =
					(target.textContent ?? '').trim().slice(0, 40) || target.getAttribute('aria-label');
				small.push(
					`${target.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`
				);
			}
		}
		return small;
	}, MIN_TARGET);
}

/** What scrolls sideways or is cut off on the page. */
export function reflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth + 1) {
			problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
		}
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			// Hidden on purpose: visually hidden text, closed dialogs, SvelteKit's route announcer.
			if (element.closest('.visually-hidden, dialog:not([open]), #svelte-announcer')) continue;
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.right > root.clientWidth + 1 && style.position !== 'absolute') {
				problems.push(
					`${element.tagName.toLowerCase()}.${element.className} sticks out: ${Math.round(box.right)}px`
				);
			}
			const clips = ['hidden', 'clip'].includes(style.overflowX);
			// Form fields scroll their own text; anything else that clips hides content.
			const field = ['INPUT', 'TEXTAREA', 'SELECT', 'IMG'].includes(element.tagName);
			// Text cut short with an ellipsis on purpose (the bar's place name) is not lost content.
			const ellipsis = style.textOverflow === 'ellipsis';
			if (clips && !field && !ellipsis && element.scrollWidth > element.clientWidth + 1) {
				problems.push(`${element.tagName.toLowerCase()}.${element.className} cuts off its content`);
			}
		}
		return problems.slice(0, 10);
	});
}

/**
 * Show every page as if the user set text to 200% (all sizes in Footing are in rem and em).
 * Set through the CSSOM: the app's CSP (style-src 'self') blocks an added `<style>`.
 */
export async function doubleTextSize(page: Page): Promise<void> {
	await page.evaluate(() =>
		document.documentElement.style.setProperty('font-size', '200%', 'important')
	);
}

/**
 * Scroll to the end of the page, where the walk's bar sits in the flow and covers nothing.
 * Higher up, whichever target the sticky bar half covers fails axe's target-size: that says
 * where the page is scrolled, not what it is.
 */
export async function scrollToEnd(page: Page): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					Math.ceil(window.scrollY + window.innerHeight) >=
					document.documentElement.scrollHeight - 1
			)
		)
		.toBe(true);
}

/**
 * The focused element: visible, outlined, and not hidden under anything. Looked at until it is
 * (or the expect timeout passes): focus moves, scrolls and restyles over a frame or two, and more
 * on a busy machine.
 */
export async function expectVisibleFocus(page: Page): Promise<string> {
	let focus = { ok: false, why: 'not looked at yet', name: '' };
	await expect
		.poll(async () => {
			focus = await lookAtFocus(page);
			return focus.ok;
		})
		.toBe(true)
		.catch(() => undefined);
	expect(focus.ok, `focus on "${focus.name}": ${focus.why}`).toBe(true);
	return focus.name;
}

/** What the focused element looks like now. */
function lookAtFocus(page: Page): Promise<{ ok: boolean; why: string; name: string }> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body)
			return { ok: false, why: 'nothing has focus', name: '' };
		const shown = element.matches('input[type="radio"], input[type="checkbox"], input[type="file"]')
			? (((element.closest('label') ??
					document.querySelector(`label[for="${element.id}"]`)) as HTMLElement | null) ?? element)
			: element;
		const hasOutline = (target: Element) => {
			const style = getComputedStyle(target);
			return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		};
		const outlined = hasOutline(element) || hasOutline(shown);
		const box = shown.getBoundingClientRect();
		const inView =
			box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
		const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		const uncovered = !!top && (shown.contains(top) || top.contains(shown) || top === shown);
		const label =
			element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
				? element.labels?.[0]?.textContent
				: undefined;
		// The text a screen reader says: without what is hidden from it (icons, arrows).
		const spoken = (node: Element) => {
			const copy = node.cloneNode(true) as Element;
			for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
			return copy.textContent;
		};
		const name = element.getAttribute('aria-label') ?? label ?? spoken(element) ?? '';
		return {
			ok: outlined && inView && uncovered,
			why: `${element.tagName} outlined=${outlined} inView=${inView} uncovered=${uncovered}`,
			name: name.replace(/\s+/g, ' ').trim()
		};
	});
}

/** Press Tab (or Shift+Tab) until the focused element's name matches, checking the focus at every stop. */
export async function tabTo(
	page: Page,
	name: RegExp,
	{ backwards = false, limit = 80 } = {}
): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		if (name.test(await expectVisibleFocus(page))) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

/** The levels of the page's headings in order, and whether they skip a level going down. */
export function headingProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
			.filter((h) => !h.closest('dialog:not([open])'))
			.map((h) => Number(h.tagName[1]));
		const problems: string[] = [];
		if (levels.filter((level) => level === 1).length !== 1)
			problems.push(`h1 count: ${levels.join(',')}`);
		levels.forEach((level, i) => {
			if (i > 0 && level > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} then h${level}`);
		});
		return problems;
	});
}
