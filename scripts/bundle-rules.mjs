// How plenum is bundled: the esbuild options and the rules that make Ink and meow start faster.
// scripts/build.mjs builds dist/ with them; the benchmark bundles its key-timing harness the same way.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path => fileURLToPath(new URL(path, import.meta.url));

// Ink and its dependencies do work at start-up that plenum's browser does not need then; these
// rules move it later or replace it with plenum's own, cheaper equivalent:
// - `yoga-layout` instantiates its WebAssembly in a top-level await when imported (and fetches
//   its own data: URL through undici): source/ui/terminal/yoga.ts loads it when the browser draws;
// - `string-width` compiles its emoji tables when imported: Ink measures with plenum's display
//   width (source/text/ink-width.ts), so Ink and plenum agree on every width;
// - ansi-tokenize and slice-ansi split every line Ink draws with an Intl.Segmenter made when they
//   load: they get plenum's grapheme splitter (source/text/graphemes.ts), which needs ICU only
//   for text that is not plain.
// - Ink's useInput takes a Ctrl-modified key's name as its input; for a sequence it has no name
//   for (ESC[5J, ESC[1;5G, found by the key fuzz test) that is undefined and Ink throws
//   (`input.startsWith`), ending the browser: such a key comes through as no input, which no
//   binding matches.
const GRAPHEMES = here('../source/text/graphemes.ts');
const USE_INPUT = /[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/;
const UNNAMED = 'input = keypress.name;';
const SEGMENTER_USERS = /[\\/](?:@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|slice-ansi[\\/]tokenize-ansi)\.js$/;

export const forInk = {
	name: 'plenum-for-ink',
	setup(build) {
		build.onResolve({filter: /^yoga-layout$/}, () => ({path: here('../source/ui/terminal/yoga.ts')}));
		build.onResolve({filter: /^string-width$/}, args => (args.importer.includes('node_modules') ? {path: here('../source/text/ink-width.ts')} : undefined));
		build.onLoad({filter: USE_INPUT}, args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(UNNAMED)) throw new Error(`${args.path}: no '${UNNAMED}' to guard (did Ink change?)`);
			return {contents: source.replaceAll(UNNAMED, "input = keypress.name ?? '';"), loader: 'js', resolveDir: dirname(args.path)};
		});
		build.onLoad({filter: SEGMENTER_USERS}, args => {
			const source = readFileSync(args.path, 'utf8');
			const replaced = source.replace(/new Intl\.Segmenter\([^)]*\)/g, '__plenumGraphemes');
			if (replaced === source) throw new Error(`${args.path}: no Intl.Segmenter to replace (did the package change?)`);
			return {contents: `import {graphemeSegmenter as __plenumGraphemes} from ${JSON.stringify(GRAPHEMES)};\n${replaced}`, loader: 'js', resolveDir: dirname(args.path)};
		});
	},
};

// meow normalizes package.json (spdx licence tables, hosted-git-info, semver: ~12 ms) when it is
// imported, though it only needs that for `cli.pkg`, which plenum never reads: normalize on first use.
const MEOW_EAGER = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);';
const MEOW_LAZY = 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);';

export const lazyMeow = {
	name: 'plenum-lazy-meow',
	setup(build) {
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(MEOW_EAGER)) throw new Error(`${args.path}: meow no longer normalizes at import as expected (did it change?)`);
			return {contents: source.replace(MEOW_EAGER, MEOW_LAZY), loader: 'js', resolveDir: dirname(args.path)};
		});
	},
};

// The library's index records which parser made it (source/library/version.ts, which lists the
// same sources and hashes them the same way when run from TypeScript).
const PARSER_SOURCES = [
	'source/load',
	'source/parse',
	'source/model',
	'source/text',
	'source/search/fold.ts',
	'source/library/record.ts',
	'source/library/fold.ts',
	'source/library/initials.ts',
	'source/library/series.ts',
];
const filesUnder = path => (statSync(path).isDirectory() ? readdirSync(path).flatMap(name => filesUnder(join(path, name))) : [path]);

export function parserVersion() {
	const root = here('..');
	const hash = createHash('sha1');
	for (const file of PARSER_SOURCES.flatMap(p => filesUnder(join(root, p))).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

/** What every plenum bundle shares: Node 20, production React, minified. */
export const BUNDLE_OPTIONS = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', __PLENUM_PARSER_VERSION__: JSON.stringify(parserVersion())},
	// Ink imports react-devtools-core only when DEV=true; it is not installed. better-sqlite3 is a
	// native module, loaded from node_modules when it is there.
	external: ['react-devtools-core', 'better-sqlite3'],
	plugins: [forInk, lazyMeow],
	logLevel: 'warning',
};
