import { readFile } from 'node:fs/promises';
import { parseAst } from 'rolldown/parseAst';
import { transformWithOxc, type Plugin } from 'vite';
import { START_PAGE_MESSAGES } from '../src/lib/i18n/parts.ts';

/**
 * Builds each language's messages (src/lib/i18n/en.ts, nl.ts) as two modules, so the start
 * page loads only the messages it shows (src/lib/i18n/parts.ts lists them):
 * - `./en?part=start`: those messages;
 * - `./en?part=rest`: all the others;
 * - `./en` itself: the two joined, for code that needs every message (the FHIR export, tests).
 * The source stays one file per language, so a message is added in one place.
 */
export function splitMessages(paths: readonly string[] = START_PAGE_MESSAGES): Plugin {
	return {
		name: 'footing:split-messages',
		enforce: 'pre',
		async load(id) {
			const match = /[/\\]src[/\\]lib[/\\]i18n[/\\](en|nl)\.ts(?:\?part=(start|rest))?$/.exec(id);
			if (!match) return;
			const [, language, part] = match as unknown as [string, string, 'start' | 'rest' | undefined];
			if (!part) {
				return [
					`import { joinMessages } from './parts';`,
					`import { ${language} as start } from './${language}.ts?part=start';`,
					`import { ${language} as rest } from './${language}.ts?part=rest';`,
					`export const ${language} = joinMessages(start, rest);`
				].join('\n');
			}
			const file = id.replace(/\?.*$/, '');
			const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
			return { code: messagesPart(code, language, paths, part), map: null };
		}
	};
}

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

/** The name of an object literal's property: `app: …` or `'upgrade-failed': …`. */
function keyOf(property: Node): string {
	const key = property.key as Node;
	return key.type === 'Identifier' ? (key.name as string) : String(key.value);
}

/**
 * The module `code` (JavaScript) with the object literal `export const <name> = {…}` cut down
 * to the messages in `paths` (part `start`) or to those not in it (part `rest`).
 */
export function messagesPart(
	code: string,
	name: string,
	paths: readonly string[],
	part: 'start' | 'rest'
): string {
	const ast = parseAst(code) as unknown as { body: Node[] };
	const declarator = ast.body
		.filter((node) => node.type === 'ExportNamedDeclaration')
		.flatMap((node) => ((node.declaration as Node | null)?.declarations as Node[]) ?? [])
		.find((node) => (node.id as Node).name === name);
	const messages = declarator?.init as Node | undefined;
	if (messages?.type !== 'ObjectExpression') {
		throw new Error(`split-messages: no "export const ${name} = {…}" found`);
	}
	const inStart = (path: string) => paths.includes(path);
	const text = (node: Node) => code.slice(node.start, node.end);
	const sections: string[] = [];
	for (const section of messages.properties as Node[]) {
		const key = keyOf(section);
		const value = section.value as Node;
		if (inStart(key)) {
			if (part === 'start') sections.push(text(section));
			continue;
		}
		const picked = paths.filter((path) => path.startsWith(`${key}.`));
		if (picked.length === 0) {
			if (part === 'rest') sections.push(text(section));
			continue;
		}
		if (value.type !== 'ObjectExpression') {
			throw new Error(`split-messages: ${key} is not a section of messages`);
		}
		const kept = (value.properties as Node[]).filter(
			(message) => inStart(`${key}.${keyOf(message)}`) === (part === 'start')
		);
		if (kept.length) {
			sections.push(`${code.slice(section.start, value.start)}{${kept.map(text).join(',')}}`);
		}
	}
	for (const path of paths) {
		const [section, message] = path.split('.');
		const found = (messages.properties as Node[]).find((node) => keyOf(node) === section);
		const inSection =
			found &&
			(!message ||
				((found.value as Node).properties as Node[]).some((node) => keyOf(node) === message));
		if (!inSection) throw new Error(`split-messages: ${name} has no message ${path}`);
	}
	return `${code.slice(0, messages.start)}{${sections.join(',')}}${code.slice(messages.end)}`;
}
