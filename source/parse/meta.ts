// Metadata read from the frame's paragraphs: title, date, source, channel, caption, bylines,
// and the meeting's own name from the body.
import type {Byline, Meta} from '../model/report.ts';
import type {Paragraph} from './paragraphs.ts';
import {withoutCellBars, type Role} from './roles.ts';
import {findDate} from './dates.ts';
import {NEWS_LEAD, SUMMARY_POINT} from './lexicon/datelines.ts';
import {MEETING_WORDS} from './lexicon/meetings.ts';
import {NUMERALS} from './lexicon/numerals.ts';
import {HAN, HAN_LETTER} from '../text/han.ts';
import {bigrams} from '../text/bigrams.ts';
import {CREDIT_LABEL, labelOf} from './credits.ts';

/** A credit in a byline or a page's furniture: its label (the staff extractor's, credits.ts) and the names after it. */
const BYLINE_PART = new RegExp(`[【\\[]?(${CREDIT_LABEL})\\s*[:：]\\s*([^:：】\\])）)]+?)(?=\\s+${CREDIT_LABEL}\\s*[:：]|$|[）)】\\]])`, 'gu');

export function parseBylines(text: string): Byline[] {
	// Every credit here has its colon: a line without one (most chrome) skips the labels' long alternation.
	if (!text.includes(':') && !text.includes('：')) return [];
	// A credit left blank (一审: 二审: 三审: ), 723) names no one.
	return Array.from(text.matchAll(BYLINE_PART), m => ({role: labelOf(m[1]), name: m[2].trim()})).filter(byline => byline.name);
}

/** Words that name a meeting or its document: the line that has them is the headline proper. */
const MEETING_WORD = new RegExp(MEETING_WORDS.join('|'));
/**
 * A headline fused with its sub-headline: …会议在北京举行习近平发表重要讲话. What follows must not
 * itself name a meeting or a sitting, nor follow a comma: …二次会议举行预备会议, …一次会议举行第六次全会 (951),
 * …全会召开,奋力建设… (955) are one headline; nor be what the meeting held: …常委會議舉行分組討論 (1164),
 * …四次会议举行选举大会 (695).
 */
const FUSED = /^(.{4,}?(?:在[^\s，。]{1,6}|会议|全会|大会)(?:胜利)?(?:举行|召开|开幕|闭幕|闭会))(?![会式，,])(?![^\s，。]{0,10}?(?:会议|全会))(?![^\s，。]{0,4}?(?:讨论|审议|选举))(?=\S{4,})/;

/**
 * Labels a page puts before its headline: a column (V视 | …) and the tag after it (V视 | 【“两会”动态】, 51),
 * a media mark ([视频], 235, 236, 77). They name the site's section, not the report. A bracketed tag that
 * opens the headline itself is the headline's (【济阳政协】…, 690; 【黨代會進行時】…, 434; 【聚焦2012桃源“两会”】…, 113).
 * A reprint's 原标题: labels the headline it keeps (原標題:丁暉主持召開市政府常務會議, 1705, the page's only headline;
 * 原標題:張德江主持召開十二屆全國人大常委會第七十七次委員長會議, 753, under the same headline).
 */
const HEADLINE_LABEL =
	/^原[标標][题題]\s*[:：]\s*|^(?:[•·|]\s*)?(?:(?:文件)?[标標]\s*[题題]|信息名称|\[\s*名\s*称\s*\])\s*(?:[:：]\s*)?(?=[^\s:：])|^\[[^\]]{1,6}\]\s*|^[•·]\s*[^•·\s]{1,8}\s*[•·]\s*|^[^\s|｜]{1,8}\s*[|｜]\s*(?:【[^】]{1,12}】\s*)*/u;

/**
 * A crawler's title keeps the page's <title> around the headline: the site before an arrow and its
 * address after a bar (南开大学->学校党委常委会（扩大）会议… | nankai.info, 207).
 */
const SITE_AROUND = /^[^\s>]{2,12}-+>\s*|\s*[|｜]\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/giu;

