// Start-up of the pipe commands against a bare `node -e`, and against the least programs on
// plenum's stack (floor.ts). These machines are noisy, so every program runs once per round,
// round after round, and each series' median is compared with the bare series of the same rounds.
// Each command also reports its peak RSS. Run in a fresh, small process (run.ts): a process
// spawns its children more slowly the larger it is, and the bare floor would be measured slow.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {FLOOR_OUT} from './root.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {measured, overFloor, type BenchRow} from './rows.ts';

const ROUNDS = 21;

/** Wall time of one run of node with `args`, to its exit. */
function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
	const started = process.hrtime.bigint();
	const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
	return ms;
}

export const pipeCommands = (cli: string): [string, string[]][] => [
	['plenum section 3', [cli, 'section', '3']],
	['plenum --json', [cli, '--json']],
	['plenum search bbzl', [cli, 'search', 'bbzl']],
];

const FLOORS: [string, string[]][] = [
	['floor: an ES module printing a line', [join(FLOOR_OUT, 'hello.mjs'), 'section', '3']],
	['floor: meow reading the arguments, then printing', [join(FLOOR_OUT, 'meow.mjs'), 'section', '3']],
];

export async function benchStartup(cli: string): Promise<BenchRow[]> {
	const env = measuredEnvironment();
	const commands = pipeCommands(cli);
	const series: [string, string[]][] = [['bare', ['-e', 'console.log(1)']], ...commands, ...FLOORS];
	const times = new Map<string, number[]>(series.map(([name]) => [name, []]));
	for (let round = 0; round < ROUNDS; round++) for (const [name, args] of series) times.get(name)!.push(timeOnce(args, env));
	const bare = measured('bare node -e (the floor of every start-up)', times.get('bare')!, 'ms');
	const rows: BenchRow[] = [bare, {name: 'bench: the process timing these, its RSS', value: process.memoryUsage().rss / 2 ** 20, unit: 'MB', target: 'small'}];
	for (const [name, args] of commands) {
		rows.push(overFloor(measured(`${name}: time to exit`, times.get(name)!, 'ms', '≤ 1.3× bare node'), bare, 'bare node'));
		rows.push({
			name: `${name}: peak RSS`,
			value: await peakRssOf(env => spawnSync(process.execPath, ['--import', RSS_PROBE, ...args], {stdio: 'ignore', env: measuredEnvironment(env)})),
			unit: 'MB',
			target: '≤ 60 MB',
		});
	}
	for (const [name] of FLOORS) rows.push(overFloor(measured(`${name}: time to exit`, times.get(name)!, 'ms', 'floor'), bare, 'bare node'));
	return rows;
}
