/**
 * The figure of docs/data.md: a nurse's caseload of 500 clients, 2,000 visits and 1,000 photos,
 * built through the data layer, backs up and restores whole, within a memory ceiling. The file
 * goes to disk and is read back from disk (as a picked File is), so what the test measures is
 * what backing up and restoring hold in memory themselves: the JS heap and the binary buffers,
 * after a full garbage collection at points all through each step.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openAsBlob, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerChange } from '$lib/checklist/check';
import { checkSummary, itemsFor } from '$lib/checklist/rules';
import { addPhoto, createCheck, saveAnswer, saveAnswers, type Db } from '$lib/db';
import { followUp } from '$lib/db/follow-up';
import { importBackup, writeBackup } from '$lib/db/backup';
import { closedAfterEach, freshDB } from '$lib/db/testing';
import { change, newCheck } from '../../../tests/fixtures/checks';
import { readBackupFile } from './read';
import { decodeWithJpegJs, paddedJpeg, T } from './testing';
import type { ParsedBackup } from './validate';

const keep = closedAfterEach();
const db = (): Promise<Db> => keep(freshDB());

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

const CLIENTS = 500;
const VISITS_PER_CLIENT = 4;
const PHOTOS_PER_CLIENT = 2;
/** Photos of about 100 KB (a phone's are about 250 KB): 100 MB in all, more than any ceiling. */
const PHOTO_BYTES = 100_000;

/**
 * The ceilings: what making, reading and restoring may hold at once above where they started.
 * Each is well under the caseload's 100 MB of photos and its answers as objects.
 */
const CEILING = {
	make: 16 * MB,
	read: 32 * MB,
	/** Restoring: binary buffers above the photos it stored, and JS heap above what it stored. */
	restoreBinary: 32 * MB,
	restoreHeap: 16 * MB
};

/** Memory now: JS heap and binary buffers (Blobs and ArrayBuffers), after a full collection. */
function memory(): { heap: number; binary: number } {
	// Twice: V8 frees binary buffers on a background sweep, which the second collection awaits.
	gc();
	gc();
	const usage = process.memoryUsage();
	return { heap: usage.heapUsed, binary: usage.arrayBuffers };
}

/** Samples memory every `every` calls, after a full collection; keeps the highest. */
function sampler(every: number, extra: () => { heap?: number; binary?: number } = () => ({})) {
	const start = memory();
	let calls = 0;
	const peak = { heap: 0, binary: 0, samples: 0 };
	const sample = () => {
		const now = memory();
		const less = extra();
		peak.heap = Math.max(peak.heap, now.heap - start.heap - (less.heap ?? 0));
		peak.binary = Math.max(peak.binary, now.binary - start.binary - (less.binary ?? 0));
		peak.samples += 1;
	};
	return {
		start,
		peak,
		tick() {
			calls += 1;
			if (calls % every === 0) sample();
		},
		sample
	};
}

/** The answers of a first visit: every item of the rooms, hazards with notes, fixes and dates. */
function firstVisit(check: Awaited<ReturnType<typeof createCheck>>, at: number): AnswerChange[] {
	const changes: AnswerChange[] = [];
	for (const room of check.rooms) {
		for (const [i, item] of itemsFor(room.type).slice(0, 12).entries()) {
			const time = at + changes.length;
			if (item.kind === 'measure') {
				changes.push(change(check.id, room.id, item.id, 'measured', 11.5, time));
				continue;
			}
			const finding = item.kind === 'hazard' && i % 3 === 0;
			changes.push(
				change(check.id, room.id, item.id, 'value', finding ? item.hazardWhen : 'na', time)
			);
			if (finding) {
				changes.push(change(check.id, room.id, item.id, 'note', `Gezien bij bezoek ${i}`, time));
				changes.push(change(check.id, room.id, item.id, 'due', '2027-03-01', time));
			}
		}
	}
	return changes;
}

