// Reads the heads of a folder's files in a worker thread (app/library.ts starts one beside its
// own thread): takes batches of paths, answers each with what the files gave. The worker runs the
// entry itself (cli.tsx serves scans when started with SCAN_WORKER as its argument), so nothing of
// the opening code moves out of the entry's file to be shared with a worker of its own, and
// node:worker_threads (some 10M instructions) loads only in a listing, never at a pipe's start.
import {headOf, type Head} from './head.ts';
import {rememberName} from '../load/names.ts';

/** The argument that makes the entry serve scans. */
export const SCAN_WORKER = '--plenum-scan-worker';

/** Paths to read; a name that is not UTF-8 with its bytes (`raw`); --encoding, if given. */
export type ScanRequest = {paths: string[]; raw?: Record<string, Uint8Array>; encoding?: string} | {done: true};
export type ScanAnswer = {heads: Head[]};

export async function serveScans(): Promise<void> {
	const port = (await import('node:worker_threads')).parentPort;
	if (!port) return;
	port.on('message', async (request: ScanRequest) => {
		if ('done' in request) {
			port.close();
			return;
		}
		for (const [path, bytes] of Object.entries(request.raw ?? {})) rememberName(path, bytes);
		const heads: Head[] = [];
		for (const path of request.paths) heads.push(await headOf(path, request.encoding));
		port.postMessage({heads} satisfies ScanAnswer);
	});
}
