// Writing a file so that a failure never costs the file it replaces: the text goes to a temporary
// file in the same folder, is flushed to the disk, and only then takes the name (a rename, which
// is atomic). A full disk, a file size limit (ulimit -f) or a crash leaves the old file whole and
// no temporary file behind. Without `replace`, a file already there is never touched, even one
// that appears while the text is written.
import {chmodSync, closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {randomBytes} from 'node:crypto';
import {fsPath} from '../load/names.ts';

function syncFolder(folder: string): void {
	try {
		const fd = openSync(folder, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some file systems cannot sync a folder; the rename has happened either way.
	}
}

/** What is at `path` now, not following a symbolic link (replacing one replaces the link). */
function existing(path: string): {mode: number | null; folder: boolean; link: boolean} | null {
	try {
		const stat = lstatSync(path);
		return {mode: stat.isFile() ? stat.mode & 0o7777 : null, folder: stat.isDirectory(), link: stat.isSymbolicLink()};
	} catch {
		return null;
	}
}

function exists(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

function errno(code: string, path: string): NodeJS.ErrnoException {
	return Object.assign(new Error(`${code}: ${path}`), {code});
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/**
 * Write `content` to `path` atomically: a string, bytes, or lines made as they are written (a
 * library's ndjson, which need not be held whole). Throws the system's error (EEXIST when the file
 * is there and `replace` is false; ENOSPC, EFBIG, EACCES …); the file at `path` is then as it was.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | Iterable<string>, options: {replace: boolean}): void {
	const folder = dirname(path);
	const before = existing(path);
	if (before?.folder) throw errno('EISDIR', path);
	if (before && !options.replace) throw errno('EEXIST', path);
	const temporary = join(folder, `.${basename(path).slice(0, 100)}.${randomBytes(6).toString('hex')}.plenum-tmp`);
	const fd = openSync(temporary, 'wx', 0o666);
	try {
		try {
			if (typeof content === 'string') writeAll(fd, Buffer.from(content, 'utf8'));
			else if (content instanceof Uint8Array) writeAll(fd, content);
			else for (const line of content) writeAll(fd, Buffer.from(line, 'utf8'));
			// The file replaced keeps its permissions.
			if (before?.mode != null) chmodSync(temporary, before.mode);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		if (options.replace) renameSync(temporary, path);
		else {
			// A hard link fails if the name was taken meanwhile, where a rename would replace it.
			try {
				linkSync(temporary, path);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'EEXIST' || exists(path)) throw error;
				// A file system without hard links (FAT, some network shares): rename instead.
				renameSync(temporary, path);
			}
		}
	} finally {
		try {
			unlinkSync(temporary);
		} catch {
			// Renamed already, or never made.
		}
	}
	syncFolder(folder);
}

function identity(path: string | Buffer): string | null {
	try {
		const stat = statSync(path);
		return `${stat.dev}:${stat.ino}`;
	} catch {
		return null;
	}
}

/**
 * Why `output` must not be written, or null: it is the report being read (by any name, link or
 * symbolic link), a folder, or — without `force` — a file or a symbolic link already there.
 */
export function outputConflict(output: string, input: string | undefined, force: boolean): string | null {
	const target = identity(output);
	if (target !== null && input !== undefined && input !== '-' && target === identity(fsPath(input))) return `will not write over the report itself: ${output} is ${input}`;
	const before = existing(output);
	if (!before) return null;
	if (before.folder) return `${output} is a folder`;
	if (force) return null;
	if (before.link) return `${output} is a symbolic link (--force replaces the link, not the file it points to)`;
	return `${output} exists (--force replaces it)`;
}
