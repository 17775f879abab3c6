// Whether the command line is `plenum DIR` on a terminal, told before the command line itself
// loads: the entry (cli.tsx) then paints the library's first screen from its listing while meow
// and the commands are still to load (ui/library-view/at-start.ts). It answers as main() would
// decide, or null when in any doubt; main() then decides as always, and only paints later.
import {isDirectory} from '../app/paths.ts';

/** The subcommands' names (commands/index.ts; a test holds the two alike) and help: a folder of one of these names is the command. */
export const COMMAND_NAMES = ['sections', 'section', 'measures', 'attendees', 'terms', 'meta', 'search', 'export', 'list', 'diff', 'index', 'trend', 'people', 'config', 'completion', 'man', 'help'];

/** The folder of `plenum DIR` when stdin and stdout are a terminal that can hold a screen; null otherwise. */
export function libraryArgument(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
	if (argv.length !== 1 || !process.stdin.isTTY || !process.stdout.isTTY || env.TERM === 'dumb') return null;
	const [dir] = argv;
	if (dir === '' || dir.startsWith('-') || COMMAND_NAMES.includes(dir)) return null;
	return isDirectory(dir) ? dir : null;
}

/** `plenum search QUERY DIR` or `plenum trend TERM DIR`, as the entry answers it before the command line loads. */
export interface LibraryQuery {
	command: 'search' | 'trend';
	term: string;
	dir: string;
	/** The only flags a query takes there: --json, --csv (trend) and --raw, as main() reads them. */
	flags: {json: boolean; csv: boolean; raw: boolean};
}

/** The flags the entry reads itself; any other (or any other spelling) leaves the query to the command line. */
const QUERY_FLAGS: Record<string, keyof LibraryQuery['flags']> = {'--json': 'json', '--csv': 'csv', '--raw': 'raw'};

/**
 * The library query the arguments ask for, or null when in any doubt: a flag the entry does not
 * read, a term that looks like one, a name that is not UTF-8 (main() reads its bytes), a term of
 * spaces only or a folder that is not one (main() says why). main() then answers as always.
 */
export function libraryQuery(argv: readonly string[]): LibraryQuery | null {
	const flags = {json: false, csv: false, raw: false};
	const positional: string[] = [];
	for (const arg of argv) {
		if (arg.includes('\ufffd')) return null;
		const flag = QUERY_FLAGS[arg];
		if (flag) flags[flag] = true;
		else if (arg === '' || arg.startsWith('-')) return null;
		else positional.push(arg);
	}
	const [command, term, dir] = positional;
	if (positional.length !== 3 || (command !== 'search' && command !== 'trend') || term.trim() === '') return null;
	return isDirectory(dir) ? {command, term, dir, flags} : null;
}
