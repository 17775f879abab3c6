// Where the command line hands over to the browser (the entry, cli.tsx, imports this module only
// when a terminal asks for the browser). The report's first screen is painted from its outline,
// before the extractors and Ink have loaded; then Ink takes the screen over and answers keys with
// the outline while the extractors read the rest (in a worker: app/open.ts), and their counts and
// tabs fill in when they are done.
import type {BrowserOptions, Compared} from '../app/browser.ts';
import type {LibraryScan} from '../app/library.ts';
import type {IndexedLibrary} from '../library/index.ts';
import type {OpenedOutline, OpenedReport} from '../app/open.ts';
import {colourEnabled} from '../app/colour.ts';
import {installFullWidth, needsFullWidth} from '../text/width.ts';
import {outlineView, paintFirstScreen} from './first-screen.ts';

export async function openBrowser(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {text, pageTitle} = outline.loaded;
	// Emoji, marks or control placeholders need string-width's tables: loaded before anything is
	// drawn, so no width changes later.
	if (needsFullWidth(text + (pageTitle ?? ''))) await installFullWidth();
	const firstScreen = paintFirstScreen(outline.outline, {stdout: process.stdout, stdin: options.keys, colour: colourEnabled(process.stdout)});
	try {
		// Asked for once Ink has drawn: a usual report's extractors then run in this thread, a long
		// one's in a worker (app/open.ts), and neither delays the first frame.
		const completing = () => complete(outline).then(opened => opened.report);
		const {browseComparing} = await import('./compare-view/flow.ts');
		const view = firstScreen?.view ?? outlineView(outline.outline);
		return await browseComparing({loaded: outline.loaded, view, completing}, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious, firstScreen: firstScreen ?? undefined});
	} catch (error) {
		firstScreen?.handOver();
		firstScreen?.screen.restore();
		throw error;
	}
}

/** `plenum DIR` on a terminal: the library, each report chosen opened in the browser. */
export async function browseLibrary(library: IndexedLibrary, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {browseLibrary} = await import('./library-view/launch.tsx');
	return browseLibrary(library, open, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious});
}

/** `plenum a.txt b.html …` on a terminal: the picker (rows as they are found), each report chosen opened in the browser. */
export async function pickReport(scan: LibraryScan, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {pick} = await import('./pick.tsx');
	return pick(scan, open, {stdin: options.keys, noShell: options.noShell, openPrevious: options.openPrevious});
}

/** `plenum OLD NEW --compare` on a terminal: the Compare view; Enter opens a difference in the browser. */
export async function openCompareView(compared: Compared, options: BrowserOptions): Promise<number> {
	const {compareView} = await import('./compare-view/run.tsx');
	return compareView(compared, {stdin: options.keys, noShell: options.noShell});
}
