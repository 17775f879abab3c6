// Opens what the user named — a file, stdin, or the bundled report — as a parsed report.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Report} from '../model/report.ts';
import {parseOutline, type Outline} from '../parse/outline.ts';
import {LoadError, readBytes, stdinCarriesData, textFromBytes, type LoadedText} from '../load/load.ts';
import {NotTextError} from '../load/decode.ts';
import {EXIT} from './errors.ts';

/** data/ sits beside dist/ once built, and beside source/ when run from TypeScript. */
export function bundledReportPath(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	for (const up of ['..', '../..', '../../..']) {
		const candidate = join(here, up, 'data', 'shaoxing-2020-12-plenum.txt');
		if (existsSync(candidate)) return candidate;
	}
	return join(here, '..', 'data', 'shaoxing-2020-12-plenum.txt');
}

/** Far larger than any single report: an archive concatenated into one file. */
const LARGE = 8 * 2 ** 20;

export interface OpenedReport {
	loaded: LoadedText;
	report: Report;
}

export interface OpenedOutline {
	loaded: LoadedText;
	outline: Outline;
}

/**
 * The text of what the user named. With no path, a report piped or redirected to stdin is read
 * (`cat report.txt | plenum`), and an empty one is empty, as `-` is; only a terminal (or nothing,
 * as /dev/null is) on stdin opens the bundled report.
 */
export async function loadInput(path: string | undefined, encoding?: string): Promise<LoadedText> {
	const name = path ?? (stdinCarriesData() ? '-' : bundledReportPath());
	const bytes = readBytes(name);
	const shown = name === '-' ? 'stdin' : name;
	// Parsing runs at roughly a megabyte a second: say so rather than look hung.
	if (bytes.length > LARGE && process.stderr.isTTY) process.stderr.write(`plenum: reading ${shown} (${(bytes.length / 2 ** 20).toFixed(0)} MB), this takes a while…\n`);
	if (bytes.length === 0) throw new LoadError(`${shown} is empty`, EXIT.empty);
	let loaded: LoadedText;
	try {
		loaded = await textFromBytes(bytes, name, encoding);
	} catch (error) {
		if (error instanceof NotTextError) throw new LoadError(`${shown} does not look like text`, EXIT.notText);
		throw error;
	}
	if (loaded.text.trim() === '') throw new LoadError(`${shown} has no text (only whitespace or markup)`, EXIT.empty);
	return loaded;
}

const options = (loaded: LoadedText) => ({pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: loaded.name});

/** The whole model. The extractors load only here, so outline-only commands never pay for them. */
export async function openReport(path: string | undefined, encoding?: string): Promise<OpenedReport> {
	const loaded = await loadInput(path, encoding);
	const {parseReport} = await import('../parse/index.ts');
	return {loaded, report: parseReport(loaded.text, options(loaded))};
}

/** The whole model from an outline already read: the browser paints the outline first. */
export async function completeOutline({loaded, outline}: OpenedOutline): Promise<OpenedReport> {
	const {completeReport} = await import('../parse/index.ts');
	return {loaded, report: completeReport(outline)};
}

/** Metadata, sections and footer only. */
export async function openOutline(path: string | undefined, encoding?: string): Promise<OpenedOutline> {
	const loaded = await loadInput(path, encoding);
	return {loaded, outline: parseOutline(loaded.text, options(loaded))};
}
