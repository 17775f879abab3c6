// A folder (or several files) of reports: each readable report with what a picker shows —
// title, date, meeting, size — newest first; files that are not reports are counted, not fatal.
import {readdirSync, statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {previousInSeries} from '../compare/series.ts';
import type {Outline} from '../parse/outline.ts';
import {openOutline, type OpenedOutline} from './open.ts';

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

/**
 * A report has sections and something of the genre: a meeting, a lead phrase, a meeting's word in
 * its title. Read from the outline alone: listing a folder need not run the extractors.
 */
export function looksLikeReport(report: Outline): boolean {
	if (report.sections.length === 0) return false;
	return Boolean(report.meta.meeting) || report.sections.some(s => s.lead) || /会议|全会|大会|公报/.test(report.meta.title);
}

export function filesIn(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true})
		.filter(entry => entry.isFile() && !entry.name.startsWith('.'))
		.map(entry => join(dir, entry.name))
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

export function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** The report before `path` in its folder: same series, nearest earlier date; or why there is none. */
export async function previousInFolder(path: string): Promise<{path: string} | {reason: string}> {
	const library = await scanLibrary(filesIn(dirname(path)));
	const target = library.entries.find(e => e.path === path);
	if (!target) return {reason: `${path} does not look like a report`};
	if (!target.date) return {reason: `${path} has no date, so no report can be said to come before it`};
	const previous = previousInSeries(library.entries, target);
	return previous ? {path: previous.path} : {reason: `no earlier report of the same series as ${path} in ${dirname(path)}`};
}
