import {test} from 'node:test';
import assert from 'node:assert/strict';
import {BUNDLED, corpusFile, gold, parseFile} from '../helpers/corpus.ts';

test('quoted formulations in order of first appearance, with counts and sections', async () => {
	const {terms, sections} = await parseFile(BUNDLED);
	assert.deepEqual(
		terms.map(t => t.text),
		gold('00').terms,
	);
	const bbzl = terms.find(t => t.text === '八八战略')!;
	assert.equal(bbzl.count, 3);
	for (const id of bbzl.sections) assert.ok(sections.find(s => s.id === id)!.text.includes('“八八战略”'));
});

test('corner-bracket quotes count as terms too', async () => {
	const {terms} = await parseFile(corpusFile('02'));
	assert.ok(terms.length > 10);
	assert.ok(terms.every(t => t.count >= 1 && !/[“”「」]/.test(t.text)));
});
