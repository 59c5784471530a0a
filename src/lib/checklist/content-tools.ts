/**
 * What the database's content upgrade needs from the checklist (src/lib/db/content-upgrade.ts),
 * loaded by it on demand: moving the answers of retired items, and counting a check again.
 */
export { moveRetiredAnswers, movedTo } from './retired';
export { checkSummary as summarize } from './rules';
