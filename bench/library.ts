// The library at scale: 1,000 and 10,000 reports made from the committed corpus (varied names and
// dates, padded to ~7,000 characters like a day of a news archive), written under a temp dir and
// removed after. Measured: index build (wall time, peak RSS, size, parse throughput), a no-change
// update, search and trend inside the process (p50/p95 over a set of terms), and the whole
// command against `plenum --version`.
//
// PLENUM_BENCH_LIBRARY_DIR=DIR keeps each set (DIR/N/reports) and its index (DIR/N/cache) for the
// next run, since the 10,000 take minutes to index: the set is written once, and the index built
// when the cache holds none this build can read. A run that parsed nothing reports the build as
// kept, not measured; the queries are measured as always (each term asked afresh).
import {spawnSync} from 'node:child_process';
import * as pty from 'node-pty';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {ROOT} from './corpus.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {median, percentile, type BenchRow} from './rows.ts';

const CORPORA = [join(ROOT, 'test', 'fixtures', 'corpus', 'raw'), join(ROOT, 'test', 'corpus', 'raw')];
/** A report of a daily archive: ~7,000 characters. */
const TARGET_CHARS = 7000;

interface Template {
	text: string;
	/** The page as saved, for HTML reports: kept as a page, so loading is measured too. */
	html: string | null;
	paragraphs: string[];
}

async function templates(): Promise<Template[]> {
	const out: Template[] = [];
	for (const dir of CORPORA) {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch {
			continue;
		}
		for (const name of names) {
			const bytes = readFileSync(join(dir, name));
			const loaded = await textFromBytes(bytes, name).catch(() => null);
			if (!loaded) continue;
			const html = extname(name) === '.html' && loaded.encoding === 'utf-8' ? bytes.toString('utf8') : null;
			out.push({text: loaded.text, html, paragraphs: loaded.text.split('\n').filter(p => p.length > 60)});
		}
	}
	return out;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Dates in the text moved to the report's own (年月日 and ISO forms). */
function redate(text: string, y: number, m: number, d: number): string {
	return text.replace(/(19|20)\d\d年(\d{1,2})月(\d{1,2})日/g, `${y}年${m}月${d}日`).replace(/(19|20)\d\d-\d\d-\d\d/g, `${y}-${pad2(m)}-${pad2(d)}`);
}

/** `count` reports under `dir`, one folder per year, dated across 2007–2025. */
export async function writeLibrary(dir: string, count: number): Promise<{bytes: number; chars: number}> {
	const pool = await templates();
	const start = Date.UTC(2007, 0, 1);
	const span = Date.UTC(2025, 11, 31) - start;
	let bytes = 0;
	let chars = 0;
	for (let i = 0; i < count; i++) {
		const t = pool[i % pool.length];
		const day = new Date(start + Math.floor((span * i) / count));
		const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
		let body: string;
		let ext = '.txt';
		if (t.html) {
			body = redate(t.html, y, m, d);
			ext = '.html';
		} else {
			body = redate(t.text, y, m, d);
			// Padded with paragraphs of other reports, so the set has an archive's size.
			for (let k = 1; body.length < TARGET_CHARS; k++) {
				const other = pool[(i + k * 7) % pool.length].paragraphs;
				if (other.length > 0) body += '\n' + other[(i + k) % other.length];
			}
		}
		// Archives name files by date, and a serial number keeps each name (and its bytes) its own.
		body += `\n(${i})\n`;
		const folder = join(dir, String(y));
		mkdirSync(folder, {recursive: true});
		writeFileSync(join(folder, `${y}-${pad2(m)}-${pad2(d)}-${String(i).padStart(5, '0')}${ext}`), body);
		bytes += Buffer.byteLength(body);
		chars += body.length;
	}
	return {bytes, chars};
}

/** Terms a reader asks for: two characters, formulations, a traditional form, a rare one. */
export const TERMS = ['改革', '反腐', '全会', '高质量发展', '全面从严治党', '八八战略', '新质生产力', '共同富裕', '中國式現代化', '十四届全国人大', '政府工作报告', '乡村振兴'];

function run(args: string[], env: NodeJS.ProcessEnv): {ms: number; stdout: string} {
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, args, {env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe']});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
	return {ms, stdout: result.stdout};
}

/** Milliseconds from spawning `args` in a 100×30 pty until its output has every one of `ready`; then q. DA1 is answered, as a terminal does. */
function timeInPty(args: string[], env: Record<string, string>, ready: string[]): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, env});
		let output = '';
		let ms: number | null = null;
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`${args.join(' ')}: not ready within 60 s`));
		}, 60_000);
		child.onData(data => {
			// Every terminal answers DA1, which plenum asks after OSC 11 to learn the background
			// (bench/pty.ts): unanswered, plenum's 200 ms wait for it was counted in the first screen.
			if (data.includes('\x1b[c')) child.write('\x1b[?62;22c');
			output += data;
			if (ms === null && ready.every(r => output.includes(r))) {
				ms = Number(process.hrtime.bigint() - started) / 1e6;
				child.write('q');
			}
		});
		child.onExit(() => {
			clearTimeout(timer);
			if (ms === null) reject(new Error(`${args.join(' ')} exited before it was ready`));
			else resolve(ms);
		});
	});
}

