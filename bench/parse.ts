// Parse throughput (MB/s) on large inputs made of corpus reports, and peak memory, each in a fresh
// process so one measurement does not warm or bloat the next: many pages run together (the parser
// keeps the first as the report), and one long report whose every paragraph is a section — there
// the outline and the extractors (measures, attendees, terms) are timed apart, by the clock and by
// CPU time, which other processes on a shared machine disturb far less. And the labelled corpus's
// reports parsed one by one, as a library's parse worker parses them (issue 13 item 5), by CPU time.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {bigReport, bodyReport, writeScratch, ROOT} from './corpus.ts';
import {measured, type BenchRow} from './rows.ts';

interface WorkerResult {
	ms: number;
	loadMs: number;
	outlineMs: number;
	extractMs: number;
	extractCpuMs: number;
	bytes: number;
	sections: number;
	maxRssMb: number;
}

interface CorpusResult {
	reports: number;
	bytes: number;
	outlineCpuMs: number;
	extractCpuMs: number;
}

function inWorker<T>(...args: string[]): T {
	const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'parse-worker.ts'), ...args], {encoding: 'utf8', maxBuffer: 1 << 20});
	if (run.status !== 0) throw new Error(`parse worker failed: ${run.stderr.trim().split('\n').pop()}`);
	return JSON.parse(run.stdout) as T;
}

const parseInWorker = (path: string) => inWorker<WorkerResult>(path);

export async function benchParse(): Promise<BenchRow[]> {
	const ten = writeScratch('corpus-10mb.txt', await bigReport(10));
	const runs = [0, 1, 2].map(() => parseInWorker(ten));
	const fifty = parseInWorker(writeScratch('corpus-50mb.txt', await bigReport(50)));
	const body = writeScratch('body-10mb.txt', await bodyReport(10));
	const long = [0, 1, 2].map(() => parseInWorker(body));
	const corpus = [0, 1, 2].map(() => inWorker<CorpusResult>('--corpus', '4'));
	const mb = (r: {bytes: number}) => r.bytes / 2 ** 20;
	return [
		measured(
			'parse throughput, 10 MB of corpus pages run together (load + parse)',
			runs.map(r => mb(r) / (r.ms / 1000)),
			'MB/s',
			'report',
		),
		measured(
			'parse peak RSS, 10 MB of pages',
			runs.map(r => r.maxRssMb),
			'MB',
			'report',
		),
		{name: 'parse time, 50 MB of pages', value: fifty.ms / 1000, unit: 's', target: 'no hang'},
		{name: 'parse peak RSS, 50 MB of pages', value: fifty.maxRssMb, unit: 'MB', target: 'report'},
		measured(
			`one 10 MB report (${long[0].sections} sections): loading`,
			long.map(r => r.loadMs / 1000),
			's',
			'report',
		),
		measured(
			'one 10 MB report: the outline (what the first screen needs)',
			long.map(r => r.outlineMs / 1000),
			's',
			'report',
		),
		measured(
			'one 10 MB report: the extractors (measures, attendees, terms)',
			long.map(r => r.extractMs / 1000),
			's',
			'report',
		),
		measured(
			'one 10 MB report: extractors throughput',
			long.map(r => mb(r) / (r.extractMs / 1000)),
			'MB/s',
			'report',
		),
		measured(
			'one 10 MB report: the extractors, CPU time (user + system)',
			long.map(r => r.extractCpuMs / 1000),
			's',
			'report',
		),
		measured(
			'one 10 MB report: extractors throughput by CPU time',
			long.map(r => mb(r) / (r.extractCpuMs / 1000)),
			'MB/s',
			'report',
		),
		measured(
			`corpus reports one by one (${corpus[0].reports}, rounds 2–4): parse throughput by CPU time`,
			corpus.map(r => mb(r) / ((r.outlineCpuMs + r.extractCpuMs) / 1000)),
			'MB/s',
			'≥ 20 MB/s (issue 13)',
		),
		measured(
			'corpus reports one by one: extractors throughput by CPU time',
			corpus.map(r => mb(r) / (r.extractCpuMs / 1000)),
			'MB/s',
			'report',
		),
		measured(
			'one 10 MB report: parse peak RSS',
			long.map(r => r.maxRssMb),
			'MB',
			'report',
		),
	];
}
