// The library commands: plenum index DIR, plenum trend TERM DIR, plenum people NAME DIR, and the
// library side of plenum search QUERY DIR and plenum export --format ndjson DIR.
// What they print from the library's reports (titles, paths, contexts) goes through the context's
// `shown`, as every command's report text does: controls as placeholders on a terminal.
import {statSync} from 'node:fs';
import type {OutputContext, Subcommand as Command, SubcommandContext as CommandContext} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write, writeJson, writeLines} from '../output.ts';
import {isDirectory} from '../../app/paths.ts';
import {writeFileAtomic} from '../../app/write-file.ts';
import {terminalLine} from '../../app/terminal-text.ts';
import {fileErrorText} from '../../app/file-errors.ts';
import type {IndexedLibrary, Progress} from '../../library/index.ts';
import type {Browser, BrowserOptions} from '../../app/browser.ts';
import type {OpenedReport} from '../../app/open.ts';
import {formatIndexSummary, formatLibraryHits, formatPeople, formatTrend, trendCsv} from '../../format/library.ts';

/** One line on stderr, redrawn in place: count, rate and time left. Only on a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {update(p: Progress): void; done(): void} {
	if (!stream.isTTY) return {update() {}, done() {}};
	let last = 0;
	let drawn = false;
	return {
		update(p) {
			const now = performance.now();
			if (now - last < 100 && p.done < p.total) return;
			last = now;
			const width = 24;
			const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : width;
			const eta = p.done > 0 && p.done < p.total ? `  ETA ${Math.floor(p.eta / 60)}:${String(Math.round(p.eta % 60)).padStart(2, '0')}` : '';
			stream.write(`\r\x1b[2Kindexing ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} ▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏ ${Math.round(p.rate)} files/s${eta}`);
			drawn = true;
		},
		done() {
			if (drawn) stream.write('\r\x1b[2K');
		},
	};
}

function warnLine(message: string): void {
	process.stderr.write(`plenum: ${terminalLine(message)}\n`);
}

/** The library of DIR, indexed first when it has no index yet (with a progress bar on a terminal). */
export async function openLibraryAt(dir: string, options: {update?: boolean; stopped?: () => boolean; once?: boolean} = {}): Promise<IndexedLibrary> {
	if (!isDirectory(dir)) fail(`${dir} is not a folder`, EXIT.usage);
	const {IndexedLibrary} = await import('../../library/index.ts');
	const bar = progressBar();
	try {
		return await IndexedLibrary.open(dir, {update: options.update, warn: warnLine, onProgress: p => bar.update(p), stopped: options.stopped, once: options.once});
	} finally {
		bar.done();
	}
}

/**
 * Writes the listing `plenum DIR` paints its first screen from (library/listing.ts), from the
 * library's `reports` (newest first, as reports() gives them), once its index is closed: closing
 * the indexer's connection writes the index file, and the listing holds the file as it is after.
 */
export async function keepListing(library: IndexedLibrary, reports: ReturnType<IndexedLibrary['reports']>): Promise<void> {
	// Loaded here, not with this module, which every command's start loads.
	if (library.store.kind === 'sqlite' && library.store.location) (await import('../../library/listing.ts')).writeListing(library.root, library.store.location, reports);
}

/**
 * `plenum DIR` on a terminal: the library in the browser. When the listing kept beside the index is
 * current (library/listing.ts), the browser paints it before the index is opened, so neither
 * better-sqlite3 nor the library's queries load before the first screen. Otherwise the index is
 * opened (made first when there is none, with a progress bar) before the browser starts, and the
 * listing is written once the index is closed, for the next time.
 */
export async function browseLibraryAt(dir: string, browser: Browser, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const listing = (await import('../../library/listing.ts')).currentListing(dir);
	if (listing) {
		const opened: {library?: Promise<IndexedLibrary>} = {};
		try {
			return await browser.library({listing, open: () => (opened.library ??= openLibraryAt(dir))}, open, options);
		} finally {
			(await opened.library?.catch(() => null))?.close();
		}
	}
	const library = await openLibraryAt(dir);
	const reports = library.reports();
	if (reports.length === 0) {
		library.close();
		fail(`no reports in ${dir}`, EXIT.noReports);
	}
	try {
		return await browser.library({listing: null, open: async () => library}, open, options);
	} finally {
		library.close();
		await keepListing(library, reports);
	}
}

function needs(context: CommandContext, what: string, usage: string): [string, string] {
	const [first, dir, ...extra] = context.args;
	if (first === undefined || first.trim() === '' || dir === undefined) fail(`${what}: ${usage}`, EXIT.usage);
	if (extra.length > 0) fail(`too many arguments: ${extra.join(' ')} (quote a term with spaces)`, EXIT.usage);
	return [first, dir];
}

function fileSize(path: string | null): number | null {
	if (!path) return null;
	try {
		return ['', '-wal'].reduce((n, suffix) => n + (statSync(path + suffix, {throwIfNoEntry: false})?.size ?? 0), 0);
	} catch {
		return null;
	}
}

