// The extractors (measures, attendees, terms) in a worker thread: the browser sends a report's
// outline here while it answers keys with the outline alone, and fills in the other tabs when the
// answer comes. Built as dist/extract-worker.js (scripts/bundle-rules.mjs: DIST_ENTRIES).
import {parentPort} from 'node:worker_threads';
import type {Outline} from '../model/report.ts';
import {loadConverter} from '../text/han-fold.ts';

export interface ExtractRequest {
	outline: Outline;
	/** The text is in traditional characters: the extractors read it folded. */
	traditional: boolean;
}

parentPort?.once('message', async ({outline, traditional}: ExtractRequest) => {
	try {
		const {completeReport} = await import('../parse/index.ts');
		const convert = traditional ? await loadConverter() : undefined;
		const {measures, people, bodies, terms} = completeReport(outline, convert ? {convert} : {});
		parentPort!.postMessage({found: {measures, people, bodies, terms}});
	} catch (error) {
		parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)});
	}
});
