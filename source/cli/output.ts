// Writing to stdout for pipes: colour only on a terminal (NO_COLOR honoured), and a reader that
// goes away early (`| head -1`) ends plenum quietly instead of crashing it; output that cannot be
// written (`> /dev/full`, a file size limit) ends it with one line and its own exit code.
import {fstatSync, writeSync} from 'node:fs';
import {Chalk, type ChalkInstance} from 'chalk';
import {colourEnabled} from '../app/colour.ts';
import {EXIT} from '../app/errors.ts';
import {fileErrorText} from '../app/file-errors.ts';
import {forTerminal} from '../app/terminal-text.ts';

/**
 * How values are shown before they are printed: to a terminal, control characters as placeholders
 * (app/terminal-text.ts); as they are in JSON, with --raw, or into a pipe.
 */
export function shownFor(json: boolean, raw: boolean): <T>(value: T) => T {
	return process.stdout.isTTY && !json && !raw ? forTerminal : <T>(value: T) => value;
}

export function makeChalk(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
	return new Chalk({level: colourEnabled(stream) ? 3 : 0});
}

/**
 * EPIPE on stdout means the reader has all it wanted: exit 0, say nothing. Any other failure to
 * write (ENOSPC, EFBIG, EIO) is one line on stderr and EXIT.cannotWrite, never a stack trace or
 * the code that means "nothing found".
 */
export function quietOnClosedPipe(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		cannotWrite(error);
	});
}

function cannotWrite(error: NodeJS.ErrnoException): never {
	try {
		process.stderr.write(`plenum: cannot write the output: ${error.code ? fileErrorText(error.code) : error.message.split('\n')[0]}\n`);
	} finally {
		process.exit(EXIT.cannotWrite);
	}
}

let stdoutIsFile: boolean | undefined;

/**
 * Node's stream to a file ignores a short write: under a file size limit (`ulimit -f`) the file
 * would end early and plenum exit 0. To a file, every byte is written or the failure said.
 */
function writeToFile(data: string): void {
	const bytes = Buffer.from(data, 'utf8');
	try {
		for (let at = 0; at < bytes.length;) at += writeSync(1, bytes, at);
	} catch (error) {
		cannotWrite(error as NodeJS.ErrnoException);
	}
}

export function write(text: string): void {
	const data = text.endsWith('\n') || text === '' ? text : text + '\n';
	stdoutIsFile ??= isFile(1);
	if (stdoutIsFile) writeToFile(data);
	else process.stdout.write(data);
}

/**
 * Lines made as they are written, each with its newline (a library's ndjson): to a file every byte
 * or the failure said, as `write`; to a pipe or a terminal at the pace the reader takes them.
 */
export async function writeLines(lines: Iterable<string>): Promise<void> {
	stdoutIsFile ??= isFile(1);
	let batch = '';
	const flush = async () => {
		if (stdoutIsFile) writeToFile(batch);
		else if (!process.stdout.write(batch)) await new Promise(resolve => process.stdout.once('drain', resolve));
		batch = '';
	};
	for (const line of lines) {
		batch += line + '\n';
		if (batch.length >= 65536) await flush();
	}
	if (batch !== '') await flush();
}

function isFile(fd: number): boolean {
	try {
		return fstatSync(fd).isFile();
	} catch {
		return false;
	}
}

export function writeJson(value: unknown): void {
	write(JSON.stringify(value, null, 2));
}
