// The browser's first screen, painted before Ink, React and the extractors have loaded. A reader
// sees the report as soon as its outline is read; the counts the extractors give show as … and
// Ink's first frame fills them in. The rows come from the same functions the Ink components draw
// (model/screen-lines.ts), as the same terminal text (paint.ts), so when Ink takes over nothing on
// screen moves. Keys typed meanwhile wait in the terminal, raw, for Ink to read.
import type {Outline, Report} from '../model/report.ts';
import {buildView} from './view/view.ts';
import {initialState} from './state/reducer.ts';
import {selectGeometry} from './state/selectors.ts';
import {mainScreen, tabLine} from './draw/screen-lines.ts';
import {tabCount} from './view/lists.ts';
import {paintRows} from './draw/paint.ts';
import {createScreen, SIGNAL_EXIT, type Screen} from './terminal/screen.ts';
import type {Size} from './state/types.ts';
import {TABS, type TabId} from './view/tabs.ts';

/** The counts a report's outline knows; the rest are still being read. */
const outlineCounts = (outline: Outline): Record<TabId, number | null> => ({sections: outline.sections.length, measures: null, attendees: null, terms: null});

/** The tab bar's row: the one that changes when the extractors' counts are in. */
const TAB_ROW = 3;

export interface FirstScreen {
	screen: Screen;
	/** The terminal's size when painted: after a resize Ink's frame must clear the screen. */
	size: Size;
	/** The whole report is read: draw the tab bar with its counts, as Ink's first frame will. */
	showCounts(report: Report): void;
	/** The browser has set its own exits: remove the ones that cover the time until then. */
	handOver(): void;
}

/**
 * Enter the alternate screen and paint the report's first screen from its outline. Nothing is
 * painted on a terminal too small for the panes: Ink says so itself.
 */
export function paintFirstScreen(outline: Outline, options: {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; colour: boolean; mouse?: boolean}): FirstScreen | null {
	const {stdout, stdin, colour} = options;
	const size = {cols: stdout.columns || 80, rows: stdout.rows || 24};
	const report: Report = {...outline, measures: [], people: [], bodies: [], terms: []};
	const state = initialState(buildView(report), size, colour);
	if (selectGeometry(state).tooSmall) return null;
	const rows = paintRows(mainScreen(state, outlineCounts(outline)), colour);
	const {cols} = selectGeometry(state);
	const screen = createScreen(stdout, stdin, {mouse: options.mouse});
	// Until the browser sets its own, a signal or an exit still gives the terminal back.
	const onSignal = (signal: NodeJS.Signals) => {
		screen.restore();
		process.exit(SIGNAL_EXIT[signal] ?? 1);
	};
	const onExit = () => screen.restore();
	for (const signal of Object.keys(SIGNAL_EXIT)) process.on(signal, onSignal);
	process.on('exit', onExit);
	screen.enter();
	stdout.write(rows.join('\n') + '\x1b[H');
	return {
		screen,
		size,
		showCounts(full) {
			const counts = Object.fromEntries(TABS.map(t => [t.id, tabCount(full, t.id)])) as Record<TabId, number>;
			const [row] = paintRows([[tabLine(state.tab, counts, cols)]], colour);
			stdout.write(`\x1b[${TAB_ROW};1H\x1b[2K${row}\x1b[H`);
		},
		handOver() {
			for (const signal of Object.keys(SIGNAL_EXIT)) process.off(signal, onSignal);
			process.off('exit', onExit);
		},
	};
}
