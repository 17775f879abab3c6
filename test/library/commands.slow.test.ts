// The library commands as a user runs them on a pipe: plenum index, search QUERY DIR, trend,
// people, export --format ndjson DIR. The folder is the labelled corpus (test/fixtures/corpus).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {CLI, runCli} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';
import {cacheEnv, corpusFile, corpusFolder, noSqlite} from './helpers.ts';

const dir = corpusFolder();
mkdirSync(join(dir, 'copies'));
copyFileSync(corpusFile('00'), join(dir, 'copies', 'shaoxing-again.txt'));
const {env} = cacheEnv();
const run = (args: string[]) => runCli(args, {env});

test('plenum index on a pipe prints a summary and nothing else: counts, copies, the index, what was skipped', {skip: noSqlite}, () => {
	const result = run(['index', dir]);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stderr, '');
	assert.doesNotMatch(result.stdout, /\x1b/);
	const lines = result.stdout.trim().split('\n');
	assert.match(lines[0], /: 12 files, 12 reports \(1 identical copy flagged\), 0 skipped$/);
	assert.match(lines[1], /^this run: 12 files parsed, 0 unchanged but touched, 0 removed, in \d+\.\d s$/);
	assert.match(lines[2], /^index: .*\.sqlite \(\d+\.\d MB\)$/);
});

test('search QUERY DIR groups hits by report, newest first, each section with its context; exit 1 when none', () => {
	// 八八战略: the Zhejiang CPPCC session (04, 2022-01-20) twice, the Shaoxing plenum (00, 2020-12-12) three times.
	const result = run(['search', '八八战略', dir]);
	assert.equal(result.status, 0, result.stderr);
	const heads = result.stdout
		.trimEnd()
		.split('\n')
		.filter(l => !l.startsWith(' '));
	assert.deepEqual(
		heads.map(l => l.split(/\s+/)[0]),
		['2022-01-20', '2020-12-12', '2020-12-12'],
	);
	assert.match(heads[0], /省政协十二届五次会议胜利闭幕 {2}×2 {2}.*04-zj-cppcc-npc-2022\.html$/);
	assert.match(heads[2], /×3 \(same as .*00-shaoxing-2020-plenum\.txt\) {2}.*shaoxing-again\.txt$/);
	assert.match(result.stdout, /\n {2}§2 {3}…进一步动员全市上下忠实践行“八八战略”/);
	const none = run(['search', '不存在的说法', dir]);
	assert.deepEqual([none.status, none.stdout], [1, '']);
});

test('search --json gives every hit with path, date, section, text and where the match is', () => {
	const hits = JSON.parse(run(['search', '--json', '八八戰略', dir]).stdout);
	assert.equal(hits.length, 2 + 3 + 3);
	for (const hit of hits) {
		assert.deepEqual(Object.keys(hit).slice(0, 6), ['path', 'date', 'title', 'meeting', 'section', 'text']);
		// Written 八八战略 in the reports; asked in traditional characters.
		assert.deepEqual(
			hit.matches,
			hit.ranges.map(() => '八八战略'),
		);
		assert.equal(hit.text.slice(hit.ranges[0].start, hit.ranges[0].end), '八八战略');
	}
	assert.equal(hits.filter((h: {copyOf: string | null}) => h.copyOf).length, 3);
});

test('trend gives counts per year and per report, first and last; --json and --csv for other tools', () => {
	// 全面从严治党: Shaoxing plenum 2020 (00), 19th CC 7th plenum 2022 (07), CCDI 2nd and 3rd plenums 2023, 2024 (09, 02).
	const json = JSON.parse(run(['trend', '--json', '全面从严治党', dir]).stdout);
	assert.deepEqual(Object.keys(json), ['term', 'total', 'first', 'last', 'years', 'reports']);
	assert.equal(json.term, '全面从严治党');
	assert.equal(json.total, 21);
	assert.equal(json.first, '2020-12-12');
	assert.equal(json.last, '2024-01-10');
	assert.deepEqual(
		json.years.filter((y: {count: number}) => y.count > 0),
		[
			{year: 2020, count: 2},
			{year: 2022, count: 3},
			{year: 2023, count: 10},
			{year: 2024, count: 6},
		],
	);
	// Every year of the library, from its oldest report (2013, 15) to its newest (2025, 20).
	assert.deepEqual([json.years[0].year, json.years.at(-1).year, json.years.length], [2013, 2025, 13]);
	assert.deepEqual(Object.keys(json.reports[0]), ['path', 'date', 'meeting', 'count', 'copyOf']);
	assert.deepEqual(
		json.reports.map((r: {date: string; count: number}) => [r.date, r.count]),
		[
			['2020-12-12', 1],
			['2020-12-12', 1],
			['2022-10-12', 3],
			['2023-01-10', 10],
			['2024-01-10', 6],
		],
	);
	const csv = run(['trend', '--csv', '全面从严治党', dir]).stdout.trim().split('\n');
	assert.deepEqual(csv.slice(0, 2), ['year,count', '2013,0']);
	assert.ok(csv.includes('2023,10'));
	const text = run(['trend', '全面从严治党', dir]).stdout;
	assert.match(text, /^全面从严治党: 21 occurrences in 5 reports, first 2020-12-12, last 2024-01-10\n/);
	assert.doesNotMatch(text, /[▁▂▃▄▅▆▇]/, 'no sparkline on a pipe');
});

