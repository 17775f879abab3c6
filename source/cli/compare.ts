// `plenum OLD NEW --compare` (or `plenum --compare --previous NEW`): the browser's Compare view on
// a terminal; on a pipe, the same redline `plenum diff` prints. The command line opens and
// compares the two reports and hands them to the browser (app/browser.ts).
import type {SubcommandContext} from './subcommand.ts';
import type {Browser, BrowserOptions} from '../app/browser.ts';
import {canDrawScreen} from '../app/colour.ts';
import {diffCommand, openCompared} from './commands/diff.ts';

/** `options`: the browser's, keys from stdin or the terminal itself when a report is piped in; null when there is no terminal to read keys from. */
export async function runCompare(context: SubcommandContext, browser: Browser, options: BrowserOptions | null): Promise<number> {
	if (!canDrawScreen() || !options) return diffCommand.run(context);
	return browser.compare(await openCompared(context), options);
}
