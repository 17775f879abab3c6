// The attendee readers skip a sentence when a cheap test shows their pattern cannot match it (a long
// report's sentences mostly cannot). A gate that turned away a sentence the pattern matches would
// lose a person without a sound: these properties hold each gate to its pattern.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {HOLDERS_OF_POST, mayListHolders} from '../../source/parse/attendees/mentions.ts';
import {firstUnitGate} from '../../source/parse/attendees/text.ts';

// 264: 主席团常务主席为李纪恒、那顺孟和、吴团英、李荣禧、廉素、和彦苓、施文学 — cut into its pieces,
// with the marks that end a clause (half-width too) and 为 where it is no post's.
const HOLDER_PIECES = ['主席团常务主席', '为', '李纪恒', '那顺孟和', '施文学', '、', '，', '。', '；', ',', ';', '：', '作为'];

test('a sentence turned away by mayListHolders is one HOLDERS_OF_POST finds nothing in', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...HOLDER_PIECES), {maxLength: 14}), pieces => {
			const text = pieces.join('');
			HOLDERS_OF_POST.lastIndex = 0;
			if (HOLDERS_OF_POST.test(text)) assert.ok(mayListHolders(text), text);
			HOLDERS_OF_POST.lastIndex = 0;
		}),
		{numRuns: 3000},
	);
	// And the sentence itself (264) passes.
	assert.ok(mayListHolders('主席团常务主席为李纪恒、那顺孟和、吴团英、李荣禧、廉素、和彦苓、施文学。'));
});

test('firstUnitGate turns away only texts that hold none of its words', () => {
	// Titles written after a name (source/parse/attendees/titles.ts: 同志, 总书记, 副主席) and a
	// character outside the basic plane, written as two code units.
	const words = ['同志', '总书记', '副主席', '𠀀字'];
	const gate = firstUnitGate(words);
	fc.assert(
		fc.property(fc.array(fc.constantFrom('同', '志', '总', '书记', '副', '主席', '𠀀', '字', '会议', '，'), {maxLength: 10}), pieces => {
			const text = pieces.join('');
			if (!gate(text)) assert.ok(!words.some(word => text.includes(word)), text);
		}),
	);
	assert.equal(gate('会议强调，'), false);
	assert.equal(gate('李希同志'), true);
});
