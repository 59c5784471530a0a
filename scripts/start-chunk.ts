import { resolve } from 'node:path';

/** What `codeSplitting.groups[].name` is given: the module graph, as far as it is known. */
interface ChunkingContext {
	getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * One chunk for the shared code the start page imports statically: Svelte's and SvelteKit's
 * runtime and Footing's $lib modules. Left to itself the bundler makes a chunk for each set of
 * pages that shares a module, so the start page fetched some twenty small files, each
 * compressed on its own: 3 KiB more than the same code in one file, and more requests. The
 * start page's own components stay in its page chunk; a page deep in the app that needs only
 * part of this chunk loads all of it (a few KiB), from the offline cache.
 */
export function startChunk(root = process.cwd()) {
	const roots = ['src/routes/+layout.svelte', 'src/routes/+layout.ts', 'src/routes/+page.svelte'];
	let members: Set<string> | undefined;

	/** The modules the start page imports, following static imports only. */
	function startGraph(context: ChunkingContext): Set<string> {
		const seen = new Set<string>();
		const queue = roots.map((file) => resolve(root, file));
		while (queue.length) {
			const id = queue.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
		}
		return seen;
	}

	const shared = (id: string) =>
		/[\\/]node_modules[\\/]/.test(id) || id.startsWith(resolve(root, 'src/lib'));

	return {
		name(id: string, context: ChunkingContext): string | null {
			members ??= startGraph(context);
			return members.has(id) && shared(id) ? 'start' : null;
		}
	};
}
