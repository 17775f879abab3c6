// The browser with its `c` key: when the user asks for the previous report of the series, find it
// beside the report, compare, and show the Compare view; Esc there comes back to the browser.
import type {OpenedReport} from '../../cli/open.ts';
import {previousInFolder} from '../../cli/library.ts';
import {browse, BACK_TO_PICKER, COMPARE_PREVIOUS, type BrowseOptions} from '../browse.tsx';

export async function browseComparing(opened: OpenedReport, path: string | undefined, open: (path: string) => Promise<OpenedReport>, options: BrowseOptions = {}): Promise<number> {
	let browsing: BrowseOptions = options;
	for (;;) {
		const code = await browse(opened, browsing);
		if (code !== COMPARE_PREVIOUS) return code;
		// Painted first screens are for the first frame only.
		browsing = {...options, firstScreen: undefined, message: undefined};
		if (path === undefined || path === '-') {
			browsing.message = 'No folder to look in: this report was not read from a file.';
			continue;
		}
		const previous = await previousInFolder(path);
		if ('reason' in previous) {
			browsing.message = `No previous report: ${previous.reason}.`;
			continue;
		}
		let older: OpenedReport;
		try {
			older = await open(previous.path);
		} catch (error) {
			browsing.message = `${previous.path}: ${error instanceof Error ? error.message : String(error)}`;
			continue;
		}
		const {compareReports} = await import('../../compare/index.ts');
		const comparison = compareReports(older.report, opened.report, {oldPath: previous.path, newPath: path});
		const {compareView} = await import('./run.tsx');
		const result = await compareView({older, newer: opened, comparison}, {stdin: options.stdin, noShell: options.noShell, canGoBack: true});
		if (result !== BACK_TO_PICKER) return result;
	}
}
