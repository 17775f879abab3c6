// Questions asked of a whole library: where a query occurs (search), how often a term occurs per
// year and per report (trend), where a person appears (people). Exact: a word of letters, digits
// and Chinese characters is found from the postings of its bigrams (postings.ts), every match and
// nothing else; any other word is confirmed on the folded text of the sections the postings (or a
// scan) leave. A query with Latin letters may be pinyin: those sections go through plenum's own
// search engine, so `bbzl` finds 八八战略 here as it does inside one report.
import type {Report} from '../model/report.ts';
import type {Fold} from './fold.ts';
import {gramsOf, numberOfSection, reportOfSection, wordMatches, type PostingsReader, type WordMatches} from './postings.ts';
import type {LibraryStore, ReportBytes, ReportRow, SectionRow} from './store.ts';
import type {Range} from '../search/index.ts';

export interface SectionHit {
	/** Section id inside the index, for fetching its text. */
	id: number;
	/** The section's number in its report. */
	n: number;
	/** How many matches the section holds. */
	count: number;
	/**
	 * Every match, as offsets into the section's text; sorted, not overlapping. A search has them
	 * from the postings (or the text it confirmed); null where only the text can place them (one
	 * character, a count from SQLite), until asked for (IndexedLibrary.withRanges).
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

/** As localeCompare without a locale, without looking the locale up on every call. */
const byLocale = new Intl.Collator().compare;

/** Newest first; undated reports last, by path. Dates are ISO: their characters' order is theirs. */
export function newestFirst(a: ReportRow, b: ReportRow): number {
	const [x, y] = [a.date ?? '', b.date ?? ''];
	return x === y ? byLocale(a.path, b.path) : x < y ? 1 : -1;
}

/** For each report that has an identical file before it (by path), that file's path. */
export function copiesOf(reports: readonly ReportBytes[]): Map<number, string> {
	// Only files that share their bytes with another are sorted: most libraries have few.
	const byHash = new Map<string, ReportBytes[]>();
	for (const r of reports) {
		const same = byHash.get(r.hash);
		if (same) same.push(r);
		else byHash.set(r.hash, [r]);
	}
	const out = new Map<number, string>();
	for (const same of byHash.values()) {
		if (same.length < 2) continue;
		const [original, ...copies] = same.sort((a, b) => byLocale(a.path, b.path));
		for (const r of copies) out.set(r.id, original.path);
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

/** A section (by id: its report and number are in it, postings.ts) the query matches, and how. */
type Visit = (id: number, count: number, ranges: Range[] | null) => void;

/** The rows of the reports an answer names, by id, and the copies among the library's reports. */
function rowsOf(store: LibraryStore, ids: readonly number[]): {byId: Map<number, ReportRow>; copies: Map<number, string>} {
	return {byId: new Map(store.reportsOf(ids).map(r => [r.id, r])), copies: copiesOf(store.sharedReports())};
}

/** Runs of two or more word characters in a word the postings cannot answer whole: they narrow. */
function runsOf(word: string): string[] {
	return word.split(/[^\p{L}\p{N}]+/u).filter(run => run.length >= 2 && gramsOf(run) !== null);
}

/** Section ids holding every one of `words` (each answerable from the postings), ascending. */
function sectionsHolding(words: readonly string[], postings: PostingsReader, live: (id: number) => boolean): number[] {
	let ids: number[] | null = null;
	for (const word of words) {
		const found = wordMatches(word, gramsOf(word)!, postings, live);
		const holding = new Set(found.ids.subarray(0, found.sections));
		ids = (ids ?? [...holding]).filter(id => holding.has(id));
		if (ids.length === 0) break;
	}
	return ids ?? [];
}

function rangesIn(found: WordMatches, index: number, length: number): Range[] {
	const out: Range[] = [];
	for (let k = found.from[index]; k < found.from[index + 1]; k++) out.push({start: found.starts[k], end: found.starts[k] + length});
	return out;
}

/**
 * Every section the query matches, with its count, and its ranges when they came with it: the
 * postings' places of a one-word query only when `places` asks (a trend counts, a search shows).
 */
async function matchSections(ctx: QueryContext, query: string, visit: Visit, places = false): Promise<void> {
	const words = foldedWords(ctx.fold, query);
	if (words.length === 0) return;
	const literal = words.filter(w => !LETTER.test(w));
	const held = ctx.store.reportIds();
	const live = (id: number) => held.has(reportOfSection(id));
	const postings = ctx.store.postings();
	const whole = literal.filter(w => gramsOf(w) !== null);
	if (whole.length === words.length) {
		// Every word from the postings: its matches are known without reading a section.
		const found = whole.map(w => wordMatches(w, gramsOf(w)!, postings, live));
		const [first, ...others] = found;
		if (others.length === 0) {
			// One word: its places are the postings' own (leftmost, not overlapping, as literalRanges
			// reads the folded text), so a result list need not fold the texts it shows to find them.
			for (let i = 0; i < first.sections; i++) visit(first.ids[i], first.from[i + 1] - first.from[i], places ? rangesIn(first, i, whole[0].length) : null);
			return;
		}
		const indexes = others.map(f => new Map(Array.from(f.ids.subarray(0, f.sections), (id, i) => [id, i])));
		for (let i = 0; i < first.sections; i++) {
			const id = first.ids[i];
			const at = indexes.map(index => index.get(id));
			if (at.some(x => x === undefined)) continue;
			const ranges = mergeRanges([...rangesIn(first, i, whole[0].length), ...others.flatMap((f, k) => rangesIn(f, at[k]!, whole[k + 1].length))]);
			visit(id, ranges.length, ranges);
		}
		return;
	}
	// The words (and runs of the others) the postings answer narrow; the folded text confirms.
	const narrowing = [...whole, ...literal.filter(w => gramsOf(w) === null).flatMap(runsOf)];
	const ids = narrowing.length > 0 ? sectionsHolding(narrowing, postings, live) : null;
	// One character (or punctuation): nothing in the postings says where it is; SQLite scans for it.
	const scanFor = literal.length > 0 ? literal.reduce((a, b) => (b.length > a.length ? b : a)) : undefined;
	if (literal.length === words.length) {
		if (!ids && words.length === 1) {
			for (const row of ctx.store.count(words[0])) visit(row.id, row.count, null);
			return;
		}
		for (const s of ids ? ctx.store.folded(ids) : ctx.store.candidates(scanFor)) {
			const ranges = literalRanges(s.folded, words);
			if (ranges) visit(s.id, ranges.length, ranges);
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
		for (const hit of engine.search(index, query, {kinds: ['section']})) visit(batch[hit.id].id, hit.ranges.length, hit.ranges);
		batch = [];
	};
	for (const s of ids ? ctx.store.folded(ids) : ctx.store.candidates(scanFor, initials)) {
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
	let last = -1;
	let list: SectionHit[] = [];
	await matchSections(
		ctx,
		query,
		(id, count, ranges) => {
			// Sections come by id, so a report's come together: the map is looked up once per report.
			const report = reportOfSection(id);
			if (report !== last) {
				list = byReport.get(report) ?? [];
				if (list.length === 0) byReport.set(report, list);
				last = report;
			}
			list.push({id, n: numberOfSection(id), count, ranges});
			total += count;
		},
		true,
	);
	const {byId, copies} = rowsOf(ctx.store, [...byReport.keys()]);
	const reports = [...byReport].map(([id, sections]): ReportHits => {
		sections.sort((a, b) => a.n - b.n);
		return {report: byId.get(id)!, copyOf: copies.get(id) ?? null, sections, count: sections.reduce((n, s) => n + s.count, 0)};
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
	// Counts per report are all a trend needs: no section is kept.
	const counts = new Map<number, number>();
	let total = 0;
	let last = -1;
	let sum = 0;
	await matchSections(ctx, term, (id, count) => {
		const report = reportOfSection(id);
		if (report !== last) {
			sum = counts.get(report) ?? 0;
			last = report;
		}
		counts.set(report, (sum += count));
		total += count;
	});
	const {byId, copies} = rowsOf(ctx.store, [...counts.keys()]);
	const hits = [...counts].map(([id, count]) => ({report: byId.get(id)!, count, copyOf: copies.get(id) ?? null}));
	hits.sort((a, b) => newestFirst(a.report, b.report));
	const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);
	// The library's dated reports span the years: ISO dates, so the earliest and latest bound them.
	const span = ctx.store.dateSpan();
	const perYear = new Map<number, number>();
	let undated = 0;
	for (const h of hits) {
		const year = yearOf(h.report.date);
		if (year === null) undated += h.count;
		else perYear.set(year, (perYear.get(year) ?? 0) + h.count);
	}
	const years: Trend['years'] = [];
	if (span) for (let y = yearOf(span.first)!; y <= yearOf(span.last)!; y++) years.push({year: y, count: perYear.get(y) ?? 0});
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
	const {byId, copies} = rowsOf(
		ctx.store,
		chosen.map(x => x.p.report),
	);
	return chosen
		.map(({p}) => ({p, r: byId.get(p.report)!}))
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
