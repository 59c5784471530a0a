/**
 * The start page as static HTML, written into the prerendered index.html (src/hooks.server.ts),
 * so it paints before any JavaScript has loaded: the header, the heading, the introduction and
 * "New check", in both languages. The stylesheet shows the one of `<html lang>`, which a small
 * inline script in src/app.html sets before the body is parsed (the stored choice, else the
 * browser's languages), so there is no flash of the other language. The app removes the shell
 * when it mounts (src/routes/+layout.svelte).
 */
import type { Language } from '$lib/checklist/types';
import type { Messages } from '$lib/i18n/en';

/** The marker in src/app.html that the shell replaces (on the start page) or that is removed. */
export const SHELL_MARKER = '<!--footing:start-shell-->';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}

/** The start page's static HTML, with each text in every language (`lang` on each). */
export function startShell(messages: Record<Language, Messages>): string {
	const languages = Object.keys(messages) as Language[];
	const text = (pick: (t: Messages) => string) =>
		languages
			.map((language) => `<span lang="${language}">${escape(pick(messages[language]))}</span>`)
			.join('');
	return [
		'<div class="start-shell">',
		'<header class="shell-header">',
		`<a class="shell-brand" href="/"><img src="/icons/icon.svg" alt="" width="28" height="28" /><span>${escape(messages.en.app.name)}</span></a>`,
		'<div class="shell-tools">',
		`<a class="button" href="/settings">${text((t) => t.settings.link)}</a>`,
		// Where the language switch will be, so the header keeps its height; it works only with
		// the app, so until then it is a picture of itself, hidden from screen readers.
		'<span class="shell-switch" aria-hidden="true">',
		...languages.map(
			(language) => `<span class="button" data-lang="${language}">${language.toUpperCase()}</span>`
		),
		'</span>',
		'</div>',
		'</header>',
		'<div class="shell-main">',
		`<h1>${text((t) => t.start.title)}</h1>`,
		`<p>${text((t) => t.start.intro)}</p>`,
		`<p>${text((t) => t.start.intro2)}</p>`,
		`<p><a class="button primary shell-big" href="/new">${text((t) => t.start.newCheck)}</a></p>`,
		'</div>',
		'</div>'
	].join('');
}
