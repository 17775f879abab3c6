import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {CLI, runCli} from '../helpers/run-cli.ts';
import {BUNDLED, corpusFile, parseFile} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const ESC = '\u001b';
const bundled = await parseFile(BUNDLED);
const withBaba = bundled.sections.filter(s => s.text.includes('八八战略'));

test('search prints one line per hit: §N, the lead phrase, then the context with the match', async () => {
	const run = runCli(['search', 'bbzl']);
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stderr, '');
	const lines = run.stdout.trimEnd().split('\n');
	const sectionLines = lines.filter(line => line.startsWith('§'));
	assert.equal(sectionLines.length, withBaba.length + bundled.measures.filter(m => m.text.includes('八八战略')).length);
	const first = withBaba.find(s => s.lead !== null);
	assert.ok(first, 'a section with a lead phrase names 八八战略');
	assert.ok(
		lines.some(line => line.startsWith(`§${first.id} ${first.lead}  `) && line.includes('八八战略')),
		lines.join('\n'),
	);
	for (const line of lines) assert.match(line, /^(§\d+( \S+)*|term|person|body) {2}.*八八战略/u);
});

test('--json prints the hits with kind, place, ranges, the matched text and context', async () => {
	const run = runCli(['search', '--json', 'babazhanlue']);
	assert.equal(run.status, 0, run.stderr);
	const hits = JSON.parse(run.stdout) as {kind: string; id: number; section: number | null; ranges: {start: number; end: number}[]; matches: string[]; context: {text: string}}[];
	const sections = hits.filter(h => h.kind === 'section');
	assert.deepEqual(
		sections.map(h => h.id),
		withBaba.map(s => s.id),
	);
	for (const hit of sections) {
		const text = bundled.sections.find(s => s.id === hit.id)?.text ?? '';
		assert.deepEqual(
			hit.ranges.map(r => text.slice(r.start, r.end)),
			hit.matches,
		);
		assert.ok(hit.matches.every(m => m === '八八战略'));
		assert.ok(hit.context.text.includes('八八战略'));
	}
});

test('exit 1 and nothing on stdout when nothing matches, as grep, and one line on stderr saying so', async () => {
	for (const [args, query] of [
		[['search', 'bbzx'], 'bbzx'],
		[['search', '--json', '九九战略'], '九九战略'],
	] as const) {
		const run = runCli([...args]);
		assert.equal(run.status, 1, args.join(' '));
		assert.equal(run.stderr, `plenum: no match for ${query}\n`);
	}
	assert.equal(runCli(['search', 'bbzx']).stdout, '');
	assert.deepEqual(JSON.parse(runCli(['search', '--json', 'bbzx']).stdout), []);
});

test('no colour codes on a pipe; the match in colour when colour is forced', async () => {
	assert.ok(!runCli(['search', '八八戰略']).stdout.includes(ESC));
	const coloured = runCli(['search', '八八戰略'], {env: {FORCE_COLOR: '1'}}).stdout;
	assert.ok(coloured.includes(ESC));
	assert.match(coloured, /\u001b\[[\d;]*m八八战略\u001b\[/u);
});

test('searches a named file or stdin', async () => {
	const file = corpusFile('07');
	const expected = (await parseFile(file)).sections.filter(s => s.text.includes('习近平')).length;
	const fromFile = runCli(['search', 'xjp', file]);
	assert.equal(fromFile.status, 0, fromFile.stderr);
	assert.equal(fromFile.stdout.split('\n').filter(line => line.startsWith('§')).length, expected);
	const fromStdin = runCli(['search', 'xjp', '-'], {input: readFileSync(file)});
	assert.equal(fromStdin.stdout, fromFile.stdout);
});

test('a missing query or an extra argument is a usage error', async () => {
	assert.equal(runCli(['search']).status, 2);
	const extra = runCli(['search', 'ba', 'ba', 'zhan']);
	assert.equal(extra.status, 2);
	assert.match(extra.stderr, /quote/);
});

/** The built files a run of plenum loads, by name, seen through a module loader hook. */
const scratch = tempDir('loaded');
let runs = 0;

/**
 * The files a command loads, as a loader hook sees them. The hook writes each name to a file, in
 * the hooks' own thread and synchronously: what that thread wrote on stderr reached the parent
 * only if the command had not exited first, and under load the last import (opencc's t2cn) was
 * now and then missing.
 */
function loadedFiles(args: string[]): Set<string> {
	const log = join(scratch, `loaded-${++runs}.txt`);
	writeFileSync(log, '');
	const hook = `import {appendFileSync} from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url.split('/').pop() + '\\n'); return next(url, context); }`;
	const register = `import {register} from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hook))});`;
	spawnSync(process.execPath, ['--import', 'data:text/javascript,' + encodeURIComponent(register), CLI, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	return new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean));
}

test('only search loads the search engine, pinyin-pro and opencc-js: other commands start without them', async () => {
	const bySearch = loadedFiles(['search', '八八战略']);
	// What the other commands load between them: the outline alone, or the whole model.
	const bySections = new Set([...loadedFiles(['sections']), ...loadedFiles(['terms'])]);
	assert.ok(bySections.has('cli.js'));
	const searchOnly = [...bySearch].filter(name => !bySections.has(name));
	assert.ok(
		searchOnly.some(name => name.startsWith('t2cn')),
		searchOnly.join(),
	);
	assert.ok(searchOnly.length >= 3, searchOnly.join());
	for (const args of [['section', '2'], ['terms'], ['meta'], ['measures'], ['attendees'], []]) {
		const loaded = loadedFiles(args);
		assert.deepEqual(
			searchOnly.filter(name => loaded.has(name)),
			[],
			args.join(' '),
		);
	}
});

test('a pinyin query leaves opencc-js unloaded and still finds traditional text', async () => {
	assert.ok(![...loadedFiles(['search', 'bbzl'])].some(name => name.startsWith('t2cn')));
	const traditional = runCli(['search', 'bbzl', '-'], {input: '全會強調，要忠實踐行“八八戰略”，奮力打造“重要窗口”。\n'});
	assert.equal(traditional.status, 0, traditional.stderr);
	assert.match(traditional.stdout, /八八戰略/);
});

test('no pipe command loads Ink or React', async () => {
	const chunks = join(dirname(CLI), 'chunks');
	const browser = readdirSync(chunks).filter(name => readFileSync(join(chunks, name), 'utf8').includes('ink-root'));
	assert.ok(browser.length > 0, 'no chunk holds Ink');
	for (const args of [['section', '3'], ['sections'], ['--json'], ['search', 'bbzl'], ['measures', '--json'], ['attendees'], ['terms'], ['meta'], ['export', '--format', 'md'], []]) {
		const loaded = loadedFiles(args);
		assert.deepEqual(
			browser.filter(name => loaded.has(name)),
			[],
			args.join(' '),
		);
	}
});
