// Clause pairs that share a long run of characters and still make another statement, so no phrase
// in them is reworded (test/compare/pairs/README.md: "a different statement that shares words,
// where the object or the act changed"; "what is done with a named law or campaign"). Every clause
// is taken word for word from the labelled report pairs (test/compare/pairs, the pair named at each
// case, old.txt and new.txt unless said).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formulationsIn} from '../../source/compare/formulations.ts';
import {rawParts} from '../../source/compare/redline.ts';

const found = (before: string, after: string) => formulationsIn(rawParts(before, after)).map(f => `${f.old} → ${f.new}`);

test('the lead verb and the final noun both swapped around a kept middle are another act on another object', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum).
	assert.deepEqual(found('坚决落实全面从严治党战略方针', '推动落实全面从严治党政治责任'), []);
	// Pair 05 (19th CC 5th → 6th plenum).
	assert.deepEqual(found('立足社会主义初级阶段基本国情', '确立社会主义初级阶段基本路线'), []);
	// Pair 06 (20th CC 3rd → 4th plenum).
	assert.deepEqual(found('完善强农惠农富农支持制度', '提高强农惠农富农政策效能'), []);
	// Pair 16 (Politburo, April → July 2026).
	assert.deepEqual(found('做优国内国际双循环', '更好统筹国内国际两个大局'), []);
});

test('a generic noun swapped for another with the verb leaves the object what it was', () => {
	// Pair 06 (20th CC 3rd → 4th plenum), labelled: 完善…机制 → 提高…水平.
	assert.deepEqual(found('完善公共安全治理机制', '提高公共安全治理水平'), ['完善公共安全治理机制 → 提高公共安全治理水平']);
});

test('what is done with a named campaign or law is news, not a reworded phrase', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum): a campaign held, then its results consolidated.
	assert.deepEqual(found('认真开展党纪学习教育', '巩固深化党纪学习教育成果'), []);
	// Pair 15 (Politburo, April → July 2025): the same for another campaign.
	assert.deepEqual(found('认真开展深入贯彻中央八项规定精神学习教育', '用好深入贯彻中央八项规定精神学习教育成果'), []);
	// Pair 04 (19th CCDI 5th → 6th plenum): a rule to be drafted, then a rule in force, in title marks.
	assert.deepEqual(found('研究制定中国共产党纪律检查委员会工作条例', '深入贯彻《中国共产党纪律检查委员会工作条例》'), []);
});

test('a document made of a task at the clause end is another object', () => {
	// Pair 09 (CEWC 2023 → 2024) and pair 16 (Politburo, April → July 2026): building the national market
	// became drafting its guidelines, and its regulation.
	assert.deepEqual(found('加快全国统一大市场建设', '制定全国统一大市场建设指引'), []);
	assert.deepEqual(found('纵深推进全国统一大市场建设', '制定实施全国统一大市场建设条例'), []);
	// Pair 15 (Politburo, April → July 2025), labelled: the verb alone changed, the task kept.
	assert.deepEqual(found('加快全国统一大市场建设', '纵深推进全国统一大市场建设'), ['加快全国统一大市场建设 → 纵深推进全国统一大市场建设']);
});
