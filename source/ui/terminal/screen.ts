// Entering and leaving full-screen mode. `restore` is safe to call any number of times from any
// exit path (quit, signal, crash, process exit), and writes synchronously so it lands before exit.
import {writeSync} from 'node:fs';

// Bracketed paste (2004) on: a paste arrives marked, and is text, never keys (terminal/decode.ts).
export const ENTER = '\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J\x1b[H';
export const LEAVE = '\x1b[?2004l\x1b[?25h\x1b[?1049l';

/** The exit code for a signal that ends the browser, as a shell reports it (128 + its number). */
export const SIGNAL_EXIT: Record<string, number> = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130};

export interface Screen {
	enter(): void;
	restore(): void;
	readonly active: boolean;
}

export function createScreen(stdout: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin): Screen {
	let active = false;
	const write = (text: string) => {
		try {
			// fd writes are synchronous: a signal handler that exits right after still restores.
			const fd = (stdout as unknown as {fd?: number}).fd;
			if (typeof fd === 'number') writeSync(fd, text);
			else stdout.write(text);
		} catch {
			// A closed terminal (SIGHUP) has nothing left to restore.
		}
	};
	return {
		get active() {
			return active;
		},
		enter() {
			if (active) return;
			active = true;
			// Raw before the first frame: keys typed while Ink starts are kept for it, not echoed.
			try {
				if (stdin.isTTY) stdin.setRawMode(true);
			} catch {
				// Not a terminal after all; Ink reports that itself.
			}
			write(ENTER);
		},
		restore() {
			if (!active) return;
			active = false;
			try {
				if (stdin.isTTY) stdin.setRawMode(false);
			} catch {
				// stdin may already be gone.
			}
			write(LEAVE);
		},
	};
}
