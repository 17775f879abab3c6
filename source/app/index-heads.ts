// The library's index standing in for a folder listing's HeadCache (app/head-cache.ts): where the
// folder, or a folder above it, has been indexed (plenum index, the library view), what the index
// read of each file it holds unchanged — same size, same modification time — is the file's entry,
// and the file's head is not read. Files the index does not hold, or holds as they were before
// a change, go to the listing's own cache. Loaded only by a listing that asks for it
// (app/library.ts), never at a pipe's start.
import {existsSync, realpathSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {indexPath, libraryRoot} from '../library/cache.ts';
import type {ReportRow} from '../library/store.ts';
import type {Head} from './head.ts';
import type {HeadCache} from './head-cache.ts';
import type {LibraryEntry} from './library.ts';

/** The nearest folder from `dir` upwards that has an index, as its real path; null when none has. */
function indexedAbove(dir: string, env: NodeJS.ProcessEnv): string | null {
	let at: string;
	try {
		at = libraryRoot(dir);
	} catch {
		return null;
	}
	for (;;) {
		if (existsSync(indexPath(at, env))) return at;
		const up = dirname(at);
		if (up === at) return null;
		at = up;
	}
}

export interface IndexedHeads {
	cache: HeadCache;
	/** Let the index go (the listing is done). */
	close(): void;
}

/**
 * A HeadCache that asks the index of `dir` (or of a folder above it) first and `fallback` for the
 * rest; null when no index covers `dir` or it cannot be read as it is.
 */
export async function indexedHeads(dir: string, fallback: HeadCache, env: NodeJS.ProcessEnv = process.env): Promise<IndexedHeads | null> {
	const root = indexedAbove(dir, env);
	if (root === null) return null;
	// The index's reader (and better-sqlite3) load only when there is an index to read.
	const {existingIndex} = await import('../library/open.ts');
	const store = await existingIndex(root, env);
	if (!store) return null;
	const files = store.files();
	const reports = new Map<string, ReportRow>(store.reports().map(r => [r.path, r]));
	// The index names files by the real path of the folder it walked.
	const realDirs = new Map<string, string | null>();
	const indexed = (path: string): string | null => {
		const folder = dirname(path);
		if (!realDirs.has(folder)) {
			try {
				realDirs.set(folder, realpathSync(folder));
			} catch {
				realDirs.set(folder, null);
			}
		}
		const real = realDirs.get(folder);
		return real ? join(real, basename(path)) : null;
	};
	const cache: HeadCache = {
		get(path, size, mtimeMs): Head | undefined {
			const key = indexed(path);
			const file = key === null ? undefined : files.get(key);
			if (!file || file.size !== size || file.mtimeMs !== mtimeMs) return fallback.get(path, size, mtimeMs);
			const row = reports.get(key!);
			const entry: LibraryEntry | null = row ? {path, title: row.title, date: row.date, meeting: row.meeting, bytes: row.bytes, sections: row.sections} : null;
			return {path, size, mtimeMs, entry};
		},
		set: head => fallback.set(head),
		save: () => fallback.save(),
	};
	return {cache, close: () => store.close()};
}
