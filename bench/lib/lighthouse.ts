/**
 * Lighthouse 12 against the start page, with its default (mobile) settings: a Moto G Power-
 * sized screen, simulated slow 4G and a 4x slower CPU. Each run uses a fresh Chromium profile
 * started by chrome-launcher (Lighthouse's own launcher) on a port of the benchmark's range.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserLaunchOptions } from '../../tests/browser';

/** The categories the benchmark reads, as Lighthouse names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One Lighthouse run: each category's score (0–100), the main metrics and what lost points. */
export interface LighthouseRun {
	scores: Record<Category, number>;
	/** First and largest contentful paint, speed index, total blocking time (ms); layout shift. */
	metrics: Record<string, number>;
	/** Per category, the weighted audits that scored under 1, with their title and score. */
	failed: Record<Category, { id: string; title: string; score: number }[]>;
}

/** Chromium's flags for Lighthouse: headless, and the tests' flags (no calls to Google). */
function chromeFlags(): string[] {
	const testFlags = browserLaunchOptions().args ?? [];
	return [...new Set(['--headless=new', '--no-sandbox', '--disable-gpu', ...testFlags])];
}

/** The numeric value of an audit, or NaN when Lighthouse did not give one. */
function numeric(audits: Record<string, { numericValue?: number }>, id: string): number {
	return audits[id]?.numericValue ?? Number.NaN;
}

/** Run Lighthouse once against `url`, with Chromium's debugging port on `port`. */
export async function runLighthouse(url: string, port: number): Promise<LighthouseRun> {
	const chrome = await launch({
		chromePath: browserLaunchOptions().executablePath,
		chromeFlags: chromeFlags(),
		port,
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error('Lighthouse returned nothing');
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
		const scores = Object.fromEntries(
			CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? Number.NaN) * 100)])
		) as Record<Category, number>;
		const failed = Object.fromEntries(
			CATEGORIES.map((id) => [
				id,
				(categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0)
					.map((ref) => audits[ref.id]!)
					.filter((audit) => audit.score !== null && audit.score < 1)
					.map((audit) => ({ id: audit.id, title: audit.title, score: audit.score ?? 0 }))
			])
		) as LighthouseRun['failed'];
		const metrics = {
			fcp: numeric(audits, 'first-contentful-paint'),
			lcp: numeric(audits, 'largest-contentful-paint'),
			speedIndex: numeric(audits, 'speed-index'),
			tbt: numeric(audits, 'total-blocking-time'),
			cls: numeric(audits, 'cumulative-layout-shift')
		};
		return { scores, metrics, failed };
	} finally {
		chrome.kill();
	}
}
