import type { DBSchema } from 'idb';
import type { Answer, Check } from '$lib/checklist/check';
import type { WrappedKey } from '$lib/crypto/keys';

/** A photo of an item in a room: a JPEG of at most 1600 px, in its own store. */
export interface Photo {
	id: string;
	checkId: string;
	roomId: string;
	itemId: string;
	blob: Blob;
	width: number;
	height: number;
	/** When it was taken (kept on the copies a follow-up carries). */
	createdAt: number;
	/** Carried from the visit before: the "before" of before and after. */
	fromPrevious?: boolean;
}

/** Small facts about this device's data: when it was last backed up, whether storage is kept. */
export interface DeviceFacts {
	/** What `navigator.storage.persist()` answered, and when it was asked. */
	persisted?: { granted: boolean; at: number };
	/** When the last backup file was made. */
	lastBackupAt?: number;
	/** When the user last dismissed the backup reminder. */
	backupReminderDismissedAt?: number;
	/** The passcode, when one is set: the data key wrapped twice (docs/security.md). */
	lock?: LockFacts;
	/** Which checklist's item ids the stored answers use (see content-upgrade.ts). */
	contentVersion?: number;
}

/**
 * A passcode is set. `state` says where turning it on or off stands: `sealing` while the stored
 * records are being sealed (picked up again after a crash), `on`, `opening` while they are being
 * opened again to turn it off.
 */
export interface LockFacts {
	state: 'sealing' | 'on' | 'opening';
	/** The data key wrapped under the passcode. */
	passcode: WrappedKey;
	/** The data key wrapped under the recovery code shown once at set-up. */
	recovery: WrappedKey;
	/** Lock after this many minutes without a tap or a key. */
	idleMinutes: number;
	setAt: number;
}

/**
 * Where sending a check to the care record stands (a deployment with a FHIR server only):
 * `queued` waits for a connection or its next try, `sent` reached the server, `failed` was
 * refused and waits for the user (a token to renew, a record the server would not take).
 */
export interface Sending {
	checkId: string;
	state: 'queued' | 'sent' | 'failed';
	/** When the user asked for it to be sent (last time). */
	queuedAt: number;
	/** Tries since it was queued. */
	tries: number;
	/** When to try again, after a try that failed for a reason that may pass. */
	nextTryAt?: number;
	/** Why the last try failed. */
	problem?: SendProblem;
	/** The server's own words, when it gave a reason. */
	detail?: string;
	/** When it was last sent, and the check's `updatedAt` then (later changes are not sent). */
	sentAt?: number;
	sentVersion?: number;
}

/** Why a try to send failed: no connection, the server's fault, the token, or the record. */
export type SendProblem = 'offline' | 'server' | 'token' | 'refused';

/** A secret of this device, sealed with the rest when a passcode is set. */
export interface Secret {
	name: 'care-record-token';
	value: string;
}

/** Footing's IndexedDB: see docs/data.md for what lives where and the versions. */
export interface FootingDB extends DBSchema {
	checks: {
		key: string;
		value: Check;
		indexes: { 'by-updated': number; 'by-previous': string };
	};
	answers: {
		key: [string, string, string];
		value: Answer;
		indexes: { 'by-check': string };
	};
	photos: {
		key: string;
		value: Photo;
		indexes: { 'by-check': string; 'by-room': [string, string] };
	};
	facts: { key: keyof DeviceFacts; value: DeviceFacts[keyof DeviceFacts] };
	sendings: { key: string; value: Sending };
	secrets: { key: Secret['name']; value: Secret };
}

export const DB_NAME = 'footing';
