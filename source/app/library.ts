// A folder (or several files) of reports: each readable report with what a picker shows —
// title, date, meeting, size — newest first; files that are not reports are counted, not fatal.
// `plenum list` prints it; `plenum FILE FILE…` on a terminal shows it as the picker, its rows as
// they are found; the browser's c and `plenum diff --previous` look in it for the report before
// one (previousInFolder). Each file's head is read (app/head.ts), on both cores (two worker
// threads), and what it gave is remembered by path, size and modification time (app/head-cache.ts).
// Names that are not UTF-8 are read as bytes (load/names.ts), so they still open, in a worker too.
import {existsSync, readdirSync, statSync, type Dirent} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {previousInSeries} from '../compare/series.ts';
import {childPath, fsPath} from '../load/names.ts';
import {bundledReportPath, type OpenedReport} from './open.ts';
import {describeError} from './errors.ts';
import {headOf, type Head} from './head.ts';
import {CACHED_FROM, jsonHeadCache, noHeadCache, type HeadCache} from './head-cache.ts';
import {SCAN_WORKER, type ScanAnswer, type ScanRequest} from './scan-worker.ts';
import {optimizeAsUsual, optimizeLater} from './tiering.ts';
import {holdYoungGeneration} from './young-generation.ts';
import {isDirectory} from './paths.ts';

export interface LibraryEntry {
	path: string;
	title: string;
	date: string | null;
	meeting: string | null;
	bytes: number;
	/** Sections in what was read: the whole report, or the head of a very large file. */
	sections: number;
}

export interface Library {
	entries: LibraryEntry[];
	/** Files skipped because they are not text, are empty, or have no report structure. */
	skipped: number;
}

/** Past this many files a folder is not a shelf of reports: the walk stops. */
const MAX_FILES = 20_000;

/**
 * The files of a folder and its subfolders, hidden ones (.git, .cache) and node_modules left out;
 * with `subfolders` false, the folder's own files only. Names that are not UTF-8 are read as bytes,
 * so they still open; the walk keeps its own stack, so no depth of folders overflows it.
 */
export function filesIn(dir: string, {subfolders = true}: {subfolders?: boolean} = {}): string[] {
	const found: string[] = [];
	const list = (folder: string): {folder: string; entries: Dirent<Buffer>[]; next: number} => {
		let entries: Dirent<Buffer>[];
		try {
			entries = readdirSync(fsPath(folder), {withFileTypes: true, encoding: 'buffer'});
		} catch {
			entries = [];
		}
		return {folder, entries: entries.sort((a, b) => Buffer.compare(a.name, b.name)), next: 0};
	};
	const stack = [list(dir)];
	while (stack.length > 0 && found.length < MAX_FILES) {
		const top = stack[stack.length - 1];
		const entry = top.entries[top.next++];
		if (entry === undefined) {
			stack.pop();
			continue;
		}
		if (entry.name[0] === 0x2e) continue;
		const path = childPath(top.folder, entry.name);
		if (entry.isFile()) found.push(path);
		else if (subfolders && entry.isDirectory() && entry.name.toString('latin1') !== 'node_modules') stack.push(list(path));
	}
	return found;
}

/** A listing under way: what is found so far, newest first, and word when more is. */
export interface LibraryScan {
	current(): Library & {done: boolean};
	/** Called as entries are found (a few times a second at most) and once at the end. */
	subscribe(listener: () => void): () => void;
	readonly finished: Promise<Library>;
}

/** Newest first; undated reports last, by name. */
export function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
	return (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path);
}

