// Page furniture is not the report: each line here is from a committed report of test/corpus
// (its number names it), classified as that report's label has it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lineRule} from '../../source/parse/roles.ts';
import {devLine, parseDev} from '../helpers/dev-corpus.ts';

const ruleOf = (number: string, words: string) => lineRule(devLine(number, words))?.name ?? null;

test('page-date lines, labelled or as a site prints them', () => {
	assert.equal(ruleOf('23', '发布日期'), 'page date');
	assert.equal(ruleOf('53', '发布时间'), 'page date');
	assert.equal(ruleOf('50', '阅读次数'), 'page date');
	assert.equal(ruleOf('23', '星期三'), 'page date');
});

test('a bulleted line of the day, the paper and its reporter dates the page', async () => {
	assert.equal(ruleOf('1446', '2014-10-15'), 'page date');
	assert.equal(ruleOf('2069', '2010-01-23'), 'page date');
	// 1446: • 2014-10-15 《柳州日报》 above a communiqué adopted on 2014-10-14.
	assert.equal((await parseDev('1446')).meta.date, '2014-10-14');
});

test("a site's weather box is furniture, its forecast's day never the report's", async () => {
	assert.equal(ruleOf('493', '天气预报'), 'weather');
	assert.equal(ruleOf('1583', '气象台'), 'weather');
	assert.equal(ruleOf('1416', '22℃'), 'weather');
	// 1583: the box's 2024年3月29日 stands above a story of 7月23日, dated 2021-07-26 by its page.
	const xiqing = await parseDev('1583');
	assert.equal(xiqing.meta.date, '2021-07-23');
	assert.equal(xiqing.meta.title, '西青区委常委会(扩大)会议暨半年经济运行分析会召开');
});

test('breadcrumbs and site menus', () => {
	assert.equal(ruleOf('54', '当前位置'), 'breadcrumb');
	assert.equal(ruleOf('1363', '您当前的位置'), 'breadcrumb');
	assert.equal(ruleOf('49', '政務頻道'), 'breadcrumb');
	assert.equal(ruleOf('60', '3C科技'), 'menu');
});

test("a disclosure page's catalogue is furniture and its title field the headline", async () => {
	assert.equal(ruleOf('2049', '索 引 号'), 'disclosure fields');
	assert.equal(ruleOf('2049', '公开方式 主动公开'), 'disclosure fields');
	assert.equal(ruleOf('1432', '• 主题分类'), 'disclosure fields');
	assert.equal(ruleOf('1867', '索引号: 002943395'), 'disclosure fields');
	assert.equal(ruleOf('2080', '| 索引号:'), 'disclosure fields');
	// The title field's label and a table row's empty cells are not the headline's: • 文件标题 X (1432),
	// 标 题: X (2049), | 标题:X | | (2080), 信息名称:X (1296); the catalogue's 索引号 line is not it either (1867).
	const titles = {
		'1432': '黔江区政府召开2020年第一次全体会议',
		'2049': '四届原州区人民政府召开2024年第6次常务会议',
		'2080': '区委常委会(扩大)会议召开',
		'1296': '市政府第3次常务会议',
		'1867': '区政府召开2020年第9次常务会议',
	};
	for (const [number, title] of Object.entries(titles)) assert.equal((await parseDev(number)).meta.title, title, number);
	// A bare 標題: above its headline is left alone (2018).
	assert.equal((await parseDev('2018')).meta.title, '七 中 全 會 開 幕 追 認 開 除 薄 黨 籍');
});

test('a headline set in a table row is the title; a photographer’s cell and the text-size buttons are not', async () => {
	// | 区政府召开2025年第15次常务会议 | (2102), 十五届市政协二十八次党组(扩大)会议召开 | (370), 周乃翔主持召開… | (2108).
	assert.equal((await parseDev('2102')).meta.title, '区政府召开2025年第15次常务会议');
	assert.equal((await parseDev('370')).meta.title, '十五届市政协二十八次党组(扩大)会议召开');
	assert.match((await parseDev('2108')).meta.title, /^周乃翔主持召開省政府常務/u);
	// 大会会场 记者 季叶海 梁臻 摄 | (1235) stays a caption: the report has no headline.
	assert.equal((await parseDev('1235')).meta.title, '');
	assert.equal(ruleOf('2080', '字体大小'), 'text size');
});

