// Questions asked of a whole library: where a query occurs (search), how often a term occurs per
// year and per report (trend), where a person appears (people). Exact: the index only narrows the
// sections to read; every hit is confirmed on the section's folded text. A query with Latin
// letters may be pinyin: those sections go through plenum's own search engine, so `bbzl` finds
// 八八战略 here as it does inside one report.
import type {Report} from '../model/report.ts';
import {queryBigrams, type Fold} from './fold.ts';
import type {LibraryStore, ReportRow, SectionRow} from './store.ts';
import type {Range} from '../search/index.ts';

export interface SectionHit {
	/** Section id inside the index, for fetching its text. */
	id: number;
	/** The section's number in its report. */
	n: number;
	/** How many matches the section holds. */
	count: number;
	/**
	 * Every match, as offsets into the section's text; sorted, not overlapping. Null until asked
	 * for (IndexedLibrary.withRanges): counting a one-word query needs no text in JavaScript.
	 */
	ranges: Range[] | null;
}

export interface ReportHits {
	report: ReportRow;
	/** The path of an identical file listed before this one (same bytes), or null. */
	copyOf: string | null;
	sections: SectionHit[];
	/** Matches in the report. */
	count: number;
}

/** Newest first; undated reports last, by path. */
export function newestFirst(a: ReportRow, b: ReportRow): number {
	return (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path);
}

/** For each report that has an identical file before it (by path), that file's path. */
export function copiesOf(reports: readonly ReportRow[]): Map<number, string> {
	const first = new Map<string, string>();
	const out = new Map<number, string>();
	for (const r of [...reports].sort((a, b) => a.path.localeCompare(b.path))) {
		const original = first.get(r.hash);
		if (original === undefined) first.set(r.hash, r.path);
		else out.set(r.id, original);
	}
	return out;
}

function mergeRanges(ranges: Range[]): Range[] {
	ranges.sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Range[] = [];
	for (const r of ranges) {
		const prev = out.at(-1);
		if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
		else out.push({...r});
	}
	return out;
}

/** Non-overlapping matches of each word; null when a word does not occur. */
export function literalRanges(folded: string, words: readonly string[]): Range[] | null {
	const out: Range[] = [];
	for (const word of words) {
		let found = false;
		for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
			out.push({start: at, end: at + word.length});
			found = true;
		}
		if (!found) return null;
	}
	return words.length > 1 ? mergeRanges(out) : out;
}

const LETTER = /[a-z]/;
/** Sections read at a time when pinyin matching needs the search engine's per-character readings. */
const PINYIN_BATCH = 4000;

export interface QueryContext {
	store: LibraryStore;
	fold: Fold;
}

/** The query's words as the index folds them. */
export function foldedWords(fold: Fold, query: string): string[] {
	return fold(query).split(/\s+/).filter(Boolean);
}

type Visit = (section: {id: number; report: number; n: number}, count: number, ranges: Range[] | null) => void;

/** Every section the query matches, with its count (and its ranges, when they came for free). */
async function matchSections(ctx: QueryContext, query: string, visit: Visit): Promise<void> {
	const words = foldedWords(ctx.fold, query);
	if (words.length === 0) return;
	const literal = words.filter(w => !LETTER.test(w));
	const bigrams = [...new Set(literal.flatMap(queryBigrams))];
	// One character (or punctuation): no bigram says where it is; SQLite scans for it.
	const scanFor = bigrams.length === 0 && literal.length > 0 ? literal.reduce((a, b) => (b.length > a.length ? b : a)) : undefined;
	if (words.length === 1 && literal.length === 1) {
		for (const row of ctx.store.count(words[0], bigrams)) visit(row, row.count, null);
		return;
	}
	if (literal.length === words.length) {
		const candidates = ctx.store.candidates(bigrams, scanFor);
		for (const s of candidates) {
			const ranges = literalRanges(s.folded, words);
			if (ranges) visit(s, ranges.length, ranges);
		}
		return;
	}
	// Latin letters: pinyin or literal, as the search engine decides. The literal words narrow
	// first, and a one-word pinyin query by the letters its characters can begin with.
	const [engine, {initialsQuery, initialsTable}] = await Promise.all([import('../search/index.ts'), import('./initials.ts')]);
	const initials = words.length === 1 && ctx.store.kind === 'sqlite' ? (initialsQuery(words[0], await initialsTable()) ?? undefined) : undefined;
	let batch: SectionRow[] = [];
	const run = async () => {
		const texts = ctx.store.texts(batch.map(s => s.id));
		const report = {sections: batch.map((s, i) => ({id: i, lead: null, heading: '', text: texts.get(s.id) ?? '', offset: 0})), measures: [], people: [], bodies: [], terms: []} as unknown as Report;
		const index = await engine.createIndex(report);
		for (const hit of engine.search(index, query, {kinds: ['section']})) visit(batch[hit.id], hit.ranges.length, hit.ranges);
		batch = [];
	};
	for (const s of ctx.store.candidates(bigrams, scanFor, initials)) {
		if (literal.length > 0 && literal.some(w => !s.folded.includes(w))) continue;
		batch.push(s);
		if (batch.length >= PINYIN_BATCH) await run();
	}
	if (batch.length > 0) await run();
}

