#!/usr/bin/env node
/**
 * A plain static server for built Footing apps, as a static host would serve them: clean URLs
 * (/settings serves settings.html), unknown paths get the SPA fallback 200.html, and sw.js is
 * never cached. Tests can switch the folder it serves to put a new version online.
 *
 * CLI: node tests/serve.mjs <folder> <port>
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
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
		response.writeHead(200, {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		createReadStream(file).pipe(response);
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
