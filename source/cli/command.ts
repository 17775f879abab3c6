// What every subcommand receives and returns: the table in commands/index.ts lists them, and
// the help text is drawn from that table.
import type {ChalkInstance} from 'chalk';
import type {OpenedOutline, OpenedReport} from './open.ts';

export interface Flags {
	json: boolean;
	group?: string;
	encoding?: string;
	format?: string;
	output?: string;
	/** diff: find OLD by itself, the previous report of NEW's series. */
	previous?: boolean;
	/** With two reports: the browser's Compare view. */
	compare?: boolean;
}

export interface CommandContext {
	/** Positional arguments after the command's name. */
	args: string[];
	flags: Flags;
	style: ChalkInstance;
	/** Opens FILE, '-' for stdin, or the bundled report when undefined. */
	open(path: string | undefined): Promise<OpenedReport>;
	/** Metadata, sections and footer only: for commands that print nothing else. */
	openOutline(path: string | undefined): Promise<OpenedOutline>;
}

export interface Command {
	name: string;
	/** Arguments as the help shows them, e.g. 'N [FILE|-]'. */
	usage: string;
	summary: string;
	example: string;
	run(context: CommandContext): number | Promise<number>;
}
