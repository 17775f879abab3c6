// One view of a session on the terminal until it ends — the Compare view, the library view, the
// picker — with everything around it: the alternate screen, plenum's key reader, signals that give
// the terminal back (terminal/signals.ts: an ending signal restores it and exits 128 + n, SIGTSTP
// and Ctrl-Z suspend, SIGCONT and fg redraw), a resize drawn whole, and on the way out the
// terminal held for the next view of the session or given back (terminal/screen.ts).
import type {ReactElement} from 'react';
import {render, type Instance} from 'ink';
import {createScreen, type Screen} from './screen.ts';
import {guardTerminal} from './signals.ts';
import {Redrawable, redrawSource} from './use-redraw.tsx';
import {framesAtHome, leftRightMargins} from './frame-home.ts';
import type {TerminalInput} from './input.ts';
import type {TerminalControl} from '../components/App.tsx';

export interface ShowViewOptions<T> {
	stdin: NodeJS.ReadStream;
	/** The terminal's one key reader: started for the view, stopped when it ends. */
	input: TerminalInput;
	/**
	 * The view fills the alternate screen from its corner: frames written by position, only what
	 * changed (terminal/frame-writer.ts), as the browser's are. Else Ink's own writer.
	 */
	atHome?: boolean;
	maxFps?: number;
	/** The view's element; `end` ends it with its result, `terminal` is for its Ctrl-Z. */
	draw(end: (result: T) => void, terminal: TerminalControl): ReactElement;
	/** Something besides a resize that changes what `draw` gives (the picker's folder being read): the unsubscribe. */
	updates?(rerender: () => void): () => void;
	/**
	 * The view's first screen, painted before Ink loaded (library-view/first-screen.ts): its screen
	 * is the view's, and Ink's first frame is written over it, cleared only after a resize.
	 */
	painted?: {screen: Screen; size: {cols: number; rows: number}; handOver(): void};
}

/** Shows the view until it ends: its result. */
export async function showView<T>({stdin, input, atHome = false, maxFps, draw, updates, painted}: ShowViewOptions<T>): Promise<T> {
	const stdout = process.stdout;
	const screen = painted?.screen ?? createScreen(stdout, stdin);
	const app: {instance: Instance | null} = {instance: null};
	const restore = () => screen.restore();
	process.on('exit', restore);
	const redraws = redrawSource();
	const guard = guardTerminal(screen, {
		end: code => {
			try {
				app.instance?.unmount();
			} catch {
				// The terminal matters more.
			}
			screen.restore();
			process.exit(code);
		},
		redraw: redraws.redraw,
	});
	// Ctrl-Z from the view's keys: the guard's suspension, as SIGTSTP from outside.
	const terminal: TerminalControl = {suspend: resumed => guard.suspend(resumed)};
	painted?.handOver();
	screen.enter();
	if (painted && (stdout.columns !== painted.size.cols || stdout.rows !== painted.size.rows)) stdout.write('\x1b[2J\x1b[H');
	// Keys are read from the terminal by plenum (terminal/input.ts): the view before this one
	// stopped reading them when it ended, and this one reads them again, those typed meanwhile first.
	input.start();
	if (atHome) framesAtHome(stdout, {margins: leftRightMargins()});
	try {
		return await new Promise<T>(resolve => {
			const element = () => <Redrawable source={redraws.source}>{draw(resolve, terminal)}</Redrawable>;
			const rerender = () => app.instance?.rerender(element());
			const unsubscribe = updates?.(rerender);
			const onResize = () => {
				stdout.write('\x1b[2J\x1b[H');
				rerender();
			};
			stdout.on('resize', onResize);
			app.instance = render(element(), {stdout, stdin, exitOnCtrlC: false, patchConsole: false, ...(maxFps === undefined ? {} : {maxFps})});
			void app.instance.waitUntilExit().finally(() => {
				stdout.off('resize', onResize);
				unsubscribe?.();
			});
		});
	} finally {
		app.instance?.unmount();
		app.instance?.cleanup();
		if (atHome) framesAtHome(stdout, null);
		input.stop();
		// Held for the next view of the session (terminal/screen.ts), or given back.
		screen.leave();
		process.off('exit', restore);
		guard.release();
	}
}
