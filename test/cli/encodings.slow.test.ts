// Reports come as UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, and saved pages in
// any of those: each reads as the same report.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {runCli} from '../helpers/run-cli.ts';
import {BUNDLED, corpusFile} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('enc');
const write = (name: string, bytes: Buffer) => {
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
};
const utf8 = readFileSync(BUNDLED, 'utf8');
const sections = (path: string, ...flags: string[]) => {
	const run = runCli(['sections', '--json', ...flags, path]);
	assert.equal(run.status, 0, run.stderr);
	return JSON.parse(run.stdout).map((s: {text: string}) => s.text);
};
const expected = sections(BUNDLED);

test('UTF-8 with a BOM, UTF-16LE and UTF-16BE with BOMs read as the UTF-8 original', () => {
	assert.deepEqual(sections(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]))), expected);
	assert.deepEqual(sections(write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf8, 'utf-16le')]))), expected);
	assert.deepEqual(sections(write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(utf8, 'utf-16be')]))), expected);
});

test('GB18030 text is detected without being named', () => {
	assert.deepEqual(sections(write('gb18030.txt', iconv.encode(utf8, 'gb18030'))), expected);
});

test('a GBK web page reads whatever its charset meta says', () => {
	const page = readFileSync(corpusFile('02'), 'utf8');
	const original = sections(corpusFile('02'));
	const gbkPage = iconv.encode(page.replace(/charset=utf-8/i, 'charset=gb2312'), 'gbk');
	assert.deepEqual(sections(write('page-gbk.html', gbkPage)), original);
	// A page that claims UTF-8 but is GBK is still read right.
	assert.deepEqual(sections(write('page-lying.html', iconv.encode(page, 'gbk'))), original);
});

test('--encoding forces an encoding; an unknown one is a usage error', () => {
	const big5 = write('big5.txt', iconv.encode('全會指出，要做好工作。', 'big5'));
	assert.deepEqual(sections(big5, '--encoding', 'big5'), ['全會指出，要做好工作。']);
	const bad = runCli(['sections', '--encoding', 'klingon', big5]);
	assert.equal(bad.status, 2);
	assert.equal(bad.stderr, 'plenum: unknown encoding klingon\n');
});

test("a saved page's own publication date is read from its text, not from side lists", async () => {
	const {publishedDate} = await import('../../source/load/html.ts');
	const html = '<a title="标题：另一篇&#xD;发表时间：2026年06月11日">另一篇</a><span>发布时间：2022年02月21日</span>';
	assert.equal(publishedDate(html, '另一篇 发布时间：2022年02月21日'), '2022-02-21');
	assert.equal(publishedDate('<meta property="article:published_time" content="2023-5-6T08:00">', ''), '2023-05-06');
	assert.equal(publishedDate('<p>no date</p>', 'no date'), null);
});
