// Chinese numerals as reports write them in ordinals (一是, 第三, （十二）), counts of a list
// (四个坚持) and sessions (第十四届, 第三次).

/** The numerals of ordinals and sessions, one to ten, for inside a character class. */
export const NUMERALS = '一二三四五六七八九十';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 25 → 二十五: for group names such as 四个坚持. */
export function chineseNumber(n: number): string {
	if (n < 10) return DIGITS[n];
	if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
	if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
	return String(n);
}

/** A count written in figures or in Chinese numerals (42, 四, 两, 十二); NaN when it is neither. */
export function countValue(written: string): number {
	if (/^\d+$/u.test(written)) return Number(written);
	return written === '两' ? 2 : numeralValue(written);
}

/** 一 → 1, 十二 → 12, 二十三 → 23; NaN when the text is not a numeral below 100. */
export function numeralValue(numeral: string): number {
	const digit = (c: string) => DIGITS.indexOf(c);
	if (/^[一二三四五六七八九]$/.test(numeral)) return digit(numeral);
	const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
	if (!match) return NaN;
	return (match[1] ? digit(match[1]) : 1) * 10 + (match[2] ? digit(match[2]) : 0);
}
