// File names that are not UTF-8, as an old Windows archive's GBK names are. Node decodes the
// command line and folder listings as UTF-8, turning every byte it cannot read into U+FFFD, and
// the name no longer opens ("no such file"). Such a name is shown decoded as GB18030 (or, if it is
// not that either, with its odd bytes as \xNN) and remembered with its bytes, which open it.
import {readFileSync} from 'node:fs';
import {join, sep} from 'node:path';

const RAW = new Map<string, Buffer>();

function decodes(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, {fatal: true}).decode(bytes);
	} catch {
		return null;
	}
}

/** A name as plenum shows it and passes it around: UTF-8 as it is; other bytes remembered. */
export function nameFromBytes(raw: Buffer): string {
	const utf8 = decodes(raw, 'utf-8');
	if (utf8 !== null) return utf8;
	const name = decodes(raw, 'gb18030') ?? Array.from(raw, b => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16)}`)).join('');
	RAW.set(name, Buffer.from(raw));
	return name;
}

/** What to hand the file system for a name plenum shows: its bytes when they are not UTF-8. */
export function fsPath(path: string): string | Buffer {
	return RAW.get(path) ?? path;
}

/** A name shown as `path` that opens with `raw`: what another thread read as bytes. */
export function rememberName(path: string, raw: Uint8Array): void {
	RAW.set(path, Buffer.from(raw));
}

/** `dir`/`name`, for a name read from a folder as bytes. */
export function childPath(dir: string, name: Buffer): string {
	const shownName = nameFromBytes(name);
	const shown = join(dir, shownName);
	const rawDir = RAW.get(dir);
	if (rawDir || RAW.has(shownName)) RAW.set(shown, Buffer.concat([rawDir ?? Buffer.from(dir), Buffer.from(sep), name]));
	return shown;
}

/**
 * The command line's arguments with names that are not UTF-8 restored from the bytes the process
 * was given (Linux's /proc/self/cmdline; elsewhere they stay as Node decoded them).
 */
export function commandLineNames(argv: string[]): string[] {
	if (!argv.some(arg => arg.includes('\ufffd'))) return argv;
	let raw: Buffer[];
	try {
		const bytes = readFileSync('/proc/self/cmdline');
		raw = [];
		for (let at = 0; at < bytes.length;) {
			const end = bytes.indexOf(0, at);
			raw.push(bytes.subarray(at, end < 0 ? bytes.length : end));
			at = end < 0 ? bytes.length : end + 1;
		}
	} catch {
		return argv;
	}
	const tail = raw.slice(raw.length - argv.length);
	if (tail.length !== argv.length) return argv;
	return argv.map((arg, i) => (arg.includes('\ufffd') && tail[i].toString('utf8') === arg ? nameFromBytes(tail[i]) : arg));
}
