// Start-up of two builds, run for run: `node --import tsx bench/compare.ts OTHER/dist/cli.js [ROUNDS]`
// times the pipe commands and the browser's start (as startup.ts and first-frame.ts do) of this
// tree's dist/ and another build, alternating which goes first, and prints the median of the
// paired differences. On a busy machine the pairs cancel what both runs of a round suffer.
// Build the other one from a checkout of the commit to compare with (`npm ci` there).
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {ROOT} from './root.ts';
import {timeStart} from './first-frame.ts';
import {measuredEnvironment} from './measure.ts';
import {pipeCommands} from './startup.ts';

const [other, rounds = '31'] = process.argv.slice(2);
if (!other) throw new Error('usage: bench/compare.ts OTHER/dist/cli.js [ROUNDS]');
const BUILDS: [string, string][] = [
	['this', join(ROOT, 'dist', 'cli.js')],
	['other', other],
];
const env = measuredEnvironment();

function timeOnce(args: string[]): number {
	const started = process.hrtime.bigint();
	const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
	if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
	return Number(process.hrtime.bigint() - started) / 1e6;
}

const times = new Map<string, number[]>();
const add = (name: string, ms: number) => times.set(name, [...(times.get(name) ?? []), ms]);
for (let round = 0; round < Number(rounds); round++) {
	const order = round % 2 ? BUILDS : [...BUILDS].reverse();
	for (const [name, args] of pipeCommands('')) for (const [build, cli] of order) add(`${name}|${build}`, timeOnce([cli, ...args.slice(1)]));
	for (const [build, cli] of order) {
		const start = await timeStart([cli]);
		add(`browser: first screen|${build}`, start.screen);
		add(`browser: full frame|${build}`, start.full);
		add(`browser: a key answered|${build}`, start.key);
	}
}

const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];
console.log(`| figure (${rounds} rounds) | this, median | other, median | this − other, paired median (quartiles) |\n| --- | --- | --- | --- |`);
for (const name of new Set([...times.keys()].map(key => key.split('|')[0]))) {
	const mine = times.get(`${name}|this`) ?? [];
	const theirs = times.get(`${name}|other`) ?? [];
	const diff = mine.map((ms, i) => ms - theirs[i]);
	const ms = (x: number) => `${x.toFixed(1)} ms`;
	console.log(`| ${name} | ${ms(quantile(mine, 0.5))} | ${ms(quantile(theirs, 0.5))} | ${ms(quantile(diff, 0.5))} (${ms(quantile(diff, 0.25))} … ${ms(quantile(diff, 0.75))}) |`);
}
