// Turns a query into hits: folds it like the text, splits it into words, matches each word and
// keeps the entries every word matches in.
import type {SearchIndex} from './build.ts';
import {LazyHit} from './hit.ts';
import {matchRanges, type Matches} from './match.ts';
import type {Hit, HitKind, SearchOptions} from './types.ts';

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
	// Each word once: a word said twice asks nothing more (a pasted `ba ba …` of 33,000 words).
	return hitsFor(index, [...new Set(words)], wanted);
}

function hitsFor(index: SearchIndex, words: string[], wanted: Set<HitKind> | null): Hit[] {
	const perWord: Matches[] = [];
	const spans: {from: Int32Array; to: Int32Array}[] = [];
	// Every word must match in the same entry: once no entry holds all the words so far, no later
	// word can bring one back, and is never looked for. A pasted query of thousands of words
	// (the key fuzz typed into one, a search per key) costs the words up to the first that fails.
	const holding = new Uint8Array(index.entries.length).fill(1);
	for (const word of words) {
		const matches = matchRanges(index, word);
		const span = entrySpans(index, matches);
		let left = 0;
		for (let e = 0; e < holding.length; e++) left += holding[e] &= span.from[e] >= 0 ? 1 : 0;
		if (left === 0) return [];
		perWord.push(matches);
		spans.push(span);
	}
	const hits: Hit[] = [];
	const [{from, to}, ...others] = spans;
	for (let e = 0; e < index.entries.length; e++) {
		if (from[e] < 0 || !others.every(s => s.from[e] >= 0)) continue;
		const entry = index.entries[e];
		if (wanted && !wanted.has(entry.kind)) continue;
		const more = others.length > 0 ? others.flatMap(s => [s.from[e], s.to[e]]) : null;
		hits.push(new LazyHit(entry, index.starts[e], perWord, from[e], to[e], more));
	}
	return hits;
}

/** Per entry, the [from, to) stretch of a word's matches that fall inside it (from -1: none). */
function entrySpans(index: SearchIndex, m: Matches): {from: Int32Array; to: Int32Array} {
	const from = new Int32Array(index.entries.length).fill(-1);
	const to = new Int32Array(index.entries.length);
	const last = index.starts.length - 1;
	let e = 0;
	for (let i = 0; i < m.starts.length; i++) {
		while (e < last && index.starts[e + 1] <= m.starts[i]) e++;
		if (from[e] < 0) from[e] = i;
		to[e] = i + 1;
	}
	return {from, to};
}

/** How many matches the hits hold: what a `match 3/17` counter counts. */
export function matchCount(hits: readonly Hit[]): number {
	return hits.reduce((n, hit) => n + (hit instanceof LazyHit ? hit.matchCount : hit.ranges.length), 0);
}
