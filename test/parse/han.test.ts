import {test} from 'node:test';
import assert from 'node:assert/strict';
import {HAN} from '../../source/parse/han.ts';

test('the spelled-out Chinese character class is \\p{Script=Han}, code point by code point', () => {
	const ours = new RegExp(`^${HAN}$`, 'u');
	const property = /^\p{Script=Han}$/u;
	const differing: string[] = [];
	for (let cp = 0; cp < 0x110000; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		const ch = String.fromCodePoint(cp);
		if (ours.test(ch) !== property.test(ch)) differing.push(cp.toString(16));
	}
	assert.deepEqual(differing, []);
});
