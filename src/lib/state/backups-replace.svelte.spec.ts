import { describe, expect, it, vi } from 'vitest';
import type { ParsedBackup } from '$lib/backup/validate';
import type { SyncMessage } from './sync';

/** The import itself is the backup code's (its own tests); here only what it wrote matters. */
vi.mock('$lib/db/backup', () => ({
	importBackup: async () => ({
		written: [
			{ fileId: 'a', id: 'a', how: 'replaced' },
			{ fileId: 'b', id: 'b', how: 'added' },
			{ fileId: 'c', id: 'c-copy', how: 'copied' }
		],
		skipped: [],
		answers: 0,
		photos: 0
	})
}));

const { backups } = await import('./backups.svelte');

describe('a backup restored with "Replace"', () => {
	it('tells the other windows which checks were written over, so they read them again', async () => {
		const tab = new BroadcastChannel('footing');
		const heard: SyncMessage[] = [];
		tab.onmessage = (event: MessageEvent<SyncMessage>) => heard.push(event.data);
		const result = await backups.restore({} as ParsedBackup, { a: 'replace' });
		expect(result).toEqual({ written: 3 });
		await vi.waitFor(() => expect(heard).toContainEqual({ type: 'list' }));
		expect(heard.filter((message) => message.type === 'replaced')).toEqual([
			{ type: 'replaced', checkId: 'a' }
		]);
		tab.close();
	});
});
