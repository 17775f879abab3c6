// Start-up of the pipe commands against a bare `node -e` run measured in the same run: the ratio
// is what counts, since these machines are noisy. Each command also reports its peak RSS.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ROOT} from './corpus.ts';
import {median, type BenchRow} from './rows.ts';

const CLI = join(ROOT, 'dist', 'cli.js');
const PROBE = join(ROOT, 'bench', 'rss-probe.mjs');
const RUNS = 15;

function timeRuns(args: string[], env: NodeJS.ProcessEnv = process.env): number[] {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const started = process.hrtime.bigint();
		const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
		times.push(Number(process.hrtime.bigint() - started) / 1e6);
		if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
	}
	return times;
}

function peakRss(args: string[]): number {
	const dir = mkdtempSync(join(tmpdir(), 'plenum-rss-'));
	const out = join(dir, 'rss');
	spawnSync(process.execPath, ['--import', PROBE, ...args], {stdio: 'ignore', env: {...process.env, PLENUM_RSS_OUT: out}});
	const value = Number(readFileSync(out, 'utf8').trim());
	rmSync(dir, {recursive: true, force: true});
	return value;
}

export const PIPE_COMMANDS: [string, string[]][] = [
	['plenum section 3', [CLI, 'section', '3']],
	['plenum --json', [CLI, '--json']],
	['plenum search bbzl', [CLI, 'search', 'bbzl']],
];

export async function benchStartup(): Promise<{rows: BenchRow[]; bareMs: number}> {
	const env = {...process.env};
	delete env.NODE_EXTRA_CA_CERTS;
	const bareMs = median(timeRuns(['-e', 'console.log(1)'], env));
	const rows: BenchRow[] = [{name: 'bare node -e (reference)', value: bareMs, unit: 'ms'}];
	for (const [name, args] of PIPE_COMMANDS) {
		const ms = median(timeRuns(args, env));
		rows.push({name: `${name}: time to exit`, value: ms, unit: 'ms'});
		rows.push({name: `${name}: vs bare node`, value: ms / bareMs, unit: '×', target: '≤ 1.3×'});
		rows.push({name: `${name}: peak RSS`, value: peakRss(args), unit: 'MB', target: '≤ 60 MB'});
	}
	return {rows, bareMs};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable((await benchStartup()).rows));
}