test('credit lines are bylines, with or without a colon', () => {
	assert.equal(ruleOf('53', '总监制'), 'byline');
	assert.equal(ruleOf('26', '记者 余艳华'), 'byline');
	assert.equal(ruleOf('27', '闪电新闻记者'), 'byline');
});

test('markup residue and picture captions never become the title', async () => {
	assert.equal(ruleOf('28', '![]('), 'markup residue');
	// 25 opens with two image cells (讨论会现场 |); 26 with a reporter's credit; neither has a headline.
	assert.equal((await parseDev('25')).meta.title, '');
	assert.equal((await parseDev('26')).meta.title, '');
	// 54: breadcrumb, then the headline, then 发布时间:… 来源:… 作者:… 浏览:
	assert.equal((await parseDev('54')).meta.title, '县十六届人大二次会议召开预备会');
});

test("a headline without a Chinese character is the file's, and a transcript's video link is not the headline's", async () => {
	// 1537: a PHP file keeps the story in a comment whose first line is // &#13; — no headline; 1513: an
	// import script's header comment, -- Auto-generated import SQL, is not one either.
	assert.equal((await parseDev('1537')).meta.title, '');
	assert.notEqual((await parseDev('1513')).meta.title, '-- Auto-generated import SQL');
	// 1552, 1553: ## 李强主持召开国务院常务会议视频简介, the transcript's link to the video glued on.
	assert.equal((await parseDev('1552')).meta.title, '李强主持召开国务院常务会议');
	assert.ok(!(await parseDev('1553')).meta.title.endsWith('视频简介'));
});

test('a record’s title field is the title: a SQL dump row (22)', async () => {
	assert.equal((await parseDev('22')).meta.title, '重庆市委：孙政才是占据重要岗位的腐败分子典型');
});

test('a digest’s own heading (a programme and its date) is not the report’s title', async () => {
	// 73: # 新闻联播 20200115 above ## 中国共产党第十九届中央纪律检查委员会第四次全体会议公报
	assert.equal((await parseDev('73')).meta.title, '中国共产党第十九届中央纪律检查委员会第四次全体会议公报');
	// 74: # 新闻联播 2021-10-19 above the study session's headline
	assert.match((await parseDev('74')).meta.title, /^习近平在中共中央政治局第三十四次集体学习时强调/);
});

test('of a digest’s items under one level of headings, the one headed by a meeting is the report', async () => {
	// 77: twelve ### items of one evening's news; the State Council meeting is the fourth.
	const report = await parseDev('77');
	assert.equal(report.meta.title, '李强主持召开国务院常务会议');
	assert.ok(
		report.sections.every(s => !s.text.includes('白俄罗斯')),
		'the other items are not sections',
	);
	assert.ok(report.people.every(p => p.name !== '卢卡申科'));
});

test('a communiqué is titled by the line above its adoption line, under whatever news headline', async () => {
	// 79: 中共十九届四中全会在京举行 (news headline), then 新华社北京10月31日电  …公报 and （…通过）.
	assert.equal((await parseDev('79')).meta.title, '中国共产党第十九届中央委员会第四次全体会议公报');
	// 02 (shared corpus): the 公报 line above （2024年1月10日…通过）.
	const {parseFile, corpusFile} = await import('../helpers/corpus.ts');
	assert.equal((await parseFile(corpusFile('02'))).meta.title, '中国共产党第二十届中央纪律检查委员会第三次全体会议公报');
});

