import {test} from 'node:test';
import assert from 'node:assert/strict';
import {corpusFile, gold, parseFile, BUNDLED} from '../helpers/corpus.ts';
import {parseReport} from '../../source/parse/index.ts';
import {parseDev} from '../helpers/dev-corpus.ts';

test('the bundled report: title, dated time line, source, channel, caption and bylines go to meta', async () => {
	const {meta, sections, footer} = await parseFile(BUNDLED);
	assert.equal(meta.title, '市委召开八届九次全体(扩大)会议');
	assert.equal(meta.date, '2020-12-12');
	assert.equal(meta.time, '07:41');
	assert.equal(meta.source, '绍兴网-绍兴日报');
	assert.equal(meta.channel, '新闻中心');
	assert.match(meta.caption ?? '', /袁 云 摄$/);
	assert.deepEqual(meta.bylines, [
		{role: '作者', name: '首席记者 张科勇'},
		{role: '编辑', name: '蒋超'},
	]);
	assert.equal(meta.meeting, '市委八届九次全体(扩大)会议');
	// The photo caption repeats the opening words but is not a section.
	assert.ok(sections[0].text.startsWith('10日下午至11日上午,市委召开八届九次全体(扩大)会议。出席'));
	// Site chrome is cut to the footer, never left among the sections.
	assert.match(footer, /越牛新闻客户端/);
	assert.match(footer, /zjsxnet@163\.com/);
	assert.ok(sections.every(s => !/新闻热线|客户端/.test(s.text)));
});

test('section leads follow the genre: paragraph-initial 全会/会议 + verb + comma only', async () => {
	const {sections} = await parseFile(BUNDLED);
	const leads = sections.map(s => s.lead).filter(Boolean);
	assert.deepEqual(leads, ['全会指出', '全会强调', '全会指出', '全会强调', '全会指出', '全会强调', '全会强调', '全会号召']);
	// 全会充分肯定…。全会认为 has its lead mid-paragraph: no lead.
	const affirmed = sections.find(s => s.text.startsWith('全会充分肯定'));
	assert.equal(affirmed?.lead, null);
	assert.ok(sections.every(s => s.heading.length > 0));
});

test('titles and dates across report shapes match the hand labels', async () => {
	for (const prefix of ['02', '04', '07', '11', '13', '15', '20']) {
		const expected = gold(prefix);
		const {meta} = await parseFile(corpusFile(prefix));
		assert.equal(meta.title, expected.title ?? '', `title of ${prefix}`);
		assert.equal(meta.date, expected.date, `date of ${prefix}`);
	}
});

test('a fused headline keeps only the headline proper', async () => {
	const {meta} = await parseFile(corpusFile('20'));
	assert.equal(meta.title, '中央经济工作会议在北京举行');
	// The rest of the line is kept in meta.lines: nothing is lost.
	assert.ok(meta.lines.some(l => l.includes('李强作总结讲话')));
});

test('a day-only item takes month and year from the link the item carries', async () => {
	const report = parseReport('### 某会议闭幕\n央视网消息：某委员会第三次会议30日上午在京闭幕。\n[查看原文](https://tv.example.cn/2022/10/30/VIDE1.shtml)');
	assert.equal(report.meta.date, '2022-10-30');
});

test('a communiqué is dated by its adoption line, not by the first day of the meeting', async () => {
	const report = parseReport('某某公报\n（2024年1月10日某委员会第三次全体会议通过）\n某委员会第三次全体会议，于2024年1月8日至10日在北京举行。');
	assert.equal(report.meta.date, '2024-01-10');
});

test('a page title stripped of the site name stands in when the text has no headline', async () => {
	const report = parseReport('会议指出，甲乙丙丁。', {pageTitle: '国务院常务会议--学习专栏-某中学'});
	assert.equal(report.meta.title, '国务院常务会议');
});

test('no date anywhere gives null, never a guess', async () => {
	assert.equal(parseReport('会议指出，要做好工作。').meta.date, null);
});

test('a headline in several space-separated parts is one title; a fused deck is cut after the verb', () => {
	// test/corpus/raw/59-now-cppcc-2024-opening-trad.txt
	assert.equal(parseReport('全國政協會議開幕 王滬寧發表工作報告\n【Now新聞台】全國政協十四屆二次會議在北京開幕。').meta.title, '全國政協會議開幕 王滬寧發表工作報告');
	// test/corpus/raw/57-hainan-prov-npc-standing-2018.txt
	assert.equal(parseReport('省六届人大常委会第六次会议闭会一批涉及社会经济发展、生态环保的地方性法规获表决通过\n会议指出，甲。').meta.title, '省六届人大常委会第六次会议闭会');
	// A column label and a tag before the headline name the site's section (51-tongshan…, 48-huancui…).
	assert.equal(parseReport('V视 | 【“两会”动态】政协通山县十届十六次常委会召开\n会议指出，甲。').meta.title, '政协通山县十届十六次常委会召开');
	assert.equal(parseReport('• 会议题目 • 于晓东主持召开区政府第4次常务会议\n会议指出，甲。').meta.title, '于晓东主持召开区政府第4次常务会议');
	// A bracketed tag that opens the headline itself is kept, as its labels have it (690, 434).
	assert.equal(parseReport('【济阳政协】区政协十届三十七次主席会议召开\n会议指出，甲。').meta.title, '【济阳政协】区政协十届三十七次主席会议召开');
	assert.equal(parseReport('【黨代會進行時】保山市第五次黨代會召開代表團召集人會議\n會議指出，甲。').meta.title, '【黨代會進行時】保山市第五次黨代會召開代表團召集人會議');
});

