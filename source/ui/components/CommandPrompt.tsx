// The `|` and `s` prompt, drawn over the status bar as less and vim draw theirs: what goes where,
// the line with its cursor (edited in the reducer, pipe-keys.ts), and the keys that matter.
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import type {PipePrompt} from '../state/pipe-types.ts';
import {selectGeometry, selectTarget} from '../state/selectors.ts';
import {focusedText} from '../view/focused-text.ts';
import {displayWidth, truncate} from '../../text/width.ts';
import {graphemes} from '../../text/graphemes.ts';
import type {Segment} from '../view/segments.ts';
import type {StyleName} from '../draw/theme.ts';

interface Props {
	state: State;
	/** Draws the cursor; false in tests that render without a keyboard. */
	active?: boolean;
}

export function commandPromptLabel(state: State, prompt: PipePrompt): string {
	const what = focusedText(state.view.report, selectTarget(state), prompt.scope).label;
	if (prompt.kind === 'goto') return ` Go to section (1–${state.view.sections.length}): `;
	if (prompt.kind === 'pipe') return ` Pipe ${what} to: `;
	return prompt.replace !== null && prompt.replace === prompt.text ? ' Replace the file? ' : ` Save ${what} as: `;
}

/** The line with an inverse block cursor, scrolled so the cursor always shows. */
export function promptLine(text: string, cursor: number, width: number, showCursor: boolean): Segment<StyleName>[] {
	const before = graphemes(text.slice(0, cursor));
	const after = graphemes(text.slice(cursor));
	const under = showCursor ? (after.shift() ?? ' ') : '';
	let room = width - displayWidth(under);
	let shown = '';
	for (let i = before.length - 1; i >= 0 && displayWidth(before[i]) <= room; i--) {
		shown = before[i] + shown;
		room -= displayWidth(before[i]);
	}
	return [
		{text: shown, style: 'plain'},
		{text: under, style: 'status'},
		{text: after.join(''), style: 'plain'},
	];
}

const HINTS = [' ↑↓ history  Tab whole report  Esc cancel ', ' Esc cancel '];

export function CommandPrompt({state, active = true}: Props) {
	const prompt = state.pipe.prompt;
	const {cols} = selectGeometry(state);
	if (!prompt) return null;
	const label = truncate(commandPromptLabel(state, prompt), Math.floor(cols / 2));
	const labelWidth = displayWidth(label);
	// The hint gives way first: at least 24 columns stay for the line.
	const hints = prompt.kind === 'goto' ? [' Enter go  Esc cancel ', ' Esc cancel '] : HINTS;
	const hint = hints.find(h => cols - labelWidth - displayWidth(h) >= 24) ?? '';
	const inputWidth = Math.max(1, cols - labelWidth - displayWidth(hint));
	return (
		<Box width={cols} height={1}>
			<Line segments={[{text: label, style: 'statusStrong'}]} width={labelWidth} colour={state.colour} />
			<Line segments={promptLine(prompt.text, prompt.cursor, inputWidth, active)} width={inputWidth} colour={state.colour} />
			{hint ? <Line segments={[{text: hint, style: 'dim'}]} width={displayWidth(hint)} colour={state.colour} /> : null}
		</Box>
	);
}
