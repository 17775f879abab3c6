// `plenum DIR` on a terminal: the library in the browser. When the listing kept beside the index is
// current (library/listing.ts), the browser paints it before the index is opened, so neither
// better-sqlite3 nor the library's queries load before the first screen. Otherwise the index is
// opened (made first when there is none, with a progress bar) before the browser starts, and the
// listing is written once the index is closed, for the next time.
import type {Browser, BrowserOptions} from '../app/browser.ts';
import type {OpenedReport} from '../app/open.ts';
import type {IndexedLibrary} from '../library/index.ts';
import {currentListing} from '../library/listing.ts';
import {EXIT, PlenumError} from '../app/errors.ts';

/** The index, opened (commands/library.ts, which loads the library's code only now). */
async function openLibraryAt(dir: string): Promise<IndexedLibrary> {
	return (await import('./commands/library.ts')).openLibraryAt(dir);
}

export async function browseLibraryAt(dir: string, browser: Browser, open: (path: string) => Promise<OpenedReport>, options: BrowserOptions): Promise<number> {
	const listing = currentListing(dir);
	if (listing) {
		const opened: {library?: Promise<IndexedLibrary>} = {};
		try {
			return await browser.library({listing, open: () => (opened.library ??= openLibraryAt(dir))}, open, options);
		} finally {
			(await opened.library?.catch(() => null))?.close();
		}
	}
	const library = await openLibraryAt(dir);
	const reports = library.reports();
	if (reports.length === 0) {
		library.close();
		throw new PlenumError(`no reports in ${dir}`, EXIT.noReports);
	}
	try {
		return await browser.library({listing: null, open: async () => library}, open, options);
	} finally {
		library.close();
		(await import('./commands/library.ts')).keepListing(library, reports);
	}
}
