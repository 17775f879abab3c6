// Reports kept as data: a SQL dump row, a crawler's JSON object, Markdown with YAML front matter.
// The report's title and date come from the record's fields, the text from its longest field.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../../source/load/load.ts';
import {readRecord} from '../../source/load/records.ts';
import {parseLoaded} from '../../source/app/open.ts';
import {corpusFile, loadText} from '../helpers/corpus.ts';
import {devFile} from '../helpers/dev-corpus.ts';

const DEV = join(import.meta.dirname, '..', 'corpus', 'raw');
const bytes = (text: string) => new TextEncoder().encode(text);

test('a SQL dump row (test/corpus 22): title field, HTML content unescaped, the year from the date field', async () => {
	const loaded = await textFromBytes(readFileSync(join(DEV, '22-cq-msc-2018-sql.sql')), '22.sql');
	assert.equal(loaded.shape, 'sql-row');
	assert.equal(loaded.pageTitle, '重庆市委：孙政才是占据重要岗位的腐败分子典型');
	assert.equal(loaded.pageDate, '2018-02-13');
	assert.ok(!loaded.text.includes('\\"') && !loaded.text.includes('<p'), 'escapes and markup are gone');
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.title, '重庆市委：孙政才是占据重要岗位的腐败分子典型');
	assert.equal(report.meta.date, '2018-02-12');
	assert.ok(report.people.some(p => p.name === '陈敏尔' && p.part === 'presided'));
});

test('a mysqldump with its preamble (comments, LOCK TABLES, /*!40000 … */;) is read by its rows, a later row pasting the story again is not the report (test/corpus 1538)', async () => {
	const loaded = await textFromBytes(readFileSync(devFile('1538')), '1538.sql');
	assert.equal(loaded.shape, 'sql-row');
	assert.equal(loaded.pageTitle, '全国政协召开双周协商座谈会');
	assert.ok(!loaded.text.includes('INSERT INTO') && !loaded.text.includes('LOCK TABLES'), loaded.text.slice(0, 80));
	// Row 2 is the story; row 3 pastes it again under the heading 两会会议.
	assert.ok(loaded.text.includes('全国政协5日下午在京召开第45次双周协商座谈会') && !loaded.text.includes('两会会议'), loaded.text.slice(0, 80));
});

test('a value given by a subquery is skipped whole, its quoted words not read as fields (test/corpus 1513)', () => {
	// 1513's row, its text repeated so the record is long enough to be a report.
	const body = '国务院总理李强2026年7月31日主持召开国务院常务会议。会议强调，要有效扩大国内需求。'.repeat(6);
	const record = readRecord(
		`-- filename: 每日时政8.3.docx\n\nINSERT INTO affairs_articles (document_id, article_order, title, body)\nVALUES (\n  (SELECT id FROM source_documents WHERE filename = '每日时政8.3.docx'),\n  1,\n  '李强主持召开国务院常务会议',\n  '${body}'\n);\n`,
	);
	assert.equal(record?.title, '李强主持召开国务院常务会议');
	assert.equal(record?.content, body);
});

test('a dump of several REPLACE INTO statements: the text row, and the headline from the item row it names (test/corpus 165, 166)', async () => {
	for (const [file, title, pageDate, opening] of [
		['165-xian-city-gov-exec-2016-sql.sql', '上官吉庆主持召开市政府常务会议', '2016-04-22', '4月18日下午'],
		['166-putian-city-npc-opening-2012-sql.sql', '市六届人大一次会议昨隆重开幕', '2012-03-05', '1月5日上午'],
	]) {
		const loaded = await textFromBytes(readFileSync(join(DEV, file)), file);
		assert.equal(loaded.shape, 'sql-row', file);
		assert.equal(loaded.pageTitle, title);
		assert.equal(loaded.pageDate, pageDate);
		assert.ok(loaded.text.includes(opening) && !loaded.text.includes('REPLACE INTO'), file);
	}
});

test('SQL strings: backslash escapes and doubled quotes; NULL and numbers are fields too', () => {
	// The sentence is the lede of test/corpus/raw/22-cq-msc-2018-sql.sql.
	const lede = '2月12日，市委常委会召开扩大会议，传达学习中共中央办公厅关于对孙政才涉嫌犯罪提起公诉的通报精神。'.repeat(4);
	const record = readRecord(`INSERT INTO news VALUES (7,'市委常委会召开扩大会议','${lede}\\n''会议强调''',NULL,1518505714);`);
	assert.equal(record?.title, '市委常委会召开扩大会议');
	assert.ok(record?.content.endsWith("\n'会议强调'"));
	assert.equal(record?.date, '2018-02-13');
});

