// Where the command line hands over to the browser (the entry, cli.tsx, imports this module only
// when a terminal asks for the browser). The report's first screen is painted from its outline,
// before the extractors and Ink have loaded; then the whole report is read and Ink takes the
// screen over. Each is one session of views (terminal/screen.ts): the terminal stays raw and in the
// alternate screen from one view to the next, and is given back when the last one ends.
import type {BrowserOptions, Compared} from '../app/browser.ts';
import type {Library} from '../app/library.ts';
import type {IndexedLibrary} from '../library/index.ts';
import type {OpenedOutline, OpenedReport} from '../app/open.ts';
import {colourEnabled} from '../app/colour.ts';
import {installFullWidth, needsFullWidth} from '../text/width.ts';
import {paintFirstScreen} from './first-screen.ts';
import {holdingTerminal} from './terminal/screen.ts';

export function openBrowser(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	return holdingTerminal(options.keys, process.stdout, () => browseOutline(outline, complete, options));
}

async function browseOutline(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {text, pageTitle} = outline.loaded;
	// Emoji, marks or control placeholders need string-width's tables: loaded before anything is
	// drawn, so no width changes later.
	if (needsFullWidth(text + (pageTitle ?? ''))) await installFullWidth();
	const firstScreen = paintFirstScreen(outline.outline, {stdout: process.stdout, stdin: options.keys, colour: colourEnabled(process.stdout)});
	try {
		const opened = await complete(outline);
		firstScreen?.showCounts(opened.report);
		const {browseComparing} = await import('./compare-view/flow.ts');
		return await browseComparing(opened, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious, firstScreen: firstScreen ?? undefined});
	} catch (error) {
		firstScreen?.handOver();
		firstScreen?.screen.restore();
		throw error;
	}
}

/** `plenum DIR` on a terminal: the library, each report chosen opened in the browser. */
export async function browseLibrary(library: IndexedLibrary, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {browseLibrary} = await import('./library-view/launch.tsx');
	return holdingTerminal(options.keys, process.stdout, () => browseLibrary(library, open, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious}));
}

/** `plenum a.txt b.html …` on a terminal: the picker, each report chosen opened in the browser. */
export async function pickReport(library: Library, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {pick} = await import('./pick.tsx');
	return holdingTerminal(options.keys, process.stdout, () => pick(library, open, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious}));
}

/** `plenum OLD NEW --compare` on a terminal: the Compare view; Enter opens a difference in the browser. */
export async function openCompareView(compared: Compared, options: BrowserOptions): Promise<number> {
	const {compareView} = await import('./compare-view/run.tsx');
	return holdingTerminal(options.keys, process.stdout, () => compareView(compared, {stdin: options.keys, noShell: options.noShell}));
}
