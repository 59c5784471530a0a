import { checkSummary } from '$lib/checklist/rules';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockedError, TamperedError } from '$lib/crypto/errors';
import {
	addPhoto,
	answersOf,
	createCheck,
	forgetKey,
	getCheck,
	isUnlocked,
	journalChange,
	journalSaved,
	listChecks,
	recentChecks,
	deletedSince,
	purgeDeleted,
	lockOf,
	photosOfCheck,
	saveAnswer,
	setFact,
	getSecret,
	getSending,
	queueSending,
	setSecret,
	storageProblemOf,
	updateCheck,
	untilUnlocked,
	type Db
} from '.';
import { change, newCheck } from '../../../tests/fixtures/checks';
import { OWN_KEY } from './journal';
import {
	changePasscode,
	finishLock,
	prepareLock,
	resetWithRecoveryCode,
	turnOffLock,
	turnOnLock,
	unlockWithPasscode
} from './lock';
import { replayJournal } from './replay';
import { backupIndex, exportEntries, writeBackup } from './backup';
import { ARCHIVE_TYPE } from '$lib/backup/archive';
import { BlobSink } from '$lib/backup/zip';
import { SEALED_STORES } from './sealed';
import { closedAfterEach, freshDB, freshName, MemoryStorage } from './testing';
import { openFootingDB } from './open';
import { followUp } from './follow-up';
import { isSealed } from './sealed';

const keep = closedAfterEach();
const ITERATIONS = 1000; // the tests' own: production wraps with 600,000 (crypto.spec.ts)
const LABEL = 'Mrs Jansen, Dorpsstraat 1';
const NOTE = 'Rug slides on the tiles by the bed';
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7, 7, 7, 7, 7, 7, 0xff, 0xd9]);

