import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.ts';
import {BUNDLED, parseFile} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('export');
const report = await parseFile(BUNDLED);

test('Markdown export: metadata on top, a heading per section, every section text', async () => {
	const run = runCli(['export', '--format', 'md']);
	assert.equal(run.status, 0);
	const md = run.stdout;
	assert.ok(md.startsWith(`# ${report.meta.title}\n`));
	assert.match(md, /^- \*\*Date:\*\* 2020-12-12 07:41$/m);
	assert.equal((md.match(/^### §\d+ /gm) ?? []).length, report.sections.length);
	for (const section of report.sections) assert.ok(md.includes(section.text), `section ${section.id}`);
	assert.match(md, /^### §3 全会指出$/m);
	assert.match(md, /^### §1 10日下午至11日上午$/m);
	assert.match(md, /^## Terms$/m);
	assert.match(md, /^\| “八八战略” \| 3 \| /m);
});

test('Markdown export lists measures as numbered lists under their group names', async () => {
	assert.ok(report.measures.length > 0);
	const md = runCli(['export']).stdout;
	const first = report.measures[0];
	const group = report.measures.filter(m => m.group === first.group && m.section === first.section);
	assert.ok(md.includes(`### ${first.group}\n\n*${first.type}, ${group.length} items, §${first.section}*`), md);
	assert.ok(md.includes(`\n1. ${first.text}\n`));
	// Attendees keep the browser's groups: who was there apart from who was only named.
	assert.match(md, /### Present\n\n\| Name \| Roles \| Part \| Where \|\n\| --- \| --- \| --- \| --- \|\n\| 马卫光 \| 市委书记 \| spoke, reported, explained \| §1 /);
	assert.match(md, /### Mentioned\n[\s\S]*\| 袁家军 \|/);
	assert.match(md, /### Staff\n[\s\S]*\| 袁云 \| 首席记者 \| staff \| caption \|/);
});

test('-o picks the format from the extension; JSON export is the model', async () => {
	const json = join(dir, 'report.json');
	const run = runCli(['export', '-o', json]);
	assert.equal(run.status, 0);
	assert.equal(run.stdout, '');
	assert.deepEqual(JSON.parse(readFileSync(json, 'utf8')), JSON.parse(runCli(['--json']).stdout));
	const txt = join(dir, 'report.txt');
	runCli(['export', '--output', txt]);
	const text = readFileSync(txt, 'utf8');
	for (const section of report.sections) assert.ok(text.includes(section.text));
	assert.ok(!text.includes('\u001b'));
});

test('an unknown format or an unwritable path is one line and a non-zero exit', async () => {
	const bad = runCli(['export', '--format', 'pdf']);
	assert.equal(bad.status, 2);
	assert.equal(bad.stderr, 'plenum: unknown format pdf (md, json or txt)\n');
	const nowhere = runCli(['export', '-o', '/nonexistent/dir/x.md']);
	assert.notEqual(nowhere.status, 0);
	assert.equal(nowhere.stderr, 'plenum: cannot write /nonexistent/dir/x.md: no such folder\n');
});

test('-o with an extension plenum does not write is refused, never written as text; no extension is Markdown', async () => {
	const docx = runCli(['export', '-o', join(dir, 'x.docx')]);
	assert.equal(docx.status, 2);
	assert.equal(docx.stderr, `plenum: cannot write ${join(dir, 'x.docx')}: name it .md, .json or .txt (plenum writes Markdown, JSON or text, not .docx), or give --format\n`);
	assert.throws(() => readFileSync(join(dir, 'x.docx')));
	assert.equal(runCli(['export', '-o', join(dir, 'x.docx'), '--format', 'txt']).status, 0);
	assert.equal(runCli(['export', '-o', join(dir, 'plain')]).status, 0);
	assert.match(readFileSync(join(dir, 'plain'), 'utf8'), /^# /);
});
