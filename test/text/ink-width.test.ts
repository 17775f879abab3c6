import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import inkWidth from '../../source/text/ink-width.ts';
import {installFullWidth} from '../../source/text/width.ts';

test("Ink's width measure skips colour codes and agrees with string-width on styled report text", async () => {
	await installFullWidth();
	for (const text of ['\x1b[1m\x1b[36m全会指出\x1b[39m\x1b[22m，“八八战略”', '\x1b[7m 1 \x1b[27m 10日下午', 'plain ABC', '', '\x1b[31m😀\x1b[39m e\u0301', '\x1b]8;;https://x\x07link\x1b]8;;\x07']) {
		assert.equal(inkWidth(text), stringWidth(text), JSON.stringify(text));
	}
});
