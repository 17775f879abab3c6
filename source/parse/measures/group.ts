// Naming a list and telling what kind of list it is, from the words that announce it: the label
// (主要目标是：), the announcing noun before an ordinal run (…的重大举措。一要…), or failing those the
// topic clause the paragraph opens with.
import type {MeasureType} from '../../model/report.ts';
import {chineseNumber, NUMERALS} from '../lexicon/numerals.ts';
import {HAN_BASIC} from '../../text/han.ts';

export interface Naming {
	group: string;
	type: MeasureType;
}

// Qualifiers that belong to a label's name (主要目标, 重大举措, 战术原则), longest first.
const QUALIFIER = '(?:主要预期|战略|远景|奋斗|主要|重点|重大|总体|战术|基本|工作|总|新的)?';
/** The label that says what a meeting holds (会议的主要内容是…): read inline by labelled.ts, typed here. */
export const MEETING_CONTENT = '会议的主要内容';
const LABEL_TYPES: [string, MeasureType][] = [
	['指导思想', 'principle'],
	['原则', 'principle'],
	['认识和体会', 'principle'],
	['目标', 'goal'],
	['任务', 'task'],
	['举措', 'task'],
	['措施', 'task'],
	['体现在', 'achievement'],
	['成效', 'achievement'],
	['工作', 'achievement'],
	// The overall demands of a work report are its guiding line, as a 指导思想 is.
	['总体要求', 'principle'],
	['要求', 'requirement'],
	['修改内容', 'other'],
	['议程', 'agenda'],
	// What a meeting is said to hold is its agenda: 会议的主要内容是A，B，C (2022, 446).
	[MEETING_CONTENT, 'agenda'],
	['议题', 'agenda'],
	['部分', 'other'],
];
const LABEL = new RegExp(`${QUALIFIER}(?:${LABEL_TYPES.map(([word]) => word).join('|')})`, 'g');

const ONLY_HAN = new RegExp(String.raw`^[${HAN_BASIC}]+$`);
const FOLLOWING = new RegExp(String.raw`(?:以下|如下|下列)(?:几[点个项条方面])?([${HAN_BASIC}]{2,6})$`);

function typeOf(label: string): MeasureType {
	for (const [word, type] of LABEL_TYPES) if (label.endsWith(word)) return type;
	return 'other';
}

/**
 * The last label named in the words just before a list, if any. With `atEnd`, the label must close
 * those words (…的重大举措。一要…): a label further back only mentions a goal or task in passing.
 */
export function labelBefore(text: string, from: number, to: number, atEnd = false): Naming | null {
	let last: string | null = null;
	let lastEnd = -1;
	LABEL.lastIndex = 0;
	const context = text.slice(Math.max(from, to - 80), to);
	// 有以下深切体会 / 提出如下要求: whatever noun follows 以下 is announced as the list.
	const following = FOLLOWING.exec(context.replace(/[\s。：:！？]+$/, ''));
	for (let match = LABEL.exec(context); match; match = LABEL.exec(context)) {
		// 工作 names a list only as what was done (做了以下工作); elsewhere it is an ordinary noun.
		if (match[0] === '工作' && !/以下工作$|主要工作$|做了.{0,6}工作$/.test(context.slice(0, match.index + 2))) continue;
		last = match[0];
		lastEnd = match.index + match[0].length;
	}
	if (last === null || (atEnd && lastEnd < context.replace(/[\s。：:！？]+$/, '').length - 2)) {
		return following ? {group: following[1], type: typeOf(following[1])} : null;
	}
	// A bare label closing a sentence is what was achieved or aimed at (不断取得…新成效), not an
	// announcement: that takes a qualifier (重大举措) or a 的 before it (…的主要任务).
	if (atEnd && !/^(?:主要|重点|重大|总体|基本|战略|远景|奋斗|战术|新的|总)/.test(last) && !/(?:的|以下|如下|下列)$/.test(context.slice(0, lastEnd - last.length))) {
		return following ? {group: following[1], type: typeOf(following[1])} : null;
	}
	if (last === '工作') last = '主要工作';
	if (last === '部分') last = '各部分';
	return {group: last, type: typeOf(last)};
}

export function namedByLabel(label: string): Naming {
	return {group: label, type: typeOf(label)};
}

/** A clause that opens with an ordinal (一是, 第一, （一）): an item, not a topic. */
const ORDINAL_OPENING = new RegExp(`^(?:[${NUMERALS}]+[是要、]|第[${NUMERALS}]|[（(][${NUMERALS}])`);

const LEAD_OR_SPEAKER = /^(?:(?:全会|会议|大会)[^，,：:]{0,4}|[^，,：:]{1,12}?(?:指出|强调|认为|提出|要求|确定|决定|说))[，,：:]/;

/** The paragraph's topic: its first clause after any lead or speaker, as a fallback name. */
export function topicOf(text: string, paragraphStart: number, fallback: string): string {
	const rest = text.slice(paragraphStart, paragraphStart + 120).replace(LEAD_OR_SPEAKER, '');
	const clause = /^[^，。；：,;:！？]{2,24}/.exec(rest.trim())?.[0];
	return clause && !ORDINAL_OPENING.test(clause) ? clause.replace(/^(?:要|必须)/, '') : fallback;
}

/** A topic clause is a usable name only when it is short and not itself a demand. */
export function shortTopic(topic: string, fallback: string): string {
	return topic.length >= 4 && topic.length <= 16 ? topic : fallback;
}

/** 四个坚持, 五个着眼: how the genre itself names a run of items sharing an opener. */
export function countName(count: number, opener: string): string {
	return `${chineseNumber(count)}个${opener}`;
}

export function commonPrefix(texts: string[]): string {
	let prefix = texts[0] ?? '';
	for (const t of texts) {
		let n = 0;
		while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
		prefix = prefix.slice(0, n);
	}
	return prefix;
}

/** The words every item opens with (深刻认识, 永葆), up to four characters and before any quote. */
export function sharedOpener(texts: string[]): string {
	return commonPrefix(texts)
		.replace(/[“《（(‘「].*$/, '')
		.slice(0, 4);
}

/** The words every item closes with: …要有足够自信 ×4, …的必然要求 ×6. */
export function sharedEnding(texts: string[]): string {
	let ending = texts[0] ?? '';
	for (const t of texts) {
		let n = 0;
		while (n < ending.length && n < t.length && ending[ending.length - 1 - n] === t[t.length - 1 - n]) n++;
		ending = ending.slice(ending.length - n);
	}
	return ending;
}

/**
 * 四个足够自信, 六个必然要求: items that open with a one-character preposition (对, 把) or share
 * only a frame are named by the phrase they all close with, when it is long enough to be one.
 */
export function endingName(texts: string[]): string | null {
	const ending = sharedEnding(texts).replace(/^(?:的|要有|要|必须|有|都|也|同|与)+/, '');
	return ending.length >= 4 && ONLY_HAN.test(ending) ? countName(texts.length, ending) : null;
}

/** 必须A；必须B；…: the modal each item carried (and lost) names the list when no later word is shared. */
export function modalName(text: string, starts: number[]): string | null {
	for (const modal of ['必须', '要']) {
		if (starts.every(at => text.slice(at - modal.length, at) === modal)) return countName(starts.length, modal);
	}
	return null;
}
