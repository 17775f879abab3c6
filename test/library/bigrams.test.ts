// The character bigrams the index holds for a section: each pair of adjacent word characters once,
// in the order first met; punctuation and spaces end a run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {bigramTokens} from '../../source/library/fold.ts';

test('each pair once, in the order first met, none across punctuation', () => {
	// data/shaoxing-2020-12-plenum.txt, its first section: 加快实现“四个率先”,率先走出….
	assert.equal(bigramTokens('实现“四个率先”,率先走出'), '实现 四个 个率 率先 先走 走出');
});

test('a long text gives every pair it holds, however many repeat', () => {
	// The same sentence forty times over, then a pair it lacks.
	const text = '加快实现“四个率先”,'.repeat(40) + '走出';
	assert.equal(bigramTokens(text), '加快 快实 实现 四个 个率 率先 走出');
});
