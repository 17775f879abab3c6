// The browser's first screen, painted before Ink, React and the extractors have loaded. A reader
// sees the report as soon as its outline is read; the counts the extractors give show as … until
// they are in. The rows come from the same functions the Ink components draw
// (draw/screen-lines.ts), as the same terminal text (paint.ts), from the same view and its layout,
// so when Ink takes over nothing on screen moves and nothing is laid out twice. Keys typed
// meanwhile are read by the browser's key reader (terminal/input.ts): moves are answered here, by
// the browser's reducer, and only the pieces of rows they change are written again, as Ink's frames
// are (terminal/frame.ts); any other key waits for Ink, which starts from where the moves left.
import type {Outline} from '../model/report.ts';
import {buildView, type View} from './view/view.ts';
import {initialState} from './state/reducer.ts';
import {selectGeometry} from './state/selectors.ts';
import {mainScreen} from './draw/screen-lines.ts';
import {tabCounts} from './view/lists.ts';
import {paintLine} from './draw/paint.ts';
import type {Screen} from './terminal/screen.ts';
import {paintBeforeInk} from './terminal/painted.ts';
import type {Size, State} from './state/types.ts';
import {firstScreenMove} from './state/first-moves.ts';
import {update, type FrameRow} from './terminal/frame.ts';
import {leftRightMargins} from './terminal/frame-home.ts';
import type {TerminalInput} from './terminal/input.ts';
import type {InputEvent} from './terminal/decode.ts';

export interface FirstScreen {
	screen: Screen;
	/** The terminal's size when painted: after a resize Ink's frame must clear the screen. */
	size: Size;
	/** The outline's view, which Ink draws next: its layout is the one painted. */
	view: View;
	/** The state painted last: moved by the keys answered here. Ink starts from it. */
	readonly state: State;
	/** Answer the moves typed on the painted screen until handOver; any other key stops it. */
	answerKeys(input: TerminalInput): void;
	/** The browser has set its own exits and takes the keys: remove what covered the time until then. */
	handOver(): void;
}

/** The view of an outline whose extractors are still reading. */
export function outlineView(outline: Outline): View {
	return buildView({...outline, measures: [], people: [], bodies: [], terms: []}, false);
}

/**
 * Enter the alternate screen and paint the report's first screen from its outline. Nothing is
 * painted on a terminal too small for the panes: Ink says so itself.
 */
export function paintFirstScreen(outline: Outline, options: {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; colour: boolean; mouse?: boolean}): FirstScreen | null {
	const {stdout, stdin, colour} = options;
	const size = {cols: stdout.columns || 80, rows: stdout.rows || 24};
	const view = outlineView(outline);
	let state = initialState(view, size, colour);
	if (selectGeometry(state).tooSmall) return null;
	const counts = tabCounts(view);
	let frame = framePieces(state, counts);
	// Until the browser sets its own, a signal or an exit still gives the terminal back.
	const paint = () => stdout.write(frame.map(row => row.map(piece => piece.text).join('')).join('\n') + '\x1b[H');
	let stopKeys = () => {};
	/** A move typed on this screen, answered; false leaves it (and every key after it) to Ink. */
	const answer = (event: InputEvent): boolean => {
		// After a resize the painted layout is stale: Ink clears the screen and answers the keys.
		if (event.kind !== 'key' || stdout.columns !== size.cols || stdout.rows !== size.rows) return false;
		const moved = firstScreenMove(state, event);
		if (!moved) return false;
		const next = moved === state ? frame : framePieces(moved, counts);
		stdout.write(update(frame, next, {cols: size.cols, margins: leftRightMargins()}) + '\x1b[H');
		state = moved;
		frame = next;
		return true;
	};
	const {screen, release} = paintBeforeInk(stdout, stdin, paint, {mouse: options.mouse});
	return {
		screen,
		size,
		view,
		get state() {
			return state;
		},
		answerKeys(input) {
			stopKeys = input.subscribeWhile(answer);
		},
		handOver() {
			stopKeys();
			release();
		},
	};
}

/** The screen's rows as pieces: each pane line at its column, as Ink's frames are kept. */
function framePieces(state: State, counts: ReturnType<typeof tabCounts>): FrameRow[] {
	return mainScreen(state, counts).map(lines => {
		let x = 0;
		return lines.map(line => {
			const piece = {x, width: line.width, text: paintLine(line, state.colour)};
			x += line.width;
			return piece;
		});
	});
}
