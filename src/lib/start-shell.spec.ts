import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { startShell } from './start-shell';

describe('the start page’s static shell', () => {
	const html = startShell({ en, nl });

	it('has the heading and “New check” in each language, marked with its lang', () => {
		expect(html).toContain(`<h1><span lang="en">${en.start.title}</span><span lang="nl">`);
		expect(html).toContain(`<span lang="nl">${nl.start.newCheck}</span>`);
		expect(html).toContain('href="/new"');
	});

	it('escapes the text and needs no inline style or script (the CSP allows neither)', () => {
		const shell = startShell({
			en: { ...en, start: { ...en.start, title: '<b>"A" & B</b>' } },
			nl
		});
		expect(shell).toContain('&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
		expect(html).not.toMatch(/style=|<script|\son\w+=/);
	});
});
