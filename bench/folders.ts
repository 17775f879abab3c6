// Folders of reports: 1,000 and 10,000 files made from the corpus (every raw report of both
// corpora, copied round and round under new names: text, HTML, SQL dumps, Markdown, JSON pages).
// `plenum list DIR` to its exit, cold (an empty cache: XDG_CACHE_HOME is a new folder) and
// cached (the same folder again); the picker (the folder halved into two: one folder opens the
// library) in a 120×40 pseudo-terminal until its first report row shows and until the whole folder
// is listed; peak memory and CPU time (user+sys, which the load of other programs hardly moves).
// The floor: node reading the first 64 KB of every file of the folder (bench/floor/heads.ts).
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {FLOOR_OUT, ROOT, SCRATCH} from './root.ts';
import {measuredEnvironment, probed, RSS_PROBE} from './measure.ts';
import {PtyRun} from './pty.ts';
import {measured, overFloor, type BenchRow} from './rows.ts';

const SOURCES = [join(ROOT, 'test', 'corpus', 'raw'), join(ROOT, 'test', 'fixtures', 'corpus', 'raw')];

/** A folder of `count` report files (made once, kept in .bench/). */
export function reportFolder(count: number): string {
	const dir = join(SCRATCH, `folder-${count}`);
	if (existsSync(dir) && readdirSync(dir).length === count) return dir;
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	const files = SOURCES.flatMap(source => readdirSync(source).map(name => join(source, name))).sort();
	for (let i = 0; i < count; i++) {
		const from = files[i % files.length];
		copyFileSync(from, join(dir, `${String(i).padStart(5, '0')}-${from.split('/').pop()}`));
	}
	return dir;
}

function timeExit(args: string[], env: Record<string, string>): number {
	const started = process.hrtime.bigint();
	const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe'], env: measuredEnvironment(env), maxBuffer: 1 << 26});
	if (run.status !== 0) throw new Error(`${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
	return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * One folder opens the library (indexed first); the picker is what several folders open. The same
 * files, halved into two folders of hard links (made once), are what the picker is timed on.
 */
function pickerFolders(dir: string): string[] {
	const names = readdirSync(dir).sort();
	return ['a', 'b'].map((half, h) => {
		const out = `${dir}-${half}`;
		const mine = names.filter((_, i) => i % 2 === h);
		if (existsSync(out) && readdirSync(out).length === mine.length) return out;
		rmSync(out, {recursive: true, force: true});
		mkdirSync(out);
		for (const name of mine) linkSync(join(dir, name), join(out, name));
		return out;
	});
}

interface Picker {
	first: number;
	all: number;
	peak: number;
	cpu: number;
}

async function timePicker(cli: string, dir: string, cache: string): Promise<Picker> {
	const run = new PtyRun([cli, ...pickerFolders(dir)], {cols: 120, rows: 40, cwd: ROOT, env: {XDG_CACHE_HOME: cache}});
	try {
		// The selected row's marker comes with the first report listed; the count with the last.
		const first = await run.waitFor('❯ ', 600_000);
		const all = await run.waitFor(/ \d+ reports, newest first/, 600_000);
		const peak = run.memory().peak;
		const cpu = run.cpu();
		run.write('q');
		await Promise.race([run.exited, new Promise(r => setTimeout(r, 3000))]);
		return {first, all, peak, cpu};
	} finally {
		run.kill();
	}
}

export async function benchFolders(cli: string): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const [count, runs] of [
		[1000, 3],
		[10_000, 2],
	]) {
		const dir = reportFolder(count);
		const label = `${count.toLocaleString('en')} files`;
		const floor = [0, 1, 2].map(() => timeExit([join(FLOOR_OUT, 'heads.mjs'), dir], {}));
		const f = measured(`${label}: floor, node reading the head of every file`, floor, 'ms');
		const cold: number[] = [];
		const coldCpu: number[] = [];
		const coldPeak: number[] = [];
		const cached: number[] = [];
		const pickCold: Picker[] = [];
		const pickCached: Picker[] = [];
		for (let i = 0; i < runs; i++) {
			const cache = mkdtempSync(join(tmpdir(), 'plenum-bench-cache-'));
			try {
				// CPU time beside wall time: other programs on the 2 cores slow the one, not the other.
				const {peak, cpu} = await probed(env => cold.push(timeExit(['--import', RSS_PROBE, cli, 'list', dir], {...env, XDG_CACHE_HOME: cache})));
				coldCpu.push(cpu);
				coldPeak.push(peak);
				cached.push(timeExit([cli, 'list', dir], {XDG_CACHE_HOME: cache}));
			} finally {
				rmSync(cache, {recursive: true, force: true});
			}
			const pickerCache = mkdtempSync(join(tmpdir(), 'plenum-bench-cache-'));
			try {
				pickCold.push(await timePicker(cli, dir, pickerCache));
				pickCached.push(await timePicker(cli, dir, pickerCache));
			} finally {
				rmSync(pickerCache, {recursive: true, force: true});
			}
		}
		const s = (values: number[]) => values.map(ms => ms / 1000);
		const over = (row: BenchRow) => overFloor(row, f.value / 1000, 'the floor');
		rows.push(
			f,
			over(measured(`${label}: plenum list, cold`, s(cold), 's', count === 1000 ? '≤ 1 s' : '≤ 8 s')),
			measured(`${label}: plenum list, cold, CPU time (user+sys)`, coldCpu, 's', 'report'),
			over(measured(`${label}: plenum list, cached`, s(cached), 's', count === 1000 ? 'report' : '≤ 1 s')),
			measured(`${label}: plenum list, cold, peak RSS`, coldPeak, 'MB', '≤ 150 MB'),
			over(measured(`${label}: picker, first rows shown, cold`, s(pickCold.map(p => p.first)), 's', 'at once')),
			over(measured(`${label}: picker, every file listed, cold`, s(pickCold.map(p => p.all)), 's', count === 1000 ? '≤ 1 s' : '≤ 8 s')),
			measured(
				`${label}: picker, every file listed, cold, CPU time (user+sys)`,
				pickCold.map(p => p.cpu),
				's',
				'report',
			),
			over(measured(`${label}: picker, every file listed, cached`, s(pickCached.map(p => p.all)), 's', '≤ 1 s')),
			measured(
				`${label}: picker, peak RSS, cold`,
				pickCold.map(p => p.peak),
				'MB',
				'≤ 150 MB',
			),
		);
	}
	return rows;
}
