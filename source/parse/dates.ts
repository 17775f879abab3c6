// The report's date. Communiqués give the adoption date; stories a dated time line or a
// dateline (新华社北京12月11日电); broadcast items often only the day of the meeting (30日上午),
// whose month and year come from the page's link, the file's name or the page's own date.
// A span (12月11日至12日) is dated by its last day, as the adoption of its decisions is, unless the
// story opens on it (see OPENING_SPAN).
import {NEWS_LEAD, OUTLET_ENDINGS, SUMMARY_POINT, TIME_LINE_DATE} from './lexicon/datelines.ts';

import {DMY_STAMP, EDITION_CREDIT, OUTLET_STAMP, PUBLISHED_LINE} from './roles.ts';
import {linkDate} from '../text/url-date.ts';
import {dayAgainstPage, monthDayBefore, yearBefore, type Day} from './page-days.ts';
import {numeralValue} from './lexicon/numerals.ts';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string | null => (y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null);

const ADOPTED = /[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[^）)\n]{0,80}通过\s*[）)]|(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?通过[。]?$/m;
const TIME_LINE = new RegExp(String.raw`${TIME_LINE_DATE}(?:\s+(\d{1,2}:\d{2}))?`);
const DATELINE = new RegExp(String.raw`(?:${OUTLET_ENDINGS.join('|')})[^\s，。]{0,8}?(\d{1,2})月(\d{1,2})日(电|讯|消息)`);
/** The first date a paragraph states, with an optional span: (2016年)(1月)12日(至(1月)14日). */
/** How a span's days are joined: 12月11日至12日, 15—16日. */
const SPAN_TO = '(?:至|—|－|-|~|～)';
/** The part of the day a story may give after the day (10日下午). */
const DAY_PART = '(?:上午|下午|晚上?)';
const DAY = new RegExp(String.raw`(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:${SPAN_TO}(?:(\d{1,2})月)?(\d{1,2})日)?`);
/**
 * A 讯 is dated the day a paper filed it; when the story then opens on its own day, after the
 * reporters' names at most, with its month, that is the meeting's (11月28日讯(福建日报记者 周琳) 11月27日晚, 220;
 * 9月21日讯(分站记者 …)9月20日下午, 315; 06月24日讯 6月18日下午, 946). A 电 keeps its day (4月26日电 中共中央政治局4月25日下午, 172).
 */
/** The reporters' credit a story may open with, before its first words: (记者 刘铭). */
const OPENING_CREDIT = String.raw`\s*(?:[(（][^()（）]{0,40}[)）])?\s*`;
const FLASH_OPENING_DAY = new RegExp(`^${OPENING_CREDIT}${DAY.source}`, 'u');
const MIDNIGHT = /^0?0:00$/;
const NAME_DATE = /((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/;
/**
 * A year alone in the file's name (…-csc-2015-page.txt): archives and labellers name files so. A year is
 * a part of the name of its own, from 1949 on (the republic whose bodies meet in these reports), not a
 * source's tag (…-2025-dc2011-trad, 1312). A name may lead with a serial number that reads as a year
 * (1911-…-2023-page.txt, 1928-…-2014-page.txt): when another year follows, that one is the year.
 */
const NAME_YEAR = /(?<![A-Za-z\d])((?:19|20)\d{2})(?![A-Za-z\d])/gu;
const FIRST_YEAR = 1949;
function nameYear(path: string): string | undefined {
	const years = [...(path.split(/[\\/]/).pop() ?? '').matchAll(NAME_YEAR)].filter(m => +m[1] >= FIRST_YEAR);
	return (years.length > 1 && years[0].index === 0 ? years[1] : years[0])?.[1];
}
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const FULL_SPAN = new RegExp(`(?=\\d{4}年)${DAY.source}`);
const ANY_YEAR = /((?:19|20)\d{2})年/;

/**
 * A date the meeting decided on for a later one (会议决定:政协慈溪市第九届委员会第三次会议于2009年1月14日…召开,
 * 2063; 决定区政协十五届一次会议于2022年1月8日至11日召开, 1903; 会议决定市十二届人大八次会议于今年23日至5日举行,
 * 2069): the meeting came before it, and is not dated by it.
 */
const DECIDED_DATE = /(?:决定|定于)[^。]{0,50}?于(?:今年|明年)?$/u;
/** Whether the date at `at` in `text` is one decided on (the pattern reaches at most 60 characters back). */
const decidedAt = (text: string, at: number) => DECIDED_DATE.test(text.slice(Math.max(0, at - 60), at));

/**
 * The year of a day-only report from the first full date in its opening. A date decided on for a later
 * meeting gives the year of the last such day on or before it, a December meeting deciding on January's.
 */
function yearFromFullDate(opening: string, month: number, day: number): number | undefined {
	const full = FULL_DATE.exec(opening);
	if (!full) return undefined;
	const year = +full[1];
	if (!decidedAt(opening, full.index)) return year;
	return month * 100 + day > +full[2] * 100 + +full[3] ? year - 1 : year;
}

/**
 * The page's own date line: a labelled one (发布日期:2020-01-27) before a bare clock or e-paper
 * date (2023年03月29日 星期三), which on a crawled page is often the day it was saved.
 */
function pageLineDate(lines: readonly string[]): Day | null {
	const labelled = lines.find(line => /(?:时间|時間|日期|date)\s*[:：]/iu.test(line)) ?? lines[0];
	const m = labelled ? PUBLISHED_LINE.exec(labelled) : null;
	if (m) return {year: +m[1], month: +m[2], day: +m[3]};
	const stamped = lines.map(line => OUTLET_STAMP.exec(line) ?? EDITION_CREDIT.exec(line)).find(Boolean);
	if (stamped) return {year: +stamped[1], month: +stamped[2], day: +stamped[3]};
	const dmy = labelled ? DMY_STAMP.exec(labelled) : null;
	return dmy ? {year: +dmy[3], month: +dmy[2], day: +dmy[1]} : null;
}

/** The day the item was published, by its link, its file's name or the page: never before the meeting. */
function publication(input: DateInput): Day | null {
	const url = linkDate(input.allText);
	if (url) return url;
	const page = input.pageDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(input.pageDate) : null;
	if (page) return {year: +page[1], month: +page[2], day: +page[3]};
	const named = NAME_DATE.exec(input.name.split(/[\\/]/).pop() ?? '');
	if (named && +named[2] >= 1 && +named[2] <= 12 && +named[3] <= 31) return {year: +named[1], month: +named[2], day: +named[3]};
	return pageLineDate(input.publishedLines ?? []);
}

/** A year the title states (2020年第6次县政府常务会召开). */
const TITLE_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月)/u;
/**
 * A meeting numbered within its year (地委召开2012年度第一次委员(扩大)会议, 1612; 经开区2019年第1次党工委(扩大)会议召开,
 * 1658): the year of a day-only dateline, before any full date the opening cites (截至2011年12月31日, 1612;
 * 2018年11月26日习近平总书记在…, 1658). In 35 labelled reports such a name's year is the report's.
 */
const MEETING_OF_YEAR = /((?:19|20)\d{2})年度?第[一二三四五六七八九十\d]{1,3}次[^。，,]{0,16}?会/u;

/** A date the meeting decided or announced for later (决定12月7日召开…) is not the report's date. */
// The end of a scheduled span is scheduled too: 将于7月15至18日召开 (176).
const SCHEDULED_BEFORE = new RegExp(String.raw`(?:决定|定于|将于|拟于|计划于?|预计于?|将在|明年|来年|下月|下个月)\s*(?:(?:\d{1,2}月)?\d{1,2}日?${SPAN_TO})?$`, 'u');
/**
 * A day in a coming month or year (决定下月13至17日舉行, 545; 明年11月12日是…诞辰, 548) or from which a law
 * takes effect (明年1月1日起實施, 568; 2025年5月1日起施行, 234) is not the meeting's either.
 */
const IN_FORCE_AFTER = /^起(?:施行|实施|生效|执行)/u;

/** The first day `text` states that is not a law's start (nor, unless `scheduledToo`, one scheduled). */
function statedDay(text: string, day: RegExp = DAY, scheduledToo = false): RegExpExecArray | null {
	const pattern = new RegExp(day.source, 'gu');
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		if (!scheduledToo && (SCHEDULED_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || decidedAt(text, m.index))) continue;
		if (IN_FORCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
		return m;
	}
	return null;
}

/**
 * A story that opens on the days of its meeting, as the topic of its first sentence
 * (8月21日至22日,中共尚寨土家族乡第八次党员代表大会…, 986; 6月19日至20日，中条林局召开…, 279;
 * 25日至26日,重庆市委四届二次全会…, 178), is dated by the first of them, as labelled; a span the
 * sentence says the meeting was held over (…于2021年11月26日至27日在济南举行, 27) by its last. Only the first day is captured, so the span reads as that day.
 * The first day may go without 日 (2021年1月21至22日,城厢镇…, 1341; 将于7月15至18日召开, 176), and the
 * reporter's credit may stand before it, as before a day alone (本报讯(记者 刘雪妮)1月8日至9日,…, 1328; 881).
 */
const OPENING_SPAN = new RegExp(String.raw`^\s*(?:本报讯)?${OPENING_CREDIT}(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日?${DAY_PART}?${SPAN_TO}(?:\d{1,2}月)?\d{1,2}日${DAY_PART}?[，,]`, 'u');

export interface DateInput {
	/** The time line from the frame (2020-12-12 07:41), if any. */
	timeLine: string | null;
	/** The body paragraphs, in order. */
	body: string[];
	/** Everything the report holds, footer included (links carry dates). */
	allText: string;
	/** The file's name, which archives often date. */
	name: string;
	/** The date a web page says it was published. */
	pageDate?: string | null;
	/** The frame's page-date lines (发布日期:…, a dated clock). */
	publishedLines?: readonly string[];
	/** The report's title, which may state the year. */
	title?: string;
	/** Photo captions, which date a story that is only a picture. */
	captions?: readonly string[];
}

/** The outlet's lead-in before the story's first words (央视网消息（新闻联播）：). */
const OUTLET = new RegExp(`^${NEWS_LEAD}`, 'u');

/** Full-width digits (７月９日) read as digits: one code unit each, so offsets are kept. */
const narrowDigits = (text: string) => text.replace(/[０-９]/gu, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A month and day in Chinese numerals, as 中新社 writes its datelines (北京二月二十六日電, 778; 十二月七日電, 87), in digits. */
const NUMERAL_DAY = /([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/gu;
const digitDays = (text: string) =>
	text.replace(NUMERAL_DAY, (whole, month: string, day: string) => {
		const [m, d] = [numeralValue(month), numeralValue(day)];
		return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${m}月${d}日` : whole;
	});
/**
 * 昨(17)日, 今(28)日: papers in Sichuan and overseas write the day they mean in brackets after 昨 or 今
 * (846, 597, 658, 856). The day stated is the day; padded, so offsets are kept.
 */
const BRACKETED_DAY = /[昨今前]\s*[(（](\d{1,2})[)）]\s*日/gu;
const bracketedDays = (text: string) => text.replace(BRACKETED_DAY, (whole, day: string) => `${day}日`.padStart(whole.length, ' '));
const asDigits = (text: string) => bracketedDays(digitDays(narrowDigits(text)));

export function findDate(raw: DateInput): {date: string | null; time: string | null} {
	const timed = raw.timeLine ? TIME_LINE.exec(raw.timeLine) : null;
	// A clock at midnight (2015-02-11 00:00:00, 988; 2011-05-31 00:00:00, 725) is a CMS's date with no time.
	const clock = timed?.[4] && !MIDNIGHT.test(timed[4]) ? timed[4] : null;
	const date = findDay(raw, timed, clock);
	// The frame's clock (2020-12-12 07:41) is the meeting's time only on the day it dates.
	return {date, time: timed && clock && date === isoDate(+timed[1], +timed[2], +timed[3]) ? clock : null};
}

/** The report's day; `timed` is the frame's time line read, if it has one, and `clock` its time of day. */
function findDay(raw: DateInput, timed: RegExpExecArray | null, clock: string | null): string | null {
	const input: DateInput = {...raw, body: raw.body.map(asDigits), allText: asDigits(raw.allText), title: asDigits(raw.title ?? '')};
	const adopted = ADOPTED.exec(input.allText.slice(0, 4000));
	if (adopted) {
		const [y, m, d] = adopted[1] ? [adopted[1], adopted[2], adopted[3]] : [adopted[4], adopted[5], adopted[6]];
		return isoDate(+y, +m, +d);
	}
	// A stamp with its clock (2020-12-12 07:41) is the moment the report was posted: it dates the report
	// (shared 00), unless the story tells its day against it (昨天下午, 913). A date line alone (2012-05-19
	// under the headline, 860; an e-paper's 2017年1月18日, 882; 115, 168, 458, 695) is the page's day: the
	// story's dateline or first day, read against it, dates the meeting.
	const stamped = timed && clock ? isoDate(+timed[1], +timed[2], +timed[3]) : null;
	const published = timed ? {year: +timed[1], month: +timed[2], day: +timed[3]} : publication(input);
	// A paper's box of key points (■ …) stands above the story it sums up (171, 172).
	const story = input.body.filter(p => !SUMMARY_POINT.test(p));
	const opening = story.slice(0, 3).join('\n');
	const filed = DATELINE.exec(opening);
	const flashOpening = filed?.[3] === '讯' ? FLASH_OPENING_DAY.exec(opening.slice(filed.index + filed[0].length)) : null;
	// A day alone (本报聊城11月10日讯(记者 刘铭) 10日上午, 881) is the dateline's.
	const flashDay = flashOpening?.[2] ? flashOpening : null;
	const dateline = flashDay ? null : filed;
	const first = (story[0] ?? '').replace(OUTLET, '');
	// A story that opens with 今天 dates itself by the meeting's full dates given just after.
	// A story of one photo dates the meeting in its caption (1月11日，…发表重要讲话。新华社记者 谢环驰 摄, 90).
	// A commentary may give the meeting's day only in its second paragraph (北京時間10月12日, 94).
	// A full date in the opening may be one a preview announces (开幕式定于2007年10月15日, 107): the meeting's own.
	const stated = dateline ? null : (flashDay ?? OPENING_SPAN.exec(first) ?? statedDay(first) ?? statedDay(opening, FULL_SPAN, true) ?? statedDay(story[1] ?? '') ?? statedDay(input.captions?.[0] ?? ''));
	// A day told against the page's own: 昨天, 前日, 周四, or the day an overseas dateline gives.
	const relative = !dateline && published ? dayAgainstPage({first, second: story[1] ?? '', published, stated: stated !== null, statedIn: text => statedDay(text)}) : null;
	if (relative) return isoDate(relative.year, relative.month, relative.day);
	if (stamped) return stamped;
	const day = dateline ? +dateline[2] : stated ? +(stated[5] ?? stated[3]) : undefined;
	// A day alone (29日召开会议) is in the page's month, or the month before when it is later than the page's day.
	if (stated && !dateline && !(stated[4] ?? stated[2]) && !stated[1] && published && day !== undefined) {
		const {year, month} = monthDayBefore(day, published);
		return isoDate(year, month, day);
	}
	const month = dateline ? +dateline[1] : stated ? +(stated[4] ?? stated[2] ?? 0) || published?.month : undefined;
	if (month === undefined || day === undefined) return published ? isoDate(published.year, published.month, published.day) : null;
	// A year the text only speaks of (2025年民生实事项目, 十九届五中全会, 建党100周年) does not date a day-only
	// report: the labels leave its date open (869, 871, 845, 248, 180), as LABELING.md asks.
	const year = stated?.[1]
		? +stated[1]
		: published
			? yearBefore(month, day, published)
			: +(
					MEETING_OF_YEAR.exec(opening)?.[1] ??
					yearFromFullDate(opening, month, day) ??
					TITLE_YEAR.exec(input.title ?? '')?.[1] ??
					nameYear(input.name) ??
					(dateline ? ANY_YEAR.exec(opening)?.[1] : undefined) ??
					0
				);
	return year ? isoDate(year, month, day) : null;
}