test('an editor’s credit after the story signs it off: what the page prints next is not the report', async () => {
	// 79: (责编：王静、吕腾龙), then a study text (学习纲要) on the same page.
	const report = await parseDev('79');
	assert.ok(report.sections.every(s => !s.text.includes('学习纲要')));
	assert.match(report.footer, /学习纲要/);
});

test('a headline run into its dateline, and a forum’s anti-copy string, are cut from the title', async () => {
	// 88: a THUCNews row, 时政<TAB>…第九次会议9时闭幕中广网北京6月27日消息 据…
	assert.equal((await parseDev('88')).meta.title, '十一届全国人大常委会第九次会议9时闭幕');
	// 95: …第三次会议胜利闭幕* r4 L9 O: p8 Y
	assert.equal((await parseDev('95')).meta.title, '中国人民政治协商会议第七届汶上汶上县委员会第三次会议胜利闭幕');
});

test('a line that shares nothing with the story under it is not its headline', async () => {
	// A data row's unrelated title column (董事长 张原野, 309), a site's name (上海新闻, 270), a
	// template's name (中能建信息展示页面, 273), a media brand (Zi 字媒體, 60), a photo's mood (160).
	for (const number of ['309', '270', '273', '60', '160']) assert.equal((await parseDev(number)).meta.title, '', number);
	// A data row's own title column shares the story's words (22).
	assert.notEqual((await parseDev('22')).meta.title, '');
});

test("a government CMS's ArticleTitle meta tag is the headline, not a <title> with the site's name or pasted markup", async () => {
	// 514: <meta name="ArticleTitle" content="潘志军主持召开互联网医疗座谈会"/> / <title>潘志军主持召开互联网医疗座谈会-广州市白云区人民政府门户网站</title>
	assert.equal((await parseDev('514')).meta.title, '潘志军主持召开互联网医疗座谈会');
	// 513: <title><h1 style="margin: 0pt 0pt 10.5pt; …"><b><span …>县人大常委会召开…会议</span></b>…</h1>-绥滨县人民政府</title>
	assert.equal((await parseDev('513')).meta.title, '县人大常委会召开人大代表约见国家机关负责人会议');
});

test("an app's prompt where its pictures stood is page chrome, not the headline", async () => {
	// 536: 打开网易新闻 查看精彩图片 (four times, between the paragraphs)
	assert.equal(lineRule('打开网易新闻 查看精彩图片')?.role, 'chrome');
	assert.equal((await parseDev('536')).meta.title, '');
});

test('what the meeting heard, in a sentence of its own, is not a document title heading the report', async () => {
	// 535: 會議認真聽取和審議了政協第十屆西藏自治區委員會常務委員會工作報告。 (no headline on the page)
	assert.equal((await parseDev('535')).meta.title, '');
});

test("a plenum's closing call, ending with ！, is the report's last section, not page chrome", async () => {
	// 73: 全会号召，…（the call ends the communiqué with ！）; compare pair 05 old.txt ends the same way:
	// 全会号召，全党全国各族人民要紧密团结在以习近平同志为核心的党中央周围，同心同德，顽强奋斗，夺取全面建设社会主义现代化国家新胜利！
	const report = await parseDev('73');
	assert.ok(report.sections.at(-1)?.lead?.startsWith('全会号召'), report.sections.at(-1)?.text.slice(0, 30));
});

test('an e-paper’s page navigation above the story is where a breadcrumb stands, not the headline (738)', async () => {
	// 738: 下一版»本期共4版(1-2-4) / 王兴主持召开县长办公会 / 安排部署重点工作任务 / … / (郭颖 天乐)
	const report = await parseDev('738');
	assert.equal(report.meta.title, '王兴主持召开县长办公会');
	// The story's sign-off below it is still read.
	assert.ok(report.people.some(p => p.name === '郭颖' && p.part === 'staff'));
});

