// Per-key render time: the browser, bundled as dist/ is, answering keys on the corpus report with
// the longest section. Warm-up keys are timed too: the worst keypress is the first of its kind.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT, SCRATCH} from './corpus.ts';
import {median, percentile, type BenchRow} from './rows.ts';
// @ts-expect-error: the bundling rules are a plain ES module shared with scripts/build.mjs.
import {BUNDLE_OPTIONS} from '../scripts/bundle-rules.mjs';

export async function benchKeys(): Promise<BenchRow[]> {
	const outdir = join(SCRATCH, 'keys');
	rmSync(outdir, {recursive: true, force: true});
	await build({
		...BUNDLE_OPTIONS,
		entryPoints: [join(ROOT, 'bench', 'keys-harness.tsx')],
		outdir,
		outExtension: {'.js': '.mjs'},
		// As in dist/: Ink's devtools stay a chunk of their own that is never loaded.
		splitting: true,
		banner: {js: "import {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);"},
	});
	const run = spawnSync(process.execPath, [join(outdir, 'keys-harness.mjs'), join(ROOT, 'test', 'fixtures', 'corpus', 'raw'), '120', '40'], {encoding: 'utf8', maxBuffer: 1 << 24});
	if (run.status !== 0) throw new Error(`key harness failed: ${run.stderr}`);
	const {select, scroll, sectionChars} = JSON.parse(run.stdout) as {select: number[]; scroll: number[]; sectionChars: number};
	const where = `120×40, a ${sectionChars}-character section`;
	return [
		{name: `key → frame, moving the selection (${where}), median`, value: median(select), unit: 'ms', target: 'report'},
		{name: 'key → frame, moving the selection, worst', value: Math.max(...select), unit: 'ms', target: '≤ 16 ms'},
		{name: 'key → frame, scrolling the reader, median', value: median(scroll), unit: 'ms', target: 'report'},
		{name: 'key → frame, scrolling the reader, p95', value: percentile(scroll, 95), unit: 'ms', target: '≤ 16 ms'},
		{name: 'key → frame, scrolling the reader, worst', value: Math.max(...scroll), unit: 'ms', target: 'report'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable(await benchKeys()));
}
