// The command line: decides between a subcommand, the browser and a printed outline, and turns
// every failure into one line on stderr with its exit code.
import meow from 'meow';
import {existsSync, openSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {COMMANDS} from './commands/index.ts';
import {list} from './commands/list.ts';
import {isDirectory, openPrevious, pathsFromArgs, scanLibrary, type LibraryScan} from '../app/library.ts';
import type {Browser, BrowserOptions} from '../app/browser.ts';
import type {SubcommandContext, Flags} from './subcommand.ts';
import {describeError, EXIT, PlenumError} from '../app/errors.ts';
import {makeChalk, quietOnClosedPipe, write, writeJson} from './output.ts';
import {completeOutline, openOutline, openReport} from '../app/open.ts';
import {runCompare} from './compare.ts';
import {formatOutline} from '../format/plain.ts';

function helpText(): string {
	const width = Math.max(...COMMANDS.map(c => `${c.name} ${c.usage}`.length)) + 2;
	const commands = COMMANDS.map(c => `  ${`${c.name} ${c.usage}`.padEnd(width)} ${c.summary}\n  ${' '.repeat(width)} e.g. ${c.example}`).join('\n');
	return `
  Usage
    plenum [FILE|-]            browse a report; prints its outline when stdout is not a terminal
    plenum COMMAND [ARGS]      print one part of it, for pipes

  With no FILE, plenum opens the bundled report (Shaoxing municipal plenum, December 2020).
  FILE may be plain text, a saved HTML page, UTF-8, UTF-16 or GBK; '-' reads stdin.

  Commands
${commands}

  Options
    --json            print JSON: the whole model, or the command's part of it
    --group G         measures: only the groups whose name contains G
    --encoding NAME   read FILE in this encoding (gbk, gb18030, utf-16le …)
    --format F        export: md, json or txt (default: from -o's extension, else md);
                      ndjson with a folder: bulk-index lines for OpenSearch/Elasticsearch
    --csv             trend: year,count lines
    -o, --output FILE export: write to FILE instead of stdout
    --previous        diff: compare NEW with the previous report of its series in its folder
    --compare         with two files: open the browser's Compare view (on a pipe: the redline)
    --no-shell        browser: run no shell command, editor or pager (also PLENUM_NO_SHELL=1)
    --help            this text
    --version         plenum's version

  Examples
    plenum                              browse the bundled report
    plenum report.html --json | jq .sections
    plenum section 3 report.txt | pbcopy
`;
}

function openTerminalInput(): NodeJS.ReadStream | null {
	try {
		return new ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return null;
	}
}

const KNOWN_FLAGS = new Set(['json', 'group', 'encoding', 'format', 'output', 'o', 'csv', 'shell', 'explain', 'help', 'version', 'previous', 'compare']);

/** meow's own message for an unknown flag spans lines and gives no hint; ours is one line. */
function checkFlags(argv: string[]): void {
	for (const arg of argv) {
		if (arg === '--') return;
		const name = /^--?([^=]+)/.exec(arg)?.[1];
		if (arg !== '-' && name !== undefined && !KNOWN_FLAGS.has(name.replace(/^no-/, ''))) {
			throw new PlenumError(`unknown option ${arg} (try plenum --help)`, EXIT.usage);
		}
	}
}

/**
 * plenum's package.json as the build writes it in (PLENUM_PACKAGE): meow need not find and read
 * it at every start. Run from the sources, meow reads it itself.
 */
function packageForMeow(): {pkg?: Record<string, unknown>} {
	const written = process.env.PLENUM_PACKAGE;
	return written ? {pkg: JSON.parse(written) as Record<string, unknown>} : {};
}

/** Resolves when a listing has found its first report, or has read everything. */
function firstReport(scan: LibraryScan): Promise<void> {
	return new Promise((resolve, reject) => {
		const check = () => {
			const {entries, done} = scan.current();
			if (entries.length === 0 && !done) return;
			unsubscribe();
			resolve();
		};
		const unsubscribe = scan.subscribe(check);
		scan.finished.catch(reject);
		check();
	});
}

/**
 * Runs plenum with `argv`; the exit code. `browser` opens the browser and the picker: the entry
 * passes one that loads source/ui on first use (the command line never imports it).
 */
export async function main(argv: string[], importMeta: ImportMeta, browser: Browser): Promise<number> {
	quietOnClosedPipe();
	try {
		checkFlags(argv);
		const cli = meow(helpText(), {
			importMeta,
			argv,
			...packageForMeow(),
			allowUnknownFlags: true,
			flags: {
				json: {type: 'boolean', default: false},
				group: {type: 'string'},
				encoding: {type: 'string'},
				format: {type: 'string'},
				output: {type: 'string', shortFlag: 'o'},
				csv: {type: 'boolean', default: false},
				shell: {type: 'boolean', default: true},
				explain: {type: 'boolean', default: false},
				previous: {type: 'boolean', default: false},
				compare: {type: 'boolean', default: false},
			},
		});
		const flags: Flags = cli.flags;
		const style = makeChalk();
		const context = (args: string[]): SubcommandContext => ({
			args,
			flags,
			style,
			open: path => openReport(path, flags.encoding),
			openOutline: path => openOutline(path, flags.encoding),
		});
		const open = (path: string) => openReport(path, flags.encoding);
		// The browser opens no report itself: its c asks for the previous one through this.
		const browsing = (keys: NodeJS.ReadStream): BrowserOptions => ({keys, noShell: !cli.flags.shell, openPrevious: path => openPrevious(path, open)});
		const [first, ...rest] = cli.input;
		const command = COMMANDS.find(c => c.name === first);
		if (command) return await command.run(context(rest));
		if (flags.compare) return await runCompare(context(cli.input), browser, {keys: process.stdin.isTTY ? process.stdin : openTerminalInput(), noShell: !cli.flags.shell});
		// A folder or several files: the library or a picker on a terminal, the list of reports on a pipe.
		if (cli.input.length > 1 || (first !== undefined && isDirectory(first))) {
			if (cli.input.length > 1 && !existsSync(first)) throw new PlenumError(`unknown command ${first} (try plenum --help)`, EXIT.usage);
			if (!process.stdout.isTTY || !process.stdin.isTTY) return await list.run(context(cli.input));
			// One folder: the library (indexed on first use), with search and timelines across it.
			if (cli.input.length === 1) {
				const {openLibraryAt} = await import('./commands/library.ts');
				const indexed = await openLibraryAt(first);
				if (indexed.reports().length === 0) throw new PlenumError(`no reports in ${first}`, EXIT.noReports);
				try {
					return await browser.library(indexed, open, browsing(process.stdin));
				} finally {
					indexed.close();
				}
			}
			// Several files: the picker shows the first report found at once, and the rest as they are read.
			const scan = scanLibrary(pathsFromArgs(cli.input));
			await firstReport(scan);
			if (scan.current().entries.length === 0) throw new PlenumError(`no reports in ${cli.input.join(' ')}`, EXIT.noReports);
			return await browser.pick(scan, open, browsing(process.stdin));
		}

		if (!flags.json && process.stdout.isTTY) {
			// A report piped in (`cat report.txt | plenum`) still browses: keys come from the
			// terminal itself, as less and fzf do.
			const keys = process.stdin.isTTY ? process.stdin : openTerminalInput();
			if (keys) return await browser.browse(await openOutline(first, flags.encoding), completeOutline, browsing(keys));
		}
		const opened = await context([]).open(first);
		if (flags.json) {
			writeJson(opened.report);
			return EXIT.ok;
		}
		write(formatOutline(opened.report, style));
		return EXIT.ok;
	} catch (error) {
		const {message, exitCode} = describeError(error);
		process.stderr.write(`plenum: ${message}\n`);
		return exitCode;
	}
}
