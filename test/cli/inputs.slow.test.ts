import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {runCli} from '../helpers/run-cli.ts';
import {BUNDLED} from '../helpers/corpus.ts';
import {readFileSync} from 'node:fs';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('inputs');
const file = (name: string, content: string | Buffer) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};

test('a report piped to stdin is read without naming -', () => {
	const run = runCli(['meta'], {input: '### 某市委全体会议公报\n会议指出，要做好工作。'});
	assert.equal(run.status, 0);
	assert.match(run.stdout, /title\s+某市委全体会议公报/);
});

test('nothing on stdin opens the bundled report; an empty pipe, like an empty file, is an error', () => {
	const fallback = runCli(['meta']);
	assert.match(fallback.stdout, /市委召开八届九次全体/);
	for (const args of [['meta'], ['sections', '-'], []]) {
		const pipe = runCli(args, {input: ''});
		assert.equal(pipe.status, 5, args.join(' '));
		assert.equal(pipe.stderr, 'plenum: stdin is empty\n');
	}
	const empty = runCli(['meta', file('empty.txt', '')]);
	assert.equal(empty.status, 5);
	assert.match(empty.stderr, /^plenum: .*empty\.txt is empty\n$/);
	const blank = runCli(['meta', file('blank.txt', ' \n\u3000\u3000\n')]);
	assert.equal(blank.status, 5);
	assert.equal(blank.stderr.split('\n').length, 2);
});

test('a binary file does not look like text: exit 4, one line', () => {
	const run = runCli(['sections', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))]);
	assert.equal(run.status, 4);
	assert.match(run.stderr, /^plenum: .*image\.png does not look like text\n$/);
});

test('a GBK file reads the same as its UTF-8 original', () => {
	const utf8 = readFileSync(BUNDLED, 'utf8');
	const gbk = file('gbk.txt', iconv.encode(utf8, 'gbk'));
	const fromGbk = runCli(['--json', gbk]);
	const fromUtf8 = runCli(['--json', BUNDLED]);
	assert.equal(fromGbk.status, 0);
	assert.deepEqual(JSON.parse(fromGbk.stdout).sections, JSON.parse(fromUtf8.stdout).sections);
});

test('a file without read permission exits 3', () => {
	const path = file('secret.txt', '会议指出，甲。');
	chmodSync(path, 0o000);
	chmodSync(dir, 0o755);
	// Root reads every file, so as root the command runs as nobody.
	const run = runCli(['meta', path], {uid: process.getuid?.() === 0 ? 65534 : undefined});
	assert.equal(run.status, 3);
	assert.match(run.stderr, /permission denied/);
});

test('a directory where a file is expected is one clear line', () => {
	const run = runCli(['sections', dir]);
	assert.equal(run.status, 2);
	assert.match(run.stderr, /is a directory/);
});

test('a 1-byte file and a text with no structure still give a browsable outline', () => {
	const tiny = runCli([file('tiny.txt', 'x')]);
	assert.equal(tiny.status, 0);
	assert.match(tiny.stdout, /Sections \(1\)/);
	const prose = runCli([file('prose.txt', '今天天气很好。\n我们去公园散步，看见了很多花。\n晚上回家吃饭。')]);
	assert.equal(prose.status, 0);
	assert.match(prose.stdout, /Sections \(3\)/);
});

test('a 1 MB line with no breaks is cut into sections at its lead phrases', () => {
	const text = readFileSync(BUNDLED, 'utf8').replace(/\s+/g, '');
	const line = file('one-line.txt', text.repeat(Math.ceil(1_000_000 / Buffer.byteLength(text))));
	const run = runCli(['sections', '--json', line]);
	assert.equal(run.status, 0);
	const sections = JSON.parse(run.stdout);
	assert.ok(sections.length > 100, `${sections.length} sections`);
	assert.ok(sections.filter((s: {lead: string | null}) => s.lead === '全会号召').length > 10);
});
