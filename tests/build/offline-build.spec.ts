import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BUILD = 'build';
const TWO_MIB = 2 * 1024 * 1024;

/** Every file under a folder, as paths relative to the build folder. */
function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(BUILD, join(entry.parentPath, entry.name)));
}

/** The URLs the built service worker precaches, normalised to start with '/'. */
function precachedUrls(): string[] {
	const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
	return urls.map((url) => (url.startsWith('/') ? url : `/${url}`));
}

describe('the production build', () => {
	beforeAll(() => {
		if (!existsSync(join(BUILD, 'sw.js')))
			throw new Error('No build found: run `npm run build` first.');
	});

	it('precaches every client asset, including lazily loaded chunks', () => {
		const precached = new Set(precachedUrls());
		const assets = filesUnder(join(BUILD, '_app', 'immutable')).map((file) => `/${file}`);
		expect(assets.length).toBeGreaterThan(5);
		expect(assets.filter((asset) => !precached.has(asset))).toEqual([]);
	});

	it('precaches every prerendered page and serves unknown URLs from the cached shell', () => {
		const precached = new Set(precachedUrls());
		const pages = filesUnder(BUILD)
			.filter((file) => file.endsWith('.html') && file !== '200.html')
			.map((file) => `/${file.replace(/(index)?\.html$/, '')}`.replace(/\/$/, '') || '/');
		expect(pages).toContain('/');
		expect(pages.filter((route) => !precached.has(route))).toEqual([]);
		const sw = readFileSync(join(BUILD, 'sw.js'), 'utf8');
		expect(sw).toContain('createHandlerBoundToURL("/")');
	});

	it('precaches no file over 2 MiB', () => {
		const tooBig = precachedUrls()
			.map((url) => (url === '/' ? 'index.html' : url.slice(1)))
			.map((file) => (existsSync(join(BUILD, file)) ? file : `${file}.html`))
			.filter((file) => statSync(join(BUILD, file)).size > TWO_MIB);
		expect(tooBig).toEqual([]);
	});

	it('has a manifest that installs: name, icons, standalone display', () => {
		const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.webmanifest'), 'utf8'));
		expect(manifest.name).toBe('Footing');
		expect(manifest.display).toBe('standalone');
		expect(manifest.start_url).toBe('/');
		expect(manifest.scope).toBe('/');
		const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
		expect(icons.map((icon) => icon.sizes)).toEqual(
			expect.arrayContaining(['192x192', '512x512', 'any'])
		);
		expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
		for (const icon of icons) expect(existsSync(join(BUILD, icon.src))).toBe(true);
		expect(precachedUrls()).toContain('/manifest.webmanifest');
	});

	it('puts a strict Content-Security-Policy on every page', () => {
		for (const file of ['index.html', '200.html']) {
			const html = readFileSync(join(BUILD, file), 'utf8');
			const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(csp, file).toContain("default-src 'self'");
			expect(csp, file).toMatch(/script-src 'self' 'sha256-[^']+'/);
			expect(csp, file).toContain("object-src 'none'");
			expect(csp, file).toContain("base-uri 'self'");
			expect(csp, file).toContain("connect-src 'self'");
		}
	});
});
