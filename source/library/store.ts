// What the library's queries read and its indexer writes, whether it lives in SQLite (sqlite.ts)
// or, where SQLite cannot load or the cache cannot be written, in memory (memory.ts).
import type {PersonRecord, ReportRecord, SkippedRecord} from './record.ts';
import type {Fold} from './fold.ts';
import type {PostingsReader} from './postings.ts';

export interface FileState {
	path: string;
	size: number;
	mtimeMs: number;
	hash: string | null;
}

export interface ReportRow {
	id: number;
	path: string;
	hash: string;
	date: string | null;
	title: string;
	meeting: string | null;
	series: string;
	chars: number;
	sections: number;
	bytes: number;
}

/** What tells a report's file and its bytes apart: enough to find identical copies (query.ts copiesOf). */
export type ReportBytes = Pick<ReportRow, 'id' | 'path' | 'hash'>;

export interface SectionRow {
	id: number;
	report: number;
	/** The section's number in its report (1-based). */
	n: number;
	folded: string;
}

export interface CountRow {
	id: number;
	report: number;
	n: number;
	count: number;
}

export interface PersonRow extends PersonRecord {
	report: number;
}

export interface SkippedRow {
	path: string;
	reason: string;
}

export interface LibraryStore {
	/** 'sqlite' with a file on disk, or 'memory' for this run only. */
	readonly kind: 'sqlite' | 'memory';
	/** Where the index lives, or null in memory. */
	readonly location: string | null;
	/** Folds text as the index was folded (a query, before it is looked up). */
	folder(): Promise<Fold>;
	files(): Map<string, FileState>;
	/** Adds or replaces files' records in one transaction: an interruption loses only the batch. */
	write(records: readonly (ReportRecord | SkippedRecord)[], touched: readonly FileState[], removed: readonly string[]): void;
	/** Every report, whole: reading them all is what `plenum DIR` lists; a query asks for less (below). */
	reports(): ReportRow[];
	/** The ids of the reports the index holds: a section of any other id is a forgotten file's. */
	reportIds(): Set<number>;
	/** The rows of the reports with these ids, in any order. */
	reportsOf(ids: readonly number[]): ReportRow[];
	/** At least the reports whose bytes another report shares (copiesOf finds the copies among them), by id, path and hash. */
	sharedReports(): ReportBytes[];
	/** The earliest and latest date of a report (ISO: their years bound a trend's), or null when none is dated. */
	dateSpan(): {first: string; last: string} | null;
	skipped(): SkippedRow[];
	/** The bigrams' postings (postings.ts) as the index holds them now. */
	postings(): PostingsReader;
	/** The folded texts of sections, by id. */
	folded(ids: readonly number[]): Iterable<SectionRow>;
	/**
	 * Sections that hold `literal`, or (when given) one of the `initials` (tokens, initials.ts),
	 * ascending; every section when neither is given. A superset of the sections a query
	 * matches: callers confirm each.
	 */
	candidates(literal?: string, initials?: readonly number[]): Iterable<SectionRow>;
	/**
	 * Sections that hold the folded `word`, with how many times (non-overlapping, leftmost first):
	 * counted where the text is, for a word the postings cannot answer (one character).
	 */
	count(word: string): Iterable<CountRow>;
	/** The original texts of sections, by id. */
	texts(ids: readonly number[]): Map<number, string>;
	/** A report's whole model. */
	model(report: number): Uint8Array;
	/** Its sections' original texts in order. */
	sectionTexts(report: number): string[];
	people(): PersonRow[];
	close(): void;
}
