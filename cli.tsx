// plenum's entry: hands the arguments to the command line and exits with its code. It is the one
// module that knows both the command line and the browser: the browser's modules load only when
// the command line asks for them, so pipe commands never load Ink or React.
import './source/cli/no-inspector.ts';
import {main} from './source/cli/main.ts';
import type {Browser} from './source/app/browser.ts';

const browser: Browser = {
	browse: async (outline, complete, options) => (await import('./source/ui/launch.ts')).openBrowser(outline, complete, options),
	pick: async (library, open, options) => (await import('./source/ui/launch.ts')).pickReport(library, open, options),
	library: async (library, open, options) => (await import('./source/ui/launch.ts')).browseLibrary(library, open, options),
	compare: async (compared, options) => (await import('./source/ui/launch.ts')).openCompareView(compared, options),
};

process.exitCode = await main(process.argv.slice(2), import.meta, browser);
