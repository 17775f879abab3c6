// The search engine: pure (no I/O, no UI), over one report or a whole corpus.
//
//   const index = await createIndex(report);          // or createIndex([r1, r2, …])
//   const hits = search(index, 'bbzl');               // Hit[]
//   const sectionsOnly = search(index, query, {kinds: ['section']});
//
// createIndex loads pinyin-pro and opencc-js on first use (they are slow to load; nothing
// else in plenum imports them) and precomputes folded text and pinyin per character, so
// `search` is synchronous and cheap enough to run on every keystroke. Build the index once per
// report, then call `search` with the whole prompt text on each keystroke: the index remembers
// recent words, and a word that extends one it has seen only re-checks that word's matches.
//
// A Hit is one place — a section, measure, person, body or term (kind, id, section, report) —
// with `text`, the place's original text; `ranges`, every match in it as UTF-16 offsets into
// `text` (end exclusive, sorted, not overlapping); and `context`, about a line around the first
// match with its own ranges, ready to print. For a section, add section.offset to reach the
// loaded text; for a measure, its ranges are in measure.text (measure.start places that text in
// its section). A person's text is `name role role…`, so ranges below name.length mark the name.
// `ranges` and `context` are getters worked out on first read (a one-letter query over a corpus
// hits tens of thousands of places); JSON.stringify(hit) includes them, `{...hit}` does not.
// Hits come in index order: by report, then kind (section, measure, person, body, term), then
// document order. matchCount(hits) totals the ranges, for a `match 3/17` counter.
//
// Matching (see match.ts): substring; Latin case-insensitive; full- and half-width forms equal;
// traditional characters folded to simplified (opencc t → cn, per character, both in the text
// and the query); pinyin by whole syllables (babazhanlue), initials (bbzl) or both mixed
// (bbzhanlue), with every reading of a polyphonic character (重: zhong, chong), ü typed as u or
// v and tone marks ignored (zhànlüè); the query's last syllable may be typed in part, so each
// keystroke narrows the hits.
// Words separated by spaces must all match in the same entry (section = paragraph, measure,
// person, body, term). A query of Latin words only (`ba ba zhan lue`) is first read as one
// pinyin sequence with the spaces dropped; only when that finds nothing do the words each have
// to match.
import type {Report} from '../model/report.ts';
import {buildIndex, type SearchIndex} from './build.ts';
import {loadLibraries} from './libraries.ts';

export type {SearchIndex} from './build.ts';
export type {Context, Entry, Hit, HitKind, Place, Range, SearchOptions} from './types.ts';
export {HIT_KINDS} from './types.ts';
export {search, matchCount, queryWords} from './search.ts';
export {contextOf} from './context.ts';

export interface IndexOptions {
	/**
	 * Fold traditional characters to simplified (the default). A one-off search for a query with
	 * no Chinese characters (pinyin) can do without: the text's characters are then read as
	 * written, and opencc-js is not loaded.
	 */
	traditional?: boolean;
}

export async function createIndex(reports: Report | readonly Report[], options: IndexOptions = {}): Promise<SearchIndex> {
	const libraries = await loadLibraries(options.traditional ?? true);
	return buildIndex(Array.isArray(reports) ? reports : [reports as Report], libraries);
}

/** Forgets remembered words: for measuring a first keystroke, or to free memory. */
export function clearCache(index: SearchIndex): void {
	index.cache.clear();
}