/** 500 clients with 4 visits each and 2 photos each (at the last visit), made as the screens make them. */
async function caseload(store: Db): Promise<{ photoBytes: number }> {
	const photos = Array.from({ length: 10 }, (_, i) => paddedJpeg(PHOTO_BYTES, i + 1));
	let photoBytes = 0;
	for (let client = 0; client < CLIENTS; client++) {
		const at = T + client * 1000;
		let check = await createCheck(
			store,
			newCheck({
				label: `Cliënt ${client}, Dorpsstraat ${client}`,
				rooms: ['entrance', 'stairs', 'bathroom', 'bedroom', 'home', 'personal']
			}),
			checkSummary,
			at
		);
		await saveAnswers(store, firstVisit(check, at + 1), checkSummary);
		for (let visit = 1; visit < VISITS_PER_CLIENT; visit++) {
			const date = `2027-0${visit}-15`;
			check = (await followUp(store, check.id, date, at + 600 + visit))!;
			const room = check.rooms[1]!;
			await saveAnswer(
				store,
				change(check.id, room.id, itemsFor(room.type)[0]!.id, 'value', 'no', at + 700 + visit),
				checkSummary
			);
		}
		// Taken at the latest visit: a follow-up carries the photos of open hazards, which here
		// would multiply them (the carrying is tested in db.spec.ts).
		for (let p = 0; p < PHOTOS_PER_CLIENT; p++) {
			const bytes = photos[(client + p) % photos.length]!;
			photoBytes += bytes.length;
			await addPhoto(
				store,
				{
					checkId: check.id,
					roomId: check.rooms[1 + p]!.id,
					itemId: itemsFor(check.rooms[1 + p]!.type)[0]!.id,
					blob: new Blob([bytes], { type: 'image/jpeg' }),
					width: 32,
					height: 24
				},
				at + 500 + p
			);
		}
	}
	return { photoBytes };
}

/** JSON with every object's keys sorted: the same record whatever order its fields were set in. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
			: inner
	);
}

/**
 * Everything stored, as one short text: checks (their summaries apart: a restore counts them
 * again), answers, and each photo's fields with a hash of its bytes.
 */
async function fingerprint(
	store: Db
): Promise<{ checks: number; answers: number; photos: number; hash: string }> {
	const hash = createHash('sha256');
	const tx = store.transaction(['checks', 'answers', 'photos'], 'readonly');
	const [checks, answers, photos] = await Promise.all([
		tx.objectStore('checks').getAll(),
		tx.objectStore('answers').getAll(),
		tx.objectStore('photos').getAll()
	]);
	await tx.done;
	for (const check of checks) hash.update(canonical({ ...check, summary: undefined }));
	for (const answer of answers) hash.update(canonical(answer));
	for (const { blob, ...photo } of photos) {
		hash.update(canonical(photo));
		hash.update(new Uint8Array(await blob.arrayBuffer()));
	}
	return {
		checks: checks.length,
		answers: answers.length,
		photos: photos.length,
		hash: hash.digest('hex')
	};
}

/** A database that counts the bytes of the photos written to it (a restore's own data). */
function countingPhotoBytes(store: Db): { db: Db; bytes: () => number } {
	let bytes = 0;
	const bound = (target: object, key: PropertyKey): unknown => {
		const value: unknown = Reflect.get(target, key);
		return typeof value === 'function' ? value.bind(target) : value;
	};
	const photos = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'add' && key !== 'put'
					? bound(target, key)
					: (record: { blob: Blob }, ...rest: unknown[]) => {
							bytes += record.blob.size;
							const write = (target as Record<string, (...a: unknown[]) => unknown>)[key];
							return write!.call(target, record, ...rest);
						}
		});
	const transaction = (inner: object) =>
		new Proxy(inner, {
			get: (target, key) =>
				key !== 'objectStore'
					? bound(target, key)
					: (name: string) => {
							const store = (target as { objectStore: (n: string) => object }).objectStore(name);
							return name === 'photos' ? photos(store) : store;
						}
		});
	const db = new Proxy(store, {
		get: (target, key) =>
			key !== 'transaction'
				? bound(target, key)
				: (...args: unknown[]) =>
						transaction((target.transaction as (...a: unknown[]) => object)(...args))
	});
	return { db, bytes: () => bytes };
}