export const indexCommand: Command = {
	name: 'index',
	usage: 'DIR',
	summary: 'index every report under DIR for search, trend and people (updates only what changed)',
	example: 'plenum index ~/reports',
	async run(context) {
		const [dir, ...extra] = context.args;
		if (dir === undefined) fail('index needs a folder: plenum index DIR', EXIT.usage);
		if (extra.length > 0) fail(`too many arguments: ${extra.join(' ')} (try plenum --help)`, EXIT.usage);
		// Ctrl-C (or a polite kill) stops after the batch in hand is written: the next run goes on.
		let stop = false;
		const onSignal = () => (stop = true);
		process.on('SIGINT', onSignal);
		process.on('SIGTERM', onSignal);
		let library: IndexedLibrary;
		try {
			library = await openLibraryAt(dir, {update: true, stopped: () => stop});
		} finally {
			process.off('SIGINT', onSignal);
			process.off('SIGTERM', onSignal);
		}
		const summary = library.summary!;
		const reports = library.reports();
		const facts = {
			root: library.root,
			location: library.store.location,
			bytes: fileSize(library.store.location),
			reports: reports.length,
			copies: reports.filter(r => r.copyOf).length,
			skipped: library.store.skipped(),
			summary,
		};
		library.close();
		await keepListing(library, reports);
		if (context.flags.json) writeJson({...facts, summary: {...summary, ms: Math.round(summary.ms)}});
		else write(formatIndexSummary(context.shown(facts), context.style));
		if (summary.interrupted) {
			process.stderr.write('plenum: interrupted; run plenum index again to go on from here\n');
			return 130;
		}
		return EXIT.ok;
	},
};

/** plenum search QUERY DIR: every match in the library, grouped by report, newest first. */
export async function searchLibraryCommand(context: OutputContext, query: string, dir: string): Promise<number> {
	const library = await openLibraryAt(dir, {once: true});
	const result = await library.search(query);
	const {reports} = result;
	if (context.flags.json) {
		const texts = library.withRanges(result);
		const contexts = library.contexts(result, reports, texts);
		writeJson(
			reports.flatMap(r =>
				r.sections.map(s => {
					const text = texts.get(s.id) ?? '';
					const ranges = s.ranges ?? [];
					return {
						path: r.report.path,
						date: r.report.date,
						title: r.report.title,
						meeting: r.report.meeting,
						section: s.n,
						text,
						ranges,
						matches: ranges.map(x => text.slice(x.start, x.end)),
						context: contexts.get(s.id),
						copyOf: r.copyOf,
					};
				}),
			),
		);
	} else if (reports.length > 0) write(formatLibraryHits(context.shown(reports), context.shown(library.contexts(result)), context.style));
	library.close();
	return reports.length > 0 ? EXIT.ok : EXIT.notFound;
}

export const trendCommand: Command = {
	name: 'trend',
	usage: 'TERM DIR',
	summary: 'how often TERM occurs per year and per report across a library; --json, --csv',
	example: 'plenum trend 新质生产力 ~/reports --csv > trend.csv',
	async run(context) {
		const [term, dir] = needs(context, 'trend needs a term and a folder', 'plenum trend TERM DIR');
		return trendLibraryCommand(context, term, dir);
	},
};

/** plenum trend TERM DIR: the term's count per year and per report, as text, --json or --csv. */
export async function trendLibraryCommand(context: OutputContext, term: string, dir: string): Promise<number> {
	const library = await openLibraryAt(dir, {once: true});
	const t = await library.trend(term);
	library.close();
	if (context.flags.csv) write(trendCsv(t));
	else if (context.flags.json) {
		const {undated: _undated, ...json} = t;
		writeJson({...json, reports: t.reports.map(({title: _title, ...r}) => r)});
	} else write(formatTrend(context.shown(t), context.style, {sparkline: Boolean(process.stdout.isTTY)}));
	return t.total > 0 ? EXIT.ok : EXIT.notFound;
}

export const peopleCommand: Command = {
	name: 'people',
	usage: 'NAME DIR',
	summary: 'every meeting in a library where NAME appears, with their part and roles',
	example: 'plenum people 李强 ~/reports',
	async run(context) {
		const [name, dir] = needs(context, 'people needs a name and a folder', 'plenum people NAME DIR');
		const library = await openLibraryAt(dir, {once: true});
		const seen = library.people(name);
		library.close();
		if (context.flags.json) writeJson(seen);
		else if (seen.length > 0) write(formatPeople(context.shown(name), context.shown(seen), context.style));
		else process.stderr.write(`plenum: ${terminalLine(name)} appears in no report of ${terminalLine(dir)}\n`);
		return seen.length > 0 ? EXIT.ok : EXIT.notFound;
	},
};

/**
 * plenum export --format ndjson DIR: a library as bulk-index lines (source/library/ndjson.ts). To a
 * file as export writes one, whole or not at all; on a terminal with controls as placeholders.
 */
export async function exportLibrary(context: CommandContext, dir: string, output: string | undefined): Promise<number> {
	const library = await openLibraryAt(dir, {once: true});
	const {ndjsonLines} = await import('../../library/ndjson.ts');
	try {
		if (output === undefined) {
			await writeLines(shownLines(context, ndjsonLines(library)));
			return EXIT.ok;
		}
		try {
			writeFileAtomic(
				output,
				(function* () {
					for (const line of ndjsonLines(library)) yield line + '\n';
				})(),
				{replace: Boolean(context.flags.force)},
			);
		} catch (error) {
			fail(`cannot write ${output}: ${fileErrorText((error as NodeJS.ErrnoException).code)}`, EXIT.cannotWrite);
		}
		return EXIT.ok;
	} finally {
		library.close();
	}
}

function* shownLines(context: CommandContext, lines: Iterable<string>): Generator<string> {
	for (const line of lines) yield context.shown(line);
}
