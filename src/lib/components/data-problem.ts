/** The problems opening the stored data can have, each with its own message. */
export type DataProblemKind = 'replaced' | 'blocked' | 'upgradeFailed' | 'other';

/** Which message explains an error from opening the stored data. */
export function dataProblemOf(error: unknown): DataProblemKind {
	switch ((error as Error | undefined)?.name) {
		case 'DatabaseClosedError':
			return 'replaced';
		case 'DatabaseBlockedError':
			return 'blocked';
		case 'UpgradeFailedError':
			return 'upgradeFailed';
		default:
			return 'other';
	}
}
