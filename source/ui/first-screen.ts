// The browser's first screen, painted before Ink, React and the extractors have loaded. A reader
// sees the report as soon as its outline is read; the counts the extractors give show as … until
// they are in. The rows come from the same functions the Ink components draw
// (draw/screen-lines.ts), as the same terminal text (paint.ts), from the same view and its layout,
// so when Ink takes over nothing on screen moves and nothing is laid out twice. Keys typed
// meanwhile wait in the terminal, raw, for the browser's key reader (terminal/input.ts).
import type {Outline} from '../model/report.ts';
import {buildView, type View} from './view/view.ts';
import {initialState} from './state/reducer.ts';
import {selectGeometry} from './state/selectors.ts';
import {mainScreen} from './draw/screen-lines.ts';
import {tabCounts} from './view/lists.ts';
import {paintRows} from './draw/paint.ts';
import {createScreen, type Screen} from './terminal/screen.ts';
import {guardTerminal} from './terminal/signals.ts';
import type {Size} from './state/types.ts';

export interface FirstScreen {
	screen: Screen;
	/** The terminal's size when painted: after a resize Ink's frame must clear the screen. */
	size: Size;
	/** The outline's view, which Ink draws next: its layout is the one painted. */
	view: View;
	/** The browser has set its own exits: remove the ones that cover the time until then. */
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
	const state = initialState(view, size, colour);
	if (selectGeometry(state).tooSmall) return null;
	const rows = paintRows(mainScreen(state, tabCounts(view)), colour);
	const screen = createScreen(stdout, stdin, {mouse: options.mouse});
	// Until the browser sets its own, a signal or an exit still gives the terminal back.
	const paint = () => stdout.write(rows.join('\n') + '\x1b[H');
	const guard = guardTerminal(screen, {
		end: code => {
			screen.restore();
			process.exit(code);
		},
		redraw: paint,
	});
	const onExit = () => screen.restore();
	process.on('exit', onExit);
	screen.enter();
	paint();
	return {
		screen,
		size,
		view,
		handOver() {
			guard.release();
			process.off('exit', onExit);
		},
	};
}
