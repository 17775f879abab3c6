// Ordinal-marked lists: 一要…十二要, 一是…, 第一，…, （一）…, 一、… Either inline (the markers
// follow one another inside a paragraph) or one marker opening each of consecutive paragraphs.
import type {Section} from '../../model/report.ts';
import {sentenceEnd, sentenceStart} from './clauses.ts';
import {countName, labelBefore, sharedOpener, shortTopic, topicOf, type Naming} from './group.ts';
import {tidy, inSection, type Item, type List, type Span} from './spans.ts';
import {NUMERALS, numeralValue, chineseNumber} from '../lexicon/numerals.ts';
import {matchesOf} from '../matches.ts';
import {HAN} from '../../text/han.ts';

type Kind = 'yao' | 'shi' | 'di' | 'paren' | 'dun' | 'arabic' | 'first';

interface Marker {
	kind: Kind;
	n: number;
	/** Where the marker starts and where the item's words begin. */
	at: number;
	body: number;
}

const NUMERAL = `[${NUMERALS}]{1,3}`;
// 一要着力… : the genre's 要-ordinals carry 着力 as part of the ordinal word.
const MARKER = new RegExp(`(?:第(${NUMERAL})[，,、：:]|[（(](${NUMERAL})[）)]|(${NUMERAL})要(?:着力)?|(${NUMERAL})是|(${NUMERAL})、)`, 'y');
// A marker only counts where a clause or paragraph begins.
const BOUNDARY = /[。！？!?；;，,：:\s\u3000”）)]/;

function markerAt(text: string, at: number): Marker | null {
	MARKER.lastIndex = at;
	const match = MARKER.exec(text);
	if (!match) return null;
	const kinds: Kind[] = ['di', 'paren', 'yao', 'shi', 'dun'];
	for (let g = 1; g <= 5; g++) {
		if (match[g] === undefined) continue;
		const n = numeralValue(match[g]);
		if (Number.isNaN(n)) return null;
		return {kind: kinds[g - 1], n, at, body: at + match[0].length};
	}
	return null;
}

// Arabic numbers open numbered paragraphs (1.会议传达学习了…, 48; 1)中共中央政治局向中央委员会报告工作,
// 176), never a run inside a paragraph, where 1. is as likely a decimal or a date.
const ARABIC = /(?:[（(](\d{1,2})[）)]|(\d{1,2})[、.．)）])(?!\d)/y;

function arabicAt(text: string, at: number): Marker | null {
	ARABIC.lastIndex = at;
	const match = ARABIC.exec(text);
	return match ? {kind: 'arabic', n: Number(match[1] ?? match[2]), at, body: at + match[0].length} : null;
}

/** Where a marker may start: at a clause start (or the text's), a character that opens one. */
const MARKER_START = new RegExp(`(?<=^|${BOUNDARY.source})[第（(${NUMERALS}]`, 'g');

/**
 * 首先 stands for the first of any kind: 首先，必须统一思想。…第二，必须深化改革 (483), 首先要…；二要…
 * (246). Its kind is the kind of the 2 that follows it.
 */
const FIRSTLY = new RegExp(`(?<=^|${BOUNDARY.source})首先(?:[，,]|要|是)`, 'g');

/**
 * The first marker may follow whom a requirement addresses with no comma between: 他要求各级各部门一要…；
 * 二要… (1913), 要求全体代表一要…；二要… (1285).
 */
const AFTER_ADDRESSEE = new RegExp(`(?<=(?:要求|希望)${HAN}{2,10})一(?=要|是)`, 'gu');

/** Every marker at a clause start in the text, in order. Linear: only boundary positions are tried. */
function markersIn(text: string): Marker[] {
	const out: Marker[] = [];
	for (const {index} of matchesOf(MARKER_START, text)) {
		const marker = markerAt(text, index);
		if (marker) out.push(marker);
	}
	const atClauseStarts = out.length;
	if (text.includes('要求') || text.includes('希望'))
		for (const {index} of matchesOf(AFTER_ADDRESSEE, text)) {
			const marker = markerAt(text, index);
			if (marker) out.push(marker);
		}
	if (text.includes('首先')) for (const match of matchesOf(FIRSTLY, text)) out.push({kind: 'first', n: 1, at: match.index, body: match.index + match[0].length});
	// Those at clause starts come in order; the others are put among them.
	return out.length > atClauseStarts ? out.sort((a, b) => a.at - b.at) : out;
}

// An inline item is one sentence; one without an end in sight is cut here rather than read on.
const LONGEST_ITEM = 1000;
// How far back to look for the words that announce a list.
const ANNOUNCEMENT_REACH = 300;

const DEFAULT_TYPE: Record<Kind, Naming['type']> = {yao: 'requirement', shi: 'task', di: 'task', paren: 'task', dun: 'other', arabic: 'task', first: 'task'};

function naming(text: string, paragraphStart: number, first: Marker, count: number, texts: string[], previous?: string): Naming {
	const floor = Math.max(paragraphStart, first.at - ANNOUNCEMENT_REACH);
	const opening = sentenceStart(text, first.at, floor);
	let label = opening < first.at ? labelBefore(text, opening, first.at) : null;
	if (!label && opening >= first.at) {
		// The marker opens its sentence: the announcement is the sentence before (…的重大举措。一要…).
		const before = previous ?? text;
		let end = previous !== undefined ? previous.length : first.at;
		while (end > 0 && /[\s\u3000。！？!?”」）)]/.test(before[end - 1])) end--;
		const start = sentenceStart(before, end, Math.max(0, end - ANNOUNCEMENT_REACH));
		if (end > start) label = labelBefore(before, start, end, true);
	}
	if (label) return label;
	const shared = sharedOpener(texts);
	if (shared.length >= 2) return {group: countName(count, shared), type: DEFAULT_TYPE[first.kind]};
	if (previous !== undefined) return {group: `${chineseNumber(count)}项任务`, type: 'task'};
	return {group: shortTopic(topicOf(text, paragraphStart, ''), `${chineseNumber(count)}个方面`), type: DEFAULT_TYPE[first.kind]};
}

