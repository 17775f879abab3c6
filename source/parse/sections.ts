// Body paragraphs → sections, each with its lead phrase and a heading that says something.
import type {Section} from '../model/report.ts';
import type {Paragraph} from './paragraphs.ts';
import {LEAD_PHRASE} from './lexicon/leads.ts';

/**
 * Opening clauses that repeat from paragraph to paragraph and say nothing of their own: the
 * heading is the clause after them. Each names what it skips.
 */
const OPENERS: readonly {name: string; pattern: RegExp}[] = [
	// 第一，… 第八，(CCDI communiqués 02, 09); 一是，首先，最后，
	{name: 'ordinal', pattern: /^(?:第[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}是|首先|其次|再次|最后|同时|此外|另外|其中)$/u},
	// 李强在报告中指出 ×5 (13), 袁家军指出, 黄莉新强调 (04), 栗战书说 (11)
	{name: 'speaker', pattern: /^[^，。；]{1,24}?(?:指出|强调|认为|表示|要求|提出|说|宣布|希望|号召)$/u},
	// 央视网消息（新闻联播）(11, 13), 新华社北京12月11日电
	{name: 'outlet', pattern: /^[^，。；]{0,20}(?:消息(?:[（(][^）)]{1,10}[）)])?|\d{1,2}月\d{1,2}日电)$/u},
	// 10日下午至11日上午 (00), 1月20日上午 (04), 上午9时, 随后, 会后
	{name: 'time', pattern: /^(?:\d{1,4}[年月日时]|\d{1,2}[:：]\d{2}|[上下]午|晚上?|中午|近日|日前|今天|昨天|当天|同日|次日|随后|会后|会前|此前|至|到|—|-)+$/u},
	// 过去一年 / 一年来 (13), 党的十八大以来 (02), 在完成有关表决事项后 / 闭幕会后 (11), 根据会议议程 (13)
	{name: 'adverbial', pattern: /^(?:[^，。；]{1,16}?(?:以来|之际|期间|以后|之后|后|之时|时|的同时)|(?:根据|按照|依照|遵照)[^，。；]{1,20}|过去[一二三四五]年|[一二三四五]年来)$/u},
];

const CLAUSE = /[^，。；：！？,;:!?]+[，。；：！？,;:!?]?/gu;

/** A lead phrase opening a paragraph, followed by a comma or colon. */
const LEAD = new RegExp(`^${LEAD_PHRASE}(?=[，：,:])`);

/** The lead phrase a paragraph opens with (全会指出), or null. */
export function leadOf(paragraph: string): string | null {
	const match = LEAD.exec(paragraph);
	return match ? match[0] : null;
}

/** The first clause after the lead and any opener; the whole of it: cutting to a width is the UI's. */
export function headingOf(text: string, lead: string | null): string {
	const rest = (lead ? text.slice(lead.length) : text).replace(/^[，：,:\s]+/u, '');
	// The heading is one of the first four clauses, or the first: only those are cut and tried, not
	// every clause of a long paragraph (a 50 MB report's first screen heads 89,000 sections).
	let first: string | undefined;
	let tried = 0;
	for (const match of rest.matchAll(CLAUSE)) {
		const clause = match[0].replace(/[，。；：！？,;:!?]$/u, '').trim();
		if (!clause) continue;
		first ??= clause;
		if (!OPENERS.some(opener => opener.pattern.test(clause))) return clause;
		if (++tried === 4) break;
	}
	return first ?? rest;
}

export function buildSections(paragraphs: Paragraph[]): Section[] {
	return paragraphs.map((p, index) => {
		const lead = leadOf(p.text);
		return {id: index + 1, lead, heading: headingOf(p.text, lead), text: p.text, offset: p.offset};
	});
}
