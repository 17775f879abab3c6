// Finds where one folded word matches. Each query letter is read against the text as the letter
// itself (Latin in the text) or as pinyin: a character consumes a whole syllable, its initial
// (zh, ch, sh or first letter), or — as the query's last piece — any start of a syllable, so
// every keystroke of `babazhanlue` already finds 八八战略. Han, digits and punctuation in the
// query match themselves.
import type {SearchIndex} from './build.ts';

/** Remembered matches are dropped, oldest first, beyond this many words or this many bytes. */
const CACHE_WORDS = 64;
const CACHE_BYTES = 64 << 20;

function isLetter(code: number): boolean {
	return code >= 97 && code <= 122;
}

function hasLetter(word: string): boolean {
	for (let i = 0; i < word.length; i++) if (isLetter(word.charCodeAt(i))) return true;
	return false;
}

/**
 * A word prepared for matching: its tails, so the partial-syllable test allocates nothing, and
 * a memo of the (characters read, letters used) pairs that failed from the current start, so a
 * long pasted pinyin string with many ways to split (an + a…, zh + z…) stays polynomial.
 */
interface Prepared {
	word: string;
	tails: string[];
	/** Dense for the words people type; sparse for long ones, so memory follows the work done. */
	failed: Int32Array | Map<number, number>;
	/** Which start `failed` belongs to: bumping it forgets the memo without clearing it. */
	attempt: number;
	start: number;
}

function matchFrom(index: SearchIndex, w: Prepared, j: number, p: number): number {
	const {word} = w;
	if (p === word.length) return j;
	const text = index.folded;
	if (j >= text.length) return -1;
	// Every character read uses at least one letter, so j - start <= p <= word.length.
	const key = (j - w.start) * (word.length + 1) + p;
	const failed = w.failed;
	if ((failed instanceof Map ? failed.get(key) : failed[key]) === w.attempt) return -1;
	const end = tryFrom(index, w, j, p);
	if (end < 0) {
		if (failed instanceof Map) failed.set(key, w.attempt);
		else failed[key] = w.attempt;
	}
	return end;
}

function tryFrom(index: SearchIndex, w: Prepared, j: number, p: number): number {
	const {word} = w;
	const text = index.folded;
	const c = word.charCodeAt(p);
	if (text.charCodeAt(j) === c) {
		const end = matchFrom(index, w, j + 1, p + 1);
		if (end >= 0) return end;
	}
	if (!isLetter(c)) return -1;
	const id = index.readingIds[j];
	// No reading starts with this letter: the common way out, before any string is compared.
	if (((index.table.firstLetters[id] >>> (c - 97)) & 1) === 0) return -1;
	const tail = w.tails[p];
	for (const syllable of index.table.syllables[id]) if (syllable.startsWith(tail)) return j + 1;
	for (const piece of index.table.pieces[id]) {
		if (!word.startsWith(piece, p)) continue;
		const end = matchFrom(index, w, j + 1, p + piece.length);
		if (end >= 0) return end;
	}
	return -1;
}

/** Up to this length the memo is an array of (length + 1)² entries (a 64-letter word: 17 KB). */
const DENSE_MEMO = 64;

/**
 * Longer words are matched as written only: read as pinyin, a word of this many letters spans at
 * least 170 characters, which no one types; and the match recurses once per character read.
 */
export const MAX_PINYIN_WORD = 1024;

function prepare(word: string): Prepared {
	const n = word.length + 1;
	return {word, tails: Array.from(word, (_, p) => word.slice(p)), failed: word.length <= DENSE_MEMO ? new Int32Array(n * n) : new Map(), attempt: 0, start: 0};
}

/** The end of a match of `word` starting at `start`, or -1. Tries shorter matches first. */
function matchAt(index: SearchIndex, w: Prepared, start: number): number {
	w.attempt++;
	w.start = start;
	return matchFrom(index, w, start, 0);
}

/** Every place (sorted by start, overlapping allowed) where `word` matches. */
export interface Matches {
	starts: Int32Array;
	ends: Int32Array;
	/** The leftmost non-overlapping ones, worked out once. */
	kept?: Matches;
}

export function allMatches(index: SearchIndex, word: string): Matches {
	const cached = index.cache.get(word);
	if (cached) return cached;
	// A pasted 100 KB query used to allocate (length + 1)² memo entries and die: the work is now
	// bounded by what the text can match.
	const found = hasLetter(word) && word.length <= MAX_PINYIN_WORD ? filterCandidates(index, word) : literalMatches(index.folded, word);
	remember(index.cache, word, found);
	return found;
}

function bytesOf(m: Matches): number {
	// `kept` is at most as large as the matches it is drawn from.
	return 4 * (m.starts.length + m.ends.length);
}