test('a JSON object from a crawler: title and date keys, the longest text as the report', async () => {
	const text = await loadText(corpusFile('07'));
	const json = JSON.stringify({id: 1, title: '中国共产党第十九届中央委员会第七次全体会议公报', pubDate: '2022-10-12 19:30', content: text, url: 'http://example.invalid/a.html'});
	const loaded = await textFromBytes(bytes(json), 'item.json');
	assert.equal(loaded.shape, 'json');
	assert.equal(loaded.pageDate, '2022-10-12');
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.date, '2022-10-12');
	assert.ok(report.people.length > 0 && report.terms.length > 0);
});

test('Markdown with YAML front matter: title: and date: are used, the front matter is not the report', async () => {
	const text = await loadText(corpusFile('09'));
	const loaded = await textFromBytes(bytes(`---\ntitle: "二十届中央纪委二次全会公报"\ndate: 2023-01-10\nlayout: post\n---\n\n${text}`), 'post.md');
	assert.equal(loaded.shape, 'front-matter');
	assert.ok(!loaded.text.includes('layout: post'));
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.date, '2023-01-10');
	assert.notEqual(report.meta.title, '---');
});

test("a site generator's HTML post is markup under its front matter; Markdown with a tag in it keeps its lines", async () => {
	// 190: a .html post whose paragraphs only <p> tags divide; 77: Markdown opening with one <p class="lead">.
	const post = await textFromBytes(readFileSync(join(DEV, '190-politburo-democratic-life-2020-cna-trad-fm.html')), '190.html');
	assert.equal(post.shape, 'front-matter');
	assert.ok(!post.text.includes('<p>'), 'tags are gone');
	const report = await parseLoaded(post);
	assert.ok(report.sections.length >= 8, `one section a paragraph, not one for the whole post: ${report.sections.length}`);
	assert.ok(
		report.people.some(p => p.name === '習近平'),
		'the leader hearing the criticism (由總書記習近平聽取) is among the people',
	);
	// The same post saved under a Markdown name is still read as HTML: its paragraphs outnumber its lines.
	const renamed = await textFromBytes(readFileSync(join(DEV, '190-politburo-democratic-life-2020-cna-trad-fm.html')), '190.md');
	assert.ok(!renamed.text.includes('<p>'));
	const markdown = await textFromBytes(readFileSync(join(DEV, '77-state-council-2026-06-29-fm.md')), '77.md');
	assert.ok(markdown.text.includes('### '), 'Markdown headings keep their lines');
});

test('a saved news feed: its items and their stories become a digest, and the meeting story is the report', async () => {
	// 213: NameIsReallyOk/xwlb-rss xwlb.xml, one <item> whose CDATA holds twelve stories parted by <hr>.
	const loaded = await textFromBytes(readFileSync(join(DEV, '213-state-council-2026-08-21-rss.xml')), '213.xml');
	assert.equal(loaded.shape, 'feed');
	assert.equal(loaded.pageDate, '2026-08-21');
	assert.ok(loaded.text.includes('### 李强主持召开国务院常务会议'), 'each story is headed');
	assert.ok(!loaded.text.includes('CDATA') && !loaded.text.includes('<p>'));
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.title, '李强主持召开国务院常务会议');
	assert.equal(report.people.find(p => p.name === '李强')?.part, 'presided');
	// An item that is one story is headed by the item's own title.
	const single = await textFromBytes(
		bytes(
			'<?xml version="1.0"?><rss><channel><item><title>市委常委会召开会议</title><pubDate>Tue, 05 May 2020 08:00:00 +0800</pubDate><description><![CDATA[<p>会议指出，甲。</p>]]></description></item></channel></rss>',
		),
		'feed.xml',
	);
	assert.equal(single.text, '### 市委常委会召开会议\n会议指出，甲。');
	assert.equal(single.pageDate, '2020-05-05');
});

test("Markdown with HTML in its paragraphs keeps its lines, so a digest's stories stay parted by their headings", async () => {
	// 233: # 《新闻联播》 (20260304) / ## 新闻摘要 … / ### 全国政协十四届四次会议在京开幕 / <p …><strong>…</strong></p>…
	const loaded = await textFromBytes(readFileSync(join(DEV, '233-cppcc14-4th-opening-2026-xwlb-md.md')), '233.md');
	assert.ok(loaded.text.split('\n').includes('### 全国政协十四届四次会议在京开幕'));
	assert.ok(!loaded.text.includes('<p'));
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.title, '全国政协十四届四次会议在京开幕');
	assert.ok(!report.people.some(p => p.name === '宋平'), 'another story of the day is not the report');
});

