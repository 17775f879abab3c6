// The report's date. Communiqués give the adoption date; stories a dated time line or a
// dateline (新华社北京12月11日电); broadcast items often only the day of the meeting (30日上午),
// whose month and year come from the page's link, the file's name or the page's own date.
// A span (12月11日至12日) is dated by its last day, as the adoption of its decisions is.
import {OUTLET_ENDINGS, TIME_LINE_DATE} from './lexicon/datelines.ts';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string | null => (y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null);

const ADOPTED = /[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[^）)\n]{0,80}通过\s*[）)]|(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?通过[。]?$/m;
const TIME_LINE = new RegExp(String.raw`${TIME_LINE_DATE}(?:\s+(\d{1,2}:\d{2}))?`);
const DATELINE = new RegExp(String.raw`(?:${OUTLET_ENDINGS.join('|')})[^\s，。]{0,8}?(\d{1,2})月(\d{1,2})日电`);
/** The first date a paragraph states, with an optional span: (2016年)(1月)12日(至(1月)14日). */
const DAY = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:(?:至|—|－|-|~|～)(?:(\d{1,2})月)?(\d{1,2})日)?/;
const URL_DATE = /https?:\/\/\S*?\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?=[/_.-])/;
const NAME_DATE = /((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/;
const FULL_DATE = /(\d{4})年\d{1,2}月\d{1,2}日/;
const FULL_SPAN = new RegExp(`(?=\\d{4}年)${DAY.source}`);
const THIS_YEAR = /((?:19|20)\d{2})年是/;
const ANY_YEAR = /((?:19|20)\d{2})年/;

interface Day {
	year: number;
	month: number;
	day: number;
}

/** The day the item was published, by its link, its file's name or the page: never before the meeting. */
function publication(input: DateInput): Day | null {
	const url = URL_DATE.exec(input.allText);
	if (url) return {year: +url[1], month: +url[2], day: +url[3]};
	const named = NAME_DATE.exec(input.name.split(/[\\/]/).pop() ?? '');
	if (named && +named[2] >= 1 && +named[2] <= 12 && +named[3] <= 31) return {year: +named[1], month: +named[2], day: +named[3]};
	const page = input.pageDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(input.pageDate) : null;
	return page ? {year: +page[1], month: +page[2], day: +page[3]} : null;
}

/** The year of a month and day published on `after`: the same year, or the one before when the day is later. */
function yearBefore(month: number, day: number, after: Day): number {
	return month > after.month || (month === after.month && day > after.day) ? after.year - 1 : after.year;
}

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
}

/** The outlet's lead-in before the story's first words (央视网消息（新闻联播）：). */
const OUTLET = /^[^：:。]{0,20}消息[^：:。]{0,10}[：:]\s*(?:本台消息[：:])?/;

export function findDate(input: DateInput): {date: string | null; time: string | null} {
	const adopted = ADOPTED.exec(input.allText.slice(0, 4000));
	if (adopted) {
		const [y, m, d] = adopted[1] ? [adopted[1], adopted[2], adopted[3]] : [adopted[4], adopted[5], adopted[6]];
		return {date: isoDate(+y, +m, +d), time: null};
	}
	if (input.timeLine) {
		const m = TIME_LINE.exec(input.timeLine);
		if (m) return {date: isoDate(+m[1], +m[2], +m[3]), time: m[4] ?? null};
	}
	const published = publication(input);
	const opening = input.body.slice(0, 3).join('\n');
	const dateline = DATELINE.exec(opening);
	const first = (input.body[0] ?? '').replace(OUTLET, '');
	// A story that opens with 今天 dates itself by the meeting's full dates given just after.
	const stated = dateline ? null : (DAY.exec(first) ?? FULL_SPAN.exec(opening));
	const month = dateline ? +dateline[1] : stated ? +(stated[4] ?? stated[2] ?? 0) || published?.month : undefined;
	const day = dateline ? +dateline[2] : stated ? +(stated[5] ?? stated[3]) : undefined;
	if (month === undefined || day === undefined) return {date: published ? isoDate(published.year, published.month, published.day) : null, time: null};
	const year = stated?.[1]
		? +stated[1]
		: published
			? yearBefore(month, day, published)
			: +(FULL_DATE.exec(opening)?.[1] ?? THIS_YEAR.exec(input.body.join('\n'))?.[1] ?? (dateline ? ANY_YEAR.exec(opening)?.[1] : undefined) ?? 0);
	return {date: year ? isoDate(year, month, day) : null, time: null};
}
