// The attendee readers skip a sentence when a cheap test shows their pattern cannot match it (a long
// report's sentences mostly cannot). A gate that turned away a sentence the pattern matches would
// lose a person without a sound: these properties hold each gate to its pattern.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {ELECTED_TO, HOLDERS_OF_POST, mayListHolders} from '../../source/parse/attendees/mentions.ts';
import {matchesOf} from '../../source/parse/matches.ts';
import {firstUnitGate} from '../../source/parse/attendees/text.ts';

// 264: 主席团常务主席为李纪恒、那顺孟和、吴团英、李荣禧、廉素、和彦苓、施文学 — cut into its pieces,
// with the marks that end a clause (half-width too) and 为 where it is no post's; names of one to
// nine characters before a 、 (李, 廉素, 李纪恒施文学…) and a post of one or two before 为.
const HOLDER_PIECES = ['主席团常务主席', '主', '为', '李', '廉素', '李纪恒', '那顺孟和', '施文学', '、', '，', '。', '；', ',', ';', '：', ':', '作为'];

test('a sentence turned away by mayListHolders is one HOLDERS_OF_POST finds nothing in', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...HOLDER_PIECES), {maxLength: 14}), pieces => {
			const text = pieces.join('');
			HOLDERS_OF_POST.lastIndex = 0;
			if (HOLDERS_OF_POST.test(text)) assert.ok(mayListHolders(text), text);
			HOLDERS_OF_POST.lastIndex = 0;
		}),
		{numRuns: 10000},
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

// 197: 张有力当选为区人大常委会主任, 胡国强、尹光宗…当选为区人大常委会副主任 — cut into pieces, with
// the 任 of a post taken up (担任, 新任, 责任) and of other words (任命, 任职), a clause's marks and
// a character that is not Han, so that the two characters before a 任 are any of these.
const ELECTED_PIECES = ['张有力', '胡国强', '当选', '为', '任', '区人大常委会', '主', '副', '担', '新', '责', '命', '职', '、', '，', '。', 'A', '1'];

test('ELECTED_TO, led by 任 and looking back after it, finds what it found looking back from every position', () => {
	// As the pattern was written before: its looks back came first.
	const before = /(?:当选为?|(?<=[\u3400-\u9fff]{2})(?<![担兼出离继留连新现曾历改调上到赴就责])任(?!命|免|职|务|期))([^，。；;,]{2,40})/gu;
	const found = (pattern: RegExp, text: string) => matchesOf(pattern, text).map(match => [match.index, ...match]);
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...ELECTED_PIECES), {maxLength: 16}), pieces => {
			const text = pieces.join('');
			assert.deepEqual(found(ELECTED_TO, text), found(before, text), text);
		}),
		{numRuns: 5000},
	);
	assert.deepEqual(found(ELECTED_TO, '胡国强、尹光宗当选为区人大常委会副主任，张有力任区人大常委会主任。'), found(before, '胡国强、尹光宗当选为区人大常委会副主任，张有力任区人大常委会主任。'));
	assert.equal(found(ELECTED_TO, '张有力任区人大常委会主任。').length, 1);
});
