// plenum's entry: hands the arguments to the command line and exits with its code. It is the one
// module that knows both the command line and the browser: the browser's modules load only when
// the command line asks for them, so pipe commands never load Ink or React. A folder listing
// starts it again in worker threads, to read files on every core. The command line itself is
// imported, not loaded with the entry, so that `plenum DIR` paints the library's first screen
// before it loads (ui/library-view/at-start.ts), `plenum search`/`trend` over a folder answer from
// its index without it (cli/query-at-start.ts), and a scan worker never loads it.
import './source/cli/no-inspector.ts';
import type {Browser} from './source/app/browser.ts';
import {libraryArgument, libraryQuery} from './source/cli/library-argument.ts';

/** The argument that makes the entry serve scans (app/scan-worker.ts's SCAN_WORKER; a test holds the two alike). */
const SCAN_WORKER = '--plenum-scan-worker';

const argv = process.argv.slice(2);
const query = libraryQuery(argv);
if (argv[0] === SCAN_WORKER) await (await import('./source/app/scan-worker.ts')).serveScans();
else if (query) process.exitCode = await (await import('./source/cli/query-at-start.ts')).answerQuery(query);
else {
	const dir = libraryArgument(argv);
	// The library's first screen, painted while the command line loads; the library view takes it over.
	const painted = dir === null ? null : (await import('./source/ui/library-view/at-start.ts')).paintLibraryAtStart(dir);
	let handedOver = false;
	const browser: Browser = {
		browse: async (outline, complete, options) => (await import('./source/ui/launch.ts')).openBrowser(outline, complete, options),
		pick: async (scan, open, options) => (await import('./source/ui/launch.ts')).pickReport(scan, open, options),
		library: async (library, open, options) => {
			handedOver = true;
			return (await import('./source/ui/launch.ts')).browseLibrary(library, open, options, painted);
		},
		compare: async (compared, options) => (await import('./source/ui/launch.ts')).openCompareView(compared, options),
	};
	const {main} = await import('./source/cli/main.ts');
	try {
		process.exitCode = await main(argv, import.meta, browser);
	} finally {
		// The command line went another way after all: the terminal as it was found.
		if (painted && !handedOver) painted.release();
	}
}
