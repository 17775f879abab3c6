// The interactive browser: alternate screen in, Ink app, and the terminal restored on every way
// out — q, Ctrl-C, any signal that ends a process (terminal/signals.ts), an uncaught error — and
// on a suspension (SIGTSTP), taken again and redrawn on SIGCONT. Returns the exit code.
import {render, type Instance} from 'ink';
import type {OpenedReport} from '../app/open.ts';
import type {Report} from '../model/report.ts';
import {buildView, type View} from './view/view.ts';
import {colourEnabled} from '../app/colour.ts';
import {App} from './components/App.tsx';
import {createScreen} from './terminal/screen.ts';
import {guardTerminal} from './terminal/signals.ts';
import {Redrawable, redrawSource} from './terminal/use-redraw.tsx';
import type {FirstScreen} from './first-screen.ts';
import {installFullWidth, needsFullWidth} from '../text/width.ts';
import {showControls} from '../text/sanitize.ts';
import {loadLayoutEngine} from './terminal/yoga.ts';
import {framesAtHome, leftRightMargins} from './terminal/frame-home.ts';
import {createHandOver} from './actions/hand-over.ts';
import {stopAllCommands} from './actions/run-command.ts';
import type {Size} from './state/types.ts';
import {terminalInput} from './terminal/input.ts';

function currentSize(stdout: NodeJS.WriteStream): Size {
	return {cols: stdout.columns || 80, rows: stdout.rows || 24};
}

export interface BrowseOptions {
	/** Where keys come from: the terminal itself (/dev/tty) when the report arrived on stdin. */
	stdin?: NodeJS.ReadStream;
	/** --no-shell: no shell command, editor or pager (PLENUM_NO_SHELL=1 does the same). */
	noShell?: boolean;
	/** Report the mouse: the wheel scrolls, clicks select (state/mouse.ts). */
	mouse?: boolean;
	/** Opened from the report picker: Esc in the list returns BACK_TO_PICKER. */
	fromPicker?: boolean;
	/** Open at this section (a search across a library pointed there). */
	section?: number;
	/** From a library: T on a term or person ends the browser and hands its name here. */
	onTimeline?: (name: string, person: boolean) => void;
	/** The screen already painted from the report's outline (first-screen.ts): Ink takes it over. */
	firstScreen?: FirstScreen;
	/** Open at this place: a section, and an offset in its text (from the Compare view). */
	place?: {section: number; offset: number};
	/** c on the report asks to compare it with the previous one of its series: the browser ends and this is called. */
	onCompare?: () => void;
	/** A message for the status line of the first frame. */
	message?: string;
}

/** What the browser shows: a report's view, and the whole report to come when it is an outline's. */
export interface BrowseInput {
	loaded: OpenedReport['loaded'];
	view: View;
	/** The extractors' report, when `view` is an outline's: asked for once the browser has drawn its first frame. */
	completing?: () => Promise<Report>;
}

/** The browser's input for a report read whole (the picker's, the library's, the Compare view's). */
export function wholeReport(opened: OpenedReport): BrowseInput {
	return {loaded: opened.loaded, view: buildView(opened.report)};
}

/** What browse returns when the user went back to the picker. */
export const BACK_TO_PICKER = -1;
/** The exit code after Ctrl-C, as a shell reports a program ended by SIGINT (128 + 2). */
export const INTERRUPTED = 130;

/**
 * How a report opened from the picker or the library was read, for the first frame's status line:
 * opened while the screen is held, it says nothing on stderr (a file of UTF-8 and GB18030 lines, a
 * page read whole as text).
 */
export function readNote(opened: OpenedReport): string | undefined {
	const [first] = opened.loaded.warnings;
	return first === undefined ? undefined : `${opened.loaded.name.split('/').at(-1)} ${first}`;
}

/** Ink's first frame is written over the painted one without clearing it: after a resize, clear. */
function handOverFirstScreen(stdout: NodeJS.WriteStream, first: FirstScreen | undefined): void {
	const now = currentSize(stdout);
	if (first && (now.cols !== first.size.cols || now.rows !== first.size.rows)) stdout.write('\x1b[2J\x1b[H');
}

