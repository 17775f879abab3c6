// Opens what the user named — a file, a web page, stdin, or the bundled report — as a parsed report.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Report} from '../model/report.ts';
import {parseOutline, type Outline} from '../parse/outline.ts';
import {DEFAULT_MAX_BYTES, LoadError, readBytes, stdinCarriesData, textFromBytes, type LoadedText} from '../load/load.ts';
import {NotTextError} from '../load/decode.ts';
import {terminalLine} from './terminal-text.ts';
import {fetchBytes, isUrl, FETCH_LIMITS} from '../load/fetch.ts';
import {EXIT} from './errors.ts';
import {holdYoungGeneration} from './young-generation.ts';
import {extractInWorkers} from './extract-threads.ts';
import {mark} from './timeline.ts';
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

/** How a report is read: the command line's --encoding, --max-size and --timeout (a web page). */
export interface OpenOptions {
	encoding?: string;
	/** The most bytes read (DEFAULT_MAX_BYTES, or a page FETCH_LIMITS.maxBytes, unless --max-size says). */
	maxBytes?: number;
	/** Seconds a web page's whole fetch may take (FETCH_LIMITS.timeoutSeconds unless --timeout says). */
	timeoutSeconds?: number;
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
 * The text of what the user named. With no path, a report piped or redirected to stdin is read
 * (`cat report.txt | plenum`), and an empty one is empty, as `-` is; only a terminal (or nothing,
 * as /dev/null is) on stdin opens the bundled report.
 */
export async function loadInput(path: string | undefined, {encoding, maxBytes, quiet = false, timeoutSeconds}: OpenOptions = {}): Promise<LoadedText> {
	let name = path ?? (stdinCarriesData() ? '-' : bundledReportPath());
	let bytes: Uint8Array;
	// A web page is read in the charset its server declares, unless the user names one.
	let declared: string | undefined;
	if (isUrl(name)) {
		// --max-size holds a page too; without it, a page is held to the fetch's own limit.
		const page = await fetchBytes(name, {maxBytes: maxBytes ?? FETCH_LIMITS.maxBytes, ...(timeoutSeconds === undefined ? {} : {timeoutSeconds})});
		[name, bytes, declared] = [page.url, page.bytes, page.charset ?? undefined];
	} else bytes = await readBytes(name, maxBytes ?? DEFAULT_MAX_BYTES);
	const shown = name === '-' ? 'stdin' : name;
	// Parsing runs at roughly a megabyte a second: say so rather than look hung.
	if (bytes.length > LARGE && process.stderr.isTTY) process.stderr.write(`plenum: reading ${terminalLine(shown)} (${(bytes.length / 2 ** 20).toFixed(0)} MB), this takes a while…\n`);
	// Parsing a large report grew the young generation to 32 MB, which the browser then held idle
	// beside the extractors' worker, at its peak; held, the parse costs no more CPU.
	if (bytes.length > LARGE) holdYoungGeneration();
	if (bytes.length === 0) throw new LoadError(`${shown} is empty`, EXIT.empty);
	let loaded: LoadedText;
	try {
		loaded = await textFromBytes(bytes, name, encoding ?? declaredEncoding(declared));
	} catch (error) {
		if (error instanceof NotTextError) throw new LoadError(`${shown} does not look like text`, EXIT.notText);
		throw error;
	}
	if (loaded.text.trim() === '') throw new LoadError(`${shown} has no text (only whitespace or markup)`, EXIT.empty);
	if (!quiet) for (const warning of loaded.warnings) process.stderr.write(`plenum: warning: ${terminalLine(shown)} ${warning}\n`);
	return loaded;
}

/** A charset a server declares that plenum can read (an unknown or absent one: detected as a file's is). */
function declaredEncoding(charset: string | undefined): string | undefined {
	// UTF-8 is what the detector finds first anyway, checking that the bytes are UTF-8.
	if (!charset || /^utf-?8$/i.test(charset)) return undefined;
	return /^(?:gb2312|gbk|gb18030|x-gbk|euc-cn|big5|utf-16(?:le|be)?|iso-8859-\d+|windows-125\d|shift_jis|euc-jp|euc-kr)$/i.test(charset) ? charset : undefined;
}

/** What the parser is told besides the text; a text in traditional characters brings the converter. */
async function parseOptions(loaded: LoadedText): Promise<ParseOptions> {
	const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
	return {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: loaded.name, ...(convert ? {convert} : {})};
}

/** A page's address is the report's too: in its metadata (--json, the citation `Y` copies). */
function withUrl<T extends {meta: Report['meta']}>(model: T, loaded: LoadedText): T {
	return isUrl(loaded.name) ? {...model, meta: {...model.meta, url: loaded.name}} : model;
}

/** The whole model of a text already loaded (a web page's address in its metadata). */
export async function parseLoaded(loaded: LoadedText): Promise<Report> {
	const {parseReport} = await import('../parse/index.ts');
	return withUrl(parseReport(loaded.text, await parseOptions(loaded)), loaded);
}

/** The whole model. The extractors load only here, so outline-only commands never pay for them. */
export async function openReport(path: string | undefined, options: OpenOptions = {}): Promise<OpenedReport> {
	const loaded = await loadInput(path, options);
	return {loaded, report: await parseLoaded(loaded)};
}

/** The whole model from an outline already read: the browser paints the outline first. */
export async function completeOutline({loaded, outline}: OpenedOutline): Promise<OpenedReport> {
	// Even a usual report's extractors (some 60 ms) go to the worker: in this thread they held the
	// first key typed at the first screen until they were done (230 ms, 8× bare node; 170 ms, 6.6×,
	// with the worker), and the tab counts come in no later (BENCHMARKS.md).
	const inWorker = extractInWorkers(outline, looksTraditional(loaded.text));
	if (inWorker) {
		const {measures, people, bodies, terms} = await inWorker;
		// In the model's own order, as `plenum --json` and export print it.
		return {loaded, report: {meta: outline.meta, sections: outline.sections, measures, people, bodies, terms, footer: outline.footer}};
	}
	const {completeReport} = await import('../parse/index.ts');
	return {loaded, report: withUrl(completeReport(outline, await parseOptions(loaded)), loaded)};
}

/** Metadata, sections and footer only. */
export async function openOutline(path: string | undefined, options: OpenOptions = {}): Promise<OpenedOutline> {
	const loaded = await loadInput(path, options);
	mark('main', 'loaded');
	const outline = withUrl(parseOutline(loaded.text, await parseOptions(loaded)), loaded);
	mark('main', 'outline read');
	return {loaded, outline};
}
