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
const FUSED = /^(.{4,}?(?:在[^\s，。]{1,6}|会议|全会|大会)(?:胜利)?(?:举行|召开|开幕|闭幕))(?![会式])(?![^\s，。]{0,10}?会议)(?=\S{4,})/;
/** The part of a several-part headline that reports the meeting itself (…召开会议, …举行民主协商会). */
const EVENT = /(?:召开|举行|开幕|闭幕|主持)/;

/** Broadcast headlines join several with single spaces: the one that reports the meeting is the title. */
function mainHeadline(text: string): string {
	const parts = text.split(/[ \u3000]+/).filter(Boolean);
	if (parts.length < 2) return text;
	return parts.find(part => EVENT.test(part) && /会/.test(part)) ?? text;
}

export function cleanTitle(text: string): string {
	const bare = mainHeadline(text.replace(/^#{1,6}\s*/, '').trim()).replace(/(强调|指出)$/, '');
	return FUSED.exec(bare)?.[1] ?? bare;
}

/** A document title opening a paragraph as a sentence: 中国共产党…全体会议公报。 */
const DOCUMENT_TITLE = /^([^。，：:]{6,60}(?:公报|决议|决定|报告))。/;

function pickTitle(headlines: string[], body: string[], pageTitle: string | null): string {
	const marked = headlines.find(h => /^#{1,6}\s/.test(h));
	const named = headlines.find(h => MEETING_WORD.test(h));
	const chosen = marked ?? named ?? headlines[0];
	if (chosen) return cleanTitle(chosen);
	for (const paragraph of body.slice(0, 3)) {
		const match = DOCUMENT_TITLE.exec(paragraph);
		if (match) return match[1];
	}
	// A saved page's <title> carries the site's name after a separator.
	return pageTitle ? pageTitle.split(/\s*(?:--|_|\||｜| - )\s*/)[0].trim() : '';
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
	const title = pickTitle(headlines, body, input.pageTitle);
	const source = frame.find(p => p.role === 'source');
	const captions = frame.filter(p => p.role === 'caption').map(p => p.text);
	const {date, time} = findDate({timeLine: frame.find(p => p.role === 'time')?.text ?? null, body, allText: input.allText, name: input.name, pageDate: input.pageDate});
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
