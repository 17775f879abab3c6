// Which clauses pair across two reports: where an unpaired sentence's counterpart stands, and the
// items of a list that one report splits and the other keeps whole. Every clause is taken word for
// word from the labelled report pairs (test/compare/pairs, the pair named at each case).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {gapsOf} from '../../source/compare/align.ts';
import {formulationsIn} from '../../source/compare/formulations.ts';
import {rawParts} from '../../source/compare/redline.ts';
import {pairClauses, splitClauses, type Clause} from '../../source/compare/clauses.ts';
import type {Correspondence} from '../../source/compare/correspondence.ts';
import {compareReports} from '../../source/compare/index.ts';
import {contentOf} from '../../source/compare/text.ts';
import {parseFile} from '../helpers/corpus.ts';
import {PAIRS} from './quality.ts';

/** The clauses (and items) of sentences given in order: sentence k is the k-th text. */
const clausesOf = (...texts: string[]): Clause[] => texts.flatMap((text, index) => splitClauses({index, section: 1, start: 0, text, content: contentOf(text)}));
/** Old sentence 0's counterpart, when `gap`, stands where new sentence 0 does; no sentence pairs. */
const gapAtFirst = (gap: boolean): Correspondence => ({partnerOf: () => undefined, gapOf: sentence => (gap && sentence === 0 ? {from: 0, to: 0, at: 0} : undefined)});
const paired = (olds: string[], news: string[], gap: boolean) => pairClauses(clausesOf(...olds), clausesOf(...news), gapAtFirst(gap)).map(([a, b]) => `${a.text} ↔ ${b.text}`);
/** The clause pairs when old sentence 0 and new sentence 0 pair up. */
const partnered = (old: string, now: string) => pairClauses(clausesOf(old), clausesOf(now), {partnerOf: sentence => (sentence === 0 ? 0 : undefined), gapOf: () => undefined}).map(([a, b]) => `${a.text} ↔ ${b.text}`);

test('the gap of an unpaired old sentence lies between the partners of its in-order neighbours, its place as far along', () => {
	const gaps = gapsOf(
		[
			{old: 0, new: 0, similarity: 1},
			{old: 3, new: 6, similarity: 1},
		],
		new Set([0, 1]),
		5,
		8,
	);
	assert.deepEqual(gaps.get(1), {from: 1, to: 5, at: 2});
	assert.deepEqual(gaps.get(4), {from: 7, to: 7, at: 7});
	assert.equal(gaps.get(0), undefined);
});

test('a clause of an unpaired sentence pairs first with the like clause where its counterpart stands', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum): the fourth task 持续深入推进反腐败斗争，严肃查处… (old.txt) →
	// 纵深推进反腐败斗争，深化拓展… (new.txt), too rewritten to pair as sentences; the old report's
	// 持续发力、纵深推进反腐败斗争 elsewhere is closer by bigrams.
	const [old, elsewhere, now] = ['持续深入推进反腐败斗争', '持续发力、纵深推进反腐败斗争', '纵深推进反腐败斗争'];
	assert.deepEqual(paired([old, elsewhere], [now], false), [`${elsewhere} ↔ ${now}`]);
	assert.deepEqual(paired([old, elsewhere], [now], true), [`${old} ↔ ${now}`]);
	// Pair 09 (CEWC 2023 → 2024): the review's 改革开放向纵深推进 (old.txt) → 改革开放持续深化 (new.txt), not
	// the 会议强调 sentence's 全面深化改革开放.
	assert.deepEqual(paired(['改革开放向纵深推进', '全面深化改革开放'], ['改革开放持续深化'], true), ['改革开放向纵深推进 ↔ 改革开放持续深化']);
});

