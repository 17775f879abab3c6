// Opening a folder as a library: its index in the cache, brought up to date when asked or when
// there is none yet. Where the index cannot be kept — better-sqlite3 did not load, the cache
// cannot be written — the folder is read into memory for this run, with one warning.
import {existsSync, mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import {indexPath, libraryRoot} from './cache.ts';
import {acquireLock} from './lock.ts';
import {MemoryStore} from './memory.ts';
import {loadSqlite, openSqlite} from './sqlite.ts';
import type {Progress, UpdateSummary} from './build.ts';
import type {LibraryStore} from './store.ts';
import {parserVersion} from './version.ts';

export interface OpenOptions {
	/** Bring the index up to date even when it exists (plenum index). */
	update?: boolean;
	/** One line for the user on stderr: why the library is in memory, a rebuild, a wait. */
	warn?: (message: string) => void;
	onProgress?: (progress: Progress) => void;
	stopped?: () => boolean;
	env?: NodeJS.ProcessEnv;
	/** Asked once and closed (a command, not the library view): the index is read, not mapped (sqlite.ts). */
	once?: boolean;
}

export interface OpenedLibrary {
	root: string;
	store: LibraryStore;
	/** Set when this run indexed the folder. */
	summary: UpdateSummary | null;
}

function why(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	return e.code ?? (e.message ?? String(error)).split('\n')[0];
}

/** The indexer (build.ts: the walk, the parse workers and, through them, the parser), loaded only when there is something to index. */
async function updateIndex(...args: Parameters<typeof import('./build.ts').updateIndex>): ReturnType<typeof import('./build.ts').updateIndex> {
	return (await import('./build.ts')).updateIndex(...args);
}

async function inMemory(root: string, options: OpenOptions): Promise<OpenedLibrary> {
	const store = new MemoryStore();
	const summary = await updateIndex(store, root, {onProgress: options.onProgress, stopped: options.stopped});
	return {root, store, summary};
}

export async function openLibrary(dir: string, options: OpenOptions = {}): Promise<OpenedLibrary> {
	const warn = options.warn ?? (() => {});
	const root = libraryRoot(dir);
	const Database = (options.env ?? process.env).PLENUM_NO_SQLITE === '1' ? new Error('PLENUM_NO_SQLITE=1') : await loadSqlite();
	if (Database instanceof Error) {
		warn(`the index needs better-sqlite3, which did not load (${why(Database)}): reading the folder into memory this time`);
		return inMemory(root, options);
	}
	const path = indexPath(root, options.env);
	const parser = parserVersion();
	// Already indexed: read it as it is, without taking the lock (a running indexer does not stop readers).
	if (!options.update && existsSync(path)) {
		try {
			const opened = await openSqlite(Database, path, parser, false, !options.once);
			if ('store' in opened) return {root, store: opened.store, summary: null};
		} catch {
			// Unreadable as it is: the indexer below says why, or makes it anew.
		}
	}
	let lock;
	try {
		mkdirSync(dirname(path), {recursive: true});
		lock = await acquireLock(`${path}.lock`, pid => warn(`waiting for another plenum (pid ${pid}) indexing this folder…`));
	} catch (error) {
		warn(`cannot keep an index in ${dirname(path)} (${why(error)}): reading the folder into memory this time`);
		return inMemory(root, options);
	}
	try {
		let opened;
		try {
			opened = await openSqlite(Database, path, parser, true);
		} catch (error) {
			lock.release();
			warn(`cannot keep an index in ${dirname(path)} (${why(error)}): reading the folder into memory this time`);
			return inMemory(root, options);
		}
		if ('stale' in opened) throw new Error(opened.stale);
		if (opened.rebuilt) warn(`rebuilding the index: ${opened.rebuilt}`);
		const summary = await updateIndex(opened.store, root, {onProgress: options.onProgress, stopped: options.stopped});
		return {root, store: opened.store, summary};
	} finally {
		lock.release();
	}
}

/**
 * The index of `root` (a real path, as libraryRoot gives it) as it is, read-only, when one exists
 * and was made by this parser: nothing is indexed, updated or waited for. Null otherwise.
 */
export async function existingIndex(root: string, env: NodeJS.ProcessEnv = process.env): Promise<LibraryStore | null> {
	if (env.PLENUM_NO_SQLITE === '1') return null;
	const path = indexPath(root, env);
	if (!existsSync(path)) return null;
	const Database = await loadSqlite();
	if (Database instanceof Error) return null;
	try {
		const opened = await openSqlite(Database, path, parserVersion(), false);
		return 'store' in opened ? opened.store : null;
	} catch {
		return null;
	}
}
