/** A caseload for browser tests: a backup file of many clients, and restoring it in Settings. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const RAIL = 'stairs.rail-any';
const T = Date.UTC(2026, 10, 25, 10, 0, 0);

/**
 * A backup file of the format earlier Footings wrote (JSON, photos in base64) of a caseload:
 * `clients` homes with `visits` visits each, a photo on the first visit of every other client.
 * `broken` photos are bytes that start like a JPEG and are noise after it.
 */
export function caseloadFile(clients: number, visits: number, photos: Buffer[], broken = 0) {
	const checks = [];
	let photo = 0;
	for (let c = 0; c < clients; c++) {
		for (let v = 0; v < visits; v++) {
			const id = `client-${c}-visit-${v}`;
			const withPhoto = v === 0 && c % 2 === 0;
			const bytes =
				withPhoto && c / 2 < broken
					? Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.alloc(500, 7)])
					: photos[photo++ % photos.length]!;
			checks.push({
				check: {
					id,
					label: `Client ${c}, Dorpsstraat ${c}`,
					checkedBy: 'nurse',
					visitDate: `2026-0${v + 1}-15`,
					createdAt: T + c * 100 + v,
					updatedAt: T + c * 100 + v,
					rooms: [
						{ id: 'stairs', type: 'stairs', name: '' },
						{ id: 'home', type: 'home', name: '' }
					],
					region: 'nl',
					mode: 'full',
					...(v > 0 ? { previousId: `client-${c}-visit-${v - 1}` } : {}),
					summary: { answered: 1, total: 1, hazards: 1, openActions: 1 }
				},
				answers: [
					{
						checkId: id,
						roomId: 'stairs',
						itemId: RAIL,
						value: 'no',
						note: `Client ${c}: alleen links een leuning`,
						changedAt: { value: T, note: T }
					}
				],
				photos: withPhoto
					? [
							{
								id: `photo-${c}`,
								roomId: 'stairs',
								itemId: RAIL,
								width: 800,
								height: 600,
								createdAt: T + c,
								type: 'image/jpeg',
								data: bytes.toString('base64')
							}
						]
					: []
			});
		}
	}
	const text = JSON.stringify({
		format: 'footing-backup',
		version: 1,
		exportedAt: new Date(T).toISOString(),
		app: { version: '0.1.0' },
		checks
	});
	return {
		name: 'footing-backup-2026-11-25.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	};
}

/** Restore a file in Settings; resolves once it says how many checks it restored. */
export async function restoreInSettings(
	page: Page,
	file: Parameters<Page['setInputFiles']>[1],
	checks: number
) {
	await page.goto('/settings');
	await page.getByLabel('Choose a backup file').setInputFiles(file);
	const many = checks === 1 ? '1 check' : `${checks} checks`;
	await expect(page.getByText(new RegExp(`^This backup holds ${many}, made on`))).toBeVisible({
		timeout: 60_000
	});
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByText(`${many} restored.`)).toBeVisible({ timeout: 60_000 });
}