test('a headline whose meeting holds its discussion or election (举行分组讨论, 举行选举大会) is one title, not a headline fused to its deck', async () => {
	// 1164: 全國政協十二屆四次常委會議舉行分組討論; 695: 区政协十四届四次会议举行选举大会. 57 is a fused deck: …第六次会议闭会一批…获表决通过.
	assert.equal((await parseDev('1164')).meta.title, '全國政協(xié)十二屆四次常委會議舉行分組討論');
	assert.equal((await parseDev('695')).meta.title, '区政协十四届四次会议举行选举大会');
	assert.ok((await parseDev('57')).meta.title.endsWith('闭会'));
});

test('an enumerated item naming a document (一、通过…决议。) is an item of the story, never its title', async () => {
	// 1163: 根據日程,閉幕會共有五項內容: / 一、通過政協第十屆全國委員會第一次會議政治決議。 — no headline is stored.
	assert.equal((await parseDev('1163')).meta.title, '');
	// 933: 会议纪要如下: / 一、会议听取了…关于区十六届人大四次会议筹备工作情况的报告。
	assert.ok(!(await parseDev('933')).meta.title.startsWith('一、'));
});

test('a story cut off mid-sentence where the page store stopped ends with that paragraph, not with page chrome', async () => {
	// 1173: …张伟海在会上致辞,希望各位代表把人民赋予的选举权行使好,在听取和审议镇人民政府、人大 (the text ends there)
	const town = await parseDev('1173');
	assert.ok(town.sections.at(-1)?.text.startsWith('张伟海在会上致辞'), town.sections.at(-1)?.text.slice(0, 30));
	assert.equal(town.people.find(p => p.name === '张伟海')?.part, 'spoke');
	// 1089: 李芳强调: 2015年是“十二五”规划的收官之年,…,做好今年的工 — the speech it cuts is still read.
	const county = await parseDev('1089');
	assert.ok(county.sections.at(-1)?.text.startsWith('李芳强调'), county.sections.at(-1)?.text.slice(0, 30));
	// 49: 凡本網未注明"來源:山西新聞網…"的作品,均轉載自其它媒體,轉載目的在於 — a reprint notice cut off is still the page's.
	assert.match((await parseDev('49')).footer, /轉載目的/);
});

test("a post's plain headline and author above its paragraphs in markup stay lines of their own", async () => {
	// 1221: 秋智乡人代会胜利召开,全票选举乡长及人大主席! / 美友127206483 / <p>8月31日上午9时整,…</p> <p>…
	const report = await parseDev('1221');
	assert.equal(report.meta.title, '秋智乡人代会胜利召开,全票选举乡长及人大主席!');
});

test('a sentence saying who gave a report, with ASCII commas, is not the title of a document', async () => {
	// 510: 河南省政协主席叶冬松受政协十届河南省委员会常务委员会委托,向大会作工作报告。 (no headline stored)
	assert.equal((await parseDev('510')).meta.title, '');
	// 1221: 会上,政府负责人惠晓明同志代表秋智乡人民政府向大会作第十五届人民政府工作报告。
	assert.ok(!(await parseDev('1221')).meta.title.startsWith('会上'));
});

test('a reprint’s 原标题: label is not part of the headline it keeps', async () => {
	// 1705: 原標題:丁暉主持召開市政府常務會議 / 審議《海口江東新區總體規劃(2018-2035)》 / 11日晚上,…
	assert.equal((await parseDev('1705')).meta.title, '丁暉主持召開市政府常務會議');
});

test('a sentence of its own saying who delivered a report (…作工作报告。) is not the title of a document', async () => {
	// 1659: 区政协主席林海涛代表区政协八届委员会作工作报告。报告指出,… (no headline stored)
	assert.equal((await parseDev('1659')).meta.title, '');
	// 1030: 县政协主席任恒志代表政协蒲城县十三届委员会常务委员会作工作报告。 (no headline stored)
	assert.equal((await parseDev('1030')).meta.title, '');
});

