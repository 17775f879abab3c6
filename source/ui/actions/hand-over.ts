// Handing the terminal to $EDITOR or $PAGER and taking it back (Ink 6 has no suspend): raw mode
// off, main screen, cursor shown; the child runs with the terminal as its stdin and stdout; then
// the alternate screen, raw mode and a full redraw. The child runs under spawnSync, which blocks
// the event loop: plenum reads no key while the child owns the terminal, so none is stolen.
//
// The hand-over ends when every program it started has ended, not when the shell that started
// them has: Ctrl-\ in less killed the `sh -c` around it, spawnSync returned, and plenum and the
// orphaned less then read the same terminal. The shell now outlives such a signal, and plenum
// waits until no process the hand-over started still holds the terminal (Linux's /proc tells).
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, readlinkSync} from 'node:fs';
import type {Screen} from '../terminal/screen.ts';
import {handOverGrace, stillListening} from '../terminal/signals.ts';
import {processGroups, sleepSync} from './processes.ts';

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
// Ctrl-Z in the child stops the whole group: plenum stops with it, by the default action, and
// `fg` continues them all — plenum's own suspension (terminal/signals.ts) waits until after.
const DEFAULT = ['SIGTSTP', 'SIGCONT'] as const;
const GRACE_MS = 150;

function guardSignals(): () => void {
	const endGrace = handOverGrace();
	const ignore = () => {};
	const saved = GUARDED.map(signal => {
		const listeners = process.listeners(signal);
		process.on(signal, ignore);
		for (const listener of listeners) process.off(signal, listener);
		return {signal, listeners};
	});
	const defaults = DEFAULT.map(signal => {
		const listeners = process.listeners(signal);
		for (const listener of listeners) process.off(signal, listener);
		return {signal, listeners};
	});
	return () => {
		for (const {signal, listeners} of defaults) for (const listener of listeners) process.on(signal, listener);
		const restore = () => {
			for (const {signal, listeners} of saved) {
				for (const listener of listeners) if (stillListening(listener as NodeJS.SignalsListener)) process.on(signal, listener);
				process.off(signal, ignore);
			}
			endGrace();
		};
		// A signal that arrived meanwhile waits in libuv's pipe until the event loop polls. After a
		// hand-over the loop can be busy for longer than the grace period (keys typed meanwhile,
		// a frame to draw): the timer then runs first in the next turn, and the signal would reach
		// the browser's own listener — the fuzz test saw Ctrl-\ in the pager end plenum with 131.
		// The listeners come back only after a poll has passed (setImmediate runs after it).
		const timer = setTimeout(() => setImmediate(restore).unref(), GRACE_MS);
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

function linkOf(path: string): string | null {
	try {
		return readlinkSync(path);
	} catch {
		return null;
	}
}

/** Whether `pid` reads or writes the terminal `tty` on its stdin, stdout or stderr. */
function usesTerminal(pid: number, tty: string): boolean {
	return [0, 1, 2].some(fd => linkOf(`/proc/${pid}/fd/${fd}`) === tty);
}

/**
 * The processes the hand-over started that still hold the terminal: in plenum's process group,
 * not there before it, with the terminal as stdin, stdout or stderr. (A daemon an editor leaves
 * behind has let the terminal go, and is not waited for.)
 */
function stillHolding(before: Set<number>, tty: string): number[] {
	const groups = processGroups();
	const own = groups?.get(process.pid);
	if (!groups || own === undefined) return [];
	return [...groups].filter(([pid, group]) => group === own && pid !== process.pid && !before.has(pid) && usesTerminal(pid, tty)).map(([pid]) => pid);
}

/** Block (as spawnSync did) until every program the hand-over started has let the terminal go. */
function waitForHandOver(before: Set<number>, terminal: {fd: number | 'inherit'}): void {
	const tty = linkOf(`/proc/self/fd/${terminal.fd === 'inherit' ? 0 : terminal.fd}`);
	if (tty === null) return;
	while (stillHolding(before, tty).length > 0) sleepSync(50);
}

export function createHandOver(screen: Screen, stdin: NodeJS.ReadStream): HandOver {
	return {
		run(program, file) {
			const release = guardSignals();
			const terminal = openTerminal(stdin);
			const before = new Set(processGroups()?.keys() ?? []);
			screen.restore();
			try {
				// The file is "$1", never spliced into the command: its name cannot inject anything.
				// The shell catches INT and QUIT (its child still gets them, as a program started
				// from a prompt does), so it lives to wait for the child and report how it ended.
				const result = spawnSync('sh', ['-c', `trap : INT QUIT; ${program} "$1"`, 'sh', file], {stdio: [terminal.fd, terminal.fd, 'inherit']});
				waitForHandOver(before, terminal);
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
