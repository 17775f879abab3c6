// What the indexer keeps in memory beside the parse workers (issue 13: 10,000 reports under 300 MB
// peak RSS). Not timings: sizes read at exit, or a setting read back from the index.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {CLI} from '../helpers/run-cli.ts';
import {loadSqlite, openSqlite} from '../../source/library/sqlite.ts';
import {cacheEnv, manyReports, noSqlite, tempDir} from './helpers.ts';

const PROBE = join(import.meta.dirname, '..', 'e2e', 'fixtures', 'heap-probe.mjs');

test('indexing 400 reports leaves the main thread young generation under 32 MB, where it grew before', {skip: noSqlite}, () => {
	// The corpus's plain-text reports, each with a line of its own (helpers.ts manyReports).
	const reports = manyReports(400);
	const {env} = cacheEnv();
	const log = join(tempDir('heap'), 'heap.log');
	const run = spawnSync(process.execPath, ['--import', PROBE, CLI, 'index', '--json', reports], {env: {...env, PLENUM_HEAP_LOG: log}, encoding: 'utf8'});
	assert.equal(run.status, 0, run.stderr);
	assert.equal(JSON.parse(run.stdout).summary.parsed, 400);
	const young = Number(readFileSync(log, 'utf8').trim());
	// Held once the workers run: 8 MB, or 16 MB when the machine is busy and it grew before the hold.
	assert.ok(young <= 16 * 2 ** 20, `the young generation is ${(young / 2 ** 20).toFixed(1)} MB`);
});

test("the indexer's connection keeps SQLite's own 2 MB page cache, not better-sqlite3's 16 MB", {skip: noSqlite}, async () => {
	const Database = await loadSqlite();
	assert.ok(!(Database instanceof Error));
	const opened = await openSqlite(Database, join(tempDir('cache'), 'index.sqlite'), 'test', true);
	assert.ok('store' in opened);
	const db = (opened.store as unknown as {db: {pragma(source: string, options: {simple: true}): unknown}}).db;
	try {
		assert.equal(db.pragma('cache_size', {simple: true}), -2000);
	} finally {
		opened.store.close();
	}
});