beforeEach(() => {
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => forgetKey());

/** A device with one check: a named person's home, a note, a photo. */
async function device(name = freshName()): Promise<{ db: Db; name: string; checkId: string }> {
	const db = await keep(freshDB(name));
	const check = await createCheck(
		db,
		newCheck({ label: LABEL, rooms: ['bathroom'] }),
		checkSummary
	);
	const roomId = check.rooms[0]!.id;
	await saveAnswer(db, change(check.id, roomId, 'bathroom.bath-mat', 'value', 'no'), checkSummary);
	await saveAnswer(db, change(check.id, roomId, 'bathroom.bath-mat', 'note', NOTE), checkSummary);
	await addPhoto(db, {
		checkId: check.id,
		roomId,
		itemId: 'bathroom.bath-mat',
		blob: new Blob([PHOTO], { type: 'image/jpeg' }),
		width: 4,
		height: 3
	});
	return { db, name, checkId: check.id };
}

/** Every record as stored, without Footing's seal: what someone with the device could read. */
async function rawDump(name: string): Promise<{ text: string; bytes: Uint8Array[] }> {
	const raw = await openDB(name);
	const records = (
		await Promise.all(SEALED_STORES.map((store) => raw.getAll(store as never)))
	).flat() as Record<string, unknown>[];
	raw.close();
	const bytes: Uint8Array[] = [];
	const text = JSON.stringify(records, (_, value: unknown) => {
		if (value instanceof Uint8Array) bytes.push(value);
		return value instanceof Blob ? '[blob]' : value;
	});
	return { text, bytes };
}

const holds = (haystack: Uint8Array, needle: Uint8Array) => {
	outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
};

async function lockDevice(db: Db, passcode = '483920') {
	const prepared = await prepareLock(passcode, ITERATIONS);
	const seen: number[] = [];
	await turnOnLock(db, prepared, (p) => seen.push(p.done));
	return { recoveryCode: prepared.recoveryCode, seen };
}

describe('a passcode', () => {
	it('seals every record of a person: nothing of the label, the note or the photo is in clear', async () => {
		const { db, name, checkId } = await device();
		const before = await rawDump(name);
		expect(before.text).toContain('Jansen');
		await lockDevice(db);
		const after = await rawDump(name);
		expect(after.text).not.toContain('Jansen');
		expect(after.text).not.toContain('Dorpsstraat');
		expect(after.text).not.toContain('Rug slides');
		expect(after.text).not.toContain('[blob]');
		expect(after.bytes.some((b) => holds(b, PHOTO.subarray(4, 12)))).toBe(false);
		expect(after.text).toContain(checkId); // ids stay in clear, for the indexes
		expect((await lockOf(db))?.state).toBe('on');
		// And this tab still reads it all.
		expect((await getCheck(db, checkId))?.label).toBe(LABEL);
		expect([...(await answersOf(db, checkId)).values()].find((a) => a.note)?.note).toBe(NOTE);
		const [photo] = await photosOfCheck(db, checkId);
		expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(PHOTO);
	});

	it('seals the care record’s access token, the client numbers and what was sent', async () => {
		const { db, name, checkId } = await device();
		await setSecret(db, 'care-record-token', 'TOKEN-before-the-passcode');
		await updateCheck(db, checkId, {
			identifiers: { home: { clientNumber: 'CLIENT-4471', bsn: '111222333' } }
		});
		await queueSending(db, checkId, 1_800_000_000_000);
		expect((await rawDump(name)).text).toContain('TOKEN-before-the-passcode');
		await lockDevice(db);
		// A token saved after the passcode is set is sealed as it is written.
		await setSecret(db, 'care-record-token', 'TOKEN-after-the-passcode');
		const after = (await rawDump(name)).text;
		expect(after).not.toContain('TOKEN-before-the-passcode');
		expect(after).not.toContain('TOKEN-after-the-passcode');
		expect(after).not.toContain('CLIENT-4471');
		expect(after).not.toContain('111222333');
		expect(after).not.toContain('1800000000000');
		expect(await getSecret(db, 'care-record-token')).toBe('TOKEN-after-the-passcode');
		expect((await getCheck(db, checkId))?.identifiers).toEqual({
			home: { clientNumber: 'CLIENT-4471', bsn: '111222333' }
		});
		expect((await getSending(db, checkId))?.queuedAt).toBe(1_800_000_000_000);
	});

	it('reads nothing until unlocked, refuses a wrong passcode, and opens with the right one', async () => {
		const { db, name, checkId } = await device();
		await lockDevice(db);
		forgetKey(); // a reload
		db.close();
		const again = await keep(openFootingDB({ name }));
		await expect(getCheck(again, checkId)).rejects.toThrow(/locked/);
		let opened = false;
		const waiting = untilUnlocked(again).then(() => (opened = true));
		expect(await unlockWithPasscode(again, '483921')).toBe('wrong');
		await Promise.resolve();
		expect(opened).toBe(false);
		expect(await unlockWithPasscode(again, '483920')).toBe('open');
		await waiting;
		expect(isUnlocked()).toBe(true);
		expect((await listChecks(again))[0]?.label).toBe(LABEL);
	});

	it('says a record was changed when one byte of it was flipped, and reads the rest', async () => {
		const { db, name, checkId } = await device();
		await lockDevice(db);
		const raw = await openDB(name);
		const stored = (await raw.get('checks', checkId)) as { sealed: Uint8Array };
		stored.sealed[30]! ^= 1;
		await raw.put('checks', stored);
		raw.close();
		await expect(getCheck(db, checkId)).rejects.toThrow(TamperedError);
		expect([...(await answersOf(db, checkId)).values()].find((a) => a.note)?.note).toBe(NOTE);
		// The lists show the rest, and count the one they leave out.
		await createCheck(db, newCheck({ label: 'Mr Bakker', rooms: ['stairs'] }), checkSummary);
		const unreadable = { count: 0 };
		expect((await listChecks(db, unreadable)).map((c) => c.label)).toEqual(['Mr Bakker']);
		expect(unreadable.count).toBe(1);
		expect((await recentChecks(db, 10)).map((c) => c.label)).toEqual(['Mr Bakker']);
		expect(await deletedSince(db, 0)).toEqual([]);
		expect(await purgeDeleted(db, Date.now())).toBe(0);
	});

	it('leaves what was damaged out of a backup, counted, and backs up the rest; locked, it fails', async () => {
		const { db, name, checkId } = await device();
		await lockDevice(db);
		const bakker = await createCheck(
			db,
			newCheck({ label: 'Mr Bakker', rooms: ['stairs'] }),
			checkSummary
		);
		// One byte flipped in Mr Bakker's check record, and in the photo of the other check.
		const raw = await openDB(name);
		const record = (await raw.get('checks', bakker.id)) as { sealed: Uint8Array };
		record.sealed[30]! ^= 1;
		await raw.put('checks', record);
		const [photo] = (await raw.getAllFromIndex('photos', 'by-check', checkId)) as {
			sealed: Uint8Array;
		}[];
		photo!.sealed[30]! ^= 1;
		await raw.put('photos', photo);
		raw.close();

		const damaged = { checks: { count: 0 }, parts: { count: 0 } };
		const made = await writeBackup(db, new BlobSink(ARCHIVE_TYPE), { damaged });
		expect(made).toMatchObject({ checks: 1, photos: 0 });
		expect(damaged).toEqual({ checks: { count: 1 }, parts: { count: 1 } });
		const entries = [];
		for await (const entry of exportEntries(db)) entries.push(entry);
		expect(entries.map((entry) => entry.check.label)).toEqual([LABEL]);
		expect(entries[0]!.answers.find((answer) => answer.note)?.note).toBe(NOTE);
		expect((await backupIndex(db)).map((row) => row.label)).toEqual([LABEL]);

		// Locked half-way, a backup fails: it never comes out short.
		forgetKey();
		await expect(writeBackup(db, new BlobSink(ARCHIVE_TYPE))).rejects.toThrow(LockedError);
	});

	it('finishes sealing after a page died half-way, and no record is lost or unreadable', async () => {
		const { db, name } = await device();
		for (let i = 0; i < 450; i++) {
			await createCheck(db, newCheck({ label: `Client ${i}`, rooms: ['stairs'] }), checkSummary);
		}
		const prepared = await prepareLock('483920', ITERATIONS);
		let calls = 0;
		await expect(
			turnOnLock(db, prepared, () => {
				if (++calls === 3) throw new Error('the page was closed');
			})
		).rejects.toThrow('closed');
		const half = await rawDump(name);
		expect(half.text).toContain('Client'); // some still in clear...
		expect((await lockOf(db))?.state).toBe('sealing');
		expect((await listChecks(db)).length).toBe(451); // ...and every one reads
		forgetKey();
		expect(await unlockWithPasscode(db, '483920')).toBe('open');
		await finishLock(db);
		const done = await rawDump(name);
		expect(done.text).not.toContain('Client');
		expect(done.text).not.toContain('Jansen');
		expect((await listChecks(db)).length).toBe(451);
		expect((await lockOf(db))?.state).toBe('on');
	});

	it('turns off with the passcode only: every record in clear again, the keys gone', async () => {
		const { db, name, checkId } = await device();
		await lockDevice(db);
		expect(await turnOffLock(db, '000000')).toBe('wrong');
		expect(await turnOffLock(db, '483920')).toBe('off');
		expect(await lockOf(db)).toBeUndefined();
		expect((await rawDump(name)).text).toContain('Rug slides');
		forgetKey();
		expect((await getCheck(db, checkId))?.label).toBe(LABEL);
	});

	it('changes the passcode by wrapping the key again, and resets it with the recovery code', async () => {
		const { db, checkId } = await device();
		const { recoveryCode } = await lockDevice(db);
		expect(await changePasscode(db, '111112', '7391046', ITERATIONS)).toBe('wrong');
		expect(await changePasscode(db, '483920', '7391046', ITERATIONS)).toBe('changed');
		forgetKey();
		expect(await unlockWithPasscode(db, '483920')).toBe('wrong');
		expect(await unlockWithPasscode(db, '7391046')).toBe('open');
		forgetKey();
		expect(await resetWithRecoveryCode(db, 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', '5550123')).toBe(
			'wrong'
		);
		const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
		expect(await resetWithRecoveryCode(db, typed, '5550123', ITERATIONS)).toBe('open');
		expect((await getCheck(db, checkId))?.label).toBe(LABEL);
		forgetKey();
		expect(await unlockWithPasscode(db, '5550123')).toBe('open');
	});

	it('keeps typing in the journal sealed, and saves it after the next unlock', async () => {
		const { db, name, checkId } = await device();
		await lockDevice(db);
		const check = (await getCheck(db, checkId))!;
		const typed = change(
			checkId,
			check.rooms[0]!.id,
			'bathroom.bath-mat',
			'note',
			'Mat curls at one corner'
		);
		journalChange(typed);
		const entry = localStorage.getItem(OWN_KEY)!;
		expect(entry).not.toContain('curls');
		expect(entry.startsWith('sealed:')).toBe(true);
		// The page dies; the entry is another tab's now.
		localStorage.setItem('footing.journal.gone', entry);
		journalSaved([typed]);
		forgetKey();
		db.close();
		const again = await keep(openFootingDB({ name }));
		expect(await unlockWithPasscode(again, '483920')).toBe('open');
		expect(await replayJournal(again, checkSummary)).toBe(1);
		expect([...(await answersOf(again, checkId)).values()].find((a) => a.note)?.note).toBe(
			'Mat curls at one corner'
		);
	});

	it('seals a photo copied in clear half-way through turning the passcode on, once it is stored', async () => {
		const { db, name, checkId } = await device();
		const prepared = await prepareLock('483920', ITERATIONS);
		// The page dies before a single record was sealed: the photo is still in clear.
		await expect(
			turnOnLock(db, prepared, () => {
				throw new Error('the page was closed');
			})
		).rejects.toThrow('closed');
		const next = await followUp(db, checkId, '2027-01-10');
		const carried = async () => {
			const raw = await openDB(name);
			const rows = await raw.getAllFromIndex('photos' as never, 'by-check' as never, next.id);
			raw.close();
			return rows;
		};
		await expect.poll(async () => (await carried()).map(isSealed)).toEqual([true]);
		const [photo] = await photosOfCheck(db, next.id);
		expect(new Uint8Array(await photo!.blob.arrayBuffer())).toEqual(PHOTO);
	});

	it('says the lock is damaged when a wrapped key is missing, and reads nothing wrongly', async () => {
		const { db, checkId } = await device();
		await lockDevice(db);
		forgetKey();
		const lock = (await lockOf(db))!;
		await setFact(db, 'lock', { ...lock, passcode: undefined as never });
		expect(await unlockWithPasscode(db, '483920')).toBe('damaged');
		await expect(getCheck(db, checkId)).rejects.toThrow(LockedError);
		expect(storageProblemOf(new LockedError('x'))).toBe('damaged');
	});
});
