// `plenum OLD NEW --compare` (or `plenum --compare --previous NEW`): the browser's Compare view on
// a terminal; on a pipe, the same redline `plenum diff` prints. The command line opens and
// compares the two reports and hands them to the browser (app/browser.ts).
import type {SubcommandContext} from './subcommand.ts';
import type {Browser} from '../app/browser.ts';
import {diffCommand, openCompared} from './commands/diff.ts';

/** `keys`: stdin, or the terminal itself when a report is piped in; null when there is neither. */
export async function runCompare(context: SubcommandContext, browser: Browser, options: {keys: NodeJS.ReadStream | null; noShell: boolean}): Promise<number> {
	if (!process.stdout.isTTY || !options.keys) return diffCommand.run(context);
	return browser.compare(await openCompared(context), {keys: options.keys, noShell: options.noShell});
}
