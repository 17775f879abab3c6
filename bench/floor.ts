// The floor plenum's figures are measured against: the least programs on its stack, bundled the
// way dist/ is (bench/floor/*). A pipe command cannot start faster than meow reading its
// arguments; the browser cannot draw sooner than Ink's first frame, nor answer a key sooner than
// Ink redrawing one line; a big file cannot show before node has read it, nor a folder be listed
// before the head of each file has been read.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {FLOOR_OUT, ROOT} from './root.ts';
// @ts-expect-error: the bundling rules are a plain ES module shared with scripts/build.mjs.
import {BUNDLE_OPTIONS} from '../scripts/bundle-rules.mjs';

export async function buildFloor(): Promise<void> {
	rmSync(FLOOR_OUT, {recursive: true, force: true});
	await build({
		...BUNDLE_OPTIONS,
		entryPoints: ['hello.ts', 'meow.ts', 'ink.tsx', 'ink-meow.tsx', 'key.tsx', 'read-file.ts', 'heads.ts'].map(name => join(ROOT, 'bench', 'floor', name)),
		outdir: FLOOR_OUT,
		outExtension: {'.js': '.mjs'},
		splitting: true,
		banner: {js: "import {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);"},
	});
}
