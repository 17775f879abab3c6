// The library's index: exact answers (the same as searching each report on its own), identical
// copies counted and flagged, incremental updates, files that vanish, symlink loops, caches made
// by another version, and the in-memory fallback giving the same answers.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {IndexedLibrary} from '../../source/library/index.ts';
import {indexPath} from '../../source/library/cache.ts';
import {createIndex, search, type SearchIndex} from '../../source/search/index.ts';
import {parseFile} from '../helpers/corpus.ts';
import {cacheEnv, corpusFile, corpusFolder, noSqlite, openDatabase} from './helpers.ts';

type Place = string;

/** `file §n [start,end) …` for every section hit: what a user sees, as one comparable string. */
function placesOf(library: IndexedLibrary, result: Awaited<ReturnType<IndexedLibrary['search']>>): Place[] {
	const counted = result.reports.flatMap(r => r.sections.map(s => s.count));
	library.withRanges(result);
	const sections = result.reports.flatMap(r => r.sections);
	assert.deepEqual(
		sections.map(s => s.ranges?.length),
		counted,
		'the count is the number of ranges',
	);
	return result.reports.flatMap(r => r.sections.map(s => `${basename(r.report.path)} §${s.n} ${s.ranges!.map(x => `${x.start}-${x.end}`).join(',')}`)).sort();
}

/** The same places found by searching each report on its own with plenum's search engine. */
async function placesOneByOne(dir: string, query: string): Promise<Place[]> {
	const out: Place[] = [];
	for (const name of readdirSync(dir).sort()) {
		const key = join(dir, name);
		if (!engines.has(key)) engines.set(key, await createIndex(await parseFile(key)));
		for (const hit of search(engines.get(key)!, query, {kinds: ['section']})) out.push(`${name} §${hit.id} ${hit.ranges.map(x => `${x.start}-${x.end}`).join(',')}`);
	}
	return out.sort();
}

const engines = new Map<string, SearchIndex>();

// The queries, and the corpus reports they come from: 改革 and 全面从严治党 occur in the CCDI and
// Central Committee communiqués (02, 07, 09, 15); 八八戰略 is 八八战略 (Shaoxing plenum, 00; Zhejiang
// CPPCC, 04) written in traditional characters; bbzl is its pinyin initials; 党 one character;
// 八八战略 重要窗口 two words that 00 and 04 say in the same sentence; babazhanlue and zhanlue its
// pinyin, qmcyzd the initials of 全面从严治党. 全会 is a two-character word of every plenum; “重要窗口”
// (00) is a word with quotation marks, which its bigrams alone cannot place; 00 overlaps itself in
// 近3000名全国人大代表 (13), where matches are counted leftmost, without overlap.
const QUERIES = ['改革', '全会', '全面从严治党', '八八戰略', 'bbzl', 'babazhanlue', 'zhanlue', 'qmcyzd', '党', '八八战略 重要窗口', '２０２４', '“重要窗口”', '00'];

test('library search finds exactly what searching each report finds, with SQLite and in memory', {skip: noSqlite}, async () => {
	const dir = corpusFolder();
	const {env} = cacheEnv();
	const indexed = await IndexedLibrary.open(dir, {env});
	const memory = await IndexedLibrary.open(dir, {env: {...env, PLENUM_NO_SQLITE: '1'}});
	assert.equal(indexed.store.kind, 'sqlite');
	assert.equal(memory.store.kind, 'memory');
	for (const query of QUERIES) {
		const expected = await placesOneByOne(dir, query);
		assert.ok(expected.length > 0, `${query} occurs in the corpus`);
		assert.deepEqual(placesOf(indexed, await indexed.search(query)), expected, `${query} from the index`);
		assert.deepEqual(placesOf(memory, await memory.search(query)), expected, `${query} in memory`);
	}
	indexed.close();
});

