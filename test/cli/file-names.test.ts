// File names that are not UTF-8 open: a GBK name given on the command line, and one found in a
// folder, which plenum lists by its GB18030 reading.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {runShell} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';

const REPORT = '市委召开八届九次全体会议\n2020-12-12 07:41 来源:绍兴网\n全会指出，要做好工作。\n全会强调，要抓好落实。\n';
const dir = tempDir('names');
const gbk = iconv.encode('全会公报.txt', 'gbk');
const folder = join(dir, 'reports');
mkdirSync(folder);
writeFileSync(Buffer.concat([Buffer.from(folder + '/'), gbk]), REPORT);
/** The name as the shell passes it: printf with octal escapes of the GBK bytes. */
const shellName = `"${folder}/$(printf '${Array.from(gbk, b => `\\${b.toString(8).padStart(3, '0')}`).join('')}')"`;

test('a file named in GBK bytes opens from the command line', () => {
	const run = runShell(`$PLENUM sections ${shellName}`);
	assert.equal(run.stderr, '');
	assert.equal(run.status, 0);
	assert.match(run.stdout, /^§1 {3}全会指出/m);
});

test('a folder with a GBK name lists it by its GB18030 reading, and the picker path opens it', () => {
	const run = runShell(`$PLENUM list --json "${folder}"`);
	assert.equal(run.status, 0, run.stderr);
	const [entry] = JSON.parse(run.stdout);
	assert.equal(entry.path, join(folder, '全会公报.txt'));
	assert.equal(entry.sections, 2);
});

test('a folder of many GBK names, read on both cores: the worker opens them by their bytes too', () => {
	// Past two batches of 24 the listing reads on a worker thread (app/library.ts), which knows
	// the names' bytes only from the paths it is sent.
	const many = join(dir, 'many');
	mkdirSync(many);
	for (let i = 0; i < 60; i++) writeFileSync(Buffer.concat([Buffer.from(many + '/'), iconv.encode(`全会公报${i}.txt`, 'gbk')]), REPORT);
	const run = runShell(`XDG_CACHE_HOME="${join(dir, 'cache')}" $PLENUM list --json "${many}"`);
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stderr, '');
	const entries = JSON.parse(run.stdout) as {path: string}[];
	assert.equal(entries.length, 60);
	assert.ok(entries.every(e => /\/全会公报\d+\.txt$/.test(e.path)));
});
