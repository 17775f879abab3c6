// Semicolon series: at least three parallel items separated by ；/; in one sentence. The items in
// the middle show how long an item is (in clauses). The first segment loses what precedes a
// colon and any framing clauses beyond that length (要深入贯彻…，); the last is cut to that length
// (or, with a single middle item, at a purpose clause such as ，更好担负起…).
import type {Section} from '../../model/report.ts';
import {clauses, isColon, isSemicolon, sentences, type Piece} from './clauses.ts';
import {commonPrefix, countName, labelBefore, modalName, sharedOpener, shortTopic, topicOf, type Naming} from './group.ts';
import {inSection, modalLength, tidy, withoutModal, type List, type Span} from './spans.ts';
import {chineseNumber} from '../lexicon/numerals.ts';
import {openerOf} from './openers.ts';
import {HAN_BASIC} from '../../text/han.ts';

/** The sentence's clauses grouped by the semicolons between them. */
export function segmentsOf(text: string, sentence: Piece): Piece[][] {
	const segments: Piece[][] = [[]];
	for (const clause of clauses(text, sentence)) {
		segments[segments.length - 1].push(clause);
		if (isSemicolon(clause.delimiter)) segments.push([]);
	}
	return segments.filter(s => s.length > 0);
}

// Clauses that set the scene rather than state an item: a modal or meeting subject, a setting
// (在…下 / 按照…), the meeting itself (主持召开…会议), a speaker (黄莉新强调) or the day (2月27日上午, 56;
// 7月26日, 953).
const FRAMING = /^(?:要|必须|全会|会议|大会|按照|根据)|下$|主持召开|召开|举行|(?:指出|强调|表示|认为|提出|要求|说)$|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|晚)?$/;

/** An item told as done: a verb of business and 了, the meeting perhaps its subject (会议以举手表决的方式通过了). */
const BUSINESS_DONE = /^(?:(?:会议|大会|全会)[^，,；;了]{0,12}?)?(?:听取|审议|讨论|表决|通过|宣布|宣读|指定|推荐|介绍|决定|选举|批准|同意)[^，,；;]{0,4}?了/u;

/** The meeting doing business is the first item, not its frame: 会议听取审议了A,B,C;会议表决通过了D;… (2147). */
const frames = (clause: string) => FRAMING.test(clause) && !BUSINESS_DONE.test(clause);

/** The clause convening the meeting, by 召开 or 举行 as well as 主持 (agenda.ts's CONVENED takes only 主持召开, as agendas are labelled). */
const CONVENING = /主持召开|(?:召开|举行)[^，,；;]{0,30}会议$/u;

// A bare time (2015年, 一年来, 过去五年) sets the scene the same way.
const LEAD_IN = new RegExp(
	String.raw`^(?:(?:全会|会议|大会)[${HAN_BASIC}]{0,4}|[${HAN_BASIC}]{1,10}(?:指出|强调|表示|认为|提出|要求|说)|\d{4}年(?:以来)?|(?:今年|去年|一年|两年|三年|五年|十年|过去[一二三四五十]?年)(?:来|以来)?)$`,
);

// A clause saying what the series is for (更好担负起…, 为…作出贡献) closes it rather than extending the last item.
const PURPOSE = /^(?:为|使|让|更好|奋力|努力|以|确保|从而|进而|推动.{0,12}(?:取得|迈上|再上))/;

/** A clause that only says what comes next: 最后, 首先, 同时. */
const CONNECTIVE = /^(?:最后|首先|其次|然后|接着|随后|同时|此外|另外|再次)$/u;

function longest(counts: number[]): number {
	return counts.reduce((a, b) => Math.max(a, b), 1);
}

/**
 * The items of a semicolon-separated series: whole middle segments, the first segment after its
 * last colon and framing clauses, the last segment cut to the longest middle item.
 */
export function seriesItems(text: string, segments: Piece[][]): Span[] {
	const middle = segments.slice(1, -1).map(s => s.length);
	const size = longest(middle.length ? middle : segments.map(s => s.length));
	let from = 0;
	segments[0].forEach((c, k) => {
		if (isColon(c.delimiter)) from = k + 1;
	});
	while (segments[0].length - from > size && frames(text.slice(segments[0][from].start, segments[0][from].end))) from++;
	// The clause that holds the meeting, and the day before it, set the scene however long the items
	// are: 2020年12月16日,…主持召开区政府第60次常务会议,会议学习了…;传达学习了…;审议了…;听取了… (1435).
	const held = segments[0].findLastIndex((c, k) => k >= from && k < segments[0].length - 1 && CONVENING.test(text.slice(c.start, c.end)));
	if (held >= 0) from = held + 1;
	// 会议经表决，任命A；免去B；… — a clause that is only the meeting or a speaker and its verb frames
	// the series whatever the items' length: it is never part of the first item.
	while (segments[0].length - from > 1 && LEAD_IN.test(text.slice(segments[0][from].start, segments[0][from].end))) from++;
	const first = segments[0].slice(from);
	if (first.length === 0) return [];
	// With one middle item its length says little, so only a recognisable purpose clause is cut.
	const lastSegment = segments[segments.length - 1];
	// A connective in a clause of its own (最后，…) opens the last item but is not one (318).
	const opening = CONNECTIVE.test(text.slice(lastSegment[0].start, lastSegment[0].end)) ? 1 : 0;
	let last = lastSegment.slice(0, size + opening);
	if (middle.length < 2) {
		const purpose = lastSegment.findIndex((c, k) => k > 0 && PURPOSE.test(text.slice(c.start, c.end)));
		last = purpose > 0 ? lastSegment.slice(0, purpose) : lastSegment;
	}
	const spans: Span[] = [];
	const add = (group: Piece[]) => {
		const span = tidy(text, group[0].start, group[group.length - 1].end);
		if (span) spans.push(span);
	};
	add(first);
	segments.slice(1, -1).forEach(add);
	add(last);
	alignFirst(text, spans);
	return spans.map(span => withoutModal(text, span));
}

