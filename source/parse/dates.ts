// The report's date. Communiqués give the adoption date; stories a dated time line or a
// dateline (新华社北京12月11日电); broadcast items often only a day (30日上午), whose month and
// year come from a link in the page or the file's name.

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string | null => (y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null);

const ADOPTED = /[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[^）)\n]{0,80}通过\s*[）)]|(\d{4})年(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?通过[。]?$/m;
const TIME_LINE = /^(?:发布时间[:：]\s*)?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}:\d{2}))?/;
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const DATELINE = /(?:社|网|电|报|台)[^\s，。]{0,8}?(\d{1,2})月(\d{1,2})日电/;
const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/;
const DAY_ONLY = /(?<![\d月年])(\d{1,2})日(?:上午|下午|晚上|晚|早上|凌晨)?(?:在|于|，|召开|举行|开幕|闭幕)/;
const URL_DATE = /https?:\/\/\S*?\/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?=[/_.-])/;
const NAME_DATE = /((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/;
const THIS_YEAR = /((?:19|20)\d{2})年是/;
const ANY_YEAR = /((?:19|20)\d{2})年/;

interface YearMonth {
	year: number;
	month: number;
	day: number;
}

/** A date that the page links or the file name carry: the day the item was published. */
function outsideDate(allText: string, name: string): YearMonth | null {
	const url = URL_DATE.exec(allText);
	if (url) return {year: +url[1], month: +url[2], day: +url[3]};
	const base = name.split(/[\\/]/).pop() ?? '';
	const named = NAME_DATE.exec(base);
	if (named && +named[2] <= 12 && +named[3] <= 31) return {year: +named[1], month: +named[2], day: +named[3]};
	return null;
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
}

export function findDate(input: DateInput): {date: string | null; time: string | null} {
	const body = input.body.join('\n');
	const adopted = ADOPTED.exec(input.allText.slice(0, 4000));
	if (adopted) {
		const [y, m, d] = adopted[1] ? [adopted[1], adopted[2], adopted[3]] : [adopted[4], adopted[5], adopted[6]];
		return {date: isoDate(+y, +m, +d), time: null};
	}
	if (input.timeLine) {
		const m = TIME_LINE.exec(input.timeLine);
		if (m) return {date: isoDate(+m[1], +m[2], +m[3]), time: m[4] ?? null};
	}
	const opening = input.body.slice(0, 3).join('\n');
	const outside = outsideDate(input.allText, input.name);
	const full = FULL_DATE.exec(opening);
	const yearOf = (): number | null => {
		if (full) return +full[1];
		if (outside) return outside.year;
		const stated = THIS_YEAR.exec(body) ?? ANY_YEAR.exec(opening);
		return stated ? +stated[1] : null;
	};
	const dateline = DATELINE.exec(opening);
	if (dateline) {
		const year = yearOf();
		return {date: year ? isoDate(year, +dateline[1], +dateline[2]) : null, time: null};
	}
	if (full) return {date: isoDate(+full[1], +full[2], +full[3]), time: null};
	const monthDay = MONTH_DAY.exec(input.body[0] ?? '');
	if (monthDay) {
		const year = yearOf();
		return {date: year ? isoDate(year, +monthDay[1], +monthDay[2]) : null, time: null};
	}
	const day = DAY_ONLY.exec(input.body[0] ?? '');
	if (day && outside) return {date: isoDate(outside.year, outside.month, +day[1]), time: null};
	if (outside && !day) return {date: isoDate(outside.year, outside.month, outside.day), time: null};
	return {date: null, time: null};
}
