#!/usr/bin/env node
/**
 * A plain static server for built Footing apps, as a static host would serve them: clean URLs
 * (/settings serves settings.html), unknown paths get the SPA fallback 200.html, sw.js is never
 * cached, text is sent gzip-compressed to a browser that takes it, and the headers of the
 * build's `_headers` file (static/_headers: the security headers) are sent as Netlify or
 * Cloudflare Pages would. Tests can switch the folder it serves to put a new version online.
 *
 * CLI: node tests/serve.mjs <folder> <port>
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** The types a host compresses: text. Images, photos and fonts are compressed already. */
const COMPRESSED = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt'
]);

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * The rules of a `_headers` file, in the format of Netlify and Cloudflare Pages: a URL pattern
 * on a line of its own (`*` matches anything, `:name` one path segment), then its headers on
 * indented `Name: value` lines; `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (colon < 0 || !rule) throw new Error(`_headers: cannot read "${line.trim()}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers every matching rule gives a URL path, in the file's order; a later rule's value
 * for the same header replaces an earlier one.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {[string, string][]}
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, [string, string]>} */
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [name, value]);
	}
	return [...headers.values()];
}

/**
 * The rules of the `_headers` file in a build folder; none while it is not built.
 * @param {string} root
 */
async function headerRules(root) {
	try {
		return parseHeaders(await readFile(join(root, '_headers'), 'utf8'));
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
		throw error;
	}
}

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The file to answer a URL path with, inside `root`.
 * @param {string} root
 * @param {string} urlPath
 */
async function fileFor(root, urlPath) {
	const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, path);
	if (!base.startsWith(root)) return join(root, '200.html');
	// A host reads _headers itself and never serves it.
	if (base === join(root, '_headers')) return join(root, '200.html');
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return join(root, '200.html');
}

/**
 * Serve `folder` on `port` (0 picks a free one). Returns the address, a way to serve another
 * folder from now on, and a way to stop.
 * @param {string} folder
 * @param {number} [port]
 */
export async function startServer(folder, port = 0) {
	let root = resolve(folder);
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (url.pathname === '/__server') {
			response.writeHead(204).end(); // the test runner's "is it up?" probe; the build may come later
			return;
		}
		const file = await fileFor(root, url.pathname);
		if (!(await isFile(file))) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not built yet');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const immutable = url.pathname.startsWith('/_app/immutable/');
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		for (const [name, value] of headersFor(await headerRules(root), url.pathname))
			headers[name.toLowerCase()] = value;
		const gzip =
			COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		if (gzip) {
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		response.writeHead(200, headers);
		if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
		else createReadStream(file).pipe(response);
	});
	await new Promise((done) => server.listen(port, 'localhost', () => done(undefined)));
	const address = server.address();
	return {
		url: `http://localhost:${typeof address === 'object' && address ? address.port : port}`,
		/** @param {string} next */
		serve(next) {
			root = resolve(next);
		},
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [folder = 'build', port = '4173'] = process.argv.slice(2);
	const { url } = await startServer(folder, Number(port));
	console.log(`Footing is served at ${url}`);
}
