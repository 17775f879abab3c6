// What the search state means on screen: the reader's marks, the current match, the counter.
import type {State} from './types.ts';
import type {Query} from './search-types.ts';
import {selectDoc, selectGeometry, selectLayout, selectList, selectReaderTop, selectTarget} from './selectors.ts';
import {hitForTarget, needlesOf, readerMatches} from '../view/matches.ts';
import type {Mark} from '../view/documents.ts';
import type {ListEntry} from '../view/lists.ts';
import type {Place} from '../view/rows.ts';
import {listFor} from '../view/lists.ts';

/**
 * The query whose matches the reader marks: the text search, else the sections filter (a
 * filtered sections list shows why each section is listed).
 */
export function readerQuery(s: State): Query | null {
	return s.search.text ?? (s.tab === 'sections' ? (s.search.filters.sections ?? null) : null);
}

/** The query whose matches the list marks: the tab's filter, else the text search. */
export function listQuery(s: State): Query | null {
	return s.search.filters[s.tab] ?? s.search.text;
}

export function selectMatches(s: State): Mark[] {
	const query = readerQuery(s);
	return query ? readerMatches(s.view, selectDoc(s).blocks, query.hits) : [];
}

/** The match the reader went to last, -1 when it went to none in what it shows now. */
export function selectCurrentMatch(s: State): number {
	const current = s.search.current;
	return current && current.blocks === selectDoc(s).blocks ? current.index : -1;
}

/** What the reader highlights: search matches while a search is on, else the item's occurrences. */
export function selectReaderMarks(s: State): {hits: Mark[]; current: number} {
	if (readerQuery(s)) return {hits: selectMatches(s), current: selectCurrentMatch(s)};
	const current = selectTarget(s)?.kind === 'measure' ? 0 : s.hit[s.tab];
	return {hits: selectDoc(s).hits, current};
}

/** The row a match starts in. */
export function matchPlace(s: State, mark: Mark): Place {
	return selectLayout(s).placeOf(mark.block, mark.start);
}

/** Pieces of list rows to mark for an entry. */
export function selectListNeedles(s: State): (entry: ListEntry) => string[] {
	const query = listQuery(s);
	if (!query) return () => [];
	return entry => needlesOf(hitForTarget(s.view, query.hits, entry.target));
}

export interface MatchStatus {
	/** `match 3/17`, `17 matches`, `no match`, or null with no search on. */
	label: string | null;
	/** The current match's section while it is on screen: the status bar reports it. */
	section: number | null;
}

export function selectMatchStatus(s: State): MatchStatus {
	const filter = s.search.filters[s.tab] ? `filter ${selectList(s).items.length}/${listFor(s.view, s.tab).items.length}` : null;
	const query = readerQuery(s);
	if (!query) return {label: filter, section: null};
	const marks = selectMatches(s);
	const current = selectCurrentMatch(s);
	const mark = marks[current];
	let section: number | null = null;
	if (mark && selectLayout(s).shows(selectReaderTop(s), selectGeometry(s).bodyRows, matchPlace(s, mark))) section = selectDoc(s).blocks[mark.block].section;
	let label: string;
	if (marks.length === 0) label = query.hits.length > 0 ? `no match here, ${query.hits.length} elsewhere` : 'no match';
	else label = current >= 0 ? `match ${current + 1}/${marks.length}` : `${marks.length} match${marks.length === 1 ? '' : 'es'}`;
	// A sections filter marks the reader too; its matches are counted once n has gone to one.
	const shown = [filter, s.search.text || current >= 0 ? label : null].filter(Boolean).join('  ');
	return {label: shown || null, section};
}
