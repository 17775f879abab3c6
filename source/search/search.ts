// Turns a query into hits: folds it like the text, splits it into words, matches each word and
// keeps the entries every word matches in, with all their ranges.
import type {SearchIndex} from './build.ts';
import {contextOf} from './context.ts';
import {matchRanges} from './match.ts';
import type {Entry, Hit, HitKind, Range, SearchOptions} from './types.ts';

/** One word's matches, by entry: entry index and offsets into that entry's text. */
interface WordMatches {
	entry: Int32Array;
	start: Int32Array;
	end: Int32Array;
}

export function queryWords(index: SearchIndex, query: string): string[] {
	return index.fold(query).split(/\s+/).filter(Boolean);
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): Hit[] {
	const words = queryWords(index, query);
	if (words.length === 0) return [];
	const wanted = options.kinds ? new Set<HitKind>(options.kinds) : null;
	// `ba ba zhan lue` is pinyin typed with spaces: read it as one word first, and only when
	// that finds nothing as words that must all match (`gdp 增长`, `zhanlue 窗口`).
	if (words.length > 1 && words.every(w => /^[a-z]+$/.test(w))) {
		const joined = hitsFor(index, [words.join('')], wanted);
		if (joined.length > 0) return joined;
	}
	return hitsFor(index, words, wanted);
}

function hitsFor(index: SearchIndex, words: string[], wanted: Set<HitKind> | null): Hit[] {
	const perWord = words.map(word => byEntry(index, word, wanted));
	const chosen = entriesWithAll(perWord, index.entries.length);
	const ranges = new Map<number, Range[]>();
	for (const e of chosen) ranges.set(e, []);
	for (const m of perWord) {
		for (let i = 0; i < m.entry.length; i++) ranges.get(m.entry[i])?.push({start: m.start[i], end: m.end[i]});
	}
	return chosen.map(e => toHit(index.entries[e], words.length > 1 ? merge(ranges.get(e) ?? []) : (ranges.get(e) ?? [])));
}

function byEntry(index: SearchIndex, word: string, wanted: Set<HitKind> | null): WordMatches {
	const {starts, ends} = matchRanges(index, word);
	const entry = new Int32Array(starts.length);
	const start = new Int32Array(starts.length);
	const end = new Int32Array(starts.length);
	let n = 0;
	let e = 0;
	const last = index.starts.length - 1;
	for (let i = 0; i < starts.length; i++) {
		while (e < last && index.starts[e + 1] <= starts[i]) e++;
		if (wanted && !wanted.has(index.entries[e].kind)) continue;
		entry[n] = e;
		start[n] = starts[i] - index.starts[e];
		end[n++] = ends[i] - index.starts[e];
	}
	return {entry: entry.subarray(0, n), start: start.subarray(0, n), end: end.subarray(0, n)};
}

/** Entry indices, ascending, that every word matched in. */
function entriesWithAll(perWord: WordMatches[], entryCount: number): number[] {
	const seen = new Int32Array(entryCount);
	perWord.forEach((m, w) => {
		for (let i = 0; i < m.entry.length; i++) if (seen[m.entry[i]] === w) seen[m.entry[i]] = w + 1;
	});
	const out: number[] = [];
	for (let e = 0; e < entryCount; e++) if (seen[e] === perWord.length) out.push(e);
	return out;
}

/** Ranges of several words may overlap (`战略 zhanlue`): sort and join them. */
function merge(ranges: Range[]): Range[] {
	ranges.sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Range[] = [];
	for (const r of ranges) {
		const prev = out.at(-1);
		if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
		else out.push({...r});
	}
	return out;
}

function toHit(entry: Entry, ranges: Range[]): Hit {
	return {...entry, ranges, context: contextOf(entry.text, ranges)};
}

/** How many matches the hits hold: what a `match 3/17` counter counts. */
export function matchCount(hits: readonly Hit[]): number {
	return hits.reduce((n, hit) => n + hit.ranges.length, 0);
}
