// A parse worker: reads, hashes and parses the files it is sent, and posts back what the index
// keeps of each (record.ts). Started by pool.ts; bundled as dist/parse-worker.js.
import {parentPort} from 'node:worker_threads';
import {loadTools, readRecord, type FileJob} from './record.ts';

const port = parentPort;
if (port) {
	const tools = await loadTools();
	port.on('message', async ({job}: {job: FileJob}) => {
		const record = await readRecord(job, tools);
		// The model and the sections' tokens (one buffer per report) are handed over, not copied.
		port.postMessage({record}, record.kind === 'report' ? [record.model.buffer as ArrayBuffer, ...new Set(record.sections.map(s => s.initials.buffer as ArrayBuffer))] : []);
	});
	port.postMessage({ready: true});
}
