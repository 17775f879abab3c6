// The library's first screen, kept beside its index: the head of its reports grouped by series
// (what `plenum DIR` shows first), their count and their series'. `plenum DIR` paints it before
// better-sqlite3, Ink and React load, then opens the index and hands over (ui/library-view/).
//
// It is written once the index is closed (by `plenum index`, or by `plenum DIR` when it found none
// current), and holds the index file's identity then — inode, size and modification time, and the
// write-ahead log's when it holds anything — with the parser's version. It is shown only while all
// of them are as they were: any write to the index changes its log or its file, so a listing of an
// index that changed since is never painted as current. What the view shows is the index as it
// is (`plenum DIR` does not update it), so that is what the listing is checked against.
import {readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {indexPath, libraryRoot} from './cache.ts';
import {SERIES_ORDER} from './series.ts';
import {parserVersion} from './version.ts';

/** Bumped whenever what a listing holds changes. */
const LISTING_VERSION = 1;

/** Rows kept: the first screen of a terminal up to this many rows tall. */
export const LISTING_ROWS = 200;

export interface ListedReport {
	path: string;
	date: string | null;
	title: string;
	meeting: string | null;
	series: string;
	/** The file it copies (same bytes), if any. */
	copyOf: string | null;
}

/** A row of the library's list: a series' heading with its count, or a report. */
export type ListingItem = {series: string; count: number} | {report: ListedReport};

export interface Listing {
	root: string;
	reports: number;
	series: number;
	/** The first LISTING_ROWS items of the grouped list (all of them in a smaller library). */
	items: ListingItem[];
}

interface StoredListing extends Listing {
	version: number;
	parser: string;
	stamp: string;
}

/** Reports grouped by series, in SERIES_ORDER, each heading followed by its reports in the order given. */
export function groupedItems<R extends {series: string}>(reports: readonly R[]): ({series: string; count: number} | {report: R})[] {
	const bySeries = new Map<string, R[]>();
	for (const r of reports) {
		const list = bySeries.get(r.series);
		if (list) list.push(r);
		else bySeries.set(r.series, [r]);
	}
	return SERIES_ORDER.flatMap(series => {
		const list = bySeries.get(series);
		return list ? [{series, count: list.length}, ...list.map(report => ({report}))] : [];
	});
}

function listingPath(index: string): string {
	return `${index}.listing.json`;
}

/** The index's identity on disk: its file, and its log when the log holds pages (a reader leaves an empty one). */
function indexStamp(index: string): string | null {
	const db = statSync(index, {bigint: true, throwIfNoEntry: false});
	if (!db) return null;
	const wal = statSync(`${index}-wal`, {bigint: true, throwIfNoEntry: false});
	const log = wal && wal.size > 0n ? `${wal.ino}:${wal.size}:${wal.mtimeNs}` : '-';
	return `${db.ino}:${db.size}:${db.mtimeNs} ${log}`;
}

/** The listing of the library at `dir`, when its index is exactly as it was when the listing was written; null otherwise. */
export function currentListing(dir: string, env: NodeJS.ProcessEnv = process.env): Listing | null {
	if (env.PLENUM_NO_SQLITE === '1') return null;
	try {
		const root = libraryRoot(dir);
		const index = indexPath(root, env);
		const stored = JSON.parse(readFileSync(listingPath(index), 'utf8')) as StoredListing;
		if (stored.version !== LISTING_VERSION || stored.parser !== parserVersion() || stored.root !== root || stored.reports === 0) return null;
		if (stored.stamp !== indexStamp(index)) return null;
		return {root: stored.root, reports: stored.reports, series: stored.series, items: stored.items};
	} catch {
		return null;
	}
}

/**
 * Writes the listing of the library at `root` (a real path) whose index at `index` is closed, from
 * its `reports` newest first; written whole or not at all, and not at all where the cache is read-only.
 */
export function writeListing(root: string, index: string, reports: readonly ListedReport[]): void {
	const stamp = indexStamp(index);
	if (!stamp || reports.length === 0) return;
	const items = groupedItems(reports)
		.slice(0, LISTING_ROWS)
		.map(item =>
			'report' in item ? {report: {path: item.report.path, date: item.report.date, title: item.report.title, meeting: item.report.meeting, series: item.report.series, copyOf: item.report.copyOf}} : item,
		);
	const stored: StoredListing = {version: LISTING_VERSION, parser: parserVersion(), stamp, root, reports: reports.length, series: new Set(reports.map(r => r.series)).size, items};
	const path = listingPath(index);
	const temporary = `${path}.${process.pid}`;
	try {
		writeFileSync(temporary, JSON.stringify(stored));
		renameSync(temporary, path);
	} catch {
		// A read-only cache: the library opens as before, without a painted first screen.
		rmSync(temporary, {force: true});
	}
}
