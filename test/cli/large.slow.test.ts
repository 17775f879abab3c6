// A 50 MB "report" (an archive run into one file) opens: no hang, no crash, a usable outline.
// Its speed and memory are measured by the benchmark, not here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.ts';
import {corpusFiles} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

test('a 50 MB report made of many reports parses into its sections', {timeout: 300_000}, () => {
	const texts = corpusFiles()
		.filter(path => path.endsWith('.txt'))
		.map(path => readFileSync(path, 'utf8'));
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < 50 * 2 ** 20; i++) {
		parts.push(texts[i % texts.length]);
		size += Buffer.byteLength(texts[i % texts.length]) + 1;
	}
	const path = join(tempDir('large'), 'archive.txt');
	writeFileSync(path, parts.join('\n'));
	const run = runCli(['sections', '--json', path]);
	assert.equal(run.status, 0, run.stderr);
	const sections = JSON.parse(run.stdout);
	assert.ok(sections.length > 10_000, `${sections.length} sections`);
	assert.ok(sections.filter((s: {lead: string | null}) => s.lead !== null).length > 10_000);
	// The whole model too: every extractor runs over the 50 MB and ends.
	const terms = runCli(['terms', '--json', path]);
	assert.equal(terms.status, 0, terms.stderr);
	assert.ok(JSON.parse(terms.stdout).some((t: {text: string}) => t.text === '八八战略'));
});
