// Bundles the command into dist/ at install time, so nothing compiles TypeScript at run time.
// The browser (Ink, React) is split into its own chunk: pipe commands never load it.
import {build} from 'esbuild';
import {rmSync, chmodSync} from 'node:fs';

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV=true; it is not installed.
	external: ['react-devtools-core'],
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __plenumRequire} from 'node:module';const require=__plenumRequire(import.meta.url);",
	},
	chunkNames: 'chunks/[name]-[hash]',
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
