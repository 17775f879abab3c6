// The previous report of a series, from the titles and meeting names plenum reads (the reports of
// test/compare/pairs: 01, 03, 06 plenums; 07, 08 Politburo readouts; provenance in labels.json).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {previousInSeries, sameSeries, type SeriesEntry} from '../../source/compare/series.ts';

const entry = (path: string, date: string | null, title: string, meeting: string | null = null): SeriesEntry => ({path, date, title, meeting});

const CCDI_2023 = entry('ccdi-2023', '2023-01-10', '中国共产党第二十届中央纪律检查委员会第二次全体会议公报', '中国共产党第二十届中央纪律检查委员会第二次全体会议');
const CCDI_2024 = entry('ccdi-2024', '2024-01-10', '中国共产党第二十届中央纪律检查委员会第三次全体会议公报', '中国共产党第二十届中央纪律检查委员会第三次全体会议');
const CC_2024 = entry('cc-2024', '2024-07-18', '中国共产党第二十届中央委员会第三次全体会议公报', '中国共产党第二十届中央委员会第三次全体会议');
const CCDI_2025 = entry('ccdi-2025', '2025-01-08', '中国共产党第二十届中央纪律检查委员会第四次全体会议公报', '中国共产党第二十届中央纪律检查委员会第四次全体会议');
const PB_2024_07 = entry('pb-2024-07', '2024-07-30', '中共中央政治局召开会议 分析研究当前经济形势和经济工作 审议《整治形式主义为基层减负若干规定》 中共中央总书记习近平主持会议');
const PB_2024_09 = entry('pb-2024-09', '2024-09-26', '中共中央政治局召开会议 分析研究当前经济形势和经济工作 中共中央总书记习近平主持会议', '会议 分析研究当前经济形势和经济工作 中共中央总书记习近平主持会议');

test('the nearest earlier report of the same body and kind of meeting', () => {
	const all = [CCDI_2023, CCDI_2024, CC_2024, CCDI_2025, PB_2024_07, PB_2024_09];
	assert.equal(previousInSeries(all, CCDI_2025), CCDI_2024);
	assert.equal(previousInSeries(all, CCDI_2024), CCDI_2023);
	assert.equal(previousInSeries(all, CCDI_2023), null);
	assert.equal(previousInSeries(all, CC_2024), null);
	// A readout whose title also names the document it reviewed is still the same series.
	assert.equal(previousInSeries(all, PB_2024_09), PB_2024_07);
});

test('the Central Committee and its discipline commission are different series', () => {
	assert.equal(sameSeries(CC_2024, CCDI_2024), false);
	assert.equal(sameSeries(CCDI_2023, CCDI_2025), true);
});

test('an undated report has no previous one', () => {
	assert.equal(previousInSeries([CCDI_2023], {...CCDI_2024, date: null}), null);
});
