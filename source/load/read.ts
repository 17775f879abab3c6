// The bytes of what the user named: a file, a pipe or stdin, never more than a limit. A report is
// a few hundred kilobytes and an archive run into one file some tens of megabytes; anything
// larger, or a device that never ends (/dev/zero, a terminal), is refused with one line instead of
// growing until the machine runs out of memory. Stdin and named pipes are read as streams: a
// synchronous read of fd 0 fails with EAGAIN when something has put it in non-blocking mode.
import {closeSync, createReadStream, fstatSync, openSync, readFileSync, type Stats} from 'node:fs';
import {isatty} from 'node:tty';
import {fsPath} from './names.ts';

export class LoadError extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
	}
}

/** What plenum reads unless told otherwise (--max-size): twice the largest archive it is tested on. */
export const DEFAULT_MAX_BYTES = 100 * 2 ** 20;

const USAGE = 2;
const UNREADABLE = 3;

/** "100 MB", for messages. */
export function formatSize(bytes: number): string {
	if (bytes >= 2 ** 30) return `${+(bytes / 2 ** 30).toFixed(1)} GB`;
	if (bytes >= 2 ** 20) return `${+(bytes / 2 ** 20).toFixed(1)} MB`;
	if (bytes >= 2 ** 10) return `${+(bytes / 2 ** 10).toFixed(1)} KB`;
	return `${bytes} bytes`;
}

/** `--max-size`: a number of bytes, or with K, M or G (powers of 1024); null if it is not one. */
export function parseSize(text: string): number | null {
	const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
	if (!m) return null;
	const bytes = Math.round(Number(m[1]) * 1024 ** ' kmg'.indexOf(m[2].toLowerCase() || ' '));
	return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

function tooLarge(shown: string, limit: number, size?: number): LoadError {
	const what = size === undefined ? `${shown} is larger than ${formatSize(limit)}` : `${shown} is ${formatSize(size)}, more than ${formatSize(limit)}`;
	const enough = `${Math.ceil(Math.max(limit * 2, (size ?? 0) * 1.1) / 2 ** 20)}M`;
	return new LoadError(`${what}, the most plenum reads (--max-size ${enough} reads more)`, UNREADABLE);
}

/** A stream read whole, or a LoadError as soon as it passes `limit`. */
async function readStream(stream: NodeJS.ReadableStream & {destroy(): void}, shown: string, limit: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of stream) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
			total += bytes.length;
			if (total > limit) throw tooLarge(shown, limit);
			chunks.push(bytes);
		}
	} catch (error) {
		if (error instanceof LoadError) throw error;
		throw new LoadError(`${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, UNREADABLE);
	} finally {
		stream.destroy();
	}
	return Buffer.concat(chunks, total);
}

/** Stdin, whatever it is (a pipe, a file, a socket), as a stream. */
export function readStdin(limit = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
	return readStream(process.stdin, 'stdin', limit);
}

function openFailure(path: string, error: unknown): LoadError {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return new LoadError(`${path}: permission denied`, UNREADABLE);
	if (code === 'ENOENT' || code === 'ENOTDIR') return new LoadError(`${path}: no such file`, USAGE);
	if (code === 'ENAMETOOLONG') return new LoadError(`${path}: name too long`, USAGE);
	return new LoadError(`${path}: cannot be read (${code ?? 'error'})`, UNREADABLE);
}

/** A file, or '-' for stdin: its bytes, at most `limit` of them. */
export async function readBytes(path: string, limit = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
	if (path === '-') {
		// A terminal has no report to give: reading it would wait for a report never typed.
		if (isatty(0)) throw new LoadError('- reads a report from stdin, but stdin is a terminal (try: cat report.txt | plenum -)', USAGE);
		return readStdin(limit);
	}
	let fd: number;
	try {
		fd = openSync(fsPath(path), 'r');
	} catch (error) {
		throw openFailure(path, error);
	}
	let stat: Stats;
	try {
		stat = fstatSync(fd);
	} catch (error) {
		closeSync(fd);
		throw openFailure(path, error);
	}
	if (stat.isDirectory()) {
		closeSync(fd);
		throw new LoadError(`${path} is a directory`, USAGE);
	}
	if (stat.isFIFO() || stat.isSocket()) return readStream(createReadStream('', {fd}), path, limit);
	if (!stat.isFile()) {
		// /dev/zero, /dev/urandom and a terminal never end; a disk is not a report.
		closeSync(fd);
		throw new LoadError(`${path} is a device, not a file`, USAGE);
	}
	try {
		if (stat.size > limit) throw tooLarge(path, limit, stat.size);
		const bytes = readFileSync(fd);
		// A file that grew while it was read (or under /proc, whose sizes are 0) is held to the limit too.
		if (bytes.length > limit) throw tooLarge(path, limit);
		return bytes;
	} catch (error) {
		if (error instanceof LoadError) throw error;
		throw openFailure(path, error);
	} finally {
		closeSync(fd);
	}
}
