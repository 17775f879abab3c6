// Signals from outside while plenum holds the terminal (the alternate screen, raw mode, the cursor
// hidden). Every signal that ends a process ends plenum with the terminal given back, exiting as a
// shell reports it (128 + the signal's number). Ink loads signal-exit, which re-raises such a
// signal when it is the only listener, so without one of plenum's own SIGQUIT, SIGALRM, SIGUSR2 or
// SIGXFSZ ended the browser with the alternate screen on. SIGTSTP (kill -TSTP, or Ctrl-Z sent as
// a signal) suspends: the terminal is given back, plenum stops, and on SIGCONT (fg) takes the
// terminal again and redraws. Ctrl-Z read as a key in raw mode does the same, through the guard's
// `suspend`: one way to stop, whichever way it is asked for. SIGXFSZ, which a write past `ulimit -f` raises, is ignored, so the
// write fails with EFBIG and the save says so.
import {constants} from 'node:os';
import type {Screen} from './screen.ts';

/** The signals that end a process unless caught, and plenum's exit code for each. */
export const ENDING: readonly NodeJS.Signals[] = (
	['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGALRM', 'SIGUSR2', 'SIGPROF', 'SIGVTALRM', 'SIGXCPU', 'SIGABRT', 'SIGTRAP', 'SIGSYS', 'SIGIO', 'SIGPWR', 'SIGSTKFLT'] as NodeJS.Signals[]
).filter(signal => signal in constants.signals);

export const SIGNAL_EXIT: Readonly<Record<string, number>> = Object.fromEntries(ENDING.map(signal => [signal, 128 + constants.signals[signal as keyof typeof constants.signals]]));

/** Hand-overs whose Ctrl-C and Ctrl-\ may still be on their way (see `handOverGrace`). */
let handOvers = 0;

/**
 * While a program handed the terminal (e, v) runs, and for a grace period after, SIGINT and SIGQUIT
 * from the terminal are the program's: every guard lets them be, those made meanwhile too. A
 * signal sent during the hand-over waits in libuv's pipe until the event loop polls, and by then
 * the browser may have ended and another view set a guard of its own (the key fuzz test saw
 * Ctrl-\ in a pager end the browser opened next by c with 131). Returns the end of the grace.
 */
export function handOverGrace(): () => void {
	handOvers++;
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		handOvers--;
	};
}

/** Every guard's listener ever made, and those not yet released. */
const made = new WeakSet<NodeJS.SignalsListener>();
const live = new WeakSet<NodeJS.SignalsListener>();

/**
 * Whether a listener taken off for a hand-over should go back: not one of a guard released
 * meanwhile (the browser ended by c during the grace period), which would end plenum later.
 */
export function stillListening(listener: NodeJS.SignalsListener): boolean {
	return !made.has(listener) || live.has(listener);
}

export interface TerminalGuard {
	/** Remove every listener this guard added. */
	release(): void;
	/**
	 * Ctrl-Z: give the terminal back (main screen, cooked, mouse and paste reports off, the cursor
	 * shown) and stop, as SIGTSTP does; on SIGCONT (fg) take it again, then `resumed` (else the
	 * guard's redraw) draws the whole screen.
	 */
	suspend(resumed?: () => void): void;
}

export interface GuardOptions {
	/** A signal that ends the process arrived: restore and exit with `code`. */
	end(code: number, signal: NodeJS.Signals): void;
	/** Back from a suspension, the terminal taken again: draw the whole screen. */
	redraw?(): void;
}

/**
 * Give the terminal back and stop. SIGSTOP, which none can catch: the shell sees the job stop, as
 * it would on Ctrl-Z. The keys stay read (a stopped process reads nothing) and held: let go of,
 * the event loop would find nothing left to wait for on continuing, and Ink would unmount.
 */
function stop(screen: Screen): void {
	screen.restore();
	process.kill(process.pid, 'SIGSTOP');
}

export function guardTerminal(screen: Screen, options: GuardOptions): TerminalGuard {
	/** Stopped with the terminal given back: what draws the screen again once continued. */
	let suspended: {resumed?: () => void} | null = null;
	const onEnd = (signal: NodeJS.Signals) => {
		if (handOvers > 0 && (signal === 'SIGINT' || signal === 'SIGQUIT')) return;
		options.end(SIGNAL_EXIT[signal] ?? 1, signal);
	};
	const suspend = (resumed?: () => void) => {
		if (!screen.active) return;
		suspended = {resumed};
		stop(screen);
	};
	const onStop = () => suspend();
	const onContinue = () => {
		if (!suspended) return;
		const {resumed} = suspended;
		suspended = null;
		screen.enter();
		(resumed ?? options.redraw)?.();
	};
	const ignore = () => {};
	const listeners: [NodeJS.Signals, NodeJS.SignalsListener][] = [...ENDING.map((signal): [NodeJS.Signals, NodeJS.SignalsListener] => [signal, onEnd]), ['SIGTSTP', onStop], ['SIGCONT', onContinue], ['SIGXFSZ', ignore]];
	for (const [signal, listener] of listeners) {
		made.add(listener);
		live.add(listener);
		process.on(signal, listener);
	}
	return {
		release() {
			for (const [signal, listener] of listeners) {
				live.delete(listener);
				process.off(signal, listener);
			}
		},
		suspend,
	};
}
