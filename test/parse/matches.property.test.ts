// The extractors find every match of their patterns with matchesOf (source/parse/matches.ts), which
// must give exactly what String.prototype.matchAll gives: the same matches, empty ones included,
// a whole code point stepped over after an empty match under the u flag, and the pattern's
// lastIndex as it was.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {matchesOf} from '../../source/parse/matches.ts';

// 主持, 出席 and 讲话 are the formulas' words (source/parse/attendees/formulas.ts); 𠀀 stands for a
// character outside the basic plane, written as two code units.
const PIECES = ['主持', '出席', '讲话', '会议', '，', '。', '一', '𠀀', 'a', ' '];
const PATTERNS = [/主持|出席/gu, /(?:会议)?/gu, /(?=讲话)/gu, /一?/g, /[^，。]*/gu, /(?<=^|，)[一主]/g, /\s*/gu, /(?:)/g];

test('matchesOf gives what matchAll gives, and leaves the pattern as it found it', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 12}), fc.constantFrom(...PATTERNS), fc.nat(3), (pieces, pattern, lastIndex) => {
			const text = pieces.join('');
			pattern.lastIndex = lastIndex;
			const expected = [...text.matchAll(pattern)].map(match => [match.index, ...match]);
			assert.deepEqual(
				matchesOf(pattern, text).map(match => [match.index, ...match]),
				expected,
			);
			assert.equal(pattern.lastIndex, lastIndex);
		}),
		{numRuns: 2000},
	);
});

test('matchesOf refuses a pattern that is not global, as matchAll does', () => {
	assert.throws(() => matchesOf(/主持/u, '市委书记马卫光主持会议'), TypeError);
});
