// CPU profiles of what the issue asked to see after the change, summarised by where the time goes:
// a reader key (j/k) at 200×60 on a long report, the first screen of the 50 MB report, and the
// extractors on the 10 MB report. The browser is bundled as dist/ is but unminified, with source
// maps, so every sample is credited to its source file (plenum's or a package's); the profile of
// the keys covers only the keys (bench/profile-hook.mjs starts and stops it on SIGUSR2).
// The summaries are printed and written to .bench/profiles.md; the rows give the main shares.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {SourceMap} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ROOT, SCRATCH} from './root.ts';
import {bodyReport, writeScratch} from './corpus.ts';
import {PtyRun, pause} from './pty.ts';
import type {BenchRow} from './rows.ts';
// @ts-expect-error: the bundling rules are a plain ES module shared with scripts/build.mjs.
import {BUNDLE_OPTIONS, DIST_ENTRIES} from '../scripts/bundle-rules.mjs';

const OUT = join(SCRATCH, 'profile');
const HOOK = join(ROOT, 'bench', 'profile-hook.mjs');

interface Node {
	id: number;
	callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
}

interface Profile {
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
}

const maps = new Map<string, SourceMap | null>();

function sourceMap(url: string): SourceMap | null {
	if (!maps.has(url)) {
		let map: SourceMap | null = null;
		try {
			const file = fileURLToPath(url);
			if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
		} catch {
			map = null;
		}
		maps.set(url, map);
	}
	return maps.get(url)!;
}

