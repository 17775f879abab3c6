// What the command line asks of the browser, as types only. The command line may not import the
// browser (source/ui), nor the browser the command line: the entry, cli.tsx, hands main() a
// Browser whose functions import source/ui on first call, so pipe commands never load Ink.
// The command line opens the reports (app/open.ts) and hands them over: the browser's modules
// never import the opening code, which so stays in the entry's own bundle file. That holds for
// the Compare view too: the browser's c asks openPrevious for the report before this one.
import type {LibraryScan, Previous} from './library.ts';
import type {IndexedLibrary} from '../library/index.ts';
import type {Listing} from '../library/listing.ts';
import type {OpenedOutline, OpenedReport} from './open.ts';
import type {Comparison} from '../compare/types.ts';
import type {Settings} from './settings.ts';

export interface BrowserOptions {
	/** Where keys come from: stdin, or the terminal itself when the report is piped in. */
	keys: NodeJS.ReadStream;
	/** --no-shell: no shell command, editor or pager (PLENUM_NO_SHELL=1 does the same). */
	noShell: boolean;
	/** The browser's c: the report before the one at `path` in its series, opened (app/library.ts). */
	openPrevious?: (path: string) => Promise<Previous>;
	/** The settings file's, with the command line's --theme and --[no-]mouse over them. */
	settings: Settings;
}

/** Two reports and their comparison, for the Compare view. */
export interface Compared {
	older: OpenedReport;
	newer: OpenedReport;
	comparison: Comparison;
}

export interface Browser {
	/**
	 * Browse a report whose outline is read: its first screen is painted from the outline, then
	 * `complete` reads the rest (app/open.ts's completeOutline), asked for once Ink has drawn its
	 * first frame. The exit code.
	 */
	browse(outline: OpenedOutline, complete: (outline: OpenedOutline) => Promise<OpenedReport>, options: BrowserOptions): Promise<number>;
	/** The picker over a folder's reports (rows as they are found), each opened with `open` in the browser; the exit code. */
	pick(scan: LibraryScan, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number>;
	/** The Compare view on two reports (`plenum OLD NEW --compare`); Enter opens a difference in the browser. The exit code. */
	compare(compared: Compared, options: BrowserOptions): Promise<number>;
	/** A folder's library (source/library): by series, search and timelines across it; each report opened with `open`. */
	library(library: LibraryOpening, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number>;
}

/** A library to browse: its first screen, when a current one is kept (library/listing.ts), painted before `open` is asked for it. */
export interface LibraryOpening {
	listing: Listing | null;
	/** The library, opened (once, however often asked). */
	open(): Promise<IndexedLibrary>;
}
