import { ensureBuilds } from './builds';

/** Before the browser tests: the production build and its test variants exist and are fresh. */
export default function globalSetup(): void {
	ensureBuilds();
}
