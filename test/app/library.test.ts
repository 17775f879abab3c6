// Folder listings: each file's head is read, what it gave is remembered by path, size and
// modification time, and the entries come newest first as they are found.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {HEAD_BYTES, readHead} from '../../source/app/head.ts';
import {jsonHeadCache, noHeadCache} from '../../source/app/head-cache.ts';
import {filesIn, scanLibrary} from '../../source/app/library.ts';
import {CORPUS_RAW, corpusFile} from '../helpers/corpus.ts';
import {DEV_RAW} from '../helpers/dev-corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const scratch = () => tempDir('library');

test('a big file is read only as far as its head, cut after a whole line', () => {
	const dir = scratch();
	const line = '全会指出，要坚持以人民为中心的发展思想。\n';
	const utf8 = join(dir, 'big.txt');
	writeFileSync(utf8, line.repeat(20_000));
	const head = readHead(utf8);
	assert.ok(head.bytes.length <= HEAD_BYTES && head.bytes.length > HEAD_BYTES - 200);
	assert.equal(head.size, statSync(utf8).size);
	assert.equal(Buffer.from(head.bytes).toString('utf8'), line.repeat(head.bytes.length / Buffer.byteLength(line)));
	const utf16 = join(dir, 'big16.txt');
	writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line.repeat(10_000), 'utf16le')]));
	const text = new TextDecoder('utf-16le').decode(readHead(utf16).bytes);
	assert.ok(text.endsWith('。\n') && !text.includes('\ufffd'), JSON.stringify(text.slice(-5)));
});

test('a 50 MB-like archive is listed from its head: the first report in it', async () => {
	const dir = scratch();
	const report = readFileSync(corpusFile('00'), 'utf8');
	writeFileSync(join(dir, 'archive.txt'), `${report}\n`.repeat(40));
	const {entries} = await scanLibrary(filesIn(dir)).finished;
	assert.equal(entries.length, 1);
	assert.equal(entries[0].title, '市委召开八届九次全体(扩大)会议');
	assert.equal(entries[0].bytes, statSync(join(dir, 'archive.txt')).size);
});

test('every real report of both corpora is listed: an opening that says a meeting was held is enough', async () => {
	// Titles that name no meeting (学习追赶世界先进城市, 125; 2020年第6次县政府常务会召开, 47), openings
	// without a lead (今晚，市政协举行九届二十次常委会议, 52), a page opening with chrome (61), a study
	// session (进行第三十四次集体学习, 74): 38 of 140 were once skipped as not reports.
	const files = [...filesIn(DEV_RAW), ...filesIn(CORPUS_RAW)];
	const library = await scanLibrary(files, {cache: noHeadCache}).finished;
	assert.deepEqual(
		files.filter(f => !library.entries.some(e => e.path === f)),
		[],
	);
	assert.equal(library.skipped, 0);
});

test('entries come newest first as they are found, and the listing says when it is done', async () => {
	const dir = scratch();
	copyFileSync(corpusFile('00'), join(dir, 'a.txt'));
	copyFileSync(corpusFile('13'), join(dir, 'b.txt'));
	copyFileSync(corpusFile('07'), join(dir, 'c.txt'));
	writeFileSync(join(dir, 'notes.txt'), 'not a report\n');
	const scan = scanLibrary(filesIn(dir));
	const seen: number[] = [];
	scan.subscribe(() => seen.push(scan.current().entries.length));
	const library = await scan.finished;
	assert.deepEqual(
		library.entries.map(e => e.date),
		['2024-03-05', '2022-10-12', '2020-12-12'],
	);
	assert.equal(library.skipped, 1);
	assert.ok(seen.length >= 2 && seen[0] >= 1, `updates: ${seen}`);
	assert.equal(scan.current().done, true);
});

test('a file is read again only when its size or modification time changed', async () => {
	const dir = scratch();
	const file = join(dir, 'a.txt');
	const text = readFileSync(corpusFile('00'), 'utf8');
	const when = new Date('2024-01-01T00:00:00Z');
	writeFileSync(file, text);
	utimesSync(file, when, when);
	const cachePath = join(dir, 'cache', 'heads.json');
	await scanLibrary([file], {cache: jsonHeadCache(cachePath)}).finished;
	// The same size and time, other words: the cache answers, the file is not read.
	writeFileSync(file, text.replace('市委召开', '县委召开'));
	utimesSync(file, when, when);
	let library = await scanLibrary([file], {cache: jsonHeadCache(cachePath)}).finished;
	assert.equal(library.entries[0].title, '市委召开八届九次全体(扩大)会议');
	const later = new Date(when.getTime() + 5000);
	utimesSync(file, later, later);
	library = await scanLibrary([file], {cache: jsonHeadCache(cachePath)}).finished;
	assert.equal(library.entries[0].title, '县委召开八届九次全体(扩大)会议');
});