test("a page's note that pictures come with the story is not part of the headline", async () => {
	// 192: 政协黔东南州十届五次会议隆重开幕(图)
	assert.equal((await parseDev('192')).meta.title, '政协黔东南州十届五次会议隆重开幕');
	// Brackets that belong to the headline stay: 全体(扩大)会议 (shared 00's meeting).
	assert.equal(parseReport('市委召开八届九次全体(扩大)会议\n全会指出，甲。').meta.title, '市委召开八届九次全体(扩大)会议');
});

test("a news photo's caption that tells the whole story is the report when the page has nothing else", async () => {
	// 188: 3月26日,國務院總理…溫家寶在北京主持召開…第二次全體會議,聽取…。新華社記者 劉衛兵 攝
	const report = await parseDev('188');
	assert.equal(report.people.find(p => p.name === '溫家寶')?.part, 'presided');
	assert.equal(report.people.find(p => p.name === '劉衛兵')?.part, 'staff');
	// Beside a story, a caption stays a caption (the bundled report's …全体(扩大)会议。 首席记者 袁 云 摄).
	assert.match((await parseFile(BUNDLED)).meta.caption ?? '', /摄$/u);
});

test("page furniture around a headline: a slash-signed photo credit, a crawler's site and address, a toolbar", async () => {
	// 206: 國務院總理溫家寶同志作政府工作報告 徐訊/攝影 is a picture's caption, not the headline.
	const caption = await parseDev('206');
	assert.ok(!caption.meta.title.includes('攝影'), caption.meta.title);
	// 207: title: 南开大学->学校党委常委会（扩大）会议传达学习…精神 | nankai.info
	assert.equal((await parseDev('207')).meta.title, '学校党委常委会（扩大）会议传达学习习近平总书记在中国人民大学考察时的重要讲话精神');
	// 210: • 设为首页 / • 加入收藏 / • 无障碍阅读 / • 长者版 above the headline.
	assert.equal((await parseDev('210')).meta.title, '下陆区2020年区委理论学习中心组第二次(扩大)学习');
	// A bar that is part of a headline's words stays (59: 全國政協會議開幕 王滬寧發表工作報告 has none; a domain is Latin).
	assert.equal(parseReport('市委常委会召开会议 | 研究部署防汛工作\n会议指出，甲。').meta.title.includes('研究部署'), true);
});

test("a saved page's headline: the line its <title> names, or the last heading before the story when it has no <title>", async () => {
	// 226: <title>省质检院党委班子开展专项行动自查自纠</title>, <h1>质检新闻</h1> (the column), <h4> the headline.
	assert.equal((await parseDev('226')).meta.title, '省质检院党委班子开展专项行动自查自纠');
	// 225: a PHP view with no <title>: <h3>四川铁科召开党委中心组学习会议 学先进转作风强执行</h3> above the story.
	assert.equal((await parseDev('225')).meta.title, '四川铁科召开党委中心组学习会议 学先进转作风强执行');
});

test('a dateline cut onto a line of its own above the story is not its headline', async () => {
	// 163: 12月08日讯 / 据上海市政府网站8日消息,…; 108: 北京 / 据德新社报道,…
	assert.equal((await parseDev('163')).meta.title, '');
	assert.equal((await parseDev('108')).meta.title, '');
	// Below the head a short line stays in the story (a name on a line of its own in a list).
	assert.ok(parseReport('市委召开全会\n全会选举产生了新一届常委。当选常委：\n王明\n李华\n会议指出，甲。').sections.some(s => s.text === '王明'));
});

test("a paper's notice of its rights is page furniture, not the report; run into a credit line it stays the credit", async () => {
	// 249: 凡本报记者署名文字、图片,版权均属亳州晚报社所有。…必须注明 “来源:亳州晚报或亳州新闻网”… above the story.
	const notice = await parseDev('249');
	assert.ok(!notice.terms.some(t => t.text.includes('亳州晚报')), notice.terms.map(t => t.text).join('、'));
	assert.ok(!notice.sections.some(s => s.text.includes('版权均属')));
	// 94: 責任編輯: 於飛  來源:阿波羅網於飛報導 轉載請註明作者、出處並保持完整。
	assert.ok((await parseDev('94')).people.some(p => p.name === '於飛' && p.part === 'staff'));
});

