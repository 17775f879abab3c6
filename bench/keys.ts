// Keys in a real pseudo-terminal, the built command answering them: from a key typed to the end of
// the frame it causes (Ink and plenum write each frame as a synchronized update), and the bytes
// that frame took. A long report (250 KB of corpus paragraphs, corpus.ts's bodyReport) at 200×60
// (a wide terminal: the most Ink has to draw) and at 120×40; the reader scrolled with j and k
// through the text, the list's selection moved, and the same reader
// keys again with both cores kept busy by two other programs. The floor: Ink redrawing one line
// for each key (bench/floor/key.tsx) in the same terminal, quiet and busy.
import {spawn, type ChildProcess} from 'node:child_process';
import {join} from 'node:path';
import {FLOOR_OUT, ROOT} from './root.ts';
import {bodyReport, writeScratch} from './corpus.ts';
import {PtyRun, pause} from './pty.ts';
import {measured, overFloor, percentile, type BenchRow} from './rows.ts';

/** Wider apart than Ink's frame limit (60 a second), so each key gets a frame of its own. */
const GAP = 40;

interface Series {
	ms: number[];
	bytes: number[];
}

async function type(run: PtyRun, keys: string[]): Promise<Series> {
	const out: Series = {ms: [], bytes: []};
	for (const key of keys) {
		await pause(GAP);
		const frame = await run.key(key);
		if (!frame) throw new Error(`no frame for ${JSON.stringify(key)}; output ends ${JSON.stringify(run.output.slice(-200))}`);
		out.ms.push(frame.ms);
		out.bytes.push(frame.bytes);
	}
	return out;
}

const scrolls = (rounds: number, each: number) => Array.from({length: rounds}, () => [...Array(each).fill('j'), ...Array(each).fill('k')]).flat();

/** Two programs that keep both cores busy until stopped. */
function busy(): () => void {
	const loops: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;);'], {stdio: 'ignore'}));
	return () => loops.forEach(l => l.kill('SIGKILL'));
}

async function browser(cli: string, file: string, cols: number, rows: number, env: Record<string, string> = {}): Promise<PtyRun> {
	const run = new PtyRun([cli, file], {cols, rows, cwd: ROOT, env});
	await run.waitFor(/Measures \d+/);
	await run.until(() => run.frames > 0, 10_000, 'Ink running');
	await pause(300);
	return run;
}

async function floorRun(cols: number, rows: number): Promise<PtyRun> {
	const run = new PtyRun([join(FLOOR_OUT, 'key.mjs')], {cols, rows, cwd: ROOT});
	await run.waitFor('q quit');
	await pause(300);
	return run;
}

export async function benchKeys(cli: string): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const file = writeScratch('body-250kb.txt', await bodyReport(0.25));
	for (const [cols, height] of [
		[200, 60],
		[120, 40],
	]) {
		const size = `${cols}×${height}`;
		const floor = await floorRun(cols, height);
		const floorQuiet = await type(floor, Array(60).fill('j'));
		const run = await browser(cli, file, cols, height);
		const select = await type(
			run,
			Array.from({length: 20}, (_, i) => (i % 2 ? 'k' : 'j')),
		);
		await type(run, ['l']);
		const quiet = await type(run, scrolls(2, 30));
		const f = measured(`${size}: floor, Ink redrawing one line for a key`, floorQuiet.ms, 'ms');
		rows.push(
			f,
			overFloor(measured(`${size}: key → frame, reader j/k`, quiet.ms, 'ms', cols === 200 ? 'report' : '≤ 16 ms'), f, 'the floor'),
			{name: `${size}: key → frame, reader j/k, p95`, value: percentile(quiet.ms, 95), unit: 'ms', target: cols === 200 ? '≤ 8 ms' : '≤ 16 ms'},
			measured(
				`${size}: bytes written per reader j/k`,
				quiet.bytes.map(b => b / 1024),
				'KB',
				cols === 200 ? '≤ 2 KB' : 'report',
			),
			overFloor(measured(`${size}: key → frame, moving the list's selection`, select.ms, 'ms', '≤ 16 ms'), f, 'the floor'),
			measured(
				`${size}: bytes written per selection move`,
				select.bytes.map(b => b / 1024),
				'KB',
				'report',
			),
		);
		if (cols === 200) {
			// A terminal with left and right margins (xterm says so in XTERM_VERSION): the reader
			// scrolls beside the list without the list being written again.
			const margins = await browser(cli, file, cols, height, {XTERM_VERSION: 'XTerm(390)'});
			await type(margins, ['l']);
			const scrolledBeside = await type(margins, scrolls(1, 30));
			margins.write('q');
			rows.push(
				measured(
					`${size}: bytes written per reader j/k, a terminal with left and right margins`,
					scrolledBeside.bytes.map(b => b / 1024),
					'KB',
					'≤ 2 KB',
				),
			);
			const stop = busy();
			try {
				await pause(500);
				const floorBusy = await type(floor, Array(60).fill('j'));
				const loaded = await type(run, scrolls(2, 30));
				const fb = measured(`${size}: floor with both cores busy`, floorBusy.ms, 'ms');
				rows.push(fb, overFloor(measured(`${size}: key → frame, reader j/k, both cores busy`, loaded.ms, 'ms', 'report'), fb, 'the floor'), {
					name: `${size}: key → frame, reader j/k, both cores busy, p95`,
					value: percentile(loaded.ms, 95),
					unit: 'ms',
					target: '≤ 16 ms',
				});
			} finally {
				stop();
			}
		}
		run.write('q');
		floor.write('q');
		await pause(200);
		run.kill();
		floor.kill();
	}
	return rows;
}
