// A large report's young generation: parsing 10 MB grew V8's young generation to 16–32 MB, which
// the browser then kept idle beside the extractors' worker, at its peak memory; app/open.ts holds
// it at its size for a report over 8 MB (app/young-generation.ts). A folder's listing grew it to
// 32 MB too (a fifth of its peak at 1,000 files), and holds it as its worker starts
// (app/library.ts). Not a timing: its size at exit, read by a probe preloaded into the built
// command.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {CLI} from '../helpers/run-cli.ts';
import {BUNDLED, CORPUS_RAW} from '../helpers/corpus.ts';
import {DEV_RAW} from '../helpers/dev-corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const PROBE = join(import.meta.dirname, '..', 'e2e', 'fixtures', 'heap-probe.mjs');

test('a 9 MB report is read with the young generation held at 8 MB at most', () => {
	const dir = tempDir('young');
	// The bundled report's paragraphs (data/shaoxing-2020-12-plenum.txt), repeated to 9 MB.
	const paragraphs = readFileSync(BUNDLED, 'utf8')
		.split('\n')
		.filter(line => line.trim().length > 30);
	const text = Array.from({length: Math.ceil((9 * 2 ** 20) / Buffer.byteLength(paragraphs.join('\n\n')))}, () => paragraphs.join('\n\n')).join('\n\n');
	const file = join(dir, 'long.txt');
	writeFileSync(file, text);
	const log = join(dir, 'heap.log');
	const run = spawnSync(process.execPath, ['--import', PROBE, CLI, 'section', '1', file], {env: {...process.env, PLENUM_HEAP_LOG: log}, encoding: 'utf8'});
	assert.equal(run.status, 0, run.stderr);
	const young = Number(readFileSync(log, 'utf8').trim());
	assert.ok(young <= 8 * 2 ** 20, `the young generation is ${(young / 2 ** 20).toFixed(1)} MB`);
});

test('a folder of 400 reports is listed with the young generation held at 8 MB at most', () => {
	const dir = tempDir('young');
	const reports = join(dir, 'reports');
	mkdirSync(reports);
	// Both corpora's reports (test/fixtures/corpus/raw, test/corpus/raw), copied round to 400 files.
	const files = [CORPUS_RAW, DEV_RAW].flatMap(folder => readdirSync(folder).map(name => join(folder, name)));
	for (let i = 0; i < 400; i++) copyFileSync(files[i % files.length], join(reports, `${String(i).padStart(3, '0')}-${files[i % files.length].split('/').pop()}`));
	const log = join(dir, 'heap.log');
	const env = {...process.env, PLENUM_HEAP_LOG: log, XDG_CACHE_HOME: join(dir, 'cache')};
	const run = spawnSync(process.execPath, ['--import', PROBE, CLI, 'list', reports], {env, encoding: 'utf8'});
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stdout.trim().split('\n').length, 400);
	const young = Number(readFileSync(log, 'utf8').trim());
	assert.ok(young <= 8 * 2 ** 20, `the young generation is ${(young / 2 ** 20).toFixed(1)} MB`);
});