test('identical copies count as reports of their own and are flagged as copies', async () => {
	const dir = corpusFolder();
	mkdirSync(join(dir, 'again'));
	copyFileSync(corpusFile('00'), join(dir, 'again', 'shaoxing-copy.txt'));
	const library = await IndexedLibrary.open(dir, cacheEnv());
	// 八八战略 occurs 3 times in the Shaoxing plenum (00) and twice in the Zhejiang CPPCC report (04).
	const hits = await library.search('八八战略');
	assert.equal(hits.total, 3 + 3 + 2);
	const copy = hits.reports.find(r => r.report.path.endsWith('shaoxing-copy.txt'));
	assert.equal(copy?.copyOf, join(library.root, basename(corpusFile('00'))));
	const t = await library.trend('八八战略');
	assert.deepEqual(
		t.years.find(y => y.year === 2020),
		{year: 2020, count: 6},
	);
	assert.equal(library.people('马卫光').length, 2);
	library.close();
});

// A query reads the reports' ids, its own hits' rows, the copies and the dates apart (sqlite.ts):
// they must answer as the rows of every report would, after an update as before it.
test('copies and the years of a trend are those of every report, before and after an update', {skip: noSqlite}, async () => {
	const dir = corpusFolder();
	copyFileSync(corpusFile('00'), join(dir, 'shaoxing-copy.txt'));
	const {env} = cacheEnv();
	const yearsOf = (library: IndexedLibrary) => {
		const years = library
			.reports()
			.filter(r => r.date)
			.map(r => Number(r.date!.slice(0, 4)));
		return [Math.min(...years), Math.max(...years)];
	};
	const copyOf = async (library: IndexedLibrary) => (await library.search('八八战略')).reports.find(r => r.report.path.endsWith('shaoxing-copy.txt'))?.copyOf;
	const first = await IndexedLibrary.open(dir, {env, update: true});
	assert.equal(await copyOf(first), join(first.root, basename(corpusFile('00'))));
	const t = await first.trend('八八战略');
	assert.deepEqual([t.years[0].year, t.years.at(-1)!.year], yearsOf(first));
	assert.equal(t.reports.find(r => r.path.endsWith('shaoxing-copy.txt'))?.copyOf, join(first.root, basename(corpusFile('00'))));
	first.close();
	// The copy is a copy no more once its bytes change; the oldest report gone, the years start later.
	writeFileSync(join(dir, 'shaoxing-copy.txt'), readFileSync(corpusFile('00'), 'utf8') + '\n（又及）\n');
	const oldest = first.reports().at(-1)!;
	rmSync(oldest.path);
	const second = await IndexedLibrary.open(dir, {env, update: true});
	assert.equal(await copyOf(second), null);
	const after = await second.trend('八八战略');
	assert.deepEqual([after.years[0].year, after.years.at(-1)!.year], yearsOf(second));
	assert.ok(second.reports().every(r => r.path !== oldest.path));
	second.close();
});

test('an update parses only new and changed files, and forgets removed ones', {skip: noSqlite}, async () => {
	const dir = corpusFolder();
	const {env} = cacheEnv();
	const first = await IndexedLibrary.open(dir, {env, update: true});
	assert.equal(first.summary?.parsed, 11);
	first.close();
	const again = await IndexedLibrary.open(dir, {env, update: true});
	assert.deepEqual([again.summary?.parsed, again.summary?.touched, again.summary?.removed], [0, 0, 0]);
	again.close();
	// Same bytes, new time: hashed, not parsed. New bytes: parsed. Gone: removed.
	const shaoxing = join(dir, basename(corpusFile('00')));
	utimesSync(join(dir, basename(corpusFile('07'))), new Date(), new Date(Date.now() + 5000));
	// A sentence made up for this test, in the style of the Shaoxing plenum report (00), put into its first section.
	writeFileSync(shaoxing, readFileSync(shaoxing, 'utf8').replace('市委常委会主持会议。', '市委常委会主持会议。全会强调，要全力推进未来社区试点建设。'));
	rmSync(join(dir, basename(corpusFile('13'))));
	const updated = await IndexedLibrary.open(dir, {env, update: true});
	assert.deepEqual([updated.summary?.parsed, updated.summary?.touched, updated.summary?.removed], [1, 1, 1]);
	assert.equal((await updated.search('未来社区试点')).reports.length, 1);
	// 十四届全国人大二次会议 is the headline of the removed report (13).
	assert.equal((await updated.search('十四届全国人大二次会议在京开幕')).reports.length, 0);
	// The changed and the removed report leave their postings behind: they count no more, as an index
	// made afresh shows (八八战略: 00 and 04; 全会: 00 and the plenums; 全国人大: 13 among others).
	const fresh = await IndexedLibrary.open(dir, cacheEnv());
	for (const query of ['八八战略', '全会', '全国人大']) assert.equal((await updated.search(query)).total, (await fresh.search(query)).total, query);
	fresh.close();
	updated.close();
});

