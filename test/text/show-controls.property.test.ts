// showControls: whatever a string holds, what reaches a terminal has no control character (but
// newline, CR LF and tab with `lines`), and every other character is kept, in order.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {showControls} from '../../source/text/sanitize.ts';

const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const text = fc.array(fc.oneof(fc.string({unit: 'binary', maxLength: 8}), fc.constantFrom('\x1b]52;c;cm0=\x07', '\r\n', '\r', '\n', '\t', '\x9b2J', '全会')), {maxLength: 30}).map(p => p.join(''));

test('no control reaches the terminal; one placeholder per control; the rest kept', () => {
	fc.assert(
		fc.property(text, input => {
			const lines = showControls(input, {lines: true});
			const line = showControls(input, {lines: false});
			assert.doesNotMatch(lines.replace(/\r\n/g, '\n'), UNSAFE);
			assert.doesNotMatch(line, /[\n\r\t]/);
			assert.doesNotMatch(line, UNSAFE);
			assert.equal([...line].length, [...input].length);
			assert.equal(line.replace(/[\u2400-\u2421\u241a]/g, ''), input.replace(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\u2400-\u2421\u241a]/g, ''));
		}),
		{numRuns: 500},
	);
});
