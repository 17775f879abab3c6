// plenum's entry: hands the arguments to the command line and exits with its code. It is the one
// module that knows both the command line and the browser: the browser's modules load only when
// the command line asks for them, so pipe commands never load Ink or React. A folder listing
// starts it again in worker threads, to read files on every core.
import './source/cli/no-inspector.ts';
import {main} from './source/cli/main.ts';
import type {Browser} from './source/app/browser.ts';
import {SCAN_WORKER, serveScans} from './source/app/scan-worker.ts';

const browser: Browser = {
	browse: async (outline, complete, options) => (await import('./source/ui/launch.ts')).openBrowser(outline, complete, options),
	pick: async (scan, open, options) => (await import('./source/ui/launch.ts')).pickReport(scan, open, options),
	library: async (library, open, options) => (await import('./source/ui/launch.ts')).browseLibrary(library, open, options),
	compare: async (compared, options) => (await import('./source/ui/launch.ts')).openCompareView(compared, options),
};

// Started as a worker thread by a folder listing (app/library.ts): read the heads it sends.
if (process.argv[2] === SCAN_WORKER) await serveScans();
else process.exitCode = await main(process.argv.slice(2), import.meta, browser);