/** Consecutive paragraphs opening 第一，/一是/（一）… in order: each item is the paragraph's first sentence. */
export function ordinalParagraphs(sections: Section[]): List[] {
	// Paragraphs of a sub-list (（一）…) may sit between 一、 and 二、: each kind keeps its own run,
	// continued by the next number and restarted by a new 1.
	const open = new Map<Kind, number[]>();
	const runs: number[][] = [];
	const openers = sections.map(s => {
		const at = /^[\s\u3000]*/.exec(s.text)?.[0].length ?? 0;
		return markerAt(s.text, at) ?? arabicAt(s.text, at);
	});
	// Where each paragraph's item begins: its opening marker, or the first marker closing the paragraph before.
	const firsts = [...openers];
	openers.forEach((marker, i) => {
		if (!marker) return;
		const run = open.get(marker.kind);
		const leadIn = marker.n === 2 && !run && i > 0 ? closingFirst(sections[i - 1].text, marker.kind) : null;
		if (marker.n === 1) {
			const fresh = [i];
			runs.push(fresh);
			open.set(marker.kind, fresh);
		} else if (run && (firsts[run[run.length - 1]] as Marker).n + 1 === marker.n) run.push(i);
		else if (leadIn) {
			firsts[i - 1] = leadIn;
			const fresh = [i - 1, i];
			runs.push(fresh);
			open.set(marker.kind, fresh);
		} else open.delete(marker.kind);
	});
	const lists: List[] = [];
	for (const run of runs) {
		if (run.length < 2) continue;
		const items: Item[] = [];
		const texts: string[] = [];
		for (const k of run) {
			const marker = firsts[k] as Marker;
			const span = tidy(sections[k].text, marker.body, sentenceEnd(sections[k].text, marker.body));
			if (!span) continue;
			items.push({section: sections[k].id, ...span});
			texts.push(sections[k].text.slice(span.start, span.end));
		}
		const i = run[0];
		lists.push({...naming(sections[i].text, 0, firsts[i] as Marker, run.length, texts, i > 0 ? sections[i - 1].text : ''), items});
	}
	return lists;
}

/**
 * The first marker of a kind that closes a paragraph after its lead-in, the second opening the next
 * paragraph: 会议要求:一是深入学习贯彻落实…。/ 二是坚持问题导向。(532); 会议共有九项议题:一是听取…汇报;…。/
 * 二是研究部署…。(2137). A paragraph whose own run goes on to its 2 is an inline list instead.
 */
function closingFirst(text: string, kind: Kind): Marker | null {
	const ofKind = markersIn(text).filter(marker => marker.kind === kind && marker.at > 0);
	const first = ofKind.findLast(marker => marker.n === 1);
	return first && !ofKind.some(marker => marker.at > first.at && marker.n === 2) ? first : null;
}

/** Runs of markers 1, 2, 3… of one kind inside a paragraph. */
export function inlineOrdinals(section: Section): List[] {
	const text = section.text;
	const markers = markersIn(text);
	const lists: List[] = [];
	// One open run per marker kind, extended by the next number and restarted by a new 一:
	// a single pass, however many markers a long paragraph holds.
	const open = new Map<Kind, Marker[]>();
	const runs: Marker[][] = [];
	let firstly: Marker | null = null;
	for (const marker of markers) {
		const run = open.get(marker.kind);
		if (marker.kind === 'first') firstly = marker;
		else if (marker.n === 1) {
			const fresh = [marker];
			runs.push(fresh);
			open.set(marker.kind, fresh);
		} else if (run && run[run.length - 1].n + 1 === marker.n) run.push(marker);
		else if (marker.n === 2 && firstly && marker.at - firstly.at <= LONGEST_ITEM) {
			const fresh = [{...firstly, kind: marker.kind}, marker];
			runs.push(fresh);
			open.set(marker.kind, fresh);
			firstly = null;
		}
	}
	// An item never runs past the next marker of its kind, whichever run that marker opens.
	const following = new Map<Marker, number>();
	const nextAt = new Map<Kind, number>();
	for (let k = markers.length - 1; k >= 0; k--) {
		following.set(markers[k], nextAt.get(markers[k].kind) ?? text.length);
		nextAt.set(markers[k].kind, markers[k].at);
	}
	for (const run of runs) {
		if (run.length < 2) continue;
		const first = run[0];
		const items: (Span | null)[] = [];
		run.forEach((marker, k) => {
			const limit = Math.min(run[k + 1]?.at ?? following.get(marker) ?? text.length, marker.body + LONGEST_ITEM);
			let end = sentenceEnd(text, marker.body, limit);
			for (let i = marker.body; i < end; i++) {
				if (text[i] === '；' || text[i] === ';') end = i;
			}
			items.push(tidy(text, marker.body, end));
		});
		const found = inSection(section.id, items);
		lists.push({
			...naming(
				text,
				0,
				first,
				run.length,
				found.map(item => text.slice(item.start, item.end)),
			),
			items: found,
		});
	}
	return lists;
}
