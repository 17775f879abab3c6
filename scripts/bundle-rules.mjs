// How plenum is bundled: the esbuild options and the rules that make Ink and meow start faster.
// scripts/build.mjs builds dist/ with them; the benchmark bundles its key-timing harness the same way.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
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
const GRAPHEMES = here('../source/text/graphemes.ts');
const SEGMENTER_USERS = /[\\/](?:@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|slice-ansi[\\/]tokenize-ansi)\.js$/;

// - Ink composes every frame cell by cell (its Output) and rewrites every line that changed
//   (log-update): source/ui/terminal/ink-output.ts composes rows from the lines plenum has already
//   fitted, and frame-writer.ts writes only what changed, by position, scrolling what scrolled.
//   Ink strips all escapes but colours from every text on every frame by tokenizing it:
//   ink-sanitize.ts returns text whose escapes are all colours as it is. All three fall back on
//   Ink's own modules, reachable as plenum:ink-original-output, -log-update and -sanitize-ansi.
const INK_BUILD = dirname(createRequire(import.meta.url).resolve('ink'));
const INK_REPLACED = {
	'./output.js': here('../source/ui/terminal/ink-output.ts'),
	'./log-update.js': here('../source/ui/terminal/frame-writer.ts'),
	'./sanitize-ansi.js': here('../source/ui/terminal/ink-sanitize.ts'),
};
/** What plenum's two stand-ins rely on in Ink's modules: a changed Ink fails the build by name. */
const INK_SHAPES = {
	'output.js': ['export default class Output', 'write(x, y, text, options)', 'clip(clip)', 'unclip()', 'get()'],
	'renderer.js': ["import Output from './output.js';", 'output.get()'],
	'log-update.js': ['const create = (stream, { showCursor = false, incremental = false } = {})', 'render.sync', 'render.willRender', 'render.setCursorPosition', 'render.isCursorDirty'],
	'ink.js': ["import logUpdate from './log-update.js';", 'logUpdate.create(options.stdout'],
	'squash-text-nodes.js': ["import sanitizeAnsi from './sanitize-ansi.js';", 'return sanitizeAnsi(text);'],
	'sanitize-ansi.js': ['const sanitizeAnsi = (text) => {', "token.finalCharacter === 'm'", 'sgrParametersRegex = /^[\\d:;]*$/'],
};

function checkInk() {
	for (const [file, marks] of Object.entries(INK_SHAPES)) {
		const source = readFileSync(join(INK_BUILD, file), 'utf8');
		const missing = marks.filter(mark => !source.includes(mark));
		if (missing.length > 0) throw new Error(`ink/build/${file}: ${missing.join(', ')} not found (did Ink change? plenum's terminal/ink-output.ts and frame-writer.ts stand in for its Output and log-update)`);
	}
}

// Ink remembers the size of every text it ever measured (measure-text.js) and every text it ever
// wrapped (wrap-text.js), keyed by the whole text, for as long as it runs: the browser's reader
// column is a new text on every scroll, so a long session keeps them all. Both are kept to the
// last thousand.
const INK_CACHES = {
	'measure-text.js': ['cache.set(text, dimensions);', 'if (cache.size >= 1000) cache.clear();\n    cache.set(text, dimensions);'],
	'wrap-text.js': [
		'const cache = {};',
		'let cache = {};\nlet cached = 0;',
		'cache[cacheKey] = wrappedText;',
		'if (++cached > 1000) {\n        cache = {};\n        cached = 0;\n    }\n    cache[cacheKey] = wrappedText;',
	],
};

