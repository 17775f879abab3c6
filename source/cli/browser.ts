// Opening the browser on a report: its first screen is painted from the outline, before the
// extractors and Ink have loaded; then the whole report is read and Ink takes the screen over.
import {completeOutline, openOutline, openReport} from './open.ts';
import {colourEnabled} from './output.ts';
import {installFullWidth, needsFullWidth} from '../text/width.ts';

export interface BrowserOptions {
	encoding?: string;
	/** Where keys come from: stdin, or the terminal itself when the report is piped in. */
	keys: NodeJS.ReadStream;
	noShell: boolean;
}

export async function openBrowser(path: string | undefined, options: BrowserOptions): Promise<number> {
	const outline = await openOutline(path, options.encoding);
	const {text, pageTitle} = outline.loaded;
	// Emoji, marks or control placeholders need string-width's tables: loaded before anything is
	// drawn, so no width changes later.
	const [{paintFirstScreen}] = await Promise.all([import('../ui/first-screen.ts'), needsFullWidth(text + (pageTitle ?? '')) ? installFullWidth() : null]);
	const firstScreen = paintFirstScreen(outline.outline, {stdout: process.stdout, stdin: options.keys, colour: colourEnabled(process.stdout)});
	try {
		const opened = await completeOutline(outline);
		firstScreen?.showCounts(opened.report);
		const {browseComparing} = await import('../ui/compare/flow.ts');
		return await browseComparing(opened, path, next => openReport(next, options.encoding), {stdin: options.keys, noShell: options.noShell, firstScreen: firstScreen ?? undefined});
	} catch (error) {
		firstScreen?.handOver();
		firstScreen?.screen.restore();
		throw error;
	}
}
