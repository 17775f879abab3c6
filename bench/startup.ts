// Start-up of the pipe commands against a bare `node -e`, and against the least programs on
// plenum's stack (floor.ts). These machines are noisy, so every program runs once per round,
// round after round, and each series' median is compared with the bare series of the same rounds.
// Each command also reports its peak RSS.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {ROOT} from './corpus.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {median, type BenchRow} from './rows.ts';
import {FLOOR_OUT} from './floor.ts';

const CLI = join(ROOT, 'dist', 'cli.js');
const ROUNDS = 21;

/** Wall time of one run of node with `args`, to its exit. */
function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
	const started = process.hrtime.bigint();
	const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
	return ms;
}

export const PIPE_COMMANDS: [string, string[]][] = [
	['plenum section 3', [CLI, 'section', '3']],
	['plenum --json', [CLI, '--json']],
	['plenum search bbzl', [CLI, 'search', 'bbzl']],
];

const FLOORS: [string, string[]][] = [
	['floor: an ES module printing a line', [join(FLOOR_OUT, 'hello.mjs'), 'section', '3']],
	['floor: meow reading the arguments, then printing', [join(FLOOR_OUT, 'meow.mjs'), 'section', '3']],
];

export async function benchStartup(): Promise<BenchRow[]> {
	const env = measuredEnvironment();
	const series: [string, string[]][] = [['bare', ['-e', 'console.log(1)']], ...PIPE_COMMANDS, ...FLOORS];
	const times = new Map<string, number[]>(series.map(([name]) => [name, []]));
	for (let round = 0; round < ROUNDS; round++) for (const [name, args] of series) times.get(name)!.push(timeOnce(args, env));
	const bareMs = median(times.get('bare')!);
	const rows: BenchRow[] = [{name: `bare node -e (reference, median of ${ROUNDS})`, value: bareMs, unit: 'ms'}];
	for (const [name, args] of PIPE_COMMANDS) {
		const ms = median(times.get(name)!);
		rows.push({name: `${name}: time to exit`, value: ms, unit: 'ms'});
		rows.push({name: `${name}: vs bare node`, value: ms / bareMs, unit: '×', target: '≤ 1.3×'});
		rows.push({
			name: `${name}: peak RSS`,
			value: await peakRssOf(env => spawnSync(process.execPath, ['--import', RSS_PROBE, ...args], {stdio: 'ignore', env: measuredEnvironment(env)})),
			unit: 'MB',
			target: '≤ 60 MB',
		});
	}
	for (const [name] of FLOORS) {
		const ms = median(times.get(name)!);
		rows.push({name: `${name}: time to exit`, value: ms, unit: 'ms'});
		rows.push({name: `${name}: vs bare node`, value: ms / bareMs, unit: '×', target: 'floor'});
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	const {buildFloor} = await import('./floor.ts');
	await buildFloor();
	console.log(formatTable(await benchStartup()));
}
