/**
 * The zip container of a backup file (format 2), written and read a file at a time so that
 * neither the archive nor all its photos are ever in memory at once.
 *
 * Writing uses fflate's streaming `Zip`: each file's bytes go to a sink as soon as they are
 * made. Reading needs a `Blob` (a picked File): the central directory at its end is read and
 * checked whole before any file in it is opened, then each file is read with `Blob.slice`,
 * inflated (fflate's `Inflate`) with a cap on its size, and its CRC-32 checked.
 *
 * What the reader refuses, before anything is decompressed: anything but a plain single-disk
 * zip (no ZIP64, no encryption, only stored and deflated files), names outside the list the
 * caller allows (so `../x`, `/x`, `C:\x` and every path outside the backup's own never reach
 * the code that uses names), a name twice, files that overlap or run past the directory, and
 * sizes over the caller's limits. While inflating, the output is counted and cut at the size
 * the directory declared: a zip bomb stops there.
 */
import { Inflate, strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Where the bytes of an archive being made go, one chunk after another. */
export interface ByteSink {
	write(chunk: Uint8Array): void | Promise<void>;
}

/** Why an archive cannot be read. `detail` is English, for developers. */
export interface ZipProblem {
	problem: 'not-a-zip' | 'invalid' | 'too-big' | 'too-many' | 'unreadable';
	detail: string;
}

/** One file of an archive, as its central directory describes it. */
export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: 0 | 8;
	crc: number;
	compressedSize: number;
	size: number;
	/** Where its local header starts, and the first byte after it that it may reach. */
	offset: number;
	end: number;
}

/** The limits a reader keeps to. */
export interface ZipLimits {
	/** At most this many files. */
	entries: number;
	/** The largest size a file may declare, by its name; undefined refuses the name. */
	maxSize(name: string): number | undefined;
	/** The most all files may declare together, uncompressed. */
	totalSize: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Deflate cannot do better than about 1032 to 1: a file declaring more is lying. */
const MAX_RATIO = 1100;
/** Compressed bytes given to the inflater at a time: at most about 17 MB comes out of each. */
const INFLATE_CHUNK = 16 * 1024;
/** The earliest and latest time a zip entry can record (MS-DOS dates). */
const DOS_FIRST = new Date(1980, 0, 1, 0, 0, 2).getTime();
const DOS_LAST = new Date(2107, 11, 31, 23, 59, 58).getTime();

const CRC_TABLE = (() => {
	const table = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c;
	}
	return table;
})();

/** The CRC-32 of some bytes (as zip files use it), continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
	let c = ~crc;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
	return ~c >>> 0;
}

/**
 * A zip archive being written to a sink, one file at a time: a file's bytes (compressed for
 * text, stored for JPEGs, which do not compress) reach the sink before the next file is added.
 */
export class ZipWriter {
	readonly #zip: Zip;
	#chunks: Uint8Array[] = [];
	#failure: Error | undefined;
	#files = 0;
	#bytes = 0;
	readonly #mtime: Date;

	constructor(
		private readonly sink: ByteSink,
		at: Date = new Date()
	) {
		// A zip entry's time must be 1980-2107: a device clock outside that must not fail a backup.
		this.#mtime = new Date(Math.min(Math.max(at.getTime(), DOS_FIRST), DOS_LAST));
		this.#zip = new Zip((error, chunk) => {
			if (error) this.#failure = error;
			else this.#chunks.push(chunk);
		});
	}

	/** How many bytes went to the sink so far. */
	get bytes(): number {
		return this.#bytes;
	}

	/** Add a file; compressed when `compress`, else stored as it is. */
	async add(name: string, bytes: Uint8Array, compress: boolean): Promise<void> {
		const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
		file.mtime = this.#mtime;
		this.#zip.add(file);
		file.push(bytes, true);
		this.#files += 1;
		await this.#flush();
	}

	/** Add a text file (UTF-8), compressed. */
	addText(name: string, text: string): Promise<void> {
		return this.add(name, strToU8(text), true);
	}

	/** Write the central directory: the archive is complete. */
	async end(): Promise<number> {
		this.#zip.end();
		await this.#flush();
		return this.#files;
	}

	async #flush(): Promise<void> {
		if (this.#failure) throw this.#failure;
		const chunks = this.#chunks;
		this.#chunks = [];
		for (const chunk of chunks) {
			this.#bytes += chunk.length;
			await this.sink.write(chunk);
		}
	}
}

