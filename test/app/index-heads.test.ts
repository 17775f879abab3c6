// The library's index standing in for a folder listing's cache of heads (app/index-heads.ts): a
// folder the library indexed, or one inside it, is listed from the index file for file as its
// heads list it; a file changed since is read again; no index, no stand-in.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, copyFileSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {indexedHeads} from '../../source/app/index-heads.ts';
import {noHeadCache} from '../../source/app/head-cache.ts';
import {filesIn, previousInFolder, scanLibrary} from '../../source/app/library.ts';
import {IndexedLibrary} from '../../source/library/index.ts';
import {cacheEnv, manyReports, noSqlite, tempDir} from '../library/helpers.ts';

test('a folder inside an indexed tree is listed from the index as its heads list it; a changed file is read again', {skip: noSqlite}, async () => {
	const root = manyReports(30);
	const {env} = cacheEnv();
	const folder = join(root, 'batch-000');
	assert.equal(await indexedHeads(folder, noHeadCache, env), null, 'no index yet');
	(await IndexedLibrary.open(root, {env})).close();
	const indexed = await indexedHeads(folder, noHeadCache, env);
	assert.ok(indexed, 'the index of the folder above');
	try {
		const paths = filesIn(folder);
		for (const path of paths) {
			const {size, mtimeMs} = statSync(path);
			assert.ok(indexed.cache.get(path, size, mtimeMs)?.entry, path);
		}
		const fromIndex = await scanLibrary(paths, {cache: indexed.cache, workers: 0}).finished;
		const fromHeads = await scanLibrary(paths, {cache: noHeadCache, workers: 0}).finished;
		assert.deepEqual(fromIndex, fromHeads);
		appendFileSync(paths[0], '\n全会号召，全党同志要团结一致。\n');
		const {size, mtimeMs} = statSync(paths[0]);
		assert.equal(indexed.cache.get(paths[0], size, mtimeMs), undefined, 'a changed file is not the index’s');
	} finally {
		indexed.close();
	}
});

test('the report before one in its series is found from the index where the index holds the file as it is', {skip: noSqlite}, async () => {
	const pairs = join(import.meta.dirname, '..', 'compare', 'pairs');
	const dir = tempDir();
	const older = join(dir, 'ccdi-2023.txt');
	const newer = join(dir, 'ccdi-2024.html');
	copyFileSync(join(pairs, '01-ccdi20-2nd-3rd', 'old.txt'), older);
	copyFileSync(join(pairs, '01-ccdi20-2nd-3rd', 'new.html'), newer);
	copyFileSync(join(pairs, '06-cc20-3rd-4th', 'old.txt'), join(dir, 'cc-2024.txt'));
	// A time in whole seconds, which can be set again exactly.
	const time = Math.floor(Date.now() / 1000) - 60;
	utimesSync(older, time, time);
	const {env} = cacheEnv();
	const before = process.env.XDG_CACHE_HOME;
	process.env.XDG_CACHE_HOME = env.XDG_CACHE_HOME;
	try {
		assert.deepEqual(await previousInFolder(newer), {path: older}, 'from the heads');
		(await IndexedLibrary.open(dir, {env})).close();
		assert.deepEqual(await previousInFolder(newer), {path: older}, 'from the index');
		// Bytes changed under the same size and time, which the index cannot see: its answer is
		// the one given, so the index was asked (the heads now date the older report 2025).
		writeFileSync(older, readFileSync(older, 'utf8').replaceAll('2023年1月', '2025年1月'));
		utimesSync(older, time, time);
		assert.deepEqual(await previousInFolder(newer), {path: older}, 'from the index, unchanged as far as it knows');
		process.env.XDG_CACHE_HOME = tempDir('plenum-cache-');
		const fromHeads = await previousInFolder(newer);
		assert.ok('reason' in fromHeads && /no earlier report/.test(fromHeads.reason), 'from the heads, without the index');
	} finally {
		if (before === undefined) delete process.env.XDG_CACHE_HOME;
		else process.env.XDG_CACHE_HOME = before;
	}
});
