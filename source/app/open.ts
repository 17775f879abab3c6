// Opens what the user named — a file, stdin, or the bundled report — as a parsed report.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Report} from '../model/report.ts';
import {parseOutline, type Outline} from '../parse/outline.ts';
import {DEFAULT_MAX_BYTES, LoadError, readBytes, readStdin, stdinCarriesData, textFromBytes, type LoadedText} from '../load/load.ts';
import {NotTextError} from '../load/decode.ts';
import {terminalLine} from './terminal-text.ts';
import {EXIT} from './errors.ts';
import {loadConverter, looksTraditional} from '../text/han-fold.ts';
import type {ParseOptions} from '../parse/outline.ts';

export {DEFAULT_MAX_BYTES, parseSize} from '../load/load.ts';
export {commandLineNames} from '../load/names.ts';

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

/** How a report is read: the command line's --encoding and --max-size. */
export interface OpenOptions {
	encoding?: string;
	/** The most bytes read (DEFAULT_MAX_BYTES unless --max-size says). */
	maxBytes?: number;
	/**
	 * Leave what the user should know about how the text was read in `LoadedText.warnings`, not
	 * on stderr: for a folder's scan, and for a report the browser opens while it holds the screen
	 * (it shows them in its status line).
	 */
	quiet?: boolean;
}

export interface OpenedReport {
	loaded: LoadedText;
	report: Report;
}

export interface OpenedOutline {
	loaded: LoadedText;
	outline: Outline;
}

/**
 * The text of what the user named. With no path, a report piped to stdin is read
 * (`cat report.txt | plenum`); an empty pipe or a terminal falls back to the bundled report.
 */
export async function loadInput(path: string | undefined, {encoding, maxBytes = DEFAULT_MAX_BYTES, quiet = false}: OpenOptions = {}): Promise<LoadedText> {
	let name = path ?? bundledReportPath();
	let bytes: Uint8Array | null = null;
	if (path === undefined && stdinCarriesData()) {
		const piped = await readStdin(maxBytes);
		if (piped.length > 0) [name, bytes] = ['-', piped];
	}
	bytes ??= await readBytes(name, maxBytes);
	const shown = name === '-' ? 'stdin' : name;
	// Parsing runs at roughly a megabyte a second: say so rather than look hung.
	if (bytes.length > LARGE && process.stderr.isTTY) process.stderr.write(`plenum: reading ${terminalLine(shown)} (${(bytes.length / 2 ** 20).toFixed(0)} MB), this takes a while…\n`);
	if (bytes.length === 0) throw new LoadError(`${shown} is empty`, EXIT.empty);
	let loaded: LoadedText;
	try {
		loaded = await textFromBytes(bytes, name, encoding);
	} catch (error) {
		if (error instanceof NotTextError) throw new LoadError(`${shown} does not look like text`, EXIT.notText);
		throw error;
	}
	if (loaded.text.trim() === '') throw new LoadError(`${shown} has no text (only whitespace or markup)`, EXIT.empty);
	if (!quiet) for (const warning of loaded.warnings) process.stderr.write(`plenum: warning: ${terminalLine(shown)} ${warning}\n`);
	return loaded;
}

/** What the parser is told besides the text; a text in traditional characters brings the converter. */
async function parseOptions(loaded: LoadedText): Promise<ParseOptions> {
	const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
	return {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: loaded.name, ...(convert ? {convert} : {})};
}

/** The whole model of a text already loaded. */
export async function parseLoaded(loaded: LoadedText): Promise<Report> {
	const {parseReport} = await import('../parse/index.ts');
	return parseReport(loaded.text, await parseOptions(loaded));
}

/** The whole model. The extractors load only here, so outline-only commands never pay for them. */
export async function openReport(path: string | undefined, options: OpenOptions = {}): Promise<OpenedReport> {
	const loaded = await loadInput(path, options);
	return {loaded, report: await parseLoaded(loaded)};
}

/** The whole model from an outline already read: the browser paints the outline first. */
export async function completeOutline({loaded, outline}: OpenedOutline): Promise<OpenedReport> {
	const {completeReport} = await import('../parse/index.ts');
	return {loaded, report: completeReport(outline, await parseOptions(loaded))};
}

/** Metadata, sections and footer only. */
export async function openOutline(path: string | undefined, options: OpenOptions = {}): Promise<OpenedOutline> {
	const loaded = await loadInput(path, options);
	return {loaded, outline: parseOutline(loaded.text, await parseOptions(loaded))};
}