test('people NAME DIR lists every meeting a person appears in, with their part and roles', () => {
	// 马卫光 spoke at the Shaoxing plenum (00) as 市委书记; the copy counts too, flagged.
	const text = run(['people', '马卫光', dir]).stdout.trim().split('\n');
	assert.equal(text[0], '马卫光: 2 reports');
	assert.match(text[1], /^2020-12-12 {2}spoke \(also reported, explained\) {2}市委书记 {2}市委八届九次全体\(扩大\)会议/);
	assert.match(text[2], /\(same as .*00-shaoxing-2020-plenum\.txt\)$/);
	const json = JSON.parse(run(['people', '--json', '马卫光', dir]).stdout);
	assert.deepEqual(
		json.map((a: {part: string; roles: string[]}) => [a.part, a.roles]),
		[
			['spoke', ['市委书记']],
			['spoke', ['市委书记']],
		],
	);
	const nobody = run(['people', '张三丰', dir]);
	assert.equal(nobody.status, 1);
	assert.match(nobody.stderr, /张三丰 appears in no report of /);
});

test('export --format ndjson DIR writes bulk-index lines: an action, then a report or a section document', () => {
	const lines = run(['export', '--format', 'ndjson', dir]).stdout.trim().split('\n');
	assert.equal(lines.length % 2, 0);
	const docs: {type: string; path: string; section?: number; text: string; title?: string}[] = [];
	for (let i = 0; i < lines.length; i += 2) {
		const action = JSON.parse(lines[i]);
		assert.deepEqual(Object.keys(action), ['index']);
		assert.equal(action.index._index, 'plenum');
		assert.match(action.index._id, /^[0-9a-f]{20}(-\d+)?$/);
		docs.push(JSON.parse(lines[i + 1]));
	}
	const reports = docs.filter(d => d.type === 'report');
	assert.equal(reports.length, 12);
	assert.equal(new Set(lines.filter((_, i) => i % 2 === 0)).size, lines.length / 2, 'every id once');
	const shaoxing = reports.find(d => basename(d.path) === '00-shaoxing-2020-plenum.txt')!;
	assert.equal(shaoxing.title, '市委召开八届九次全体(扩大)会议');
	const sections = docs.filter(d => d.type === 'section' && d.path === shaoxing.path);
	assert.equal(sections.map(s => s.text).join('\n'), shaoxing.text);
	// The Shaoxing plenum's first section, as the report has it (00).
	assert.match(sections[0].text, /^10日下午至11日上午,市委召开八届九次全体\(扩大\)会议。/);
});

test('library commands say what they need', () => {
	assert.equal(run(['trend', '改革']).status, 2);
	assert.match(run(['trend', '改革']).stderr, /trend needs a term and a folder: plenum trend TERM DIR/);
	assert.equal(run(['index', join(dir, 'nowhere')]).status, 2);
	assert.equal(run(['export', '--format', 'ndjson', corpusFile('00')]).status, 2);
	// A write that fails says why in words, as export -o does.
	const nowhere = run(['export', '--format', 'ndjson', dir, '-o', '/nonexistent/dir/x.ndjson']);
	assert.equal(nowhere.status, 74);
	assert.equal(nowhere.stderr, 'plenum: cannot write /nonexistent/dir/x.ndjson: no such folder\n');
});

test('search and trend over a folder answer as the command line does, without loading it (meow)', () => {
	const hook = (log: string) =>
		`import {appendFileSync} from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
	const scratch = tempDir('library-query-loads');
	let runs = 0;
	const loaded = (args: string[]) => {
		const log = join(scratch, `loaded-${++runs}.txt`);
		writeFileSync(log, '');
		const register = `import {register} from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hook(log)))});`;
		spawnSync(process.execPath, ['--import', 'data:text/javascript,' + encodeURIComponent(register), CLI, ...args], {env: {...process.env, ...env}, stdio: 'ignore'});
		return readFileSync(log, 'utf8').split('\n').filter(Boolean);
	};
	const withMeow = (files: string[]) => files.filter(url => url.includes('/dist/') && readFileSync(new URL(url), 'utf8').includes('allowUnknownFlags'));
	assert.ok(withMeow(loaded(['--version'])).length > 0, 'no chunk holds meow');
	for (const args of [
		['search', '八八战略', dir],
		['trend', '--json', '全面从严治党', dir],
	])
		assert.deepEqual(withMeow(loaded(args)), [], args.join(' '));
	// A flag the entry leaves to the command line (--force changes nothing here) takes the command line's way: the same answer.
	for (const args of [
		['search', '八八战略', dir],
		['search', '--json', '八八戰略', dir],
		['search', '不存在的说法', dir],
		['trend', '全面从严治党', dir],
		['trend', '全面从严治党', dir, '--json'],
		['trend', '--csv', '全面从严治党', dir],
		['trend', '不存在的说法', dir],
	])
		assert.deepEqual(run(args), run([...args, '--force']), args.join(' '));
});
