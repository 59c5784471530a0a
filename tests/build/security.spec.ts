/**
 * What the build tells the browser about security: the Content-Security-Policy of each page
 * (a meta tag: the host cannot be relied on), and the headers a static host sends (the
 * `_headers` file, and the nginx and Caddy snippets in the README that say the same).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../serve.mjs';
import { build, buildFolder, CARE_RECORD_BASE } from '../e2e/builds';

const builtAt = (folder: string) => statSync(join(folder, 'index.html')).mtimeMs;

const BUILD = 'build';

/** Every file under a build whose name ends in `ending`, relative to the build. */
function builtFiles(ending: string, build = BUILD): string[] {
	return readdirSync(build, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(ending))
		.map((entry) => relative(build, join(entry.parentPath, entry.name)));
}

const read = (file: string, build = BUILD) => readFileSync(join(build, file), 'utf8');

/** A policy's directives, each with its sources. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources])
	);
}

/** The policy in a page's meta tag. */
function pagePolicy(file: string, build = BUILD): Map<string, string[]> {
	const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(read(file, build));
	expect(meta, `${file} has a CSP meta tag`).not.toBeNull();
	return directives(meta![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
}

/** The names of the Trusted Types policies the app's code creates. */
function createdPolicies(): string[] {
	const code = [...builtFiles('.js'), ...builtFiles('.html')].map((file) => read(file)).join('\n');
	const names = [...code.matchAll(/createPolicy\(\s*(["'`])([^"'`]+)\1/g)].map((m) => m[2]!);
	return [...new Set(names)].sort();
}

/** The headers the `_headers` file gives the start page. */
function startPageHeaders(): Map<string, string> {
	const rules = parseHeaders(read('_headers'));
	return new Map(headersFor(rules, '/').map(([name, value]) => [name.toLowerCase(), value]));
}

beforeAll(() => {
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error('No build found: run `npm run build` first.');
});

describe('the Content-Security-Policy of every page', () => {
	const pages = builtFiles('.html');

	it('runs only the page’s own scripts: its files, and inline scripts by their hash', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', '200.html']));
		for (const page of pages) {
			const policy = pagePolicy(page);
			expect(policy.get('default-src'), page).toEqual(["'self'"]);
			expect(policy.get('object-src'), page).toEqual(["'none'"]);
			expect(policy.get('base-uri'), page).toEqual(["'self'"]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts[0], page).toBe("'self'");
			expect(
				scripts.slice(1).every((source) => /^'sha256-[\w+/=]+'$/.test(source)),
				page
			).toBe(true);
			// Each inline script of the page runs because its hash is listed.
			const inline = [...read(page).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			expect(inline.length, page).toBeGreaterThan(0);
			for (const script of inline) {
				const hash = createHash('sha256').update(script).digest('base64');
				expect(scripts, `${page}: an inline script's hash`).toContain(`'sha256-${hash}'`);
			}
		}
	});

	it('allows no inline style but the page’s own stylesheets by their hash, no eval, no inline script by keyword', () => {
		for (const page of pages) {
			const policy = pagePolicy(page);
			const styles = policy.get('style-src') ?? [];
			expect(styles[0], page).toBe("'self'");
			// The prerendered start page carries its stylesheets (SvelteKit's inlineStyleThreshold):
			// exactly those, each by its hash, and nothing else.
			const inline = [...read(page).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
			const hashes = inline.map(
				(css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`
			);
			expect(styles.slice(1), page).toEqual(hashes);
			const all = [...policy.values()].flat();
			expect(all, page).not.toContain("'unsafe-inline'");
			expect(all, page).not.toContain("'unsafe-eval'");
			expect(all, page).not.toContain("'unsafe-hashes'");
			expect(policy.get('script-src'), page).not.toContain('data:');
		}
	});

	it('needs no inline style: no style attribute in a page or in a template the app inserts', () => {
		// A style="…" attribute is inline style, blocked by style-src 'self'. Styles that change
		// (a progress bar's width) are set through the CSSOM by Svelte's style: directive.
		for (const page of pages) expect(read(page), page).not.toMatch(/<[a-z][^<>]*\sstyle=/i);
		for (const file of builtFiles('.js'))
			expect(read(file), file).not.toMatch(/<[a-z][a-z0-9-]*\s[^<>`]*\bstyle="/i);
		// SvelteKit's last-resort error page, a whole document shown only when the root layout
		// itself fails (its messages cannot load), keeps its <style>: see docs/data.md.
		const scripts = builtFiles('.js').filter((file) => !/^[^`]*`<!doctype html>/i.test(read(file)));
		for (const file of scripts) expect(read(file), file).not.toMatch(/<style[\s>]/);
	});

	it('requires Trusted Types for scripts, and allows exactly the policies the app creates', () => {
		const created = createdPolicies();
		expect(created).toEqual(['default', 'svelte-trusted-html']);
		for (const page of pages) {
			const policy = pagePolicy(page);
			expect(policy.get('require-trusted-types-for'), page).toEqual(["'script'"]);
			expect([...(policy.get('trusted-types') ?? [])].sort(), page).toEqual(created);
		}
	});
});

describe('what a build may connect to', () => {
	/** The JS of a build holds the code that sends to a care record (its Web Lock's name). */
	const sends = (build: string) =>
		builtFiles('.js', build).some((file) => read(file, build).includes('footing-care-record'));

	it('a default build connects to its own origin only, and has no code that sends', () => {
		for (const page of builtFiles('.html'))
			expect(pagePolicy(page).get('connect-src'), page).toEqual(["'self'"]);
		expect(sends(BUILD)).toBe(false);
	});

	it('a build with FOOTING_FHIR_BASE connects to exactly that server’s origin besides its own', () => {
		const variant = buildFolder('care-record');
		if (!existsSync(join(variant, 'index.html')) || builtAt(variant) < builtAt(BUILD))
			build('care-record');
		const pages = builtFiles('.html', variant);
		expect(pages).toContain('index.html');
		for (const page of pages)
			expect(pagePolicy(page, variant).get('connect-src'), page).toEqual([
				"'self'",
				new URL(CARE_RECORD_BASE).origin
			]);
		expect(sends(variant)).toBe(true);
	}, 180_000);
});

describe('the headers for a static host (_headers)', () => {
	it('is in the build, and gives every path the security headers', () => {
		for (const path of ['/', '/settings', '/checks/abc/plan', '/_app/immutable/x.js', '/sw.js']) {
			const names = headersFor(parseHeaders(read('_headers')), path).map(([name]) =>
				name.toLowerCase()
			);
			expect(names, path).toEqual(
				expect.arrayContaining([
					'content-security-policy',
					'x-content-type-options',
					'referrer-policy',
					'permissions-policy'
				])
			);
		}
	});

	it('gives no path a header from two rules (hosts would join their values)', () => {
		const rules = parseHeaders(read('_headers'));
		const paths = ['/', '/settings', '/sw.js', '/_app/immutable/chunks/a.js', '/icons/icon.svg'];
		for (const path of paths) {
			const names = rules
				.filter((rule) => rule.pattern.test(path))
				.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
			expect(
				names.filter((name, at) => names.indexOf(name) !== at),
				path
			).toEqual([]);
		}
	});

	it('refuses framing, sniffing and referrers', () => {
		const headers = startPageHeaders();
		const policy = directives(headers.get('content-security-policy') ?? '');
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('no-referrer');
	});

	it('leaves scripts and styles to the page’s own policy, which knows their hashes', () => {
		// A browser applies both policies; a header without the hashes would block the app.
		const policy = directives(startPageHeaders().get('content-security-policy') ?? '');
		for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src'])
			expect(policy.has(name), name).toBe(false);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
	});

	it('allows the camera (photos) and sharing (backups) to Footing itself, and nothing else', () => {
		const features = (startPageHeaders().get('permissions-policy') ?? '')
			.split(',')
			.map((part) => part.trim().split('='));
		const allowed = features.filter(([, allow]) => allow !== '()').map(([name]) => name);
		expect(allowed.sort()).toEqual(['camera', 'web-share']);
		expect(Object.fromEntries(features)).toMatchObject({
			camera: '(self)',
			'web-share': '(self)',
			geolocation: '()',
			microphone: '()',
			payment: '()',
			usb: '()'
		});
	});

	it('keeps the service worker fresh and the hashed files for a year', () => {
		const rules = parseHeaders(read('_headers'));
		const cache = (path: string) =>
			headersFor(rules, path).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
		expect(cache('/sw.js')).toBe('no-cache');
		expect(cache('/_app/immutable/chunks/a.js')).toBe('public, max-age=31536000, immutable');
	});

	it('says the same as the nginx and Caddy snippets in the README', () => {
		const readme = readFileSync('README.md', 'utf8');
		const nginx = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
		const caddy = /```caddy\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		expect(nginx).toContain('add_header');
		expect(caddy).toContain('header');
		for (const [name, value] of startPageHeaders()) {
			if (name === 'cache-control') continue;
			const headerName = new RegExp(name, 'i');
			expect(nginx, `nginx: ${name}`).toMatch(headerName);
			expect(nginx, `nginx: ${name}`).toContain(`"${value}"`);
			expect(caddy, `Caddy: ${name}`).toMatch(headerName);
			expect(caddy, `Caddy: ${name}`).toContain(`"${value}"`);
		}
	});
});
