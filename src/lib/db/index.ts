/**
 * The only door to IndexedDB. What is stored where, and how it saves:
 * - `checks`: one record per check, with its rooms and a small summary for the list;
 * - `answers`: one record per answered item, keyed [checkId, roomId, itemId], each change
 *   written in its own small transaction (notes debounced by the screen, flushed on hide);
 * - `photos`: JPEG Blobs, apart from the answers, so lists stay fast;
 * - `facts`: when storage was made persistent, when the last backup was made, the passcode's
 *   wrapped keys. With a passcode set, records of a person are sealed (./sealed.ts).
 * See docs/data.md for the versions, the migrations and how to add one. Backup files are read
 * and written by ./backup.ts, imported directly by the screens that need it.
 */
export * from './answers';
export * from './care-record';
export * from './checks';
export * from './database';
export * from './errors';
export * from './facts';
export { journalChange, journalChanges, journalSaved } from './journal';
export * from './keyring';
export type { NewLock, OnProgress, Progress, UnlockResult } from './lock';
export * from './photos';
export * from './rooms';
export type { DeviceFacts, Photo, Sending, SendProblem } from './schema';
export type { Db } from './write';