test('a file that vanishes while the folder is indexed is noted, and the rest is indexed', async () => {
	const dir = corpusFolder();
	const gone = join(dir, basename(corpusFile('02')));
	let removed = false;
	const library = await IndexedLibrary.open(dir, {
		...cacheEnv(),
		onProgress: () => {
			// The walk has listed every file; the first progress report comes before any is read.
			if (!removed) rmSync(gone);
			removed = true;
		},
	});
	assert.deepEqual(library.summary?.problems, [{path: gone, reason: 'vanished while indexing'}]);
	assert.equal(library.reports().length, 10);
	library.close();
});

test('a symlink loop is entered once and noted', async () => {
	const dir = corpusFolder();
	mkdirSync(join(dir, 'sub'));
	symlinkSync('..', join(dir, 'sub', 'up'));
	symlinkSync('.', join(dir, 'self'));
	symlinkSync('nowhere', join(dir, 'broken'));
	const library = await IndexedLibrary.open(dir, cacheEnv());
	assert.equal(library.summary?.files, 11);
	assert.equal(library.reports().length, 11);
	assert.deepEqual(library.summary?.problems.map(p => [basename(p.path), p.reason.split(' (')[0]]).sort(), [
		['broken', 'vanished or a broken link'],
		['self', 'symlink loop'],
		['up', 'symlink loop'],
	]);
	library.close();
});

test('an index made by another version, or by another parser, is made anew with one warning', {skip: noSqlite}, async () => {
	const dir = corpusFolder();
	const {env} = cacheEnv();
	const path = indexPath(join(dir), env);
	// What an older plenum might have left: a database of another shape, unnumbered.
	mkdirSync(join(path, '..'), {recursive: true});
	const old = openDatabase(path);
	old.exec('CREATE TABLE reports(path TEXT, json TEXT)');
	old.close();
	const warnings: string[] = [];
	const library = await IndexedLibrary.open(dir, {env, warn: w => warnings.push(w)});
	assert.equal(warnings.length, 1);
	assert.match(warnings[0], /^rebuilding the index: the cache holds a database plenum did not make/);
	assert.equal(library.reports().length, 11);
	library.close();
	const db = openDatabase(path);
	db.prepare("UPDATE meta SET value = 'an older parser' WHERE key = 'parser'").run();
	db.close();
	warnings.length = 0;
	const rebuilt = await IndexedLibrary.open(dir, {env, warn: w => warnings.push(w)});
	assert.deepEqual(warnings, ['rebuilding the index: the parser has changed since the index was made']);
	assert.equal(rebuilt.summary?.parsed, 11);
	assert.equal((await rebuilt.search('全面从严治党')).reports.length, 4);
	rebuilt.close();
});

test('files that are not reports are counted with the reason, never fatal', async () => {
	const dir = corpusFolder();
	writeFileSync(join(dir, 'notes.txt'), 'shopping: milk, eggs\n');
	writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0, 0, 0x10]));
	writeFileSync(join(dir, 'empty.txt'), '');
	const library = await IndexedLibrary.open(dir, cacheEnv());
	assert.deepEqual(
		library.store.skipped().map(s => [basename(s.path), s.reason]),
		[
			['empty.txt', 'empty'],
			['notes.txt', 'not a report'],
			['photo.jpg', 'not text'],
		],
	);
	assert.equal(library.reports().length, 11);
	library.close();
});
