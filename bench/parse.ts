// Parse throughput (MB/s) on a large input made of corpus reports, and peak memory, each in a
// fresh process so one measurement does not warm or bloat the next.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {bigReport, writeScratch, ROOT} from './corpus.ts';
import type {BenchRow} from './rows.ts';
import {median} from './rows.ts';

interface WorkerResult {
	ms: number;
	bytes: number;
	maxRssMb: number;
}

function parseInWorker(path: string): WorkerResult {
	const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'parse-worker.ts'), path], {encoding: 'utf8', maxBuffer: 1 << 20});
	if (run.status !== 0) throw new Error(`parse worker failed: ${run.stderr.trim().split('\n').pop()}`);
	return JSON.parse(run.stdout) as WorkerResult;
}

export async function benchParse(): Promise<BenchRow[]> {
	const ten = writeScratch('corpus-10mb.txt', await bigReport(10));
	const runs = [0, 1, 2].map(() => parseInWorker(ten));
	const mbps = median(runs.map(r => r.bytes / 1024 / 1024 / (r.ms / 1000)));
	const fifty = parseInWorker(writeScratch('corpus-50mb.txt', await bigReport(50)));
	return [
		{name: 'parse throughput, 10 MB of corpus reports (load + parse)', value: mbps, unit: 'MB/s', target: 'report'},
		{name: 'parse peak RSS, 10 MB input', value: median(runs.map(r => r.maxRssMb)), unit: 'MB', target: 'report'},
		{name: 'parse time, 50 MB report', value: fifty.ms / 1000, unit: 's', target: 'no hang'},
		{name: 'parse peak RSS, 50 MB report', value: fifty.maxRssMb, unit: 'MB', target: 'report'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable(await benchParse()));
}
