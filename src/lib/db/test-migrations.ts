/**
 * Extra versions for tests only (tests/e2e/builds.ts builds them as separate apps): 'next' is
 * a later version that changes nothing, 'broken' one whose migration fails part-way. Real
 * builds never reach this module (see MIGRATIONS in ./migrations.ts).
 */
import type { Migration } from './migrations';

const TEST_VERSIONS: Record<string, readonly Migration[]> = {
	next: [() => {}],
	broken: [
		(_db, tx) => {
			tx.objectStore('checks').createIndex('by-visit' as never, 'visitDate');
			throw new Error('This test migration fails part-way, on purpose.');
		}
	]
};

/** The extra versions of a test build variant. */
export function testMigrations(variant: string): readonly Migration[] {
	return TEST_VERSIONS[variant] ?? [];
}