const folder = mkdtempSync(join(tmpdir(), 'footing-caseload-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a caseload of 500 clients, 2,000 visits and 1,000 photos', () => {
	it('backs up and restores whole, within the memory ceilings', async () => {
		const started = Date.now();
		const source = await db();
		const { photoBytes } = await caseload(source);
		const built = Date.now();
		const expected = await fingerprint(source);
		expect(expected).toMatchObject({ checks: 2000, photos: 1000 });
		const answers = expected.answers;

		// Making the backup: to a file, a chunk at a time.
		const path = join(folder, 'footing-backup.zip');
		const make = sampler(300);
		const fd = openSync(path, 'w');
		const made = await writeBackup(
			source,
			{
				write(chunk) {
					writeSync(fd, chunk);
					make.tick();
				}
			},
			{ now: new Date(T + 1e9) }
		);
		closeSync(fd);
		make.sample();
		const madeAt = Date.now();
		const size = statSync(path).size;
		expect(made).toMatchObject({ checks: 2000, photos: 1000 });
		expect(size).toBeGreaterThan(photoBytes);

		// Reading it, as Settings does with a picked file (a Blob on disk).
		const file = await openAsBlob(path);
		const read = sampler(100);
		const backup = (await readBackupFile(file, {
			decode: decodeWithJpegJs,
			onProgress: read.tick
		})) as ParsedBackup;
		read.sample();
		expect(backup).toMatchObject({ answers, photos: 1000 });
		expect(backup.checks).toHaveLength(2000);
		const readAt = Date.now();

		// Restoring it on an empty device.
		const target = await db();
		const counted = countingPhotoBytes(target);
		const restore = sampler(100, () => ({ binary: counted.bytes() }));
		const result = await importBackup(counted.db, backup, {}, { onProgress: restore.tick });
		restore.sample();
		const after = memory();
		const restoredAt = Date.now();
		expect(result).toMatchObject({ answers, photos: 1000, leftOut: [] });
		// The heap above what the restore left stored: its own working memory.
		const storedHeap = after.heap - restore.start.heap;
		const restoreHeapAboveStored = restore.peak.heap - storedHeap;

		const figures = {
			checks: made.checks,
			answers,
			photos: made.photos,
			photoMB: +(photoBytes / MB).toFixed(1),
			fileMB: +(size / MB).toFixed(1),
			makePeakMB: +(Math.max(make.peak.heap + make.peak.binary, 0) / MB).toFixed(1),
			makeHeapMB: +(make.peak.heap / MB).toFixed(1),
			makeBinaryMB: +(make.peak.binary / MB).toFixed(1),
			readPeakMB: +(Math.max(read.peak.heap + read.peak.binary, 0) / MB).toFixed(1),
			readHeapMB: +(read.peak.heap / MB).toFixed(1),
			restoreBinaryPeakMB: +(restore.peak.binary / MB).toFixed(1),
			restoreHeapAboveStoredMB: +(restoreHeapAboveStored / MB).toFixed(1),
			samples: make.peak.samples + read.peak.samples + restore.peak.samples,
			seconds: {
				build: (built - started) / 1000,
				make: (madeAt - built) / 1000,
				read: (readAt - madeAt) / 1000,
				restore: (restoredAt - readAt) / 1000
			}
		};
		console.info('caseload figures', JSON.stringify(figures));

		expect(make.peak.heap + make.peak.binary).toBeLessThan(CEILING.make);
		expect(read.peak.heap + read.peak.binary).toBeLessThan(CEILING.read);
		expect(restore.peak.binary).toBeLessThan(CEILING.restoreBinary);
		expect(restoreHeapAboveStored).toBeLessThan(CEILING.restoreHeap);
		// Every ceiling is far under what holding the file, or its photos, at once would take.
		for (const ceiling of Object.values(CEILING)) expect(ceiling).toBeLessThan(photoBytes / 2);

		// And everything came back, record for record.
		expect(await fingerprint(target)).toEqual(expected);
	}, 600_000);
});
