import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.ts';
import {corpusFile} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

function folder(): string {
	const dir = tempDir('list');
	copyFileSync(corpusFile('00'), join(dir, 'shaoxing.txt'));
	copyFileSync(corpusFile('13'), join(dir, 'npc.txt'));
	copyFileSync(corpusFile('02'), join(dir, 'ccdi.html'));
	writeFileSync(join(dir, 'notes.txt'), 'shopping: milk, eggs\n');
	writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0, 0, 0x10]));
	return dir;
}

test('list prints one line per report, newest first, and counts the files it skipped', () => {
	const run = runCli(['list', folder()]);
	assert.equal(run.status, 0);
	const lines = run.stdout.trim().split('\n');
	assert.equal(lines.length, 3);
	assert.deepEqual(
		lines.map(l => l.slice(0, 10)),
		['2024-03-05', '2024-01-10', '2020-12-12'],
	);
	assert.match(lines[0], /十四届全国人大二次会议在京开幕/);
	assert.match(lines[0], /npc\.txt$/);
	assert.equal(run.stderr, 'plenum: skipped 2 files that are not reports\n');
});

test('list looks into subfolders (not hidden ones), and says "1 file that is not a report"', () => {
	const dir = tempDir('list-nested');
	mkdirSync(join(dir, '2024', 'npc'), {recursive: true});
	mkdirSync(join(dir, '.cache'));
	copyFileSync(corpusFile('13'), join(dir, '2024', 'npc', 'npc.txt'));
	copyFileSync(corpusFile('00'), join(dir, '.cache', 'hidden.txt'));
	writeFileSync(join(dir, '2024', 'notes.txt'), 'shopping: milk, eggs\n');
	const run = runCli(['list', dir]);
	assert.equal(run.status, 0);
	assert.deepEqual(
		run.stdout
			.trim()
			.split('\n')
			.map(l => l.split(/\s+/).at(-1)),
		[join(dir, '2024', 'npc', 'npc.txt')],
	);
	assert.equal(run.stderr, 'plenum: skipped 1 file that is not a report\n');
});

test('list --json gives title, date, meeting and size for each report', () => {
	const entries = JSON.parse(runCli(['list', '--json', folder()]).stdout);
	assert.equal(entries.length, 3);
	const shaoxing = entries.find((e: {path: string}) => e.path.endsWith('shaoxing.txt'));
	assert.equal(shaoxing.title, '市委召开八届九次全体(扩大)会议');
	assert.equal(shaoxing.meeting, '市委八届九次全体(扩大)会议');
	assert.ok(shaoxing.bytes > 5000);
});

test('a folder with no reports is one line and exit 6', () => {
	const dir = tempDir('empty');
	writeFileSync(join(dir, 'a.txt'), 'hello\n');
	const run = runCli(['list', dir]);
	assert.equal(run.status, 6);
	assert.match(run.stderr, /no reports in /);
});

test('--encoding reads every head in it, on both cores, and takes nothing from the cache', () => {
	const dir = tempDir('list-encoding');
	for (let i = 0; i < 60; i++) copyFileSync(corpusFile('00'), join(dir, `r${i}.txt`));
	const env = {XDG_CACHE_HOME: join(dir, '.cache')};
	assert.equal(JSON.parse(runCli(['list', '--json', dir], {env}).stdout).length, 60);
	// UTF-8 read as UTF-16: no report at all, though the cache holds all sixty as read before.
	const forced = runCli(['list', '--encoding', 'utf-16le', dir], {env});
	assert.equal(forced.status, 6, forced.stderr);
	assert.match(forced.stderr, /no reports in/);
});
