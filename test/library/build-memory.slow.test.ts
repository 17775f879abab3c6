// What the indexer keeps in memory beside the parse workers (issue 13: 10,000 reports under 300 MB
// peak RSS). Not timings: sizes read at exit, or a setting read back from the index.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {loadSqlite, openSqlite} from '../../source/library/sqlite.ts';
import {noSqlite, tempDir} from './helpers.ts';

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
