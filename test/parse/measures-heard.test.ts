// Documents a meeting heard and considered, listed after one verb: the town and county congress's
// and the executive meeting's account of its business, each from a committed report (numbered).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Section} from '../../source/model/report.ts';
import {extractMeasures} from '../../source/parse/measures/index.ts';
import {leadOf} from '../../source/parse/sections.ts';
import {devLine} from '../helpers/dev-corpus.ts';

const itemsOf = (text: string): string[] => {
	const sections: Section[] = [{id: 1, lead: leadOf(text), heading: '', text, offset: 0}];
	return extractMeasures(sections).map(m => m.text);
};

test('listed after 听取并审议 without 了 or 通过: …情况报告、…情况报告和…报告(书面) (1345)', () => {
	assert.deepEqual(itemsOf(devLine('1345', '会议听取并审议')), ['附城镇2025年1-10月经济社会发展情况报告', '附城镇2025年政府民生实事项目建设情况报告', '2026年政府民生实事候选项目报告(书面)']);
	// Two reports heard are told in passing, as two adopted without 通过 are (1341).
	assert.deepEqual(itemsOf('会议听取和审议镇人民政府工作报告、镇人民代表大会主席团工作报告,审查和批准了城厢镇2020年财政预算执行情况和2021年财政预算(草案)的报告。'), []);
});

test('listed after 讨论审议了: 《…意见》、《…办法(试行)》和《…协议》 (1297)', () => {
	assert.deepEqual(itemsOf(devLine('1297', '会议讨论审议了')).slice(0, 3), ['《关于进一步规范县投资集团公司建设的意见》', '《武陟县国有投融资公司运营管理与效绩考评暂行办法(试行)》', '《妙乐寺塔文保合作协议》']);
});

test('a report named with who made it is one document: 镇长熊昭明所作的《政府工作报告》 (1281)', () => {
	// Also written 乡长金英珠代表乡人民政府所做的《政府工作报告》 (http://56china.com/2016/0414/109538.html).
	assert.deepEqual(itemsOf(devLine('1281', '审议通过了镇长熊昭明')), ['镇长熊昭明所作的《政府工作报告》', '镇人大主席欧阳怡然所作的《人大工作报告》', '镇财政副所长余方平所作的《财政预决算执行情况报告》']);
});
