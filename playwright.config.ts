import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser';

/** The test server's port: 4173, or another where several test runs share a machine. */
const port = Number(process.env.FOOTING_TEST_PORT ?? 4173);

/**
 * End-to-end tests run in real Chromium against the production build, served as a static host
 * would (tests/serve.mjs), with the service worker on. `npm test` builds first and sets FOOTING_PREBUILT=1; run alone,
 * `npm run test:e2e` builds itself.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// One browser at a time: on a 2-core runner, two Chromiums make the timing checks (a change
	// shows in another tab within a second) depend on the neighbour's load.
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list'], ['github']] : 'list',
	timeout: 45_000,
	expect: { timeout: 7_500 },
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: browserLaunchOptions(),
		trace: 'retain-on-failure'
	},
	globalSetup: './tests/e2e/global-setup.ts',
	webServer: {
		command: `node tests/serve.mjs build ${port}`,
		url: `http://localhost:${port}/__server`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
