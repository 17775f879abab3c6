// Where the command line hands over to the browser (the entry, cli.tsx, imports this module only
// when a terminal asks for the browser). The settings are applied and, for the theme 'auto', the
// terminal is asked for its background; then the report's first screen is painted from its
// outline, before the extractors and Ink have loaded; then Ink takes the screen over and answers
// keys with the outline while the extractors read the rest (in a worker: app/open.ts), and their
// counts and tabs fill in when they are done. Each way in is one session of views
// (terminal/screen.ts): the terminal stays raw and in the alternate screen from one view to the
// next, and is given back when the last one ends.
import type {BrowserOptions, Compared, LibraryOpening} from '../app/browser.ts';
import type {LibraryScan} from '../app/library.ts';
import type {OpenedOutline, OpenedReport} from '../app/open.ts';
import type {Settings} from '../app/settings.ts';
import {colourEnabled} from '../app/colour.ts';
import {installFullWidth, needsFullWidth, setAmbiguousWide} from '../text/width.ts';
import {showControls} from '../text/sanitize.ts';
import {outlineView, paintFirstScreen} from './first-screen.ts';
import {terminalInput} from './terminal/input.ts';
import {holdingTerminal} from './terminal/screen.ts';
import {askBackground, paletteFromEnv} from './terminal/background.ts';
import type {PaintedLibrary} from './library-view/first-screen.ts';
import {setPalette, type Palette} from './draw/theme.ts';
import {setMaxReadingWidth} from './state/geometry.ts';
import {applyKeyOverrides, KeySettingError} from './input/keymap.ts';
import {forgetHelp} from './view/help.ts';

/** The palette for the theme: as set, or as the terminal's background says (dark when it does not). */
async function paletteFor(theme: Settings['theme'], keys: NodeJS.ReadStream): Promise<Palette> {
	if (theme !== 'auto') return theme;
	const fromEnv = paletteFromEnv();
	if (fromEnv) return fromEnv;
	if (!colourEnabled(process.stdout) || !keys.isTTY) return 'dark';
	// Raw, so the answer is not echoed; the screen keeps raw mode on from here, or gives it back.
	keys.setRawMode(true);
	const input = terminalInput(keys);
	input.start();
	return (await askBackground(input, process.stdout)) ?? 'dark';
}

/** Everything the settings change, before anything is drawn: a width never changes later. */
async function applySettings(settings: Settings, keys: NodeJS.ReadStream): Promise<void> {
	setAmbiguousWide(settings.ambiguousWide);
	setMaxReadingWidth(settings.maxWidth);
	applyKeyOverrides(settings.keys);
	forgetHelp();
	setPalette(await paletteFor(settings.theme, keys));
}

/** Give the terminal back as found when the browser never started. */
function letGo(keys: NodeJS.ReadStream): void {
	terminalInput(keys).stop();
	if (keys.isTTY) keys.setRawMode(false);
}

/**
 * The settings applied, then `run`; a key given to no command gives the terminal back as found,
 * says so in one line and exits 2 (EXIT.usage, written out: app/errors.ts would bring the loader
 * into the browser's chunks), as a bad setting read by the command line does.
 */
async function withSettings(settings: Settings, keys: NodeJS.ReadStream, run: () => Promise<number>): Promise<number> {
	try {
		await applySettings(settings, keys);
	} catch (error) {
		letGo(keys);
		if (!(error instanceof KeySettingError)) throw error;
		// A key's name from the settings file, as every error line: its controls as placeholders.
		process.stderr.write(`plenum: ${showControls(error.message, {lines: false})}\n`);
		return 2;
	}
	return run();
}

/** The settings applied, then the views `run` shows, as one session on the terminal. */
function session(options: BrowserOptions, run: () => Promise<number>): Promise<number> {
	return withSettings(options.settings, options.keys, () => holdingTerminal(options.keys, process.stdout, run));
}

export async function openBrowser(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {keys, settings} = options;
	const {text, pageTitle} = outline.loaded;
	// Emoji, marks or control placeholders need string-width's tables: loaded before anything is
	// drawn, so no width changes later.
	if (needsFullWidth(text + (pageTitle ?? ''))) await installFullWidth();
	return session(options, async () => {
		const firstScreen = paintFirstScreen(outline.outline, {stdout: process.stdout, stdin: keys, colour: colourEnabled(process.stdout), mouse: settings.mouse});
		// Moves typed on the painted screen are answered on it; any other key waits, decoded, until
		// the browser listens.
		if (firstScreen) {
			terminalInput(keys).start();
			firstScreen.answerKeys(terminalInput(keys));
		}
		try {
			// Asked for once Ink has drawn: the extractors run in a worker (app/open.ts) and delay
			// neither the first frame nor a key.
			const completing = () => complete(outline).then(opened => opened.report);
			const {browseComparing} = await import('./compare-view/flow.ts');
			const view = firstScreen?.view ?? outlineView(outline.outline);
			return await browseComparing(
				{loaded: outline.loaded, view, completing},
				{stdin: keys, noShell: options.noShell, mouse: settings.mouse, openPrevious: options.openPrevious, firstScreen: firstScreen ?? undefined},
			);
		} catch (error) {
			firstScreen?.handOver();
			firstScreen?.screen.restore();
			letGo(keys);
			throw error;
		}
	});
}

/**
 * `plenum DIR` on a terminal: the library, each report chosen opened in the browser. Its first
 * screen is painted from the listing kept beside the index, when there is a current one, before
 * the index is opened and Ink loads; Ink's first frame then replaces it. `atStart`: that screen
 * painted already, before the command line loaded (library-view/at-start.ts).
 */
export async function browseLibrary(library: LibraryOpening, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions, atStart: PaintedLibrary | null = null): Promise<number> {
	const {keys, settings} = options;
	return session(options, async () => {
		let painted = atStart;
		if (!painted && library.listing) {
			const {paintLibraryScreen} = await import('./library-view/first-screen.ts');
			painted = paintLibraryScreen(library.listing, {stdout: process.stdout, stdin: keys});
			// Keys typed on the painted screen wait, decoded, for the view.
			if (painted) terminalInput(keys).start();
		}
		let view, opened;
		try {
			[view, opened] = await Promise.all([import('./library-view/launch.tsx'), library.open()]);
		} catch (error) {
			painted?.handOver();
			painted?.screen.restore();
			letGo(keys);
			throw error;
		}
		return view.browseLibrary(opened, open, {stdin: keys, noShell: options.noShell, mouse: settings.mouse, openPrevious: options.openPrevious, painted: painted ?? undefined});
	});
}

/** `plenum a.txt b.html …` on a terminal: the picker (rows as they are found), each report chosen opened in the browser. */
export async function pickReport(scan: LibraryScan, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {keys, settings} = options;
	return session(options, async () => {
		const {pick} = await import('./pick.tsx');
		return pick(scan, open, {stdin: keys, noShell: options.noShell, mouse: settings.mouse, openPrevious: options.openPrevious});
	});
}

/** `plenum OLD NEW --compare` on a terminal: the Compare view; Enter opens a difference in the browser. */
export async function openCompareView(compared: Compared, options: BrowserOptions): Promise<number> {
	const {keys, settings} = options;
	return session(options, async () => {
		const {compareView} = await import('./compare-view/run.tsx');
		return compareView(compared, {stdin: keys, noShell: options.noShell, mouse: settings.mouse});
	});
}
