// What a folder listing remembers of each file it read, by path, size and modification time: a
// folder listed again is read from here, and only new or changed files are read again. A JSON
// file under $XDG_CACHE_HOME/plenum; the library's index (issue 13) may stand in for it, through
// the same HeadCache.
import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Head} from './head.ts';

export interface HeadCache {
	/** What the file gave when it had this size and modification time, if known. */
	get(path: string, size: number, mtimeMs: number): Head | undefined;
	set(head: Head): void;
	/** Keep what was learnt (a failure to write loses nothing but time). */
	save(): void;
}

/** Folders smaller than this are read in well under a second: they are not cached. */
export const CACHED_FROM = 50;
/** Files remembered at most; the ones seen longest ago are let go first. */
const KEPT = 50_000;

export function cacheFile(env: NodeJS.ProcessEnv = process.env): string {
	const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(base, 'plenum', 'folder-heads.json');
}

/**
 * What made the entries: a rebuilt plenum (a changed parser) reads every file again. The build's
 * own file and its time: dist/cli.js once built.
 */
function buildStamp(): string {
	try {
		const file = fileURLToPath(import.meta.url);
		return `${file}:${statSync(file).mtimeMs}`;
	} catch {
		return 'unknown';
	}
}

interface Stored {
	build: string;
	files: Record<string, Head & {seen: number}>;
}

/** The cache in a JSON file (read once, written by save). */
export function jsonHeadCache(file = cacheFile()): HeadCache {
	const build = buildStamp();
	let files: Stored['files'] = {};
	try {
		const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
		if (stored.build === build && stored.files && typeof stored.files === 'object') files = stored.files;
	} catch {
		// No cache yet, or not one of ours: start afresh.
	}
	const now = Date.now();
	let changed = false;
	return {
		get(path, size, mtimeMs) {
			const head = files[path];
			if (!head || head.size !== size || head.mtimeMs !== mtimeMs) return undefined;
			head.seen = now;
			changed = true;
			return head;
		},
		set(head) {
			if (head.size < 0) return;
			files[path(head)] = {...head, seen: now};
			changed = true;
		},
		save() {
			if (!changed) return;
			let kept = Object.entries(files);
			if (kept.length > KEPT) kept = kept.sort((a, b) => b[1].seen - a[1].seen).slice(0, KEPT);
			try {
				mkdirSync(dirname(file), {recursive: true});
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify({build, files: Object.fromEntries(kept)} satisfies Stored));
				renameSync(temporary, file);
			} catch {
				// A read-only home: the listing works, only slower next time.
			}
		},
	};
}

const path = (head: Head) => head.path;

/** No cache: every file is read. */
export const noHeadCache: HeadCache = {get: () => undefined, set: () => {}, save: () => {}};
