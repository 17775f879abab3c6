// The browser's memory over two minutes of use: the bundled report in a 120×40 pseudo-terminal,
// keys typed every 50 ms — moving, paging, switching tabs, opening items, searching (/ with a
// query, n, N, Esc), the help — while its resident memory is read every second. The floor: Ink
// answering the same number of keys by redrawing one line (bench/floor/key.tsx).
import {join} from 'node:path';
import {FLOOR_OUT, ROOT} from './root.ts';
import {PtyRun, pause} from './pty.ts';
import {measured, overFloor, type BenchRow} from './rows.ts';

const SECONDS = 120;
const EVERY = 50;

/** One round of what a reader does; each string is typed as one key (a query as one paste-like burst). */
const ROUND = [
	...'jjjjjkkkkk',
	'l',
	...'   bbb',
	'G',
	'g',
	'}',
	'}',
	'{',
	'\t',
	...'jjj',
	'\r',
	'h',
	'\t',
	...'jjj',
	'\r',
	'n',
	'h',
	'1',
	'/',
	...'bbzl',
	'\r',
	...'nnN',
	'\x1b',
	'\x1b',
	'/',
	...'全会',
	'\r',
	'n',
	'\x1b',
	'\x1b',
	'?',
	'j',
	'\x1b',
	'4',
	...'jj',
	'1',
];

async function typeFor(run: PtyRun, seconds: number, samples: number[]): Promise<number> {
	const end = Date.now() + seconds * 1000;
	let next = Date.now() + 1000;
	let keys = 0;
	while (Date.now() < end) {
		for (const key of ROUND) {
			run.write(key);
			keys++;
			await pause(EVERY);
			if (Date.now() >= next) {
				samples.push(run.memory().rss);
				next += 1000;
			}
			if (Date.now() >= end) break;
		}
	}
	return keys;
}

export async function benchMemory(cli: string): Promise<BenchRow[]> {
	const floor = new PtyRun([join(FLOOR_OUT, 'key.mjs')], {cols: 120, rows: 40, cwd: ROOT});
	await floor.waitFor('q quit');
	const floorSamples: number[] = [];
	for (let i = 0; i < 200; i++) {
		floor.write('j');
		await pause(10);
	}
	await pause(500);
	floorSamples.push(floor.memory().rss);
	floor.kill();

	const run = new PtyRun([cli], {cols: 120, rows: 40, cwd: ROOT});
	await run.waitFor(/Measures \d+/);
	await pause(500);
	const atStart = run.memory().rss;
	const samples: number[] = [];
	const keys = await typeFor(run, SECONDS, samples);
	await pause(1000);
	const {rss, peak} = run.memory();
	run.write('\x1b\x1bq');
	await pause(300);
	run.kill();
	const f = measured('floor: Ink answering keys by redrawing one line, RSS', floorSamples, 'MB');
	return [
		f,
		overFloor({name: 'browser memory in use: at the first frame, bundled report', value: atStart, unit: 'MB', target: 'report'}, f, 'the floor'),
		overFloor(measured(`browser memory in use: over ${SECONDS / 60} minutes of keys (${keys} keys, searches included), each second`, samples, 'MB', '≤ 100 MB'), f, 'the floor'),
		overFloor({name: 'browser memory in use: after those keys', value: rss, unit: 'MB', target: '≤ 100 MB'}, f, 'the floor'),
		{name: 'browser memory: peak over those keys', value: peak, unit: 'MB', target: 'report'},
	];
}