test('one item or entry cut from a feed reads as the feed would: its title heads its story', async () => {
	// 267: an RSS <item> (RTHK), its title three parts joined by full-width spaces; 268: an Atom <entry> (TDM) with an <id> first.
	const item = await textFromBytes(readFileSync(join(DEV, '267-state-council-2025-03-28-rthk-rss-item-trad.xml')), '267.xml');
	assert.equal(item.shape, 'feed');
	assert.equal((await parseLoaded(item)).meta.title, '李強主持國務院會議　強調堅決遏制新增拖欠　提升口岸通關便利度');
	const entry = await textFromBytes(readFileSync(join(DEV, '268-state-council-plenary-2024-10-25-tdm-atom-entry-trad.xml')), '268.xml');
	assert.equal((await parseLoaded(entry)).meta.title, '國務院全體會議任命岑浩輝為澳門第六任行政長官');
});

test('a feed cut short or malformed keeps its text, read as markup', async () => {
	const cut = await textFromBytes(bytes('<item><title>市委常委会召开会议</title><description><![CDATA[<p>会议指出，甲。'), 'cut.xml');
	assert.ok(cut.text.includes('会议指出，甲。'), cut.text);
	assert.notEqual(cut.shape, 'feed');
});

test('prose is not a record: plain reports, pages and short JSON-looking text load as before', async () => {
	for (const prefix of ['00', '02', '20']) {
		const loaded = await textFromBytes(readFileSync(corpusFile(prefix)), corpusFile(prefix));
		assert.ok(['text', 'html', 'fragment'].includes(loaded.shape), prefix);
	}
	assert.equal(readRecord('(注：本文有删节)'), null);
	assert.equal(readRecord('{"a": 1}'), null);
});

test('a page fragment of headings and pictures is markup: its <h1> heads the text (test/corpus 151, a code string’s page)', async () => {
	const path = join(DEV, '151-liangshan-county-cppcc-opening-noyear-java-string.txt');
	const loaded = await textFromBytes(readFileSync(path), path);
	assert.equal(loaded.shape, 'fragment');
	assert.equal(loaded.text.split('\n')[0], '中国人民政治协商会议第十届梁山县委员会第五次会议开幕');
	assert.ok(!loaded.text.includes('&nbsp;') && !loaded.text.includes('<h3>'));
	assert.equal((await parseLoaded(loaded)).meta.title, '中国人民政治协商会议第十届梁山县委员会第五次会议开幕');
});

test("a news archive's Markdown item: the page source it quotes in a code block is no page, and its part headings part no stories", async () => {
	// 519: ## 54. 全国人大常委会启动节约能源法执法检查 / ### 摘要 (<p>…) / ### 正文 / ### 相关图片 / ### HTML原始内容 ```html <body>…```
	const loaded = await textFromBytes(readFileSync(devFile('519')), devFile('519'));
	assert.equal(loaded.shape, 'fragment');
	// The quoted page's navigation (党网 · 时政) is markup in the code block, not the report's text.
	assert.ok(!loaded.text.includes('党网 · 时政'));
	const report = await parseLoaded(loaded);
	assert.equal(report.meta.title, '全国人大常委会启动节约能源法执法检查');
	assert.equal(report.meta.date, '2025-06-05');
	assert.ok(report.sections.some(s => s.text.startsWith('检查组将重点检查8方面内容')));
});

test('a front-matter timestamp with its offset is read in Beijing time', () => {
	// 590: date: 2024-07-17 16:00:00.000000000 +00:00 (an RFA item of 18 July, its link …meeting-07182024…)
	const record = readRecord('---\nlayout: post\ntitle: 中共三中全會閉幕\ndate: 2024-07-17 16:00:00.000000000 +00:00\n---\n\n中共二十屆三中全會18日閉幕。\n');
	assert.equal(record?.date, '2024-07-18');
	// 566: date: 2024-01-31 11:39:00 +00:00 is still the 31st in Beijing.
	assert.equal(readRecord('---\ntitle: 中共政治局會議\ndate: 2024-01-31 11:39:00 +00:00\n---\n\n會議指出。\n')?.date, '2024-01-31');
});

