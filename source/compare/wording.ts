// The wording a changed formulation is judged by: which changes say nothing (numbers, time words,
// grammatical words alone), what a named law or campaign is, and how large a change is.
import {isManner} from './distinctive.ts';
import {isContentChar} from './text.ts';
import {HAN, HAN_RANGES} from '../text/han.ts';

// Numbers, dates, times, ordinals and which meetings are cited change by design.
// A span of days is a date too: 19日—21日 → 7日至9日 (pair 113).
export const NUMERIC = /^[\d〇零一二三四五六七八九十百千万亿两年月日号届次第上下半午时分项个批中历至]+$/u;
// A list's ordinal marker (一要…三要…, 一是, 第一, 首先) put in or dropped before a task: the list's
// order, not the task's wording (狠抓工作落实 → 三要狠抓工作落实, pair 31; …一是坚持…, pair 21).
export const ORDINAL = /^([一二三四五六七八九十]+[要是则来]|第[一二三四五六七八九十]+|首先|其次|再次|最后)$/u;
// The end of a place's or a unit's name, and what follows one (四川省政府 → 云南省政府, pair 32; 船舶学院、
// → 材化学院、, pair 31; 市五届人大 → 上饶市五届人大, pair 28).
// Where a meeting is held is a place too (江苏省宿迁市召开 → 河南省周口市召开, pair 67; 在八里台校区召开 →
// 在津南校区召开, pair 51).
const PLACE_SUFFIX = new RegExp(String.raw`(省|市|县|州|自治区|学院|大学|校区)(?=$|[^${HAN_RANGES}]|[、和与及]|[一二三四五六七八九十]+届|政府|人民政府|委|党委|纪委|人大|政协|主要负责|召开|举行)`, 'u');

/** Whether a side of a change, read on into the kept wording after it, is the name of a place or unit: never a formulation. */
export function namesPlace(side: string, next: string): boolean {
	if (side === '') return true;
	const m = PLACE_SUFFIX.exec(side + next);
	// The suffix ends the side's name: it starts within a character of the side's end, in its first word after it.
	return m !== null && m.index >= side.length - 1 && m.index <= side.length;
}
/**
 * Where the meeting was held: the words between 在 and 召开 or 举行, a place that needs no suffix there (在新疆喀什
 * 召开 → 在新疆和田召开, pair 113; 在雅安校区第一行政楼111会议室举行 → 在成都校区第一教学楼301会议室举行, pair 115). Not
 * the circumstances it was held in (在…的坚强领导下召开, 在…之际召开).
 */
const HELD_AT = /在(?![^，,。；;、]*?(?:的|下|之际|期间|前夕)(?:举行|召开))[^，,。；;、]{1,24}?(?:举行|召开)/gu;
/** The stretches of a clause that tell where its meeting was held, as [start, end). */
export const heldAt = (text: string): [number, number][] => [...text.matchAll(HELD_AT)].map(m => [m.index, m.index + m[0].length]);
/** Whether `length` characters at `at` lie inside one of the stretches. */
export const insideStretch = (stretches: [number, number][], at: number, length: number) => stretches.some(([start, end]) => at >= start && at + length <= end);

// A unit's name put in or dropped before its party body's post (党委副书记 → 校党委副书记, pair 64; 部党组书记
// → 教育部党组书记, pair 69): who holds the post, named more fully, not a formulation.
const BODY_POST = /^[部厅局委校院所]?(?:党委|党组|纪委)(?:副?书记|委员|成员)/u;

/** A unit's short name: a word of Chinese characters alone. */
const UNIT_WORD = new RegExp(`^${HAN}{1,4}$`, 'u');
/** Whether words put in or dropped (`side`, the other side empty) name the unit of the party body in the kept `next`. */
export const namesUnitOfPost = (side: string, next: string) => side !== '' && UNIT_WORD.test(side) && BODY_POST.test(next);
// Time words alone: 做好纪检监察工作 → 做好今年纪检监察工作 says when, not what.
const TIME = /^(今年|明年|去年|当年|当前|目前|今后|近年|年度|全年|半年|一步|本次|这次)+$/u;
// Grammatical words, modal verbs and subjects alone (的, 了, 要 → 让, 必须 → 全党要, 会议 or 我国 put first) make no formulation.
const FUNCTIONAL = /^[的了着地得之这那此次其和与及并也都而又要让把将被在对于以为使]+$/u;
// The unit speaking of itself is a subject too: [我校]2019年统一战线第三次双月座谈会 (pair 115), [我校]主题教育领导小组
// 副组长 (pair 116).
const MODAL = /^(必须|需要|应当|务必|全党|我们|让我们|要|将|还|围绕|按照|根据|依据|通过|会议|全会|大会|我国|我[校院省市县区])+$/u;
// Which of a kind, put in or dropped alone, says whom the phrase covers, not what it says: 学校[有关]工作 (pair 115),
// [各]民主党派负责人 (pair 117), 开展的[前期]工作 (pair 116). 相关 dropped with a modal is labelled a change (pair 52).
const DETERMINER = /^(各|有关|前期)+$/u;
// The meeting's proceedings told another way (参加会议 → 出席会议, 作工作报告 → 向大会报告工作): a
// reporting verb, as the labels have it, never a formulation.
const PROCEEDINGS = /向大会报告工作|作工作报告|报告工作|出席|参加|列席/gu;
// What is done with a named law, rule or campaign (修订 → 学习贯彻巡视工作条例) is news, not wording.
export const NAMED = /(条例|规定|办法|准则|规则|学习教育|主题教育|教育整顿)$/u;
// Items after a phrase: 、… or ，…, or one joined by 和 (…反腐败国际合作[和国际追逃追赃]).
export const ITEMS_AFTER = /^([、，,]|和|以及|及|与)/u;
/** Characters added or dropped, with nothing put in their place, that still make a reworded phrase. */
export const MAX_EDIT = 2;
/** A short formulation swapped for another: at most this many characters out and this many in. */
export const MAX_SWAP = 4;
// Characters that do not count toward the size of a change: 强化对…的日常监督 adds 日常.
const LIGHT = /[的地了之]/gu;

