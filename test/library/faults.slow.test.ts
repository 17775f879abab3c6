// The library under faults, through the command as users run it: an index killed mid-way
// (kill -9, Ctrl-C), two indexers at once, a cache folder that cannot be written, better-sqlite3
// missing, a folder of thousands of files that are not reports.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {chmodSync, cpSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {CLI, runCli} from '../helpers/run-cli.ts';
import {indexPath} from '../../source/library/cache.ts';
import {libraryRoot} from '../../source/library/cache.ts';
import {cacheEnv, corpusFolder, manyReports, noSqlite, openDatabase, tempDir} from './helpers.ts';

interface Ended {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

function startCli(args: string[], env: NodeJS.ProcessEnv) {
	const child = spawn(process.execPath, [CLI, ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', d => (stdout += d));
	child.stderr.on('data', d => (stderr += d));
	const ended = new Promise<Ended>(resolve => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})));
	return {child, ended};
}

/** Files the index holds so far, read as another process would (0 before it exists). */
function indexedCount(path: string): number {
	if (!existsSync(path)) return 0;
	try {
		const db = openDatabase(path, {readonly: true});
		try {
			return db.prepare('SELECT count(*) FROM files').pluck().get() as number;
		} finally {
			db.close();
		}
	} catch {
		return 0;
	}
}

async function waitUntil(test: () => boolean, timeout = 20000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!test()) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise(r => setTimeout(r, 20));
	}
}

function integrity(path: string): string {
	const db = openDatabase(path, {readonly: true});
	try {
		return db.pragma('integrity_check', {simple: true}) as string;
	} finally {
		db.close();
	}
}

function summaryOf(run: {stdout: string}): {parsed: number; reports: number; files: number} {
	const json = JSON.parse(run.stdout);
	return {parsed: json.summary.parsed, reports: json.reports, files: json.summary.files};
}

/** Files in the folder an interrupted index is stopped in. */
const FILES = 800;

for (const [how, signal] of [
	['kill -9', 'SIGKILL'],
	['Ctrl-C', 'SIGINT'],
] as const) {
	test(`an index stopped by ${how} is whole, and the next run goes on from where it stopped`, {skip: noSqlite}, async () => {
		// Enough files that the run is still going after its first batch (100 files or 2 s) is written.
		const dir = manyReports(FILES);
		const {env} = cacheEnv();
		const db = indexPath(libraryRoot(dir), env);
		const run = startCli(['index', '--json', dir], env);
		await waitUntil(() => indexedCount(db) > 0);
		run.child.kill(signal);
		const ended = await run.ended;
		const kept = indexedCount(db);
		assert.ok(kept > 0 && kept < FILES, `stopped part way (${kept} of ${FILES} files indexed)`);
		assert.equal(integrity(db), 'ok');
		if (signal === 'SIGINT') {
			assert.equal(ended.code, 130);
			assert.match(ended.stderr, /interrupted; run plenum index again to go on from here/);
		} else assert.equal(ended.signal, 'SIGKILL');
		const resumed = runCli(['index', '--json', dir], {env});
		assert.equal(resumed.status, 0, resumed.stderr);
		const summary = summaryOf(resumed);
		assert.ok(summary.parsed <= FILES - kept, `parsed ${summary.parsed}, only what was missing`);
		assert.equal(summary.reports, FILES);
		// The Shaoxing plenum (00) says 八八战略 three times; one in eight of the files is made from it.
		const hits = JSON.parse(runCli(['search', '--json', '八八战略', dir], {env}).stdout);
		assert.equal(hits.length, 3 * new Set(hits.map((h: {path: string}) => h.path)).size);
		assert.equal(new Set(hits.map((h: {path: string}) => h.path)).size, FILES / 8);
	});
}

