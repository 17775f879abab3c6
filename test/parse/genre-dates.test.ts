// Dates across page shapes: every sentence here is from a committed report of test/corpus
// (its number names it) and the expected date is that report's hand label.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseReport} from '../../source/parse/index.ts';
import {devLine, parseDev} from '../helpers/dev-corpus.ts';
import {loadConverter} from '../../source/text/han-fold.ts';

test("a labelled page-date line gives the year to a day-only dateline, and beats a site's clock", async () => {
	// 23: a crawl-day clock (2023年03月29日 星期三) above 发布日期:2020-01-27 and 1月26日下午.
	assert.equal((await parseDev('23')).meta.date, '2020-01-26');
	// 53: 发布时间:2024年02月03日 and 2月3日下午; 55: 刊发日期:2021-04-28 and 本报讯4月27日上午.
	assert.equal((await parseDev('53')).meta.date, '2024-02-03');
	assert.equal((await parseDev('55')).meta.date, '2021-04-27');
});

test("a date line without a clock is the page's day: the story's dateline or first day dates the meeting", async () => {
	// 860: 2012-05-19 under the headline, then 本报济南5月17日讯 … 于2012年5月17日在济南举办.
	assert.equal((await parseDev('860')).meta.date, '2012-05-17');
	// 882: an e-paper's 2017年1月18日 above 新报讯(记者 刘 睿 王树天) 1月17日下午,…圆满完成各项议程.
	assert.equal((await parseDev('882')).meta.date, '2017-01-17');
	// shared 00 (the bundled report): a stamp with its clock (2020-12-12 07:41) above 10日下午至11日上午 dates the report.
	const bundled = parseReport('2020-12-12 07:41\n\n10日下午至11日上午,市委召开八届九次全体(扩大)会议。\n\n全会指出,要坚持稳中求进。');
	assert.deepEqual([bundled.meta.date, bundled.meta.time], ['2020-12-12', '07:41']);
	// 809: a stamp with its clock (date: 2023-10-31 13:58:00 +00:00) and （中央社台北31日電）: the dateline's day.
	assert.equal((await parseDev('809')).meta.date, '2023-10-31');
});

test('a clock at midnight is a date without a time: the story’s own day dates it', async () => {
	// 988: 2015-02-11 00:00:00 above 2月4日清晨,…静乐县第十三次党代会第五次会议…; 725: 2011-05-31 00:00:00 and no other day.
	const report = await parseDev('988');
	assert.deepEqual([report.meta.date, report.meta.time], ['2015-02-04', null]);
	assert.deepEqual([(await parseDev('725')).meta.date, (await parseDev('725')).meta.time], ['2011-05-31', null]);
});

test('with no day in the body, the page-date line is the date', async () => {
	// 58: " date 2026-01-08 聽新聞" above a story that says only 昨; 62: | 時間: 2019-03-05 | with 4日.
	assert.equal((await parseDev('58')).meta.date, '2026-01-08');
	assert.equal((await parseDev('62')).meta.date, '2019-03-04');
});

test("a report's own links and picture paths date it", async () => {
	// 28: ![](/Files260/BeyondPic/2021-7/20/…jpg) above 7月19日; 45: <video src=".../20260226/...">, 2月26日上午.
	assert.equal((await parseDev('28')).meta.date, '2021-07-19');
	assert.equal((await parseDev('45')).meta.date, '2026-02-26');
});

test("a day-only dateline takes its year from the file's name before the years the text mentions", async () => {
	// 31: 8月26日,县委书记刘兵主持召开第82次常委会 in 31-…-2015-page.txt; 42: 10月23日上午 in 42-…-2024-page.txt.
	assert.equal((await parseDev('31')).meta.date, '2015-08-26');
	assert.equal((await parseDev('42')).meta.date, '2024-10-23');
	// 39: 6月30日 in 39-…-2022-page.txt, whose text also speaks of 2021年 (mentioned, not the year).
	assert.equal((await parseDev('39')).meta.date, '2022-06-30');
	// The same text under a name without a year falls back on the text.
	const text = devLine('31', '8月26日');
	assert.equal(parseReport(text, {name: 'report.txt'}).meta.date, null);
	assert.equal(parseReport(text, {name: 'csc-2015.txt'}).meta.date, '2015-08-26');
	// A serial number leading the name is no year (1911-…-2023-page.txt, 1928-…-2014-page.txt), nor is a
	// source's tag (1312-…-2025-dc2011-trad-page.txt).
	assert.equal(parseReport(text, {name: '1911-mingshan-district-gov10-exec21-2023-page.txt'}).meta.date, '2023-08-26');
	assert.equal(parseReport(text, {name: '1933-guangdong-prov-npcsc13-noyear-page.txt'}).meta.date, null);
	assert.equal(parseReport(text, {name: '1312-baishan-city-2025-dc2011-trad-page.txt'}).meta.date, '2025-08-26');
	assert.equal(parseReport(text, {name: '1960-county-csc-2015-page.txt'}).meta.date, '2015-08-26');
	// A year the name writes with 年 is a year: 2015年县委常委会.txt.
	assert.equal(parseReport(text, {name: '2015年县委常委会.txt'}).meta.date, '2015-08-26');
});