/**
 * A page's note that pictures or video come with the story: …隆重开幕(图) (192), (组图), [视频]; a news
 * transcript's link to the video glued to every headline (李强主持召开国务院常务会议视频简介, 1552, 1553, 1551).
 */
const MEDIA_MARK = new RegExp(String.raw`\s*(?:[（(](?:组|附|多)?(?:图|圖|图文|圖文|视频|視頻)[)）]|\[(?:组|多)?(?:图|圖|视频|視頻)\]|(?<=${HAN})(?:视频|視頻)(?:简介|簡介))$`, 'u');

// An archive's item number before a headline: ## 54. 全国人大常委会启动节约能源法执法检查 (519).
const LIST_NUMBER = new RegExp(String.raw`^\d{1,3}[.．]\s+(?=${HAN})`, 'u');
/** A forum's anti-copy string glued to a headline (…胜利闭幕* r4 L9 O: p8 Y, 95): Latin letters and digits. */
const FORUM_JUNK = /[*\s]+(?=[\x20-\x7e]*[A-Za-z])(?=[\x20-\x7e]*\d)(?=[\x20-\x7e]*\s)[\x20-\x7e]{4,}$/u;

/**
 * The headline proper. A headline in several space-separated parts is one title (全國政協會議開幕
 * 王滬寧發表工作報告); only a headline fused to its deck with no space is cut after the meeting's
 * verb (中央经济工作会议在北京举行习近平发表重要讲话 …, …第六次会议闭会一批…获表决通过).
 */
export function cleanTitle(text: string): string {
	// A table row's bars around the headline go with its label: | 标题:区委常委会(扩大)会议召开 | | (2080).
	const bare = withoutCellBars(
		text
			.replace(/^#{1,6}\s*/u, '')
			.replace(LIST_NUMBER, '')
			.trim()
			.replace(HEADLINE_LABEL, '')
			.replace(FORUM_JUNK, '')
			.replace(MEDIA_MARK, '')
			.replace(SITE_AROUND, ''),
	).replace(/(强调|指出)$/u, '');
	const fused = FUSED.exec(bare)?.[1];
	const firstSpace = bare.search(/[ \u3000]/u);
	return fused && (firstSpace < 0 || fused.length < firstSpace) ? fused : bare;
}

const HEARD = /^(?:全会|会议|大会)|听取|审议|审查|讨论|通过了|学习了|传达了/u;
/**
 * Someone delivering a report (区政协主席林海涛代表区政协八届委员会作工作报告, 1659; 县政协主席任恒志代表…常务委员会作工作报告,
 * 1030; 河南省政协主席叶冬松向大会作工作报告, 510): a sentence, though it ends in the report's name. The 作 of 工作
 * is no verb (政府工作报告 is a title).
 */
const DELIVERED = /(?<!工)作了?[^。]{0,30}报告$/u;
/**
 * An enumerated item (一、, （二）, 3.) opening a paragraph. Written here, not taken from the measures'
 * ordinals, so the outline that draws the first screen does not load the measures.
 */
const ORDINAL_ITEM = new RegExp(`^(?:[${NUMERALS}]+、|[（(][${NUMERALS}\\d]+[）)]|\\d+[.、．])`, 'u');

/** A document title opening a paragraph as a sentence: 中国共产党…全体会议公报。 */
const DOCUMENT_TITLE = /^([^。，,：:]{6,60}(?:公报|决议|决定|报告))。/;

/**
 * A digest's own heading — a programme or page and its date (新闻联播 20200115, 新闻联播完整文字稿 ·
 * 2026年6月29日), naming no meeting — heads the page, not the report (73, 74, 77).
 */
const DATED = /(?:19|20)\d{2}(?:[-/.年]?\d{1,2}[-/.月]?\d{1,2}日?)/u;
const isDigestHeading = (line: string) => DATED.test(line) && !MEETING_WORD.test(line);

/** A communiqué's adoption line: （2019年10月31日中国共产党第十九届中央委员会第四次全体会议通过）. */
const ADOPTION_LINE = /^[（(]\d{4}年\d{1,2}月\d{1,2}日[^）)]{0,60}通过[）)]$/u;
const DATELINE_PREFIX = /^[^，。\s]{0,12}?\d{1,2}月\d{1,2}日电[\s\u3000]*/u;

