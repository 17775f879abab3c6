// The library: a folder tree of reports, indexed once and asked across.
//
//   const lib = await IndexedLibrary.open(dir, {warn});        // indexes it first when it has no index
//   const {reports, total} = await lib.search('新质生产力');
//   const t = await lib.trend('新质生产力');            // per year and per report
//   const seen = lib.people('李强');
//
// Search is exact: a word's places come from the positions of its character bigrams in the
// folded text (traditional → simplified, full → half width, Latin case), or, for what they cannot
// place, from the folded text itself, so every occurrence counts and nothing else does. Queries with Latin letters are matched as
// pinyin or literally by plenum's search engine, over the sections the rest of the query allows.
import type {Fold} from './fold.ts';
import {openLibrary, type OpenOptions} from './open.ts';
import {copiesOf, literalRanges, newestFirst, peopleIn, foldedWords, searchLibrary, trend, type Appearance, type ReportHits, type SearchResult, type Trend} from './query.ts';
import type {LibraryStore, ReportRow} from './store.ts';
import type {UpdateSummary} from './build.ts';
import {contextOf, type Context} from '../search/index.ts';

export type {Progress, UpdateSummary} from './build.ts';
export type {Appearance, ReportHits, SearchResult, SectionHit, Trend} from './query.ts';
export type {ReportRow, SkippedRow} from './store.ts';
export {seriesLabel, SERIES_ORDER} from './series.ts';

export class IndexedLibrary {
	private constructor(
		readonly root: string,
		readonly store: LibraryStore,
		readonly summary: UpdateSummary | null,
		private readonly fold: Fold,
	) {}

	static async open(dir: string, options: OpenOptions = {}): Promise<IndexedLibrary> {
		const opened = await openLibrary(dir, options);
		return new IndexedLibrary(opened.root, opened.store, opened.summary, await opened.store.folder());
	}

	/** Every report, newest first, each with the file it copies (same bytes), if any. */
	reports(): (ReportRow & {copyOf: string | null})[] {
		const rows = this.store.reports();
		const copies = copiesOf(rows);
		return [...rows].sort(newestFirst).map(r => ({...r, copyOf: copies.get(r.id) ?? null}));
	}

	search(query: string): Promise<SearchResult> {
		return searchLibrary({store: this.store, fold: this.fold}, query);
	}

	trend(term: string): Promise<Trend> {
		return trend({store: this.store, fold: this.fold}, term);
	}

	people(name: string): Appearance[] {
		return peopleIn({store: this.store, fold: this.fold}, name);
	}

	/** Section texts by section id (as SectionHit.id gives them). */
	texts(ids: readonly number[]): Map<number, string> {
		return this.store.texts(ids);
	}

	/**
	 * Fills in the ranges of `hits` (a search's, or some of them) that the count alone left out,
	 * and returns the sections' texts by id: what a result list shows.
	 */
	withRanges(result: SearchResult, hits: readonly ReportHits[] = result.reports): Map<number, string> {
		const sections = hits.flatMap(h => h.sections);
		const texts = this.texts(sections.map(s => s.id));
		const words = foldedWords(this.fold, result.query);
		for (const s of sections) s.ranges ??= literalRanges(this.fold(texts.get(s.id) ?? ''), words) ?? [];
		return texts;
	}

	/** About a line of text around each hit's first match, by section id; `texts` as withRanges gave them, when it was asked already. */
	contexts(result: SearchResult, hits: readonly ReportHits[] = result.reports, texts: Map<number, string> = this.withRanges(result, hits)): Map<number, Context> {
		return new Map(hits.flatMap(h => h.sections).map(s => [s.id, contextOf(texts.get(s.id) ?? '', s.ranges ?? [])]));
	}

	close(): void {
		this.store.close();
	}
}
