// Metadata read from the frame's paragraphs: title, date, source, channel, caption, bylines,
// and the meeting's own name from the body.
import type {Byline, Meta} from '../model/report.ts';
import type {Paragraph} from './paragraphs.ts';
import type {Role} from './frame.ts';

const CN_DIGITS: Record<string, number> = {〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null);

/** 二〇二〇 → 2020 */
function chineseYear(text: string): number | null {
	if (!/^[〇零一二三四五六七八九]{4}$/.test(text)) return null;
	return Number([...text].map(c => CN_DIGITS[c]).join(''));
}

/** The date a communiqué was adopted: （2022年10月12日…通过）. */
const ADOPTED = /[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[^）)\n]{0,80}通过\s*[）)]|(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?通过[。]?$/m;
/** A full date in the text: 2024年1月8日至10日 → the last day. */
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:(?:至|—|-)(?:(\d{1,2})月)?(\d{1,2})日)?/;
/** A dateline: 新华社北京12月11日电. */
const DATELINE = /(?:社|网|电|报)\S{0,6}?(\d{1,2})月(\d{1,2})日电/;
const TIME_LINE = /^(?:发布时间[:：]\s*)?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}:\d{2}))?/;

export function findDate(frame: {role: Role; text: string}[], body: string): {date: string | null; time: string | null} {
	const adopted = ADOPTED.exec(body);
	if (adopted) {
		const [y, m, d] = adopted[1] ? [adopted[1], adopted[2], adopted[3]] : [adopted[4], adopted[5], adopted[6]];
		return {date: iso(+y, +m, +d), time: null};
	}
	const timeLine = frame.find(p => p.role === 'time');
	if (timeLine) {
		const m = TIME_LINE.exec(timeLine.text)!;
		return {date: iso(+m[1], +m[2], +m[3]), time: m[4] ?? null};
	}
	const full = FULL_DATE.exec(body);
	const dateline = DATELINE.exec(body);
	if (dateline) {
		const year = full ? +full[1] : yearIn(body);
		if (year) return {date: iso(year, +dateline[1], +dateline[2]), time: null};
	}
	if (full) {
		const month = full[4] ? +full[4] : +full[2];
		const day = full[5] ? +full[5] : +full[3];
		return {date: iso(+full[1], month, day), time: null};
	}
	return {date: null, time: null};
}

function yearIn(text: string): number | null {
	const m = /((?:19|20)\d{2})年/.exec(text);
	if (m) return +m[1];
	const cn = /([〇零一二三四五六七八九]{4})年/.exec(text);
	return cn ? chineseYear(cn[1]) : null;
}

const BYLINE_PART = /(作者|记者|首席记者|通讯员|编辑|责任编辑|责编|审核|校对|摄影)\s*[:：]\s*([^:：]+?)(?=\s+(?:作者|记者|首席记者|通讯员|编辑|责任编辑|责编|审核|校对|摄影)\s*[:：]|$|[）)】])/g;

export function parseBylines(text: string): Byline[] {
	return Array.from(text.matchAll(BYLINE_PART), m => ({role: m[1], name: m[2].trim()}));
}

export function cleanTitle(text: string): string {
	return text.replace(/^#{1,6}\s*/, '').replace(/(强调|指出)$/, '').trim();
}

/** The meeting's name as the body first states it: …召开八届九次全体(扩大)会议 / 中国共产党第…全体会议. */
const MEETING = /((?:中国共产党|中共|十[一二三四五六七八九]?届|第[一二三四五六七八九十]+届|[^\s，。、：:,（(]{0,30}?)(?:[^\s，。、：:,]{0,40}?)(?:全体(?:\(扩大\)|（扩大）)?会议|常务会议|工作会议|代表大会第[一二三四五六七八九十]+次会议|委员会第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+次会议))/;

export function findMeeting(title: string, body: string): string | null {
	for (const text of [body.slice(0, 400), title]) {
		const opener = /(?:召开|举行|出席|主持召开)([^，。,]{2,60}?会议)/.exec(text);
		if (opener) return opener[1];
		const named = MEETING.exec(text);
		if (named) return named[1].replace(/^(?:于|在)/, '');
	}
	return null;
}

export function buildMeta(paragraphs: Paragraph[], roles: Role[], pageTitle: string | null): Meta {
	const frame = paragraphs.map((p, i) => ({role: roles[i], text: p.text})).filter(p => p.role !== 'body' && p.role !== 'chrome');
	const body = paragraphs.filter((_, i) => roles[i] === 'body').map(p => p.text).join('\n');
	const titleLine = frame.find(p => p.role === 'title');
	const title = titleLine ? cleanTitle(titleLine.text) : (pageTitle ?? '');
	const source = frame.find(p => p.role === 'source');
	const captions = frame.filter(p => p.role === 'caption').map(p => p.text);
	const {date, time} = findDate(frame, body);
	return {
		title,
		date,
		time,
		source: source ? source.text.replace(/^[（(]?\s*(?:来源|稿源|信息来源)\s*[:：]\s*|[）)]$/g, '').trim() : null,
		channel: frame.find(p => p.role === 'channel')?.text ?? null,
		meeting: findMeeting(title, body),
		bylines: frame.filter(p => p.role === 'byline').flatMap(p => parseBylines(p.text)),
		caption: captions.length > 0 ? captions.join('\n') : null,
		lines: frame.map(p => p.text),
	};
}
