#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the browser tests, or says exactly what to install.
 * Order: $CHROMIUM_PATH, /usr/bin/chromium (Debian), Playwright's own download; when none is
 * there, install Debian's package as root, else ask Playwright to download its browser.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const say = (text) => console.log(`[browser] ${text}`);

function playwrightChromium() {
	try {
		const path = execSync(
			`node -e "import('@playwright/test').then(p => console.log(p.chromium.executablePath()))"`,
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		).trim();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function run(command) {
	say(`running: ${command}`);
	execSync(command, { stdio: 'inherit' });
}

if (process.env.CHROMIUM_PATH) {
	if (existsSync(process.env.CHROMIUM_PATH)) process.exit(0);
	say(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
	process.exit(1);
}
if (existsSync('/usr/bin/chromium') || playwrightChromium()) process.exit(0);

say('No Chromium found for the browser tests.');
try {
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		run('apt-get update');
		run('apt-get install -y chromium poppler-utils');
	} else {
		run('npx playwright install chromium');
	}
} catch {
	// Fall through to the message below.
}
if (existsSync('/usr/bin/chromium') || playwrightChromium()) process.exit(0);

say(
	'Could not install one. Install Chromium and run the tests again: on Debian or Ubuntu, ' +
		'`sudo apt-get install -y chromium`; elsewhere `npx playwright install chromium`; or set ' +
		'CHROMIUM_PATH to a Chromium or Chrome executable.'
);
process.exit(1);