test('an item of a list pairs with a whole clause where the counterpart stands, and nowhere else', () => {
	// Pair 09 (CEWC 2023 → 2024), old.txt and new.txt: the first of four difficulties, said alone a year on.
	const difficulties = '主要是有效需求不足、部分行业产能过剩、社会预期偏弱、风险隐患仍然较多';
	assert.deepEqual(paired([difficulties], ['主要是国内需求不足'], true), ['主要是有效需求不足 ↔ 主要是国内需求不足']);
	assert.deepEqual(paired([difficulties], ['主要是国内需求不足'], false), []);
	// Pair 08 (Politburo, July → September 2024): 坚定发展信心 (old.txt) → 正视困难、坚定信心 (new.txt).
	assert.deepEqual(paired(['坚定发展信心'], ['正视困难、坚定信心'], true), ['坚定发展信心 ↔ 坚定信心']);
	// Pair 03 (20th CCDI 3rd → 4th plenum): 深入探索提级巡视、联动巡视 (old.txt) → 灵活开展提级巡视 (new.txt).
	assert.deepEqual(paired(['深入探索提级巡视、联动巡视'], ['灵活开展提级巡视'], true), ['深入探索提级巡视 ↔ 灵活开展提级巡视']);
});

test('a change at the end of an item, or before a later item, may belong to its list: no reworded phrase', () => {
	const found = (before: string, after: string, item: 'first' | 'later') => formulationsIn(rawParts(before, after), {item}).map(f => `${f.old} → ${f.new}`);
	// Pair 01 (20th CCDI 2nd → 3rd plenum): 推进派驻机构、派出机构全面运用监察权 (old.txt), 深化派驻机构改革 (new.html).
	assert.deepEqual(found('推进派驻机构', '深化派驻机构改革', 'first'), []);
	// Pair 10 (14th NPC 2nd → 3rd session, closing): 凝聚了共识、明确了任务、坚定了信心 (old.txt), 传递了信心力量 (new.txt).
	assert.deepEqual(found('坚定了信心', '传递了信心力量', 'later'), []);
	// Pair 02 (18th CC 2nd → 19th CC 7th plenum): 全面推进社会主义经济建设、…、生态文明建设 (old.txt), 推进生态文明建设 (new.txt).
	assert.deepEqual(found('生态文明建设', '推进生态文明建设', 'later'), []);
	// Pair 05 (19th CC 5th → 6th plenum): 坚定文化自信 (old.txt), 坚定道路自信、理论自信、制度自信、文化自信 (new.txt).
	assert.deepEqual(found('坚定文化自信', '文化自信', 'later'), []);
	// The first item's head is its own (pair 03, above: 深入探索提级巡视、联动巡视 → 灵活开展提级巡视).
	assert.deepEqual(found('深入探索提级巡视', '灵活开展提级巡视', 'first'), ['深入探索提级巡视 → 灵活开展提级巡视']);
	// A change inside a later item is the phrase's (pair 08, above: 坚定发展信心 → 正视困难、坚定信心).
	assert.deepEqual(found('坚定发展信心', '坚定信心', 'later'), ['坚定发展信心 → 坚定信心']);
});

test('a new clause whose sentence pairs with another old sentence goes to a clause from elsewhere only when clearly more alike', () => {
	/** Old sentence `partnered` pairs with new sentence 0 when given; new sentence 0 pairs with some old sentence. */
	const claimed = (olds: string[], news: string[], partnered?: number) =>
		pairClauses(clausesOf(...olds), clausesOf(...news), {partnerOf: sentence => (sentence === partnered ? 0 : undefined), gapOf: () => undefined, pairsNew: sentence => sentence === 0}).map(
			([a, b]) => `${a.text} ↔ ${b.text}`,
		);
	// Pair 09 (CEWC 2023 → 2024): the second task 二是着力扩大国内需求 (old.txt) became the first,
	// 一是…，全方位扩大国内需求 (new.txt, a sentence paired with none); the 会议强调 sentence's 扩大国内需求,
	// its partner the old 会议强调 sentence, is more alike by bigrams (a Dice of 0.71 against 0.59).
	const emphasis = '会议强调，…，实施更加积极有为的宏观政策，扩大国内需求，推动科技创新和产业创新融合发展';
	assert.deepEqual(claimed(['二是着力扩大国内需求'], [emphasis, '一是大力提振消费、提高投资效益，全方位扩大国内需求']), ['二是着力扩大国内需求 ↔ 全方位扩大国内需求']);
	// Pair 06 (20th CC 3rd → 4th plenum), old.txt and new.txt: 全会提出，加快构建高水平社会主义市场经济体制 pairs
	// with the old 全会提出 sentence, not with the review's 强调构建高水平社会主义市场经济体制.
	const review = '全会对进一步全面深化改革做出系统部署，强调构建高水平社会主义市场经济体制，健全推动经济高质量发展体制机制';
	const proposed = claimed([review, '全会提出，高水平社会主义市场经济体制是中国式现代化的重要保障。'], ['全会提出，加快构建高水平社会主义市场经济体制，增强高质量发展动力。'], 1);
	assert.ok(!proposed.includes('强调构建高水平社会主义市场经济体制 ↔ 加快构建高水平社会主义市场经济体制'), proposed.join('\n'));
});