test('a news corpus’s XML records (SogouCS <doc>): the report among them, its <contenttitle>, the date in its <url>, paragraphs at U+E40C', async () => {
	// 775: one GBK record of liaozp1/textsum data/news_sohusite_xml.smarty.dat, a 2012 NPC Standing Committee group session.
	const own = await textFromBytes(readFileSync(devFile('775')), devFile('775'));
	assert.equal(own.shape, 'xml-record');
	assert.equal(own.pageTitle, '全国人大常委会组成人员：饮用水应有专管部门');
	assert.equal(own.pageDate, '2012-06-29');
	assert.ok(own.text.split('\n').length > 5, 'the corpus’s paragraph mark parts paragraphs');
	// Beside another record of the same file (a 2008 charity page about 同心县), the report is the one read.
	const other =
		'<doc>\r\n<url>http://gongyi.sohu.com/s2008/sourceoflife/</url>\r\n<docno>f2467af22cd2f0ea-34913306c0bb3300</docno>\r\n<contenttitle>中国西部是地球上主要干旱带之一，妇女是当地劳动力．．．</contenttitle>\r\n<content>同心县地处宁夏中部干旱带的核心区，　冬寒长，春暖迟，夏热短，秋凉早，干旱少雨，蒸发强烈，风大沙多。</content>\r\n</doc>\r\n';
	const {decode} = await import('../../source/load/decode.ts');
	const both = other + (await decode(readFileSync(devFile('775')))).text;
	const record = readRecord(both);
	assert.equal(record?.title, '全国人大常委会组成人员：饮用水应有专管部门');
});

