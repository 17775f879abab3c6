// Links and file paths date what they point to: /2022/10/30/, /20260226/, /2021-7/20/. A report's
// own links (its 查看原文 link, its pictures' paths) give the year a day-only dateline lacks.

const PATH_DATE = /\/((?:19|20)\d{2})(?:[-/]?(\d{2})[-/]?(\d{2})|[-/](\d{1,2})[-/](\d{1,2}))(?=[/_.-])/u;
const LINKS = /(?:https?:\/\/|\]\(|(?:src|href|poster)\s*=\s*["']?)[^\s"'<>)]*/giu;

export interface PathDay {
	year: number;
	month: number;
	day: number;
}

/** The first date a link or path in `text` carries, or null. */
export function linkDate(text: string): PathDay | null {
	for (const link of text.matchAll(LINKS)) {
		const m = PATH_DATE.exec(link[0]);
		if (!m) continue;
		const [month, day] = m[2] ? [+m[2], +m[3]] : [+m[4], +m[5]];
		if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return {year: +m[1], month, day};
	}
	return null;
}

/** The first date a link or path in `text` carries, as YYYY-MM-DD, or null. */
export function linkDay(text: string): string | null {
	const day = linkDate(text);
	return day ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : null;
}
