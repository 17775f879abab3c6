// The loaded text → paragraphs with their offsets. Reports mark paragraphs by newlines, by a
// full-width indent (　　) in the middle of a line, or — in feeds that lost their newlines — by a
// run of two or more spaces (ASCII, no-break, em or ideographic). A text with no marks at all
// is cut where a sentence opens with a lead phrase (。全会强调，), as its paragraphs would be.
import {LEAD_SUBJECTS, LEAD_VERBS} from './lexicon/leads.ts';

export interface Paragraph {
	/** Trimmed text, exactly as written inside. */
	text: string;
	/** Offset of `text` in the loaded text. */
	offset: number;
}

const BREAK = /\r\n|\r|\n|[ \u00a0]*\u3000{2,}|[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|\t+/g;
/**
 * A text laid out in lines: runs of spaces inside a line are layout ((全媒体记者  阮翀)), not breaks,
 * and so is a stray carriage return, which only ends lines in a text that has no line feeds.
 */
const LINE_BREAK = /\r\n|\n|[ \u00a0]*\u3000{2,}/g;

export function splitParagraphs(text: string): Paragraph[] {
	const lines = text.length > 0 ? (text.match(/\n/g)?.length ?? 0) : 0;
	const breaks = lines >= 2 ? LINE_BREAK : BREAK;
	const out: Paragraph[] = [];
	let start = 0;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.replace(/^[\s\u3000\ufeff]+/, '').length;
		const body = raw
			.trim()
			.replace(/^[\u3000\ufeff]+|[\u3000]+$/g, '')
			.trim();
		if (body) out.push({text: body, offset: start + lead + Math.max(0, raw.slice(lead).indexOf(body))});
	};
	for (const match of text.matchAll(breaks)) {
		push(match.index);
		start = match.index + match[0].length;
	}
	push(text.length);
	return out.flatMap(p => splitRunOn(p));
}

/**
 * A report whose prose is all one paragraph has lost its paragraph marks, however short it is
 * (76: a broadcast item on one line; 81: a page's body flattened to one line): its leads open
 * sentences, and the paragraph is cut there.
 */
export function restoreParagraphs(body: Paragraph[]): Paragraph[] {
	const prose = body.filter(p => /[。！？]/u.test(p.text));
	return prose.length === 1 ? body.flatMap(p => (p === prose[0] ? (splitAtSpaces(p) ?? splitRunOn(p, 0)) : [p])) : body;
}

/** A space after a sentence's end, where a page that lost its line breaks kept its paragraph marks. */
const SPACED_BREAK = /(?<=[。！？”])[ \u3000]+(?=[^\s|])/gu;

/**
 * Paragraphs run together with a space between them (…举行第一次会议。 会议以举手表决的方式,…, 289;
 * 251; shared 20): the spaces are the paragraph marks, and a lead inside a paragraph stays inside it.
 */
function splitAtSpaces(paragraph: Paragraph): Paragraph[] | null {
	// Each space stays with the paragraph it ends, so the text keeps every character.
	const cuts = Array.from(paragraph.text.matchAll(SPACED_BREAK), m => [m.index + m[0].length, m.index + m[0].length]);
	// One such space is a paragraph mark when a lead opens what follows it (…党建思想。 会议指出，…, 789).
	if (cuts.length === 0 || (cuts.length === 1 && !OPENS_WITH_LEAD.test(paragraph.text.slice(cuts[0][0])))) return null;
	const pieces: Paragraph[] = [];
	let start = 0;
	for (const [end, next] of [...cuts, [paragraph.text.length, paragraph.text.length]]) {
		if (end > start) pieces.push({text: paragraph.text.slice(start, end), offset: paragraph.offset + start});
		start = next;
	}
	return pieces;
}

const OPENS_WITH_LEAD = new RegExp(`^(?:${LEAD_SUBJECTS.join('|')})(?:${LEAD_VERBS.join('|')})[，：,:]`, 'u');

/** Longer than any paragraph a report writes: text whose paragraph marks were lost. */
const RUN_ON = 1500;
const SENTENCE_LEAD = new RegExp(`(?<=[。！？])(?=(?:${LEAD_SUBJECTS.join('|')})(?:${LEAD_VERBS.join('|')})[，：,:])`, 'g');

function splitRunOn(paragraph: Paragraph, longer = RUN_ON): Paragraph[] {
	if (paragraph.text.length <= longer) return [paragraph];
	const cuts = [0, ...Array.from(paragraph.text.matchAll(SENTENCE_LEAD), m => m.index), paragraph.text.length];
	const pieces: Paragraph[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		if (cuts[i + 1] > cuts[i]) pieces.push({text: paragraph.text.slice(cuts[i], cuts[i + 1]), offset: paragraph.offset + cuts[i]});
	}
	return pieces;
}

/** An outlet's dateline: 中广网北京6月27日消息, 新华社北京10月31日电, 本报讯. */
const OUTLET = '(?:新华社|新华网|人民网|央视网|中新社|中新网|中广网|中国新闻网|中国网|光明网|国际在线|[\\u3400-\\u9fff]{2,4}(?:日报|晚报|新闻网|电视台|融媒体中心|广播电视台))';
const GLUED_DATELINE = new RegExp(`${OUTLET}(?:[\\u3400-\\u9fff]{2,4})?\\d{1,2}月\\d{1,2}日(?:消息|电|讯)|本报讯|本台消息`, 'u');
const MEETING_WORD = /会|议|全会|大会|常委|政协|人大/u;

/**
 * A headline run into its story's dateline with no break (a crawler's text field: …第九次会议9时闭幕
 * 中广网北京6月27日消息 据…, 88): the headline is a paragraph of its own.
 */
export function unglueHeadline(paragraphs: Paragraph[]): Paragraph[] {
	const first = paragraphs.findIndex(p => /[。！？]/u.test(p.text));
	if (first < 0) return paragraphs;
	const p = paragraphs[first];
	const m = GLUED_DATELINE.exec(p.text.slice(0, 90));
	if (!m || m.index < 6) return paragraphs;
	const head = p.text.slice(0, m.index).trim();
	if (/[。！？，,：:]/u.test(head) || !MEETING_WORD.test(head)) return paragraphs;
	return [...paragraphs.slice(0, first), {text: head, offset: p.offset}, {text: p.text.slice(m.index), offset: p.offset + m.index}, ...paragraphs.slice(first + 1)];
}

/** A saved page's date stamp run into the story's first line: ` date 2025-10-28 上星期閉幕的…` (173). */
const GLUED_DATE_STAMP = /^\s*date\s+\d{4}-\d{1,2}-\d{1,2}\s+/u;

/**
 * The stamp a page store prints above its text (` date 2026-01-08 聽新聞`, 58 and 83) is a line of
 * the page's frame; run into the first sentence (173), it is parted from it, as a line of its own.
 */
export function unglueDateStamp(paragraphs: Paragraph[]): Paragraph[] {
	const first = paragraphs.findIndex(p => p.text.trim() !== '');
	const p = paragraphs[first];
	const m = p ? GLUED_DATE_STAMP.exec(p.text) : null;
	if (!m || !/[。！？]/u.test(p.text.slice(m[0].length))) return paragraphs;
	const stamp = {text: p.text.slice(0, m[0].length).trimEnd(), offset: p.offset};
	return [...paragraphs.slice(0, first), stamp, {text: p.text.slice(m[0].length), offset: p.offset + m[0].length}, ...paragraphs.slice(first + 1)];
}
