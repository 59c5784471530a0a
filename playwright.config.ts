import { defineConfig, devices } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser';

const port = 4173;

/**
 * End-to-end tests run in real Chromium against the production build served by `vite preview`,
 * with the service worker on. `npm test` builds first and sets FOOTING_PREBUILT=1; run alone,
 * `npm run test:e2e` builds itself.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
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
	webServer: {
		command: `${process.env.FOOTING_PREBUILT ? '' : 'npm run build && '}node_modules/.bin/vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
