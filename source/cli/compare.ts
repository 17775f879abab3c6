// `plenum OLD NEW --compare` (or `plenum --compare --previous NEW`): the browser's Compare view on
// a terminal; on a pipe, the same redline `plenum diff` prints.
import type {CommandContext} from './command.ts';
import {diffCommand, diffPaths} from './commands/diff.ts';
import {compareReports} from '../compare/index.ts';

export interface CompareOptions {
	/** Where keys come from: stdin, or the terminal itself when a report is piped in. */
	keys: NodeJS.ReadStream | null;
	noShell: boolean;
}

export async function runCompare(context: CommandContext, options: CompareOptions): Promise<number> {
	if (!process.stdout.isTTY || !options.keys) return diffCommand.run(context);
	const [oldPath, newPath] = await diffPaths(context);
	const older = await context.open(oldPath);
	const newer = await context.open(newPath);
	const comparison = compareReports(older.report, newer.report, {oldPath, newPath});
	const {compareView} = await import('../ui/compare/run.tsx');
	return compareView({older, newer, comparison}, {stdin: options.keys, noShell: options.noShell});
}
