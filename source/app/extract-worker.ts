// The extractors (measures, attendees, terms) in a worker thread: the browser sends a report's
// outline here while it answers keys with the outline alone, and fills in the other tabs when the
// answer comes. A long report's extractors are shared between two such workers
// (app/extract-threads.ts). Built as dist/extract-worker.js (scripts/bundle-rules.mjs: DIST_ENTRIES).
// Types only from extract-threads.ts: a module both this entry and the command's import would be
// a chunk of its own, one more file for every command to load at start.
import {setFlagsFromString} from 'node:v8';
import {parentPort} from 'node:worker_threads';
import {loadConverter} from '../text/han-fold.ts';
import type {ExtractAnswer, ExtractRequest} from './extract-threads.ts';

/** How much a worker's heap may grow past what survived its last full collection, in %. */
const HEAP_GROWING_PERCENT = 25;

const now = () => performance.timeOrigin + performance.now();

parentPort?.once('message', async ({outline, traditional, extractors}: ExtractRequest) => {
	const received = now();
	// The attendee extractor keeps what it has read of each sentence until its last pass, and V8
	// let the heap grow to up to 4× what survived its last full collection: on the 50 MB report
	// the worker held 576 MB when it answered, some 250 MB of it live at most. Grown a quarter at a
	// time it stays near what it holds, for ~1 s more CPU there (BENCHMARKS.md). The flag is the
	// process's: the browser's thread sets it back once the answers are in (extract-threads.ts).
	setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
	try {
		const {completeReport} = await import('../parse/index.ts');
		const convert = traditional ? await loadConverter() : undefined;
		const started = now();
		// The extractors not asked for find nothing: their empty lists are not this worker's answer.
		const {measures, people, bodies, terms} = completeReport(outline, convert ? {convert} : {}, extractors);
		parentPort!.postMessage({found: {measures, people, bodies, terms}, times: {received, started, done: now()}} satisfies ExtractAnswer);
	} catch (error) {
		parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)} satisfies ExtractAnswer);
	}
});
