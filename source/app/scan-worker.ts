// Reads the heads of a folder's files in a worker thread (app/library.ts starts two, one a core):
// takes batches of paths, answers each with what the files gave. The worker runs the entry itself
// (cli.tsx serves scans when started as one), so nothing of the opening code moves out of the
// entry's file to be shared with a worker of its own.
import {parentPort} from 'node:worker_threads';
import {headOf, type Head} from './head.ts';

/** The workerData that makes the entry serve scans. */
export const SCAN_WORKER = 'plenum-scan-worker';

export type ScanRequest = {paths: string[]} | {done: true};
export type ScanAnswer = {heads: Head[]};

export function serveScans(): void {
	const port = parentPort;
	if (!port) return;
	port.on('message', async (request: ScanRequest) => {
		if ('done' in request) {
			port.close();
			return;
		}
		const heads: Head[] = [];
		for (const path of request.paths) heads.push(await headOf(path));
		port.postMessage({heads} satisfies ScanAnswer);
	});
}
