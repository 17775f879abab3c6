import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.ts';
import {BUNDLED, parseFile} from '../helpers/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'plenum-export-'));
const report = await parseFile(BUNDLED);

test('Markdown export: metadata on top, a heading per section, every section text', async () => {
	const run = runCli(['export', '--format', 'md']);
	assert.equal(run.status, 0);
	const md = run.stdout;
	assert.ok(md.startsWith(`# ${report.meta.title}\n`));
	assert.match(md, /^- \*\*Date:\*\* 2020-12-12 07:41$/m);
	assert.equal((md.match(/^### §\d+ /gm) ?? []).length, report.sections.length);
	for (const section of report.sections) assert.ok(md.includes(section.text), `section ${section.id}`);
	assert.match(md, /^### §3 全会指出 · /m);
	assert.match(md, /^## Terms$/m);
	assert.match(md, /^\| “八八战略” \| 3 \| /m);
});

test('Markdown export lists measures as numbered lists under their group names', async () => {
	assert.ok(report.measures.length > 0);
	const md = runCli(['export']).stdout;
	const first = report.measures[0];
	assert.ok(md.includes(`### ${first.group} (${first.type})`));
	assert.ok(md.includes(`1. ${first.text} (§${first.section})`));
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
	assert.match(nowhere.stderr, /^plenum: cannot write \/nonexistent\/dir\/x\.md/);
});
