// The command line: decides between a subcommand, the browser and a printed outline, and turns
// every failure into one line on stderr with its exit code.
import meow from 'meow';
import {openSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {COMMANDS} from './commands/index.ts';
import {list} from './commands/list.ts';
import {openPrevious, pathsFromArgs, scanLibrary, type LibraryScan} from '../app/library.ts';
import {exists, isDirectory} from '../app/paths.ts';
import type {Browser, BrowserOptions} from '../app/browser.ts';
import {loadSettings, type Theme} from '../app/settings.ts';
import type {SubcommandContext, Flags} from './subcommand.ts';
import {describeError, EXIT, PlenumError} from '../app/errors.ts';
import {makeChalk, quietOnClosedPipe, shownFor, write, writeJson} from './output.ts';
import {commandLineNames, completeOutline, openOutline, openReport, parseSize, type OpenOptions} from '../app/open.ts';
import {runCompare} from './compare.ts';
import {formatOutline} from '../format/plain.ts';
import {terminalLine} from '../app/terminal-text.ts';
import {helpText, OPTIONS} from './help.ts';
import {canDrawScreen} from '../app/colour.ts';

function openTerminalInput(): NodeJS.ReadStream | null {
	try {
		return new ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return null;
	}
}

/** Every option --help describes (cli/help.ts), by its long and its short name; no other is taken. */
const KNOWN_FLAGS = new Set(OPTIONS.flatMap(o => [o.flag.replace(/^no-/, ''), ...(o.short ? [o.short] : [])]));

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

/** -h and -v as --help and --version, before a `--`. */
function shortHands(argv: string[]): string[] {
	const end = argv.indexOf('--');
	return argv.map((arg, i) => (end >= 0 && i > end ? arg : arg === '-h' ? '--help' : arg === '-v' ? '--version' : arg));
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
		// File names that are not UTF-8 (GBK bytes) open under the bytes they were given as.
		argv = commandLineNames(argv);
		// `plenum help` (with or without a command after it), -h and -v are what people type first.
		const wanted = argv[0] === 'help' ? ['--help'] : shortHands(argv);
		checkFlags(wanted);
		const given = packageForMeow();
		const cli = meow(helpText(), {
			importMeta,
			argv: wanted,
			...given,
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
				mouse: {type: 'boolean'},
				theme: {type: 'string'},
				timeout: {type: 'number'},
			},
		});
		const flags: Flags = cli.flags;
		const timeout = cli.flags.timeout;
		if (timeout !== undefined && !(timeout > 0)) throw new PlenumError(`--timeout is a number of seconds, more than 0`, EXIT.usage);
		const style = makeChalk();
		// Without --max-size, a file is held to DEFAULT_MAX_BYTES and a web page to the fetch's limit.
		const maxBytes = cli.flags.maxSize === undefined ? undefined : parseSize(cli.flags.maxSize);
		if (maxBytes === null) throw new PlenumError(`--max-size needs a size such as 200M or 1G, not ${cli.flags.maxSize}`, EXIT.usage);
		const openOptions: OpenOptions = {encoding: flags.encoding, maxBytes, timeoutSeconds: timeout};
		const shown = shownFor(flags.json, cli.flags.raw);
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
			// The package as given to meow: in a bundle meow cannot normalize one (cli.pkg) of its own.
			about: () => {
				const pkg = given.pkg ?? cli.pkg;
				return {version: String(pkg.version ?? ''), description: String(pkg.description ?? '')};
			},
		});
		// The browser gets the report as written: it shows controls as placeholders itself, and
		// what it copies, pipes and saves is the report's own text. It opens reports while it holds
		// the screen, so how one was read is said in its status line, not on stderr.
		const open = (path: string) => openReport(path, {...openOptions, quiet: true});
		// The settings file counts only where the browser is drawn; the command line's flags win.
		// The browser opens no report itself: its c asks for the previous one through openPrevious.
		const browserOptions = (keys: NodeJS.ReadStream): BrowserOptions => {
			const settings = loadSettings();
			const theme = cli.flags.theme;
			if (theme !== undefined && !['auto', 'light', 'dark'].includes(theme)) throw new PlenumError(`--theme is auto, light or dark, not ${theme}`, EXIT.usage);
			// meow reads an absent boolean as false: only --mouse or --no-mouse given overrides the file.
			const mouse = wanted.includes('--no-mouse') ? false : wanted.includes('--mouse') ? true : settings.mouse;
			return {keys, noShell: !cli.flags.shell, openPrevious: path => openPrevious(path, open, openOptions), settings: {...settings, theme: (theme as Theme | undefined) ?? settings.theme, mouse}};
		};
		const [first, ...rest] = cli.input;
		const command = COMMANDS.find(c => c.name === first);
		if (command) return await command.run(context(rest));
		if (flags.compare) {
			// The settings file counts only where the Compare view is drawn; a pipe gets the redline.
			const keys = !canDrawScreen() ? null : process.stdin.isTTY ? process.stdin : openTerminalInput();
			return await runCompare(context(cli.input), browser, keys && browserOptions(keys));
		}
		// A folder or several files: the library or a picker on a terminal, the list of reports on a pipe.
		if (cli.input.length > 1 || (first !== undefined && isDirectory(first))) {
			if (cli.input.length > 1 && !exists(first)) throw new PlenumError(`unknown command ${first} (try plenum --help)`, EXIT.usage);
			if (!canDrawScreen() || !process.stdin.isTTY) return await list.run(context(cli.input));
			// One folder: the library (indexed on first use), with search and timelines across it.
			if (cli.input.length === 1) return await (await import('./commands/library.ts')).browseLibraryAt(first, browser, open, browserOptions(process.stdin));
			// The settings first: a bad one is said before any file is read.
			const options = browserOptions(process.stdin);
			// Several files: the picker shows the first report found at once, and the rest as they are read.
			const scan = scanLibrary(pathsFromArgs(cli.input), {encoding: openOptions.encoding});
			await firstReport(scan);
			if (scan.current().entries.length === 0) throw new PlenumError(`no reports in ${cli.input.join(' ')}`, EXIT.noReports);
			return await browser.pick(scan, open, options);
		}

		if (!flags.json && canDrawScreen()) {
			// A report piped in (`cat report.txt | plenum`) still browses: keys come from the
			// terminal itself, as less and fzf do.
			const keys = process.stdin.isTTY ? process.stdin : openTerminalInput();
			if (keys) return await browser.browse(await openOutline(first, openOptions), completeOutline, browserOptions(keys));
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
