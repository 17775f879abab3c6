// Sentence and clause splitting with offsets. Reports mix full- and half-width punctuation, so
// every boundary accepts both widths; a half-width comma or colon between digits (1,200 / 07:41)
// is part of a number, not a boundary.

/** A stretch of a section's text: [start, end), with the delimiter that closed it ('' at the end). */
export interface Piece {
	start: number;
	end: number;
	delimiter: string;
}

/** A piece's words in the text it was cut from. */
export const textOf = (text: string, p: Piece): string => text.slice(p.start, p.end);

const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

// Character classes by code unit: the splitters run over every character of 50 MB inputs.
const OPEN = 1;
const CLOSE = 2;
const CLAUSE = 3;
const LISTING = 4;
const CLASS = new Uint8Array(65536);
for (const c of '“《（(「『【') CLASS[c.charCodeAt(0)] = OPEN;
for (const c of '”》）)」』】') CLASS[c.charCodeAt(0)] = CLOSE;
for (const c of '，,；;：:') CLASS[c.charCodeAt(0)] = CLAUSE;
CLASS['、'.charCodeAt(0)] = LISTING;
// Sentence ends and spaces are looked up in a second table: 。 and ） matter to both splitters.
const FULL_STOP = 1;
const BLANK = 2;
const BREAK = new Uint8Array(65536);
for (const c of '。！？!?') BREAK[c.charCodeAt(0)] = FULL_STOP;
for (const c of ' \t\u3000\u00a0') BREAK[c.charCodeAt(0)] = BLANK;
const isBlank = (text: string, i: number): boolean => BREAK[text.charCodeAt(i)] === BLANK;

export const isSemicolon = (delimiter: string): boolean => delimiter === '；' || delimiter === ';';
export const isColon = (delimiter: string): boolean => delimiter === '：' || delimiter === ':';

/**
 * A ? that a mirror printed for a character it lost, its reading's letters after it: 管理?xiàng)l例 (1854),
 * 長江日?qǐng)?b (509), 山西日?qǐng)?b (328), 氛莊重?zé)崃 (732) — no question, so no sentence ends there.
 */
const LOST_CHARACTER_READING = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;
const isLostCharacter = (text: string, i: number): boolean => text[i] === '?' && LOST_CHARACTER_READING.test(text[i + 1] ?? '');

function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Sentences of text[from, to): cut after 。！？ (and any closing quotes that follow), and at runs
 * of two or more spaces, which some sources use as paragraph breaks.
 */
export function sentences(text: string, from = 0, to = text.length): Piece[] {
	if (from === 0 && to === text.length) {
		if (layout.text !== text) layout = {text, sentences: splitSentences(text, 0, text.length), clauses: new Map()};
		return layout.sentences;
	}
	return splitSentences(text, from, to);
}

// Every finder reads the same section sentence by sentence: the split of the section being read
// is kept, so that each sentence and clause is cut once rather than once per finder.
let layout: {text: string; sentences: Piece[]; clauses: Map<number, {end: number; pieces: Piece[]}>} = {text: '', sentences: [], clauses: new Map()};

function splitSentences(text: string, from: number, to: number): Piece[] {
	const out: Piece[] = [];
	let start = from;
	const push = (end: number, next: number, delimiter: string) => {
		let s = start;
		while (s < end && isBlank(text, s)) s++;
		let e = end;
		while (e > s && isBlank(text, e - 1)) e--;
		if (e > s) out.push({start: s, end: e, delimiter});
		start = next;
	};
	let i = from;
	while (i < to) {
		const kind = BREAK[text.charCodeAt(i)];
		if (kind === 0) {
			i++;
			continue;
		}
		if (kind === FULL_STOP) {
			if (isLostCharacter(text, i)) {
				i++;
				continue;
			}
			let j = i + 1;
			while (j < to && CLOSERS.has(text[j])) j++;
			push(i, j, text[i]);
			i = j;
			continue;
		}
		if (i + 1 < to && isBlank(text, i + 1)) {
			let j = i;
			while (j < to && isBlank(text, j)) j++;
			push(i, j, '');
			i = j;
			continue;
		}
		i++;
	}
	push(to, to, '');
	return out;
}

/** Where the sentence starting at `from` ends: its 。！？, a paragraph-break space run, or `limit`. */
export function sentenceEnd(text: string, from: number, limit = text.length): number {
	for (let i = from; i < limit; i++) {
		const kind = BREAK[text.charCodeAt(i)];
		if (kind === FULL_STOP) return i;
		if (kind === BLANK && i > from && i + 1 < limit && isBlank(text, i + 1)) return i;
	}
	return limit;
}

/** Where the sentence holding position `at` starts, looking back no further than `floor`. */
export function sentenceStart(text: string, at: number, floor = 0): number {
	for (let i = at - 1; i >= floor; i--) {
		const kind = BREAK[text.charCodeAt(i)];
		if (kind === FULL_STOP || (kind === BLANK && i > floor && isBlank(text, i - 1))) {
			let s = i + 1;
			while (s < at && (CLOSERS.has(text[s]) || isBlank(text, s))) s++;
			return s;
		}
	}
	return floor;
}

/** Top-level clauses of a sentence: cut at ，；： (either width) outside quotes and brackets. */
export function clauses(text: string, sentence: Piece): Piece[] {
	if (layout.text !== text) return splitClauses(text, sentence);
	const cached = layout.clauses.get(sentence.start);
	if (cached && cached.end === sentence.end) return cached.pieces;
	const pieces = splitClauses(text, sentence);
	layout.clauses.set(sentence.start, {end: sentence.end, pieces});
	return pieces;
}

function splitClauses(text: string, sentence: Piece): Piece[] {
	const out: Piece[] = [];
	let depth = 0;
	let start = sentence.start;
	for (let i = sentence.start; i < sentence.end; i++) {
		const kind = CLASS[text.charCodeAt(i)];
		if (kind === 0 || kind === LISTING) continue;
		if (kind === OPEN) depth++;
		else if (kind === CLOSE) depth = depth > 0 ? depth - 1 : 0;
		else if (depth === 0) {
			const c = text[i];
			if ((c === ',' || c === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
			if (i > start) out.push({start, end: i, delimiter: c});
			start = i + 1;
		}
	}
	if (sentence.end > start) out.push({start, end: sentence.end, delimiter: sentence.delimiter});
	return out;
}

/** Top-level 、-parts of a clause (and 和 before a 《title》, which closes title lists). */
export function enumeration(text: string, clause: Piece, andBeforeTitles = false): Piece[] {
	const out: Piece[] = [];
	let depth = 0;
	let start = clause.start;
	for (let i = clause.start; i < clause.end; i++) {
		const code = text.charCodeAt(i);
		const kind = CLASS[code];
		if (kind === OPEN) depth++;
		else if (kind === CLOSE) depth = depth > 0 ? depth - 1 : 0;
		else if (depth > 0) continue;
		else if (kind === LISTING || (andBeforeTitles && (code === 0x548c || code === 0x53ca) && text[i + 1] === '《' && text[i - 1] === '》')) {
			const c = text[i];
			if (i > start) out.push({start, end: i, delimiter: c});
			start = i + 1;
		}
	}
	if (clause.end > start) out.push({start, end: clause.end, delimiter: clause.delimiter});
	return out;
}