/** The source file a frame's code came from, relative to the repository. */
function sourceOf(frame: Node['callFrame']): string {
	if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
	if (frame.url.startsWith('node:')) return frame.url;
	const map = frame.url.startsWith('file:') ? sourceMap(frame.url) : null;
	const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as {originalSource?: string} | undefined;
	const path = entry?.originalSource ?? frame.url;
	const at = path.lastIndexOf('node_modules/');
	if (at >= 0) return path.slice(at + 'node_modules/'.length);
	return path
		.replace(/^file:\/\//, '')
		.replace(`${ROOT}/`, '')
		.replace(/^(\.\.\/)+/, '');
}

const AREAS: [string, RegExp][] = [
	['idle', /^\(idle\)$/],
	['garbage collection', /^\(garbage collector\)$/],
	['Ink: composing the frame (Output, ansi-tokenize, slice-ansi)', /^(ink\/build\/output|@alcalzone\/ansi-tokenize|slice-ansi)/],
	['Ink: writing the frame (log-update)', /^(ink\/build\/(log-update|write-synchronized|cursor-helpers)|ansi-escapes|cli-cursor)/],
	[
		'Ink: the tree to text (render-node-to-output, wrap, widths)',
		/^(ink\/build\/(render-node-to-output|squash-text-nodes|wrap-text|get-max-width|measure-text|renderer)|widest-line|indent-string|wrap-ansi|cli-truncate)/,
	],
	['Ink: the rest (input, reconciler host, throttle)', /^(ink\/|es-toolkit|signal-exit|patch-console)/],
	['React', /^(react|react-reconciler|scheduler)\//],
	['Yoga layout', /^yoga-layout/],
	["plenum: Ink's output and frames (ui/terminal)", /^source\/ui\/terminal\//],
	['plenum: the browser (ui: view, state, draw, components)', /^source\/ui\//],
	['plenum: text (width, graphemes, wrap, sanitize)', /^source\/text\//],
	['plenum: parsing (parse)', /^source\/parse\//],
	['plenum: loading (load)', /^source\/load\//],
	['plenum: the rest', /^(source|cli\.tsx)/],
	['chalk', /^chalk/],
	['node internals', /^node:|^\(program\)$|^\(native\)$/],
];

function areaOf(source: string): string {
	return AREAS.find(([, test]) => test.test(source))?.[0] ?? 'other packages';
}

export interface Summary {
	title: string;
	totalMs: number;
	areas: [string, number][];
	functions: [string, number][];
}

export function summarise(title: string, profile: Profile, {withoutIdle = true} = {}): Summary {
	const byId = new Map(profile.nodes.map(n => [n.id, n]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const areas = new Map<string, number>();
	const functions = new Map<string, number>();
	let total = 0;
	for (const [id, ms] of self) {
		const frame = byId.get(id)!.callFrame;
		const source = sourceOf(frame);
		const area = areaOf(source);
		if (withoutIdle && area === 'idle') continue;
		total += ms;
		areas.set(area, (areas.get(area) ?? 0) + ms);
		const name = `${frame.functionName || '(anonymous)'} — ${source}`;
		functions.set(name, (functions.get(name) ?? 0) + ms);
	}
	const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
	return {title, totalMs: total, areas: sorted(areas), functions: sorted(functions).slice(0, 12)};
}

export function summaryMarkdown(s: Summary, per = 1, unit = 'ms'): string {
	const pct = (ms: number) => `${((100 * ms) / s.totalMs).toFixed(1)} %`;
	const ms = (x: number) => `${(x / per).toFixed(per > 1 ? 2 : 0)} ${unit}`;
	return [
		`**${s.title}**: ${ms(s.totalMs)} of CPU on the main thread (idle left out)`,
		'',
		'| where | CPU | share |',
		'| --- | ---: | ---: |',
		...s.areas.map(([area, t]) => `| ${area} | ${ms(t)} | ${pct(t)} |`),
		'',
		'| function (self time) | CPU | share |',
		'| --- | ---: | ---: |',
		...s.functions.map(([name, t]) => `| ${name.replace(/\|/g, '\\|')} | ${ms(t)} | ${pct(t)} |`),
	].join('\n');
}

async function buildProfiled(): Promise<string> {
	rmSync(OUT, {recursive: true, force: true});
	await build({
		...BUNDLE_OPTIONS,
		minify: false,
		sourcemap: true,
		entryPoints: Object.fromEntries(Object.entries(DIST_ENTRIES as Record<string, string>).map(([name, path]) => [name, join(ROOT, path)])),
		outdir: OUT,
		splitting: true,
		chunkNames: 'chunks/[name]-[hash]',
		banner: {js: "import {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);"},
	});
	// data/ is found from the entry upwards: the bundled report's path.
	return join(OUT, 'cli.js');
}

async function profiled(args: string[], size: {cols: number; rows: number}, fromStart: boolean, drive: (run: PtyRun) => Promise<void>): Promise<Profile> {
	const out = join(OUT, `profile-${Date.now()}.cpuprofile`);
	const run = new PtyRun(['--import', HOOK, ...args], {...size, cwd: ROOT, env: {PLENUM_PROFILE_OUT: out, PLENUM_PROFILE_FROM_START: fromStart ? '1' : '0'}});
	try {
		await drive(run);
		process.kill(run.pid, 'SIGUSR2');
		for (let i = 0; i < 600 && !existsSync(out); i++) await pause(100);
		await pause(300);
		return JSON.parse(readFileSync(out, 'utf8')) as Profile;
	} finally {
		run.write('q');
		await pause(200);
		run.kill();
	}
}

export async function benchProfile(): Promise<BenchRow[]> {
	const cli = await buildProfiled();
	mkdirSync(OUT, {recursive: true});
	const long = writeScratch('body-250kb.txt', await bodyReport(0.25));
	const keys = 120;
	const keyProfile = await profiled([cli, long], {cols: 200, rows: 60}, false, async run => {
		await run.waitFor(/Measures \d+/);
		await run.until(() => run.frames > 0, 10_000, 'Ink running');
		run.write('l');
		await pause(300);
		process.kill(run.pid, 'SIGUSR2');
		await pause(100);
		for (let i = 0; i < keys; i++) {
			await run.key(i % 60 < 30 ? 'j' : 'k');
			await pause(40);
		}
	});
	const fifty = writeScratch('body-50mb.txt', await bodyReport(50));
	const firstProfile = await profiled([cli, fifty], {cols: 100, rows: 30}, true, async run => {
		await run.waitFor('q quit', 120_000);
	});
	const extractOut = join(OUT, 'extract');
	const body = writeScratch('body-10mb.txt', await bodyReport(10));
	const parse = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', extractOut, '--import', 'tsx', join(ROOT, 'bench', 'parse-worker.ts'), body], {cwd: ROOT, encoding: 'utf8'});
	if (parse.status !== 0) throw new Error(`parse worker failed: ${parse.stderr}`);
	const extractFile = spawnSync('ls', [extractOut], {encoding: 'utf8'}).stdout.trim().split('\n')[0];
	const extractProfile = JSON.parse(readFileSync(join(extractOut, extractFile), 'utf8')) as Profile;

	const key = summarise(`a reader key (j/k) at 200×60, ${keys} keys`, keyProfile);
	const first = summarise('the 50 MB report, from start to the first screen', firstProfile);
	const extract = summarise('the 10 MB report parsed (load, outline, extractors)', extractProfile);
	const markdown = [summaryMarkdown(key, keys, 'ms a key'), summaryMarkdown(first, 1000, 's'), summaryMarkdown(extract, 1000, 's')].join('\n\n');
	writeFileSync(join(SCRATCH, 'profiles.md'), markdown + '\n');
	process.stderr.write(`${markdown}\n`);
	const share = (s: Summary, area: string) => (100 * (s.areas.find(([a]) => a === area)?.[1] ?? 0)) / s.totalMs;
	return [
		{name: 'profile, 200×60 reader key: CPU a key (main thread)', value: key.totalMs / keys, unit: 'ms', target: 'report'},
		...key.areas.slice(0, 5).map(([area]) => ({name: `profile, 200×60 reader key: ${area}`, value: share(key, area), unit: '%'})),
		{name: 'profile, 50 MB first screen: CPU (main thread)', value: first.totalMs / 1000, unit: 's', target: 'report'},
		...first.areas.slice(0, 5).map(([area]) => ({name: `profile, 50 MB first screen: ${area}`, value: share(first, area), unit: '%'})),
	];
}
