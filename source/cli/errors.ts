// Exit codes and the one-line error every failure ends in: users see a sentence, never a stack.

export const EXIT = {
	ok: 0,
	/** Nothing found: no such section, no search hit (as grep does). */
	notFound: 1,
	/** A usage error, or a file that does not exist. */
	usage: 2,
	unreadable: 3,
	notText: 4,
	empty: 5,
	noReports: 6,
	/** Something plenum did not expect; still one line, never a stack trace. */
	internal: 70,
} as const;

export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
	}
}

export function fail(message: string, exitCode: number): never {
	throw new CliError(message, exitCode);
}
