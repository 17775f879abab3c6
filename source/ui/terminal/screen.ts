// Entering and leaving full-screen mode. `restore` is safe to call any number of times from any
// exit path (quit, signal, crash, process exit), and writes synchronously so it lands before exit.
import {writeSync} from 'node:fs';

// Bracketed paste (2004) on: a paste arrives marked, and is text, never keys (terminal/decode.ts).
export const ENTER = '\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J\x1b[H';
export const LEAVE = '\x1b[?2004l\x1b[?25h\x1b[?1049l';
/** Mouse reports on: presses and releases (1000), drags (1002), in SGR form (1006); and off. */
export const MOUSE_ON = '\x1b[?1000h\x1b[?1002h\x1b[?1006h';
export const MOUSE_OFF = '\x1b[?1006l\x1b[?1002l\x1b[?1000l';

export interface ScreenOptions {
	/** Report the mouse (--no-mouse and the mouse setting turn it off). */
	mouse?: boolean;
}

/** The exit code for a signal that ends the browser, as a shell reports it (128 + its number). */
export const SIGNAL_EXIT: Record<string, number> = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130};

export interface Screen {
	enter(): void;
	restore(): void;
	readonly active: boolean;
}

export function createScreen(stdout: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin, options: ScreenOptions = {}): Screen {
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
			write(ENTER + (options.mouse ? MOUSE_ON : ''));
		},
		restore() {
			if (!active) return;
			active = false;
			try {
				if (stdin.isTTY) stdin.setRawMode(false);
			} catch {
				// stdin may already be gone.
			}
			write((options.mouse ? MOUSE_OFF : '') + LEAVE);
		},
	};
}
