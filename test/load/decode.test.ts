// A file pieced together from UTF-8 and GB18030 lines is read line by line, each in its own
// encoding, and plenum says so; a file in one encoding is never taken for a mixed one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {decode} from '../../source/load/decode.ts';
import {runCli} from '../helpers/run-cli.ts';
import {BUNDLED, corpusFiles} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const UTF8_PART = '### 某市委全体会议公报\n全会指出，要做好工作。\n';
const GB_PART = '全会强调，要抓好落实。\n出席这次全会的市委委员42名。\n';
const mixed = Buffer.concat([Buffer.from(UTF8_PART), iconv.encode(GB_PART, 'gb18030')]);

test('mixed UTF-8 and GB18030 lines each decode in their own encoding, marked mixed', async () => {
	const decoded = await decode(mixed);
	assert.equal(decoded.text, UTF8_PART + GB_PART);
	assert.equal(decoded.mixed, true);
});

test('the command line warns about a mixed file, once, on stderr', () => {
	const path = join(tempDir('mixed'), 'mixed.txt');
	writeFileSync(path, mixed);
	const run = runCli(['section', '2', path]);
	assert.equal(run.status, 0);
	assert.equal(run.stdout, '全会强调，要抓好落实。\n');
	assert.equal(run.stderr, `plenum: warning: ${path} mixes UTF-8 and GB18030 lines; each line was read in its own encoding (--encoding reads it in one)\n`);
});

test('GB18030 and GBK files, the bundled report in GBK among them, are not taken for mixed ones', async () => {
	const texts = [readFileSync(BUNDLED, 'utf8'), ...corpusFiles().map(path => readFileSync(path, 'utf8'))];
	for (const text of texts) {
		for (const encoding of ['gbk', 'gb18030']) {
			const decoded = await decode(iconv.encode(text.replace(/[^\u0000-\uffff]/gu, ''), encoding));
			assert.ok(!decoded.mixed, `${encoding}: ${text.slice(0, 20)}`);
		}
	}
});
