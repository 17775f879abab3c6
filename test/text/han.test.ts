import {test} from 'node:test';
import assert from 'node:assert/strict';
import {HAN} from '../../source/text/han.ts';

test('the Chinese character class is \\p{Script=Han} but for unassigned code points and nine non-Chinese marks', () => {
	const ours = new RegExp(`^${HAN}$`, 'u');
	const han = /^\p{Script=Han}$/u;
	const unassigned = /^\p{Cn}$/u;
	const missed: string[] = [];
	const extra: string[] = [];
	for (let cp = 0; cp < 0x110000; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		const ch = String.fromCodePoint(cp);
		const a = ours.test(ch);
		const b = han.test(ch);
		if (b && !a) missed.push(cp.toString(16));
		if (a && !b && !unassigned.test(ch)) extra.push(cp.toString(16));
	}
	assert.deepEqual(extra, []);
	assert.deepEqual(missed, ['16fe2', '16fe3', '16ff0', '16ff1', '16ff2', '16ff3', '16ff4', '16ff5', '16ff6']);
});