function remember(cache: Map<string, Matches>, word: string, found: Matches): void {
	cache.set(word, found);
	let bytes = 0;
	for (const m of cache.values()) bytes += 2 * bytesOf(m);
	for (const [oldest, m] of cache) {
		if (cache.size <= 1 || (cache.size <= CACHE_WORDS && bytes <= CACHE_BYTES)) break;
		cache.delete(oldest);
		bytes -= 2 * bytesOf(m);
	}
}

function literalStarts(text: string, literal: string): Int32Array {
	const out: number[] = [];
	for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) out.push(at);
	return Int32Array.from(out);
}

function literalMatches(text: string, word: string): Matches {
	const starts = literalStarts(text, word);
	return {starts, ends: starts.map(s => s + word.length)};
}

/**
 * Matches shrink as a word grows (a match of `babaz` starts where `baba` matched), so the
 * longest cached beginning of the word supplies the candidates; else the first letter's list.
 */
function candidates(index: SearchIndex, word: string): Int32Array {
	// The cache holds a few dozen words: look among them, not at every beginning of the word.
	let best: Matches | null = null;
	let bestLength = 0;
	for (const [known, matches] of index.cache) {
		if (known.length > bestLength && known.length < word.length && word.startsWith(known)) [best, bestLength] = [matches, known.length];
	}
	if (best) return best.starts;
	const first = word.charCodeAt(0);
	if (isLetter(first)) return index.byLetter[first - 97];
	const literal = /^[^a-z]+/.exec(word)?.[0] ?? word;
	return literalStarts(index.folded, literal);
}

/**
 * Per reading set, how its first character may begin a match of `word`: 1 when a syllable
 * starts with the whole word (z, zh, zhong), else a bit (1 << n) for each reading piece of n
 * letters the word starts with (zhong → zh, z for 战), 0 when none does.
 */
function firstSteps(index: SearchIndex, word: string): Uint8Array {
	const {syllables, pieces} = index.table;
	const steps = new Uint8Array(syllables.length);
	for (let id = 1; id < syllables.length; id++) {
		if (syllables[id].some(s => s.startsWith(word))) steps[id] = 1;
		// Pinyin syllables have at most six letters, so the bits fit in a byte.
		else for (const piece of pieces[id]) if (piece.length < 8 && word.startsWith(piece)) steps[id] |= 1 << piece.length;
	}
	return steps;
}

function filterCandidates(index: SearchIndex, word: string): Matches {
	const from = candidates(index, word);
	const w = prepare(word);
	// The first keystrokes try hundreds of thousands of characters over a corpus: decide the
	// first character from a table over the few thousand reading sets, and go on letter by
	// letter only where it leaves a choice. matchAt alone gives the same ends, far slower.
	const steps = isLetter(word.charCodeAt(0)) ? firstSteps(index, word) : null;
	const ids = index.readingIds;
	const text = index.folded;
	const starts = new Int32Array(from.length);
	const ends = new Int32Array(from.length);
	let n = 0;
	for (let i = 0; i < from.length; i++) {
		const at = from[i];
		const id = ids[at];
		let end: number;
		if (!steps || id === 0 || text.charCodeAt(at) === word.charCodeAt(0)) end = matchAt(index, w, at);
		else if (steps[id] === 1) end = at + 1;
		else end = afterFirst(index, w, at, steps[id]);
		if (end < 0) continue;
		starts[n] = at;
		ends[n++] = end;
	}
	return {starts: starts.slice(0, n), ends: ends.slice(0, n)};
}

/** Goes on after the first character's pieces, longest first, as matchFrom would. */
function afterFirst(index: SearchIndex, w: Prepared, at: number, lengths: number): number {
	if (lengths === 0) return -1;
	w.attempt++;
	w.start = at;
	for (let n = 7; n >= 1; n--) {
		if ((lengths & (1 << n)) === 0) continue;
		const end = matchFrom(index, w, at + 1, n);
		if (end >= 0) return end;
	}
	return -1;
}

/** Non-overlapping matches, leftmost first. */
export function matchRanges(index: SearchIndex, word: string): Matches {
	const all = allMatches(index, word);
	all.kept ??= leftmost(all);
	return all.kept;
}

function leftmost(all: Matches): Matches {
	const starts = new Int32Array(all.starts.length);
	const ends = new Int32Array(all.starts.length);
	let n = 0;
	let last = -1;
	for (let i = 0; i < all.starts.length; i++) {
		if (all.starts[i] < last) continue;
		starts[n] = all.starts[i];
		ends[n++] = last = all.ends[i];
	}
	return {starts: starts.subarray(0, n), ends: ends.subarray(0, n)};
}
