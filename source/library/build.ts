// Brings an index up to date with its folder: new and changed files are parsed (size and mtime
// first, then the content hash: a touched file with the same bytes is not parsed again), files
// gone are dropped. Written in batches, each one transaction: stopped at any point, the index
// holds every batch written, and the next run goes on with the rest.
import {walkTree, type Problem} from './walk.ts';
import {parseAll} from './pool.ts';
import type {FileJob, ReportRecord, SkippedRecord} from './record.ts';
import type {FileState, LibraryStore} from './store.ts';

export interface Progress {
	done: number;
	total: number;
	/** Files parsed per second so far. */
	rate: number;
	/** Seconds left at that rate. */
	eta: number;
}

export interface UpdateSummary {
	/** Every file below the folder. */
	files: number;
	/** Files parsed this run (new or changed). */
	parsed: number;
	/** Files whose size or time changed but whose bytes did not. */
	touched: number;
	removed: number;
	/** Folders and files the walk could not use, and files that vanished while being indexed. */
	problems: Problem[];
	interrupted: boolean;
	ms: number;
}

export interface UpdateOptions {
	onProgress?: (progress: Progress) => void;
	/** Checked between files: true stops the run after writing what is done. */
	stopped?: () => boolean;
	/** Files per transaction. */
	batch?: number;
}

/** The longest a batch is held before it is written. */
const FLUSH_MS = 2000;

export async function updateIndex(store: LibraryStore, root: string, options: UpdateOptions = {}): Promise<UpdateSummary> {
	const started = performance.now();
	const stopped = options.stopped ?? (() => false);
	const {files, problems} = walkTree(root);
	const known = store.files();
	const present = new Set(files.map(f => f.path));
	const removed = [...known.keys()].filter(path => !present.has(path));
	const jobs: FileJob[] = [];
	for (const f of files) {
		const k = known.get(f.path);
		if (k && k.size === f.size && k.mtimeMs === f.mtimeMs) continue;
		jobs.push({path: f.path, size: f.size, mtimeMs: f.mtimeMs, knownHash: k?.hash ?? null});
	}
	const batch = options.batch ?? 100;
	let records: (ReportRecord | SkippedRecord)[] = [];
	let touched: FileState[] = [];
	let pendingRemoved = removed;
	let done = 0;
	let parsed = 0;
	let touchedCount = 0;
	let lastFlush = performance.now();
	const flush = () => {
		if (records.length === 0 && touched.length === 0 && pendingRemoved.length === 0) return;
		store.write(records, touched, pendingRemoved);
		records = [];
		touched = [];
		pendingRemoved = [];
		lastFlush = performance.now();
	};
	const report = () => {
		const seconds = (performance.now() - started) / 1000;
		const rate = done / Math.max(seconds, 1e-3);
		options.onProgress?.({done, total: jobs.length, rate, eta: rate > 0 ? (jobs.length - done) / rate : 0});
	};
	report();
	await parseAll(
		jobs,
		record => {
			done++;
			if (record.kind === 'unchanged') {
				touched.push({path: record.path, size: record.size, mtimeMs: record.mtimeMs, hash: null});
				touchedCount++;
			} else if (record.kind === 'skipped' && record.reason.startsWith('vanished')) {
				problems.push({path: record.path, reason: record.reason});
			} else {
				records.push(record);
				parsed++;
			}
			// A batch is a segment of the postings (postings.ts): fewer, larger ones make a smaller
			// index, read in fewer rows; a kill loses at most the last few seconds of parsing.
			if (records.length + touched.length >= batch || performance.now() - lastFlush > FLUSH_MS) flush();
			report();
		},
		stopped,
	);
	flush();
	return {files: files.length, parsed, touched: touchedCount, removed: removed.length, problems, interrupted: done < jobs.length, ms: performance.now() - started};
}
