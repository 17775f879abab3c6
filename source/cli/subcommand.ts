// What every subcommand receives and returns: the table in commands/index.ts lists them, and
// the help text is drawn from that table. (The browser's key commands are another thing:
// source/ui/input/keymap.ts.)
import type {ChalkInstance} from 'chalk';
import type {OpenedOutline, OpenedReport, OpenOptions} from '../app/open.ts';

export interface Flags {
	json: boolean;
	group?: string;
	encoding?: string;
	format?: string;
	output?: string;
	/** measures and attendees: print the rule behind each item. */
	explain?: boolean;
	/** trend: year,count as CSV. */
	csv?: boolean;
	/** diff: find OLD by itself, the previous report of NEW's series. */
	previous?: boolean;
	/** With two reports: the browser's Compare view. */
	compare?: boolean;
	/** export: replace a file or symbolic link already at -o's path. */
	force?: boolean;
}

export interface SubcommandContext {
	/** Positional arguments after the subcommand's name. */
	args: string[];
	flags: Flags;
	style: ChalkInstance;
	/** --encoding and --max-size, for commands that open reports themselves (list). */
	openOptions: OpenOptions;
	/**
	 * What a command prints from a report or a library, as stdout should get it: on a terminal
	 * every string in it shows control characters as placeholders (not with --json or --raw);
	 * on a pipe or in a file, as it is.
	 */
	shown<T>(value: T): T;
	/**
	 * Opens FILE, '-' for stdin, or the bundled report when undefined. On a terminal its strings
	 * show control characters as placeholders (not with --json or --raw); `exact` keeps them
	 * whatever stdout is, for what is written to a file.
	 */
	open(path: string | undefined, exact?: boolean): Promise<OpenedReport>;
	/** Metadata, sections and footer only: for subcommands that print nothing else. */
	openOutline(path: string | undefined): Promise<OpenedOutline>;
	/** plenum's version and one-line description, from its package.json. */
	about(): {version: string; description: string};
}

/** What a command needs to print its answer: the entry gives a library's query only this (cli/query-at-start.ts). */
export type OutputContext = Pick<SubcommandContext, 'flags' | 'style' | 'shown'>;

export interface Subcommand {
	name: string;
	/** Arguments as the help shows them, e.g. 'N [FILE|-]'. */
	usage: string;
	summary: string;
	example: string;
	run(context: SubcommandContext): number | Promise<number>;
}
