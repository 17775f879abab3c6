// Writing to stdout for pipes: colour only on a terminal (NO_COLOR honoured), and a reader that
// goes away early (`| head -1`) ends plenum quietly instead of crashing it.
import {Chalk, type ChalkInstance} from 'chalk';
import {colourEnabled} from '../app/colour.ts';

export function makeChalk(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
	return new Chalk({level: colourEnabled(stream) ? 3 : 0});
}

/** EPIPE on stdout means the reader has all it wanted: exit 0, say nothing. */
export function quietOnClosedPipe(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}

export function write(text: string): void {
	process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
}

export function writeJson(value: unknown): void {
	write(JSON.stringify(value, null, 2));
}
