// The pinyin initials the index holds for a section: every run of two and three characters, each
// combination of the letters their readings begin with, in the order first met.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {initialsTable, initialTokens} from '../../source/library/initials.ts';

// From the bundled report (data/shaoxing-2020-12-plenum.txt, its first section): 践行“八八战略”.
const STRATEGY = '八八战略';

test('a run of characters gives its pairs and triples of initials, in the order met', async () => {
	const table = await initialsTable();
	assert.equal(initialTokens(STRATEGY, STRATEGY, table), 'bb bbz bz bzl zl');
});

test('a character with two readings gives both letters (重: c and z, alphabetically), and punctuation ends a run', async () => {
	const table = await initialsTable();
	// Also data/shaoxing-2020-12-plenum.txt, its first section: 奋力打造“重要窗口”.
	assert.equal(initialTokens('“重要窗口”', '“重要窗口”', table), 'cy cyc zy zyc yc yck ck');
});

test('what one section found is not taken for seen in the next', async () => {
	const table = await initialsTable();
	initialTokens(STRATEGY, STRATEGY, table);
	assert.equal(initialTokens(STRATEGY, STRATEGY, table), 'bb bbz bz bzl zl');
});
