// One file of the library, read and parsed into what the index keeps: its model, its sections'
// text folded and cut into bigrams, its people. Pure but for reading the file; run in the parse
// workers (see pool.ts) or, when they cannot start, in the main thread.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {deflateRawSync, inflateRawSync} from 'node:zlib';
import {textFromBytes} from '../load/load.ts';
import {NotTextError} from '../load/decode.ts';
import {parseReport} from '../parse/index.ts';
import {loadConverter, looksTraditional} from '../text/han-fold.ts';
import type {Person, Report} from '../model/report.ts';
import {looksLikeReport} from '../parse/outline.ts';
import {libraryFolder, type Fold} from './fold.ts';
import {SECTIONS_PER_REPORT} from './postings.ts';
import {initialsTable, initialTokenCodes, type Initials} from './initials.ts';
import {seriesOf} from './series.ts';

/** Larger than any report; an archive this big would be one file of many reports. */
export const MAX_BYTES = 64 * 2 ** 20;

export interface FileJob {
	path: string;
	size: number;
	mtimeMs: number;
	/** The content hash the index holds for this path: the same bytes need no parse. */
	knownHash: string | null;
}

export interface SectionRecord {
	n: number;
	text: string;
	folded: string;
	/**
	 * The letters its runs of characters can begin with, for pinyin (initials.ts), as token numbers:
	 * a view of one buffer per report, which a worker hands over rather than copies.
	 */
	initials: Uint16Array;
}

/** What reading a record needs, loaded once per thread. */
export interface Tools {
	fold: Fold;
	initials: Initials;
}

export async function loadTools(): Promise<Tools> {
	const [fold, initials] = await Promise.all([libraryFolder(), initialsTable()]);
	return {fold, initials};
}

export interface PersonRecord {
	name: string;
	part: Person['part'];
	roles: string[];
	also: Person['also'];
	as: string | null;
	sections: number[];
}

export interface ReportRecord {
	kind: 'report';
	path: string;
	size: number;
	mtimeMs: number;
	hash: string;
	date: string | null;
	title: string;
	meeting: string | null;
	series: string;
	chars: number;
	/** The model as deflated JSON, its sections' texts left out (they are in `sections`). */
	model: Uint8Array;
	sections: SectionRecord[];
	people: PersonRecord[];
}

export interface SkippedRecord {
	kind: 'skipped';
	path: string;
	size: number;
	mtimeMs: number;
	hash: string | null;
	reason: string;
}

export interface UnchangedRecord {
	kind: 'unchanged';
	path: string;
	size: number;
	mtimeMs: number;
}

export type FileRecord = ReportRecord | SkippedRecord | UnchangedRecord;

/**
 * The parser's test of the genre, and a title that names the document a 报告 or 决议: a library of
 * Government Work Reports holds reports whose text names no meeting.
 */
function isReport(report: Report): boolean {
	return looksLikeReport(report) || (report.sections.length > 0 && /报告|决议/.test(report.meta.title));
}

/** YYYY-MM-DD, YYYYMMDD or a year at the start of a file's name: archives date their files so. */
export function dateFromName(path: string): string | null {
	const name = basename(path);
	const full = /(?:^|\D)((?:19|20)\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
	if (full) return `${full[1]}-${full[2]}-${full[3]}`;
	const year = /^((?:19|20)\d\d)(?!\d)/.exec(name);
	return year ? `${year[1]}-01-01` : null;
}

export function hashBytes(bytes: Uint8Array): string {
	return createHash('sha1').update(bytes).digest('hex');
}

export function packModel(report: Report): Uint8Array {
	const bare = {...report, sections: report.sections.map(s => ({...s, text: ''}))};
	return deflateRawSync(JSON.stringify(bare), {level: 1});
}

/** The model back, its sections' texts put back in order. */
export function unpackModel(model: Uint8Array, texts: readonly string[]): Report {
	const report = JSON.parse(inflateRawSync(model).toString('utf8')) as Report;
	report.sections.forEach((s, i) => (s.text = texts[i] ?? ''));
	return report;
}

function skipped(job: FileJob, hash: string | null, reason: string): SkippedRecord {
	return {kind: 'skipped', path: job.path, size: job.size, mtimeMs: job.mtimeMs, hash, reason};
}

export async function readRecord(job: FileJob, {fold, initials}: Tools): Promise<FileRecord> {
	if (job.size > MAX_BYTES) return skipped(job, null, `too large (${(job.size / 2 ** 20).toFixed(0)} MB)`);
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(job.path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return skipped(job, null, code === 'ENOENT' ? 'vanished while indexing' : `cannot be read (${code ?? 'error'})`);
	}
	const hash = hashBytes(bytes);
	if (hash === job.knownHash) return {kind: 'unchanged', path: job.path, size: job.size, mtimeMs: job.mtimeMs};
	if (bytes.length === 0) return skipped(job, hash, 'empty');
	let report: Report;
	try {
		const loaded = await textFromBytes(bytes, job.path);
		if (loaded.text.trim() === '') return skipped(job, hash, 'no text');
		// As `plenum FILE` parses it: a text in traditional characters brings the converter.
		const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
		report = parseReport(loaded.text, {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: job.path, ...(convert ? {convert} : {})});
	} catch (error) {
		if (error instanceof NotTextError) return skipped(job, hash, 'not text');
		return skipped(job, hash, `cannot be parsed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
	}
	if (!isReport(report)) return skipped(job, hash, 'not a report');
	// A section's id in the index holds its number (postings.ts).
	if (report.sections.length >= SECTIONS_PER_REPORT) return skipped(job, hash, `too many sections (${report.sections.length})`);
	const folded = report.sections.map(s => fold(s.text));
	const tokens = report.sections.map((s, i) => initialTokenCodes(s.text, folded[i], initials));
	const buffer = new Uint16Array(tokens.reduce((n, t) => n + t.length, 0));
	let at = 0;
	const sections = report.sections.map((s, i) => {
		buffer.set(tokens[i], at);
		const own = buffer.subarray(at, (at += tokens[i].length));
		return {n: s.id, text: s.text, folded: folded[i], initials: own};
	});
	const people = report.people.map(p => ({name: p.name, part: p.part, roles: p.roles, also: p.also, as: p.as ?? null, sections: p.sections}));
	return {
		kind: 'report',
		path: job.path,
		size: bytes.length,
		mtimeMs: job.mtimeMs,
		hash,
		date: report.meta.date ?? dateFromName(job.path),
		title: report.meta.title || report.meta.meeting || basename(job.path),
		meeting: report.meta.meeting,
		// Folded as the index is: a report in traditional characters (全國政協會議) joins its series.
		series: seriesOf(report.meta.meeting && fold(report.meta.meeting), fold(report.meta.title)).key,
		chars: report.sections.reduce((n, s) => n + s.text.length, 0),
		model: packModel(report),
		sections,
		people,
	};
}