test('a row of a headline table (headline,date,month): the headline is the title and the text, the date field the date (792-794)', async () => {
	// 794: 国务院第十二次常务会议决定１３省市今年起财政包干…,1988-07-13,1988-07 (xiayudershu/PeopleDailyHeadline)
	// 826: a deleted-post archive's row, quoted: "于新主持召开区委常委会会议 研究了这些事","芙蓉发布","2018-10-17",…,"2018-10-18 00:22:30",…
	for (const [number, date] of [
		['794', '1988-07-13'],
		['792', '1954-09-16'],
		['826', '2018-10-17'],
	] as const) {
		const loaded = await textFromBytes(readFileSync(devFile(number)), devFile(number));
		assert.equal(loaded.shape, 'csv-row', number);
		assert.equal(loaded.pageDate, date, number);
		assert.ok(loaded.pageTitle && !/[,"]/u.test(loaded.pageTitle), number);
		assert.equal((await parseLoaded(loaded)).meta.date, date, number);
	}
	// A one-line story written with ASCII commas is not a row: no field of it is only a date (104, 187).
	for (const number of ['104', '187']) assert.equal(readRecord(readFileSync(devFile(number), 'utf8')), null, number);
});

test('a crawl record whose story is an array of paragraph strings is read, one paragraph a line (825)', async () => {
	// 825: {"url": "https://news.163.com/20/1025/…", "title": "新疆召开全区视频会议…", "time": "2020-10-25 00:32:00", "content": ["（原标题：…）", "天山网讯…", …]}
	const loaded = await textFromBytes(readFileSync(devFile('825')), devFile('825'));
	assert.equal(loaded.shape, 'json');
	assert.equal(loaded.pageTitle, '新疆召开全区视频会议部署疫情防控工作：全力控制局部疫情');
	assert.ok(loaded.text.includes('\n天山网讯（记者王兴瑞报道）'), loaded.text.slice(0, 80));
	assert.ok(!loaded.text.includes('"content"'));
});

test('one JSON object holding a short report is that report, not its keys read as text (100 in a crawler’s object)', async () => {
	// 100's whole text (a district CPPCC chairs' meeting of three sentences) as one object's field.
	const text = readFileSync(devFile('100'), 'utf8');
	const loaded = await textFromBytes(Buffer.from(JSON.stringify({id: 1, content: text, source: 'site'})), 'item.json');
	assert.equal(loaded.shape, 'json');
	assert.ok(!loaded.text.includes('"content"') && loaded.text.includes('区政协主席刘勇主持会议'));
	assert.ok((await parseLoaded(loaded)).people.some(p => p.name === '刘勇' && p.part === 'presided'));
});

test('a JSON object cut whole from an array keeps the comma after it, and is still read as a record (test/corpus 938, 941)', async () => {
	for (const [file, title, date] of [
		['938-state-council-2025-12-31-rmrb-edition-json-record.json', '李强主持召开国务院常务会议', '2025-12-31'],
		['941-politburo-2026-01-30-rmrb-edition-json-record.json', '中共中央政治局召开会议', '2026-01-30'],
	] as const) {
		const loaded = await textFromBytes(readFileSync(join(DEV, file)), file);
		assert.ok(!loaded.text.includes('"content":'), `${file}: the fields are not the text`);
		const report = await parseLoaded(loaded);
		assert.deepEqual([report.meta.title, report.meta.date], [title, date], file);
	}
});

test('a sample record kept in XML inside a template’s script is the report: its content field, its title and date fields beside it', async () => {
	// 1041: haixu777/poati-frontend Sjybfx.vue, whose script keeps <SampleTitle></SampleTitle><publishDate>2017-01-09</publishDate>
	// <SampleContent>《中国共产党纪律检查机关监督执纪工作规则(试行)》…十八届中央纪委七次全会8日在京闭幕…</SampleContent>
	// beside a contest's task text on show and a commented-out example of other news.
	const own = await textFromBytes(readFileSync(devFile('1041')), devFile('1041'));
	assert.equal(own.shape, 'xml-record');
	assert.equal(own.pageDate, '2017-01-09');
	assert.ok(own.text.startsWith('《中国共产党纪律检查机关监督执纪工作规则(试行)》\n十八届中央纪委七次全会8日在京闭幕'), own.text.slice(0, 60));
	assert.ok(!own.text.includes('样本内容') && !own.text.includes('比赛'), 'comments and the page’s own text are not the report');
	assert.equal((await parseLoaded(own)).meta.date, '2017-01-08');
	// A content field without prose in sentences is not a record: <NewsContent>待补充</NewsContent>.
	assert.equal(readRecord('<Sample><NewsTitle>标题</NewsTitle><NewsContent>待补充</NewsContent></Sample>'), null);
});

test("a site generator's summary divider set inside a sentence leaves the sentence whole (test/corpus 902, 207)", async () => {
	for (const [file, whole] of [
		['902-hrbeu-univ-party-sc-safety-2021-fm.md', '一是做细做实主要风险防控点的安全管理工作。'],
		['207-nankai-univ-party-sc-central-group-2022-fm.md', '与会校领导结合南开大学工作实际，作了交流研讨发言'],
	]) {
		const loaded = await textFromBytes(readFileSync(join(DEV, file)), file);
		assert.equal(loaded.shape, 'front-matter');
		assert.ok(loaded.text.includes(whole), `${file}: ${whole}`);
		assert.ok(!loaded.text.includes('<!--more-->'), `${file}: the divider is not text`);
	}
});

test('statements cut from a dump as they were written: a tuple keeping the comma before the next INSERT, columns named at length, an item of id 2 (test/corpus 238, 937)', async () => {
	for (const [file, title, opening] of [
		['238-central-reform-group-29th-2016-smartcms-sql.sql', '中央深改组开会 12项改革方案新鲜出炉', '中共中央总书记、国家主席'],
		['937-university-party-central-group-2020-guomei-dmtest-sql.sql', '校党委中心组开展2020年第2次集中学习', '2月24日，校党委中心组'],
	]) {
		const loaded = await textFromBytes(readFileSync(join(DEV, file)), file);
		assert.equal(loaded.shape, 'sql-row', file);
		assert.equal(loaded.pageTitle, title);
		assert.ok(loaded.text.includes(opening) && !loaded.text.includes('INSERT INTO'), file);
	}
});

test('a field keeping its HTML with the tags escaped (&lt;p&gt;) is read as markup, not as text full of entities (test/corpus 1921, 238)', async () => {
	for (const file of ['1921-mee-ministry-exec-2023-05-19-ntp-sql.sql', '238-central-reform-group-29th-2016-smartcms-sql.sql']) {
		const {text} = await textFromBytes(readFileSync(join(DEV, file)), file);
		assert.ok(!/&lt;|&quot;|<\/?p[\s>]/u.test(text), `${file}: ${text.slice(0, 120)}`);
		assert.ok(text.split('\n').filter(line => line.startsWith('会议')).length >= 2, file);
	}
});

test('a dump row whose headline is a column after its text: the first title-like field after the text is the title', async () => {
	// test/corpus 1923 and 1904: (id, kind, '…text…', created, updated, picture, headline, source, '').
	for (const [dev, title] of [
		['1923', '青海全面推行河湖长制工作领导小组会议召开坚定不移当好“中华水塔”守护人'],
		['1904', '广西通过今年党政领导生态环保目标责任书 持续压紧压实党政主要领导第一责任人责任'],
	] as const) {
		assert.equal((await textFromBytes(readFileSync(devFile(dev)), devFile(dev))).pageTitle, title, dev);
	}
});