/**
 * A sink that keeps what is written as a Blob, a few megabytes of JavaScript memory at most:
 * the browser keeps a Blob's bytes outside the page's memory (on disk when large).
 */
export class BlobSink implements ByteSink {
	#parts: Blob[] = [];
	#pending: Uint8Array<ArrayBuffer>[] = [];
	#pendingBytes = 0;

	constructor(
		private readonly type: string,
		private readonly pieceBytes = 4 * 1024 * 1024
	) {}

	write(chunk: Uint8Array): void {
		// fflate may hand back a view of its own buffer: keep a copy of just these bytes.
		this.#pending.push(new Uint8Array(chunk));
		this.#pendingBytes += chunk.length;
		if (this.#pendingBytes >= this.pieceBytes) this.#piece();
	}

	/** Everything written, as one Blob. */
	blob(): Blob {
		this.#piece();
		return new Blob(this.#parts, { type: this.type });
	}

	#piece(): void {
		if (this.#pending.length === 0) return;
		this.#parts.push(new Blob(this.#pending));
		this.#pending = [];
		this.#pendingBytes = 0;
	}
}

/** The bytes of part of a blob. */
async function bytesOf(file: Blob, start: number, end: number): Promise<Uint8Array> {
	return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

function u16(bytes: Uint8Array, at: number): number {
	return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
	return (
		(bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
	);
}

const problem = (code: ZipProblem['problem'], detail: string): ZipProblem => ({
	problem: code,
	detail
});

/** Whether a blob starts like a zip archive (a local header, or an empty archive's end). */
export async function looksLikeZip(file: Blob): Promise<boolean> {
	if (file.size < END_SIZE) return false;
	const head = await bytesOf(file, 0, 4);
	const magic = u32(head, 0);
	return magic === LOCAL || magic === END;
}

/** Where the end-of-central-directory record is, or -1. */
function findEnd(tail: Uint8Array): number {
	for (let at = tail.length - END_SIZE; at >= 0; at--) {
		if (u32(tail, at) === END && at + END_SIZE + u16(tail, at + 20) === tail.length) return at;
	}
	return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The files of an archive, from its central directory, checked against `limits` and against
 * each other; nothing of any file is decompressed.
 */
export async function readZipDirectory(
	file: Blob,
	limits: ZipLimits
): Promise<ZipEntry[] | ZipProblem> {
	if (file.size < END_SIZE) return problem('not-a-zip', 'shorter than an empty zip');
	const tailStart = Math.max(0, file.size - END_SIZE - MAX_COMMENT);
	const tail = await bytesOf(file, tailStart, file.size);
	const at = findEnd(tail);
	if (at < 0) return problem('not-a-zip', 'no end of central directory');
	const disk = u16(tail, at + 4);
	const cdDisk = u16(tail, at + 6);
	const onDisk = u16(tail, at + 8);
	const total = u16(tail, at + 10);
	const cdSize = u32(tail, at + 12);
	const cdOffset = u32(tail, at + 16);
	if (disk !== 0 || cdDisk !== 0 || onDisk !== total) return problem('invalid', 'multi-disk zip');
	if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
		return problem('invalid', 'ZIP64 is not used by Footing');
	if (total > limits.entries) return problem('too-many', `${total} files`);
	const cdEnd = tailStart + at;
	if (cdOffset + cdSize !== cdEnd) return problem('invalid', 'central directory out of place');
	if (cdSize > total * (46 + 0xffff * 3)) return problem('invalid', 'central directory too long');
	const cd = await bytesOf(file, cdOffset, cdEnd);
	const entries: ZipEntry[] = [];
	const names = new Set<string>();
	let declared = 0;
	let pos = 0;
	for (let i = 0; i < total; i++) {
		if (pos + 46 > cd.length || u32(cd, pos) !== CENTRAL)
			return problem('invalid', `file ${i}: no directory record`);
		const flags = u16(cd, pos + 8);
		const method = u16(cd, pos + 10);
		const crc = u32(cd, pos + 16);
		const compressedSize = u32(cd, pos + 20);
		const size = u32(cd, pos + 24);
		const nameLength = u16(cd, pos + 28);
		const extraLength = u16(cd, pos + 30);
		const commentLength = u16(cd, pos + 32);
		const startDisk = u16(cd, pos + 34);
		const offset = u32(cd, pos + 42);
		const next = pos + 46 + nameLength + extraLength + commentLength;
		if (next > cd.length) return problem('invalid', `file ${i}: record cut short`);
		let name: string;
		try {
			name = utf8.decode(cd.subarray(pos + 46, pos + 46 + nameLength));
		} catch {
			return problem('invalid', `file ${i}: name is not UTF-8`);
		}
		pos = next;
		const shown = JSON.stringify(name.slice(0, 80));
		if (flags & 0x41) return problem('invalid', `${shown}: encrypted`);
		if (method !== 0 && method !== 8) return problem('invalid', `${shown}: method ${method}`);
		if (startDisk !== 0) return problem('invalid', `${shown}: on another disk`);
		if (names.has(name)) return problem('invalid', `${shown} is there twice`);
		names.add(name);
		const max = limits.maxSize(name);
		if (max === undefined) return problem('invalid', `${shown}: not a file of a backup`);
		if (size > max) return problem('too-big', `${shown}: ${size} bytes`);
		if (method === 0 && compressedSize !== size)
			return problem('invalid', `${shown}: stored with two sizes`);
		if (method === 8 && size > Math.max(compressedSize, 1) * MAX_RATIO)
			return problem('invalid', `${shown}: compressed more than deflate can`);
		declared += size;
		if (declared > limits.totalSize) return problem('too-big', `${declared} bytes in all`);
		entries.push({ name, method, crc, compressedSize, size, offset, end: 0 });
	}
	if (pos !== cd.length) return problem('invalid', 'bytes after the central directory');
	// Files lie one after another, each before the next and all before the directory: no two
	// share bytes (an "overlapping" zip bomb), and none hides in another.
	const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
	for (const [i, entry] of byOffset.entries()) {
		entry.end = byOffset[i + 1]?.offset ?? cdOffset;
		const least = 30 + utf8Length(entry.name) + entry.compressedSize;
		if (entry.offset + least > entry.end)
			return problem('invalid', `${JSON.stringify(entry.name.slice(0, 80))}: overlaps the next`);
	}
	return entries;
}

/** The UTF-8 length of a name (names are short). */
function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Inflate `compressed`, refusing more than `size` bytes out. */
function inflateCapped(
	compressed: Uint8Array,
	size: number,
	name: string
): Uint8Array | ZipProblem {
	const out = new Uint8Array(size);
	let length = 0;
	let over = false;
	const inflater = new Inflate((chunk) => {
		if (length + chunk.length > size) over = true;
		else out.set(chunk, length);
		length += chunk.length;
	});
	try {
		for (let at = 0; at < compressed.length && !over; at += INFLATE_CHUNK) {
			const end = Math.min(at + INFLATE_CHUNK, compressed.length);
			inflater.push(compressed.subarray(at, end), end === compressed.length);
		}
	} catch (error) {
		return problem('invalid', `${name}: ${String(error)}`);
	}
	if (over || length !== size) return problem('invalid', `${name}: not the size it declared`);
	return out;
}

/** The bytes of one file of an archive, checked against its size and CRC-32. */
export async function readZipEntry(file: Blob, entry: ZipEntry): Promise<Uint8Array | ZipProblem> {
	const shown = JSON.stringify(entry.name.slice(0, 80));
	let header: Uint8Array;
	try {
		header = await bytesOf(file, entry.offset, Math.min(entry.offset + 30, entry.end));
	} catch (error) {
		return problem('unreadable', String(error));
	}
	if (header.length < 30 || u32(header, 0) !== LOCAL)
		return problem('invalid', `${shown}: no local header`);
	if (u16(header, 8) !== entry.method) return problem('invalid', `${shown}: two methods`);
	const start = entry.offset + 30 + u16(header, 26) + u16(header, 28);
	const end = start + entry.compressedSize;
	if (end > entry.end) return problem('invalid', `${shown}: runs into the next file`);
	let compressed: Uint8Array;
	try {
		compressed = await bytesOf(file, start, end);
	} catch (error) {
		return problem('unreadable', String(error));
	}
	const bytes = entry.method === 0 ? compressed : inflateCapped(compressed, entry.size, entry.name);
	if (!(bytes instanceof Uint8Array)) return bytes;
	if (crc32(bytes) !== entry.crc) return problem('invalid', `${shown}: damaged (CRC)`);
	return bytes;
}
