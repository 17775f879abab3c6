import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {displayWidth, installFullWidth, truncate} from '../../source/text/width.ts';

const PIECES = ['全会指出', '“八八战略”', '，。、；：', 'ABC abc 123', '（一）', '①②', '│─…·', '\u3000', 'ＡＢＣ１２', 'é', '😀', '👨‍👩‍👧', 'e\u0301', '한국어', 'カタカナ', '\u200b'];

test('without string-width loaded, widths of report text, emoji and marks still agree with it', () => {
	const samples = ['全会指出，“八八战略”', 'ABC abc 123', '😀', '👨‍👩‍👧', 'e\u0301', 'カタカナ', 'が', '\u200b', '①②│─…', '한국어', '⌚', '✔️', '\uffa0', 'a\uffa0b'];
	for (const sample of samples) assert.equal(displayWidth(sample), stringWidth(sample), JSON.stringify(sample));
});

test('display width agrees with string-width on every kind of report text', async () => {
	await installFullWidth();
	fc.assert(
		fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 4}), fc.string({unit: 'grapheme', maxLength: 3})), {maxLength: 12}), parts => {
			const text = parts.join('');
			assert.equal(displayWidth(text), stringWidth(text), JSON.stringify(text));
		}),
		{numRuns: 1000},
	);
});

test('a truncated label fits its width and ends in … only when something was cut', () => {
	const long = '党的十九届五中全会是在我国进入新发展阶段、实现中华民族伟大复兴关键时期召开的一次具有里程碑意义的重要会议'.repeat(5);
	for (let width = 1; width <= 40; width++) {
		const cut = truncate(long, width);
		assert.ok(displayWidth(cut) <= width, `${width}: ${cut}`);
		assert.ok(cut.endsWith('…'));
	}
	assert.equal(truncate('全会指出', 8), '全会指出');
	assert.equal(truncate('全会指出', 7), '全会指…');
});
