// plenum diff on the command line: the redline, its Markdown and JSON forms, --previous, bad input.
// Reports come from test/compare/pairs (provenance in each labels.json).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {CLI, runCli} from '../helpers/run-cli.ts';
import {PAIRS} from '../compare/quality.ts';
import {tempDir} from '../helpers/temp.ts';

const CCDI_2023 = join(PAIRS, '01-ccdi20-2nd-3rd', 'old.txt');
const CCDI_2024 = join(PAIRS, '01-ccdi20-2nd-3rd', 'new.html');
const CCDI_2025 = join(PAIRS, '03-ccdi20-3rd-4th', 'new.txt');
const CC_2024 = join(PAIRS, '06-cc20-3rd-4th', 'old.txt');
const dir = tempDir('diff');

test('the redline on a pipe: formulations, terms, bodies, then the text with [-…-] and {+…+}', () => {
	const run = runCli(['diff', CCDI_2023, CCDI_2024]);
	assert.equal(run.status, 0, run.stderr);
	const out = run.stdout;
	assert.ok(out.startsWith('old 中国共产党第二十届中央纪律检查委员会第二次全体会议公报 (2023-01-10)\nnew 中国共产党第二十届中央纪律检查委员会第三次全体会议公报 (2024-01-10)\n'));
	assert.match(out, /^Formulations changed \(\d+\)$/m);
	assert.match(out, /^ {2}遵规守纪的模范 +→ 遵规守纪的标杆 {2}§14→§15$/m);
	assert.match(out, /^ {2}new {6}.*“九个以” 1/m);
	assert.match(out, /^ {2}dropped {2}“四风” 2/m);
	assert.match(out, /^ {2}~ 中央纪委委员 127 → 132$/m);
	assert.match(out, /^~ §1 +出席这次全会的有中央纪委委员\[-127-\]\{\+132\+\}人，列席\[-207-\]\{\+238\+\}人。$/m);
	assert.doesNotMatch(out, /\x1b\[/);
});

test('a report diffed with itself shows no differences', () => {
	const run = runCli(['diff', CCDI_2024, CCDI_2024]);
	assert.equal(run.status, 0);
	assert.match(run.stdout, /\nNo differences\.\n$/);
	const json = JSON.parse(runCli(['diff', '--json', CCDI_2024, CCDI_2024]).stdout);
	assert.ok(json.sentences.every((s: {op: string}) => s.op === 'same'));
});

test('--json keeps the contract other tools read', () => {
	const run = runCli(['diff', CCDI_2023, CCDI_2024, '--json']);
	assert.equal(run.status, 0);
	const c = JSON.parse(run.stdout);
	for (const side of ['old', 'new']) assert.deepEqual(Object.keys(c[side]).sort(), ['date', 'meeting', 'path', 'title']);
	assert.deepEqual(
		Object.keys(c.terms[`added`][0]).filter(k => ['term', 'count'].includes(k)),
		['term', 'count'],
	);
	assert.deepEqual(Object.keys(c.terms.kept[0]).sort(), ['new', 'old', 'term']);
	assert.ok(c.terms.changed.every((f: object) => 'old' in f && 'new' in f));
	assert.deepEqual(c.bodies.changed[0].old, {count: 127, part: 'attended'});
	assert.ok(['added', 'removed', 'changed'].every(k => Array.isArray(c.people[k]) && Array.isArray(c.measures[k])));
	const ops = new Set(c.sentences.map((s: {op: string}) => s.op));
	for (const op of ops) assert.ok(['same', 'changed', 'added', 'removed', 'moved'].includes(op as string));
	const added = c.sentences.find((s: {op: string}) => s.op === 'added');
	assert.equal(added.old, null);
	assert.deepEqual(Object.keys(added.new).sort(), ['section', 'text']);
});

test('--format md writes the redline as Markdown, and -o by extension', () => {
	const md = runCli(['diff', CCDI_2023, CCDI_2024, '--format', 'md']).stdout;
	assert.ok(md.startsWith('# 中国共产党第二十届中央纪律检查委员会第二次全体会议公报 (2023-01-10) → 中国共产党第二十届中央纪律检查委员会第三次全体会议公报 (2024-01-10)\n'));
	assert.match(md, /^\| 遵规守纪的模范 \| 遵规守纪的标杆 \| §14 → §15 \|$/m);
	assert.match(md, /^- §1: 出席这次全会的有中央纪委委员~~127~~\*\*132\*\*人/m);
	const file = join(dir, 'redline.md');
	assert.equal(runCli(['diff', CCDI_2023, CCDI_2024, '-o', file]).status, 0);
	assert.equal(readFileSync(file, 'utf8'), md);
});

test('--previous finds the earlier report of the same series in the folder', () => {
	const folder = join(dir, 'reports');
	mkdirSync(folder);
	for (const [from, name] of [
		[CCDI_2023, 'a.txt'],
		[CCDI_2024, 'b.html'],
		[CCDI_2025, 'c.txt'],
		[CC_2024, 'd.txt'],
	])
		copyFileSync(from, join(folder, name));
	const run = runCli(['diff', '--previous', join(folder, 'c.txt'), '--json']);
	assert.equal(run.status, 0, run.stderr);
	const c = JSON.parse(run.stdout);
	// 2025's CCDI plenum follows 2024's, not the CC plenum of July 2024 nor the CCDI one of 2023.
	assert.equal(c.old.path, join(folder, 'b.html'));
	// The file named as a shell names it, relative with ./: the same report.
	const relative = spawnSync(process.execPath, [CLI, 'diff', '--previous', './c.txt', '--json'], {cwd: folder, encoding: 'utf8'});
	assert.equal(relative.status, 0, relative.stderr);
	const first = runCli(['diff', '--previous', join(folder, 'a.txt')]);
	assert.equal(first.status, 1);
	assert.equal(first.stderr, `plenum: no earlier report of the same series as ${join(folder, 'a.txt')} in ${folder}\n`);
});

test('bad input: a missing file exits 2 with one line; wrong arguments say how to call it', () => {
	const missing = runCli(['diff', CCDI_2023, join(dir, 'nope.txt')]);
	assert.equal(missing.status, 2);
	assert.equal(missing.stderr, `plenum: ${join(dir, 'nope.txt')}: no such file\n`);
	assert.equal(missing.stdout, '');
	const one = runCli(['diff', CCDI_2023]);
	assert.equal(one.status, 2);
	assert.equal(one.stderr, 'plenum: diff needs two reports: plenum diff OLD NEW\n');
	assert.equal(runCli(['diff', CCDI_2023, CCDI_2024, '--format', 'pdf']).status, 2);
});

test('-o: an extension plenum does not write is refused, as export refuses it; a failed write says why in words', () => {
	const docx = runCli(['diff', CCDI_2023, CCDI_2024, '-o', join(dir, 'x.docx')]);
	assert.equal(docx.status, 2);
	assert.equal(docx.stderr, `plenum: cannot write ${join(dir, 'x.docx')}: name it .md, .json or .txt (plenum writes Markdown, JSON or text, not .docx), or give --format\n`);
	assert.throws(() => readFileSync(join(dir, 'x.docx')));
	const nowhere = runCli(['diff', CCDI_2023, CCDI_2024, '-o', '/nonexistent/dir/x.md']);
	assert.equal(nowhere.status, 74);
	assert.equal(nowhere.stderr, 'plenum: cannot write /nonexistent/dir/x.md: no such folder\n');
});
