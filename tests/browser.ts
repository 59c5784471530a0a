import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download (`npx playwright install chromium`). The flags keep Chromium from
 * calling Google's servers, which a closed network refuses noisily.
 */
export function browserLaunchOptions(): LaunchOptions {
	const executablePath =
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-gpu'
		]
	};
}
