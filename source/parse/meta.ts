// Metadata read from the frame's paragraphs: title, date, source, channel, caption, bylines,
// and the meeting's own name from the body.
import type {Byline, Meta} from '../model/report.ts';
import type {Paragraph} from './paragraphs.ts';
import type {Role} from './roles.ts';
import {findDate} from './dates.ts';
import {MEETING_WORDS} from './lexicon/meetings.ts';

const BYLINE_ROLES = '作者|首席记者|记者|通讯员|责任编辑|编辑|责编|审核|校对|摄影';
const BYLINE_PART = new RegExp(`[【\\[]?(${BYLINE_ROLES})\\s*[:：]\\s*([^:：】\\]]+?)(?=\\s+(?:${BYLINE_ROLES})\\s*[:：]|$|[）)】\\]])`, 'g');

export function parseBylines(text: string): Byline[] {
	return Array.from(text.matchAll(BYLINE_PART), m => ({role: m[1], name: m[2].trim()}));
}

/** Words that name a meeting or its document: the line that has them is the headline proper. */
const MEETING_WORD = new RegExp(MEETING_WORDS.join('|'));
/**
 * A headline fused with its sub-headline: …会议在北京举行习近平发表重要讲话. What follows must not
 * itself name a meeting: …二次会议举行预备会议 is one headline.
 */
const FUSED = /^(.{4,}?(?:在[^\s，。]{1,6}|会议|全会|大会)(?:胜利)?(?:举行|召开|开幕|闭幕|闭会))(?![会式])(?![^\s，。]{0,10}?会议)(?=\S{4,})/;

/**
 * Labels a page puts before its headline: a column (V视 | …), a bracketed tag (【“两会”动态】, [视频]).
 * They name the site's section, not the report.
 */
const HEADLINE_LABEL = /^\[[^\]]{1,6}\]\s*|^[•·]\s*[^•·\s]{1,8}\s*[•·]\s*|^(?:[^\s|｜]{1,8}\s*[|｜]\s*)?(?:【[^】]{1,12}】\s*)+|^[^\s|｜]{1,8}\s*[|｜]\s*/u;

/** A forum's anti-copy string glued to a headline (…胜利闭幕* r4 L9 O: p8 Y, 95): Latin letters and digits. */
const FORUM_JUNK = /[*\s]+(?=[\x20-\x7e]*[A-Za-z])(?=[\x20-\x7e]*\d)(?=[\x20-\x7e]*\s)[\x20-\x7e]{4,}$/u;

/**
 * The headline proper. A headline in several space-separated parts is one title (全國政協會議開幕
 * 王滬寧發表工作報告); only a headline fused to its deck with no space is cut after the meeting's
 * verb (中央经济工作会议在北京举行习近平发表重要讲话 …, …第六次会议闭会一批…获表决通过).
 */
export function cleanTitle(text: string): string {
	const bare = text
		.replace(/^#{1,6}\s*/u, '')
		.trim()
		.replace(HEADLINE_LABEL, '')
		.replace(FORUM_JUNK, '')
		.replace(/(强调|指出)$/u, '');
	const fused = FUSED.exec(bare)?.[1];
	const firstSpace = bare.search(/[ \u3000]/u);
	return fused && (firstSpace < 0 || fused.length < firstSpace) ? fused : bare;
}

/** A document title opening a paragraph as a sentence: 中国共产党…全体会议公报。 */
const DOCUMENT_TITLE = /^([^。，：:]{6,60}(?:公报|决议|决定|报告))。/;

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

function pickTitle(all: string[], body: string[], pageTitle: string | null): string {
	const headlines = all.filter(h => !isDigestHeading(h));
	// A newspaper's layout in Markdown: a ### kicker above the # headline and a ## subtitle below
	// it (171, 172): the headline is the highest heading, the first of those.
	const level = (h: string) => /^(#{1,6})\s/.exec(h)?.[1].length ?? 7;
	const marked = headlines.filter(h => level(h) < 7).reduce<string | undefined>((best, h) => (best === undefined || level(h) < level(best) ? h : best), undefined);
	const named = headlines.find(h => MEETING_WORD.test(h));
	const chosen = marked ?? named ?? headlines[0];
	if (chosen) return cleanTitle(chosen);
	for (const paragraph of body.slice(0, 3)) {
		const match = DOCUMENT_TITLE.exec(paragraph);
		if (match) return match[1];
	}
	// A saved page's <title> carries the site's name after a separator.
	return pageTitle && !isDigestHeading(pageTitle) ? pageTitle.split(/\s*(?:--|_|\||｜| - )\s*/)[0].trim() : '';
}

/** The convening organ just before 召开: 市委召开… → 市委. */
const ORGAN = /(?:市委|省委|区委|县委|党委|政府|国务院|中央|人大常委会|政协)$/;

/** The meeting's name as the text states it: its subject position, or after 召开/举行. */
export function findMeeting(title: string, body: string[]): string | null {
	// Lead-ins before the subject: the outlet (央视网消息：) and a time (1月20日上午，).
	const bare = (p: string) => p.replace(/^[^：:]{0,20}消息[^：:]{0,10}[：:]\s*(?:本台消息[：:])?/, '').replace(/^(?:\d{1,4}[年月日](?:上午|下午|晚上|晚)?(?:至|—|-)?)+[，,]?/, '');
	const texts = [...body.slice(0, 3).map(bare), title];
	for (const text of texts) {
		const subject = /^((?:中国共产党|中共)?[^\s，。、：:（(“]{2,40}?(?:全体(?:\(扩大\)|（扩大）)?会议|会议))(?:[，,于在]|\d|\s)/.exec(text);
		if (subject && !/召开|主持|举行/.test(subject[1])) return subject[1];
		const convened = /(^[^\s，。、]{0,24}?)(?:主持)?(?:召开|举行)([^，。,；;]{2,40}?(?:会议|[协商座谈]会))/.exec(text);
		if (convened) {
			const organ = ORGAN.exec(convened[1])?.[0] ?? '';
			return organ && !convened[2].startsWith(organ) ? organ + convened[2] : convened[2];
		}
	}
	return null;
}

export interface MetaInput {
	pageTitle: string | null;
	pageDate: string | null;
	name: string;
	allText: string;
}

export function buildMeta(paragraphs: Paragraph[], roles: Role[], input: MetaInput): Meta {
	const frame = paragraphs.map((p, i) => ({role: roles[i], text: p.text})).filter(p => p.role !== 'body' && p.role !== 'chrome');
	const body = paragraphs.filter((_, i) => roles[i] === 'body').map(p => p.text);
	const headlines = frame.filter(p => p.role === 'title' || p.role === 'deck').map(p => p.text);
	const title = documentTitle(paragraphs.map(p => p.text)) ?? pickTitle(headlines, body, input.pageTitle);
	const source = frame.find(p => p.role === 'source');
	const captions = frame.filter(p => p.role === 'caption').map(p => p.text);
	const {date, time} = findDate({
		timeLine: frame.find(p => p.role === 'time')?.text ?? null,
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
