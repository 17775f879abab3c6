// Parsing a library is most of indexing it: files are parsed in worker threads, one per core, while
// the main thread writes to the index. A few files, or a bundle without its worker, parse here.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {setFlagsFromString} from 'node:v8';
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
/**
 * Each worker's old generation: past it V8 collects harder; a file that cannot parse within it
 * goes to the main thread. A worker holds ~22 MB after a full collection, and V8 lets it grow
 * toward the limit before the next: with 64 MB each worker's heap was ~55 MB committed, with 48
 * ~45 (1,000 reports, CPU alike). A report just under LARGE (1.9 MB) still parses within it.
 */
const WORKER_HEAP_MB = 48;
/**
 * Each worker's young generation: with 8 MB, garbage collection took 17–18 % of a worker's time
 * indexing 1,000 reports (objects of one report promoted before they die); with 16 MB, 11–12 %,
 * for ~20 MB more peak RSS.
 */
const WORKER_YOUNG_MB = 16;

/**
 * The young generations while indexing. The main thread's grew to V8's largest (two semi-spaces
 * of 16 MB): the records it holds until a batch is written survive their scavenges, and V8 grows
 * the space when much survives, though they are promoted anyway (`--trace-gc`, 1,000 reports: 32
 * of the main heap's 50 MB committed). So the growth factor, read each time a space would grow
 * (app/young-generation.ts does the same for the browser), is held at 1 once the workers run. A
 * worker's young generation would be held too, at the size it had then (one was held at a quarter
 * of WORKER_YOUNG_MB and scavenged twice as often), so the workers start at their largest: the
 * smallest size is a flag read when a thread's heap is made, and set back once theirs are.
 */
const youngGenerations = {
	beforeWorkers: () => setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_MB}`),
	workersStarted: () => setFlagsFromString('--min-semi-space-size=0 --semi-space-growth-factor=1'),
	// The growth factor stays held: the main thread still writes the last batch after the workers
	// end (build.ts), and under load that write alone grew the space to 32 MB when V8's factor of
	// 2 came back here. What runs after indexing (a search, the browser) keeps a held space too.
	afterIndexing: () => setFlagsFromString('--min-semi-space-size=0'),
};

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
	let ready = 0;
	if (count > 0) youngGenerations.beforeWorkers();
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
				if (message.ready && ++ready === count) youngGenerations.workersStarted();
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
		if (count > 0) youngGenerations.afterIndexing();
	}
}
