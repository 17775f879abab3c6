// Whether the command line is `plenum DIR` on a terminal, told before the command line itself
// loads: the entry (cli.tsx) then paints the library's first screen from its listing while meow
// and the commands are still to load (ui/library-view/at-start.ts). It answers as main() would
// decide, or null when in any doubt; main() then decides as always, and only paints later.
import {statSync} from 'node:fs';

/** The subcommands' names (commands/index.ts; a test holds the two alike) and help: a folder of one of these names is the command. */
export const COMMAND_NAMES = ['sections', 'section', 'measures', 'attendees', 'terms', 'meta', 'search', 'export', 'list', 'diff', 'index', 'trend', 'people', 'config', 'completion', 'man', 'help'];

/** The folder of `plenum DIR` when stdin and stdout are a terminal that can hold a screen; null otherwise. */
export function libraryArgument(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
	if (argv.length !== 1 || !process.stdin.isTTY || !process.stdout.isTTY || env.TERM === 'dumb') return null;
	const [dir] = argv;
	if (dir === '' || dir.startsWith('-') || COMMAND_NAMES.includes(dir)) return null;
	try {
		return statSync(dir).isDirectory() ? dir : null;
	} catch {
		return null;
	}
}
