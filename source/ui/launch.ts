// Where the command line hands over to the browser (the entry, cli.tsx, imports this module only
// when a terminal asks for the browser). The report's first screen is painted from its outline,
// before the extractors and Ink have loaded; then the whole report is read and Ink takes the
// screen over.
import type {BrowserOptions} from '../app/browser.ts';
import type {Library} from '../app/library.ts';
import type {OpenedOutline, OpenedReport} from '../app/open.ts';
import {colourEnabled} from '../app/colour.ts';
import {installFullWidth, needsFullWidth} from '../text/width.ts';
import {paintFirstScreen} from './first-screen.ts';
import {terminalInput} from './terminal/input.ts';

export async function openBrowser(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {text, pageTitle} = outline.loaded;
	// Emoji, marks or control placeholders need string-width's tables: loaded before anything is
	// drawn, so no width changes later.
	if (needsFullWidth(text + (pageTitle ?? ''))) await installFullWidth();
	const firstScreen = paintFirstScreen(outline.outline, {stdout: process.stdout, stdin: options.keys, colour: colourEnabled(process.stdout), mouse: options.mouse});
	// Keys typed on the painted screen wait, decoded, until the browser listens.
	if (firstScreen) terminalInput(options.keys).start();
	try {
		const opened = await complete(outline);
		firstScreen?.showCounts(opened.report);
		const {browse} = await import('./browse.tsx');
		return await browse(opened, {stdin: options.keys, noShell: options.noShell, mouse: options.mouse, firstScreen: firstScreen ?? undefined});
	} catch (error) {
		terminalInput(options.keys).stop();
		firstScreen?.handOver();
		firstScreen?.screen.restore();
		throw error;
	}
}

/** `plenum DIR` on a terminal: the picker, each report chosen opened in the browser. */
export async function pickReport(library: Library, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const {pick} = await import('./pick.tsx');
	return pick(library, open, {stdin: options.keys, noShell: options.noShell, mouse: options.mouse});
}
