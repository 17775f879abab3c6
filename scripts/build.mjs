// Bundles the command into dist/ at install time, so nothing compiles TypeScript at run time.
// The browser (Ink, React) is split into its own chunk: pipe commands never load it.
import {build} from 'esbuild';
import {chmodSync, rmSync} from 'node:fs';
import {BUNDLE_OPTIONS, DIST_ENTRIES} from './bundle-rules.mjs';

rmSync('dist', {recursive: true, force: true});
await build({
	...BUNDLE_OPTIONS,
	entryPoints: DIST_ENTRIES,
	outdir: 'dist',
	splitting: true,
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);",
	},
	chunkNames: 'chunks/[name]-[hash]',
});
chmodSync('dist/cli.js', 0o755);
