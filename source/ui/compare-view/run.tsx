// The Compare view on the terminal (terminal/show-view.tsx: the alternate screen, keys, signals),
// and the browser for a place the user opens (Esc in its list comes back to the comparison, where it was). Returns an exit code,
// or BACK_TO_PICKER when the user went back to where the comparison was opened from.
import type {Compared} from '../../app/browser.ts';
import {colourEnabled} from '../../app/colour.ts';
import {compareItems, type Reports} from './items.ts';
import {loadConverter} from '../../text/han-fold.ts';
import {initialCompareState, type CompareState, type Outcome} from './state.ts';
import {CompareApp} from './CompareApp.tsx';
import {showView} from '../terminal/show-view.tsx';
import {loadLayoutEngine} from '../terminal/yoga.ts';
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
function showOnce(state: CompareState, compared: Compared, stdin: NodeJS.ReadStream, input: TerminalInput): Promise<{outcome: Outcome; state: CompareState}> {
	const stdout = process.stdout;
	const refs = {old: compared.comparison.old, new: compared.comparison.new};
	return showView<{outcome: Outcome; state: CompareState}>({
		stdin,
		input,
		atHome: true,
		maxFps: 60,
		draw: (end, terminal) => <CompareApp state={state} refs={refs} size={size(stdout)} input={input} terminal={terminal} onEnd={(outcome, after) => end({outcome, state: after})} />,
	});
}

/** How the comparison read a side written in another script, to find its places in the text as written. */
async function readingOf(compared: Compared): Promise<Reports['readInSimplified']> {
	const sides = compared.comparison.readInSimplified ?? [];
	return sides.length > 0 ? {sides, convert: await loadConverter()} : undefined;
}

export async function compareView(compared: Compared, options: CompareViewOptions = {}): Promise<number> {
	await Promise.all([installFullWidth(), loadLayoutEngine()]);
	const stdin = options.stdin ?? process.stdin;
	const input = terminalInput(stdin);
	const items = compareItems(compared.comparison, {old: compared.older.report, new: compared.newer.report, readInSimplified: await readingOf(compared)});
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
