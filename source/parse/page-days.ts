// Days a story tells against its page's own day: 昨天 and 前天 (the day before, two days before), a
// weekday (周四), a day of the month alone, and an overseas outlet's day-only dateline (北京13日電),
// which dates the story rather than the meeting. Each needs the page's date (its link, its front
// matter, its date line) to become a date.

export interface Day {
	year: number;
	month: number;
	day: number;
}

function daysBefore(day: Day, days: number): Day {
	const date = new Date(Date.UTC(day.year, day.month - 1, day.day - days));
	return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
}

/** The year of a month and day published on `after`: the same year, or the one before when the day is later. */
export function yearBefore(month: number, day: number, after: Day): number {
	return month > after.month || (month === after.month && day > after.day) ? after.year - 1 : after.year;
}

/** A day of the month alone, published on `after`: in its month, or the month before when the day is later. */
export function monthDayBefore(day: number, after: Day): Day {
	if (day <= after.day) return {...after, day};
	return after.month === 1 ? {year: after.year - 1, month: 12, day} : {...after, month: after.month - 1, day};
}

/** A story told as of the day before its page (昨天上午, 昨日, 昨晚) or two days before (前天). */
const RELATIVE_DAY = /^(昨|前)(?:天|日|晚)/u;
/** A paper's or site's tag before the story's first words: 【本报讯】(记者 X), 本报讯 . */
const PAPER_LEAD = /^(?:【[^】]{1,12}】|[^，,。\s]{0,8}讯)?\s*(?:[（(][^）)]{1,30}[）)])?\s*/u;

/**
 * An overseas outlet's day-only dateline (（中央社記者張淑伶上海17日電）, 614; 北京13日電, 652) dates
 * the story, not the meeting: 昨天 after it is the day before.
 */
const DAY_DATELINE = /^[（(]?[^（(）)，,。\d]{0,24}?(\d{1,2})日电[）)]?(?<rest>[^。]*)/u;
// 昨天至今天 is a span, dated by its last day (190).
const YESTERDAY = /^[^。\d]*?昨(?:天|日|晚)(?![至到和及、])/u;

/**
 * 昨天, 昨日, 前日 in the clause that names the meeting, with no day stated before it: after the sitting or
 * body as subject (…第九次代表大会昨天上午在上海展览中心…开幕, 990; …第二十四次會議昨日閉幕, 295; 政治局昨日就…, 562),
 * or before the meeting a speaker spoke at (685).
 */
const MEETING_DAYS_BEFORE =
	/^[^\d]*?(?:(?:会议|大会|全会|政治局)(昨|前)(?:天|日)(?:上午|下午|晚上?)?(?:在[^。，,；;\d]{1,30}?)?(?:召开|举行|开幕|闭幕|就)|(昨|前)(?:天|日)(?:上午|下午|晚上?)?在[^。，,；;\d]{1,40}?会议上?(?:表示|强调|指出|讲话))/u;

/**
 * An overseas outlet names the meeting's weekday (中共中央政治局周四再度强调, 609; 國務院總理李強周五主持召開
 * 國常會, 656; 全國人大常委會在周四召開委員長會議, 636): the latest such day on or before the page's.
 * 上周四 and 下周一 name other weeks.
 */
const WEEKDAY = /(?<![上下本这這])(?:周|星期)([一二三四五六日天])(?![末年期刊报])/u;
const WEEKDAYS = '日一二三四五六';

function weekdayOnOrBefore(name: string, after: Day): Day {
	const page = new Date(Date.UTC(after.year, after.month - 1, after.day));
	const wanted = WEEKDAYS.indexOf(name === '天' ? '日' : name);
	return daysBefore(after, (page.getUTCDay() - wanted + 7) % 7);
}

export interface PageStory {
	/** The story's first paragraph, the outlet's lead-in removed. */
	first: string;
	/** Its second paragraph. */
	second: string;
	/** The page's own day. */
	published: Day;
	/** Whether the story states a day of its own (3月27日, 29日). */
	stated: boolean;
	/** The first day a text states that is the meeting's (not one scheduled, not a law's start). */
	statedIn: (text: string) => RegExpExecArray | null;
}

/** The meeting's day told against the page's, or null when the story tells it otherwise. */
export function dayAgainstPage({first, second, published, stated, statedIn}: PageStory): Day | null {
	// 【本报讯】…昨天上午,…主持召开… under a page stamped 2008年03月04日 (125): the day before the page's.
	const relative = stated ? undefined : RELATIVE_DAY.exec(first.replace(PAPER_LEAD, ''))?.[1];
	if (relative) return daysBefore(published, relative === '前' ? 2 : 1);
	const dateline = DAY_DATELINE.exec(first);
	const storyDay = dateline ? monthDayBefore(+dateline[1], published) : null;
	const rest = dateline?.groups?.rest ?? '';
	if (storyDay && YESTERDAY.test(rest)) return daysBefore(storyDay, 1);
	// Told as of a day before in the clause that names the meeting, a paragraph on (會議前日召開, 681;
	// 郭聲琨昨天在…的工作會議表示 under 台北9日電, 685), with no day stated before it.
	const base = storyDay ?? (stated ? null : published);
	const told = base ? MEETING_DAYS_BEFORE.exec([storyDay ? rest : first, second].join('\n')) : null;
	if (told && base) return daysBefore(base, (told[1] ?? told[2]) === '前' ? 2 : 1);
	// A day the story goes on to state after its day-only dateline is the meeting's: …台北19日電）中國浙江省…
	// 第14次會議18日決定 (715).
	const toldDay = storyDay ? statedIn(rest.split('。', 1)[0]) : null;
	if (storyDay && toldDay && !toldDay[1] && !(toldDay[4] ?? toldDay[2])) return monthDayBefore(+(toldDay[5] ?? toldDay[3]), storyDay);
	const weekday = stated ? null : WEEKDAY.exec(first.split('。', 1)[0]);
	return weekday ? weekdayOnOrBefore(weekday[1], published) : null;
}
