// The report written out whole, as Markdown, JSON or plain text: what `plenum export` prints and
// the browser's `s` saves (of the part in focus), so the two always write the same file.
import {extname} from 'node:path';
import {Chalk} from 'chalk';
import {reportMarkdown} from '../format/markdown.ts';
import {reportText} from '../format/plain.ts';
import type {Report} from '../model/report.ts';

export type ExportFormat = 'md' | 'json' | 'txt';

/** The names `--format` accepts, to the format each means. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {md: 'md', markdown: 'md', json: 'json', txt: 'txt', text: 'txt'};

export function exportReport(report: Report, format: ExportFormat): string {
	if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
	if (format === 'md') return reportMarkdown(report);
	return reportText(report, new Chalk({level: 0}));
}

/**
 * The format a file name asks for: .md, .json, .txt (and their other names); a name with no
 * extension, Markdown; any other extension (.docx, .pdf) none, for the caller to refuse rather
 * than write text under a name that promises something else.
 */
export function formatForPath(path: string): ExportFormat | null {
	const extension = extname(path).slice(1).toLowerCase();
	if (extension === '') return 'md';
	return EXPORT_FORMATS[extension] ?? null;
}

/** Why a file name's format is refused, for the one-line error after the name. */
export function unknownExtension(path: string): string {
	return `name it .md, .json or .txt (plenum writes Markdown, JSON or text, not ${extname(path)})`;
}

/**
 * A failed file write in words, for export -o and the browser's s (app/file-errors.ts). Here too
 * rather than in errors.ts, which brings the loader with it: the browser imports this module.
 */
export {fileErrorText} from './file-errors.ts';