export interface SearchResult {
	query: string;
	reports: ReportHits[];
	/** Matches across the library. */
	total: number;
}

export async function searchLibrary(ctx: QueryContext, query: string): Promise<SearchResult> {
	const byReport = new Map<number, SectionHit[]>();
	let total = 0;
	await matchSections(ctx, query, (s, count, ranges) => {
		let list = byReport.get(s.report);
		if (!list) byReport.set(s.report, (list = []));
		list.push({id: s.id, n: s.n, count, ranges});
		total += count;
	});
	const rows = new Map(ctx.store.reports().map(r => [r.id, r]));
	const copies = copiesOf([...rows.values()]);
	const reports = [...byReport].map(([id, sections]): ReportHits => {
		sections.sort((a, b) => a.n - b.n);
		return {report: rows.get(id)!, copyOf: copies.get(id) ?? null, sections, count: sections.reduce((n, s) => n + s.count, 0)};
	});
	reports.sort((a, b) => newestFirst(a.report, b.report));
	return {query, reports, total};
}

export interface Trend {
	term: string;
	total: number;
	/** Date of the earliest and latest dated report the term occurs in. */
	first: string | null;
	last: string | null;
	/** Every year from the library's first dated report to its last, with the term's count. */
	years: {year: number; count: number}[];
	/** Reports the term occurs in, oldest first (undated last). */
	reports: {path: string; date: string | null; meeting: string | null; title: string; count: number; copyOf: string | null}[];
	/** Occurrences in reports with no date, which no year holds. */
	undated: number;
}

export async function trend(ctx: QueryContext, term: string): Promise<Trend> {
	const {reports: hits, total} = await searchLibrary(ctx, term);
	const all = ctx.store.reports();
	const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);
	const dated = all.map(r => yearOf(r.date)).filter((y): y is number => y !== null);
	const counts = new Map<number, number>();
	let undated = 0;
	for (const h of hits) {
		const year = yearOf(h.report.date);
		if (year === null) undated += h.count;
		else counts.set(year, (counts.get(year) ?? 0) + h.count);
	}
	const years: Trend['years'] = [];
	if (dated.length > 0) for (let y = Math.min(...dated); y <= Math.max(...dated); y++) years.push({year: y, count: counts.get(y) ?? 0});
	const ordered = [...hits].reverse();
	const withDates = ordered.filter(h => h.report.date);
	return {
		term,
		total,
		first: withDates[0]?.report.date ?? null,
		last: withDates.at(-1)?.report.date ?? null,
		years,
		reports: ordered.map(h => ({path: h.report.path, date: h.report.date, meeting: h.report.meeting, title: h.report.title, count: h.count, copyOf: h.copyOf})),
		undated,
	};
}

export interface Appearance {
	path: string;
	date: string | null;
	title: string;
	meeting: string | null;
	series: string;
	name: string;
	part: string;
	also: string[];
	roles: string[];
	as: string | null;
	sections: number[];
	copyOf: string | null;
}

/** Every report a person appears in, newest first: the name as given, else names containing it. */
export function peopleIn(ctx: QueryContext, name: string): Appearance[] {
	const wanted = ctx.fold(name.replace(/\s+/g, ''));
	const people = ctx.store.people().map(p => ({p, folded: ctx.fold(p.name)}));
	let chosen = people.filter(x => x.folded === wanted);
	if (chosen.length === 0) chosen = people.filter(x => x.folded.includes(wanted));
	const rows = new Map(ctx.store.reports().map(r => [r.id, r]));
	const copies = copiesOf([...rows.values()]);
	return chosen
		.map(({p}) => ({p, r: rows.get(p.report)!}))
		.sort((a, b) => newestFirst(a.r, b.r) || a.p.name.localeCompare(b.p.name))
		.map(({p, r}) => ({
			path: r.path,
			date: r.date,
			title: r.title,
			meeting: r.meeting,
			series: r.series,
			name: p.name,
			part: p.part,
			also: p.also,
			roles: p.roles,
			as: p.as,
			sections: p.sections,
			copyOf: copies.get(r.id) ?? null,
		}));
}