/**
 * When the later items share an opener (深刻回答了…, 审议…), the first item starts at that opener
 * too, found at a clause start or after a short subject (…第三次会议审议A；审议B). When they share
 * only a modal (要A；要B), the first item starts after that modal at a clause start.
 */
function alignFirst(text: string, spans: Span[]): void {
	const prefix = commonPrefix(spans.slice(1).map(s => text.slice(s.start + modalLength(text, s.start), s.end)));
	const first = spans[0];
	const words = text.slice(first.start, first.end);
	if (prefix.length < 2) {
		const modal = ['必须', '要'].find(m => spans.slice(1).every(s => text.startsWith(m, s.start) && modalLength(text, s.start) === m.length));
		const at = modal ? words.search(new RegExp(`(?:^|[，,：:])${modal}`)) : -1;
		if (modal && at > 0) spans[0] = {start: first.start + at + 1, end: first.end};
		return;
	}
	// The longest shared words the first item holds: 审议国务院… may open the others, 审议 this one.
	for (let n = Math.min(4, prefix.length); n >= 2; n--) {
		const at = words.indexOf(prefix.slice(0, n));
		if (at < 0) continue;
		const clauseStart = words.slice(0, at).search(/[^，,：:]*$/);
		if (at > 0 && at - clauseStart <= 20) spans[0] = {start: first.start + at, end: first.end};
		return;
	}
}

const AGENDA_ITEM = /^(?:审议|审查|听取)/;

function naming(text: string, segments: Piece[][], items: Span[]): Naming {
	const head = text.slice(segments[0][0].start, items[0].start);
	if (/主持召开|召开.{0,12}会议/.test(head)) return {group: '会议议题', type: 'agenda'};
	const label = labelBefore(text, segments[0][0].start, items[0].start);
	if (label) return label;
	const texts = items.map(i => text.slice(i.start, i.end));
	// 审议A；审议B；…: what a meeting is asked to take up is its agenda, however it is introduced.
	if (texts.every(t => AGENDA_ITEM.test(t))) return {group: shortTopic(topicOf(text, 0, ''), '审议事项'), type: 'agenda'};
	// 听取了A；通过了B；指定了C；… (114, 96, 118): what the meeting did, item by item, is its business.
	if (texts.filter(t => BUSINESS_DONE.test(t)).length >= texts.length - 1) return {group: '会议事项', type: 'decision'};
	const shared = sharedOpener(texts);
	// A one-character prefix names the list only when it is a marker word itself (以, 把), not the
	// start of different words (坚持, 坚决).
	if (shared.length >= 2 || (shared.length === 1 && openerOf(text, items[0].start).opener === shared)) {
		return {group: countName(items.length, shared), type: shared === '坚持' ? 'principle' : 'requirement'};
	}
	// 必须A；必须B；… with nothing shared after the modal: 六个必须, 三个要.
	const modal = modalName(
		text,
		items.map(i => i.start),
	);
	if (modal) return {group: modal, type: modal.endsWith('必须') ? 'principle' : 'requirement'};
	// …扎实做好各项工作：A；B；… — the clause before the colon says what the items are.
	const announcing = segments[0].filter(c => isColon(c.delimiter) && c.end <= items[0].start).at(-1);
	if (announcing) {
		const words = text.slice(announcing.start, announcing.end).replace(/^(?:要|必须)?(?:扎实|认真|切实|着力|全力)?(?:做好|抓好|推进|落实)?/, '');
		if (words.length >= 2 && words.length <= 12) return {group: words, type: 'task'};
	}
	const topic = shortTopic(topicOf(text, 0, ''), '');
	return topic ? {group: topic, type: 'task'} : {group: `${chineseNumber(items.length)}项要求`, type: 'requirement'};
}

/**
 * A sentence that closes on who came (…应邀出席开幕会。): its ；-parts are groups of people, not items.
 * A list of who is to come is a document the meeting passed (…；表决通过了…列席人员名单。 1935, 1936).
 */
const ATTENDANCE_CLOSE = /(?:出席|参加|列席|旁听|就座|到会)(?![^，。；]{0,8}名单)[^，。；]{0,10}[。！]?$/u;

export function semicolonSeries(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		if (ATTENDANCE_CLOSE.test(text.slice(sentence.start, sentence.end))) continue;
		const segments = segmentsOf(text, sentence);
		if (segments.length < 3) continue;
		const items = seriesItems(text, segments);
		// An item says something in Chinese; a forum's anti-copy junk set apart by ; does not (95).
		if (items.length < 3 || items.some(item => (text.slice(item.start, item.end).match(/[\u3400-\u9fff]/gu)?.length ?? 0) < 2)) continue;
		lists.push({...naming(text, segments, items), items: inSection(section.id, items)});
	}
	return lists;
}
