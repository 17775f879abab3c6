// A report's frame: which paragraphs are metadata (channel, title, dateline, source, caption,
// bylines), which are the body, and which are site chrome for the footer. Each kind of line is a
// named rule; pages saved, crawled or pasted carry the same furniture in many shapes.
import type {Paragraph} from './paragraphs.ts';
import {CREDIT_LINE} from './credits.ts';
import {HAN, HAN_RANGES} from '../text/han.ts';

export type Role = 'channel' | 'title' | 'deck' | 'time' | 'published' | 'source' | 'caption' | 'byline' | 'chrome' | 'body';

interface LineRule {
	name: string;
	role: Exclude<Role, 'title' | 'deck' | 'body'>;
	test: (line: string) => boolean;
}

/** Sentence-final punctuation marks a body paragraph; headlines and chrome lack it. */
const SENTENCE = /[。！？]/u;
const short = (limit: number, pattern: RegExp) => (line: string) => line.length < limit && pattern.test(line);
const noSentence = (limit: number, pattern: RegExp) => (line: string) => line.length < limit && !SENTENCE.test(line) && pattern.test(line);

/** The story's own time stamp under its headline (2020-12-12 07:41): the report's date. */
export const TIME_LINE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}:\d{2})(?::\d{2})?)?$/u;
/** A page's date, labelled (发布日期:2020-01-27) or as an e-paper or site clock prints it (星期三). */
export const PUBLISHED_LINE =
	/(?:(?:发布|發佈|发表|發表|发稿|更新|刊发|刊登|上传|录入|出版)?(?:时间|時間|日期)\s*[:：]\s*|\bdate\s*[:：]?\s*|^(?:[•·]\s*)?[[【（(]?)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:日?\s*(?:星期|周|週|禮拜)[一二三四五六日天])?/u;
/** A date with the time of day, after an outlet's name or a link: the moment a page was published. */
export const OUTLET_STAMP = /^\S[^。，,]{0,40}?\s(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*\d{1,2}:\d{2}/u;
/**
 * A newspaper's credit line with its edition: 《人民日报》（2025年04月27日第 01 版） (171, 172), the
 * day the paper printed the story.
 */
export const EDITION_CREDIT = /^(?:>\s*)?《[^》]{2,12}》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*第?\s*\d{1,3}\s*版\s*[）)]$/u;
/** A day.month.year stamp with a time, as European-made aggregators print it (09.01.2015  12:19, 102). */
export const DMY_STAMP = /^(\d{2})\.(\d{2})\.(\d{4})\s+\d{1,2}:\d{2}/u;

// A weather box's label, its forecast issued by a weather office, or a city and its temperature.
const WEATHER = new RegExp(String.raw`^(?:天气预报|天氣預報)[:：]?$|^[^。，,]{0,12}(?:气象台|氣象台)[^。，,]{0,24}(?:发布|發布)[:：]|^${HAN}{2,4}\s+-?\d{1,2}\s*℃`, 'u');

/**
 * A government disclosure page's catalogue above the story, a field or two a line: 索 引 号 …/2024-00025 发文时间
 * 2024-04-04, 发布机构 …, 公开方式 主动公开 有效性 有效 (2049), • 主题分类 行政事务 (1432), [ 发布机构 ] … [ 发文日期 ]
 * (1746), | 发文字号: | … (2080), 法定主动公开分类:… (1296). Its dated fields are read as the page's date first.
 */
const DISCLOSURE_FIELD =
	/^[\s|•·[【]*(?:索\s*引\s*号|发文字号|文\s*号|文件编号|主题分类|体裁分类|组配分类|法定主动公开分类|成文日期|生成日期|公开日期|废止日期|发布机构|发文机关|公开方式|公开范围|有效性|效力状态|主题词)\s*[\]】]?\s*(?:[:：|]|\s|$)/u;

const RIGHTS_NOTICE = short(240, /转载请注明|未经(?:书面)?(?:授权|许可)[^。]{0,12}不得(?:转载|复制|使用)|版权(?:均)?(?:属|归)[^。]{1,20}所有/u);

export const LINE_RULES: readonly LineRule[] = [
	// A site's weather box above the story, before any date rule reads its forecast's day: 天气预报: (493,
	// 1583), 西青区气象台2024年3月29日07时发布:今天白天晴间多云… (1583), 上海 22℃ 0 (1416).
	{name: 'weather', role: 'chrome', test: short(200, WEATHER)},
	{name: 'timestamp', role: 'time', test: line => TIME_LINE.test(line)},
	// 发布日期:2020-01-27, 来源:阜城宣传 | 作者:… | 发布时间: 2021-01-06 | 668 次浏览, 2023年03月29日 星期三; a list
	// bullet before the day, the paper and its reporter: • 2014-10-15   《柳州日报》 (1446), • 2010-01-23   柳州日报   记者 姚颖盈 (2069)
	{
		name: 'page date',
		role: 'published',
		test: line => line.length < 160 && !SENTENCE.test(line) && ((PUBLISHED_LINE.test(line) && (/[:：]|星期|周|週|發表|发表|^[•·]/u.test(line) || line.length < 24)) || DMY_STAMP.test(line)),
	},
	{name: 'disclosure fields', role: 'chrome', test: noSentence(200, DISCLOSURE_FIELD)},
	// 长江云新闻 2026-01-07 19:50:06 (143), http://www.sina.com.cn 2008年03月04日07:04 深圳商报 (125): an
	// outlet's name with the day and time it published the story.
	{name: 'edition credit', role: 'published', test: line => EDITION_CREDIT.test(line)},
	// A forum's notice that a post was edited (本帖最后由 一品飞云 于 2015-4-13 00:37 编辑, 1171; the same in
	// 52pojie.cn posts: 本帖最后由 老飞机 于 2020-4-12 11:51 编辑) dates a later edit, neither the story nor its page.
	{name: 'edit notice', role: 'chrome', test: short(80, /^[*_\s]*本帖最[后後]由\s*\S.{0,40}?\s*[于於]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*[编編][辑輯]/u)},
	{name: 'outlet stamp', role: 'published', test: line => line.length < 80 && !SENTENCE.test(line) && OUTLET_STAMP.test(line)},
	{name: 'source', role: 'source', test: noSentence(120, /^[（(]?\s*(?:来源|來源|稿源|信息来源|出处|转自|新闻来源)\s*[:：]/u)},
	// 作者:首席记者 张科勇 编辑:蒋超, (责任编辑:刘阳), 记者 余艳华, 文/张三, 闪电新闻记者 李侠 陈洋  报道
	{name: 'byline', role: 'byline', test: noSentence(80, CREDIT_LINE)},
	// 当前位置：首页 > 新闻中心 > 正文, • 当前位置:, 首页 > 聚焦区县 > 正文, 您当前的位置:首页 > 政府信息公开 > … (2049, 1363)
	// 山西新聞網>>政務頻道>>山西要聞: two separators of a path in one short line
	{
		name: 'breadcrumb',
		role: 'channel',
		test: short(120, /当前的?位置|當前的?位置|您的位置|您现在的位置|所在位置|^[•·\s]*首页\s*(?:[>»›/＞]|$)|[>»›＞]\s*正文\s*$|^[^。，]{2,20}(?:>>|[»›＞])[^。，]{2,20}(?:>>|[»›＞])/u),
	},
	{name: 'channel', role: 'channel', test: line => /^(?:新闻中心|首页|要闻|时政|新闻|本地新闻|国内新闻|学习专栏|当前位置.*)$/u.test(line)},
	// An e-paper's page navigation, where a site's breadcrumb would stand: 下一版»本期共4版(1-2-4) (738);
	// 上一篇  下一篇 放大1 缩小1 默认1 (670) is the story's own navigation, below it.
	{name: 'e-paper pages', role: 'channel', test: short(60, /^(?:上一版|下一版)|本期共\d+版|版面导航|返回目录/u)},
	// An app's prompt where its pictures stood: 打开网易新闻 查看精彩图片 (536), 点击查看更多精彩评论.
	{
		name: 'site chrome',
		role: 'chrome',
		test: short(
			60,
			/客户端|微信|微博|爆料|热线|精彩图片|精彩评论|查看大图|查看原图|打开APP|下载APP|信箱|投稿|纠错|糾錯|设为首页|設為首頁|加入收藏|无障碍|無障礙|长者版|長者版|相关稿件|相关新闻|相關新聞|相关推荐|推荐阅读|延伸阅读|查看原文|分享到|打印本页|打印|关闭窗口|返回顶部|上一篇|下一篇|扫一扫|扫码|二维码|版权所有|ICP|(?:浏览|阅读|点击|瀏覽|閱讀)(?:次数|量|数)?\s*[:：]?\s*\d+|\d+\s*次(?:浏览|阅读)|字号\s*[:：]?|【\s*大\s*中\s*小\s*】|@[\w.-]+\.\w+|^\[.*\]\(https?:|^https?:\/\/|^[\d\s-]{7,}$|^【[^】]{1,6}】$/u,
		),
	},
	// A paper's notice of its rights, above the story or below it: 凡本报记者署名文字、图片,版权均属亳州晚报社所有。
	// 任何媒体…未经授权不得转载…注明 “来源:…” (249), *文汇独家稿件,转载请注明出处。 (110)
	// A notice run into a credit line (責任編輯: 於飛 … 轉載請註明作者, 94) is that credit line.
	{name: 'rights notice', role: 'chrome', test: line => RIGHTS_NOTICE(line) && !CREDIT_LINE.test(line)},
	// The page's text-size buttons: 字体大小:【大】 【中】 【小】 (2080), 字体:大 中 小 (105, before its page date).
	{name: 'text size', role: 'chrome', test: noSentence(80, /^(?:字体|字體|字号|字號)(?:大小)?\s*[:：]\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中/u)},
	// A site's menu: several short words and no sentence (3C科技 娛樂遊戲 美食旅遊 時尚美妝 …).
	{
		name: 'menu',
		role: 'chrome',
		test: line => line.length < 100 && !SENTENCE.test(line) && !/会|会议|全会/u.test(line) && line.split(/[ \u3000|｜]+/u).filter(Boolean).length >= 5 && line.split(/[ \u3000|｜]+/u).every(part => part.length <= 6),
	},
	// Markup left in a page's text: Markdown rules (---), images, lone links, separators and residue,
	// and a dialog's close button (x, ×) under a forum's guest banner (1171).
	{name: 'markup residue', role: 'chrome', test: line => /^(?:[-*_=]{3,}|!\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\([^)]*\)|[|?？•·>»]+|[xX×])$/u.test(line.trim())},
];

/** A line in a table's cell, its bar after it: a picture's words (讨论会现场 |, 25) or a headline set in a row (below). */
const IMAGE_CELL = /^[^。！？]*\s\|$/u;
/** A table row's bars around its words: | 区政府召开2025年第15次常务会议 | (2102), | 标题:区委常委会(扩大)会议召开 | | (2080). */
export const withoutCellBars = (text: string): string => text.replace(/^[\s|]+|[\s|]+$/gu, '');

/** Words enough for a headline: four characters running. */
const HEADLINE_WORDS = new RegExp(`${HAN}{4}`, 'u');

/** Photo captions: a credit (新华社记者 燕雁 摄), a picture's own words (图为…, 讨论会现场), a table cell's residue (… |). */
const CAPTION_RULES: readonly {name: string; pattern: RegExp; mayMatch?: (text: string) => boolean}[] = [
	// Only a line ending in 摄 can be a credit; the pattern, tried at every character, is not asked otherwise.
	// The photographer may sign with a slash: 徐訊/攝影 (206), 王新庆/摄 (85).
	{name: 'photo credit', pattern: /(?:记者|摄影|通讯员|新华社|图)?\s*\S{1,4}(?:\s\S{1,3})?\s*(?:(?:摄|攝)|[/／](?:摄影|攝影))[)）]?$/u, mayMatch: endsWithPhotoCredit},
	{name: 'picture', pattern: /^(?:图为|圖為|图[：:]|（图[^）]{0,10}）|图片来源|圖片來源)|^[^，。]{2,12}现场$/u},
	{name: 'image cell', pattern: IMAGE_CELL},
];

/** A Markdown heading is a headline however long: broadcast digests run five headlines into one. */
export const MARKED_HEADING = /^#{1,6}\s/u;

/** Clauses ending in a colon lead in to what follows, as a story's first sentence does: not a headline. */
const LEAD_IN = /[，,][^，,]+[:：]$/u;

export function isHeadlineLike(text: string): boolean {
	if (MARKED_HEADING.test(text)) return true;
	return text.length <= 80 && !SENTENCE.test(text.slice(0, -1)) && !/[。]$/u.test(text) && !LEAD_IN.test(text);
}

/** The first line rule a line meets, or null. */
export function lineRule(text: string): LineRule | null {
	return LINE_RULES.find(rule => rule.test(text)) ?? null;
}

export function roleOf(text: string): Role | null {
	return lineRule(text)?.role ?? null;
}

export function isCaption(text: string): boolean {
	return text.length < 200 && CAPTION_RULES.some(rule => (rule.mayMatch?.(text) ?? true) && rule.pattern.test(text));
}

/** Whether a line ends as a photo credit does: 摄 or 攝 (or 摄影 after a slash), and at most one closing bracket after it. */
function endsWithPhotoCredit(text: string): boolean {
	let end = text.length - 1;
	if (text.charAt(end) === ')' || text.charAt(end) === '）') end--;
	if (text.charAt(end) === '影') end--;
	return text.charAt(end) === '摄' || text.charAt(end) === '攝';
}

const CALL = /[，,][^，,]+[！!]$/u;

/** Classify every paragraph. Head metadata comes before the first body paragraph, chrome after the last. */
export function classify(paragraphs: Paragraph[]): Role[] {
	const roles: Role[] = paragraphs.map(p => roleOf(p.text) ?? (isCaption(p.text) ? 'caption' : 'body'));
	const item = chosenItem(paragraphs);
	if (!item) return frameRoles(paragraphs, roles);
	// A digest of several items: the report is one of them; the others are the page's, like chrome.
	const inside = frameRoles(paragraphs.slice(item.start, item.end), roles.slice(item.start, item.end));
	return roles.map((role, i) => (i >= item.start && i < item.end ? inside[i - item.start] : role === 'body' || role === 'caption' ? 'chrome' : role));
}

/**
 * A dateline cut from its story onto a line of its own above it: 12月08日讯 (163), 北京 (108). A
 * headline has more to say than a place or a day. (Below the head, a short line may be a name in a list.)
 */
const DATELINE_TAG = new RegExp(String.raw`^(?:\d{1,2}月\d{1,2}日(?:讯|訊|电|電|消息)|${HAN}{1,3})$`, 'u');

function frameRoles(paragraphs: Paragraph[], roles: Role[]): Role[] {
	roles = [...roles];
	// A credit line standing after the story's paragraphs ((责编：王静、吕腾龙), 79) signs it off:
	// what follows on the page (a study text, the next item) is not the report.
	let prose = 0;
	for (let i = 0; i < roles.length; i++) {
		if (roles[i] === 'body' && /[。！？]/u.test(paragraphs[i].text)) prose++;
		else if (roles[i] === 'byline' && prose >= 3 && /编|审/u.test(paragraphs[i].text) && !archiveAfter(paragraphs, i)) {
			for (let j = i + 1; j < roles.length; j++) if (roles[j] === 'body' || roles[j] === 'caption') roles[j] = 'chrome';
			break;
		}
	}
	const firstBody = roles.findIndex((r, i) => r === 'body' && !isHeadlineLike(paragraphs[i].text));
	const head = firstBody < 0 ? paragraphs.length : firstBody;
	let titled = false;
	for (let i = 0; i < head; i++) {
		if (roles[i] !== 'body') continue;
		const text = paragraphs[i].text;
		if (DATELINE_TAG.test(text)) {
			roles[i] = 'chrome';
			continue;
		}
		if (MARKED_HEADING.test(text) || (!titled && isHeadlineLike(text))) {
			roles[i] = titled ? 'deck' : 'title';
			titled = true;
		} else if (isHeadlineLike(text)) roles[i] = 'deck';
	}
	// A page that sets its headline in a table row reads it as a cell (| 区政府召开2025年第15次常务会议 |, 2102;
	// 十五届市政协二十八次党组(扩大)会议召开 |, 370; 周乃翔主持召開省政府常務會議 |, 2108): with no other headline, the
	// first such cell above the story is it, as a picture's cell (讨论会现场 |, 25) is not where a headline stands.
	if (!titled) {
		const cell = roles.findIndex((r, i) => i < head && r === 'caption' && IMAGE_CELL.test(paragraphs[i].text));
		const words = cell >= 0 ? withoutCellBars(paragraphs[cell].text) : '';
		// A photographer's cell is a caption wherever it stands (大会会场 记者 季叶海 梁臻 摄 |, 1235); an empty picture
		// (![]() |, 1123) or a row of links (央视网|中国网络电视台|网站地图 |, 1882) says nothing.
		if (cell >= 0 && HEADLINE_WORDS.test(words) && !words.includes('|') && isHeadlineLike(words) && !isCaption(words)) roles[cell] = 'title';
	}
	// After the last body paragraph, short lines without sentences are site chrome. A call that ends
	// with ！ after a comma is a sentence: 全会号召，全党全国各族人民要紧密团结在…，夺取…新胜利！ (363, 73).
	let lastBody = -1;
	roles.forEach((r, i) => {
		if (r === 'body' && (!isHeadlineLike(paragraphs[i].text) || CALL.test(paragraphs[i].text))) lastBody = i;
	});
	for (let i = lastBody + 1; i < paragraphs.length; i++) {
		if (roles[i] !== 'body' || !isHeadlineLike(paragraphs[i].text)) continue;
		if (i === lastBody + 1 && i === paragraphs.length - 1 && isCutSentence(paragraphs[i].text)) continue;
		roles[i] = 'chrome';
	}
	// A text without one sentence (a few words, a list of lines) is all body: there is nothing to
	// browse otherwise. A news photo's caption that tells the whole story (…主持召开…会议，听取…。
	// 新华社记者 劉衛兵 攝, 188) is the report when the page has nothing else.
	if (!roles.includes('body')) return roles.map((r, i) => (r === 'title' || r === 'deck' || r === 'chrome' || (r === 'caption' && /[。！？]/u.test(paragraphs[i].text)) ? 'body' : r));
	return roles;
}

/**
 * The story's last paragraph cut off mid-sentence where a page store or a reprint stopped: clauses
 * already said, then a word broken off (张伟海在会上致辞,希望各位代表…,在听取和审议镇人民政府、人大, 1173;
 * 刘中汉要求:全市上下要…,在加快发展、, 831). It is the report's, not the page's: a page's lines after a
 * story are headlines and links, not clauses that stop in a word. A notice about reprinting is the page's.
 */
const CUT_SENTENCE = new RegExp(`^[^。！？]{20,}[，,][^。！？]*[${HAN_RANGES}、，,]$`, 'u');
/**
 * A cut line with no comma before the break is the report's too when no headline could be written so:
 * it leaves a title open (…第三次全体会议关于召开中国共产党, 2005; …樟子松保护条例》《, 1984), or it opens as
 * the story's own sentences do, with the meeting or the next ordinal as subject (會議審議通過了…、關於加, 1987;
 * 二是审议通过了《…, 2005).
 */
const CUT_CLAUSE = new RegExp(`^[^。！？]{20,}[${HAN_RANGES}、，,《〈（(]$`, 'u');
const OPENS_AS_STORY = /^(?:会议|全会|大会|会上|[二三四五六七八九十]是)/u;
const leavesTitleOpen = (text: string) => text.lastIndexOf('《') > text.lastIndexOf('》');
function isCutSentence(text: string): boolean {
	if (/转载|轉載|版权|版權|来源|來源/u.test(text)) return false;
	return CUT_SENTENCE.test(text) || (CUT_CLAUSE.test(text) && (leavesTitleOpen(text) || OPENS_AS_STORY.test(text)));
}

const MOST_DIGEST_ITEMS = 40;

/**
 * A page's furniture after its story (the next item, a study text, a digest's other stories) runs
 * to kilobytes; megabytes of reports after the first one are an archive, read whole (a 50 MB file
 * of reports run together).
 */
const ARCHIVE_CHARS = 200_000;
function archiveAfter(paragraphs: readonly Paragraph[], from: number): boolean {
	let length = 0;
	for (let i = from; i < paragraphs.length && length <= ARCHIVE_CHARS; i++) length += paragraphs[i].text.length;
	return length > ARCHIVE_CHARS;
}

/** Words that make an item read like a meeting report rather than the digest's other news. */
const MEETING_TALK = /会议|全会|出席|主持|列席|强调|指出|审议|书记|委员|常委会|政协|人大/gu;

/**
 * An archive's headings for the parts of one story (### 摘要, ### 正文, ### 相关图片, ### HTML原始内容, 519):
 * they part no stories, as a digest's headlines do.
 */
const PART_LABEL = /^#{2,6}\s*(?:摘要|内容摘要|正文|全文|原文|原文链接|相关图片|图片|附件|相关新闻|相关阅读|评论|HTML原始内容|原始内容|HTML)\s*$/iu;

/**
 * A page that runs several items under headings of one level (### 习近平会见… / ### 李强主持召开
 * 国务院常务会议, 77): the item that speaks most of meetings is the report. Null for a single report.
 */
function chosenItem(paragraphs: Paragraph[]): {start: number; end: number} | null {
	const levels = new Map<number, number[]>();
	paragraphs.forEach((p, i) => {
		const level = /^(#{2,6})\s/u.exec(p.text)?.[1].length;
		if (level && !PART_LABEL.test(p.text)) levels.set(level, [...(levels.get(level) ?? []), i]);
	});
	const heads = [...levels.values()].sort((a, b) => b.length - a.length)[0] ?? [];
	// A day's digest runs to a few dozen items and some kilobytes; more are an archive, read whole.
	if (heads.length < 2 || heads.length > MOST_DIGEST_ITEMS || archiveAfter(paragraphs, 0)) return null;
	const items = heads.map((start, k) => ({start, end: heads[k + 1] ?? paragraphs.length}));
	const prose = items.filter(({start, end}) => paragraphs.slice(start + 1, end).some(p => /[。！？]/u.test(p.text)));
	if (prose.length < 2) return null;
	// An item headed by a meeting (…主持召开国务院常务会议) before one that only speaks of them.
	const talk = ({start, end}: {start: number; end: number}) =>
		(/会议|全会|大会|常委会|公报/u.test(paragraphs[start].text) ? 1000 : 0) + paragraphs.slice(start, end).reduce((n, p) => n + (p.text.match(MEETING_TALK)?.length ?? 0), 0);
	return prose.reduce((best, item) => (talk(item) > talk(best) ? item : best));
}