function sizeOf(path: string): number {
	return ['', '-wal'].reduce((n, s) => n + (statSync(path + s, {throwIfNoEntry: false})?.size ?? 0), 0);
}

/** The set of `count` reports in `dir`, written unless a kept one is there: its bytes and characters. */
async function librarySet(dir: string, count: number): Promise<{bytes: number; chars: number}> {
	const made = join(dir, '..', 'made.json');
	if (existsSync(made)) return JSON.parse(readFileSync(made, 'utf8'));
	rmSync(dir, {recursive: true, force: true});
	const size = await writeLibrary(dir, count);
	writeFileSync(made, JSON.stringify(size));
	return size;
}

export async function benchLibrarySize(count: number, cli = join(ROOT, 'dist', 'cli.js')): Promise<BenchRow[]> {
	const kept = process.env.PLENUM_BENCH_LIBRARY_DIR;
	const scratch = kept ? join(kept, String(count)) : mkdtempSync(join(tmpdir(), 'plenum-bench-library-'));
	const label = count.toLocaleString('en-US');
	try {
		const dir = join(scratch, 'reports');
		const made = await librarySet(dir, count);
		const env = measuredEnvironment({XDG_CACHE_HOME: join(scratch, 'cache')});
		let build = {ms: 0, stdout: ''};
		const rss = await peakRssOf(extra => {
			build = run(['--import', RSS_PROBE, cli, 'index', '--json', dir], {...env, ...extra});
		});
		const facts = JSON.parse(build.stdout);
		const again = run([cli, 'index', '--json', dir], env);
		const built = facts.summary.parsed > 0;
		const rows: BenchRow[] = [
			{name: `${label} reports: files (MB, million characters)`, value: made.bytes / 2 ** 20, unit: `MB, ${(made.chars / 1e6).toFixed(1)} M chars`},
			...(built
				? [
						{name: `${label} reports: index build`, value: build.ms / 1000, unit: 's', target: count >= 10000 ? '≤ 90 s' : 'report'},
						{name: `${label} reports: parse throughput while indexing`, value: made.bytes / 2 ** 20 / (build.ms / 1000), unit: 'MB/s', target: 'report (parser: issue 13 item 5)'},
						{name: `${label} reports: index build peak RSS`, value: rss, unit: 'MB', target: '≤ 300 MB'},
					]
				: [{name: `${label} reports: index build (kept from an earlier run: not measured)`, value: NaN, unit: 's', target: count >= 10000 ? '≤ 90 s' : 'report'}]),
			{name: `${label} reports: index size`, value: sizeOf(facts.location) / 2 ** 20, unit: 'MB', target: 'report'},
			{name: `${label} reports: update with nothing changed`, value: again.ms / 1000, unit: 's', target: 'report'},
		];
		// Inside the process: the library opened once, each term asked 5 times.
		const {IndexedLibrary} = await import('../source/library/index.ts');
		const library = await IndexedLibrary.open(dir, {env});
		const searchMs: number[] = [];
		const trendMs: number[] = [];
		let hits = 0;
		for (let round = 0; round < 5; round++) {
			for (const term of TERMS) {
				let t = performance.now();
				hits += (await library.search(term)).total;
				searchMs.push(performance.now() - t);
				t = performance.now();
				await library.trend(term);
				trendMs.push(performance.now() - t);
			}
		}
		let t = performance.now();
		await library.search('bbzl');
		const pinyinMs = performance.now() - t;
		t = performance.now();
		await library.search('党');
		const oneCharMs = performance.now() - t;
		library.close();
		rows.push(
			{name: `${label} reports: search in process, p50 / p95 (${TERMS.length} terms)`, value: percentile(searchMs, 95), unit: `ms p95 (p50 ${median(searchMs).toFixed(1)} ms)`, target: '≤ 50 ms'},
			{name: `${label} reports: trend in process, p95`, value: percentile(trendMs, 95), unit: `ms (p50 ${median(trendMs).toFixed(1)} ms)`, target: '≤ 50 ms'},
			{name: `${label} reports: search one character (党), in process`, value: oneCharMs, unit: 'ms', target: 'report'},
			{name: `${label} reports: search pinyin (bbzl, a scan), in process`, value: pinyinMs, unit: 'ms', target: 'report'},
		);
		void hits;
		// The whole command, against the command line's own start-up.
		const version: number[] = [];
		const search: number[] = [];
		const trend: number[] = [];
		for (let round = 0; round < 7; round++) {
			version.push(run([cli, '--version'], env).ms);
			search.push(run([cli, 'search', '全面从严治党', dir], env).ms);
			trend.push(run([cli, 'trend', '新质生产力', dir], env).ms);
		}
		const rare: number[] = [];
		for (let round = 0; round < 7; round++) rare.push(run([cli, 'search', '十四届全国人大', dir], env).ms);
		const v = median(version);
		rows.push(
			{name: `${label} reports: plenum --version (reference)`, value: v, unit: 'ms'},
			{name: `${label} reports: plenum search 全面从严治党 DIR (every hit printed), whole command`, value: median(search) / v, unit: `× (${median(search).toFixed(0)} ms)`, target: '≤ 2×'},
			{name: `${label} reports: plenum search 十四届全国人大 DIR (a rarer one), whole command`, value: median(rare) / v, unit: `× (${median(rare).toFixed(0)} ms)`, target: '≤ 2×'},
			{name: `${label} reports: plenum trend 新质生产力 DIR, whole command`, value: median(trend) / v, unit: `× (${median(trend).toFixed(0)} ms)`, target: '≤ 2×'},
		);
		// The library's first screen in a terminal, against a bare node printing a line there.
		// The first screen is painted from the listing kept beside the index (library/listing.ts),
		// written by the index runs above; Ink's first frame (a synchronized update) replaces it.
		const bare: number[] = [];
		const screen: number[] = [];
		const ink: number[] = [];
		const ptyEnv = measuredEnvironment({XDG_CACHE_HOME: join(scratch, 'cache'), TERM: 'xterm-256color'});
		for (let round = 0; round < 7; round++) {
			bare.push(await timeInPty(['-e', 'console.log("ready")'], ptyEnv, ['ready']));
			screen.push(await timeInPty([cli, dir], ptyEnv, ['reports in', 'q quit']));
			ink.push(await timeInPty([cli, dir], ptyEnv, ['reports in', 'q quit', '\x1b[?2026h']));
		}
		rows.push(
			{name: `${label} reports: plenum DIR, first screen vs bare node`, value: median(screen) / median(bare), unit: `× (${median(screen).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms)`, target: '≤ 2×'},
			{name: `${label} reports: plenum DIR, Ink's first frame (the index open) vs bare node`, value: median(ink) / median(bare), unit: `× (${median(ink).toFixed(0)} ms)`, target: 'report'},
		);
		return rows;
	} finally {
		if (!kept) rmSync(scratch, {recursive: true, force: true});
	}
}

export async function benchLibrary(cli?: string): Promise<BenchRow[]> {
	return [...(await benchLibrarySize(1000, cli)), ...(await benchLibrarySize(10000, cli))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	const sizes = process.argv
		.slice(2)
		.map(Number)
		.filter(n => n > 0);
	const rows: BenchRow[] = [];
	for (const n of sizes.length > 0 ? sizes : [1000, 10000]) rows.push(...(await benchLibrarySize(n)));
	console.log(formatTable(rows));
}
