// Parsing a library is most of indexing it: files are parsed in worker threads, one per core, while
// the main thread writes to the index. A few files, or a bundle without its worker, parse here.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {loadTools, readRecord, type FileJob, type FileRecord} from './record.ts';

/** Below this many files, starting workers costs more than it saves. */
const FEW = 24;
/**
 * Jobs each worker holds at once, so it never waits for the next: while the main thread writes a
 * batch (~1 s for 100 reports), a worker with 4 ran dry and sat idle (8–9 % of its time).
 */
const AHEAD = 16;

function workerFile(): string | null {
	const here = dirname(fileURLToPath(import.meta.url));
	// Bundled: dist/parse-worker.js beside dist/cli.js (this code may sit in dist/chunks/).
	for (const candidate of [join(here, 'parse-worker.js'), join(here, '..', 'parse-worker.js'), join(here, 'parse-worker.ts')]) {
		if (existsSync(candidate)) return candidate;
	}
	return null;
}

/** A file this large parses in the main thread, whose heap has no limit. */
const LARGE = 2 * 2 ** 20;
/** Each worker's heap: past it V8 collects harder; a file that cannot parse within it goes to the main thread. */
const WORKER_HEAP_MB = 64;
/**
 * Each worker's young generation: with 8 MB, garbage collection took 17–18 % of a worker's time
 * indexing 1,000 reports (objects of one report promoted before they die); with 16 MB, 11–12 %,
 * for ~20 MB more peak RSS.
 */
const WORKER_YOUNG_MB = 16;

/**
 * Parses every job, handing each record to `onRecord` in the order they finish. Stops handing out
 * work once `stopped()` says so; the jobs in flight still finish. Workers (one per core) parse
 * with a bounded heap, since every thread's heap counts in the process's memory; the main thread
 * writes the index, and parses what a worker cannot: large files, or all of them when there are
 * few or no worker can start.
 */
export async function parseAll(jobs: readonly FileJob[], onRecord: (record: FileRecord) => void, stopped: () => boolean = () => false): Promise<void> {
	const file = workerFile();
	const count = !file || process.env.PLENUM_PARSE_WORKERS === '0' ? 0 : Math.min(availableParallelism(), Math.floor(jobs.length / FEW), 8);
	const here: FileJob[] = count === 0 ? [...jobs] : jobs.filter(j => j.size > LARGE);
	const queue = count === 0 ? [] : jobs.filter(j => j.size <= LARGE);
	let next = 0;
	// A failure to write a record (a full disk) stops the run, and is thrown once the workers end.
	let failure: unknown = null;
	const take = (): FileJob | null => (next < queue.length && !stopped() && failure === null ? queue[next++] : null);
	const workers = Array.from({length: count}, () => new Worker(file!, {resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB}}));
	const run = (worker: Worker) =>
		new Promise<void>(resolve => {
			const inFlight = new Map<string, FileJob>();
			const feed = () => {
				for (let job = inFlight.size < AHEAD ? take() : null; job; job = inFlight.size < AHEAD ? take() : null) {
					worker.postMessage({job});
					inFlight.set(job.path, job);
				}
				if (inFlight.size === 0) resolve();
			};
			worker.on('message', (message: {ready?: boolean; record?: FileRecord}) => {
				if (message.record) {
					inFlight.delete(message.record.path);
					try {
						if (failure === null) onRecord(message.record);
					} catch (error) {
						failure = error;
					}
				}
				feed();
			});
			// Out of memory, or any other failure: what it held is parsed here instead.
			const give = () => {
				here.push(...inFlight.values());
				inFlight.clear();
				resolve();
			};
			worker.on('error', give);
			worker.on('exit', give);
		});
	try {
		await Promise.all(workers.map(run));
		if (failure !== null) throw failure;
		// What no worker took (all of them failed) is parsed here too.
		for (let job = take(); job; job = take()) here.push(job);
		const tools = here.length > 0 ? await loadTools() : null;
		for (const job of here) {
			if (stopped()) break;
			onRecord(await readRecord(job, tools!));
		}
	} finally {
		await Promise.all(workers.map(w => w.terminate()));
	}
}
