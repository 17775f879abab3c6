// The browser's root: owns the state, takes the size from the caller (which listens for
// resizes), routes keys, and lays the panes out.
import {useEffect, useReducer} from 'react';
import {Box, useApp, useStdout} from 'ink';
import type {View} from '../view/view.ts';
import type {Report} from '../../model/report.ts';
import type {Size, State} from '../state/types.ts';
import {initialState, openAt, reducer} from '../state/reducer.ts';
import {selectGeometry} from '../state/selectors.ts';
import {useInputRouter} from '../input/use-input-router.ts';
import {tabCounts} from '../view/lists.ts';
import {Header} from './Header.tsx';
import {TabBar} from './TabBar.tsx';
import {ListPane} from './ListPane.tsx';
import {Divider} from './Divider.tsx';
import {ReaderPane} from './ReaderPane.tsx';
import {StatusBar} from './StatusBar.tsx';
import {HelpOverlay} from './HelpOverlay.tsx';
import {TooSmall} from './TooSmall.tsx';
import {SearchPrompt} from './SearchPrompt.tsx';
import {SearchResults} from './SearchResults.tsx';
import {useSearchIndex} from '../input/use-search-index.ts';
import {useCompletion} from '../input/use-completion.ts';
import {CommandPrompt} from './CommandPrompt.tsx';
import {OutputOverlay} from './OutputOverlay.tsx';
import {usePipeEffects, type PipeEnvironment} from '../actions/use-pipe-effects.ts';
import {initialPipe} from '../state/pipe-types.ts';
import {continueFrom} from '../state/first-moves.ts';
import type {KeySource} from '../terminal/input.ts';

interface Props {
	view: View;
	/** The whole report, when `view` is an outline's: asked for after the first frame. */
	completing?: () => Promise<Report>;
	size: Size;
	colour: boolean;
	/** Where keys, the mouse and pastes come from (terminal/input.ts); tests may render without. */
	input?: KeySource;
	/** Draws the prompts' cursor: false in tests that render without a keyboard. */
	interactive?: boolean;
	messageMs?: number;
	/** --no-shell: no command, editor or pager. */
	noShell?: boolean;
	/** The terminal hand-over for e and v, and where clipboard sequences go. */
	pipeEnvironment?: PipeEnvironment;
	/** Opened from the report picker: Esc in the list calls onBack and ends the browser. */
	fromPicker?: boolean;
	onBack?: () => void;
	/** Opened from a library: at this section, and T hands a name to onTimeline and ends the browser. */
	section?: number;
	onTimeline?: (name: string, person: boolean) => void;
	/** Open with this section selected and the reader at this offset (from the Compare view). */
	place?: {section: number; offset: number};
	/** c: the user asked to compare the report with the previous one of its series; the browser ends. */
	onCompare?: () => void;
	/** A message to show on the first frame. */
	message?: string;
	/** Ctrl-C ended the browser (it exits 130). */
	onInterrupt?: () => void;
	/** Ctrl-Z: hand the terminal back to the shell until fg (browse.tsx); without it, Ctrl-Z does nothing. */
	terminal?: TerminalControl;
	/** The painted first screen's state, moved by the keys it answered (first-screen.ts): the app goes on from it. */
	painted?: State;
}

export interface TerminalControl {
	/** Leave the screen and stop; `resumed` runs once the shell's fg has continued plenum. */
	suspend(resumed: () => void): void;
}

export function App({
	view,
	completing,
	size,
	colour,
	input,
	interactive = true,
	messageMs = 4000,
	noShell = false,
	pipeEnvironment,
	fromPicker = false,
	onBack,
	section,
	onTimeline,
	place,
	onCompare,
	message,
	onInterrupt,
	terminal,
	painted,
}: Props) {
	const [state, dispatch] = useReducer(reducer, undefined, () => {
		const fresh = {...initialState(view, size, colour, fromPicker, {section, timelines: Boolean(onTimeline), compares: Boolean(onCompare)}), pipe: initialPipe({noShell})};
		const start = painted ? continueFrom(painted, fresh) : fresh;
		const opened = place ? openAt(start, place) : start;
		return message ? {...opened, message} : opened;
	});
	// A resize arrives as a new size prop; updating during render avoids drawing one stale frame.
	if (state.size.cols !== size.cols || state.size.rows !== size.rows) dispatch({type: 'resize', size});
	const {exit} = useApp();
	useInputRouter(input, dispatch);
	useCompletion(completing, dispatch);
	// The index is of the whole report: searching waits for the extractors.
	useSearchIndex(state.view.report, state.search.loading && !state.search.index && state.view.complete, dispatch);
	usePipeEffects(state.pipe.effect, dispatch, pipeEnvironment, state.pipe.noShell);

	useEffect(() => {
		if (!state.quit) return;
		if (state.back) onBack?.();
		if (state.timeline) onTimeline?.(state.timeline.name, state.timeline.person);
		if (state.compare) onCompare?.();
		if (state.interrupted) onInterrupt?.();
		exit();
	}, [state.quit, state.back, state.timeline, state.compare, state.interrupted, onBack, onTimeline, onCompare, onInterrupt, exit]);

	// Ctrl-L, and the return from Ctrl-Z: clear the screen and have Ink draw its whole frame again
	// (its write clears the frame it knows of, writes this, and draws the frame after it).
	const {write} = useStdout();
	const request = state.terminal;
	useEffect(() => {
		if (!request) return;
		const redraw = () => write('\x1b[2J\x1b[H');
		if (request.kind === 'redraw') redraw();
		else terminal?.suspend(redraw);
	}, [request, terminal, write]);

	useEffect(() => {
		if (!state.message) return;
		const timer = setTimeout(() => dispatch({type: 'clearMessage'}), messageMs);
		timer.unref?.();
		return () => clearTimeout(timer);
	}, [state.message, messageMs]);

	const g = selectGeometry(state);
	if (g.tooSmall) return <TooSmall cols={size.cols} rows={size.rows} colour={colour} />;
	const counts = tabCounts(state.view);
	return (
		<Box flexDirection="column" width={g.cols} height={g.frameRows}>
			<Header meta={state.view.meta} width={g.cols} colour={colour} />
			<TabBar active={state.tab} counts={counts} width={g.cols} colour={colour} />
			{state.mode === 'help' ? (
				<HelpOverlay state={state} />
			) : state.mode === 'results' ? (
				<SearchResults state={state} />
			) : state.mode === 'output' ? (
				<OutputOverlay state={state} />
			) : (
				<Box flexDirection="row" height={g.bodyRows}>
					<ListPane state={state} />
					<Divider state={state} />
					<ReaderPane state={state} />
				</Box>
			)}
			{state.mode === 'search' ? <SearchPrompt state={state} active={interactive} /> : state.mode === 'prompt' ? <CommandPrompt state={state} active={interactive} /> : <StatusBar state={state} />}
		</Box>
	);
}