test('a headline ending in a meeting is not cut after its verb', () => {
	assert.equal(parseReport('### 十四届全国人大二次会议举行预备会议\n会议指出，甲。').meta.title, '十四届全国人大二次会议举行预备会议');
	assert.equal(parseReport('### 某省人大会议举行第三次全体会议\n会议指出，甲。').meta.title, '某省人大会议举行第三次全体会议');
});

test('a headline that goes on after its verb with a comma is one headline, not a deck fused to it', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 955 and 175.
	assert.equal((await parseDev('955')).meta.title, '中山市委十五届四次全会召开,奋力建设省级改革创新实验区');
	assert.equal((await parseDev('175')).meta.title, '中共四中全会下周举行,最高领导层或有变动');
});

test('a sitting named 全会 after the verb is the headline’s own, not a deck fused to it', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 951: the People's Daily front page of 1998-03-19.
	assert.equal((await parseDev('951')).meta.title, '九届全国人大一次会议举行第六次全会');
});

test('the meeting day beats a later date the report announces, and a span is dated by its end', () => {
	const preparatory = parseReport('### 某会议举行预备会议\n央视网消息：某代表大会第二次会议4日上午举行预备会议。会议宣布，大会于2024年3月5日召开。\n[查看原文](https://tv.example.cn/2024/03/04/VIDE1.shtml)');
	assert.equal(preparatory.meta.date, '2024-03-04');
	const span = parseReport('### 某工作会议在北京举行\n某工作会议12月11日至12日在北京举行。', {name: 'news/20231212.md'});
	assert.equal(span.meta.date, '2023-12-12');
	const today = parseReport('央视网消息：某委员会第六次全体会议，今天下午在北京闭幕。\n某委员会第六次全体会议于2016年1月12日至14日在北京举行。');
	assert.equal(today.meta.date, '2016-01-14');
});

test("a dateline's year comes from the page's own date, never from a year the text mentions", () => {
	const story = '新华社北京1月18日电 某全会18日在北京开幕。会议认为，2021年是某某成立一百周年。';
	assert.equal(parseReport(story, {pageDate: '2022-02-14'}).meta.date, '2022-01-18');
	// A page published in January carries a November dateline of the year before.
	assert.equal(parseReport('新华社北京11月14日电 某委员会11月14日召开会议。', {pageDate: '2019-01-18'}).meta.date, '2018-11-14');
});

test("a paper's layout in Markdown: the # headline is the title, not the ### kicker above it or the ## subtitle below (171, 172)", async () => {
	assert.equal((await parseDev('171')).meta.title, '分析研究当前经济形势和经济工作');
	assert.equal((await parseDev('172')).meta.title, '坚持自立自强 突出应用导向 推动人工智能健康有序发展');
});

test("the meeting's name without the lead-in before it, the organ convening it, and the words qualifying it", async () => {
	const expected: [string, string][] = [
		// Lead-ins: a time (今天下午, 113; 4点, 118), an outlet's tag (【Now新聞台】, 59; 據德新社報道, 108), 為期7天的 (155).
		['113', '县政协十一届六次会议'],
		['118', '县第十八届人民代表大会第三次会议'],
		['59', '全國政協十四屆二次會議'],
		['108', '中国共产党第十七届第五次全体会议'],
		['155', '十四屆全國人大三次會議'],
		// An organ that met: 中共中央政治局4月25日召开会议 (171, 76); a study session (74, 172).
		['171', '中共中央政治局会议'],
		['76', '中共中央政治局会议'],
		['74', '中共中央政治局第三十四次集体学习'],
		['172', '中共中央政治局第二十次集体学习'],
		// Words qualifying it: 上星期閉幕的 (173), 召开的 (129); its own 会议 after 常委会 (101, 114).
		['173', '中共二十屆四中全會'],
		['129', '县八届人大常委会第20次会议'],
		['101', '县政协十一届十九次常委会会议'],
		['114', '县政协十一届十八次常委会会议'],
	];
	for (const [report, meeting] of expected) assert.equal((await parseDev(report)).meta.meeting, meeting, report);
});

test('a page <title> that is only the site’s name is no headline (100 saved under <title>某某网</title>)', async () => {
	const {readFileSync} = await import('node:fs');
	const {devFile} = await import('../helpers/dev-corpus.ts');
	const {textFromBytes} = await import('../../source/load/load.ts');
	const {parseLoaded} = await import('../../source/app/open.ts');
	const lines = readFileSync(devFile('100'), 'utf8')
		.split('\n')
		.filter(l => l.trim());
	const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某网</title></head><body><div class="article">${lines.map(l => `<p>${l}</p>`).join('')}</div></body></html>`;
	const report = await parseLoaded(await textFromBytes(Buffer.from(page), 'page.html'));
	assert.notEqual(report.meta.title, '某某网');
	assert.ok(report.people.some(p => p.name === '刘勇'));
});
