// Handing the terminal to $EDITOR or $PAGER and taking it back (Ink 6 has no suspend): raw mode
// off, main screen, cursor shown; the child runs with the terminal as its stdin and stdout; then
// the alternate screen, raw mode and a full redraw. The child runs under spawnSync, which blocks
// the event loop: plenum reads no key while the child owns the terminal, so none is stolen.
import {spawnSync} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import type {Screen} from '../terminal/screen.ts';

export interface HandOverResult {
	code: number | null;
	signal: string | null;
	/** Why the child could not start at all, or null. */
	error: string | null;
}

export interface HandOver {
	/** Run `program` (a shell word list, as $EDITOR may be `code -w`) on `file`. */
	run(program: string, file: string): HandOverResult;
}

// Ctrl-C or Ctrl-\ in less goes to the terminal's whole foreground process group, plenum
// included; like git with its editor, plenum ignores both while the child runs, and until the
// event loop has delivered any that arrived meanwhile.
const GUARDED = ['SIGINT', 'SIGQUIT'] as const;
const GRACE_MS = 150;

function guardSignals(): () => void {
	const ignore = () => {};
	const saved = GUARDED.map(signal => {
		const listeners = process.listeners(signal);
		process.on(signal, ignore);
		for (const listener of listeners) process.off(signal, listener);
		return {signal, listeners};
	});
	return () => {
		const timer = setTimeout(() => {
			for (const {signal, listeners} of saved) {
				for (const listener of listeners) process.on(signal, listener);
				process.off(signal, ignore);
			}
		}, GRACE_MS);
		timer.unref();
	};
}

/**
 * The terminal for the child, opened afresh: the descriptors plenum reads keys from are in
 * non-blocking mode (libuv sets it on a /dev/tty stream), and a shell's `read` or an editor
 * would take that for the end of input. Falls back to the key stream when there is no /dev/tty.
 */
function openTerminal(stdin: NodeJS.ReadStream): {fd: number | 'inherit'; close(): void} {
	try {
		const fd = openSync('/dev/tty', 'r+');
		return {fd, close: () => closeSync(fd)};
	} catch {
		const fd = (stdin as {fd?: number}).fd;
		return {fd: typeof fd === 'number' ? fd : 'inherit', close: () => {}};
	}
}

export function createHandOver(screen: Screen, stdin: NodeJS.ReadStream): HandOver {
	return {
		run(program, file) {
			const release = guardSignals();
			const terminal = openTerminal(stdin);
			screen.restore();
			try {
				// The file is "$1", never spliced into the command: its name cannot inject anything.
				const result = spawnSync('sh', ['-c', `${program} "$1"`, 'sh', file], {stdio: [terminal.fd, terminal.fd, 'inherit']});
				const error = result.error ? ((result.error as NodeJS.ErrnoException).code ?? result.error.message) : null;
				return {code: result.status, signal: result.signal, error};
			} finally {
				terminal.close();
				screen.enter();
				release();
			}
		},
	};
}
