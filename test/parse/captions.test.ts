// Photo captions: a credit ending in 摄 (or 攝), with or without a closing bracket after it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isCaption} from '../../source/parse/roles.ts';

test('a photo credit ends the line, in brackets or not', () => {
	// data/shaoxing-2020-12-plenum.txt, the picture's caption.
	assert.ok(isCaption('10日下午至11日上午,市委召开八届九次全体(扩大)会议。 首席记者 袁 云 摄'));
	// test/corpus/raw/85-npcsc11-11th-closing-2009-npc.txt, line 12.
	assert.ok(isCaption('(中国人大网 包瓴瓴/文 王新庆/摄)'));
	// The same credit in full-width brackets and traditional characters.
	assert.ok(isCaption('（中國人大網 包瓴瓴/文 王新庆/攝）'));
});

test('摄 anywhere but at the end of the line is no credit', () => {
	// The bundled report's caption with its credit moved inside the sentence.
	assert.equal(isCaption('首席记者 袁 云 摄 10日下午至11日上午,市委召开八届九次全体(扩大)会议'), false);
	assert.equal(isCaption('(中国人大网 包瓴瓴/文 王新庆/摄))'), false);
});
