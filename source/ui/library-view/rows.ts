// The library view's rows, laid out to the terminal's width: reports grouped by series, newest
// first in each; the hits of a search across the library; a term's or person's timeline. Pure:
// the component windows them and draws the visible slice.
import type {Appearance, ReportHits, ReportRow, Trend} from '../../library/index.ts';
import {seriesLabel} from '../../library/series.ts';
import {groupedItems} from '../../library/listing.ts';
import {sparkline} from '../../format/library.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {displayWidth, padToWidth, truncate} from '../../text/width.ts';

export interface LibraryRow {
	text: string;
	/** A heading (series, report of a hit list): drawn bold, not selectable. */
	heading?: boolean;
	/** What Enter opens: a report, at a section when a hit points there. */
	open?: {path: string; section?: number};
	/** Matched stretches of `text` to highlight, as [start, end) offsets. */
	marks?: [number, number][];
}

/** A report as the list shows it: the index's row, or the listing's (library/listing.ts). */
type Report = Pick<ReportRow, 'path' | 'date' | 'title' | 'meeting' | 'series'> & {copyOf: string | null};

function fit(text: string, width: number): string {
	return displayWidth(text) > width ? truncate(text, width) : text;
}

export function reportRow(r: Report, width: number): LibraryRow {
	const title = sanitizeLine(r.title);
	const meeting = r.meeting && r.meeting !== r.title ? `  ${sanitizeLine(r.meeting)}` : '';
	const copy = r.copyOf ? '  (copy)' : '';
	return {text: fit(`${(r.date ?? '—').padEnd(10)}  ${title}${meeting}${copy}`, width), open: {path: r.path}};
}

/**
 * A report's row whose text is laid out when it is first read: the list of a library of 10,000
 * reports draws the thirty or so on screen, and laying out every row (sanitized, measured, cut to
 * the width) took ~70 ms of Ink's first frame there, with as much again in garbage collection.
 */
function listedRow(r: Report, width: number): LibraryRow {
	let text: string | undefined;
	return {
		open: {path: r.path},
		get text() {
			return (text ??= reportRow(r, width).text);
		},
	};
}

/** Rows of the grouped list (library/listing.ts): each series' heading with its count, then its reports. */
export function listingRows(items: readonly ({series: string; count: number} | {report: Report})[], width: number): LibraryRow[] {
	return items.map(item => ('report' in item ? listedRow(item.report, width) : {text: fit(`${seriesLabel(item.series)} · ${item.count}`, width), heading: true}));
}

/** Reports grouped by series (central plenums first … other last), newest first in each. */
export function groupedRows(reports: readonly Report[], width: number): LibraryRow[] {
	return listingRows(groupedItems(reports), width);
}

/** Hits grouped by report, newest first: the report, then a line of context per section. */
export function hitRows(hits: readonly ReportHits[], contexts: Map<number, {text: string; ranges: {start: number; end: number}[]}>, width: number): LibraryRow[] {
	const rows: LibraryRow[] = [];
	for (const h of hits) {
		rows.push({text: fit(`${(h.report.date ?? '—').padEnd(10)}  ${sanitizeLine(h.report.title)}  ×${h.count}${h.copyOf ? '  (copy)' : ''}`, width), heading: true});
		for (const s of h.sections) {
			const context = contexts.get(s.id) ?? {text: '', ranges: []};
			const label = `  §${s.n}`.padEnd(7);
			const text = fit(label + sanitizeLine(context.text), width);
			const marks = context.ranges.map((r): [number, number] => [r.start + label.length, r.end + label.length]).filter(([a]) => a < text.length);
			rows.push({text, open: {path: h.report.path, section: s.n}, marks});
		}
	}
	return rows;
}

/** A term's timeline: totals, a sparkline over the library's years, bars per year, then each report. */
export function timelineRows(t: Trend, width: number): LibraryRow[] {
	if (t.total === 0) return [{text: fit(`${t.term}: not in any report of this library`, width), heading: true}];
	const rows: LibraryRow[] = [{text: fit(`${t.term}: ${t.total} in ${t.reports.length} reports · first ${t.first ?? '—'} · last ${t.last ?? '—'}`, width), heading: true}];
	if (t.years.length > 1) rows.push({text: fit(`${t.years[0].year} ${sparkline(t.years.map(y => y.count))} ${t.years.at(-1)!.year}`, width)});
	const firstYear = t.first ? Number(t.first.slice(0, 4)) : 0;
	const lastYear = t.last ? Number(t.last.slice(0, 4)) : 0;
	const shown = t.years.filter(y => y.year >= firstYear && y.year <= lastYear);
	const max = Math.max(1, ...shown.map(y => y.count));
	const barWidth = Math.max(4, width - 16);
	for (const y of shown) rows.push({text: `${y.year}  ${String(y.count).padStart(6)}  ${'█'.repeat(Math.ceil((y.count / max) * barWidth))}`});
	rows.push({text: ''});
	for (const r of [...t.reports].reverse()) {
		rows.push({text: fit(`${(r.date ?? '—').padEnd(10)}  ${String(r.count).padStart(5)}  ${sanitizeLine(r.meeting ?? r.title)}${r.copyOf ? '  (copy)' : ''}`, width), open: {path: r.path}});
	}
	return rows;
}

/** A person's meetings: part, roles, meeting, newest first. */
export function peopleRows(name: string, seen: readonly Appearance[], width: number): LibraryRow[] {
	const rows: LibraryRow[] = [{text: fit(`${name}: ${seen.length} report${seen.length === 1 ? '' : 's'} name them`, width), heading: true}];
	for (const a of seen) {
		const part = [a.part, ...a.also].join(', ');
		rows.push({text: fit(`${(a.date ?? '—').padEnd(10)}  ${padToWidth(part, 12)}  ${a.roles.join('、')}  ${sanitizeLine(a.meeting ?? a.title)}`, width), open: {path: a.path}});
	}
	return rows;
}
