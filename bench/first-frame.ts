// The browser's start in a real pseudo-terminal (100×30), against a bare node printing a line in
// the same terminal, run for run:
// - first screen: the report's title and the status bar are drawn (painted from the outline);
// - full frame: the tab bar's counts are in too (the whole report is read);
// - key answered: `j`, typed the moment the first screen shows, has moved the list on;
// and the stack's floors (Ink drawing one line; meow, then Ink). Also the peak memory.
import {join} from 'node:path';
import {FLOOR_OUT, ROOT} from './root.ts';
import {PtyRun} from './pty.ts';
import {measured, overFloor, type BenchRow} from './rows.ts';

const TITLE = '市委召开八届九次全体';
/** The status bar's last words: the bottom row. */
const STATUS = 'q quit';
const COUNTS = /Measures \d+/;
const MOVED = 'section 2/';
const RUNS = 11;

export interface Start {
	screen: number;
	full: number;
	key: number;
	/** Peak RSS (VmHWM) in MB once everything was in. */
	peak: number;
}

/**
 * Spawn `args` in a pty; time the first screen, the full frame and the answer to a `j` typed the
 * moment the first screen shows, then quit.
 */
export async function timeStart(args: string[], {cols = 100, rows = 30, limit = 10_000} = {}): Promise<Start> {
	const run = new PtyRun(args, {cols, rows, cwd: ROOT});
	try {
		const screen = await run.until(out => out.includes(TITLE) && out.includes(STATUS), limit, 'the first screen');
		const mark = run.output.length;
		run.write('j');
		const key = run.until(out => out.indexOf(MOVED, Math.min(mark, out.length)) >= 0, limit, 'the answer to j');
		const full = run.until(out => COUNTS.test(out), limit, 'the counts');
		const times = {screen, key: await key, full: await full, peak: run.memory().peak};
		run.write('q');
		await Promise.race([run.exited, new Promise(r => setTimeout(r, 5000))]);
		return times;
	} finally {
		run.kill();
	}
}

/** Milliseconds until a program has written `text` in a pty of the same size (it is then killed). */
export async function timeToText(args: string[], text: string, {cols = 100, rows = 30, limit = 10_000} = {}): Promise<number> {
	const run = new PtyRun(args, {cols, rows, cwd: ROOT});
	try {
		return await run.waitFor(text, limit);
	} finally {
		run.kill();
	}
}

const FLOORS: [string, string][] = [
	['floor: Ink drawing one line', 'ink.mjs'],
	['floor: meow, then Ink drawing one line', 'ink-meow.mjs'],
];

export async function benchFirstFrame(cli: string): Promise<BenchRow[]> {
	const bare: number[] = [];
	const runs: Start[] = [];
	const floors = new Map<string, number[]>(FLOORS.map(([name]) => [name, []]));
	for (let i = 0; i < RUNS; i++) {
		bare.push(await timeToText(['-e', `console.log('${TITLE} ${STATUS}')`], STATUS));
		runs.push(await timeStart([cli]));
		for (const [name, file] of FLOORS) floors.get(name)!.push(await timeToText([join(FLOOR_OUT, file)], STATUS));
	}
	const b = measured(`bare node -e in a 100×30 pty (the floor)`, bare, 'ms');
	const row = (name: string, values: number[], target: string) => overFloor(measured(name, values, 'ms', target), b, 'bare node');
	return [
		b,
		row(
			'browser: first screen (title to status bar drawn)',
			runs.map(r => r.screen),
			'≤ 3× (aim 2×)',
		),
		row(
			'browser: full frame (tab counts in)',
			runs.map(r => r.full),
			'≤ 3× (aim 2×)',
		),
		row(
			'browser: first key answered (typed at the first screen)',
			runs.map(r => r.key),
			'≤ 5× bare node',
		),
		measured(
			'browser: first key answered, after the first screen',
			runs.map(r => r.key - r.screen),
			'ms',
			'report',
		),
		...FLOORS.map(([name]) => row(`${name} (the stack's floor)`, floors.get(name)!, 'floor')),
		measured(
			'browser: peak RSS, bundled report',
			runs.map(r => r.peak),
			'MB',
			'≤ 100 MB',
		),
	];
}
