// The formulation finder on single clause pairs, each taken word for word from the labelled report
// pairs (test/compare/pairs, the pair named at each case): a phrase reworded inside a clause that
// was rewritten elsewhere is found; a clause rewritten around or through the phrase is not.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formulationsIn} from '../../source/compare/formulations.ts';
import {rawParts} from '../../source/compare/redline.ts';

const found = (before: string, after: string) => formulationsIn(rawParts(before, after)).map(f => `${f.old} → ${f.new}`);

test('a qualifier dropped from a phrase whose clause then goes on is a reworded phrase', () => {
	// Pair 01 (20th CCDI 2nd → 3rd plenum): old.txt 突出政治巡视定位, new.html 突出政治定位深化巡视巡察.
	assert.deepEqual(found('突出政治巡视定位', '突出政治定位深化巡视巡察'), ['突出政治巡视定位 → 突出政治定位']);
	// Pair 09 (CEWC 2023 → 2024): old.txt 提高资金效益和政策效果, new.txt 提高资金使用效益.
	assert.deepEqual(found('提高资金效益和政策效果', '提高资金使用效益'), ['提高资金效益 → 提高资金使用效益']);
});

test('words put in or dropped beside a reworded phrase leave it one phrase', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum), old.txt and new.txt: 新时代新征程 dropped, 指明前进方向 put in,
	// and 提供了根本遵循 → 提供重要遵循.
	assert.deepEqual(found('为新时代新征程深入推进全面从严治党、党风廉政建设和反腐败斗争提供了根本遵循', '为深入推进全面从严治党、党风廉政建设和反腐败斗争指明前进方向、提供重要遵循'), ['提供了根本遵循 → 提供重要遵循']);
	// Pair 04 (19th CCDI 5th → 6th plenum), old.txt and new.txt: 以高度政治 dropped before the phrase.
	assert.deepEqual(found('以高度政治自觉担负起“两个维护”重大责任', '自觉担负“两个维护”重大政治责任'), ['自觉担负起“两个维护”重大责任 → 自觉担负“两个维护”重大政治责任']);
});

test('a phrase changed in three places, or around words put into it, is rewritten', () => {
	// Pair 09 (CEWC 2023 → 2024): old.txt 打造绿色低碳发展高地, new.txt 营造绿色低碳产业健康发展生态.
	assert.deepEqual(found('打造绿色低碳发展高地', '营造绿色低碳产业健康发展生态'), []);
});

test('a word swapped or put first in a clause rewritten after it is another act, not a reworded phrase', () => {
	// Pair 03 (20th CCDI 3rd → 4th plenum): 牢记习近平总书记…的期望要求 (old.txt) →
	// 坚持以习近平新时代中国特色社会主义思想为指导 (new.txt).
	assert.deepEqual(found('中央纪委国家监委和各级纪检监察机关牢记习近平总书记“新班子、新气象、新局面、新作为”的期望要求', '中央纪委国家监委和各级纪检监察机关坚持以习近平新时代中国特色社会主义思想为指导'), []);
	// Pair 06 (20th CC 3rd → 4th plenum): 完善城乡融合发展体制机制 (old.txt) → 促进城乡融合发展 (new.txt), the
	// labels' own example of a changed act: the lead verb has no kept wording before it.
	assert.deepEqual(found('完善城乡融合发展体制机制', '促进城乡融合发展'), []);
	// Pair 05 (19th CC 5th → 6th plenum): 社会公平正义进一步彰显 (old.txt) → 促进社会公平正义 (new.txt): a
	// state reported became a task; the verb put first has no kept wording before it.
	assert.deepEqual(found('社会公平正义进一步彰显', '促进社会公平正义'), []);
});