/** Where `entry` goes in entries kept newest first. */
function insertAt(entries: LibraryEntry[], entry: LibraryEntry): number {
	let lo = 0;
	let hi = entries.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (newestFirst(entries[mid], entry) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many paths a worker is given at a time: enough to keep it busy, few enough to share. */
const BATCH = 24;
const NOTIFY_MS = 50;

export interface ScanOptions {
	cache?: HeadCache;
	/** Read every file in this encoding (--encoding): nothing is taken from a cache, or kept in one. */
	encoding?: string;
	/** Worker threads to read in; 0 reads in this thread. */
	workers?: number;
}

/**
 * The worker's code: the built command itself (cli.tsx serves scans when started as a worker),
 * dist/cli.js, where this module is bundled or beside the chunk it shares with the commands
 * loaded on demand (dist/chunks/); null when run from the sources.
 */
function workerEntry(): URL | null {
	if (/\/cli\.js$/.test(import.meta.url)) return new URL(import.meta.url);
	if (!/\/dist\/chunks\/[^/]+\.js$/.test(import.meta.url)) return null;
	const entry = new URL('../cli.js', import.meta.url);
	return existsSync(entry) ? entry : null;
}

export function scanLibrary(paths: string[], options: ScanOptions = {}): LibraryScan {
	const encoding = options.encoding;
	const cache = encoding ? noHeadCache : (options.cache ?? (paths.length >= CACHED_FROM ? jsonHeadCache() : noHeadCache));
	const entries: LibraryEntry[] = [];
	let skipped = 0;
	let done = false;
	const listeners = new Set<() => void>();
	let timer: NodeJS.Timeout | null = null;
	const notify = (now = false) => {
		if (now) {
			if (timer) clearTimeout(timer);
			timer = null;
			listeners.forEach(listener => listener());
		} else timer ??= setTimeout(() => notify(true), NOTIFY_MS);
	};
	const add = (head: Head, fresh: boolean) => {
		if (fresh) cache.set(head);
		if (head.entry) entries.splice(insertAt(entries, head.entry), 0, head.entry);
		else skipped++;
		notify(entries.length + skipped === 1);
	};

	const finished = (async (): Promise<Library> => {
		const unread: string[] = [];
		for (const path of paths) {
			let known: Head | undefined;
			try {
				const stat = statSync(fsPath(path));
				known = cache.get(path, stat.size, stat.mtimeMs);
			} catch {
				known = undefined;
			}
			if (known) add(known, false);
			else unread.push(path);
		}
		// Both cores: this thread and a worker take batches from the same queue (a worker is an
		// isolate of its own, ~40 MB; one is enough for two cores with this thread reading too).
		const queue = {paths: unread, next: 0};
		const entry = workerEntry();
		const workers = entry ? Math.min(options.workers ?? 1, Math.floor(unread.length / BATCH)) : 0;
		if (unread.length > 0) optimizeLater();
		try {
			await Promise.all([inThread(queue, encoding, head => add(head, true)), ...(workers > 0 ? [inWorkers(entry!, queue, workers, encoding, head => add(head, true))] : [])]);
		} finally {
			if (unread.length > 0) optimizeAsUsual();
		}
		cache.save();
		done = true;
		notify(true);
		return {entries: [...entries], skipped};
	})();

	return {
		current: () => ({entries, skipped, done}),
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		finished,
	};
}

interface Queue {
	paths: string[];
	next: number;
}

const take = (queue: Queue): string[] => queue.paths.slice(queue.next, (queue.next += BATCH));

/** Batches read here, a file at a time, letting the picker draw between files. */
async function inThread(queue: Queue, encoding: string | undefined, found: (head: Head) => void): Promise<void> {
	for (let batch = take(queue); batch.length > 0; batch = take(queue)) {
		for (const path of batch) {
			found(await headOf(path, encoding));
			await new Promise(resolve => setImmediate(resolve));
		}
	}
}

async function inWorkers(entry: URL, queue: Queue, count: number, encoding: string | undefined, found: (head: Head) => void): Promise<void> {
	const {Worker} = await import('node:worker_threads');
	const request = (): ScanRequest => {
		const paths = take(queue);
		if (paths.length === 0) return {done: true};
		// A worker has no memory of the names read as bytes here: they go with the paths.
		const raw: Record<string, Uint8Array> = {};
		for (const path of paths) {
			const bytes = fsPath(path);
			if (typeof bytes !== 'string') raw[path] = bytes;
		}
		return {paths, raw, ...(encoding ? {encoding} : {})};
	};
	await Promise.all(
		Array.from(
			{length: count},
			() =>
				new Promise<void>((resolve, reject) => {
					const worker = new Worker(entry, {argv: [SCAN_WORKER], resourceLimits: {maxYoungGenerationSizeMb: 8}});
					// Each file's garbage dies young, and a young generation grown to 32 MB (as V8 grows it
					// for what survives a collection or two) was a fifth of a listing's peak memory: held
					// at its size. Not before the worker starts: Node sets V8's flags afresh then
					// (app/young-generation.ts); measured on Node 20.20, once it is online holds it at
					// 8 MB, and its first answer, should that be lost, at 16 MB. The interrupt budget
					// (app/tiering.ts) is a flag too: raised again. The worker is online before it exits,
					// so before this listing sets the budget back.
					worker.once('online', () => {
						holdYoungGeneration();
						optimizeLater();
					});
					worker.once('message', holdYoungGeneration);
					worker.on('message', ({heads}: ScanAnswer) => {
						heads.forEach(found);
						worker.postMessage(request());
					});
					worker.once('error', reject);
					worker.once('exit', () => resolve());
					worker.postMessage(request());
				}),
		),
	);
}

/** The reports the command line names: every file of each folder, and each file as it is. */
export function pathsFromArgs(args: string[]): string[] {
	return args.flatMap(arg => (isDirectory(arg) ? filesIn(arg) : [arg]));
}

/** The reports the command line names, listed; `encoding` (--encoding) reads every file in it. */
export async function libraryFromArgs(args: string[], {encoding}: {encoding?: string} = {}): Promise<Library> {
	return scanLibrary(pathsFromArgs(args), {encoding}).finished;
}

/** The report before `path` in its folder: same series, nearest earlier date; or why there is none. */
export async function previousInFolder(path: string, {encoding}: {encoding?: string} = {}): Promise<{path: string} | {reason: string}> {
	const folder = dirname(path);
	// Its own folder's files: a series is kept in one folder, and the walk stays short.
	const paths = filesIn(folder, {subfolders: false});
	const cache = paths.length >= CACHED_FROM ? jsonHeadCache() : noHeadCache;
	// A folder the library has indexed (or one inside it) is listed from its index where the
	// index holds a file as it is now (app/index-heads.ts): the browser's c after the library
	// view reads no file's head. Its heads are read as plenum detects an encoding: with
	// --encoding, every head is read again in it.
	const indexed = encoding ? null : await (await import('./index-heads.ts')).indexedHeads(folder, cache);
	let library: Library;
	try {
		library = await scanLibrary(paths, {cache: indexed?.cache ?? cache, encoding}).finished;
	} finally {
		indexed?.close();
	}
	// ./x.txt and x.txt name the same file as the folder's listing does.
	const target = library.entries.find(e => resolve(e.path) === resolve(path));
	if (!target) return {reason: `${path} does not look like a report`};
	if (!target.date) return {reason: `${path} has no date, so no report can be said to come before it`};
	const previous = previousInSeries(library.entries, target);
	return previous ? {path: previous.path} : {reason: `no earlier report of the same series as ${path} in ${dirname(path)}`};
}

/** The report before another in its series, opened; or why there is none, as the browser says it. */
export type Previous = {path: string; opened: OpenedReport} | {reason: string};

/** The browser's c: the report before `path` in its folder, opened with `open`. */
export async function openPrevious(path: string, open: (path: string) => Promise<OpenedReport>, options: {encoding?: string} = {}): Promise<Previous> {
	if (path === '-' || path === bundledReportPath()) return {reason: 'No folder to look in: this report was not read from a file.'};
	const previous = await previousInFolder(path, options);
	if ('reason' in previous) return {reason: `No previous report: ${previous.reason}.`};
	try {
		return {path: previous.path, opened: await open(previous.path)};
	} catch (error) {
		return {reason: `${previous.path}: ${describeError(error).message}`};
	}
}
