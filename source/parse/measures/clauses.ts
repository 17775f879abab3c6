// Sentence and clause splitting with offsets. Reports mix full- and half-width punctuation, so
// every boundary accepts both widths; a half-width comma or colon between digits (1,200 / 07:41)
// is part of a number, not a boundary.

/** A stretch of a section's text: [start, end), with the delimiter that closed it ('' at the end). */
export interface Piece {
	start: number;
	end: number;
	delimiter: string;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);
const OPENERS_OF: Record<string, string> = {'”': '“', '》': '《', '）': '（', ')': '(', '」': '「', '』': '『', '】': '【'};
const OPENING = new Set(Object.values(OPENERS_OF));
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
const SPACE = /[ \t\u3000\u00a0]/;

export const isSemicolon = (delimiter: string): boolean => delimiter === '；' || delimiter === ';';
export const isColon = (delimiter: string): boolean => delimiter === '：' || delimiter === ':';

function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Sentences of text[from, to): cut after 。！？ (and any closing quotes that follow), and at runs
 * of two or more spaces, which some sources use as paragraph breaks.
 */
export function sentences(text: string, from = 0, to = text.length): Piece[] {
	const out: Piece[] = [];
	let start = from;
	const push = (end: number, next: number, delimiter: string) => {
		let s = start;
		while (s < end && SPACE.test(text[s])) s++;
		let e = end;
		while (e > s && SPACE.test(text[e - 1])) e--;
		if (e > s) out.push({start: s, end: e, delimiter});
		start = next;
	};
	let i = from;
	while (i < to) {
		const c = text[i];
		if (SENTENCE_END.has(c)) {
			let j = i + 1;
			while (j < to && CLOSERS.has(text[j])) j++;
			push(i, j, c);
			i = j;
			continue;
		}
		if (SPACE.test(c) && i + 1 < to && SPACE.test(text[i + 1])) {
			let j = i;
			while (j < to && SPACE.test(text[j])) j++;
			push(i, j, '');
			i = j;
			continue;
		}
		i++;
	}
	push(to, to, '');
	return out;
}

/** Top-level clauses of a sentence: cut at ，；： (either width) outside quotes and brackets. */
export function clauses(text: string, sentence: Piece): Piece[] {
	const out: Piece[] = [];
	let depth = 0;
	let start = sentence.start;
	for (let i = sentence.start; i < sentence.end; i++) {
		const c = text[i];
		if (OPENING.has(c)) depth++;
		else if (OPENERS_OF[c] !== undefined && depth > 0) depth--;
		else if (depth === 0 && CLAUSE_END.has(c)) {
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
		const c = text[i];
		if (OPENING.has(c)) depth++;
		else if (OPENERS_OF[c] !== undefined && depth > 0) depth--;
		else if (depth === 0 && (c === '、' || (andBeforeTitles && (c === '和' || c === '及') && text[i + 1] === '《' && text[i - 1] === '》'))) {
			if (i > start) out.push({start, end: i, delimiter: c});
			start = i + 1;
		}
	}
	if (clause.end > start) out.push({start, end: clause.end, delimiter: clause.delimiter});
	return out;
}

/** Number of top-level clauses in text[start, end). */
export function clauseCount(text: string, start: number, end: number): number {
	return clauses(text, {start, end, delimiter: ''}).length;
}
