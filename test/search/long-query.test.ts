// A long query costs what the text can match, not the square of the query: a 100 KB paste into
// `/`, or `plenum search "ba ba …"`, allocated (n + 1)² memo entries and ended plenum.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {pinyin} from 'pinyin-pro';
import {bundled, find, matched} from './setup.ts';
import {createIndex, search} from '../../source/search/index.ts';
import {MAX_PINYIN_WORD} from '../../source/search/match.ts';
import {runCli} from '../helpers/run-cli.ts';

test('a 100 KB query of pinyin syllables with spaces ends, and finds what its words find', () => {
	const hits = find('ba '.repeat(33_000));
	assert.deepEqual(
		hits.map(h => h.id),
		find('ba').map(h => h.id),
	);
	// Joined, it is one word of 66,000 letters: matched as written, it matches nothing.
	assert.deepEqual(find('ba'.repeat(33_000)), []);
});

test('the command line takes a 100 KB query in bounded memory', () => {
	const run = runCli(['search', 'ba '.repeat(33_000)], {env: {NODE_OPTIONS: '--max-old-space-size=200'}});
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stdout, /^§1 /);
});

test('a word past the dense memo (70 letters of pinyin) still matches as pinyin', () => {
	const stretch = bundled.sections
		.map(s => s.text)
		.join('\n')
		.match(/[\u4e00-\u9fff]{24,}/)![0];
	const spelled = pinyin(stretch, {toneType: 'none', type: 'array'}).join('');
	assert.ok(spelled.length > 64 && spelled.length <= MAX_PINYIN_WORD, `${spelled.length} letters`);
	const hits = find(spelled);
	assert.ok(matched(hits).includes(stretch), matched(hits).join(' | '));
});

test('a word longer than any pinyin match is still found as written in Latin text', async () => {
	const latin = 'x'.repeat(2000);
	const report = {...bundled, sections: [{...bundled.sections[0], text: `before ${latin} after`}]};
	const hits = search(await createIndex(report), latin);
	assert.equal(hits.length, 1);
	assert.equal(hits[0].ranges[0].end - hits[0].ranges[0].start, 2000);
});

test('words after the first that no entry holds with the rest are never looked for', async () => {
	const index = await createIndex(bundled);
	// Thousands of words, none in the report: the first one ends the search.
	const words = Array.from({length: 3000}, (_, i) => `无此${String.fromCharCode(0x4e00 + i)}词`).join(' ');
	assert.deepEqual(search(index, words), []);
	assert.equal(index.cache.size, 1);
	// Words that all match still find what they find together.
	assert.deepEqual(
		search(index, '全会 战略').map(h => h.id),
		search(index, '战略')
			.filter(h => search(index, '全会').some(o => o.kind === h.kind && o.id === h.id))
			.map(h => h.id),
	);
});
