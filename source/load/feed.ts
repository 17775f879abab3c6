// A news feed saved as a file (RSS 2.0 or Atom): its items, each a headline and its story, become
// a digest the parser reads as it reads a Markdown one (### headline, then the story), so the item
// that is the meeting report is chosen among the others (213: a day's broadcast in one <item>,
// its stories <strong>headline</strong><p>text</p> parted by <hr>). The feed's own title, link and
// dates are its frame; the item's date is what dates a day-only story.
import {fragmentToText} from './html.ts';

const ITEM = /<(item|entry)[\s>][\s\S]*?<\/\1>/gu;
const field = (item: string, names: string) => new RegExp(`<(${names})(?:\\s[^>]*)?>([\\s\\S]*?)</\\1>`, 'u').exec(item)?.[2] ?? '';
const unwrap = (value: string) => value.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/u, '$1');

/** One item's body as stories: a bold or heading line opening each part between rules. */
function stories(body: string): string[] {
	const parts = body.split(/<hr\s*\/?>/iu);
	return parts.map(part => {
		const headline = /^\s*<(strong|b|h[1-6])>([\s\S]*?)<\/\1>/iu.exec(part);
		const rest = headline ? part.slice(headline[0].length) : part;
		const text = fragmentToText(rest);
		return headline ? `### ${fragmentToText(headline[2])}\n${text}` : text;
	});
}

export interface FeedText {
	text: string;
	/** The first item's date, YYYY-MM-DD, from its pubDate / published / updated. */
	date: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 (Fri, 21 Aug 2026 19:00:00 +0800) or ISO 8601 (2026-08-21T19:00:00+08:00), as written: the local day. */
function dayOf(stamp: string): string | null {
	const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(stamp);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/u.exec(stamp);
	const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) + 1 : 0;
	return rfc && month > 0 ? `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}` : null;
}

export function feedToText(xml: string): FeedText {
	const items = [...xml.matchAll(ITEM)].map(match => match[0]);
	const lines: string[] = [];
	let date: string | null = null;
	for (const item of items) {
		date ??= dayOf(unwrap(field(item, 'pubDate|published|updated|dc:date')));
		const body = unwrap(field(item, 'content:encoded|description|content|summary'));
		const parts = stories(body);
		// An item holding one story is headed by its own title; a digest's title is the feed's.
		const title = fragmentToText(unwrap(field(item, 'title')));
		if (parts.length === 1 && title) lines.push(`### ${title}`, parts[0]);
		else lines.push(title, ...parts);
	}
	return {text: lines.filter(Boolean).join('\n'), date};
}
