/**
 * Renders the PNG app icons from the SVG artwork in static/icons with the test browser.
 * Run after changing the artwork: `npx tsx scripts/render-icons.ts`; commit the PNGs.
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { browserLaunchOptions } from '../tests/browser';

const targets = [
	{ svg: 'icon.svg', png: 'icon-192.png', size: 192 },
	{ svg: 'icon.svg', png: 'icon-512.png', size: 512 },
	{ svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
	{ svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 }
];

const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage();
for (const { svg, png, size } of targets) {
	const source = await readFile(`static/icons/${svg}`, 'utf8');
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`
	);
	await writeFile(
		`static/icons/${png}`,
		await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
	);
	console.log(`static/icons/${png}`);
}
await browser.close();