test('a year the text only speaks of does not date a day-only report', async () => {
	// 869: 12月23日,市政协十届十六次常委会议召开 … 2020年度政协工作先进名单 (the label leaves the date open).
	assert.equal((await parseDev('869')).meta.date, null);
	// 871: 6月1日,县十九届人大常委会第二次主任会议 … 全县2021年度环境状况.
	assert.equal((await parseDev('871')).meta.date, null);
	// 24: 12月5日 … 全面貫徹落實黨的十八屆四中全會精神, in a file named …-2014-…: the name still gives the year.
	assert.equal((await parseDev('24')).meta.date, '2014-12-05');
});

test('a date the meeting scheduled is never the report’s date', async () => {
	const convert = await loadConverter();
	for (const [number, words] of [
		['24', '決定12月7日召開'],
		['53', '将于2月4日上午'],
	] as const) {
		const sentence = devLine(number, words);
		const date = parseReport(`${sentence}\n会议还研究了其他事项。`, {pageDate: '2020-12-31', convert}).meta.date;
		assert.ok(!date || !/-(12-07|02-04)$/.test(date), `${number}: ${date}`);
	}
});

test('a page’s time stamp with the time of day, and a photo’s caption, date a story (89, 90: JSP templates)', async () => {
	// 89: <div class="article_other">… 2011年10月25日21:58 新华网</div> and 新华网天津10月25日电.
	assert.equal((await parseDev('89')).meta.date, '2011-10-25');
	// 90: a page stamp 2018-01-15 09:38:53 and only a caption: 1月11日，…新华社记者 谢环驰 摄.
	assert.equal((await parseDev('90')).meta.date, '2018-01-11');
});

test('page stamps in other shapes: [2017.10.29] 發表 (86), 09.01.2015  12:19 read day first (102); the day in a second paragraph (94)', async () => {
	assert.equal((await parseDev('86')).meta.date, '2017-10-29');
	assert.equal((await parseDev('102')).meta.date, '2015-01-06');
	assert.equal((await parseDev('94')).meta.date, '2015-10-12');
});

test('an outlet’s stamp line (name, day and time) gives the month and year a day-only story lacks (143, 125)', async () => {
	// 143: 长江云新闻 2026-01-07 19:50:06 above 今天(7日),省政协召开党组会议、主席会议
	assert.equal((await parseDev('143')).meta.date, '2026-01-07');
	// 125: http://www.sina.com.cn 2008年03月04日07:04 深圳商报 above 昨天上午,…主持召开市委常委会议: the stamp's day
	// is the page's, and a story opening with 昨天 is dated the day before it (as its label has it). A 昨 inside
	// the lede with the day stated later (58: …常委會昨召開會議, 新華社 八日) keeps the stated day.
	assert.equal((await parseDev('125')).meta.date, '2008-03-03');
	assert.equal((await parseDev('58')).meta.date, '2026-01-08');
});

test("a paper's credit line (《人民日报》（2025年04月27日第 01 版）) gives the dateline its year, and its box of key points (■ …) does not hide the dateline", async () => {
	// 172: the ■ box, then 新华社北京4月26日电, in a JSON string with no date field.
	assert.equal((await parseDev('172')).meta.date, '2025-04-26');
	// 171: the same layout under front matter (date: 2025-04-26, the paper's day) and 新华社北京4月25日电.
	assert.equal((await parseDev('171')).meta.date, '2025-04-25');
});

test("a page store's date stamp run into the first sentence is the page's date line, not the story's words (173; on a line of its own in 58 and 83)", async () => {
	const report = await parseDev('173');
	assert.equal(report.meta.date, '2025-10-28');
	assert.ok(report.sections[0].text.startsWith('上星期閉幕的中共二十屆四中全會'), report.sections[0].text.slice(0, 20));
	assert.equal((await parseDev('83')).meta.date, '2026-01-08');
});

