// Plain-text views of a library's answers: search hits grouped by report, a term's timeline,
// a person's meetings, the index's summary.
import type {ChalkInstance} from 'chalk';
import {padToWidth, truncate} from '../text/width.ts';
import {PART_LABEL} from './plain.ts';

// The shapes drawn here, as the library (source/library) hands them out.
interface Range {
	start: number;
	end: number;
}

interface ReportHits {
	report: {date: string | null; title: string; path: string};
	copyOf: string | null;
	count: number;
	sections: {id: number; n: number}[];
}

interface Trend {
	term: string;
	total: number;
	first: string | null;
	last: string | null;
	years: {year: number; count: number}[];
	reports: {path: string; date: string | null; meeting: string | null; title: string; count: number; copyOf: string | null}[];
	undated: number;
}

interface Appearance {
	path: string;
	date: string | null;
	title: string;
	meeting: string | null;
	name: string;
	part: string;
	also: string[];
	roles: string[];
	as: string | null;
	copyOf: string | null;
}

interface UpdateSummary {
	files: number;
	parsed: number;
	touched: number;
	removed: number;
	problems: {path: string; reason: string}[];
	interrupted: boolean;
	ms: number;
}

type Style = Pick<ChalkInstance, 'bold' | 'dim' | 'cyan' | 'red' | 'yellow'>;

function highlight(text: string, ranges: readonly Range[], style: Style): string {
	let out = '';
	let at = 0;
	for (const r of ranges) {
		out += text.slice(at, r.start) + style.bold.red(text.slice(r.start, r.end));
		at = r.end;
	}
	return out + text.slice(at);
}

function reportLine(r: {date: string | null; title: string; path: string}, extra: string, style: Style): string {
	return `${style.bold((r.date ?? '—').padEnd(10))}  ${style.bold(truncate(r.title, 50))}${extra}  ${style.dim(r.path)}`;
}

/** Each report's line, then a line of context (as `contexts` gives it, by section id) per section. */
export function formatLibraryHits(hits: readonly ReportHits[], contexts: Map<number, {text: string; ranges: Range[]}>, style: Style): string {
	const lines: string[] = [];
	for (const h of hits) {
		const copy = h.copyOf ? style.yellow(` (same as ${h.copyOf})`) : '';
		lines.push(reportLine(h.report, `  ${style.dim(`×${h.count}`)}${copy}`, style));
		for (const s of h.sections) {
			const context = contexts.get(s.id) ?? {text: '', ranges: []};
			lines.push(`  ${style.dim(`§${s.n}`.padEnd(4))} ${highlight(context.text, context.ranges, style)}`);
		}
	}
	return lines.join('\n');
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, the tallest bar for the largest; a blank-looking ▁ for zero. */
export function sparkline(values: readonly number[]): string {
	const max = Math.max(0, ...values);
	return values.map(v => (max === 0 || v === 0 ? '▁' : BARS[Math.min(BARS.length - 1, Math.ceil((v / max) * BARS.length) - 1)])).join('');
}

export function formatTrend(t: Trend, style: Style, options: {sparkline: boolean}): string {
	const reports = t.reports.length;
	const head = `${style.bold(t.term)}: ${t.total} occurrence${t.total === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}`;
	if (t.total === 0) return head;
	const lines = [head + (t.first ? `, first ${t.first}, last ${t.last}` : '')];
	if (options.sparkline && t.years.length > 1) lines.push(`${t.years[0].year} ${sparkline(t.years.map(y => y.count))} ${t.years.at(-1)!.year}`);
	lines.push('');
	// Per year, from the first appearance to the last.
	const firstYear = t.first ? Number(t.first.slice(0, 4)) : null;
	const lastYear = t.last ? Number(t.last.slice(0, 4)) : null;
	const shown = t.years.filter(y => firstYear !== null && lastYear !== null && y.year >= firstYear && y.year <= lastYear);
	const max = Math.max(1, ...shown.map(y => y.count));
	for (const y of shown) lines.push(`${y.year}  ${String(y.count).padStart(6)}  ${style.cyan('█'.repeat(Math.ceil((y.count / max) * 40)))}`);
	if (t.undated > 0) lines.push(`undated  ${t.undated}`);
	lines.push('');
	for (const r of t.reports) {
		const copy = r.copyOf ? style.yellow(` (same as ${r.copyOf})`) : '';
		lines.push(`${(r.date ?? '—').padEnd(10)}  ${String(r.count).padStart(5)}  ${padToWidth(truncate(r.meeting ?? r.title, 40), 40)}  ${style.dim(r.path)}${copy}`);
	}
	return lines.join('\n');
}

/** year,count for every year of the library: what R's read.csv and pandas.read_csv take. */
export function trendCsv(t: Trend): string {
	return ['year,count', ...t.years.map(y => `${y.year},${y.count}`)].join('\n') + '\n';
}

export function formatPeople(name: string, seen: readonly Appearance[], style: Style): string {
	const reports = new Set(seen.map(s => s.path)).size;
	const lines = [`${style.bold(name)}: ${reports} report${reports === 1 ? '' : 's'}`];
	for (const a of seen) {
		const label = (p: string) => PART_LABEL[p as keyof typeof PART_LABEL] ?? p;
		const part = label(a.part);
		const also = a.also.length > 0 ? ` (also ${a.also.map(label).join(', ')})` : '';
		const as = a.as ? ` ${a.as}` : '';
		const copy = a.copyOf ? style.yellow(` (same as ${a.copyOf})`) : '';
		const who = a.name === name ? '' : `${a.name}  `;
		lines.push(`${(a.date ?? '—').padEnd(10)}  ${who}${style.cyan(part + as + also)}  ${a.roles.join('、')}  ${truncate(a.meeting ?? a.title, 40)}  ${style.dim(a.path)}${copy}`);
	}
	return lines.join('\n');
}

export interface IndexFacts {
	root: string;
	location: string | null;
	bytes: number | null;
	reports: number;
	copies: number;
	skipped: {path: string; reason: string}[];
	summary: UpdateSummary;
}

function plural(n: number, word: string): string {
	return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** What `plenum index` prints: counts, where the index is, and the files it could not use. */
export function formatIndexSummary(f: IndexFacts, style: Style, listAtMost = 20): string {
	const s = f.summary;
	const copies = f.copies > 0 ? ` (${plural(f.copies, 'identical copy')} flagged)`.replace('copys', 'copies') : '';
	const lines = [
		`${f.root}: ${plural(s.files, 'file')}, ${plural(f.reports, 'report')}${copies}, ${f.skipped.length.toLocaleString('en-US')} skipped`,
		`this run: ${plural(s.parsed, 'file')} parsed, ${s.touched} unchanged but touched, ${s.removed} removed, in ${(s.ms / 1000).toFixed(1)} s${s.interrupted ? style.yellow(' — interrupted: run plenum index again to go on') : ''}`,
		f.location ? `index: ${f.location}${f.bytes !== null ? ` (${(f.bytes / 2 ** 20).toFixed(1)} MB)` : ''}` : 'index: in memory for this run only',
	];
	const unusable = [...f.skipped, ...s.problems];
	if (unusable.length > 0) {
		const reasons = new Map<string, number>();
		for (const u of unusable) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
		lines.push(`not indexed: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}`);
		for (const u of unusable.slice(0, listAtMost)) lines.push(`  ${style.dim(u.reason.padEnd(14))}  ${u.path}`);
		if (unusable.length > listAtMost) lines.push(`  … and ${unusable.length - listAtMost} more (plenum index --json lists every one)`);
	}
	return lines.join('\n');
}
