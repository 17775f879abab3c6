// Entering and leaving full-screen mode. `restore` is safe to call any number of times from any
// exit path (quit, signal, crash, process exit), and writes synchronously so it lands before exit.
//
// The views of one session — the browser, the Compare view, the picker, the library — follow one
// another on the terminal. Between two of them (the browser's c while the previous report is
// found, Enter in the picker while the report is read) the terminal stays theirs: raw, in the
// alternate screen, the cursor hidden, and guarded against signals as a view is. Keys typed
// meanwhile wait for the next view instead of reaching the line discipline, where Ctrl-\ sent
// SIGQUIT, Ctrl-D ended the input and every key was echoed over the screen (the key fuzz test
// found it on the browser's c). A view ends with `leave`, which holds the terminal while a session
// runs and restores it otherwise; `restore` always gives the terminal back (a hand-over, a
// suspension, a signal).
import {writeSync} from 'node:fs';
import {guardTerminal, type TerminalGuard} from './signals.ts';

// Bracketed paste (2004) on: a paste arrives marked, and is text, never keys (terminal/decode.ts).
export const ENTER = '\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J\x1b[H';
export const LEAVE = '\x1b[?2004l\x1b[?25h\x1b[?1049l';
/** A view entering while the session holds the terminal: it is in the alternate screen already, bracketed paste on. */
const CLEAR = '\x1b[?25l\x1b[2J\x1b[H';
/** Mouse reports on: presses and releases (1000), drags (1002), in SGR form (1006); and off. */
export const MOUSE_ON = '\x1b[?1000h\x1b[?1002h\x1b[?1006h';
export const MOUSE_OFF = '\x1b[?1006l\x1b[?1002l\x1b[?1000l';

export interface ScreenOptions {
	/** Report the mouse (--no-mouse and the mouse setting turn it off). */
	mouse?: boolean;
}

export interface Screen {
	enter(): void;
	/** Give the terminal back: raw mode off, the main screen, the cursor shown. */
	restore(): void;
	/** The view is done with the terminal: held for the next view while a session runs, else restored. */
	leave(): void;
	readonly active: boolean;
}

interface Session {
	depth: number;
	stdin: NodeJS.ReadStream;
	/** stdin's own setRawMode. Ink turns raw mode off when its app ends; within a session that is ignored. */
	setRawMode: (mode: boolean) => NodeJS.ReadStream;
	/** Between two views: the terminal held, and the guard that restores it on a signal or at exit. */
	gap: {screen: Screen; guard: TerminalGuard; onExit: () => void} | null;
	/** Nothing else may hold the event loop open between two views. */
	alive: NodeJS.Timeout;
}

let session: Session | null = null;

function writer(stdout: NodeJS.WriteStream): (text: string) => void {
	return text => {
		try {
			// fd writes are synchronous: a signal handler that exits right after still restores.
			const fd = (stdout as unknown as {fd?: number}).fd;
			if (typeof fd === 'number') writeSync(fd, text);
			else stdout.write(text);
		} catch {
			// A closed terminal (SIGHUP) has nothing left to restore.
		}
	};
}

function rawMode(stdin: NodeJS.ReadStream, mode: boolean): void {
	try {
		if (!stdin.isTTY) return;
		if (session?.stdin === stdin) session.setRawMode.call(stdin, mode);
		else stdin.setRawMode(mode);
	} catch {
		// Not a terminal after all, or stdin is gone.
	}
}

/** The terminal as a view leaves it, raw in the alternate screen: restored on a signal or at exit. */
function holdGap(current: Session, stdout: NodeJS.WriteStream): void {
	if (current.gap) return;
	const write = writer(stdout);
	let active = true;
	const screen: Screen = {
		get active() {
			return active;
		},
		enter() {
			if (active) return;
			active = true;
			rawMode(current.stdin, true);
			write(ENTER);
		},
		restore() {
			if (!active) return;
			active = false;
			rawMode(current.stdin, false);
			write(LEAVE);
		},
		leave() {
			screen.restore();
		},
	};
	// Between views no one reads the mouse (the view that left turned its reports off).
	rawMode(current.stdin, true);
	const guard = guardTerminal(screen, {
		end: code => {
			screen.restore();
			process.exit(code);
		},
	});
	const onExit = () => screen.restore();
	process.on('exit', onExit);
	current.gap = {screen, guard, onExit};
}

/** The next view takes the terminal over: whether it is still held (raw, in the alternate screen). */
function endGap(current: Session): boolean {
	const gap = current.gap;
	if (!gap) return false;
	current.gap = null;
	gap.guard.release();
	process.off('exit', gap.onExit);
	return gap.screen.active;
}

/**
 * Run the views of one session on `stdin`'s terminal: between them the terminal is held (see
 * above), and given back when the last one has ended. Sessions nest (the Compare view opened from
 * the browser is part of the browser's).
 */
export async function holdingTerminal<T>(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, run: () => Promise<T>): Promise<T> {
	if (session && session.stdin !== stdin) return run();
	if (session) session.depth++;
	else {
		const original = stdin.setRawMode;
		const current: Session = {depth: 1, stdin, setRawMode: original, gap: null, alive: setInterval(() => {}, 2 ** 30)};
		session = current;
		if (typeof original === 'function') {
			stdin.setRawMode = function (this: NodeJS.ReadStream, mode: boolean) {
				// Ink leaving raw mode as its app ends: the session keeps the terminal raw for the next view.
				if (!mode && session === current) return this;
				return original.call(this, mode);
			};
		}
	}
	const current = session!;
	try {
		return await run();
	} finally {
		if (--current.depth === 0) {
			session = null;
			clearInterval(current.alive);
			if (current.setRawMode) stdin.setRawMode = current.setRawMode;
			const held = endGap(current);
			// Cooked again however the session ended (a view that never started leaves raw mode set).
			rawMode(stdin, false);
			if (held) writer(stdout)(LEAVE);
		}
	}
}

export function createScreen(stdout: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin, options: ScreenOptions = {}): Screen {
	let active = false;
	const write = writer(stdout);
	const mouseOn = options.mouse ? MOUSE_ON : '';
	const mouseOff = options.mouse ? MOUSE_OFF : '';
	const screen: Screen = {
		get active() {
			return active;
		},
		enter() {
			if (active) return;
			active = true;
			const held = session?.stdin === stdin && endGap(session);
			// Raw before the first frame: keys typed while Ink starts are kept for it, not echoed.
			rawMode(stdin, true);
			write((held ? CLEAR : ENTER) + mouseOn);
		},
		restore() {
			if (!active) return;
			active = false;
			rawMode(stdin, false);
			write(mouseOff + LEAVE);
		},
		leave() {
			if (!active) return;
			if (session?.stdin !== stdin) return screen.restore();
			active = false;
			if (mouseOff) write(mouseOff);
			holdGap(session, stdout);
		},
	};
	return screen;
}