test('a dateline ends in 电, 讯 or 消息: 新华社10月24日消息 beats a photo caption’s date (175); 本报海口9月30日讯 (57), 东北网双鸭山3月20日讯 (148)', async () => {
	assert.equal((await parseDev('175')).meta.date, '2019-10-24');
	assert.equal((await parseDev('57')).meta.date, '2018-09-30');
});

test('a paper’s 讯 is dated the day it was filed: a story opening on its own month and day is dated by it; a 电 keeps its day', async () => {
	// 220: 11月28日讯(福建日报记者 周琳) 11月27日晚; 315: 9月21日讯(分站记者 肖振华 吴清远)9月20日下午; 923, traditional: 11月22日訊(…)11月21日.
	assert.equal((await parseDev('220')).meta.date, '2021-11-27');
	assert.equal((await parseDev('315')).meta.date, '2016-09-20');
	assert.equal((await parseDev('923')).meta.date, '2021-11-21');
	// 881: 本报聊城11月10日讯(记者 刘铭) 10日上午 (a day alone is the dateline's); 172: 4月26日电 中共中央政治局4月25日下午 (电 keeps its day).
	assert.equal((await parseDev('881')).meta.date, '2011-11-10');
	assert.equal((await parseDev('172')).meta.date, '2025-04-26');
});

test('a span that opens the story dates it by its first day; a span the meeting was held over, by its last', async () => {
	// 986: 8月21日至22日,中共尚寨土家族乡第八次党员代表大会…; 279: 6月19日至20日，中条林局召开…; 457: 4月27日至28日,医院五届十九次职工代表大会….
	assert.equal((await parseDev('986')).meta.date, '2011-08-21');
	assert.equal((await parseDev('279')).meta.date, '2019-06-19');
	assert.equal((await parseDev('457')).meta.date, '2012-04-27');
	// 1341: 2021年1月21至22日,城厢镇… (the first day without 日); 1328: 本报讯(记者 刘雪妮)1月8日至9日,… (after the credit).
	assert.equal((await parseDev('1341')).meta.date, '2021-01-21');
	assert.equal((await parseDev('1328')).meta.date, '2026-01-08');
	// 27: …全体会议,于2021年11月26日至27日在济南举行; 73: …于2020年1月13日至15日在北京举行.
	assert.equal((await parseDev('27')).meta.date, '2021-11-27');
	assert.equal((await parseDev('73')).meta.date, '2020-01-15');
});

test('the end of a scheduled span is scheduled too: 將於7月15至18日召開 is not the report’s day, 今天(15日) is (176)', async () => {
	assert.equal((await parseDev('176')).meta.date, '2024-07-15');
});

test('a story told as of yesterday under a dated page is dated the day before the page', async () => {
	// 125: http://www.sina.com.cn 2008年03月04日07:04 深圳商报 / 【本报讯】(深圳报业集团记者 叶晓滨)昨天上午,…
	assert.equal((await parseDev('125')).meta.date, '2008-03-03');
	// Across a month's end, and 前天 two days before.
	assert.equal(parseReport('市政协召开常委会议\n发布时间：2022-03-01 07:36\n本报讯 前天下午，市政协召开常委会议。').meta.date, '2022-02-27');
	// With no page date there is nothing to count back from (156: 昨天下午, its date only in its address).
	assert.equal((await parseDev('156')).meta.date, null);
});

test('an overseas day-only dateline dates the story: 昨天 after it is the day before, 昨天至今天 its own day', async () => {
	const convert = await loadConverter();
	// 614 (中央社): the page of 2023-06-17; 652 (中央社) the same shape across the page's day.
	const at = (text: string, pageDate: string) => parseReport(text, {name: 'report.txt', pageDate, convert}).meta.date;
	assert.equal(at('（中央社記者張淑伶上海17日電）中國國務院常務會議昨天審議通過與支持科技型企業融資相關的方案。', '2023-06-17'), '2023-06-16');
	assert.equal(at('（中央社記者繆宗翰北京13日電）中國國務院總理李克強昨天主持國務院常務會議。', '2021-05-13'), '2021-05-12');
	// 190 (中央社): a span from yesterday to today is dated by its last day.
	assert.equal(at('（中央社記者邱國強北京25日電）中共中央政治局昨天至今天召開「民主生活會」。', '2020-12-25'), '2020-12-25');
	// 715 (中央社): a day the story states after the dateline is the meeting's.
	assert.equal(at('（中央社台北19日電）中國浙江省第14屆人民代表大會常務委員會第14次會議18日決定，任命劉捷為副省長、代省長。', '2024-12-19'), '2024-12-18');
	// The dateline's day is in the page's month, or the month before when it is later (a page saved on 1 March).
	assert.equal(at('（中央社記者繆宗翰北京28日電）中國國務院總理李克強昨天主持國務院常務會議。', '2021-03-01'), '2021-02-27');
});

