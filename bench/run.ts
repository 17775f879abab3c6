// `npm run bench`: every figure plenum is held to, in one run, as one table. Each stage runs in a
// fresh process of its own (stage.ts), the start-up series first, before anything heavy has run.
//
//   npm run bench                          build, then every stage but the profiles
//   npm run bench -- --only keys,memory    some stages (startup browser keys memory big-files folders parse search diff library fuzz profile)
//   npm run bench -- --cli OTHER/dist/cli.js   measure another build (one built from an older commit)
//   npm run bench -- --json FILE           also save the rows, for bench/report.ts (before and after)
//   npm run bench -- --write               also record the table in BENCHMARKS.md (its notes are kept)
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import {buildFloor} from './floor.ts';
// @ts-expect-error: the bundling rules are a plain ES module shared with scripts/build.mjs.
import {parserVersion} from '../scripts/bundle-rules.mjs';
import {formatTable, type BenchRow} from './rows.ts';
import {ROOT, SCRATCH} from './root.ts';

const DEFAULT = ['startup', 'browser', 'keys', 'memory', 'big-files', 'folders', 'parse', 'search', 'diff', 'library', 'fuzz'];
const ORDER = [...DEFAULT, 'profile'];

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

const only = option('only')?.split(',');
const stages = only ? ORDER.filter(s => only.includes(s)) : DEFAULT;
const cli = resolve(option('cli') ?? join(ROOT, 'dist', 'cli.js'));
if (!existsSync(cli)) throw new Error(`${cli} does not exist: npm run build first`);

const STAGE_OUT = join(SCRATCH, 'stage');
rmSync(STAGE_OUT, {recursive: true, force: true});
await build({
	entryPoints: [join(ROOT, 'bench', 'stage.ts')],
	outdir: STAGE_OUT,
	outExtension: {'.js': '.mjs'},
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	packages: 'external',
	// The library's stage opens the index its build made: the same parser version as the build's.
	define: {'process.env.NODE_ENV': '"production"', __PLENUM_PARSER_VERSION__: JSON.stringify(parserVersion())},
	// The bundling rules find their files from where they are: left where they are.
	plugins: [{name: 'rules-stay', setup: b => b.onResolve({filter: /bundle-rules\.mjs$/}, () => ({path: join(ROOT, 'scripts', 'bundle-rules.mjs'), external: true}))}],
	logLevel: 'warning',
});
await buildFloor();

const rows: BenchRow[] = [];
for (const stage of stages) {
	process.stderr.write(`bench: ${stage}…\n`);
	const run = spawnSync(process.execPath, [join(STAGE_OUT, 'stage.mjs'), stage, cli], {cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 26});
	if (run.status !== 0) throw new Error(`bench stage ${stage} failed (exit ${run.status})`);
	rows.push(...(JSON.parse(run.stdout) as BenchRow[]));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const table = formatTable(rows);
console.log(`${machine}\n\n${table}`);
const json = option('json');
if (json) writeFileSync(json, JSON.stringify({machine, date: new Date().toISOString(), cli, rows}, null, '\t'));
// BENCHMARKS.md keeps its notes; only the part between the markers is the latest run.
const START = '<!-- latest run: written by npm run bench -- --write -->';
const END = '<!-- end of the latest run -->';
if (process.argv.includes('--write')) {
	const path = join(ROOT, 'BENCHMARKS.md');
	const latest = `${START}\nMachine: ${machine}\nDate: ${new Date().toISOString().slice(0, 10)}\n\n${table}\n${END}`;
	const doc = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
	if (!doc.includes(START) || !doc.includes(END)) throw new Error('BENCHMARKS.md has lost its markers for the latest run');
	writeFileSync(path, doc.slice(0, doc.indexOf(START)) + latest + doc.slice(doc.indexOf(END) + END.length));
}
