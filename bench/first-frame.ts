// The browser's start in a real pseudo-terminal (100×30), against a bare node printing a line in
// the same terminal, run for run:
// - first screen: the report's title and the status bar are drawn (painted from the outline);
// - full frame: the tab bar's counts are in too (the whole report is read);
// - key answered: `j`, typed the moment the first screen shows, has moved the reader on (Ink runs).
// Also the browser's peak memory for the bundled report.
import * as pty from 'node-pty';
import {join} from 'node:path';
import {ROOT} from './corpus.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {median, type BenchRow} from './rows.ts';
import {FLOOR_OUT} from './floor.ts';

const CLI = join(ROOT, 'dist', 'cli.js');
const TITLE = '市委召开八届九次全体';
/** The status bar's last words: the bottom row. */
const STATUS = 'q quit';
const COUNTS = /Measures \d+/;
const MOVED = 'section 2/';
const RUNS = 11;

interface Times {
	screen: number;
	full: number;
	key: number;
}

/** Spawn in a 100×30 pty; time the first screen, the full frame and the answer to a key, then quit. */
export function timeStart(args: string[], env: Record<string, string> = {}): Promise<Times> {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const at = () => Number(process.hrtime.bigint() - started) / 1e6;
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env: measuredEnvironment(env)});
		const times: Partial<Times> = {};
		let output = '';
		let afterKey = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`${args.join(' ')}: not ready within 10 s`));
		}, 10_000);
		child.onData(data => {
			output += data;
			if (times.screen !== undefined) afterKey += data;
			if (times.screen === undefined && output.includes(TITLE) && output.includes(STATUS)) {
				times.screen = at();
				child.write('j');
			}
			if (times.screen !== undefined && times.full === undefined && COUNTS.test(output)) times.full = at();
			if (times.screen !== undefined && times.key === undefined && afterKey.includes(MOVED)) {
				times.key = at();
				child.write('q');
			}
		});
		child.onExit(() => {
			clearTimeout(timer);
			if (times.screen !== undefined && times.full !== undefined && times.key !== undefined) resolve(times as Times);
			else reject(new Error(`${args.join(' ')} exited before it was ready`));
		});
	});
}

/** Milliseconds until a program has written `text` in the same 100×30 pty (it is then killed). */
export function timeToText(args: string[], text: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env: measuredEnvironment()});
		let output = '';
		let ms = -1;
		child.onData(data => {
			output += data;
			if (ms < 0 && output.includes(text)) {
				ms = Number(process.hrtime.bigint() - started) / 1e6;
				child.kill();
			}
		});
		child.onExit(() => (ms < 0 ? reject(new Error(`${args.join(' ')} never wrote ${text}`)) : resolve(ms)));
	});
}

const FLOORS: [string, string][] = [
	['floor: Ink drawing one line', 'ink.mjs'],
	['floor: meow, then Ink drawing one line', 'ink-meow.mjs'],
];

export async function benchFirstFrame(): Promise<BenchRow[]> {
	const bare: number[] = [];
	const runs: Times[] = [];
	const floors = new Map<string, number[]>(FLOORS.map(([name]) => [name, []]));
	for (let i = 0; i < RUNS; i++) {
		bare.push(await timeToText(['-e', `console.log('${TITLE} ${STATUS}')`], STATUS));
		runs.push(await timeStart([CLI]));
		for (const [name, file] of FLOORS) floors.get(name)!.push(await timeToText([join(FLOOR_OUT, file)], STATUS));
	}
	const b = median(bare);
	const ratio = (name: string, ms: number, target: string): BenchRow[] => [
		{name, value: ms, unit: 'ms'},
		{name: `${name.split(' (')[0]}: vs bare node`, value: ms / b, unit: '×', target},
	];
	return [
		{name: `bare node -e in a 100×30 pty (reference, median of ${RUNS})`, value: b, unit: 'ms'},
		...ratio('browser: first screen (title to status bar drawn)', median(runs.map(r => r.screen)), '≤ 3× (aim 2×)'),
		...ratio('browser: full frame (tab counts in)', median(runs.map(r => r.full)), '≤ 3× (aim 2×)'),
		...ratio('browser: a key typed at the first screen answered', median(runs.map(r => r.key)), 'report'),
		...FLOORS.flatMap(([name]) => ratio(`${name} (the stack's floor)`, median(floors.get(name)!), 'floor')),
		{name: 'browser: peak RSS, bundled report', value: await peakRssOf(env => timeStart(['--import', RSS_PROBE, CLI], env)), unit: 'MB', target: '≤ 100 MB'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	const {buildFloor} = await import('./floor.ts');
	await buildFloor();
	console.log(formatTable(await benchFirstFrame()));
}
