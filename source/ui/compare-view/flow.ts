// The ways into the Compare view from the browser and the picker. The browser's c: the command
// line's openPrevious finds the report before this one in its series and opens it (the browser
// opens no report itself: app/browser.ts); the two are compared and shown, and Esc there comes
// back to the browser. The picker's c: the two reports, the earlier as the old side.
import type {OpenedReport} from '../../app/open.ts';
import type {Previous} from '../../app/library.ts';
import {browse, BACK_TO_PICKER, type BrowseInput, type BrowseOptions} from '../browse.tsx';
import {completeView} from '../view/view.ts';

export interface ComparingOptions extends BrowseOptions {
	/** c: the report before the one at `path` in its series, opened; or why there is none. */
	openPrevious?: (path: string) => Promise<Previous>;
}

/** The Compare view on two opened reports, the earlier (by date) as the old side; Esc comes back (BACK_TO_PICKER). */
export async function compareTwo(a: OpenedReport, b: OpenedReport, options: BrowseOptions): Promise<number> {
	const [older, newer] = (a.report.meta.date ?? '') <= (b.report.meta.date ?? '') ? [a, b] : [b, a];
	const {compareAcrossScripts} = await import('../../compare/index.ts');
	const comparison = await compareAcrossScripts(older.report, newer.report, {oldPath: older.loaded.name, newPath: newer.loaded.name});
	const {compareView} = await import('./run.tsx');
	return compareView({older, newer, comparison}, {stdin: options.stdin, noShell: options.noShell, mouse: options.mouse, canGoBack: true});
}

/**
 * The browser on a report, with c comparing it with the previous report of its series. The
 * report may still be an outline whose extractors are reading (launch.ts): the comparison waits
 * for them, and the browser comes back on the whole report.
 */
export async function browseComparing(input: BrowseInput, options: ComparingOptions = {}): Promise<number> {
	let browsing: BrowseOptions = options;
	// The extractors run once: the browser asks for their report, and so may c.
	let completed: Promise<OpenedReport['report']> | null = null;
	const completing = input.completing && (() => (completed ??= input.completing!()));
	let current: BrowseInput = {...input, completing};
	for (;;) {
		let asked = false;
		const code = await browse(current, {...browsing, onCompare: () => (asked = true)});
		if (!asked) return code;
		// Painted first screens are for the first frame only.
		browsing = {...options, firstScreen: undefined, message: undefined};
		if (completing) {
			try {
				current = {loaded: current.loaded, view: completeView(current.view, await completing())};
			} catch (error) {
				browsing.message = `Cannot compare: the report could not be read whole (${error instanceof Error ? error.message : String(error)}).`;
				continue;
			}
		}
		const opened: OpenedReport = {loaded: current.loaded, report: current.view.report};
		const previous: Previous = options.openPrevious ? await options.openPrevious(opened.loaded.name) : {reason: 'No previous report: there is no folder to look in.'};
		if ('reason' in previous) {
			browsing.message = previous.reason;
			continue;
		}
		const result = await compareTwo(previous.opened, opened, options);
		if (result !== BACK_TO_PICKER) return result;
	}
}
