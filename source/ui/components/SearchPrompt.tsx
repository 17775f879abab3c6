// The search prompt on the bottom row, in place of the status bar: what `/` searches or filters,
// the query with its cursor (edited in the reducer: search-keys.ts), and the count as it changes
// with each keystroke.
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {selectMatchStatus} from '../state/search-selectors.ts';
import {TABS} from '../view/tabs.ts';
import {displayWidth} from '../../text/width.ts';
import {graphemes} from '../../text/graphemes.ts';
import type {Segment} from '../view/segments.ts';
import type {StyleName} from '../draw/theme.ts';

interface Props {
	state: State;
	/** Draws the cursor; false in tests that render without a keyboard. */
	active: boolean;
}

export function searchPromptLabel(state: State): string {
	const prompt = state.search.prompt;
	if (prompt?.target !== 'list') return ' / ';
	return ` filter ${TABS.find(t => t.id === state.tab)?.label ?? ''} / `;
}

/** The right-hand side: progress, the count, and the keys that leave the prompt. */
export function promptStatus(state: State): {count: string; hints: string[]} {
	const {prompt, index} = state.search;
	if (!index) return {count: 'indexing…', hints: ['Esc cancel']};
	const status = selectMatchStatus(state);
	let count = '';
	if (prompt?.text.trim()) count = status.label ?? 'no match';
	return {count, hints: ['Enter keep  Esc cancel  Tab all hits', 'Enter keep  Esc cancel', 'Esc cancel']};
}

/** The query as segments, the cursor drawn inverse, scrolled so the cursor stays in `width`. */
export function queryLine(text: string, cursor: number, width: number, showCursor: boolean): Segment<StyleName>[] {
	const before = graphemes(text.slice(0, cursor));
	const after = graphemes(text.slice(cursor));
	const under = showCursor ? (after.shift() ?? ' ') : '';
	// Keep the end of the text before the cursor when it does not all fit.
	let room = width - (under ? displayWidth(under) : 0);
	let shown = '';
	for (let i = before.length - 1; i >= 0 && displayWidth(before[i]) <= room; i--) {
		shown = before[i] + shown;
		room -= displayWidth(before[i]);
	}
	const segments: Segment<StyleName>[] = [{text: shown, style: 'plain'}];
	// Inverse, like a terminal's block cursor, with or without colour.
	if (under) segments.push({text: under, style: 'status'});
	segments.push({text: after.join(''), style: 'plain'});
	return segments;
}

export function SearchPrompt({state, active}: Props) {
	const {cols} = selectGeometry(state);
	const prompt = state.search.prompt;
	const label = searchPromptLabel(state);
	const {count, hints} = promptStatus(state);
	const shownCount = count ? ` ${count} ` : '';
	// The query keeps at least a third of the row; hints give way first, then the count.
	const room = cols - displayWidth(label) - Math.max(8, Math.floor(cols / 3));
	const hint = hints.find(h => displayWidth(shownCount) + displayWidth(h) + 2 <= room) ?? '';
	const right = hint ? `${shownCount} ${hint} ` : displayWidth(shownCount) <= room ? shownCount : '';
	const inputWidth = Math.max(1, cols - displayWidth(label) - displayWidth(right));
	return (
		<Box width={cols} height={1}>
			<Line segments={[{text: label, style: 'statusStrong'}]} width={displayWidth(label)} colour={state.colour} />
			<Line segments={queryLine(prompt?.text ?? '', prompt?.cursor ?? 0, inputWidth, active)} width={inputWidth} colour={state.colour} />
			{right ? <Line segments={[{text: right, style: 'status'}]} width={displayWidth(right)} colour={state.colour} /> : null}
		</Box>
	);
}
