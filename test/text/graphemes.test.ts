import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {graphemes, graphemeSegmenter, graphemeSegments, isPlain} from '../../source/text/graphemes.ts';

const icu = new Intl.Segmenter('zh', {granularity: 'grapheme'});
const PIECES = [
	'全会指出',
	'“八八战略”',
	'，。、；：',
	'ABC abc 123',
	'（一）',
	'①②',
	'│─…·',
	'\u3000',
	'ＡＢＣ１２',
	'é',
	'😀',
	'👨‍👩‍👧',
	'e\u0301',
	'한국어',
	'カタカナ',
	'が',
	'\u200b',
	'\x1b[31m',
	'\x1b[39m',
	'\r\n',
	'\n',
	'\t',
	'\u00ad',
	'〪',
	'\u0085',
];
const texts = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 4}), fc.string({unit: 'grapheme', maxLength: 3})), {maxLength: 12}).map(parts => parts.join(''));

test('clusters and their offsets are the ones Intl.Segmenter gives, for plain and any other text', () => {
	fc.assert(
		fc.property(texts, text => {
			const expected = Array.from(icu.segment(text), s => [s.segment, s.index]);
			assert.deepEqual(
				Array.from(graphemeSegments(text), s => [s.segment, s.index]),
				expected,
				JSON.stringify(text),
			);
			assert.deepEqual(
				graphemes(text),
				expected.map(([segment]) => segment),
			);
		}),
		{numRuns: 500},
	);
});

test("the segmenter handed to Ink's dependencies answers containing() as Intl.Segmenter does", () => {
	fc.assert(
		fc.property(texts, text => {
			const ours = graphemeSegmenter.segment(text);
			const theirs = icu.segment(text);
			for (let i = -1; i <= text.length; i++) {
				const a = ours.containing(i);
				const b = theirs.containing(i);
				assert.deepEqual(a && [a.segment, a.index], b && [b.segment, b.index], `${JSON.stringify(text)} at ${i}`);
			}
		}),
		{numRuns: 300},
	);
});

test('report text is plain; emoji, combining marks and zero-width characters are not', () => {
	assert.ok(isPlain('10日下午至11日上午，市委召开八届九次全体（扩大）会议。“八八战略” ABC 123 ①'));
	for (const text of ['😀', 'e\u0301', '\u200b', '〪', 'a\u00adb', '\x1b']) assert.ok(!isPlain(text), JSON.stringify(text));
});
