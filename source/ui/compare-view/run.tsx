// The Compare view on the terminal: alternate screen, the view, and the browser for a place the
// user opens (Esc in its list comes back to the comparison, where it was). Returns an exit code,
// or BACK_TO_PICKER when the user went back to where the comparison was opened from.
import {render, type Instance} from 'ink';
import type {Compared} from '../../app/browser.ts';
import {colourEnabled} from '../../app/colour.ts';
import {compareItems} from './items.ts';
import {initialCompareState, type CompareState, type Outcome} from './state.ts';
import {CompareApp} from './CompareApp.tsx';
import {createScreen, SIGNAL_EXIT} from '../terminal/screen.ts';
import {loadLayoutEngine} from '../terminal/yoga.ts';
import {framesAtHome, leftRightMargins} from '../terminal/frame-home.ts';
import {installFullWidth} from '../../text/width.ts';
import {browse, BACK_TO_PICKER, INTERRUPTED, wholeReport} from '../browse.tsx';
import {terminalInput, type TerminalInput} from '../terminal/input.ts';

export interface CompareViewOptions {
	stdin?: NodeJS.ReadStream;
	noShell?: boolean;
	/** The browser opened from here reports the mouse (the view itself leaves it to the terminal). */
	mouse?: boolean;
	/** Esc has somewhere to go back to: the picker or the browser the comparison came from. */
	canGoBack?: boolean;
}

const size = (stdout: NodeJS.WriteStream) => ({cols: stdout.columns || 80, rows: stdout.rows || 24});

/** Shows the view until it ends; resolves with how it ended and the state to come back to. */
async function showOnce(state: CompareState, compared: Compared, stdin: NodeJS.ReadStream, input: TerminalInput): Promise<{outcome: Outcome; state: CompareState}> {
	const stdout = process.stdout;
	const screen = createScreen(stdout, stdin);
	const app: {instance: Instance | null} = {instance: null};
	const restore = () => screen.restore();
	const onSignal = (signal: NodeJS.Signals) => {
		screen.restore();
		process.exit(SIGNAL_EXIT[signal] ?? 1);
	};
	process.on('exit', restore);
	for (const signal of Object.keys(SIGNAL_EXIT)) process.on(signal, onSignal);
	// Ctrl-Z: the terminal as the shell left it, then stop; fg continues plenum (browse.tsx says why SIGSTOP).
	const terminal = {
		suspend(resumed: () => void) {
			screen.restore();
			process.once('SIGCONT', () => {
				screen.enter();
				resumed();
			});
			process.kill(process.pid, process.listenerCount('SIGTSTP') > 0 ? 'SIGSTOP' : 'SIGTSTP');
		},
	};
	screen.enter();
	// Keys are read from the terminal by plenum (terminal/input.ts); the browser stops reading
	// them when it ends, and the view reads them again.
	input.start();
	// The view fills the alternate screen from its corner: frames written by position, only what
	// changed (terminal/frame-writer.ts), as the browser's are.
	framesAtHome(stdout, {margins: leftRightMargins()});
	try {
		return await new Promise(resolve => {
			const refs = {old: compared.comparison.old, new: compared.comparison.new};
			const draw = () => <CompareApp state={state} refs={refs} size={size(stdout)} input={input} terminal={terminal} onEnd={(outcome, after) => resolve({outcome, state: after})} />;
			const onResize = () => {
				stdout.write('\x1b[2J\x1b[H');
				app.instance?.rerender(draw());
			};
			stdout.on('resize', onResize);
			app.instance = render(draw(), {stdout, stdin, exitOnCtrlC: false, patchConsole: false, maxFps: 60});
			void app.instance.waitUntilExit().finally(() => stdout.off('resize', onResize));
		});
	} finally {
		app.instance?.unmount();
		app.instance?.cleanup();
		framesAtHome(stdout, null);
		input.stop();
		screen.restore();
		process.off('exit', restore);
		for (const signal of Object.keys(SIGNAL_EXIT)) process.off(signal, onSignal);
	}
}

export async function compareView(compared: Compared, options: CompareViewOptions = {}): Promise<number> {
	await Promise.all([installFullWidth(), loadLayoutEngine()]);
	const stdin = options.stdin ?? process.stdin;
	const input = terminalInput(stdin);
	const items = compareItems(compared.comparison, {old: compared.older.report, new: compared.newer.report});
	let state = initialCompareState(items, size(process.stdout), {canGoBack: options.canGoBack, colour: colourEnabled(process.stdout)});
	// Between one Ink app ending and the next starting nothing holds the event loop open.
	const alive = setInterval(() => {}, 2 ** 30);
	try {
		for (;;) {
			const shown = await showOnce(state, compared, stdin, input);
			state = shown.state;
			const outcome = shown.outcome;
			if (outcome.kind === 'quit') return outcome.interrupted ? INTERRUPTED : 0;
			if (outcome.kind === 'back') return BACK_TO_PICKER;
			const opened = outcome.side === 'old' ? compared.older : compared.newer;
			const code = await browse(wholeReport(opened), {stdin, noShell: options.noShell, mouse: options.mouse, fromPicker: true, place: outcome.place});
			// Esc in the report's list comes back here (c there only says so).
			if (code !== BACK_TO_PICKER) return code;
		}
	} finally {
		clearInterval(alive);
	}
}