test('an overseas outlet’s weekday dates the meeting by the page: the latest such day on or before it', () => {
	const at = (text: string, pageDate: string) => parseReport(text, {name: 'report.txt', pageDate}).meta.date;
	// 609 (WSJ, page of Friday 2024-03-01): 周四 → Thursday 29 February.
	assert.equal(at('中共中央政治局周四再度强调，去年经济实现回升向好，今年要加大宏观调控力度。', '2024-03-01'), '2024-02-29');
	// 656 (RTHK, page of Friday 2024-10-18): 周五 is the page's own day.
	assert.equal(at('國務院總理李強周五主持召開國常會，研究推動經濟持續回升向好的一批政策措施。', '2024-10-18'), '2024-10-18');
	// 87 (chinanews mirror): 上周四 names another week, so it gives no day.
	assert.notEqual(at('上周四召开的中共中央政治局会议分析研究了明年经济工作。', '2006-12-11'), '2006-12-07');
});

test('a day alone in the body is in the page’s month, or the month before when it is later than the page’s day', () => {
	// 609 (WSJ): 29日召开会议 under a page of 2024-03-01.
	assert.equal(parseReport('中共中央政治局29日召开会议，讨论国务院拟提请十四届全国人大二次会议审议的《政府工作报告》稿。', {name: 'report.txt', pageDate: '2024-03-01'}).meta.date, '2024-02-29');
});

test('a day in a coming month or year, or the day a law takes effect, is not the meeting’s', async () => {
	const convert = await loadConverter();
	const at = (text: string, pageDate: string) => parseReport(text, {name: 'report.txt', pageDate, convert}).meta.date;
	// 545 (RTHK): 決定下月13至17日舉行下一次常委會會議, on a page of 2020-09-29 about that morning's meeting.
	assert.equal(at('全國人大委員長會議早上在北京召開，決定下月13至17日舉行下一次常委會會議。', '2020-09-29'), '2020-09-29');
	// 548 (RTHK): 明年11月12日是…孫中山誕辰160周年紀念日.
	assert.equal(at('全國政協常委會會議在北京閉幕。新華社報道，明年11月12日是偉大的民族英雄孫中山誕辰160周年紀念日。', '2025-11-01'), '2025-11-01');
	// 568 (RTHK): 明年1月1日起實施; 234 (新闻联播): 2025年5月1日起施行.
	assert.equal(at('在北京，全國人大常委會下午全票通過關於修改國旗法、國徽法的決定，明年1月1日起實施。', '2020-10-17'), '2020-10-17');
	assert.notEqual(at(devLine('234', '2025年5月1日起施行'), '2026-01-12'), '2025-05-01');
});

test('a day before told in the clause that names the meeting, a paragraph on, counts back from the page or the dateline', async () => {
	const convert = await loadConverter();
	const at = (text: string, pageDate: string) => parseReport(text, {name: 'report.txt', pageDate, convert}).meta.date;
	// 681 (RTHK, page of 2022-07-05): the lede has no day; the next paragraph says 會議前日召開.
	const lede681 = '中共中央政治局委員、廣東省委書記李希主持召開廣東省委常委會會議，表示要強化粵港澳聯防聯控。';
	assert.equal(at(`${lede681}\n\n會議前日召開，主題是學習貫徹中共總書記習近平在慶祝香港回歸25周年大會上的重要講話精神。`, '2022-07-05'), '2022-07-03');
	// 685 (中央社台北9日電): 郭聲琨昨天在持續整頓政法系統的工作會議表示, in the second paragraph.
	const lede685 = '（中央社台北9日電）中共當局日前通報前公安部副部長孫力軍案，中共政法委員會書記郭聲琨立即表態。';
	assert.equal(at(`${lede685}\n\n新華網報導，郭聲琨昨天在持續整頓政法系統的工作會議表示，堅決擁護中共中央的處理決定。`, '2021-10-09'), '2021-10-08');
});

test('a sitting named as the subject, then 昨天 or 昨日 and its opening, closing or business, is the day before the page', async () => {
	// 990: 2007年05月25日01:38 above 中国共产党上海市第九次代表大会昨天上午在上海展览中心中央大厅隆重开幕.
	assert.equal((await parseDev('990')).meta.date, '2007-05-24');
	// 295: 2020-12-27 07:20 above 第十三屆全國人大常委會第二十四次會議昨日閉幕; 562: date: 2020-10-17 above 政治局昨日就量子科技….
	assert.equal((await parseDev('295')).meta.date, '2020-12-26');
	assert.equal((await parseDev('562')).meta.date, '2020-10-16');
});

