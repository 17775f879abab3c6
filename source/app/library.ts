// A folder (or several files) of reports: each readable report with what a picker shows —
// title, date, meeting, size — newest first; files that are not reports are counted, not fatal.
// `plenum list` prints it; `plenum DIR` on a terminal shows it as the picker.
import {readdirSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {looksLikeReport} from '../parse/outline.ts';
import {childPath, fsPath} from '../load/names.ts';
import {previousInSeries} from '../compare/series.ts';
import {bundledReportPath, openOutline, type OpenedOutline, type OpenedReport, type OpenOptions} from './open.ts';
import {describeError} from './errors.ts';

export interface LibraryEntry {
	path: string;
	title: string;
	date: string | null;
	meeting: string | null;
	bytes: number;
	sections: number;
}

export interface Library {
	entries: LibraryEntry[];
	/** Files skipped because they are not text, are empty, or have no report structure. */
	skipped: number;
}

/** The files of a folder; names that are not UTF-8 are read as bytes, so they still open. */
export function filesIn(dir: string): string[] {
	return readdirSync(fsPath(dir), {withFileTypes: true, encoding: 'buffer'})
		.filter(entry => entry.isFile() && entry.name[0] !== 0x2e)
		.map(entry => childPath(dir, entry.name))
		.sort();
}

export async function scanLibrary(paths: string[], open: (path: string) => Promise<OpenedOutline> = p => openOutline(p)): Promise<Library> {
	const entries: LibraryEntry[] = [];
	let skipped = 0;
	for (const path of paths) {
		try {
			const {outline: report, loaded} = await open(path);
			if (!looksLikeReport(report)) {
				skipped++;
				continue;
			}
			entries.push({path, title: report.meta.title || report.meta.meeting || path, date: report.meta.date, meeting: report.meta.meeting, bytes: loaded.bytes, sections: report.sections.length});
		} catch {
			skipped++;
		}
	}
	// Newest first; undated reports last, by name.
	entries.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path));
	return {entries, skipped};
}

/** The reports the command line names: every file of each folder, and each file as it is. */
export async function libraryFromArgs(args: string[], options: OpenOptions = {}): Promise<Library> {
	const paths = args.flatMap(arg => (isDirectory(arg) ? filesIn(arg) : [arg]));
	return scanLibrary(paths, path => openOutline(path, options));
}

export function exists(path: string): boolean {
	try {
		statSync(fsPath(path));
		return true;
	} catch {
		return false;
	}
}

export function isDirectory(path: string): boolean {
	try {
		return statSync(fsPath(path)).isDirectory();
	} catch {
		return false;
	}
}

/** The report before `path` in its folder: same series, nearest earlier date; or why there is none. */
export async function previousInFolder(path: string, options: OpenOptions = {}): Promise<{path: string} | {reason: string}> {
	// Quiet: the browser's c scans while it holds the screen, and a warning is for the report opened.
	const library = await scanLibrary(filesIn(dirname(path)), p => openOutline(p, {...options, quiet: true}));
	// ./x.txt and x.txt name the same file as the folder's listing does.
	const target = library.entries.find(e => resolve(e.path) === resolve(path));
	if (!target) return {reason: `${path} does not look like a report`};
	if (!target.date) return {reason: `${path} has no date, so no report can be said to come before it`};
	const previous = previousInSeries(library.entries, target);
	return previous ? {path: previous.path} : {reason: `no earlier report of the same series as ${path} in ${dirname(path)}`};
}

/** The report before another in its series, opened; or why there is none, as the browser says it. */
export type Previous = {path: string; opened: OpenedReport} | {reason: string};

/** The browser's c: the report before `path` in its folder, opened with `open`. */
export async function openPrevious(path: string, open: (path: string) => Promise<OpenedReport>, options: OpenOptions = {}): Promise<Previous> {
	if (path === '-' || path === bundledReportPath()) return {reason: 'No folder to look in: this report was not read from a file.'};
	const previous = await previousInFolder(path, options);
	if ('reason' in previous) return {reason: `No previous report: ${previous.reason}.`};
	try {
		return {path: previous.path, opened: await open(previous.path)};
	} catch (error) {
		return {reason: `${previous.path}: ${describeError(error).message}`};
	}
}
