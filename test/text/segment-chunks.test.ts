// Intl.Segmenter is never handed a huge string: on Node 20 its time grows faster than the length
// (100,000 characters took 19 s), and one emoji in a 200,000-character paragraph made the browser
// segment all of it. Long text is segmented in bounded chunks cut between clusters, with the
// same clusters as segmenting it whole.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {graphemes, graphemeSegments, SEGMENT_CHUNK} from '../../source/text/graphemes.ts';
import {displayWidth, installFullWidth} from '../../source/text/width.ts';
import {wrap} from '../../source/text/wrap.ts';

const original = Intl.Segmenter.prototype.segment;
let longest = 0;
Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
	longest = Math.max(longest, input.length);
	return original.call(this, input);
};
after(() => {
	Intl.Segmenter.prototype.segment = original;
});

const PARAGRAPH = '全会指出，要做好工作。'.repeat(18_200) + '😀' + '\ufffd' + '全会强调。';

test('a 200,000-character paragraph with one emoji reaches ICU in chunks only', async () => {
	assert.ok(PARAGRAPH.length > 200_000);
	longest = 0;
	assert.equal(graphemes(PARAGRAPH).length, PARAGRAPH.length - 1);
	assert.equal([...graphemeSegments(PARAGRAPH)].length, PARAGRAPH.length - 1);
	const width = displayWidth(PARAGRAPH);
	await installFullWidth();
	assert.equal(displayWidth(PARAGRAPH), width);
	assert.equal(wrap(PARAGRAPH, 60).length > 3000, true);
	assert.ok(longest <= SEGMENT_CHUNK, `ICU was given ${longest} code units`);
});

const PIECES = ['全', 'a', ' ', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '🇨', 'é', 'e\u0301', '\u200d', '\ufe0f', '\r\n', '\n', '각', '\u1100\u1161', '#\ufe0f\u20e3', '\ud800'];
const text = fc.array(fc.constantFrom(...PIECES), {minLength: 300, maxLength: 3000}).map(p => p.join(''));

test('chunked segmentation gives the clusters ICU gives for the whole text', () => {
	const whole = new Intl.Segmenter('zh', {granularity: 'grapheme'});
	fc.assert(
		fc.property(text, input => {
			const expected = Array.from(original.call(whole, input), s => s.segment);
			assert.deepEqual(graphemes(input), expected);
			const segments = graphemeSegments(input);
			assert.deepEqual(
				Array.from(segments, s => [s.index, s.segment]),
				Array.from(original.call(whole, input), s => [s.index, s.segment]),
			);
			const at = Math.floor(input.length / 2);
			assert.deepEqual(segments.containing(at)?.segment, original.call(whole, input).containing(at)?.segment);
		}),
		{numRuns: 60},
	);
});
