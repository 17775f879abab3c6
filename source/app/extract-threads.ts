// The extractors in worker threads (app/extract-worker.ts, built as dist/extract-worker.js): the
// browser answers keys with the outline meanwhile, on another core. A long report's attendees
// (two thirds of the extractors' time on the 10 MB report) are read in one worker while a second
// reads its measures and terms: the tab counts come in when the attendees are read, not after
// all three one after the other (BENCHMARKS.md: the 10 MB report's timeline).
import {existsSync} from 'node:fs';
import {setFlagsFromString} from 'node:v8';
import type {Outline, Report} from '../model/report.ts';
import type {Extractor} from '../parse/index.ts';
import {holdYoungGeneration} from './young-generation.ts';
import {mark} from './timeline.ts';

export type Extracted = Pick<Report, 'measures' | 'people' | 'bodies' | 'terms'>;

/** What the browser's thread asks of a worker. */
export interface ExtractRequest {
	outline: Outline;
	/** The text is in traditional characters: the extractors read it folded. */
	traditional: boolean;
	/** The extractors this worker runs; the others are another worker's. */
	extractors: readonly Extractor[];
}

/** The findings of a worker (those of the extractors it did not run are empty), or why it failed. */
export interface ExtractAnswer {
	found?: Extracted;
	/** When the worker had the outline, started the extractors and was done (ms since the epoch), for the timeline. */
	times?: {received: number; started: number; done: number};
	error?: string;
}

/**
 * From this many characters of text a second worker pays for itself: the extractors take some
 * 0.4 s of CPU here, a third of it measures and terms, and a worker's start costs the browser's
 * thread ~30 ms. Shorter reports (nearly all) keep to one worker.
 */
export const TWO_WORKERS_FROM = 300_000;

/** How the extractors are shared among workers, by the report's length. */
export function extractorShares(outline: Outline): (readonly Extractor[])[] {
	const length = outline.sections.reduce((sum, section) => sum + section.text.length, 0);
	return length >= TWO_WORKERS_FROM ? [['attendees'], ['measures', 'terms']] : [['attendees', 'measures', 'terms']];
}

/** dist/extract-worker.js beside dist/cli.js: this code is in the entry, or in dist/chunks/ when it shares a chunk with a command loaded on demand. */
function workerUrl(): URL | undefined {
	return ['./extract-worker.js', '../extract-worker.js'].map(name => new URL(name, import.meta.url)).find(u => u.protocol === 'file:' && existsSync(u));
}

/**
 * The extractors' findings, read in workers; null when run from the TypeScript sources, which
 * have no built worker.
 */
export function extractInWorkers(outline: Outline, traditional: boolean): Promise<Extracted> | null {
	const url = workerUrl();
	if (!url) return null;
	return import('node:worker_threads').then(async ({Worker}) => {
		const ask = (extractors: readonly Extractor[]) =>
			new Promise<Extracted>((resolve, reject) => {
				mark('main', `worker for ${extractors.join(', ')} started`);
				// A small young generation: the extractors' peak memory is 60 MB less on a 10 MB report, no slower.
				const worker = new Worker(url, {resourceLimits: {maxYoungGenerationSizeMb: 8}});
				// The browser may end before the extractors do: the worker must not keep it running.
				worker.unref();
				worker.once('error', reject);
				worker.once('message', (answer: ExtractAnswer) => {
					for (const [step, at] of Object.entries(answer.times ?? {})) mark(`worker (${extractors.join(', ')})`, step, at);
					mark('main', `answer of ${extractors.join(', ')} received`);
					// The browser's keys come next, for as long as it runs: no larger young generation.
					holdYoungGeneration();
					if (answer.found) resolve(answer.found);
					else reject(new Error(answer.error ?? 'the extractors failed'));
					void worker.terminate();
				});
				worker.postMessage({outline, traditional, extractors} satisfies ExtractRequest);
				mark('main', `outline posted for ${extractors.join(', ')}`);
			});
		const shares = extractorShares(outline);
		try {
			return merged(shares, await Promise.all(shares.map(ask)));
		} finally {
			// The workers held V8's heap growth low (extract-worker.ts); the browser's keys get V8's own again.
			setFlagsFromString('--heap-growing-percent=0');
		}
	});
}

/** The workers' answers as one: each extractor's findings from the worker that ran it (`shares[i]` ran `answers[i]`). */
export function merged(shares: readonly (readonly Extractor[])[], answers: readonly Extracted[]): Extracted {
	const by = (extractor: Extractor) => answers[shares.findIndex(share => share.includes(extractor))];
	const attendees = by('attendees');
	return {measures: by('measures').measures, people: attendees.people, bodies: attendees.bodies, terms: by('terms').terms};
}
