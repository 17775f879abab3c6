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

const FILE_ERRORS: Readonly<Record<string, string>> = {
	ENOENT: 'no such folder',
	ENOTDIR: 'a part of the path is not a folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'it is a folder',
	EEXIST: 'it exists already',
	ENOSPC: 'no space left on the disk',
	EDQUOT: 'over the disk quota',
	EROFS: 'the file system is read-only',
	ENAMETOOLONG: 'the name is too long',
	EMFILE: 'too many files open',
	EIO: 'an input/output error',
};

/** A failed file write or read in words (ENOENT: "no such folder"), never the bare code. */
export function fileErrorText(code: string | undefined): string {
	return (code && FILE_ERRORS[code]) ?? `the system said ${code ?? 'no more'}`;
}

/** Any error as the line plenum prints and the code it exits with. */
export function describeError(error: unknown): {message: string; exitCode: number} {
	if (error instanceof PlenumError || error instanceof LoadError) return {message: error.message, exitCode: error.exitCode};
	if (error instanceof NotTextError) return {message: error.message, exitCode: EXIT.notText};
	if (error instanceof UnknownEncodingError) return {message: error.message, exitCode: EXIT.usage};
	const message = error instanceof Error ? error.message : String(error);
	return {message: `unexpected error: ${message.split('\n')[0]}`, exitCode: EXIT.internal};
}
