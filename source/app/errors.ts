// Exit codes and the one-line error every failure ends in: users see a sentence, never a stack.
// The command line and the browser share them: a report that cannot be opened fails the same way
// from either.
import {LoadError} from '../load/load.ts';
import {NotTextError, UnknownEncodingError} from '../load/decode.ts';

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
	/** The output could not be written: a full disk, a file size limit, a closed file. */
	cannotWrite: 74,
	/** Something plenum did not expect; still one line, never a stack trace. */
	internal: 70,
} as const;

/** A failure the user is told about in one line, ending plenum with `exitCode`. */
export class PlenumError extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
	}
}

export function fail(message: string, exitCode: number): never {
	throw new PlenumError(message, exitCode);
}

/** Any error as the line plenum prints and the code it exits with. */
export function describeError(error: unknown): {message: string; exitCode: number} {
	if (error instanceof PlenumError || error instanceof LoadError) return {message: error.message, exitCode: error.exitCode};
	if (error instanceof NotTextError) return {message: error.message, exitCode: EXIT.notText};
	if (error instanceof UnknownEncodingError) return {message: error.message, exitCode: EXIT.usage};
	const message = error instanceof Error ? error.message : String(error);
	return {message: `unexpected error: ${message.split('\n')[0]}`, exitCode: EXIT.internal};
}