// A modal verb put first in one side of a swap (用好用足 → 要落实落细, 坚定不移 → 要) is no part of it.
const LEADING_MODAL = /^(必须|需要|应当|务必|要|将)/u;

// A modal verb that comes with a manner adverb put in or dropped (坚持问题导向 → 要始终坚持问题导向, 22;
// 学习运用“千万工程”经验 → 要深入学习运用…, 21) is the sentence's: the adverb alone rewords the phrase.
const MODAL_BEFORE_MANNER = new RegExp(`^(必须|要)(?=${HAN})`, 'u');

/**
 * The two sides of a change, a modal verb put first in either side of a swap left out, and one put
 * in or dropped with a manner adverb when `modalApart` (it is the clause's only change).
 */
export function swapSides(removed: string, added: string, modalApart = false): [string, string] {
	if (removed === '' || added === '') {
		const side = removed || added;
		const rest = side.replace(MODAL_BEFORE_MANNER, '');
		if (!modalApart || rest === side || !isManner(rest)) return [removed, added];
		return removed ? [rest, ''] : ['', rest];
	}
	return [removed.replace(LEADING_MODAL, ''), added.replace(LEADING_MODAL, '')];
}

/** The characters of a change that carry meaning (no punctuation or spaces). */
export const content = (text: string) => [...text].filter(isContentChar).join('');
/** How large a change is, light characters left out. */
export const size = (text: string) => content(text).replace(LIGHT, '').length;
/** Whether a change is a number, a date or an ordinal, grammatical words beside it left out (三个方面 → 的7个方面, pair 30). */
const isNumeric = (text: string) => NUMERIC.test(text.replace(LIGHT, ''));
/**
 * A side of a change that says only when: a number or date, or a time word, read on into a 年 kept
 * after it (2022年 → 今年 is the runs 2022 → 今 before 年; 下半年 → 今年).
 */
export const saysWhen = (side: string, next = '', previous = '') => side === '' || isNumeric(side) || TIME.test(side) || (next.startsWith('年') && TIME.test(side + '年')) || approximateNumber(side, previous, next);

/** Words that make a number approximate: 60余篇, 100多位, 近140位, 约300人. */
const APPROXIMATE = /[余多近约逾]/gu;
/**
 * A side that is a number made approximate, or the approximating word alone beside a number's digits:
 * 论文60余篇 → 59篇, 190余篇 → 115篇 (pair 84); 近140位委员 → 100多位委员 (pair 83).
 */
function approximateNumber(side: string, previous: string, next: string): boolean {
	const bare = side.replace(APPROXIMATE, '');
	if (bare.length === side.length) return false;
	return bare === '' ? /\d$/u.test(previous) || /^\d/u.test(next) : isNumeric(bare) && /\d/u.test(bare);
}
/** A side of a change that says nothing: empty, grammatical words, a modal or a determiner alone. */
export const trivialSide = (text: string) => text === '' || FUNCTIONAL.test(text) || MODAL.test(text) || DETERMINER.test(text);

// What the meeting did, a word of its proceedings touching the change: who spoke, attended or presided,
// what was reviewed and passed, performed, congratulated, asked for (会议并[作]讲话, pair 72; 审议[有关→相关]
// 议题, pair 71; 提[出]三点要求, pair 31).
const PROCEEDINGS_ACT = /(作|发表)[了的]?(重要)?讲话|并讲话|发言|致辞|出席|列席|主持|审议|表决|表演|祝贺|提出?[一二三四五六七八九十几]?[点条项]?(要求|意见)/u;
/** Whether a change, either side read with the kept words around it, tells the meeting's proceedings. */
export const tellsProceedings = (previous: string, removed: string, added: string, next: string) => [removed, added].some(side => PROCEEDINGS_ACT.test(previous.slice(-3) + side + next.slice(0, 5)));

/**
 * How the meeting was held, its form or manner: 会议以线上线下[相]结合形式举行 (pair 80), 第四次会议以[线上]视频
 * 方式顺利召开 (pair 81). A clause telling it, both sides alike, is proceedings whatever changed in it.
 */
const HELD_AS = /以[^，,。；;]{1,10}(?:形式|方式)[^，,。；;]{0,4}(?:举行|召开)/u;
export const tellsHowHeld = (oldText: string, newText: string) => HELD_AS.test(oldText) && HELD_AS.test(newText);

/** Whether two clauses differ only in how the meeting's proceedings are told: no phrase is reworded. */
export const onlyProceedings = (oldText: string, newText: string) => oldText !== newText && content(oldText).replace(PROCEEDINGS, '·') === content(newText).replace(PROCEEDINGS, '·');