test('two adjacent clauses pair as one with a clause that joins them, when each half adds to the likeness', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum), the 全会指出 sentences of old.txt and new.txt: the comma after
	// 全党全国人民 went, and neither half alone is like the new clause enough to show 各族 put in.
	const united = partnered(
		'以习近平同志为核心的党中央团结带领全党全国人民，凝心聚力、攻坚克难，全面推进中国式现代化，引领中华民族伟大复兴号巨轮破浪前行。',
		'全会指出，2024年，以习近平同志为核心的党中央坚持以党的自我革命引领伟大社会革命，团结带领全党全国各族人民凝心聚力、攻坚克难，中国式现代化迈出新的坚实步伐。',
	);
	assert.ok(united.includes('以习近平同志为核心的党中央团结带领全党全国人民，凝心聚力、攻坚克难 ↔ 团结带领全党全国各族人民凝心聚力、攻坚克难'), united.join('\n'));
	// Pair 09 (CEWC 2023 → 2024), the 会议号召 sentences of old.txt and new.txt: 以高质量发展的实际行动和成效，为…
	//作出新的更大贡献 → 以高质量发展的实际成效全面推进….
	const deeds = partnered(
		'会议号召，全党要紧密团结在以习近平同志为核心的党中央周围，坚定信心、开拓奋进，努力实现经济社会发展各项目标任务，以高质量发展的实际行动和成效，为以中国式现代化全面推进强国建设、民族复兴伟业作出新的更大贡献。',
		'会议号召，全党全国全社会要更加紧密地团结在以习近平同志为核心的党中央周围，认真落实会议各项部署，全面完成经济社会发展目标任务，以高质量发展的实际成效全面推进强国建设、民族复兴伟业。',
	);
	assert.ok(deeds.includes('以高质量发展的实际行动和成效，为以中国式现代化全面推进强国建设、民族复兴伟业作出新的更大贡献 ↔ 以高质量发展的实际成效全面推进强国建设、民族复兴伟业'), deeds.join('\n'));
	// Pair 01 (20th CCDI 2nd → 3rd plenum), old.txt and new.html: 坚决防治“灯下黑” is kept word for word, and
	// 坚决清除害群之马 joined to it says nothing of it.
	const mirror = partnered('对执纪违纪、执法违法现象零容忍，坚决清除害群之马，坚决防治“灯下黑”，打造自身正自身硬的纪检监察铁军。', '刀刃向内清除害群之马，坚决防治“灯下黑”。');
	assert.ok(!mirror.some(pair => pair.startsWith('坚决清除害群之马，')), mirror.join('\n'));
});

test('plenum diff finds formulations reworded in sentences rewritten past pairing', async () => {
	const changed = async (pair: string, oldFile: string, newFile: string) => {
		const comparison = compareReports(await parseFile(join(PAIRS, pair, oldFile)), await parseFile(join(PAIRS, pair, newFile)));
		return comparison.terms.changed.map(f => `${f.old} → ${f.new}`);
	};
	const ccdi = await changed('03-ccdi20-3rd-4th', 'old.txt', 'new.txt');
	assert.ok(ccdi.includes('持续深入推进反腐败斗争 → 纵深推进反腐败斗争'), ccdi.join('\n'));
	assert.ok(ccdi.includes('深入探索提级巡视 → 灵活开展提级巡视'), ccdi.join('\n'));
	assert.ok(ccdi.includes('团结带领全党全国人民 → 团结带领全党全国各族人民'), ccdi.join('\n'));
	const cewc = await changed('09-cewc-2023-2024', 'old.txt', 'new.txt');
	assert.ok(cewc.includes('主要是有效需求不足 → 主要是国内需求不足'), cewc.join('\n'));
	assert.ok(cewc.includes('改革开放向纵深推进 → 改革开放持续深化'), cewc.join('\n'));
});