test('a month and day in Chinese numerals, as 中新社 dates its datelines, is read as digits (87, 778, 218)', async () => {
	// 87: 中新社北京十二月七日電 in 87-cewc-2006-…; 778: 中新社北京二月二十六日電 in 778-…-2007-….
	assert.equal((await parseDev('87')).meta.date, '2006-12-07');
	assert.equal((await parseDev('778')).meta.date, '2007-02-26');
	assert.equal((await parseDev('218')).meta.date, '1992-05-18');
});

test('a day written in brackets after 昨 or 今 (昨(17)日, 今(28)日) is that day of the page’s month', async () => {
	// 846: 更新时间:2019-07-18 15:22:01 above 昨(17)日下午,东坡区第五届人民代表大会第五次会议…开幕
	assert.equal((await parseDev('846')).meta.date, '2019-07-17');
	// test/corpus/raw/597-panzhihua-city-npc8-2nd-opening-2007-vtichina-page.txt opens 昨(18)日上午, under a page date given here.
	const report = parseReport('攀枝花市八届人大二次会议开幕\n\n发布时间:2007-12-19\n\n昨(18)日上午,攀枝花市第八届人民代表大会第二次会议在攀枝花会展中心隆重开幕。');
	assert.equal(report.meta.date, '2007-12-18');
});

test('a county media centre’s dateline (融媒体中心, 融媒 …日讯) is a dateline: the meeting day after it dates the story', async () => {
	// 1086: 秦州区融媒体中心10月26日讯(记者 张敏)10月25日,秦州区政协召开…; 553: 祁东县融媒体中心1月5日讯(记者:…)5日,…召开;
	// 707: 衡东融媒3月24日讯(融媒体记者 宁典)3月24日,…召开.
	assert.equal((await parseDev('1086')).meta.date, '2021-10-25');
	assert.equal((await parseDev('553')).meta.date, '2022-01-05');
	assert.equal((await parseDev('707')).meta.date, '2025-03-24');
});

test('a meeting numbered within its year dates a day-only dateline, before a full date the opening cites', async () => {
	// 1612: 1月4日,地委召开2012年度第一次委员(扩大)会议 … 截至2011年12月31日.
	assert.equal((await parseDev('1612')).meta.date, '2012-01-04');
	// 1658: 1月7日,经开区2019年第1次党工委(扩大)会议召开 … 传达学习了2018年11月26日习近平总书记….
	assert.equal((await parseDev('1658')).meta.date, '2019-01-07');
});

test('stamps listed one after another under a story date other stories, not the page', async () => {
	// 1963: a topic's timeline after the story (…劉建超… / 2024/01/09 14:50 / 習近平稱反腐仍嚴峻… / 2024/01/08 22:01 / …)
	// and （中央社台北8日電）; 684: the same list under a Politburo story, its first stamp 17:08, the story filed at 15:44.
	const ccdi = await parseDev('1963');
	assert.deepEqual([ccdi.meta.date, ccdi.meta.time], ['2024-01-08', null]);
	const politburo = await parseDev('684');
	assert.deepEqual([politburo.meta.date, politburo.meta.time], ['2024-08-23', null]);
	// One stamp alone is still the page's time line (the bundled report's 2020-12-12 07:41 above).
	assert.equal(parseReport('2020-12-12 07:41\n\n10日下午,市委召开全体会议。').meta.time, '07:41');
});

test('a day-only meeting that decides on a later one in the new year is dated in the year before it', async () => {
	// 2063: 12月17日,市政协举行九届八次常委会议 … 会议决定:政协慈溪市第九届委员会第三次会议于2009年1月14日至16日在浒山召开.
	assert.equal((await parseDev('2063')).meta.date, '2008-12-17');
	// 1903: 12月22日 … 决定:政协重庆市开州区第十五届委员会第一次会议于2022年1月8日至11日召开.
	assert.equal((await parseDev('1903')).meta.date, '2021-12-22');
});

test('a day a meeting decided on for a later meeting (决定…会议于8月16日召开) does not date the meeting', async () => {
	// 1823: 主任会议决定市十三届人大常委会第四次会议于8月16日召开 — the chairs met the day before the page's 2017年08月16日.
	assert.equal((await parseDev('1823')).meta.date, '2017-08-15');
	// 993: …决定市十二届人大四次会议于2月21日召开 — the standing committee met on 2006-01-23.
	assert.equal((await parseDev('993')).meta.date, '2006-01-23');
});
