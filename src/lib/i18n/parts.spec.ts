import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { en as enStart } from './en?part=start';
import { en as enRest } from './en?part=rest';
import { nl } from './nl';
import { nl as nlStart } from './nl?part=start';
import { joinMessages, START_PAGE_MESSAGES } from './parts';

/**
 * The components the start page can show (its layout, error page and what they import), but
 * for one loaded together with all the messages (`import(…)` beside `locale.complete`).
 */
function startPageComponents(): string[] {
	const seen = new Set<string>();
	const queue = [
		'src/routes/+layout.svelte',
		'src/routes/+page.svelte',
		'src/routes/+error.svelte'
	];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => !line.includes('locale.complete'))
			.join('\n');
		for (const [, path] of code.matchAll(/(?:from |import\()'([^']+\.svelte)'/g)) {
			queue.push(
				path!.startsWith('$lib/')
					? join('src/lib', path!.slice(5))
					: join(dirname(file), path!).replace(resolve('.') + '/', '')
			);
		}
	}
	return [...seen];
}

/** The messages a component uses: `t.section.message`, or `t.section` as a whole. */
function messagesUsed(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/\bt\.(\w+)(?:\.(\w+))?/g)].map(([, section, message]) =>
		message ? `${section}.${message}` : section!
	);
}

function covered(path: string): boolean {
	return START_PAGE_MESSAGES.includes(path) || START_PAGE_MESSAGES.includes(path.split('.')[0]!);
}

describe('the start page’s part of the messages', () => {
	it('holds every message the start page can show', () => {
		const components = startPageComponents();
		expect(components).toContain('src/lib/components/LanguageSwitch.svelte');
		for (const file of components) {
			const missing = messagesUsed(file).filter((path) => !covered(path));
			expect(missing, `${file} uses messages not in START_PAGE_MESSAGES (parts.ts)`).toEqual([]);
		}
	});

	it('holds only those messages; the rest holds the others, and the two make the whole', () => {
		for (const [section, messages] of Object.entries(enStart)) {
			for (const message of Object.keys(messages))
				expect(covered(`${section}.${message}`)).toBe(true);
		}
		for (const [section, messages] of Object.entries(enRest)) {
			for (const message of Object.keys(messages))
				expect(covered(`${section}.${message}`)).toBe(false);
		}
		expect(joinMessages(enStart, enRest)).toEqual(en);
		expect(Object.keys(nlStart).sort()).toEqual(Object.keys(enStart).sort());
		expect(en.start.title).toBe('Make a home safer, room by room');
		expect(nl.backup.reminderLater).toBeTypeOf('string');
		expect(Object.keys(en.backup).length).toBeGreaterThan(4);
	});
});