export async function browse(input: BrowseInput, options: BrowseOptions = {}): Promise<number> {
	// Plain report text is measured exactly without string-width; emoji, marks or control
	// placeholders need its tables, loaded before the first frame so no width changes later.
	const {text, pageTitle} = input.loaded;
	await Promise.all([needsFullWidth(text + (pageTitle ?? '')) ? installFullWidth() : null, loadLayoutEngine()]);
	const stdout = process.stdout;
	const stdin = options.stdin ?? process.stdin;
	const {view, completing} = input;
	const colour = colourEnabled(stdout);
	const screen = options.firstScreen?.screen ?? createScreen(stdout, stdin, {mouse: options.mouse});
	// Keys are read from the terminal by plenum (terminal/input.ts), never by Ink.
	const keys = terminalInput(stdin);
	const pipeEnvironment = {handOver: createHandOver(screen, stdin)};
	const noShell = Boolean(options.noShell) || !['', '0'].includes(process.env.PLENUM_NO_SHELL ?? '');
	let instance: Instance | null = null;
	let back = false;
	const onBack = () => {
		back = true;
	};
	let interrupted = false;
	const onInterrupt = () => {
		interrupted = true;
	};

	const redraws = redrawSource();
	// Ctrl-Z: the guard's suspension (terminal/signals.ts), as SIGTSTP from outside: the terminal as
	// the shell left it, then stop; fg continues plenum, which takes the screen again and redraws.
	const terminal = {
		suspend(resumed: () => void) {
			guard.suspend(resumed);
		},
	};
	const draw = (at: Size) => (
		<Redrawable source={redraws.source}>
			<App
				view={view}
				completing={completing}
				size={at}
				colour={colour}
				input={keys}
				noShell={noShell}
				pipeEnvironment={pipeEnvironment}
				fromPicker={options.fromPicker}
				onBack={onBack}
				section={options.section}
				place={options.place}
				onTimeline={options.onTimeline}
				onCompare={options.onCompare}
				message={options.message}
				onInterrupt={onInterrupt}
				terminal={terminal}
				painted={options.firstScreen?.state}
			/>
		</Redrawable>
	);
	// Registered before Ink's own listener, so Ink redraws the new tree, never the stale one.
	// Node emits 'resize' only when the size really changed, so clearing here is never wasted.
	const onResize = () => {
		stdout.write('\x1b[2J\x1b[H');
		instance?.rerender(draw(currentSize(stdout)));
	};
	const bail = (code: number, message?: string) => {
		try {
			instance?.unmount();
		} catch {
			// Unmounting a broken tree may throw again; the terminal matters more.
		}
		screen.restore();
		if (message) process.stderr.write(`plenum: ${showControls(message, {lines: false})}\n`);
		// Commands from | end with plenum: TERM, then KILL for what ignores it.
		stopAllCommands();
		process.exit(code);
	};
	// 70 is EXIT.internal (app/errors.ts), written out: importing that module would bring the
	// loader it imports into the browser's chunks, and out of the entry's own file.
	const onCrash = (error: unknown) => bail(70, `unexpected error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
	const onExit = () => screen.restore();

	// Every listener this run adds, so the way out removes exactly these.
	type Listener = Parameters<NodeJS.EventEmitter['on']>[1];
	const listeners: [NodeJS.EventEmitter, string, Listener][] = [
		[stdout, 'resize', onResize],
		[process, 'uncaughtException', onCrash],
		[process, 'unhandledRejection', onCrash],
		[process, 'exit', onExit],
	];
	for (const [emitter, event, listener] of listeners) emitter.on(event, listener);
	const guard = guardTerminal(screen, {end: code => bail(code), redraw: redraws.redraw});
	options.firstScreen?.handOver();

	screen.enter();
	// A view before this one in the session (the browser itself, after c found no report to
	// compare with) stopped the terminal's reader when it ended: started again, the new app reads
	// the keys typed meanwhile.
	keys.start();
	try {
		handOverFirstScreen(stdout, options.firstScreen);
		// The frames fill the alternate screen from its corner: written by position, only what changed.
		framesAtHome(stdout, {margins: leftRightMargins()});
		instance = render(draw(currentSize(stdout)), {stdout, stdin, exitOnCtrlC: false, patchConsole: true, maxFps: 60});
		await instance.waitUntilExit();
		return back ? BACK_TO_PICKER : interrupted ? INTERRUPTED : 0;
	} finally {
		framesAtHome(stdout, null);
		instance?.cleanup();
		keys.stop();
		// Held for the next view of the session (terminal/screen.ts), or given back.
		screen.leave();
		// The screen is given back first; then commands still running are stopped and their pipes
		// let go, or a program holding them (setsid … &) would keep plenum from exiting.
		stopAllCommands();
		for (const [emitter, event, listener] of listeners) emitter.off(event, listener);
		guard.release();
	}
}