export const forInk = {
	name: 'plenum-for-ink',
	setup(build) {
		checkInk();
		build.onLoad({filter: /[\\/]ink[\\/]build[\\/](measure-text|wrap-text)\.js$/}, args => {
			let source = readFileSync(args.path, 'utf8');
			const edits = INK_CACHES[args.path.split(/[\\/]/).pop()];
			for (let i = 0; i < edits.length; i += 2) {
				if (!source.includes(edits[i])) throw new Error(`${args.path}: ${edits[i]} not found (did Ink change?)`);
				source = source.replace(edits[i], edits[i + 1]);
			}
			return {contents: source, loader: 'js', resolveDir: dirname(args.path)};
		});
		build.onResolve({filter: /^\.\/(output|log-update|sanitize-ansi)\.js$/}, args => (args.importer.startsWith(INK_BUILD) ? {path: INK_REPLACED[args.path]} : undefined));
		build.onResolve({filter: /^plenum:ink-original-(output|log-update|sanitize-ansi)$/}, args => ({path: join(INK_BUILD, `${args.path.slice('plenum:ink-original-'.length)}.js`)}));
		build.onResolve({filter: /^yoga-layout$/}, () => ({path: here('../source/ui/terminal/yoga.ts')}));
		build.onResolve({filter: /^string-width$/}, args => (args.importer.includes('node_modules') ? {path: here('../source/text/ink-width.ts')} : undefined));
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

// meow also finds and reads package.json at every start (read-package-up, parse-json, and the
// code frame parse-json keeps for errors: ~2 ms), for the version, the description and the name.
// The build gives plenum's as PLENUM_PACKAGE and plenum hands it to meow as `pkg`, so in a bundle
// meow is given no way to read package.json, and the code that does it is left out.
const MEOW_READS = "import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';";
const MEOW_GIVEN = "const readPackageUpSync = () => { throw new Error('plenum passes meow its package (pkg)'); };\nconst normalizePackageData = () => { throw new Error('plenum never reads cli.pkg'); };";

const PACKAGE = JSON.parse(readFileSync(here('../package.json'), 'utf8'));
/** What meow shows of package.json: plenum's --version and the description over --help. */
export const PLENUM_PACKAGE = JSON.stringify({name: PACKAGE.name, version: PACKAGE.version, description: PACKAGE.description, bin: PACKAGE.bin});

export const lazyMeow = {
	name: 'plenum-lazy-meow',
	setup(build) {
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(MEOW_EAGER)) throw new Error(`${args.path}: meow no longer normalizes at import as expected (did it change?)`);
			return {contents: source.replace(MEOW_EAGER, MEOW_LAZY), loader: 'js', resolveDir: dirname(args.path)};
		});
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]options\.js$/}, args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes(MEOW_READS) || !source.includes('options.pkg ?? readPackageUpSync(')) throw new Error(`${args.path}: meow no longer reads package.json as expected (did it change?)`);
			return {contents: source.replace(MEOW_READS, MEOW_GIVEN), loader: 'js', resolveDir: dirname(args.path)};
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
	'source/library/postings.ts',
	'source/library/series.ts',
];
const filesUnder = path => (statSync(path).isDirectory() ? readdirSync(path).flatMap(name => filesUnder(join(path, name))) : [path]);

export function parserVersion() {
	const root = here('..');
	const hash = createHash('sha1');
	for (const file of PARSER_SOURCES.flatMap(p => filesUnder(join(root, p))).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

/** What dist/ is built from: the entry, and the files it starts in workers (the extractors, the library's parser). */
export const DIST_ENTRIES = {cli: 'cli.tsx', 'extract-worker': 'source/app/extract-worker.ts', 'parse-worker': 'source/library/parse-worker.ts'};

/** What every plenum bundle shares: Node 20, production React, minified. */
export const BUNDLE_OPTIONS = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', 'process.env.PLENUM_PACKAGE': JSON.stringify(PLENUM_PACKAGE), __PLENUM_PARSER_VERSION__: JSON.stringify(parserVersion())},
	// Ink imports react-devtools-core only when DEV=true; it is not installed. better-sqlite3 is a
	// native module, loaded from node_modules when it is there.
	external: ['react-devtools-core', 'better-sqlite3'],
	plugins: [forInk, lazyMeow],
	logLevel: 'warning',
};