test("a forum's edit notice is page chrome and dates no story; nor is its dialog's close button a headline", async () => {
	// 52pojie.cn posts carry it too: *本帖最后由 老飞机 于 2020-4-12 11:51 编辑*
	assert.equal(lineRule('本帖最后由 老飞机 于 2020-4-12 11:51 编辑')?.name, 'edit notice');
	// 1171: x / 本帖最后由 一品飞云 于 2015-4-13 00:37 编辑 <br /><br />12月2日,鉴江镇第十七届人民代表大会… (the year is not written)
	const forum = await parseDev('1171');
	assert.equal(forum.meta.date, null);
	assert.notEqual(forum.meta.title, 'x');
});

test("a story's first sentence that ends in a colon before its list is the story, not a headline above it", async () => {
	// 1363: 3月3日上午,区政协召开六届七次主席会议,会议由荣维聪主席主持,会议主要内容: / 1、学习中央及省、市委1号文件精神; …
	const chairs = await parseDev('1363');
	assert.equal(chairs.people.find(p => p.name === '荣维聪')?.part, 'presided');
	assert.equal(chairs.measures.filter(m => m.group === chairs.measures[0]?.group).length, 8);
	// 1156: 工作要点 / 今年向深化改革要动力 / 会议指出,实现今年经济社会发展目标任务,要从以下六方面着手: — two
	// headings above it, then the sentence that opens its section.
	const politburo = await parseDev('1156');
	assert.ok(politburo.sections.some(s => s.heading === '今年向深化改革要动力'));
	assert.ok(politburo.sections.some(s => s.text.startsWith('会议指出,实现今年经济社会发展目标任务')));
});

test("a page's credits are its bylines under the labels the staff extractor reads", async () => {
	const bylines = async (number: string) => (await parseDev(number)).meta.bylines.map(b => `${b.role}:${b.name}`);
	// 1009 and 56 credit their reviewers 一审/二审/三审; 1970 and 590 their web editors 網編.
	assert.ok((await bylines('1009')).includes('一审:熊哲'));
	assert.ok((await bylines('56')).includes('三审:黄元杰'));
	assert.ok((await bylines('1970')).includes('網編:池煥衡'));
	assert.ok((await bylines('590')).includes('網編:程皓楠'));
	// 723's blank review credits, ( 一审: 二审: 三审: ), name no one.
	assert.deepEqual(await bylines('723'), []);
});

test("a page's last line cut off with no comma is the report's when it leaves a title open or opens as the story does", async () => {
	const lastSection = async (number: string) => {
		const report = await parseDev(number);
		return {text: report.sections[report.sections.length - 1].text, footer: report.footer};
	};
	// 2005: 二是审议通过了《…关于召开中国共产党 — an ordinal's item and an open title; 1984: …樟子松保护条例》《
	assert.ok((await lastSection('2005')).text.startsWith('二是审议通过了《'));
	assert.ok((await lastSection('1984')).text.endsWith('樟子松保护条例》《'));
	// 1987: 會議審議通過了…、關於加 — the meeting as subject, as the story's sentences open.
	const tianjin = await lastSection('1987');
	assert.ok(tianjin.text.startsWith('會議審議通過了'));
	assert.equal(tianjin.footer, '');
});

test("a forum's jammer opening or closing a line is the page's, not the headline's or a section's", async () => {
	// 2016 (a 中國時報 story reposted on a Discuz board): the headline stands below a date line the
	// jammer closes, and the first paragraph opens with one (# c/ ?1 r: p! … A7 k中共七一黨慶前夕).
	const study = await parseDev('2016');
	assert.equal(study.meta.title, '中共政治局 憂患意識當道');
	// 1032 (another board): 大會首先通過了… and the paragraphs around it open or close with one.
	const session = await parseDev('1032');
	assert.ok(session.sections.some(s => s.text.startsWith('大會首先通過了')));
	assert.ok(session.sections.every(s => !/^[!-~]{1,2} [!-~]{1,2} /u.test(s.text)));
	// Nothing is lost: the jammer is in the footer, as written.
	assert.ok(session.footer.includes(`' ] Q) \\9 ?1 H`));
});
