// Bundles the command into dist/ at install time, so nothing compiles TypeScript at run time.
// The browser (Ink, React) is split into its own chunk: pipe commands never load it.
import {build} from 'esbuild';
import {chmodSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
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
// The man page, made from the same data as --help (source/cli/help.ts): `man dist/plenum.1`.
const man = spawnSync(process.execPath, ['dist/cli.js', 'man'], {stdio: ['ignore', 'pipe', 'inherit']});
if (man.status !== 0) throw new Error('plenum man failed');
writeFileSync('dist/plenum.1', man.stdout);
