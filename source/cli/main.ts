// The command line: decides between a subcommand, the browser and a printed outline, and turns
// every failure into one line on stderr with its exit code.
import meow from 'meow';
import {openSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {COMMANDS} from './commands/index.ts';
import {list} from './commands/list.ts';
import {exists, isDirectory, libraryFromArgs, openPrevious} from '../app/library.ts';
import type {Browser, BrowserOptions} from '../app/browser.ts';
import type {SubcommandContext, Flags} from './subcommand.ts';
import {describeError, EXIT, PlenumError} from '../app/errors.ts';
import {makeChalk, quietOnClosedPipe, write, writeJson} from './output.ts';
import {commandLineNames, completeOutline, DEFAULT_MAX_BYTES, openOutline, openReport, parseSize, type OpenOptions} from '../app/open.ts';
import {runCompare} from './compare.ts';
import {formatOutline} from '../format/plain.ts';
import {forTerminal, terminalLine} from '../app/terminal-text.ts';

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
    --raw             print the report's control characters as they are on a terminal too
                      (by default a terminal shows them as placeholders: ␛ ␇ ␚; pipes,
                      files and --json always get the original bytes)
    --group G         measures: only the groups whose name contains G
    --encoding NAME   read FILE in this encoding (gbk, gb18030, utf-16le …)
    --max-size SIZE   read at most SIZE (default 100M); a larger file is refused
    --format F        export: md, json or txt (default: from -o's extension, else md);
                      ndjson with a folder: bulk-index lines for OpenSearch/Elasticsearch
    --csv             trend: year,count lines
    -o, --output FILE export, diff: write to FILE instead of stdout ('-' is stdout); never
                      over a report read, and over a file already there only with --force
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

const KNOWN_FLAGS = new Set(['json', 'raw', 'group', 'encoding', 'max-size', 'format', 'output', 'o', 'force', 'csv', 'shell', 'explain', 'help', 'version', 'previous', 'compare']);

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
 * Runs plenum with `argv`; the exit code. `browser` opens the browser and the picker: the entry
 * passes one that loads source/ui on first use (the command line never imports it).
 */
export async function main(argv: string[], importMeta: ImportMeta, browser: Browser): Promise<number> {
	quietOnClosedPipe();
	try {
		// File names that are not UTF-8 (GBK bytes) open under the bytes they were given as.
		argv = commandLineNames(argv);
		checkFlags(argv);
		const cli = meow(helpText(), {
			importMeta,
			argv,
			allowUnknownFlags: true,
			flags: {
				json: {type: 'boolean', default: false},
				raw: {type: 'boolean', default: false},
				group: {type: 'string'},
				encoding: {type: 'string'},
				maxSize: {type: 'string'},
				format: {type: 'string'},
				output: {type: 'string', shortFlag: 'o'},
				force: {type: 'boolean', default: false},
				csv: {type: 'boolean', default: false},
				shell: {type: 'boolean', default: true},
				explain: {type: 'boolean', default: false},
				previous: {type: 'boolean', default: false},
				compare: {type: 'boolean', default: false},
			},
		});
		const flags: Flags = cli.flags;
		const style = makeChalk();
		const maxBytes = cli.flags.maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(cli.flags.maxSize);
		if (maxBytes === null) throw new PlenumError(`--max-size needs a size such as 200M or 1G, not ${cli.flags.maxSize}`, EXIT.usage);
		const openOptions: OpenOptions = {encoding: flags.encoding, maxBytes};
		// What is printed to a terminal shows control characters as placeholders (app/terminal-text.ts).
		const shown = process.stdout.isTTY && !flags.json && !cli.flags.raw ? forTerminal : <T>(value: T) => value;
		const context = (args: string[]): SubcommandContext => ({
			args,
			flags,
			style,
			openOptions,
			shown,
			open: async (path, exact) => {
				const opened = await openReport(path, openOptions);
				return exact ? opened : {...opened, report: shown(opened.report)};
			},
			openOutline: async path => {
				const opened = await openOutline(path, openOptions);
				return {...opened, outline: shown(opened.outline)};
			},
		});
		// The browser gets the report as written: it shows controls as placeholders itself, and
		// what it copies, pipes and saves is the report's own text. It opens reports while it holds
		// the screen, so how one was read is said in its status line, not on stderr.
		const open = (path: string) => openReport(path, {...openOptions, quiet: true});
		// The browser opens no report itself: its c asks for the previous one through this.
		const browsing = (keys: NodeJS.ReadStream): BrowserOptions => ({keys, noShell: !cli.flags.shell, openPrevious: path => openPrevious(path, open, openOptions)});
		const [first, ...rest] = cli.input;
		const command = COMMANDS.find(c => c.name === first);
		if (command) return await command.run(context(rest));
		if (flags.compare) return await runCompare(context(cli.input), browser, {keys: process.stdin.isTTY ? process.stdin : openTerminalInput(), noShell: !cli.flags.shell});
		// A folder or several files: the library or a picker on a terminal, the list of reports on a pipe.
		if (cli.input.length > 1 || (first !== undefined && isDirectory(first))) {
			if (cli.input.length > 1 && !exists(first)) throw new PlenumError(`unknown command ${first} (try plenum --help)`, EXIT.usage);
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
			const library = await libraryFromArgs(cli.input, openOptions);
			if (library.entries.length === 0) throw new PlenumError(`no reports in ${cli.input.join(' ')}`, EXIT.noReports);
			return await browser.pick(library, open, browsing(process.stdin));
		}

		if (!flags.json && process.stdout.isTTY) {
			// A report piped in (`cat report.txt | plenum`) still browses: keys come from the
			// terminal itself, as less and fzf do.
			const keys = process.stdin.isTTY ? process.stdin : openTerminalInput();
			if (keys) return await browser.browse(await openOutline(first, openOptions), completeOutline, browsing(keys));
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
		// File names and report text in a message never reach the terminal raw, nor split the line.
		process.stderr.write(`plenum: ${terminalLine(message)}\n`);
		return exitCode;
	}
}
