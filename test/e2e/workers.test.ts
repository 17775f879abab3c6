// The built command's worker threads: a long report's extractors (dist/extract-worker.js) and a
// folder listing's second core (the entry itself) must start wherever esbuild put the code that
// starts them — in dist/cli.js or in a chunk of dist/chunks/ — rather than fall back to one thread
// without a word.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, CLI, INK_FRAME, ROOT, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const PROBE = join(ROOT, 'test', 'e2e', 'fixtures', 'worker-probe.mjs');
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const started = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0);

test('a long report is read by the extractors in two workers, and its tabs count what plenum --json finds', async () => {
	const dir = tempDir('workers');
	const lines = readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8').split('\n');
	const paragraphs = lines.filter(line => /[。！？]$/u.test(line.trim()) && line.length > 30);
	const file = join(dir, 'long.txt');
	// 376,000 characters: over the 300,000 from which the attendees have a worker of their own.
	writeFileSync(file, [...lines.slice(0, 9), ...Array.from({length: 1500}, (_, i) => paragraphs[i % paragraphs.length])].join('\n\n'));
	const log = join(dir, 'workers.log');
	const s = start({cols: 100, rows: 30, args: [file], nodeOptions: ['--import', PROBE], env: {PLENUM_WORKER_LOG: log}});
	sessions.push(s);
	await s.waitFor(() => s.output.includes(INK_FRAME), 10_000);
	await s.waitForReport(60_000);
	assert.equal(started(log), 2, 'the extractors were not shared between two workers');
	// The counts the tab bar shows, each worker's findings in its tab.
	const json = spawnSync(process.execPath, [CLI, '--json', file], {encoding: 'utf8', maxBuffer: 2 ** 28});
	assert.equal(json.status, 0, json.stderr);
	const report = JSON.parse(json.stdout) as {sections: unknown[]; measures: unknown[]; people: {part: string}[]; terms: unknown[]};
	const tabs = s.screen()[2];
	assert.match(tabs, new RegExp(`Sections ${report.sections.length}\\b`));
	assert.match(tabs, new RegExp(`Measures ${report.measures.length}\\b`));
	assert.match(tabs, new RegExp(`Terms ${report.terms.length}\\b`));
	assert.ok(report.measures.length > 0 && report.terms.length > 0 && report.people.length > 0, 'the long report has findings of every extractor');
});

test('plenum list reads a folder on a second core too, and lists it as the sources (one thread) do', () => {
	const dir = tempDir('workers');
	const raw = join(ROOT, 'test', 'fixtures', 'corpus', 'raw');
	const reports = join(dir, 'reports');
	mkdirSync(reports);
	// Enough files for a worker (the listing hands it batches of 24), fewer than the cache's 50.
	const names = readdirSync(raw).sort();
	for (let i = 0; i < 49; i++) copyFileSync(join(raw, names[i % names.length]), join(reports, `${String(i).padStart(2, '0')}-${names[i % names.length]}`));
	const log = join(dir, 'workers.log');
	const env = {...process.env, XDG_CACHE_HOME: join(dir, 'cache'), PLENUM_WORKER_LOG: log};
	const built = spawnSync(process.execPath, ['--import', PROBE, CLI, 'list', '--json', reports], {env, encoding: 'utf8'});
	assert.equal(built.status, 0, built.stderr);
	assert.equal(started(log), 1, 'no worker read the folder');
	const sources = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli.tsx'), 'list', '--json', reports], {env, encoding: 'utf8'});
	assert.equal(sources.status, 0, sources.stderr);
	assert.deepEqual(JSON.parse(built.stdout), JSON.parse(sources.stdout));
});
