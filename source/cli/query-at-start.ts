// `plenum search QUERY DIR` and `plenum trend TERM DIR`, answered from the entry before the command
// line loads: meow, the other commands, the report opener and the outline parser behind it are not
// needed for an answer the index holds. The arguments were read as main() reads them
// (cli/library-argument.ts), and the answer is main()'s: the same functions, flags, colour, the
// same treatment of a closed pipe and the same one-line errors and exit codes.
import {describeError} from '../app/errors.ts';
import {terminalLine} from '../app/terminal-text.ts';
import type {LibraryQuery} from './library-argument.ts';
import {searchLibraryCommand, trendLibraryCommand} from './commands/library.ts';
import {makeChalk, quietOnClosedPipe, shownFor} from './output.ts';
import type {OutputContext} from './subcommand.ts';

/** The query's exit code, as main() would have returned it. */
export async function answerQuery(query: LibraryQuery): Promise<number> {
	quietOnClosedPipe();
	try {
		const {json, csv, raw} = query.flags;
		const context: OutputContext = {
			flags: {json, csv},
			style: makeChalk(),
			shown: shownFor(json, raw),
		};
		return await (query.command === 'search' ? searchLibraryCommand : trendLibraryCommand)(context, query.term, query.dir);
	} catch (error) {
		const {message, exitCode} = describeError(error);
		process.stderr.write(`plenum: ${terminalLine(message)}\n`);
		return exitCode;
	}
}
