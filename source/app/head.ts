// What a folder listing knows of one file: read from its head (the first 64 KB, cut at a line),
// never the whole of a big file — title, date, meeting, whether it is a report at all. A report of
// a usual size is read whole; an archive of 50 MB is listed as quickly as a page.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import type {LibraryEntry} from './library.ts';
import {textFromBytes, type LoadedText} from '../load/load.ts';
import {fsPath} from '../load/names.ts';
import {looksLikeReport, parseOutline} from '../parse/outline.ts';
import {loadConverter, looksTraditional} from '../text/han-fold.ts';

/** How much of a file a listing reads. */
export const HEAD_BYTES = 64 * 1024;

/** What one file gave: its entry, or null when it is not a report (or not text, or unreadable). */
export interface Head {
	path: string;
	size: number;
	mtimeMs: number;
	entry: LibraryEntry | null;
}

/** The head's bytes cut after its last whole line, so no character or line is read in part. */
function wholeLines(bytes: Uint8Array): Uint8Array {
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
	for (let i = bytes.length - 2; i >= 0; i--) {
		if (utf16 === 'le' && i % 2 === 0 && bytes[i] === 0x0a && bytes[i + 1] === 0) return bytes.subarray(0, i + 2);
		if (utf16 === 'be' && i % 2 === 0 && bytes[i] === 0 && bytes[i + 1] === 0x0a) return bytes.subarray(0, i + 2);
		// In UTF-8 and the GB encodings a line feed byte is only ever a line feed.
		if (!utf16 && bytes[i + 1] === 0x0a) return bytes.subarray(0, i + 2);
	}
	return bytes;
}

/** The first HEAD_BYTES of a file, with its size and modification time. */
export function readHead(path: string): {bytes: Uint8Array; size: number; mtimeMs: number} {
	// Never waits: a named pipe opens at once (and is then not a file), as it would not for reading.
	const fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw new Error(`${path} is not a file`);
		const buffer = Buffer.alloc(Math.min(stat.size, HEAD_BYTES));
		let read = 0;
		while (read < buffer.length) {
			const n = readSync(fd, buffer, read, buffer.length - read, read);
			if (n === 0) break;
			read += n;
		}
		const bytes = buffer.subarray(0, read);
		return {bytes: stat.size > read ? wholeLines(bytes) : bytes, size: stat.size, mtimeMs: stat.mtimeMs};
	} finally {
		closeSync(fd);
	}
}

/** The listing's entry for one file, from its head. */
export async function headOf(path: string, encoding?: string): Promise<Head> {
	let head: {bytes: Uint8Array; size: number; mtimeMs: number};
	try {
		head = readHead(path);
	} catch {
		return {path, size: -1, mtimeMs: -1, entry: null};
	}
	const {bytes, size, mtimeMs} = head;
	try {
		if (bytes.length === 0) return {path, size, mtimeMs, entry: null};
		// A page is read without a DOM first (load/page-head.ts); one where that finds no headline,
		// or no report, is read again as the browser reads it (Readability).
		const quick = await entryOf(path, size, await textFromBytes(bytes, path, encoding, {listing: true}));
		const entry = quick.shape === 'html' && !quick.entry?.title ? (await entryOf(path, size, await textFromBytes(bytes, path, encoding))).entry : quick.entry;
		return {path, size, mtimeMs, entry: entry ? {...entry, title: entry.title || entry.meeting || path} : null};
	} catch {
		return {path, size, mtimeMs, entry: null};
	}
}

/** A head's text read as the listing reads it: its entry, its title as the text gives it (maybe empty). */
async function entryOf(path: string, size: number, loaded: LoadedText): Promise<{shape: LoadedText['shape']; entry: LibraryEntry | null}> {
	if (loaded.text.trim() === '') return {shape: loaded.shape, entry: null};
	// As app/open.ts reads it: text in traditional characters is read folded.
	const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
	const report = parseOutline(loaded.text, {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: path, ...(convert ? {convert} : {})});
	if (!looksLikeReport(report)) return {shape: loaded.shape, entry: null};
	return {shape: loaded.shape, entry: {path, title: report.meta.title, date: report.meta.date, meeting: report.meta.meeting, bytes: size, sections: report.sections.length}};
}
