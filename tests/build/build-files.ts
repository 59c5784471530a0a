/** Reading what a production build holds: the files the start page loads, and the precache. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JS and CSS the start page loads before it shows anything: its static import graph, and
 * the messages of its language (English here), which the root layout waits for.
 */
export function firstLoadFiles(build: string): string[] {
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	const links = [...html.matchAll(/<link href="\/([^"]+)" rel="(?:modulepreload|stylesheet)"/g)];
	const imports = [...html.matchAll(/import\("\/([^"]+)"\)/g)];
	const chunks = join(build, '_app/immutable/chunks');
	const messages = readdirSync(chunks)
		.filter((file) => readFileSync(join(chunks, file), 'utf8').includes('Make a home safer'))
		.map((file) => `_app/immutable/chunks/${file}`);
	return [...new Set([...links, ...imports].map((match) => match[1]!)), ...messages];
}

/** The files the service worker precaches, as paths inside the build folder. */
export function precachedFiles(build: string): string[] {
	const sw = readFileSync(join(build, 'sw.js'), 'utf8');
	return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)]
		.map((match) => match[1]!.replace(/^\//, ''))
		.map((url) => (url === '' ? 'index.html' : url))
		.map((file) => (existsSync(join(build, file)) ? file : `${file}.html`));
}
