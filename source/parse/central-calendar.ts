// When the Party's national congresses and Central Committee plenums met. A report that studies
// one (学习贯彻党的十八届四中全会精神) was written after it: for a dateline with a day and no year,
// the first such day after the latest meeting it names is the report's date.

const NUMERAL: {[c: string]: number} = {一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};

/** 十八 → 18, 二十 → 20, 二十一 → 21. */
function numeral(text: string): number {
	if (text === '十') return 10;
	const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
	return (text.includes('十') ? (tens ? NUMERAL[tens] : 1) * 10 : 0) + (ones ? NUMERAL[ones] : 0);
}

/** [year, month] of each congress (党的十六大 …) and of each Central Committee's plenums 1–7. */
const CONGRESSES: {[n: number]: [number, number]} = {16: [2002, 11], 17: [2007, 10], 18: [2012, 11], 19: [2017, 10], 20: [2022, 10]};
const PLENUMS: {[n: number]: [number, number][]} = {
	16: [
		[2002, 11],
		[2003, 2],
		[2003, 10],
		[2004, 9],
		[2005, 10],
		[2006, 10],
		[2007, 10],
	],
	17: [
		[2007, 10],
		[2008, 2],
		[2008, 10],
		[2009, 9],
		[2010, 10],
		[2011, 10],
		[2012, 11],
	],
	18: [
		[2012, 11],
		[2013, 2],
		[2013, 11],
		[2014, 10],
		[2015, 10],
		[2016, 10],
		[2017, 10],
	],
	19: [
		[2017, 10],
		[2018, 1],
		[2018, 2],
		[2019, 10],
		[2020, 10],
		[2021, 11],
		[2022, 10],
	],
	20: [
		[2022, 10],
		[2023, 2],
		[2024, 7],
		[2025, 10],
	],
};

const N = '[一二三四五六七八九十]{1,3}';
const CONGRESS = new RegExp(`党的(${N})大(?!代表)`, 'gu');
const PLENUM = new RegExp(`(?:党的|中共)?(${N})届(?:中央)?(${N})中全会`, 'gu');

/** Studied, not awaited: 学习贯彻党的十八届四中全会精神, never 迎接党的二十大胜利召开. */
function studied(text: string, start: number, end: number): boolean {
	return /^[^。，]{0,4}精神/u.test(text.slice(end, end + 8)) || /(?:学习|贯彻|落实|传达)[^。，]{0,12}$/u.test(text.slice(Math.max(0, start - 14), start));
}

/** The latest national congress or plenum a text studies, as [year, month], or null. */
export function latestCentralMeeting(text: string): [number, number] | null {
	let latest: [number, number] | null = null;
	const consider = (when: [number, number] | undefined, m: RegExpMatchArray) => {
		if (!when || !studied(text, m.index ?? 0, (m.index ?? 0) + m[0].length)) return;
		if (!latest || when[0] * 12 + when[1] > latest[0] * 12 + latest[1]) latest = when;
	};
	for (const m of text.matchAll(CONGRESS)) consider(CONGRESSES[numeral(m[1])], m);
	for (const m of text.matchAll(PLENUM)) consider(PLENUMS[numeral(m[1])]?.[numeral(m[2]) - 1], m);
	return latest;
}

/** The first year at or after the meeting in which month/day falls on or after it. */
export function yearAfter([year, month]: [number, number], m: number): number {
	return m >= month ? year : year + 1;
}
