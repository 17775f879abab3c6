// export -o never loses data: not the report it reads, not a file already there (without
// --force), not what a symbolic link points to, not the old file when the write fails; -o - is
// stdout, not a file named '-'.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runCli, runShell} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';

const PAGE = '<!doctype html><html><head><title>某市委全体会议公报</title></head><body><p>全会指出，要做好工作。</p><p>全会强调，要抓好落实。</p></body></html>';
const dir = () => tempDir('export-safety');

test('export -o the report itself is refused, even with --force, and the page is unchanged', () => {
	const folder = dir();
	const page = join(folder, 'r.html');
	writeFileSync(page, PAGE);
	symlinkSync(page, join(folder, 'link.html'));
	for (const [output, force] of [
		[page, false],
		[page, true],
		[join(folder, 'link.html'), true],
	] as const) {
		const run = runCli(['export', '-o', output, ...(force ? ['--force'] : []), page]);
		assert.equal(run.status, 2);
		assert.equal(run.stderr, `plenum: will not write over the report itself: ${output} is ${page}\n`);
	}
	assert.equal(readFileSync(page, 'utf8'), PAGE);
});

test('a file already there is replaced only with --force', () => {
	const folder = dir();
	const out = join(folder, 'keep.md');
	writeFileSync(out, 'mine');
	const refused = runCli(['export', '-o', out]);
	assert.equal(refused.status, 2);
	assert.equal(refused.stderr, `plenum: ${out} exists (--force replaces it)\n`);
	assert.equal(readFileSync(out, 'utf8'), 'mine');
	const forced = runCli(['export', '-o', out, '--force']);
	assert.equal(forced.status, 0, forced.stderr);
	assert.match(readFileSync(out, 'utf8'), /^# 市委召开八届九次全体/);
});

test('a symbolic link is not followed: refused without --force, the link itself replaced with it', () => {
	const folder = dir();
	const target = join(folder, 'target.txt');
	const link = join(folder, 'out.md');
	writeFileSync(target, 'precious');
	symlinkSync(target, link);
	const refused = runCli(['export', '-o', link]);
	assert.equal(refused.status, 2);
	assert.match(refused.stderr, /is a symbolic link \(--force replaces the link, not the file it points to\)\n$/);
	assert.equal(runCli(['export', '-o', link, '--force']).status, 0);
	assert.equal(readFileSync(target, 'utf8'), 'precious');
	assert.ok(lstatSync(link).isFile());
});

test('-o - writes to stdout and makes no file named -', () => {
	const folder = dir();
	const run = runShell(`cd "${folder}" && $PLENUM export -o - --format json`);
	assert.equal(run.status, 0, run.stderr);
	assert.ok(JSON.parse(run.stdout).sections.length > 0);
	assert.ok(!existsSync(join(folder, '-')));
});

test('a replacement cut short by the disk (ulimit -f) leaves the old file whole: exit 74, no temporary file', () => {
	const folder = dir();
	const out = join(folder, 'keep.md');
	writeFileSync(out, 'the old export');
	const run = runShell(`ulimit -f 2; $PLENUM export -o "${out}" --force`);
	assert.equal(run.status, 74);
	assert.equal(run.stderr, `plenum: cannot write ${out}: over the file size limit\n`);
	assert.equal(readFileSync(out, 'utf8'), 'the old export');
	assert.deepEqual(readdirSync(folder), ['keep.md']);
});
