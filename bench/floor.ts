// The floor plenum's start-up is measured against: the least programs on its stack, bundled the
// way dist/ is (bench/floor/*). A pipe command cannot start faster than meow reading its
// arguments (startup.ts times these beside the commands); the browser cannot draw sooner than
// Ink's first frame (first-frame.ts).
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT, SCRATCH} from './corpus.ts';
// @ts-expect-error: the bundling rules are a plain ES module shared with scripts/build.mjs.
import {BUNDLE_OPTIONS} from '../scripts/bundle-rules.mjs';

export const FLOOR_OUT = join(SCRATCH, 'floor');

export async function buildFloor(): Promise<void> {
	rmSync(FLOOR_OUT, {recursive: true, force: true});
	await build({
		...BUNDLE_OPTIONS,
		entryPoints: ['hello.ts', 'meow.ts', 'ink.tsx', 'ink-meow.tsx'].map(name => join(ROOT, 'bench', 'floor', name)),
		outdir: FLOOR_OUT,
		outExtension: {'.js': '.mjs'},
		splitting: true,
		banner: {js: "import {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);"},
	});
}