/**
 * The document a communiqué is: the line above its adoption line (79: a news page headed
 * 中共十九届四中全会在京举行 prints the 公报 under its dateline). Null when there is none.
 */
function documentTitle(paragraphs: readonly string[]): string | null {
	const adoption = paragraphs.slice(0, 20).findIndex(p => ADOPTION_LINE.test(p.trim()));
	if (adoption < 1) return null;
	const above = paragraphs[adoption - 1]
		.replace(/^#{1,6}\s*/u, '')
		.replace(DATELINE_PREFIX, '')
		.trim();
	return /(?:公报|决议|决定|报告|纪要)$/u.test(above) && above.length <= 60 ? above : null;
}

/**
 * Whether a line is about the story under it: it shares at least two character pairs with the text
 * (or all of its own, when it is that short). A site's name (上海新闻, 270), a page's template name
 * (中能建信息展示页面, 273), a media brand (Zi 字媒體, 60), a photo's mood (喜气洋洋的大会堂, 160) or a
 * data row's unrelated title column (董事长 张原野, 309) share none or one: they are not its headline.
 */
const STORY_TO_JUDGE = 200;

function aboutStory(line: string, story: string): boolean {
	// A story of a few lines says too little to judge its headline by.
	if (story.length < STORY_TO_JUDGE) return true;
	// Letters and digits only (\p{L} holds the Han characters): punctuation and spaces pair with nothing.
	const words = line.replace(/[^\p{L}\p{N}]/gu, '');
	if (words.length < 2) return true;
	const pairs = bigrams(words);
	let shared = 0;
	for (const pair of pairs) if (story.includes(pair)) shared++;
	return shared >= Math.min(2, pairs.size);
}

function pickTitle(all: string[], body: string[], pageTitle: string | null): string {
	const story = body.join('\n');
	// A headline of these reports is written in Chinese: a line without a Han character above the story
	// is the file's own (// &#13; of a commented template, 1537; -- Auto-generated import SQL, 1513;
	// a crawler's log line, parse_body: create dir-file…, 615, 616).
	const headlines = all.filter(h => HAN_LETTER.test(h) && !isDigestHeading(h) && aboutStory(cleanTitle(h), story));
	// A newspaper's layout in Markdown: a ### kicker above the # headline and a ## subtitle below
	// it (171, 172): the headline is the highest heading, the first of those.
	const level = (h: string) => /^(#{1,6})\s/.exec(h)?.[1].length ?? 7;
	const marked = headlines.filter(h => level(h) < 7).reduce<string | undefined>((best, h) => (best === undefined || level(h) < level(best) ? h : best), undefined);
	const named = headlines.find(h => MEETING_WORD.test(h));
	// The page's <title>, without the site's name, says which of the lines above the story is the
	// headline: not the column's name above it (质检新闻 over 省质检院党委班子开展…, 226).
	const site = pageTitle ? squashed(siteless(pageTitle)) : '';
	const entitled = site ? headlines.find(h => squashed(cleanTitle(h)) === site) : undefined;
	const chosen = marked ?? entitled ?? named ?? headlines[0];
	if (chosen) return cleanTitle(chosen);
	for (const paragraph of body.slice(0, 3)) {
		const match = DOCUMENT_TITLE.exec(paragraph);
		// 會議認真聽取和審議了…工作報告。 (535) says what the meeting heard: a sentence, not a document's title;
		// 一、通過…政治決議。 (1163) is an item of the agenda the story lists.
		if (match && !HEARD.test(match[1]) && !DELIVERED.test(match[1]) && !ORDINAL_ITEM.test(match[1])) return match[1];
	}
	// A saved page's <title> carries the site's name after a separator; a <title> that is only the
	// site's name (海淀政协网, 某某新闻网) names no story.
	const own = pageTitle ? siteless(pageTitle) : '';
	return own && !isDigestHeading(own) && !SITE_NAME.test(own) && aboutStory(own, story) ? own : '';
}

const SITE_NAME = /^[^\s，。,：:]{2,12}(?:网|網|网站|網站|门户|門戶|在线|在線)$/u;

/** A saved page's <title> without the site's name after a separator. */
const siteless = (pageTitle: string) => pageTitle.split(/\s*(?:--|_|\||｜| - )\s*/)[0].trim();
const squashed = (text: string) => text.replace(/[\s\u3000]+/gu, '');

/** The convening organ just before 召开: 市委召开… → 市委, 市委常委会召开扩大会议 → 市委常委会. */
const ORGAN = /(?:(?:[省市区县]?(?:纪委|委|政府|人大常委会|政协))|党委|党组|国务院|中央|政治局)(?:常委会)?$/u;

/**
 * What opens a paragraph before its subject: an outlet's tag (【Now新聞台】, 央视网消息：, 据德新社报道，)
 * a dateline (新华社北京4月25日电) and a time (1月20日上午，, 今天下午，, 4点，, 为期7天的).
 */
const LEAD_IN = new RegExp(
	String.raw`^(?:【[^】]{1,20}】|[^，,。\s]{0,12}?\d{1,2}月\d{1,2}日电\s*|${NEWS_LEAD}|据[^，,。]{1,20}报道[，,]|为期[^，,。的]{1,6}的|(?:(?:\d{1,4}[年月日]|今天|昨天|今日|昨日|日前|近日|当天|当日|\d{1,2}[点时](?:\d{1,2}分)?)(?:上午|下午|晚上|晚间|晚)?(?:至|—|-)?)+[，,]?|(?:上午|下午|晚上|晚)[，,])+`,
	'u',
);

/** A meeting named as the subject of its paragraph: 中国共产党…全体会议在…举行, 市政协九届二十次常委会议今天… */
const SUBJECT = /^((?:中国共产党|中共)?[^\s，,。、：:（(“”【】]{2,40}?(?:全体(?:\(扩大\)|（扩大）)?会议|会议|全会))(?=[，,于在]|\d|\s|召开|举行|开幕|闭幕|今|昨)/u;
/** A meeting convened or held by its organ: 市委召开八届九次全体(扩大)会议, 主持召开国务院常务会议. */
const CONVENED =
	/(?:^|[，,])([^\s，,。、]{0,30}?)(?:主持)?(?:召开|举行)了?(?!会议)([^，。,；;、]{2,40}?(?:会议|全会|[协商座谈习]会|常委会)(?:会议|议|扩大会议|第[\d一二三四五六七八九十百]+次(?:\(扩大\)|（扩大）)?会议)?)/u;
/** A meeting too vaguely named to be one (召开扩大会议 names it by its organ, 召开的一次十分重要的会议 not at all). */
const VAGUE = /^(?:会议|全会|扩大会议|闭门会议|专题会议)$/u;

/** An organ's meeting named by the organ alone: 中共中央政治局4月25日召开会议. */
const ORGAN_MET = /^([^\s，,。、]{2,20}?(?:政治局|常务委员会|常委会|国务院|委员会|党组|常务会))(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上)?(?:召开|举行)会议/u;
/** A study session: 中共中央政治局…就…进行第三十四次集体学习. */
const STUDIED = /^([^\s，,。、]{2,20}?)(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上)?就[^。]{1,80}?进行(第[一二三四五六七八九十百\d]+次集体学习)/u;

/**
 * The name without what qualifies it (上星期閉幕的中共二十屆四中全會, 召开的县八届人大常委会…) and
 * without a column's tag (荆州两会丨政协荆州市…).
 */
function meetingName(name: string): string | null {
	const named = name.slice(Math.max(name.lastIndexOf('的'), name.search(/[丨｜|](?=[^丨｜|]*$)/u)) + 1);
	return named.length >= 2 && !VAGUE.test(named) ? named : null;
}

/** The meeting's name as the text states it: its subject position, or after 召开/举行. */
export function findMeeting(title: string, body: string[]): string | null {
	const bare = (p: string) => p.replace(LEAD_IN, '');
	const texts = [
		...body
			.filter(p => !SUMMARY_POINT.test(p))
			.slice(0, 3)
			.map(bare),
		title,
	];
	for (const text of texts) {
		const subject = SUBJECT.exec(text);
		const named = subject && !/召开|主持|举行/.test(subject[1]) ? meetingName(subject[1]) : null;
		if (named) return named;
		const convened = CONVENED.exec(text);
		if (convened) {
			const organ = ORGAN.exec(convened[1])?.[0] ?? '';
			const name = organ && !convened[2].startsWith(organ) && !convened[2].includes('的') ? organ + convened[2] : meetingName(convened[2]);
			if (name) return name;
		}
		const met = ORGAN_MET.exec(text);
		if (met) return `${met[1]}会议`;
		const studied = STUDIED.exec(text);
		if (studied) return studied[1] + studied[2];
	}
	return null;
}

export interface MetaInput {
	pageTitle: string | null;
	pageDate: string | null;
	name: string;
	allText: string;
}

/** How many time stamps close together make a list of other stories' times. */
const TIMELINE_RUN = 3;

/**
 * The page's own time line: the first stamp that does not stand in a list of them. Three stamps or
 * more, each at most a headline after the last, list other stories (the topic's timeline under a CNA
 * story: 中共中聯部長劉建超：… / 2024/01/09 14:50 / 習近平稱反腐仍嚴峻… / 2024/01/08 22:01 / …, 1963, 684,
 * 809), not the time this one was posted.
 */
function ownTimeLine(paragraphs: readonly Paragraph[], roles: readonly Role[]): string | null {
	for (let i = 0; i < roles.length; i++) {
		if (roles[i] !== 'time') continue;
		let end = i;
		let count = 1;
		for (let next = i + 1; next < roles.length && next - end <= 2; next++)
			if (roles[next] === 'time') {
				end = next;
				count++;
			}
		if (count < TIMELINE_RUN) return paragraphs[i].text;
		i = end;
	}
	return null;
}

export function buildMeta(paragraphs: Paragraph[], roles: Role[], input: MetaInput): Meta {
	const frame = paragraphs.map((p, i) => ({role: roles[i], text: p.text})).filter(p => p.role !== 'body' && p.role !== 'chrome');
	const body = paragraphs.filter((_, i) => roles[i] === 'body').map(p => p.text);
	const headlines = frame.filter(p => p.role === 'title' || p.role === 'deck').map(p => p.text);
	const title = documentTitle(paragraphs.map(p => p.text)) ?? pickTitle(headlines, body, input.pageTitle);
	const source = frame.find(p => p.role === 'source');
	const captions = frame.filter(p => p.role === 'caption').map(p => p.text);
	const {date, time} = findDate({
		timeLine: ownTimeLine(paragraphs, roles),
		publishedLines: frame.filter(p => p.role === 'published').map(p => p.text),
		captions,
		title,
		body,
		allText: input.allText,
		name: input.name,
		pageDate: input.pageDate,
	});
	const bylines = paragraphs.filter((_, i) => roles[i] === 'byline' || roles[i] === 'chrome').flatMap(p => parseBylines(p.text));
	return {
		title,
		date,
		time,
		source: source ? source.text.replace(/^[（(]?\s*(?:来源|稿源|信息来源)\s*[:：]\s*|[）)]$/g, '').trim() : null,
		channel: frame.find(p => p.role === 'channel')?.text ?? null,
		meeting: findMeeting(title, body),
		bylines,
		caption: captions.length > 0 ? captions.join('\n') : null,
		lines: frame.map(p => p.text),
	};
}