test('two indexers at once: the second waits for the first, and the index is whole', {skip: noSqlite}, async () => {
	const dir = manyReports(100);
	const {env} = cacheEnv();
	const first = startCli(['index', '--json', dir], env);
	const second = startCli(['index', '--json', dir], env);
	const [a, b] = await Promise.all([first.ended, second.ended]);
	assert.deepEqual([a.code, b.code], [0, 0], a.stderr + b.stderr);
	assert.equal([a.stderr, b.stderr].filter(s => /waiting for another plenum \(pid \d+\) indexing this folder/.test(s)).length, 1);
	const [ra, rb] = [summaryOf(a), summaryOf(b)];
	assert.deepEqual([ra.reports, rb.reports], [100, 100]);
	// One of them parsed everything, the other nothing: it found the index up to date.
	assert.deepEqual(
		[ra.parsed, rb.parsed].sort((x, y) => x - y),
		[0, 100],
	);
	assert.equal(integrity(indexPath(libraryRoot(dir), env)), 'ok');
});

test('a cache folder that cannot be written: one warning, and the answers still come', {skip: noSqlite || (process.getuid?.() !== 0 && 'needs root to run as another user')}, () => {
	const dir = corpusFolder();
	chmodSync(dir, 0o755);
	const cache = tempDir('cache');
	mkdirSync(join(cache, 'plenum'));
	chmodSync(cache, 0o755);
	// Owned by root and not writable by others: read-only for the user the command runs as.
	const run = runCli(['trend', '--json', '全面从严治党', dir], {env: {XDG_CACHE_HOME: cache, HOME: cache}, uid: 65534});
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stderr.trim().split('\n').length, 1);
	assert.match(run.stderr, /^plenum: cannot keep an index in .*\/plenum \(EACCES\): reading the folder into memory this time\n$/);
	// 全面从严治党: 1 in the Shaoxing plenum (00), 3 in the 19th CC's 7th plenum (07), 10 and 6 in the CCDI's 2nd and 3rd (09, 02).
	assert.equal(JSON.parse(run.stdout).total, 20);
});

test('without better-sqlite3 the library is read into memory, with one warning', () => {
	const dir = corpusFolder();
	// plenum as bundled, with no node_modules beside it: better-sqlite3 cannot be found.
	const bare = tempDir('bare');
	cpSync(join(CLI, '..'), join(bare, 'dist'), {recursive: true});
	writeFileSync(join(bare, 'package.json'), '{"type": "module"}\n');
	const {env} = cacheEnv();
	const run = runCli(['search', '--json', '全面从严治党', dir], {env: {...env, PLENUM_E2E_CLI: undefined}, cli: join(bare, 'dist', 'cli.js')});
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stderr, /^plenum: the index needs better-sqlite3, which did not load \(ERR_MODULE_NOT_FOUND\): reading the folder into memory this time\n$/);
	// 全面从严治党 20 times in the corpus (see the test above).
	assert.equal(
		JSON.parse(run.stdout).reduce((n: number, hit: {ranges: unknown[]}) => n + hit.ranges.length, 0),
		20,
	);
});

test('5,000 files that are not reports are counted and listed, and the reports among them indexed', () => {
	const dir = corpusFolder();
	mkdirSync(join(dir, 'notes'));
	for (let i = 0; i < 5000; i++) writeFileSync(join(dir, 'notes', `note-${i}.txt`), `note ${i}: call back on Monday\n`);
	const {env} = cacheEnv();
	const run = runCli(['index', '--json', dir], {env});
	assert.equal(run.status, 0, run.stderr);
	const json = JSON.parse(run.stdout);
	assert.equal(json.reports, 11);
	assert.equal(json.skipped.length, 5000);
	assert.ok(json.skipped.every((s: {reason: string}) => s.reason === 'not a report'));
	const text = runCli(['index', dir], {env}).stdout;
	assert.match(text, /5,011 files, 11 reports, 5,000 skipped/);
	assert.match(text, /not indexed: 5000 not a report/);
	assert.match(text, /… and 4980 more \(plenum index --json lists every one\)/);
});
